package dev.scrutiny.corpus.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.ingest.ArticleReader;
import dev.scrutiny.ingest.IngestOptions;
import dev.scrutiny.ingest.IngestResult;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebArticlesTest {

  static final String PAGE = "<html lang=en><head><title>Bridge reopens</title>"
      + "<meta property=\"og:site_name\" content=\"River News\"></head><body><article><h1>Bridge reopens</h1>"
      + "<p>The old bridge over the river reopened to traffic on Friday after two years of repairs, the city"
      + " engineer said at a short ceremony.</p><p>Buses will use it again from next week, the transport"
      + " office said in a statement.</p></article></body></html>";

  LocalSite site;
  FetchPolicy local = FetchPolicy.defaults().withAllowPrivate(true).withPerHostDelay(Duration.ZERO);

  @BeforeEach
  void start() throws Exception {
    site = new LocalSite();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  List<IngestResult> read(FetchPolicy policy, String url) {
    WebArticles web = new WebArticles(new Fetcher(policy), new ArticleReader(IngestOptions.defaults()));
    try (Stream<IngestResult> s = web.read(url)) {
      return s.toList();
    }
  }

  Fetched fetch(FetchPolicy policy, String path) {
    return new Fetcher(policy).fetch(site.url(path));
  }

  @Test
  void a_page_is_an_article_with_its_url_and_the_user_agent_names_scrutiny() {
    site.page("/bridge", "text/html; charset=utf-8", PAGE);
    List<IngestResult> r = read(local, site.url("/bridge"));
    assertThat(r).singleElement().isInstanceOfSatisfying(IngestResult.Loaded.class, l -> {
      assertThat(l.article().text()).contains("The old bridge over the river reopened");
      assertThat(l.article().url()).isEqualTo(site.url("/bridge"));
      assertThat(l.article().source()).isEqualTo("River News");
    });
    assertThat(site.log.getFirst().userAgent()).startsWith("Scrutiny/");
  }

  @Test
  void loopback_and_private_addresses_are_refused_by_default() {
    site.page("/bridge", "text/html", PAGE);
    Fetched f = fetch(FetchPolicy.defaults(), "/bridge");
    assertThat(f).isInstanceOfSatisfying(Fetched.Failure.class,
        x -> assertThat(x.reason()).contains("loopback").contains("--allow-private"));
    assertThat(site.log).isEmpty();
  }

  @Test
  void every_redirect_is_checked_again_and_their_number_is_limited() {
    site.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");
    site.redirect("/loop", "/loop");
    site.redirect("/moved", "/bridge").page("/bridge", "text/html", PAGE);
    assertThat(fetch(local, "/to-metadata")).isInstanceOfSatisfying(Fetched.Failure.class,
        x -> assertThat(x.reason()).contains("redirected to http://169.254.169.254").contains("metadata"));
    assertThat(fetch(local, "/loop")).isInstanceOfSatisfying(Fetched.Failure.class,
        x -> assertThat(x.reason()).contains("more than 5 redirects"));
    assertThat(fetch(local, "/moved")).isInstanceOfSatisfying(Fetched.Page.class,
        p -> assertThat(p.finalUrl()).isEqualTo(site.url("/bridge")));
  }

  @Test
  void bodies_over_the_cap_wrong_types_bad_charsets_and_slow_servers_fail_with_the_reason() {
    site.page("/big", "text/html", "<p>" + "x".repeat(300_000) + "</p>");
    site.page("/logo", "image/png", "PNG");
    site.page("/odd", "text/html; charset=x-no-such-charset", PAGE);
    site.route("/slow", x -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      LocalSite.send(x, 200, "text/html", PAGE.getBytes());
    });
    assertThat(fetch(local.withMaxBytes(100_000), "/big")).isInstanceOfSatisfying(Fetched.Failure.class,
        x -> assertThat(x.reason()).contains("larger than the limit"));
    assertThat(fetch(local, "/logo")).isInstanceOfSatisfying(Fetched.Failure.class,
        x -> assertThat(x.reason()).contains("image/png"));
    assertThat(fetch(local, "/odd")).isInstanceOfSatisfying(Fetched.Failure.class,
        x -> assertThat(x.reason()).contains("charset"));
    assertThat(fetch(local.withTotalTimeout(Duration.ofMillis(500)), "/slow")).isInstanceOfSatisfying(
        Fetched.Failure.class, x -> assertThat(x.reason()).containsAnyOf("within", "timed out"));
    assertThat(fetch(local, "/missing")).isInstanceOfSatisfying(Fetched.Failure.class,
        x -> assertThat(x.reason()).isEqualTo("HTTP 404"));
  }

  @Test
  void requests_to_one_host_are_spaced_by_the_delay() {
    site.page("/a", "text/html", PAGE).page("/b", "text/html", PAGE);
    Fetcher fetcher = new Fetcher(local.withPerHostDelay(Duration.ofMillis(400)));
    fetcher.fetch(site.url("/a"));
    fetcher.fetch(site.url("/b"));
    long gap = site.log.get(1).nanos() - site.log.get(0).nanos();
    assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(380).toNanos());
  }

  @Test
  void a_charset_given_only_in_the_header_decodes_the_page() {
    String cyrillic = "<html><body><article><p>Мост через реку снова открыт для движения после двух лет ремонта,"
        + " сообщил городской инженер.</p><p>Автобусы вернутся на мост на следующей неделе.</p></article></body></html>";
    site.page("/ru", "text/html; charset=windows-1251", cyrillic, Charset.forName("windows-1251"));
    assertThat(read(local, site.url("/ru"))).singleElement().isInstanceOfSatisfying(IngestResult.Loaded.class,
        l -> assertThat(l.article().text()).contains("Мост через реку снова открыт"));
  }

  @Test
  void each_feed_item_page_is_fetched_and_a_broken_item_is_named() {
    site.page("/bridge", "text/html", PAGE);
    site.page("/ferry", "text/html", PAGE.replace("bridge", "ferry").replace("Bridge", "Ferry"));
    String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>River News</title>"
        + "<link>" + site.url("/") + "</link><description>d</description>"
        + "<item><title>Bridge</title><link>" + site.url("/bridge") + "</link>"
        + "<pubDate>Fri, 07 Mar 2025 10:00:00 GMT</pubDate></item>"
        + "<item><title>Ferry</title><link>/ferry</link></item>"
        + "<item><title>Gone</title><link>" + site.url("/gone") + "</link></item></channel></rss>";
    site.page("/feed.xml", "application/rss+xml", rss);
    List<IngestResult> r = read(local, site.url("/feed.xml"));
    assertThat(r).hasSize(3);
    assertThat(r.get(0)).isInstanceOfSatisfying(IngestResult.Loaded.class,
        l -> assertThat(l.article().published().date()).hasToString("2025-03-07"));
    assertThat(r.get(1)).isInstanceOfSatisfying(IngestResult.Loaded.class,
        l -> assertThat(l.article().text()).contains("ferry"));
    assertThat(r.get(2)).isInstanceOfSatisfying(IngestResult.Failed.class, f -> {
      assertThat(f.origin().toString()).isEqualTo(site.url("/gone"));
      assertThat(f.reason()).contains("HTTP 404");
    });
  }

  @Test
  void atom_feeds_are_read_and_doctypes_refused() {
    site.page("/bridge", "text/html", PAGE);
    site.page("/atom", "application/atom+xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>t</title><id>urn:x</id><updated>2025-03-07T10:00:00Z</updated><entry><title>Bridge</title>"
        + "<id>urn:y</id><updated>2025-03-07T10:00:00Z</updated><link href=\"" + site.url("/bridge") + "\"/></entry></feed>");
    site.page("/xxe", "application/rss+xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>");
    assertThat(read(local, site.url("/atom"))).singleElement().isInstanceOf(IngestResult.Loaded.class);
    assertThat(read(local, site.url("/xxe"))).singleElement().isInstanceOfSatisfying(IngestResult.Failed.class,
        f -> assertThat(f.reason()).contains("not a readable RSS/Atom feed"));
  }

  @Test
  void the_connection_goes_to_the_address_that_was_checked_not_to_a_second_answer() {
    // DNS rebinding: the first answer is checked; a later one (127.0.0.2, where nothing listens) must not be used
    java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
    AddressGuard.Resolver rebinding = host -> {
      assertThat(host).isEqualTo("news.rebind.test");
      return new InetAddress[] {InetAddress.getByAddress(host,
          lookups.getAndIncrement() == 0 ? new byte[] {127, 0, 0, 1} : new byte[] {127, 0, 0, 2})};
    };
    java.util.List<String> hosts = new java.util.concurrent.CopyOnWriteArrayList<>();
    site.route("/bridge", x -> {
      hosts.add(x.getRequestHeaders().getFirst("Host"));
      LocalSite.send(x, 200, "text/html", PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    });
    String url = site.url("/bridge").replace("127.0.0.1", "news.rebind.test");
    Fetched f = new Fetcher(local, rebinding).fetch(url);
    assertThat(f).isInstanceOfSatisfying(Fetched.Page.class, p -> assertThat(new String(p.body(),
        java.nio.charset.StandardCharsets.UTF_8)).contains("Bridge reopens"));
    assertThat(lookups).hasValue(1);
    assertThat(hosts).singleElement().isEqualTo(url.substring(7, url.indexOf("/bridge")));
    // a name whose answer is private is refused without a connection, whatever it would answer later
    lookups.set(1);
    assertThat(new Fetcher(FetchPolicy.defaults(), host -> new InetAddress[] {InetAddress.getByAddress(host,
        new byte[] {10, 0, 0, 7})}).fetch(url)).isInstanceOfSatisfying(Fetched.Failure.class,
        x -> assertThat(x.reason()).contains("10.0.0.7").contains("private"));
    assertThat(hosts).hasSize(1);
  }

  @Test
  void chunked_bodies_are_read_whole_and_capped() {
    byte[] body = PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    site.route("/chunked", x -> {
      x.getResponseHeaders().add("Content-Type", "text/html");
      x.sendResponseHeaders(200, 0); // no length: chunked transfer coding
      try (OutputStream out = x.getResponseBody()) {
        for (int i = 0; i < body.length; i += 50) {
          out.write(body, i, Math.min(50, body.length - i));
          out.flush();
        }
      }
    });
    assertThat(fetch(local, "/chunked")).isInstanceOfSatisfying(Fetched.Page.class,
        p -> assertThat(p.body()).isEqualTo(body));
    assertThat(fetch(local.withMaxBytes(100), "/chunked")).isInstanceOfSatisfying(Fetched.Failure.class,
        x -> assertThat(x.reason()).contains("larger than the limit of 100 bytes"));
  }

  @Test
  void address_kinds_are_recognised() throws Exception {
    for (String a : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "::1", "fc00::1", "fe80::1", "::ffff:127.0.0.1", "224.0.0.1")) {
      assertThat(AddressGuard.why(InetAddress.getByName(a))).as(a).isNotNull();
    }
    for (String a : List.of("8.8.8.8", "1.1.1.1", "2001:4860:4860::8888")) {
      assertThat(AddressGuard.why(InetAddress.getByName(a))).as(a).isNull();
    }
    AddressGuard guard = new AddressGuard(false);
    assertThat(guard.refusal(java.net.URI.create("ftp://example.org/x"))).contains("only http and https");
    assertThat(guard.refusal(java.net.URI.create("http://localhost:8080/"))).contains("loopback");
    assertThat(guard.refusal(java.net.URI.create("http://[::1]/"))).contains("loopback");
    assertThat(guard.refusal(java.net.URI.create("http://metadata.google.internal/"))).contains("metadata");
    assertThat(new AddressGuard(true).refusal(java.net.URI.create("http://169.254.169.254/"))).contains("metadata");
    assertThat(new AddressGuard(true).refusal(java.net.URI.create("http://127.0.0.1/"))).isNull();
  }
}
