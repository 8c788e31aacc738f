package dev.scrutiny.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.text.Segmenter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleFinderTest {

  /** The roles found around the person name {@code name} (its first occurrence) in {@code text}. */
  private static Set<String> roles(String text, String name) {
    Segmenter.Segmentation seg = Segmenter.segment(text);
    ArticleTokens doc = EntityAnalyzer.tokens(text, seg.tokens(), seg.sentences());
    String[] words = name.split(" ");
    EntityType[] types = new EntityType[doc.size];
    for (int i = 0; i + words.length <= doc.size; i++) {
      boolean match = true;
      for (int w = 0; w < words.length && match; w++) {
        match = doc.word(i + w).equals(words[w]);
      }
      if (match) {
        Arrays.fill(types, i, i + words.length, EntityType.PERSON);
        Set<String> roles = new LinkedHashSet<>();
        new RoleFinder(doc, types).find(new Found(i, i + words.length, EntityType.PERSON), roles);
        return roles;
      }
    }
    throw new AssertionError("no " + name + " in " + text);
  }

  @Test
  void a_title_run_before_the_name_drops_honorifics_and_connectors() {
    assertThat(roles("Russian President Vladimir Putin spoke.", "Vladimir Putin")).containsExactly("Russian President");
    assertThat(roles("He said Chief of the General Staff Valery Gerasimov left.", "Valery Gerasimov"))
        .containsExactly("Chief of the General Staff");
    assertThat(roles("He met Mr. John Smith.", "John Smith")).isEmpty();
  }

  @Test
  void appositions_after_and_before_the_name() {
    assertThat(roles("Ramzan Kadyrov, the head of Chechnya, said so.", "Ramzan Kadyrov"))
        .containsExactly("head of Chechnya");
    assertThat(roles("Yesterday the head of Chechnya, Ramzan Kadyrov, said so.", "Ramzan Kadyrov"))
        .containsExactly("head of Chechnya");
    // no title word, no role; an apposition that runs on is not closed
    assertThat(roles("Ramzan Kadyrov, a man from Grozny, said so.", "Ramzan Kadyrov")).isEmpty();
  }

  @Test
  void a_role_stated_twice_in_other_case_is_kept_once() {
    String text = "Defence Minister Ivan Petrov, the defence minister, spoke.";
    Segmenter.Segmentation seg = Segmenter.segment(text);
    ArticleTokens doc = EntityAnalyzer.tokens(text, seg.tokens(), seg.sentences());
    EntityType[] types = new EntityType[doc.size];
    types[2] = EntityType.PERSON;
    types[3] = EntityType.PERSON;
    Set<String> roles = new LinkedHashSet<>();
    new RoleFinder(doc, types).find(new Found(2, 4, EntityType.PERSON), roles);
    assertThat(roles).containsExactly("Defence Minister");
  }
}
