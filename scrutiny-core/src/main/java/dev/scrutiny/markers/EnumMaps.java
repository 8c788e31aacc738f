package dev.scrutiny.markers;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Immutable copies of enum-keyed counts that iterate in the enum's order, so output is the same on every run. */
final class EnumMaps {

  private EnumMaps() {}

  /** An unmodifiable copy of {@code map} in {@code type}'s declaration order ({@code Map.copyOf} has none). */
  static <E extends Enum<E>, V> Map<E, V> copyOf(Class<E> type, Map<E, V> map) {
    EnumMap<E, V> copy = new EnumMap<>(type);
    copy.putAll(map);
    return Collections.unmodifiableMap(copy);
  }
}
