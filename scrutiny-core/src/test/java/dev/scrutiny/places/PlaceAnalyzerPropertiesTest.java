package dev.scrutiny.places;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Layer;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.entities.EntityType;
import dev.scrutiny.entities.Mention;
import dev.scrutiny.entities.MentionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class PlaceAnalyzerPropertiesTest {

  private static final PlaceAnalyzer ANALYZER = new PlaceAnalyzer();
  private static final String[] WORDS = {"Kyiv", "in", "near", "Kursk", "region", "the", "Donbass", "Oblast", "and",
      "Qwzxv", "Odessa", "<b>", "Pokrovsk", "'s", "\u0000", "Zaporizhzhia", ".", "\n", "Robotyne", "Ukraine"};

  @Property(tries = 200)
  void any_text_and_any_entity_spans_give_places_inside_the_text(@ForAll @IntRange(min = 0, max = 400) int n,
                                                                 @ForAll long seed,
                                                                 @ForAll @StringLength(max = 30) String noise) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(noise);
    for (int i = 0; i < n; i++) {
      sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(4) == 0 ? "" : " ");
    }
    String text = sb.toString();
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < n / 5 && !text.isEmpty(); i++) {
      int start = r.nextInt(text.length());
      int end = Math.min(text.length(), start + r.nextInt(25));
      EntityType type = EntityType.values()[r.nextInt(EntityType.values().length)];
      entities.add(new Entity("e" + i, type, "x", "x", List.of(new Mention(start, end, MentionKind.NAME)), List.of()));
    }
    Analysis in = Analysis.of(Article.builder("p", text).build())
        .with(new Layer<>(Entity.LAYER, "test", entities, text.length()), 0);
    List<Place> places = ANALYZER.analyze(in);
    new Layer<>(Place.LAYER, ANALYZER.name(), places, text.length());
    for (Place p : places) {
      assertThat(p.mentions()).isNotEmpty();
      assertThat(p.latitude()).isBetween(-90.0, 90.0);
      assertThat(Gazetteer.shared().byId(p.gazetteerId())).isPresent();
    }
    assertThat(places).extracting(Place::gazetteerId).doesNotHaveDuplicates();
  }
}
