package dev.scrutiny.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped model and resolution on short war-news paragraphs written for these tests. */
class EntityAnalyzerTest {

  private static Entity named(List<Entity> es, String name) {
    return es.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + es));
  }

  /** A mention of {@code surface} at its {@code nth} (0-based) occurrence in {@code text}. */
  private static Mention at(String text, String surface, int nth, MentionKind kind) {
    int i = -1;
    for (int k = 0; k <= nth; k++) {
      i = text.indexOf(surface, i + 1);
    }
    assertThat(i).as("occurrence %d of '%s'", nth, surface).isGreaterThanOrEqualTo(0);
    return new Mention(i, i + surface.length(), kind);
  }

  @Test
  void a_commander_his_surname_a_town_and_a_weapon() {
    String text = "Ukraine's top commander, Oleksandr Syrskyi, said on Tuesday that troops had pushed back "
        + "Russian assaults near Pokrovsk. Syrskyi added that HIMARS launchers had struck a command post.";
    List<Entity> es = Articles.entities(text);
    Entity syrskyi = named(es, "Oleksandr Syrskyi");
    assertThat(syrskyi.type()).isEqualTo(EntityType.PERSON);
    assertThat(syrskyi.key()).isEqualTo("syrsky");
    assertThat(syrskyi.roles()).containsExactly("Ukraine's top commander");
    assertThat(syrskyi.mentions()).containsExactly(at(text, "Oleksandr Syrskyi", 0, MentionKind.NAME),
        at(text, "Syrskyi", 1, MentionKind.NAME));
    assertThat(named(es, "Ukraine").mentions()).containsExactly(at(text, "Ukraine", 0, MentionKind.NAME));
    assertThat(named(es, "Ukraine").type()).isEqualTo(EntityType.LOCATION);
    assertThat(named(es, "Russian").type()).isEqualTo(EntityType.NORP);
    assertThat(named(es, "Pokrovsk").type()).isEqualTo(EntityType.LOCATION);
    assertThat(named(es, "Pokrovsk").mentions()).containsExactly(at(text, "Pokrovsk", 0, MentionKind.NAME));
    assertThat(named(es, "HIMARS").type()).isEqualTo(EntityType.MISC);
  }

  @Test
  void the_kremlin_meeting_with_titles_a_nominal_and_a_pronoun() {
    String text = "Kremlin spokesman Dmitry Peskov dismissed the report. Russian President Vladimir Putin met "
        + "Chief of the General Staff Valery Gerasimov in Moscow on Friday. The Russian president said Ukrainian "
        + "forces had been driven out of Sudzha. He praised the Wagner Group and North Korean troops.";
    List<Entity> es = Articles.entities(text);
    Entity putin = named(es, "Vladimir Putin");
    assertThat(putin.roles()).containsExactly("Russian President");
    assertThat(putin.mentions()).containsExactly(at(text, "Vladimir Putin", 0, MentionKind.NAME),
        at(text, "The Russian president", 0, MentionKind.NOMINAL), at(text, "He", 0, MentionKind.PRONOUN));
    assertThat(named(es, "Valery Gerasimov").roles()).containsExactly("Chief of the General Staff");
    assertThat(named(es, "Dmitry Peskov").roles()).containsExactly("Kremlin spokesman");
    assertThat(named(es, "Sudzha").type()).isEqualTo(EntityType.LOCATION);
    assertThat(named(es, "Sudzha").mentions()).containsExactly(at(text, "Sudzha", 0, MentionKind.NAME));
    assertThat(named(es, "Wagner Group").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(es, "North Korean").type()).isEqualTo(EntityType.NORP);
    assertThat(named(es, "Ukrainian").type()).isEqualTo(EntityType.NORP);
    assertThat(named(es, "Moscow").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void the_head_of_chechnya_and_an_unambiguous_he() {
    String text = "The head of Chechnya, Ramzan Kadyrov, posted a video from the front. Kadyrov's fighters were "
        + "filmed near the Kursk region. He claimed they had seized a village.";
    List<Entity> es = Articles.entities(text);
    Entity kadyrov = named(es, "Ramzan Kadyrov");
    assertThat(kadyrov.roles()).containsExactly("head of Chechnya");
    assertThat(kadyrov.mentions()).containsExactly(at(text, "Ramzan Kadyrov", 0, MentionKind.NAME),
        at(text, "Kadyrov", 1, MentionKind.NAME), at(text, "He", 0, MentionKind.PRONOUN));
    assertThat(named(es, "Chechnya").type()).isEqualTo(EntityType.LOCATION);
    assertThat(named(es, "Kursk").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void spelling_variants_and_a_regime_resolve_to_one_person_each() {
    String text = "Mykhailo Podoliak, an adviser to the head of the presidential office, said Vladimir Zelensky's "
        + "regime was not the target, mocking Moscow's line. Podolyak said ATACMS missiles were used with "
        + "Washington's consent. Zelenskyy later thanked allies.";
    List<Entity> es = Articles.entities(text);
    Entity podolyak = named(es, "Mykhailo Podoliak");
    assertThat(podolyak.key()).isEqualTo("podolyak");
    assertThat(podolyak.roles()).containsExactly("adviser to the head of the presidential office");
    assertThat(podolyak.mentions()).containsExactly(at(text, "Mykhailo Podoliak", 0, MentionKind.NAME),
        at(text, "Podolyak", 0, MentionKind.NAME));
    Entity zelensky = named(es, "Vladimir Zelensky");
    assertThat(zelensky.key()).isEqualTo("zelensky");
    assertThat(zelensky.mentions()).containsExactly(at(text, "Vladimir Zelensky", 0, MentionKind.NAME),
        at(text, "Zelenskyy", 0, MentionKind.NAME));
    assertThat(named(es, "ATACMS").type()).isEqualTo(EntityType.MISC);
    assertThat(named(es, "Moscow").mentions()).containsExactly(at(text, "Moscow", 0, MentionKind.NAME));
  }

  @Test
  void an_all_caps_headline_still_yields_its_names() {
    String text = "RUSSIAN TROOPS ADVANCE NEAR POKROVSK AS PUTIN MEETS GERASIMOV";
    List<Entity> es = Articles.entities(text);
    assertThat(named(es, "PUTIN").type()).isEqualTo(EntityType.PERSON);
    assertThat(named(es, "GERASIMOV").type()).isEqualTo(EntityType.PERSON);
    assertThat(named(es, "POKROVSK").type()).isEqualTo(EntityType.LOCATION);
    assertThat(named(es, "PUTIN").key()).isEqualTo("putin");
  }

  @Test
  void text_without_names_empty_text_and_symbols_give_no_entity() {
    assertThat(Articles.entities("the shelling went on all night and nobody slept.")).isEmpty();
    assertThat(Articles.entities("")).isEmpty();
    assertThat(Articles.entities("!!! ??? ... --- 123 456 \u2014 \uD83D\uDE00")).isEmpty();
  }

  @Test
  void a_very_long_article_and_a_run_on_sentence_are_handled() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      b.append("Russian forces shelled Kharkiv again, Ukrainian officials said. ");
    }
    String text = b.toString();
    List<Entity> es = Articles.entities(text);
    assertThat(named(es, "Kharkiv").mentions()).hasSize(2000);
    String runOn = "Kyiv ".repeat(3000) + "and Moscow";
    assertThat(Articles.entities(runOn)).isNotEmpty();
    for (Entity e : Articles.entities(runOn)) {
      for (Mention m : e.mentions()) {
        assertThat(m.start()).isBetween(0, runOn.length());
        assertThat(m.end()).isBetween(m.start(), runOn.length());
      }
    }
  }

  @Test
  void tokens_outside_every_sentence_and_unsplit_possessives_are_tolerated() {
    String text = "Zelenskyy\u2019s office said Kyiv held. stray Bucha";
    // one token for "Zelenskyy’s", as a segmenter that keeps inner apostrophes would produce
    List<Token> tokens = List.of(Token.of(text, 0, 11, dev.scrutiny.text.TokenKind.WORD),
        Token.of(text, 12, 18, dev.scrutiny.text.TokenKind.WORD), Token.of(text, 19, 23, dev.scrutiny.text.TokenKind.WORD),
        Token.of(text, 24, 28, dev.scrutiny.text.TokenKind.WORD), Token.of(text, 29, 33, dev.scrutiny.text.TokenKind.WORD),
        Token.of(text, 33, 34, dev.scrutiny.text.TokenKind.PUNCT), Token.of(text, 35, 40, dev.scrutiny.text.TokenKind.WORD),
        Token.of(text, 41, 46, dev.scrutiny.text.TokenKind.WORD));
    List<Sentence> sentences = List.of(new Sentence(0, 34));
    Analysis a = Analysis.of(dev.scrutiny.article.Article.builder("t", text).build())
        .with(new dev.scrutiny.article.Layer<>(Token.LAYER, "test", tokens, text.length()), 0)
        .with(new dev.scrutiny.article.Layer<>(Sentence.LAYER, "test", sentences, text.length()), 0);
    List<Entity> es = new EntityAnalyzer().analyze(a);
    Entity z = named(es, "Zelenskyy");
    assertThat(z.mentions()).containsExactly(new Mention(0, 9, MentionKind.NAME));
    assertThat(z.key()).isEqualTo("zelensky");
  }

  @Test
  void a_closed_class_word_alone_is_never_a_name_unless_written_in_capitals() {
    String[] words = {"Sergei", "Chemezov", ":", "Yes", ",", "This", "US", "WHO", "It", "Rostec"};
    assertThat(EntityAnalyzer.neverANameAlone(words, new Chunk("ORG", 3, 4))).isTrue(); // Yes
    assertThat(EntityAnalyzer.neverANameAlone(words, new Chunk("PER", 5, 6))).isTrue(); // This
    assertThat(EntityAnalyzer.neverANameAlone(words, new Chunk("PER", 8, 9))).isTrue(); // It
    assertThat(EntityAnalyzer.neverANameAlone(words, new Chunk("LOC", 6, 7))).isFalse(); // US
    assertThat(EntityAnalyzer.neverANameAlone(words, new Chunk("ORG", 7, 8))).isFalse(); // WHO
    assertThat(EntityAnalyzer.neverANameAlone(words, new Chunk("ORG", 9, 10))).isFalse(); // Rostec
    assertThat(EntityAnalyzer.neverANameAlone(words, new Chunk("PER", 0, 2))).isFalse(); // two words
  }

  @Test
  void transcript_turns_give_the_speakers_and_no_interjection() {
    String text = "Vladimir Putin: Good. Sergei Chemezov: Yes. We plan to start batch production. "
        + "Vladimir Putin: Yes, please. This is important.";
    List<Entity> es = Articles.entities(text);
    assertThat(es).extracting(Entity::name).doesNotContain("Yes", "This")
        .contains("Vladimir Putin", "Sergei Chemezov");
  }

  @Test
  void an_institution_noun_alone_is_an_organisation_never_a_person() {
    String[] words = {"I", "ask", "the", "Government", "and", "the", "Ministry", "of", "Defence"};
    assertThat(EntityAnalyzer.institutionAlone(words, new Chunk("PER", 3, 4))).isTrue();
    assertThat(EntityAnalyzer.institutionAlone(words, new Chunk("LOC", 6, 7))).isTrue();
    assertThat(EntityAnalyzer.institutionAlone(words, new Chunk("ORG", 6, 9))).isFalse(); // the full name
    assertThat(EntityAnalyzer.institutionAlone(words, new Chunk("PER", 1, 2))).isFalse();
  }
  @Test
  void a_holder_named_after_the_office_is_split_from_it() {
    String[] words = "the Envoy to the Far Eastern Federal District Yury Trutnev spoke".split(" ");
    assertThat(EntityAnalyzer.personAtEnd(words, new Chunk("ORG", 4, 10))).isEqualTo(8);
    String[] hall = "in St George Hall today".split(" ");
    assertThat(EntityAnalyzer.personAtEnd(hall, new Chunk("LOC", 1, 4))).isEqualTo(-1);
    String[] order = "the Order of Alexander Nevsky was".split(" ");
    assertThat(EntityAnalyzer.personAtEnd(order, new Chunk("MISC", 1, 5))).isEqualTo(-1);
    String[] square = "on Yury Gagarin Square".split(" ");
    assertThat(EntityAnalyzer.personAtEnd(square, new Chunk("LOC", 1, 4))).isEqualTo(-1);
    String[] unknown = "the Regional Council Zorg Blip".split(" ");
    assertThat(EntityAnalyzer.personAtEnd(unknown, new Chunk("ORG", 1, 5))).isEqualTo(-1);
  }
}
