package dev.scrutiny.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.pipeline.Pipeline;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * The REST API and the web app over one corpus, in one process.
 *
 * <pre>{@code
 * try (CorpusStore store = Corpus.open("war.db");
 *      ScrutinyServer server = ScrutinyServer.start(store, Scrutiny.defaultPipeline(), ServerOptions.loopback(8080), null)) {
 *   System.out.println("open " + server.uri());
 *   Thread.currentThread().join();
 * }
 * }</pre>
 *
 * <p>Each request runs on its own virtual thread. The store runs searches and reads in parallel (SQLite: a
 * pool of reader connections) and serialises writes; the server holds no per-request state beyond a small cache of rendered article reports.
 */
public final class ScrutinyServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ScrutinyServer.class.getName());

  private final HttpServer http;
  private final ExecutorService executor;
  private final ServerOptions options;
  private final Router router;
  private final Security security;

  private ScrutinyServer(HttpServer http, ExecutorService executor, ServerOptions options, Router router) {
    this.http = http;
    this.executor = executor;
    this.options = options;
    this.router = router;
    this.security = new Security(options);
  }

  /**
   * Starts serving {@code store}. {@code pipeline} renders article reports and analyses added articles;
   * {@code urls} fetches pages when the app may add URLs (null: URLs cannot be added).
   *
   * @throws IOException when the address cannot be bound
   */
  public static ScrutinyServer start(CorpusStore store, Pipeline pipeline, ServerOptions options,
                                     @Nullable UrlReader urls) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 512);
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    http.setExecutor(executor);
    Corpora corpora = new Corpora(store, pipeline, urls);
    Router router = new Router();
    new ApiRoutes(corpora, options).register(router);
    new PageRoutes(corpora, options).register(router);
    new StoryPages(corpora, options.allowAdd()).register(router);
    ScrutinyServer server = new ScrutinyServer(http, executor, options, router);
    http.createContext("/", server::handle);
    http.start();
    return server;
  }

  /** The address to open, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    InetSocketAddress a = http.getAddress();
    String host = a.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + a.getPort() + "/");
  }

  public int port() {
    return http.getAddress().getPort();
  }

  @Override
  public void close() {
    http.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) {
    Response response;
    boolean api = exchange.getRequestURI().getRawPath() != null
        && exchange.getRequestURI().getRawPath().startsWith("/api/");
    boolean report = false;
    try {
      Request request = new Request(exchange);
      api = request.rawPath().startsWith("/api/") || request.rawPath().equals("/openapi.json");
      report = request.rawPath().endsWith("/report");
      response = dispatch(request);
    } catch (Request.HttpError e) {
      response = error(e.status, e.getMessage(), api);
    } catch (RuntimeException | Error e) {
      LOG.log(Level.WARNING, "request failed: " + exchange.getRequestURI(), e);
      response = error(500, "internal error: " + e.getClass().getSimpleName(), api);
    }
    send(exchange, Security.harden(response, report && response.status() == 200));
  }

  private Response dispatch(Request request) {
    if (!security.hostAllowed(request)) {
      throw new Request.HttpError(421, "this server answers only to its loopback address");
    }
    if (security.tokenInQuery(request) && request.method().equals("GET")) {
      // let the browser in once, then keep the token out of URLs and logs
      return Response.redirect(request.rawPath()).withHeader("Set-Cookie", security.cookieHeader());
    }
    if (!security.authorised(request)) {
      throw new Request.HttpError(401, "this server needs its access token (open the link printed by "
          + "'scrutiny serve' once, or send 'Authorization: Bearer TOKEN')");
    }
    String m = request.method();
    if (!m.equals("GET") && !m.equals("HEAD") && !m.equals("POST")) {
      throw new Request.HttpError(405, "method " + m + " is not allowed");
    }
    Router.Match match = router.match(m, request.rawPath());
    request.pathParams(match.params());
    try {
      return match.handler().handle(request);
    } catch (Request.HttpError | IllegalArgumentException e) {
      throw e instanceof Request.HttpError h ? h : new Request.BadRequest(e.getMessage());
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Response error(int status, String message, boolean api) {
    if (api) {
      return Response.json(status, Json.object(Map.of("status", status, "error", message)));
    }
    return Response.html(status, Layout.errorPage(status, message));
  }

  private static void send(HttpExchange exchange, Response r) {
    try (exchange) {
      r.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      exchange.getResponseHeaders().set("Content-Type", r.contentType());
      boolean head = exchange.getRequestMethod().equals("HEAD");
      long length = head || r.body().length == 0 ? -1 : r.body().length;
      exchange.sendResponseHeaders(r.status(), length);
      if (!head && r.body().length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(r.body());
        }
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "client went away", e);
    }
  }
}
