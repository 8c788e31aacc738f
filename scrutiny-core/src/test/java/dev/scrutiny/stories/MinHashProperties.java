package dev.scrutiny.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class MinHashProperties {

  @Property(tries = 200)
  void similarity_is_symmetric_bounded_and_one_for_equal_sets(@ForAll @Size(min = 1, max = 60) Set<Long> a,
                                                              @ForAll @Size(min = 1, max = 60) Set<Long> b) {
    int[] sa = MinHash.signature(a);
    int[] sb = MinHash.signature(b);
    double s = MinHash.similarity(sa, sb);
    assertThat(s).isBetween(0.0, 1.0).isEqualTo(MinHash.similarity(sb, sa));
    assertThat(MinHash.similarity(sa, MinHash.signature(new HashSet<>(a)))).isEqualTo(1.0);
  }

  @Property(tries = 100)
  void estimate_is_close_to_the_true_jaccard(@ForAll @Size(min = 200, max = 300) Set<Long> shared,
                                             @ForAll @Size(min = 0, max = 200) Set<Long> extra) {
    Set<Long> a = new HashSet<>(shared);
    Set<Long> b = new HashSet<>(shared);
    b.addAll(extra);
    double truth = a.size() / (double) b.size();
    assertThat(MinHash.similarity(MinHash.signature(a), MinHash.signature(b))).isCloseTo(truth,
        org.assertj.core.data.Offset.offset(0.2));
  }
}
