package dev.scrutiny.stories;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.claims.Claim;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.entities.Transliteration;
import java.util.Locale;

/** One key per speaker across outlets: the entity's transliteration key, else the normalised name. */
final class Speakers {

  private Speakers() {}

  static String key(Claim c, Analysis analysis) {
    if (c.speakerEntityId() != null) {
      for (Entity e : analysis.items(Entity.LAYER)) {
        if (e.id().equals(c.speakerEntityId())) {
          return e.key();
        }
      }
    }
    String name = c.speakerName().toLowerCase(Locale.ROOT).strip();
    if (name.startsWith("the ")) {
      name = name.substring(4);
    }
    return Transliteration.key(name);
  }
}
