package dev.scrutiny.article;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable, typed list of annotations over one article's text, with the name and version of the
 * analyzer that produced it.
 *
 * <p>Validated on construction: every span of every item lies inside {@code [0, textLength]}, and items
 * follow the key's {@link LayerKey.Order}. A violation throws {@link IllegalArgumentException} naming the
 * layer, the item index and the offsets. Thread-safe.
 */
public final class Layer<T extends Annotation> implements Iterable<T> {

  private final LayerKey<T> key;
  private final String producer;
  private final List<T> items;

  public Layer(LayerKey<T> key, String producer, List<? extends T> items, int textLength) {
    this.key = Objects.requireNonNull(key, "key");
    this.producer = Objects.requireNonNull(producer, "producer");
    this.items = List.copyOf(items);
    validate(textLength);
  }

  private void validate(int textLength) {
    Span previous = null;
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      if (!key.type().isInstance(item)) {
        throw new IllegalArgumentException(
            "layer '" + key.name() + "' item " + i + " is a " + item.getClass().getName()
                + ", expected " + key.type().getName());
      }
      for (Span s : item.spans()) {
        if (s.end() > textLength) {
          throw new IllegalArgumentException(
              "layer '" + key.name() + "' item " + i + " span [" + s.start() + "," + s.end()
                  + ") lies outside the text of length " + textLength);
        }
      }
      if (key.order() != LayerKey.Order.NONE && item instanceof Spanned spanned) {
        Span s = spanned.span();
        if (previous != null) {
          if (s.compareTo(previous) < 0) {
            throw new IllegalArgumentException(
                "layer '" + key.name() + "' item " + i + " [" + s.start() + "," + s.end()
                    + ") comes before the previous item [" + previous.start() + "," + previous.end() + ")");
          }
          if (key.order() == LayerKey.Order.SORTED_DISJOINT && s.start() < previous.end()) {
            throw new IllegalArgumentException(
                "layer '" + key.name() + "' item " + i + " [" + s.start() + "," + s.end()
                    + ") overlaps the previous item [" + previous.start() + "," + previous.end() + ")");
          }
        }
        previous = s;
      }
    }
  }

  public LayerKey<T> key() {
    return key;
  }

  public String name() {
    return key.name();
  }

  /** Name and version of the analyzer that produced this layer, such as {@code segmenter/1}. */
  public String producer() {
    return producer;
  }

  /** The annotations, unmodifiable. */
  public List<T> items() {
    return items;
  }

  public int size() {
    return items.size();
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  public T get(int i) {
    return items.get(i);
  }

  @Override
  public Iterator<T> iterator() {
    return items.iterator();
  }

  @Override
  public String toString() {
    return "Layer[" + key.name() + ", " + items.size() + " items, by " + producer + "]";
  }
}
