package dev.scrutiny.spark;

import dev.scrutiny.stories.Digest;
import dev.scrutiny.stories.Duplicate;
import dev.scrutiny.stories.DuplicateIndex;
import dev.scrutiny.stories.Story;
import dev.scrutiny.stories.StoryBlocks;
import dev.scrutiny.stories.StoryIndex;
import dev.scrutiny.stories.StorySettings;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The cross-source stages of the job: near-duplicates and stories, the algorithms of scrutiny-core's
 * {@code dev.scrutiny.stories} run distributed.
 *
 * <ul>
 *   <li><b>Duplicates.</b> Each article's MinHash band keys ({@link DuplicateIndex#bandKeys}) are shuffled; the
 *       articles sharing a band are the candidate pairs, each classified once by {@link DuplicateIndex#classify}
 *       (verbatim copy, excerpt, light rewrite, and who published first): the pairs a single index would find.
 *       A band shared by more than {@link #MAX_BUCKET} articles (boilerplate repeated across a site) has only its
 *       first {@value #MAX_BUCKET} members paired; such bands are counted and reported.</li>
 *   <li><b>Stories.</b> Document frequencies are counted over the corpus; with them each article's blocking keys
 *       (people, places, telling words) no longer depend on the order of arrival. The articles sharing a key are
 *       linked when their event days are within the window ({@link StoryBlocks}), the connected blocks are found
 *       on the driver (a union-find over article numbers: one int per article) and each block is grouped into
 *       stories by one {@link StoryIndex} on an executor, in order of publication date then id. No story spans two
 *       blocks, so this gives the stories one index with corpus-wide frequencies gives over the whole corpus in
 *       that order.</li>
 * </ul>
 * Stories are numbered {@code s1, s2, …} by first date, then first article id.
 */
final class CrossSourceStages {

  static final String STORIES = "stories";
  static final String DUPLICATES = "duplicates";
  static final int MAX_BUCKET = 2_000;

  /**
   * What the stages found (lazily: the datasets are computed when written).
   *
   * @param oversizedBuckets counts, once the duplicates are computed, the bands with more than {@link #MAX_BUCKET}
   *                         articles
   * @param numbered         the numbered digests both stages read, cached: {@link #release()} once both are written
   * @param blockStories     the stories of each block, cached, as the sort by date reads them twice (a sample of
   *                         the keys, then the rows)
   */
  record Result(Dataset<Row> stories, Dataset<Row> duplicates, LongAccumulator oversizedBuckets,
                JavaPairRDD<Long, byte[]> numbered, JavaRDD<Row> blockStories) {

    /** Drops the cached digests and stories. */
    void release() {
      numbered.unpersist();
      blockStories.unpersist();
    }
  }

  private CrossSourceStages() {}

  static StructType storySchema() {
    return DataTypes.createStructType(List.of(
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("first", DataTypes.DateType, true),
        DataTypes.createStructField("last", DataTypes.DateType, true),
        DataTypes.createStructField("size", DataTypes.IntegerType, false),
        DataTypes.createStructField("articles", DataTypes.createArrayType(DataTypes.StringType, false), false)));
  }

  static StructType duplicateSchema() {
    return DataTypes.createStructType(List.of(
        DataTypes.createStructField("a", DataTypes.StringType, false),
        DataTypes.createStructField("b", DataTypes.StringType, false),
        DataTypes.createStructField("kind", DataTypes.StringType, false),
        DataTypes.createStructField("similarity", DataTypes.DoubleType, false),
        DataTypes.createStructField("first", DataTypes.StringType, true)));
  }

  /** Runs both stages over the encoded digests ({@link DigestCodec}) of the analysed articles. */
  static Result run(SparkSession spark, JavaRDD<byte[]> digests, StorySettings settings) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaPairRDD<Long, byte[]> numbered = digests.zipWithIndex().mapToPair(t -> new Tuple2<>(t._2(), t._1()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    LongAccumulator oversized = sc.sc().longAccumulator("scrutiny.lshOversizedBuckets");
    Dataset<Row> duplicates = spark.createDataFrame(duplicates(numbered, oversized), duplicateSchema());
    JavaRDD<Row> blockStories = blockStories(sc, numbered, settings).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> stories = spark.createDataFrame(numberedStories(blockStories), storySchema());
    return new Result(stories, duplicates, oversized, numbered, blockStories);
  }

  private static JavaRDD<Row> duplicates(JavaPairRDD<Long, byte[]> numbered, LongAccumulator oversized) {
    JavaPairRDD<Long, Long> bands = numbered.flatMapToPair(t -> {
      List<Tuple2<Long, Long>> out = new ArrayList<>();
      for (long k : DuplicateIndex.bandKeys(DigestCodec.decode(t._2()))) {
        out.add(new Tuple2<>(k, t._1()));
      }
      return out.iterator();
    });
    JavaPairRDD<Long, Long> pairs = bands.groupByKey().flatMapToPair(t -> {
      List<Long> members = new ArrayList<>();
      t._2().forEach(members::add);
      members.sort(null);
      if (members.size() > MAX_BUCKET) {
        oversized.add(1);
        members = members.subList(0, MAX_BUCKET);
      }
      List<Tuple2<Long, Long>> out = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          out.add(new Tuple2<>(members.get(i), members.get(j)));
        }
      }
      return out.iterator();
    }).distinct();
    return pairs.join(numbered)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
        .join(numbered)
        .flatMap(t -> {
          Digest a = DigestCodec.decode(t._2()._1());
          Digest b = DigestCodec.decode(t._2()._2());
          if (a.id().compareTo(b.id()) > 0) {
            Digest x = a;
            a = b;
            b = x;
          }
          Duplicate d = DuplicateIndex.classify(a, b);
          return d == null ? List.<Row>of().iterator()
              : List.of(RowFactory.create(d.a(), d.b(), d.kind().jsonName(), d.similarity(), d.first())).iterator();
        });
  }

  /** The stories of each block of linked articles (rows without their number), in no order. */
  private static JavaRDD<Row> blockStories(JavaSparkContext sc, JavaPairRDD<Long, byte[]> numbered,
      StorySettings settings) {
    long count = numbered.count();
    if (count > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("the story stage takes at most " + Integer.MAX_VALUE
          + " articles per run, got " + count + "; run the corpus in slices");
    }
    int n = (int) count;
    Map<String, Integer> df = new HashMap<>(numbered.values()
        .flatMapToPair(b -> DigestCodec.decode(b).terms().keySet().stream().map(t -> new Tuple2<>(t, 1)).iterator())
        .reduceByKey(Integer::sum).collectAsMap());
    Broadcast<Frequencies> frequencies = sc.broadcast(new Frequencies(df, n));
    Broadcast<int[]> block = sc.broadcast(blocks(links(numbered, frequencies, settings), n));
    return numbered.mapToPair(t -> new Tuple2<>(block.value()[(int) (long) t._1()], t._2()))
        .groupByKey()
        .flatMap(t -> storiesOfBlock(t._2(), frequencies.value().index(settings)).iterator());
  }

  /** The stories numbered {@code s1, s2, …} in order of first date, then first article id. */
  private static JavaRDD<Row> numberedStories(JavaRDD<Row> stories) {
    return stories
        .sortBy(CrossSourceStages::order, true, Math.max(1, stories.getNumPartitions()))
        .zipWithIndex()
        .map(t -> {
          Row s = t._1();
          return RowFactory.create("s" + (t._2() + 1), s.get(0), s.get(1), s.get(2), s.get(3), s.get(4));
        });
  }

  /** The pairs of article numbers that share a blocking key and whose event days are within the window. */
  private static JavaRDD<long[]> links(JavaPairRDD<Long, byte[]> numbered, Broadcast<Frequencies> frequencies,
      StorySettings settings) {
    // the articles of each blocking key, with their event days
    JavaPairRDD<String, Tuple2<Long, Long>> keyed = numbered.mapPartitionsToPair(it -> {
      StoryIndex keys = frequencies.value().index(settings);
      List<Tuple2<String, Tuple2<Long, Long>>> out = new ArrayList<>();
      while (it.hasNext()) {
        Tuple2<Long, byte[]> t = it.next();
        Digest d = DigestCodec.decode(t._2());
        long day = d.eventDate() == null ? Long.MIN_VALUE : d.eventDate().toEpochDay();
        for (String k : keys.blockingKeys(d)) {
          out.add(new Tuple2<>(k, new Tuple2<>(t._1(), day)));
        }
      }
      return out.iterator();
    });
    int window = settings.windowDays();
    return keyed.groupByKey().flatMap(t -> {
      List<Long> ids = new ArrayList<>();
      List<LocalDate> days = new ArrayList<>();
      for (Tuple2<Long, Long> m : t._2()) {
        ids.add(m._1());
        days.add(m._2() == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(m._2()));
      }
      List<long[]> out = new ArrayList<>();
      for (int[] l : StoryBlocks.links(days, window)) {
        out.add(new long[] {ids.get(l[0]), ids.get(l[1])});
      }
      return out.iterator();
    });
  }

  /** The block of each of the {@code n} articles (the smallest article number in it): a union-find on the driver. */
  private static int[] blocks(JavaRDD<long[]> links, int n) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (Iterator<long[]> it = links.toLocalIterator(); it.hasNext(); ) {
      long[] l = it.next();
      int a = root(parent, (int) l[0]);
      int b = root(parent, (int) l[1]);
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    for (int i = 0; i < n; i++) {
      parent[i] = root(parent, i);
    }
    return parent;
  }

  /** The stories of one block (rows without their number), its articles added in order of date, then id. */
  private static List<Row> storiesOfBlock(Iterable<byte[]> digests, StoryIndex index) {
    List<Digest> members = new ArrayList<>();
    digests.forEach(b -> members.add(DigestCodec.decode(b)));
    members.sort(Comparator.comparing(Digest::published, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Digest::id));
    members.forEach(index::add);
    List<Row> out = new ArrayList<>();
    for (Story s : index.stories()) {
      out.add(RowFactory.create(s.title(), date(s.first()), date(s.last()), s.articles().size(),
          CollectionConverters.asScala(s.articles()).toSeq()));
    }
    return out;
  }

  /** Stories in order of first date (undated last), then first article id. */
  private static String order(Row story) {
    Date first = story.getDate(1);
    scala.collection.Seq<?> articles = story.getAs(4);
    return (first == null ? "9999-12-31" : first.toLocalDate().toString()) + "\u0000" + articles.head();
  }

  private static @Nullable Date date(@Nullable LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Corpus-wide document frequencies, broadcast to the executors. */
  private record Frequencies(Map<String, Integer> df, int documents) implements Serializable {
    StoryIndex index(StorySettings settings) {
      return new StoryIndex(settings, df, documents);
    }
  }
}
