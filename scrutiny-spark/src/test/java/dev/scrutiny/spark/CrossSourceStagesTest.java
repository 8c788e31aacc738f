package dev.scrutiny.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.stories.Digest;
import dev.scrutiny.stories.Duplicate;
import dev.scrutiny.stories.DuplicateIndex;
import dev.scrutiny.stories.Story;
import dev.scrutiny.stories.StoryIndex;
import dev.scrutiny.stories.StorySettings;
import dev.scrutiny.stories.SyntheticCorpus;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The distributed stories and duplicates against the single-machine algorithms of scrutiny-core on generated
 * articles (events told by several outlets, some copied or rewritten), fed to the stages in a shuffled order over
 * several partitions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSourceStagesTest {

  @TempDir
  static Path dir;

  private SparkSession spark;
  private List<Digest> digests;
  private List<Row> stories;
  private List<Row> duplicates;

  @BeforeAll
  void runStages() {
    List<Analysis> articles = new SyntheticCorpus(23).articles(600);
    digests = articles.stream().map(Digest::of).toList();
    List<byte[]> encoded = new ArrayList<>(digests.stream().map(DigestCodec::encode).toList());
    Collections.shuffle(encoded, new Random(5));
    spark = SparkSession.builder().master("local[2]").appName("scrutiny-cross-source-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.warehouse.dir", dir.resolve("warehouse").toString())
        .getOrCreate();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    CrossSourceStages.Result r = CrossSourceStages.run(spark, sc.parallelize(encoded, 5), StorySettings.defaults());
    stories = r.stories().collectAsList();
    duplicates = r.duplicates().collectAsList();
  }

  @AfterAll
  void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void duplicatesAreThePairsOneIndexFinds() {
    DuplicateIndex index = new DuplicateIndex();
    Set<String> expected = new HashSet<>();
    for (Digest d : digests) {
      for (Duplicate dup : index.add(d)) {
        expected.add(pair(dup.a(), dup.b()) + " " + dup.kind().jsonName() + " " + dup.similarity() + " " + dup.first());
      }
    }
    Set<String> found = new HashSet<>();
    for (Row r : duplicates) {
      assertThat(r.getString(0)).isLessThan(r.getString(1));
      found.add(pair(r.getString(0), r.getString(1)) + " " + r.getString(2) + " " + r.getDouble(3) + " "
          + r.getString(4));
    }
    assertThat(expected).as("the generated corpus has copies and rewrites").hasSizeGreaterThan(10);
    assertThat(found).isEqualTo(expected);
  }

  @Test
  void storiesAreThoseOfOneIndexOverTheCorpusWithCorpusWideFrequencies() {
    Map<String, Integer> df = new HashMap<>();
    digests.forEach(d -> d.terms().keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
    StoryIndex whole = new StoryIndex(StorySettings.defaults(), df, digests.size());
    digests.stream()
        .sorted(Comparator.comparing(Digest::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Digest::id))
        .forEach(whole::add);
    Set<Set<String>> expected = new HashSet<>();
    for (Story s : whole.stories()) {
      expected.add(Set.copyOf(s.articles()));
    }
    Set<Set<String>> found = new HashSet<>();
    for (Row r : stories) {
      List<String> ids = CollectionConverters.asJava(r.<scala.collection.Seq<String>>getAs("articles"));
      assertThat(r.getInt(r.fieldIndex("size"))).isEqualTo(ids.size());
      found.add(Set.copyOf(ids));
    }
    assertThat(expected.size()).as("several stories, some with many articles").isGreaterThan(20)
        .isLessThan(digests.size() / 2);
    assertThat(found).isEqualTo(expected);
  }

  @Test
  void storiesAreNumberedByFirstDate() {
    List<String> ids = stories.stream().map(r -> r.getString(0)).toList();
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("s\\d+"));
    List<Row> byNumber = stories.stream()
        .sorted(Comparator.comparingInt(r -> Integer.parseInt(r.getString(0).substring(1)))).toList();
    assertThat(byNumber.getFirst().getString(0)).isEqualTo("s1");
    List<Date> firsts = byNumber.stream().map(r -> r.getDate(2)).filter(java.util.Objects::nonNull).toList();
    assertThat(firsts).isSortedAccordingTo(Comparator.naturalOrder());
  }

  @Test
  void aDigestSurvivesItsBinaryForm() {
    for (Digest d : digests.subList(0, 50)) {
      Digest back = DigestCodec.decode(DigestCodec.encode(d));
      assertThat(back.id()).isEqualTo(d.id());
      assertThat(back.article().title()).isEqualTo(d.article().title());
      assertThat(List.of(back.source(), back.published(), back.eventDate(), back.who(), back.where(),
          back.placeNames(), back.terms(), back.shingleCount()))
          .isEqualTo(List.of(d.source(), d.published(), d.eventDate(), d.who(), d.where(), d.placeNames(), d.terms(),
              d.shingleCount()));
      assertThat(back.publishedAt()).isEqualTo(d.publishedAt());
      assertThat(back.shingles()).isEqualTo(d.shingles());
      assertThat(back.wordSet()).isEqualTo(d.wordSet());
    }
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }
}
