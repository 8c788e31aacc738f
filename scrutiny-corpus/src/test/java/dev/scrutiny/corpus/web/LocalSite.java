package dev.scrutiny.corpus.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A web site on loopback for tests: pages, feeds, redirects and misbehaviour, with a request log. */
final class LocalSite implements AutoCloseable {

  record Request(String path, String userAgent, long nanos) {}

  private final HttpServer server;
  final List<Request> log = new CopyOnWriteArrayList<>();
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();

  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange x) throws IOException;
  }

  LocalSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", x -> {
      log.add(new Request(x.getRequestURI().getPath(), x.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
      Handler h = routes.get(x.getRequestURI().getPath());
      try (x) {
        if (h == null) {
          send(x, 404, "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8));
        } else {
          h.handle(x);
        }
      } catch (IOException e) {
        // the client went away (size cap, timeout): nothing to do
      }
    });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  LocalSite page(String path, String contentType, String body) {
    return page(path, contentType, body, StandardCharsets.UTF_8);
  }

  LocalSite page(String path, String contentType, String body, Charset charset) {
    routes.put(path, x -> send(x, 200, contentType, body.getBytes(charset)));
    return this;
  }

  LocalSite redirect(String path, String location) {
    routes.put(path, x -> {
      x.getResponseHeaders().add("Location", location);
      x.sendResponseHeaders(302, -1);
    });
    return this;
  }

  LocalSite route(String path, Handler h) {
    routes.put(path, h);
    return this;
  }

  static void send(HttpExchange x, int status, String contentType, byte[] body) throws IOException {
    x.getResponseHeaders().add("Content-Type", contentType);
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
