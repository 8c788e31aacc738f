package dev.scrutiny.corpus;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Published;
import dev.scrutiny.pipeline.Pipeline;

/** Small invented news articles, analysed once by the real pipeline. */
final class Fixtures {

  static final Pipeline PIPELINE = Scrutiny.defaultPipeline();
  static final Provenance PROVENANCE = Provenance.current(PIPELINE);

  static final String PORT_STRIKE = "Drones struck the port of Odesa overnight, damaging two grain silos, the regional"
      + " governor Oleh Kiper said on Tuesday.\n\nThe Russian Defence Ministry claimed that its forces had hit"
      + " a weapons depot in Odesa. Kiper said the claim was false and that no military site was near the silos.";
  static final String KHARKIV = "Shelling in Kharkiv injured five people on Monday, the mayor Ihor Terekhov said."
      + "\n\nTerekhov said that three apartment blocks were damaged and that rescuers were still at work.";
  static final String GRAIN = "Grain exports through Odesa rose in March, the Ukrainian agriculture ministry said,"
      + " as shipping companies returned to the Black Sea corridor.\n\nTraders said insurance costs had fallen.";

  private Fixtures() {}

  static Analysis analysed(String id, String title, String text, String source, String published, String url) {
    Article a = Article.builder(id, text).title(title).source(source).url(url)
        .published(Published.parse(published)).language("en").build();
    return Scrutiny.analyze(PIPELINE, a);
  }

  static Analysis portStrike() {
    return analysed("port", "Drones hit Odesa port", PORT_STRIKE, "Daily Example", "2025-03-11",
        "https://news.example/odesa-port");
  }

  static Analysis kharkiv() {
    return analysed("kharkiv", "Shelling in Kharkiv", KHARKIV, "Other Outlet", "2025-02-03",
        "https://other.example/kharkiv");
  }

  static Analysis grain() {
    return analysed("grain", "Grain exports rise", GRAIN, "Daily Example", "2025-04-20",
        "https://news.example/grain");
  }
}
