package dev.scrutiny.spark;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.stories.Digest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A compact binary form of a {@link Digest} (what the cross-source stages need from one article: ids, dates,
 * people, places, content terms and the two MinHash signatures), so that the stages shuffle a few kilobytes per
 * article instead of its analysis. A decoded digest carries an article with the id, title and source but no
 * text: the story and duplicate code reads nothing else.
 */
final class DigestCodec {

  private static final int VERSION = 1;

  private DigestCodec() {}

  static byte[] encode(Digest d) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      string(out, d.id());
      string(out, d.article().title());
      string(out, d.source());
      string(out, d.published() == null ? null : d.published().toString());
      string(out, d.publishedAt() == null ? null : d.publishedAt().toString());
      string(out, d.eventDate() == null ? null : d.eventDate().toString());
      out.writeInt(d.who().size());
      for (String s : d.who()) {
        string(out, s);
      }
      out.writeInt(d.where().size());
      for (String s : d.where()) {
        string(out, s);
        string(out, d.placeNames().get(s));
      }
      out.writeInt(d.terms().size());
      for (Map.Entry<String, Integer> e : d.terms().entrySet()) {
        string(out, e.getKey());
        out.writeInt(e.getValue());
      }
      out.writeInt(d.shingleCount());
      ints(out, d.shingles());
      ints(out, d.wordSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Digest decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int version = in.readByte();
      if (version != VERSION) {
        throw new IllegalArgumentException("unknown digest version " + version);
      }
      String id = string(in);
      String title = string(in);
      String source = string(in);
      String published = string(in);
      String publishedAt = string(in);
      String eventDate = string(in);
      Set<String> who = new LinkedHashSet<>();
      for (int i = in.readInt(); i > 0; i--) {
        who.add(string(in));
      }
      Set<String> where = new LinkedHashSet<>();
      Map<String, String> placeNames = new LinkedHashMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        String key = string(in);
        where.add(key);
        String name = string(in);
        if (name != null) {
          placeNames.put(key, name);
        }
      }
      Map<String, Integer> terms = new LinkedHashMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        terms.put(string(in), in.readInt());
      }
      int shingleCount = in.readInt();
      int[] shingles = ints(in);
      int[] wordSet = ints(in);
      Article article = Article.builder(id == null ? "?" : id, "").title(title).source(source).build();
      return new Digest(Analysis.of(article), source == null ? "unknown" : source,
          published == null ? null : LocalDate.parse(published),
          publishedAt == null ? null : LocalDateTime.parse(publishedAt),
          eventDate == null ? null : LocalDate.parse(eventDate), who, where, placeNames, terms, shingles,
          shingleCount, wordSet);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void string(DataOutputStream out, @Nullable String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static @Nullable String string(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }

  private static void ints(DataOutputStream out, int[] v) throws IOException {
    out.writeInt(v.length);
    for (int x : v) {
      out.writeInt(x);
    }
  }

  private static int[] ints(DataInputStream in) throws IOException {
    int[] v = new int[in.readInt()];
    for (int i = 0; i < v.length; i++) {
      v[i] = in.readInt();
    }
    return v;
  }
}
