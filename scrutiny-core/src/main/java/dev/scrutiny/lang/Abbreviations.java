package dev.scrutiny.lang;

import java.util.HashSet;
import java.util.Set;

/**
 * Abbreviations written with a full stop, by how they bear on sentence ends; forms are matched
 * case-sensitively and without the full stop. Immutable.
 *
 * @param title        precede a name or number and never end a sentence ({@code Gen.}, {@code ул.})
 * @param beforeDigit  never end a sentence when a digit follows ({@code No. 5})
 * @param maybe        may end a sentence; the next word decides ({@code Inc.}, {@code млн.})
 * @param listEnd      close a list, so a capitalised word after them starts a sentence ({@code etc.})
 */
public record Abbreviations(Set<String> title, Set<String> beforeDigit, Set<String> maybe, Set<String> listEnd) {

  public Abbreviations {
    title = Set.copyOf(title);
    beforeDigit = Set.copyOf(beforeDigit);
    maybe = Set.copyOf(maybe);
    listEnd = Set.copyOf(listEnd);
  }

  /** The union of two tables: one segmenter reads English and Russian abbreviations at once. */
  public Abbreviations and(Abbreviations other) {
    return new Abbreviations(union(title, other.title), union(beforeDigit, other.beforeDigit),
        union(maybe, other.maybe), union(listEnd, other.listEnd));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.addAll(b);
    return s;
  }
}
