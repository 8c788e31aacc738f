package dev.scrutiny.render;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Diagnostic;
import dev.scrutiny.article.Layer;
import dev.scrutiny.text.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;

/**
 * Writes analyses as JSON following {@code docs/schema/article.schema.json} (version
 * {@link #SCHEMA_VERSION}): one object per article with its metadata, {@code text}, one array per layer
 * named by the layer key, and {@code diagnostics}.
 *
 * <p>Annotation records are written by their components (enums by {@code toString()}, nulls left
 * out), so a new layer needs no change here. Tokens are written only when asked for, being the bulk of
 * the output. Thread-safe.
 *
 * <pre>{@code
 * String json = JsonRenderer.defaults().toJson(Scrutiny.analyze(article));
 * }</pre>
 */
public final class JsonRenderer {

  /** Version of the output schema; bumped on any incompatible change. */
  public static final String SCHEMA_VERSION = "1.0";

  /** The mapping of annotation records to JSON; {@link JsonTree} follows it without Jackson's reflective set-up. */
  static final ObjectMapper MAPPER = new ObjectMapper()
      .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
      .setSerializationInclusion(JsonInclude.Include.NON_NULL)
      .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private static final JsonTree TREE = new JsonTree(MAPPER::valueToTree);

  private final boolean tokens;
  private final boolean timings;

  private JsonRenderer(boolean tokens, boolean timings) {
    this.tokens = tokens;
    this.timings = timings;
  }

  /** Without tokens, with per-analyzer timings. */
  public static JsonRenderer defaults() {
    return new JsonRenderer(false, true);
  }

  /** A copy that writes (or omits) the {@code tokens} layer. */
  public JsonRenderer withTokens(boolean include) {
    return new JsonRenderer(include, timings);
  }

  /** A copy that writes (or omits) {@code timingsMs}; omit them for reproducible output. */
  public JsonRenderer withTimings(boolean include) {
    return new JsonRenderer(tokens, include);
  }

  /** The JSON tree of one analysed article. */
  public ObjectNode toTree(Analysis analysis) {
    Article a = analysis.article();
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schemaVersion", SCHEMA_VERSION);
    o.put("id", a.id());
    putIfPresent(o, "title", a.title());
    putIfPresent(o, "url", a.url());
    putIfPresent(o, "source", a.source());
    putIfPresent(o, "author", a.author());
    putIfPresent(o, "published", a.published() == null ? null : a.published().toString());
    putIfPresent(o, "publishedSource", a.published() == null || a.published().source() == null ? null
        : a.published().source().label());
    putIfPresent(o, "language", a.language());
    o.put("text", a.text());
    ObjectNode producers = MAPPER.createObjectNode();
    for (Layer<?> layer : analysis.layers()) {
      if (!tokens && layer.key().equals(Token.LAYER)) {
        continue;
      }
      o.set(layer.name(), TREE.of(layer.items()));
      producers.put(layer.name(), layer.producer());
    }
    o.set("producers", producers);
    ArrayNode diags = o.putArray("diagnostics");
    for (Diagnostic d : analysis.diagnostics()) {
      diags.add(TREE.of(d));
    }
    if (timings) {
      ObjectNode t = o.putObject("timingsMs");
      for (Map.Entry<String, Long> e : analysis.timingsNanos().entrySet()) {
        t.put(e.getKey(), Math.round(e.getValue() / 1e4) / 100.0);
      }
    }
    return o;
  }

  /** One article as pretty-printed JSON. */
  public String toJson(Analysis analysis) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(analysis));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One article as a single line of JSON (for JSON Lines), without a line terminator. */
  public String toJsonLine(Analysis analysis) {
    try {
      return MAPPER.writeValueAsString(toTree(analysis));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a whole batch as one JSON document:
   * {@code {"schemaVersion":…, "articles":[…], "failures":[{"input":…, "reason":…}]}}.
   */
  public void writeDocument(Iterable<Analysis> analyses, Iterable<Failure> failures, Writer out) throws IOException {
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("schemaVersion", SCHEMA_VERSION);
      g.writeArrayFieldStart("articles");
      for (Analysis a : analyses) {
        MAPPER.writeTree(g, toTree(a));
      }
      g.writeEndArray();
      g.writeArrayFieldStart("failures");
      for (Failure f : failures) {
        MAPPER.writeValue(g, f);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** An input that could not be analysed, as listed in a batch document. */
  public record Failure(String input, String reason) {}

  /** The shared mapper's view of any value, for renderers that embed JSON. */
  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Layer names the renderer treats specially. */
  static final Set<String> STRUCTURAL = Set.of("paragraphs", "sentences", "tokens");

  private static void putIfPresent(ObjectNode o, String field, String value) {
    if (value != null) {
      o.put(field, value);
    }
  }
}
