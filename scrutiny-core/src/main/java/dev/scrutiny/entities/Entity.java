package dev.scrutiny.entities;

import dev.scrutiny.article.Annotation;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Labelled;
import dev.scrutiny.article.Span;
import java.util.List;
import java.util.Objects;

/**
 * A named entity of one article with all its mentions, grouped by within-article resolution.
 *
 * @param id       article-local id such as {@code e3}
 * @param type     entity type
 * @param name     canonical name as best written in the article ("Vladimir Putin")
 * @param key      transliteration-normalised key shared across articles ({@code zelensky} for
 *                 Zelensky/Zelenskyy/Zelenskiy)
 * @param mentions every mention, in document order
 * @param roles    titles and roles the article states ("Chief of the General Staff", "head of Chechnya")
 */
public record Entity(String id, EntityType type, String name, String key, List<Mention> mentions,
                     List<String> roles) implements Annotation, Labelled {

  /** The {@code entities} layer; entities are listed in order of first mention. */
  public static final LayerKey<Entity> LAYER = LayerKey.of("entities", Entity.class, LayerKey.Order.NONE);

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
    mentions = List.copyOf(mentions);
    roles = List.copyOf(roles);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " (" + name + ") has no mention");
    }
  }

  @Override
  public List<Span> spans() {
    return mentions.stream().map(Mention::span).toList();
  }

  @Override
  public String label() {
    return type.name();
  }

  @Override
  public String detail() {
    return type + ": " + name + (roles.isEmpty() ? "" : " (" + String.join("; ", roles) + ")");
  }
}
