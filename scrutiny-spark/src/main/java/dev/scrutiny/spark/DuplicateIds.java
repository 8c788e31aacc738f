package dev.scrutiny.spark;

import dev.scrutiny.article.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Makes article ids unique across input files as {@code scrutiny analyze} does within its batch: in listing order
 * (file, then line), the first article keeps an id and the later ones get the first free {@code id-2}, {@code id-3}…;
 * a renamed JSON line's article gets the reader's warning. Files are read separately (each already unique within
 * itself), so only the few ids that collide across files travel to the driver.
 */
final class DuplicateIds {

  private DuplicateIds() {}

  /** A position in the listing. */
  record Key(int fileIndex, int line) implements java.io.Serializable {}

  static JavaRDD<Ingested> rename(JavaSparkContext sc, JavaRDD<Ingested> read) {
    JavaRDD<ReadArticle> articles = read.filter(i -> i.article() != null).map(Ingested::article);
    Set<String> duplicated = new HashSet<>(articles.mapToPair(a -> new Tuple2<>(a.id(), 1L))
        .reduceByKey(Long::sum).filter(t -> t._2() > 1).keys().collect());
    if (duplicated.isEmpty()) {
      return read;
    }
    Broadcast<Set<String>> dups = sc.broadcast(duplicated);
    List<ReadArticle> members = new ArrayList<>(articles.filter(a -> dups.value().contains(a.id())).collect());
    Set<String> taken = new HashSet<>(articles.map(ReadArticle::id)
        .filter(id -> id.lastIndexOf('-') > 0 && dups.value().contains(id.substring(0, id.lastIndexOf('-'))))
        .collect());
    taken.addAll(duplicated);
    members.sort(Comparator.comparingInt(ReadArticle::fileIndex).thenComparingInt(ReadArticle::line));
    Map<Key, String> renames = new HashMap<>();
    Set<String> first = new HashSet<>();
    for (ReadArticle a : members) {
      if (first.add(a.id())) {
        continue;
      }
      for (int n = 2; ; n++) {
        String candidate = a.id() + "-" + n;
        if (taken.add(candidate)) {
          renames.put(new Key(a.fileIndex(), a.line()), candidate);
          break;
        }
      }
    }
    Broadcast<Map<Key, String>> b = sc.broadcast(renames);
    return read.map(i -> {
      ReadArticle a = i.article();
      String to = a == null ? null : b.value().get(new Key(a.fileIndex(), a.line()));
      if (to == null || !dups.value().contains(a.id())) {
        return i;
      }
      Diagnostic warning = a.givenId() ? Diagnostic.of("ingest", "duplicate id '" + a.id() + "' renamed '" + to + "'")
          : null;
      return Ingested.of(a.renamed(to, warning));
    });
  }
}
