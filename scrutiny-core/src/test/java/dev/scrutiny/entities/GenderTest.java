package dev.scrutiny.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenderTest {

  private static Entity person(String text, String name, List<String> roles, String... mentions) {
    List<Mention> ms = new java.util.ArrayList<>();
    int from = 0;
    for (String m : mentions) {
      int at = text.indexOf(m, from);
      ms.add(new Mention(at, at + m.length(), MentionKind.NAME));
      from = at + m.length();
    }
    return new Entity("e1", EntityType.PERSON, name, name.toLowerCase(), ms, roles);
  }

  @Test
  void a_given_name_of_one_gender_tells() {
    String text = "Yulia Svyrydenko spoke, then Denys Shmyhal.";
    assertThat(Gender.of(person(text, "Yulia Svyrydenko", List.of(), "Yulia Svyrydenko"), text))
        .isEqualTo(Gender.FEMALE);
    assertThat(Gender.of(person(text, "Denys Shmyhal", List.of(), "Denys Shmyhal"), text)).isEqualTo(Gender.MALE);
  }

  @Test
  void an_honorific_outweighs_the_given_name_and_a_role_outweighs_nothing() {
    String text = "Hillary Clinton spoke. Later Mr. Clinton said more.";
    // the article's "Mr." wins over a given name that names a woman (a mis-grouped surname)
    assertThat(Gender.of(person(text, "Hillary Clinton", List.of(), "Hillary Clinton", "Clinton"), text))
        .isEqualTo(Gender.MALE);
    String wife = "Olena, the president's wife, visited the hospital.";
    assertThat(Gender.of(person(wife, "Olena", List.of("the president's wife"), "Olena"), wife))
        .isEqualTo(Gender.FEMALE);
  }

  @Test
  void a_surname_alone_or_disagreeing_evidence_tells_nothing() {
    String text = "Mr. Budanov met Mrs. Budanov's lawyer. Budanov left.";
    assertThat(Gender.of(person(text, "Budanov", List.of(), "Budanov", "Budanov"), text)).isEqualTo(Gender.UNKNOWN);
    assertThat(Gender.of(person(text, "Budanov", List.of(), "Budanov"), text)).isEqualTo(Gender.MALE);
    String plain = "Budanov left.";
    assertThat(Gender.of(person(plain, "Budanov", List.of(), "Budanov"), plain)).isEqualTo(Gender.UNKNOWN);
    assertThat(Gender.of(new Entity("e2", EntityType.ORGANIZATION, "Mrs Smith Ltd", "x",
        List.of(new Mention(0, 3, MentionKind.NAME)), List.of()), "Mrs Smith Ltd")).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void pronouns_have_a_gender_and_unknown_agrees_with_both() {
    assertThat(Gender.ofPronoun("He")).isEqualTo(Gender.MALE);
    assertThat(Gender.ofPronoun("herself")).isEqualTo(Gender.FEMALE);
    assertThat(Gender.ofPronoun("they")).isEqualTo(Gender.UNKNOWN);
    assertThat(Gender.MALE.agreesWith(Gender.FEMALE)).isFalse();
    assertThat(Gender.MALE.agreesWith(Gender.UNKNOWN)).isTrue();
    assertThat(Gender.UNKNOWN.agreesWith(Gender.FEMALE)).isTrue();
  }
}
