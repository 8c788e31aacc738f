package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class LookAheadTest {

  /** Yields the non-blank strings of a list, ending at "END" but still returning the element fetched with it. */
  private static final class NonBlank extends LookAhead<String> {
    private final Iterator<String> pieces;
    int fetches;

    NonBlank(List<String> pieces) {
      this.pieces = pieces.iterator();
    }

    @Override
    protected String fetch() {
      fetches++;
      if (!pieces.hasNext()) {
        end();
        return null;
      }
      String p = pieces.next();
      if (p.startsWith("END")) {
        end();
        return p.length() > 3 ? p.substring(3) : null;
      }
      return p.isBlank() ? null : p;
    }
  }

  @Test
  void pieces_without_an_element_are_passed_over() {
    NonBlank it = new NonBlank(List.of("", "a", " ", " ", "b", ""));
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    assertThat(out).containsExactly("a", "b");
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void an_element_fetched_as_the_source_ends_is_still_returned_and_nothing_after() {
    NonBlank it = new NonBlank(List.of("a", "ENDlast", "never"));
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    assertThat(out).containsExactly("a", "last");
    assertThat(it.fetches).isEqualTo(2);
  }

  @Test
  void has_next_fetches_once_until_the_element_is_taken() {
    NonBlank it = new NonBlank(List.of("a", "b"));
    assertThat(it.hasNext()).isTrue();
    assertThat(it.hasNext()).isTrue();
    assertThat(it.fetches).isEqualTo(1);
    assertThat(it.next()).isEqualTo("a");
  }
}
