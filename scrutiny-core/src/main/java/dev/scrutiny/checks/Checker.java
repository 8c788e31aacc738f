package dev.scrutiny.checks;

import dev.scrutiny.article.LayerKey;
import java.util.List;
import java.util.Set;

/** One family of consistency checks over one article; stateless and thread-safe. */
interface Checker {

  /** Short name used in reports ("temporal", "geographic"). */
  String name();

  /** Layers besides sentences without which this checker cannot run; none unless said. */
  default Set<LayerKey<?>> requires() {
    return Set.of();
  }

  List<Check> check(CheckContext c);
}
