package dev.scrutiny.corpus;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Receives the rows of a {@link Table}, one at a time, values in {@link Table#columns()} order. */
@FunctionalInterface
public interface RowVisitor {
  void row(List<@Nullable Object> values);
}
