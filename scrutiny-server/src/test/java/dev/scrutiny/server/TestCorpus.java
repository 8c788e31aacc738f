package dev.scrutiny.server;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Published;
import dev.scrutiny.corpus.Corpus;
import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.corpus.Provenance;
import dev.scrutiny.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small invented corpus (three outlets telling one strike, one hostile article), analysed once by the
 * real pipeline into a SQLite store under target/, shared by the server tests in this JVM.
 */
final class TestCorpus {

  static final Pipeline PIPELINE = Scrutiny.defaultPipeline();

  static final String HOSTILE_TITLE = "<script>alert('title')</script> \"quoted\" & <b>bold</b>";

  private static Path file;

  private TestCorpus() {}

  /** A fresh copy of the shared corpus file, so a test may write to it. */
  static synchronized CorpusStore open() throws IOException {
    if (file == null) {
      Path dir = Files.createDirectories(Path.of("target", "test-corpora"));
      Path f = dir.resolve("server-" + ProcessHandle.current().pid() + ".db");
      Files.deleteIfExists(f);
      try (CorpusStore store = Corpus.open(f.toString())) {
        Provenance p = Provenance.current(PIPELINE);
        store.add(analyse("Drones strike Kiev power plant", WIRE_RU, "Capital Courier", "2025-03-12"), p, "ru.txt");
        store.add(analyse("Overnight drone attack hits Kyiv", WIRE_UA, "Kyiv Ledger", "2025-03-12"), p, "ua.txt");
        store.add(analyse("Kyiv strike: what we know", WIRE_AGENCY, "Wire Service", "2025-03-13"), p, "wire.txt");
        store.add(analyse(HOSTILE_TITLE, HOSTILE_TEXT, "Evil <i>Outlet</i>", "2025-03-14"), p, "hostile.txt");
      }
      file = f;
    }
    Path copy = Files.createTempFile(file.getParent(), "copy-", ".db");
    Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return Corpus.open(copy.toString());
  }

  /** Compares the corpus across sources and stores the stories, as {@code scrutiny stories --db} does. */
  static void compareStories(CorpusStore store) {
    store.replaceResults(dev.scrutiny.corpus.CorpusStories.results(
        dev.scrutiny.corpus.CorpusStories.compare(store, line -> { }).report()));
  }

  static dev.scrutiny.article.Analysis analyse(String title, String text, String source, String published) {
    Article a = Article.builder("t", text).title(title).source(source).published(Published.parse(published))
        .language("en").build();
    return Scrutiny.analyze(PIPELINE, a);
  }

  static final String WIRE_RU = "Ukrainian forces launched a kamikaze drone attack on a power plant near Kiev, "
      + "Defence Ministry spokesman Igor Konashenkov claimed on Wednesday.\n\n"
      + "\"All targets were destroyed,\" Konashenkov said, adding that the Zelensky regime had lost 40 drones.";
  static final String WIRE_UA = "Russian drones struck a power plant in Kyiv overnight, Mayor Vitali Klitschko said "
      + "on Wednesday.\n\nKlitschko said that 12 people were injured and that air defence shot down 35 drones. "
      + "Igor Konashenkov admitted that only some targets were hit.";
  static final String WIRE_AGENCY = "A drone attack damaged a power plant in Kyiv on Wednesday, officials said.\n\n"
      + "Mayor Vitali Klitschko said 12 people were injured. Igor Konashenkov said all targets were destroyed.";
  static final String HOSTILE_TEXT = "The mayor <script>alert('body')</script> of Kyiv, Vitali Klitschko, said on "
      + "Friday that \"</textarea><img src=x onerror=alert(1)>\" was written on a wall.";
}
