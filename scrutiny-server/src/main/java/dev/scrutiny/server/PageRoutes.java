package dev.scrutiny.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The web app's pages and its one stylesheet. */
final class PageRoutes {

  private final Corpora corpora;
  private final ServerOptions options;

  PageRoutes(Corpora corpora, ServerOptions options) {
    this.corpora = corpora;
    this.options = options;
  }

  void register(Router r) {
    SearchPage search = new SearchPage(corpora, options.allowAdd());
    ArticlePage article = new ArticlePage(corpora, options.allowAdd());
    SpeakerPage speaker = new SpeakerPage(corpora, options.allowAdd());
    OutletPages outlets = new OutletPages(corpora, options.allowAdd());
    PlacePages places = new PlacePages(corpora, options.allowAdd());
    ChecksPage checks = new ChecksPage(corpora, options.allowAdd());
    AddPage add = new AddPage(corpora, options);
    r.get("/", search::render)
        .get("/articles/{id}", article::render)
        .get("/articles/{id}/report", req -> Response.html(200, corpora.report(req.pathParam("id"))))
        .get("/speakers/{name}", speaker::render)
        .get("/outlets", outlets::list)
        .get("/outlets/{name}", outlets::outlet)
        .get("/places", places::list)
        .get("/places/{name}", places::place)
        .get("/checks", checks::render)
        .get("/add", add::form)
        .post("/add", add::submit)
        .get("/static/app.css", req -> Response.bytes("text/css; charset=utf-8", asset("app.css"))
            .withHeader("Cache-Control", "max-age=3600"));
  }

  /** Assets come from a fixed list of names inside the jar: no file system path is ever built from a URL. */
  private static final Map<String, String> ASSETS = Map.of("app.css", "static/app.css");

  static byte[] asset(String name) throws IOException {
    String resource = ASSETS.get(name);
    if (resource == null) {
      throw new Request.HttpError(404, "no such asset");
    }
    try (InputStream in = PageRoutes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " missing from the build");
      }
      return in.readAllBytes();
    }
  }

}
