package dev.scrutiny.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scrutiny.corpus.OutletSummary;
import dev.scrutiny.corpus.SearchHit;
import dev.scrutiny.corpus.SearchQuery;
import dev.scrutiny.corpus.SearchResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /outlets}: every outlet compared side by side; {@code /outlets/{name}}: one outlet's profile —
 * techniques per 1,000 words, loaded vocabulary, naming conventions, sourcing and genre mix, as charts.
 */
final class OutletPages {

  /** Articles of one outlet read for its vocabulary and sourcing profile (the newest ones). */
  static final int PROFILE_SAMPLE = 300;

  private final Corpora corpora;
  private final boolean allowAdd;

  OutletPages(Corpora corpora, boolean allowAdd) {
    this.corpora = corpora;
    this.allowAdd = allowAdd;
  }

  Response list(Request req) {
    List<OutletSummary> outlets = corpora.store.outlets();
    StringBuilder b = new StringBuilder(4096);
    b.append("<h1>Outlets</h1>\n<p class=\"lede\">").append(outlets.size()).append(" outlets in the corpus.</p>\n");
    List<Charts.Bar> bars = new ArrayList<>();
    b.append("<table class=\"grid\" id=\"outlets\"><thead><tr><th>Outlet</th><th>Articles</th><th>Words</th>"
        + "<th>Techniques per 1,000 words</th><th>Statements</th><th>Loaded cues</th><th>Checks</th></tr></thead><tbody>");
    for (OutletSummary o : outlets) {
      b.append("<tr><td>").append(Layout.link(Layout.outletHref(o.source()), o.source())).append("</td><td>").append(o.articles())
          .append("</td><td>").append(o.words()).append("</td><td>").append(fmt(o.techniquesPerThousandWords()))
          .append("</td><td>").append(o.statements()).append("</td><td>").append(o.loadedCues()).append("</td><td>")
          .append(o.checks()).append("</td></tr>\n");
      bars.add(new Charts.Bar(o.source(), o.techniquesPerThousandWords(), fmt(o.techniquesPerThousandWords())));
    }
    b.append("</tbody></table>\n");
    bars.sort(Comparator.comparingDouble(Charts.Bar::value).reversed());
    b.append(Charts.bars("Persuasion techniques per 1,000 words", bars, 720));
    String compared = new StoryPages(corpora, allowAdd).outletComparison();
    if (!compared.isEmpty()) {
      b.append("<h2>Outlets compared: vocabulary, naming, sourcing</h2>\n").append(compared);
    }
    return Response.html(200, Layout.page("Outlets", b.toString(), allowAdd));
  }

  Response outlet(Request req) {
    String name = req.pathParam("name");
    OutletSummary o = corpora.store.outlets().stream().filter(x -> x.source().equals(name)).findFirst()
        .orElseThrow(() -> new Request.HttpError(404, "no outlet named " + name + " in this corpus"));
    SearchResult r = corpora.store.search(SearchQuery.of("").withSource(name).withFacets(true).withLimit(PROFILE_SAMPLE));
    Profile p = new Profile();
    for (SearchHit h : r.hits()) {
      corpora.store.article(h.id()).ifPresent(a -> p.add(corpora.analysis(a)));
    }
    StringBuilder b = new StringBuilder(8192);
    b.append("<h1 id=\"outlet-name\">").append(Layout.esc(name)).append("</h1>\n<p class=\"lede\">").append(o.articles())
        .append(" articles · ").append(o.words()).append(" words · ").append(fmt(o.techniquesPerThousandWords()))
        .append(" persuasion techniques per 1,000 words · ").append(o.statements()).append(" statements (")
        .append(o.loadedCues()).append(" with a loaded cue) · ").append(o.checks()).append(" checks · ")
        .append(Layout.link("/?source=" + Layout.enc(name), "search its articles")).append("</p>\n<div class=\"charts\">");
    b.append(Charts.bars("Techniques: articles using each", facetBars(r, "technique", true), 560));
    b.append(Charts.bars("Genre mix (estimates)", facetBars(r, "genre", true), 560));
    b.append(Charts.bars("Loaded vocabulary (uses)", p.bars(p.terms, 20), 560));
    b.append(Charts.bars("Loaded terms by the side they typically mark", p.bars(p.sides, 10), 560));
    b.append(Charts.bars("Naming conventions (Kiev/Kyiv, Artyomovsk/Bakhmut)", p.bars(p.toponyms, 10), 560));
    b.append(Charts.bars("Quotations by the speaker's side", p.bars(p.quotesPerSide, 10), 560));
    b.append("</div>\n<h2>Sourcing</h2>\n<table class=\"grid\"><tbody>")
        .append(row("articles read for this profile", String.valueOf(p.articles)))
        .append(row("attributed sentences", String.valueOf(p.attributions)))
        .append(row("anonymous share of attributions", pct(p.anonymous, p.attributions)))
        .append(row("hedges", String.valueOf(p.hedges)))
        .append(row("sentences in the author's own voice", pct(p.authorVoice, p.sentences)))
        .append("</tbody></table>");
    return Response.html(200, Layout.page(name, b.toString(), allowAdd));
  }

  private static List<Charts.Bar> facetBars(SearchResult r, String facet, boolean human) {
    List<Charts.Bar> bars = new ArrayList<>();
    for (SearchResult.FacetCount c : r.facets().getOrDefault(facet, List.of())) {
      bars.add(new Charts.Bar(human ? SearchPage.human(c.value()) : c.value(), c.count(), String.valueOf(c.count())));
    }
    return bars;
  }

  private static String row(String k, String v) {
    return "<tr><th>" + Layout.esc(k) + "</th><td>" + Layout.esc(v) + "</td></tr>";
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String pct(long part, long whole) {
    return whole == 0 ? "—" : Math.round(100.0 * part / whole) + "% (" + part + " of " + whole + ")";
  }

  /** Marker summaries of an outlet's articles added up. */
  static final class Profile {
    final Map<String, Long> terms = new TreeMap<>();
    final Map<String, Long> sides = new TreeMap<>();
    final Map<String, Long> toponyms = new TreeMap<>();
    final Map<String, Long> quotesPerSide = new TreeMap<>();
    long articles;
    long sentences;
    long attributions;
    long anonymous;
    long hedges;
    long authorVoice;

    void add(JsonNode analysis) {
      articles++;
      for (JsonNode m : analysis.path("markers")) {
        if (!"summary".equals(m.path("type").asText())) {
          continue;
        }
        for (JsonNode t : m.path("terms")) {
          terms.merge(t.path("term").asText("?"), t.path("count").asLong(1), Long::sum);
        }
        addCounts(m.path("sides"), sides);
        addCounts(m.path("toponyms"), toponyms);
        JsonNode s = m.path("sourcing");
        sentences += s.path("sentences").asLong();
        attributions += s.path("attributions").asLong();
        anonymous += s.path("anonymousAttributions").asLong();
        hedges += s.path("hedges").asLong();
        authorVoice += s.path("authorVoice").asLong();
        addCounts(s.path("quotesPerSide"), quotesPerSide);
      }
    }

    private static void addCounts(JsonNode counts, Map<String, Long> into) {
      counts.fields().forEachRemaining(e -> into.merge(e.getKey(), e.getValue().asLong(), Long::sum));
    }

    List<Charts.Bar> bars(Map<String, Long> counts, int max) {
      return counts.entrySet().stream().filter(e -> e.getValue() > 0)
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(max)
          .map(e -> new Charts.Bar(e.getKey(), e.getValue(), String.valueOf(e.getValue()))).toList();
    }
  }
}
