package dev.scrutiny.ingest;

import java.util.HashSet;
import java.util.Set;

/** Hands out article ids unique within one batch: {@code name}, then {@code name-2}, {@code name-3}… Not thread-safe. */
final class IdAllocator {

  private final Set<String> taken = new HashSet<>();

  /** {@code wanted} if still free, else the first free {@code wanted-N} with N ≥ 2. */
  String allocate(String wanted) {
    if (taken.add(wanted)) {
      return wanted;
    }
    for (int n = 2; ; n++) {
      String candidate = wanted + "-" + n;
      if (taken.add(candidate)) {
        return candidate;
      }
    }
  }
}
