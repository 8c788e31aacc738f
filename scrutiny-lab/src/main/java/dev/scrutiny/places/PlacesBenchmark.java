package dev.scrutiny.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures the shipped gazetteer: file size, load time, retained heap and lookup throughput. Used by
 * {@code scrutiny bench places}; figures depend on the machine, so they are printed, never asserted.
 */
public final class PlacesBenchmark {

  private static final List<String> NAMES = List.of("Kyiv", "Kiev", "Kharkov", "Bakhmut", "Artyomovsk",
      "Kursk Oblast", "Kursk", "Donetsk", "Donbass", "Chechnya", "the United States", "Pokrovsk", "Robotyne",
      "Zaporozhye", "Odessa", "Moscow", "Berlin", "Qwzxv", "Sudzha", "Kharkiv region");

  private PlacesBenchmark() {}

  /**
   * Benchmark figures.
   *
   * @param sizeBytes      size of the shipped index resource
   * @param entries        gazetteer entries
   * @param names          distinct name keys
   * @param loadMillisMin  fastest of the timed loads (warm JVM)
   * @param loadMillisFirst the first load in this JVM (cold: includes class loading and JIT warm-up)
   * @param heapMegabytes  heap retained by one loaded index (after GC; approximate)
   * @param lookupsPerSecond name lookups per second on one thread
   * @param analyzerCharsPerSecond {@link PlaceAnalyzer} throughput in characters per second on a generated
   *                       war-news text with a LOCATION entity layer (one thread)
   */
  public record Figures(long sizeBytes, int entries, int names, double loadMillisMin, double loadMillisFirst,
                        double heapMegabytes, double lookupsPerSecond, double analyzerCharsPerSecond) {

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "gazetteer.bin %.2f MB, %d entries, %d names%n"
              + "load first %.0f ms, best %.0f ms%nheap retained %.1f MB%nlookups %.0f /s%n"
              + "place analyzer %.0f chars/s",
          sizeBytes / 1e6, entries, names, loadMillisFirst, loadMillisMin, heapMegabytes, lookupsPerSecond,
          analyzerCharsPerSecond);
    }
  }

  /** Loads the index {@code loads} times (at least 2) and runs lookups for about a second. */
  public static Figures run(int loads) {
    if (loads < 2) {
      throw new IllegalArgumentException("loads must be at least 2, got " + loads);
    }
    long size = 0;
    try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE)) {
      if (in == null) {
        throw new IOException("resource " + Gazetteer.RESOURCE + " is missing");
      }
      size = in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double[] ms = new double[loads];
    Gazetteer g = null;
    Runtime rt = Runtime.getRuntime();
    long before = 0;
    for (int i = 0; i < loads; i++) {
      g = null;
      gc();
      before = rt.totalMemory() - rt.freeMemory();
      long t0 = System.nanoTime();
      g = Gazetteer.loadResource();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    gc();
    long after = rt.totalMemory() - rt.freeMemory();
    double heap = (after - before) / 1e6;
    long sink = 0;
    for (int i = 0; i < 2000; i++) {
      sink += g.lookup(NAMES.get(i % NAMES.size())).size(); // warm-up
    }
    long n = 0;
    long t0 = System.nanoTime();
    while (System.nanoTime() - t0 < 1_000_000_000L) {
      for (String name : NAMES) {
        sink += g.lookup(name).size();
        n++;
      }
    }
    double perSecond = n / ((System.nanoTime() - t0) / 1e9);
    if (sink < 0) {
      throw new AssertionError();
    }
    double first = ms[0];
    Arrays.sort(ms);
    return new Figures(size, g.size(), g.nameCount(), ms[0], first, heap, perSecond, analyzerThroughput());
  }

  /** Characters per second of the analyzer on a seeded, generated article with a LOCATION entity layer. */
  private static double analyzerThroughput() {
    String[] templates = {"Shelling hit %s overnight, officials in %s said. ",
        "Russian forces pressed towards %s from %s, the general staff reported. ",
        "Drones were shot down over %s, and residents of %s were told to shelter. "};
    java.util.Random random = new java.util.Random(42);
    StringBuilder text = new StringBuilder();
    java.util.Map<String, List<dev.scrutiny.entities.Mention>> mentions = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 200; i++) {
      String t = templates[random.nextInt(templates.length)];
      String a = NAMES.get(random.nextInt(NAMES.size()));
      String b = NAMES.get(random.nextInt(NAMES.size()));
      int ia = t.indexOf("%s");
      int ib = t.indexOf("%s", ia + 2);
      int base = text.length();
      text.append(t, 0, ia).append(a).append(t, ia + 2, ib).append(b).append(t.substring(ib + 2));
      mentions.computeIfAbsent(a, x -> new java.util.ArrayList<>()).add(new dev.scrutiny.entities.Mention(
          base + ia, base + ia + a.length(), dev.scrutiny.entities.MentionKind.NAME));
      int sb = base + ia + a.length() + (ib - ia - 2);
      mentions.computeIfAbsent(b, x -> new java.util.ArrayList<>()).add(new dev.scrutiny.entities.Mention(
          sb, sb + b.length(), dev.scrutiny.entities.MentionKind.NAME));
    }
    List<dev.scrutiny.entities.Entity> entities = new java.util.ArrayList<>();
    mentions.forEach((name, ms) -> {
      List<dev.scrutiny.entities.Mention> sorted = new java.util.ArrayList<>(ms);
      sorted.sort(java.util.Comparator.comparingInt(dev.scrutiny.entities.Mention::start));
      entities.add(new dev.scrutiny.entities.Entity("e" + (entities.size() + 1),
          dev.scrutiny.entities.EntityType.LOCATION, name, name, sorted, List.of()));
    });
    String s = text.toString();
    var in = dev.scrutiny.article.Analysis.of(dev.scrutiny.article.Article.builder("bench", s).build())
        .with(new dev.scrutiny.article.Layer<>(dev.scrutiny.entities.Entity.LAYER, "bench", entities, s.length()), 0);
    PlaceAnalyzer analyzer = new PlaceAnalyzer();
    for (int i = 0; i < 5; i++) {
      analyzer.analyze(in);
    }
    long chars = 0;
    long t0 = System.nanoTime();
    while (System.nanoTime() - t0 < 1_000_000_000L) {
      analyzer.analyze(in);
      chars += s.length();
    }
    return chars / ((System.nanoTime() - t0) / 1e9);
  }

  private static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(30);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
