package dev.scrutiny.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.text.Segmenter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolution alone, on names given by hand (no statistical model involved). */
class EntityResolverTest {

  /** The entity analyzer's token view of {@code text}, segmented by the shared segmenter. */
  private static ArticleTokens tokens(String text) {
    Segmenter.Segmentation seg = Segmenter.segment(text);
    return EntityAnalyzer.tokens(text, seg.tokens(), seg.sentences());
  }

  /** Resolves {@code text} where each {@code names[i]} (every occurrence) has type {@code types[i]}. */
  private static List<Entity> resolve(String text, Object... namesAndTypes) {
    ArticleTokens doc = tokens(text);
    List<Found> found = new ArrayList<>();
    for (int k = 0; k < namesAndTypes.length; k += 2) {
      String[] words = ((String) namesAndTypes[k]).split(" ");
      EntityType type = (EntityType) namesAndTypes[k + 1];
      for (int i = 0; i + words.length <= doc.size; i++) {
        boolean match = true;
        for (int w = 0; w < words.length && match; w++) {
          match = doc.word(i + w).equals(words[w]);
        }
        if (match) {
          found.add(new Found(i, i + words.length, type));
        }
      }
    }
    return new EntityResolver(doc).resolve(found);
  }

  private static List<String> surfaces(String text, Entity e) {
    return e.mentions().stream().map(m -> text.substring(m.start(), m.end())).toList();
  }

  @Test
  void full_name_surname_and_possessive_group_into_one_person() {
    String text = "Vladimir Putin spoke. Putin's aide said Putin would travel.";
    List<Entity> es = resolve(text, "Vladimir Putin", EntityType.PERSON, "Putin", EntityType.PERSON);
    assertThat(es).hasSize(1);
    Entity putin = es.get(0);
    assertThat(putin.name()).isEqualTo("Vladimir Putin");
    assertThat(putin.key()).isEqualTo("putin");
    assertThat(surfaces(text, putin)).containsExactly("Vladimir Putin", "Putin", "Putin");
    assertThat(putin.mentions().get(1).start()).isEqualTo(text.indexOf("Putin's"));
    assertThat(putin.mentions().get(1).end()).isEqualTo(text.indexOf("Putin's") + 5);
  }

  @Test
  void transliteration_variants_group_and_different_given_names_do_not() {
    String text = "Volodymyr Zelenskyy met Olena Zelenska. Zelensky said Andriy Kovalenko and Oleh Kovalenko agreed.";
    List<Entity> es = resolve(text, "Volodymyr Zelenskyy", EntityType.PERSON, "Zelensky", EntityType.PERSON,
        "Andriy Kovalenko", EntityType.PERSON, "Oleh Kovalenko", EntityType.PERSON);
    assertThat(es).extracting(Entity::key).containsExactly("zelensky", "kovalenko", "kovalenko");
    assertThat(surfaces(text, es.get(0))).containsExactly("Volodymyr Zelenskyy", "Zelensky");
  }

  @Test
  void titles_before_the_name_and_appositions_become_roles() {
    String text = "Chief of the General Staff Valery Gerasimov arrived. The head of Chechnya, Ramzan Kadyrov, "
        + "was there. Dmytro Lykhovyi, a spokesman for the army group, confirmed it. Defence Minister Rustem Umerov "
        + "and Gen. Oleksandr Syrskyi were absent.";
    List<Entity> es = resolve(text, "Valery Gerasimov", EntityType.PERSON, "Ramzan Kadyrov", EntityType.PERSON,
        "Chechnya", EntityType.LOCATION, "Dmytro Lykhovyi", EntityType.PERSON, "Rustem Umerov", EntityType.PERSON,
        "Oleksandr Syrskyi", EntityType.PERSON);
    assertThat(byKey(es, "gerasimov").roles()).containsExactly("Chief of the General Staff");
    assertThat(byKey(es, "kadyrov").roles()).containsExactly("head of Chechnya");
    assertThat(byKey(es, "lyhovy").roles()).containsExactly("spokesman for the army group");
    assertThat(byKey(es, "umerov").roles()).containsExactly("Defence Minister");
    assertThat(byKey(es, "syrsky").roles()).containsExactly("Gen.");
  }

  @Test
  void a_stated_role_repeated_with_the_is_a_nominal_mention() {
    String text = "Russian President Vladimir Putin spoke on Monday. Later the Russian president left.";
    List<Entity> es = resolve(text, "Russian", EntityType.NORP, "Vladimir Putin", EntityType.PERSON);
    Entity putin = byKey(es, "putin");
    assertThat(putin.roles()).containsExactly("Russian President");
    int at = text.indexOf("the Russian president");
    assertThat(putin.mentions()).contains(new Mention(at, at + "the Russian president".length(), MentionKind.NOMINAL));
  }

  @Test
  void a_role_of_someone_is_named_later_by_its_title_and_the_president_as_head_of_state() {
    String text = "President of Ukraine Volodymyr Zelenskyy met Prime Minister of Canada Justin Trudeau. "
        + "The Head of State thanked Canada. The Prime Minister said aid would come. The President agreed.";
    List<Entity> es = resolve(text, "Volodymyr Zelenskyy", EntityType.PERSON, "Justin Trudeau", EntityType.PERSON,
        "Head of State", EntityType.ORGANIZATION, "Canada", EntityType.LOCATION);
    assertThat(surfaces(text, byKey(es, "zelensky"))).containsExactly("Volodymyr Zelenskyy", "The Head of State",
        "The President");
    assertThat(surfaces(text, byKey(es, "trudeau"))).containsExactly("Justin Trudeau", "The Prime Minister");
    assertThat(es).noneMatch(e -> e.type() == EntityType.ORGANIZATION); // the model's "Head of State" is the nominal
  }

  @Test
  void a_title_two_people_hold_names_neither_of_them() {
    String text = "President of Russia Vladimir Putin met President of Belarus Alexander Lukashenko. "
        + "The President said the talks went well. The President of Belarus agreed.";
    List<Entity> es = resolve(text, "Vladimir Putin", EntityType.PERSON, "Alexander Lukashenko", EntityType.PERSON);
    assertThat(surfaces(text, byKey(es, "putin"))).containsExactly("Vladimir Putin");
    assertThat(surfaces(text, byKey(es, "lukashenko"))).containsExactly("Alexander Lukashenko",
        "The President of Belarus");
  }

  @Test
  void the_longest_role_wins_and_an_office_of_the_president_is_no_mention_of_him() {
    String text = "President Volodymyr Zelenskyy spoke. Head of the Office of the President Andriy Yermak listened. "
        + "The Head of the Office of the President said the talks would go on. The press service of the President "
        + "said so too.";
    List<Entity> es = resolve(text, "Volodymyr Zelenskyy", EntityType.PERSON, "Andriy Yermak", EntityType.PERSON);
    assertThat(surfaces(text, byKey(es, "yermak"))).containsExactly("Andriy Yermak",
        "The Head of the Office of the President");
    assertThat(surfaces(text, byKey(es, "zelensky"))).containsExactly("Volodymyr Zelenskyy");
  }

  @Test
  void an_honorific_is_no_given_name_but_keeps_its_gender() {
    String text = "Alexander Lukashenko met Bill Clinton. Mr Lukashenko spoke first. Mrs Clinton arrived later.";
    List<Entity> es = resolve(text, "Alexander Lukashenko", EntityType.PERSON, "Bill Clinton", EntityType.PERSON,
        "Mr Lukashenko", EntityType.PERSON, "Mrs Clinton", EntityType.PERSON);
    Entity lukashenko = byKey(es, "lukashenko");
    assertThat(lukashenko.name()).isEqualTo("Alexander Lukashenko");
    assertThat(surfaces(text, lukashenko)).containsExactly("Alexander Lukashenko", "Mr Lukashenko");
    assertThat(es.stream().filter(e -> e.key().equals("clinton")).map(Entity::name))
        .containsExactlyInAnyOrder("Bill Clinton", "Mrs Clinton");
  }

  @Test
  void a_pronoun_links_only_when_one_person_is_in_view() {
    String text = "Ramzan Kadyrov posted a video. He said the town had fallen. "
        + "Valery Gerasimov met Kadyrov. He gave no details.";
    List<Entity> es = resolve(text, "Ramzan Kadyrov", EntityType.PERSON, "Kadyrov", EntityType.PERSON,
        "Valery Gerasimov", EntityType.PERSON);
    Entity kadyrov = byKey(es, "kadyrov");
    int firstHe = text.indexOf("He said");
    assertThat(kadyrov.mentions()).contains(new Mention(firstHe, firstHe + 2, MentionKind.PRONOUN));
    int secondHe = text.indexOf("He gave");
    for (Entity e : es) {
      assertThat(e.mentions()).noneMatch(m -> m.start() == secondHe);
    }
  }

  @Test
  void a_pronoun_links_to_the_one_person_in_view_whose_gender_agrees() {
    String text = "Iryna Vereshchuk met Oleksandr Syrskyi in Kyiv, and he promised more buses. "
        + "She said the evacuation would go on.";
    List<Entity> es = resolve(text, "Iryna Vereshchuk", EntityType.PERSON, "Oleksandr Syrskyi", EntityType.PERSON);
    int she = text.indexOf("She");
    int he = text.indexOf("he promised");
    assertThat(byKey(es, "vereshchuk").mentions()).contains(new Mention(she, she + 3, MentionKind.PRONOUN))
        .noneMatch(m -> m.start() == he);
    assertThat(byKey(es, "syrsky").mentions()).contains(new Mention(he, he + 2, MentionKind.PRONOUN))
        .noneMatch(m -> m.start() == she);
  }

  @Test
  void two_people_of_one_gender_leave_the_pronoun_alone() {
    String text = "Mr. Shoigu met Mr. Gerasimov. He gave no details.";
    List<Entity> es = resolve(text, "Shoigu", EntityType.PERSON, "Gerasimov", EntityType.PERSON);
    int he = text.indexOf("He");
    for (Entity e : es) {
      assertThat(e.mentions()).noneMatch(m -> m.start() == he);
    }
  }

  @Test
  void an_acronym_joins_the_organisation_it_abbreviates() {
    String text = "The North Atlantic Treaty Organization met. NATO said more help would come.";
    List<Entity> es = resolve(text, "North Atlantic Treaty Organization", EntityType.ORGANIZATION,
        "NATO", EntityType.ORGANIZATION);
    assertThat(es).hasSize(1);
    assertThat(es.get(0).name()).isEqualTo("North Atlantic Treaty Organization");
    assertThat(es.get(0).mentions()).hasSize(2);
  }

  @Test
  void entities_are_numbered_in_order_of_first_mention() {
    String text = "Kyiv and Moscow traded blame; Kyiv said Moscow lied.";
    List<Entity> es = resolve(text, "Kyiv", EntityType.LOCATION, "Moscow", EntityType.LOCATION);
    assertThat(es).extracting(Entity::id).containsExactly("e1", "e2");
    assertThat(es).extracting(Entity::name).containsExactly("Kyiv", "Moscow");
    assertThat(es.get(1).mentions()).hasSize(2);
  }

  private static Entity byKey(List<Entity> es, String key) {
    return es.stream().filter(e -> e.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + key + " in " + es));
  }

  @Test
  void person_names_with_punctuation_tokens_at_either_end_do_not_throw() {
    // found while benchmarking on real news text: a PERSON span starting or ending on a quote or dash
    String text = "\" Putin met - Putin . Later ' Zelensky and Zelensky \" spoke.";
    ArticleTokens doc = tokens(text);
    List<Found> found = List.of(new Found(0, 2, EntityType.PERSON), new Found(3, 5, EntityType.PERSON),
        new Found(7, 9, EntityType.PERSON), new Found(10, 12, EntityType.PERSON));
    List<Entity> es = new EntityResolver(doc).resolve(found);
    assertThat(es).extracting(Entity::key).containsExactly("putin", "zelensky");
  }
}
