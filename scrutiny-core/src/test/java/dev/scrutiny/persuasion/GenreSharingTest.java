package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.pipeline.Analyzer;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.text.ParagraphAnalyzer;
import dev.scrutiny.text.SentenceAnalyzer;
import dev.scrutiny.text.TokenAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The genre analyzer reading the persuasion analyzer's line probabilities gives what it gives alone. */
class GenreSharingTest {

  private static final List<Article> ARTICLES = List.of(
      Article.builder("op-ed", "The regime keeps lying, and the regime's shameless, shameless, shameless lies never "
          + "stop.\nEvery patriot knows the regime is corrupt and the regime fears the truth!\n\n"
          + "Officials said on Monday that talks would resume in Geneva next week.")
          .title("Shameless regime lies again").language("en").build(),
      Article.builder("wire", "KYIV, 6 August - Ukraine said on Tuesday its air defences shot down 12 drones overnight, "
          + "the air force said in a statement.\n\nThe regional governor said two people were wounded near Odesa.\n"
          + "\"We are working to restore power,\" he told reporters.").language("en").build(),
      Article.builder("column", "Why do we still pretend?\r\nEither we act now or we lose everything we built.\r\n\r\n"
          + "I have covered this war for years, and I have never seen such cowardice.\rNobody in the capital "
          + "will say it.").title("We must choose").language("en").build(),
      Article.builder("satire", "In a bold move, the ministry announced that drones will now be required to file "
          + "flight plans in triplicate.\n\nA spokesman said the drones had not yet replied.")
          .title("Ministry orders drones to queue").language("en").build(),
      Article.builder("ru", "Министр заявил во вторник, что переговоры продолжатся в Женеве.\n\n"
          + "По словам губернатора, два человека ранены. Власти восстанавливают электроснабжение.")
          .title("Переговоры продолжатся").language("ru").build());

  private static List<Analyzer<?>> layers() {
    return List.of(new ParagraphAnalyzer(), new SentenceAnalyzer(), new TokenAnalyzer());
  }

  private static Pipeline shared() {
    List<Analyzer<?>> a = new ArrayList<>(layers());
    PersuasionAnalyzer techniques = new PersuasionAnalyzer();
    a.add(techniques);
    a.add(new GenreAnalyzer(techniques));
    return Pipeline.of(a);
  }

  private static final Pipeline ALONE = Pipeline.of(concat(layers(), new GenreAnalyzer()));

  private static List<Analyzer<?>> concat(List<Analyzer<?>> first, Analyzer<?> last) {
    List<Analyzer<?>> out = new ArrayList<>(first);
    out.add(last);
    return out;
  }

  private static GenreLabel genre(Analysis a) {
    assertThat(a.diagnostics()).isEmpty();
    return a.require(GenreLabel.LAYER).get(0);
  }

  @Test
  void genre_with_the_shared_scores_is_genre_alone() {
    Pipeline shared = shared();
    for (Article article : ARTICLES) {
      GenreLabel alone = genre(ALONE.run(article));
      assertThat(genre(shared.run(article))).as(article.id()).isEqualTo(alone);
    }
  }

  /** An article through the layers and a persuasion analyzer on the shipped English technique model read anew. */
  private record Scored(LinearModel techniques, SharedLineScores left, Analysis analysis, TextLayers doc, int shift) {
    static Scored of(Article article) throws java.io.IOException {
      LinearModel techniques;
      try (var in = PersuasionModels.class.getResourceAsStream("st3-en.bin")) {
        techniques = LinearModel.load(in);
      }
      PersuasionAnalyzer persuasion = new PersuasionAnalyzer(new PersuasionModels("en", null, null, techniques));
      SharedLineScores left = persuasion.lineScores();
      Analysis a = Pipeline.of(concat(layers(), persuasion)).run(article);
      TextLayers doc = TextLayers.withTitle(a);
      return new Scored(techniques, left, a, doc, doc.text().length() - a.text().length());
    }
  }

  @Test
  void the_summary_reads_the_body_lines_from_the_shared_scores_and_equals_the_one_scored_alone() throws Exception {
    for (Article article : ARTICLES.subList(0, 4)) {
      Scored s = Scored.of(article);
      LineScores scores = s.left().take(s.analysis());
      assertThat(scores).as(article.id()).isNotNull();
      assertThat(s.left().take(s.analysis())).as("taken once").isNull();
      assertThat(TechniqueSummary.of(s.techniques(), s.doc(), scores, s.shift())).as(article.id())
          .isEqualTo(TechniqueSummary.of(s.techniques(), s.doc(), null, 0));
      assertThat(readBack(s.techniques(), s.doc(), scores, s.shift())).as(article.id()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void a_technique_model_with_a_classifier_mixed_in_leaves_its_text_parts_probabilities() throws Exception {
    LinearModel plain;
    try (var in = PersuasionModels.class.getResourceAsStream("st3-en.bin")) {
      plain = LinearModel.load(in);
    }
    float[] bias = new float[plain.labelCount()];
    java.util.Arrays.fill(bias, 4f); // the classifier says yes to every technique: mixed scores differ from the text's
    LinearModel mixed = plain.withHead(new EncoderHead("fake-tuned", 0.5, new float[plain.labelCount()][4], bias));
    assertThat(mixed.sameText(plain)).isTrue();
    PersuasionAnalyzer persuasion = new PersuasionAnalyzer(new PersuasionModels("en", null, null, mixed,
        new dev.scrutiny.text.FakeEncoder("fake-tuned")));
    SharedLineScores left = persuasion.lineScores();
    Analysis a = Pipeline.of(concat(layers(), persuasion)).run(ARTICLES.get(0));
    assertThat(a.items(TechniqueMatch.LAYER)).isNotEmpty();
    TextLayers doc = TextLayers.withTitle(a);
    int shift = doc.text().length() - a.text().length();
    LineScores scores = left.take(a);
    assertThat(scores).isNotNull();
    assertThat(readBack(plain, doc, scores, shift)).isGreaterThanOrEqualTo(2);
    assertThat(TechniqueSummary.of(plain, doc, scores, shift)).isEqualTo(TechniqueSummary.of(plain, doc, null, 0));
  }

  @Test
  void a_line_whose_repeated_words_change_with_the_title_is_scored_again() throws Exception {
    Scored s = Scored.of(ARTICLES.get(0));
    LineScores scores = s.left().take(s.analysis());
    String text = s.doc().text();
    FeatureExtractor.Context ctx = FeatureExtractor.Context.of(s.doc().tokens(), false);
    // "shameless": three times in the first body line, a fourth time in the title
    int at = text.indexOf("The regime keeps lying");
    List<dev.scrutiny.text.Token> first = s.doc().tokens(at, text.indexOf('\n', at));
    assertThat(scores.probabilities(s.techniques(), first, s.shift(), ctx)).isNull();
    int second = text.indexOf("Every patriot");
    assertThat(scores.probabilities(s.techniques(), s.doc().tokens(second, text.indexOf('\n', second)), s.shift(),
        ctx)).isNotNull();
    assertThat(scores.probabilities(s.techniques(), first, s.shift(), ctx.asTitle(true))).isNull();
  }

  private static int readBack(LinearModel techniques, TextLayers doc, LineScores scores, int shift) {
    FeatureExtractor.Context ctx = FeatureExtractor.Context.of(doc.tokens(), false);
    int n = 0;
    for (ArticleLine line : ArticleLine.split(doc.text())) {
      if (scores.probabilities(techniques, doc.tokens(line.start(), line.end()), shift,
          ctx.asTitle(line.number() == 1)) != null) {
        n++;
      }
    }
    return n;
  }

  @Test
  void articles_whose_steps_interleave_read_their_own_scores() {
    PersuasionAnalyzer techniques = new PersuasionAnalyzer();
    GenreAnalyzer genre = new GenreAnalyzer(techniques);
    Pipeline before = Pipeline.of(concat(layers(), techniques));
    Analysis opEd = before.run(ARTICLES.get(0));
    Analysis wire = before.run(ARTICLES.get(1));
    GenreLabel opEdAlone = genre(ALONE.run(ARTICLES.get(0)));
    GenreLabel wireAlone = genre(ALONE.run(ARTICLES.get(1)));
    assertThat(opEdAlone.confidence()).isNotEqualTo(wireAlone.confidence());
    assertThat(genre.analyze(wire)).containsExactly(wireAlone);
    assertThat(genre.analyze(opEd)).containsExactly(opEdAlone);
  }

  @Test
  void articles_analysed_at_once_on_several_threads_do_not_mix() throws Exception {
    List<Article> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Article base = ARTICLES.get(i % 4);
      many.add(Article.builder(base.id() + i, base.text() + "\n\n" + "Shelling went on. ".repeat(1 + i % 7))
          .title(i % 3 == 0 ? null : base.title()).language("en").build());
    }
    Map<String, GenreLabel> alone = new HashMap<>();
    for (Article a : many) {
      alone.put(a.id(), genre(ALONE.run(a)));
    }
    Pipeline shared = shared();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<Analysis>> done = new ArrayList<>();
        for (Article a : many) {
          done.add(pool.submit(() -> shared.run(a)));
        }
        for (Future<Analysis> f : done) {
          Analysis a = f.get();
          assertThat(genre(a)).as(a.article().id()).isEqualTo(alone.get(a.article().id()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
