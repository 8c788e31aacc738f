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
   */
  public record Figures(long sizeBytes, int entries, int names, double loadMillisMin, double loadMillisFirst,
                        double heapMegabytes, double lookupsPerSecond) {

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "gazetteer.bin %.2f MB, %d entries, %d names%n"
              + "load first %.0f ms, best %.0f ms%nheap retained %.1f MB%nlookups %.0f /s",
          sizeBytes / 1e6, entries, names, loadMillisFirst, loadMillisMin, heapMegabytes, lookupsPerSecond);
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
    long n = 0;
    long t0 = System.nanoTime();
    long sink = 0;
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
    return new Figures(size, g.size(), g.nameCount(), ms[0], first, heap, perSecond);
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
