package dev.scrutiny.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/**
 * Notices a nearly full heap: true when a heap pool that supports it was still over {@value #PERCENT}%
 * full right after its last garbage collection (the JVM's collection-usage threshold, so garbage that
 * is merely uncollected does not count). Batch drivers stop taking new work while it is low; the
 * pipeline stops an article at the next analyzer rather than let the JVM run out of memory.
 */
public final class HeapGuard {

  static final int PERCENT = 90;

  private static final List<MemoryPoolMXBean> POOLS = install();

  private HeapGuard() {}

  /** Whether the heap is nearly full after collection. Cheap; safe from any thread. */
  public static boolean low() {
    for (MemoryPoolMXBean p : POOLS) {
      if (p.isCollectionUsageThresholdExceeded()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a heap pool tells if the live data fits: the old generation does; a young generation's pools do not
   * (eden is empty right after its collection, and a survivor space is often nearly full by design — with the
   * serial or parallel collector that alone would read as a full heap).
   */
  static boolean watched(String poolName) {
    return !(poolName.contains("Eden") || poolName.contains("Survivor") || poolName.contains("Young"));
  }

  private static List<MemoryPoolMXBean> install() {
    List<MemoryPoolMXBean> out = new ArrayList<>();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      long max = p.getUsage() == null ? -1 : p.getUsage().getMax();
      if (p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported() && max > 0 && watched(p.getName())) {
        p.setCollectionUsageThreshold(max / 100 * PERCENT);
        out.add(p);
      }
    }
    return List.copyOf(out);
  }
}
