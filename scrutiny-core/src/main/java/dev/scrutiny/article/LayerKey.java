package dev.scrutiny.article;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The typed name of a layer: {@code LayerKey<Sentence>} says a layer holds sentences, so
 * {@code analysis.layer(Sentence.LAYER)} needs no cast. Keys compare by name.
 *
 * <p>Each analysis package declares its key as a constant next to its annotation record
 * ({@code Sentence.LAYER}, {@code Token.LAYER}); the name is the JSON field the layer is written to.
 *
 * @param name  lower-case JSON name such as {@code sentences}
 * @param type  the annotation record type
 * @param order how items are ordered and whether they may overlap; checked when a layer is built
 */
public record LayerKey<T extends Annotation>(String name, Class<T> type, Order order) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*");

  /** The ordering contract of a layer, validated by {@link Layer}. */
  public enum Order {
    /** Items in any order (document-level results, groups such as entities). */
    NONE,
    /** Items sorted by start offset, then end; overlap allowed. */
    SORTED,
    /** Items sorted and pairwise non-overlapping (paragraphs, sentences, tokens). */
    SORTED_DISJOINT
  }

  public LayerKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(order, "order");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("layer name must match " + NAME + ", got '" + name + "'");
    }
  }

  public static <T extends Annotation> LayerKey<T> of(String name, Class<T> type, Order order) {
    return new LayerKey<>(name, type, order);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LayerKey<?> k && k.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
