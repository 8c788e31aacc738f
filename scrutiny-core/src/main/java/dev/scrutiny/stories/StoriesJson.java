package dev.scrutiny.stories;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link CrossSourceReport} as the JSON documented in {@code docs/schema.md} ("Stories"):
 * {@code stories}, {@code duplicates}, {@code statements}, {@code contradictions}, {@code updates},
 * {@code agreements}, {@code outlets} and {@code failures}. Field order is fixed; output is deterministic.
 * Thread-safe.
 */
public final class StoriesJson {

  /** Version of the stories output; bumped on any incompatible change. */
  public static final String SCHEMA_VERSION = "1.0";
  private static final JsonFactory FACTORY = new JsonFactory();

  private StoriesJson() {}

  /** An input that could not be read or analysed. */
  public record Failure(String input, String reason) {}

  public static String toJson(CrossSourceReport r, List<Failure> failures) {
    StringWriter w = new StringWriter();
    write(r, failures, w);
    return w.toString();
  }

  public static void write(CrossSourceReport r, List<Failure> failures, Writer out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("schemaVersion", SCHEMA_VERSION);
      g.writeArrayFieldStart("stories");
      for (Story s : r.stories()) {
        story(g, s);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("duplicates");
      for (Duplicate d : r.duplicates()) {
        g.writeStartObject();
        g.writeStringField("a", d.a());
        g.writeStringField("b", d.b());
        g.writeStringField("kind", d.kind().jsonName());
        g.writeNumberField("similarity", d.similarity());
        g.writeStringField("first", d.first());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("statements");
      for (AlignedStatement s : r.statements()) {
        statement(g, s);
      }
      g.writeEndArray();
      findings(g, "contradictions", r.contradictions());
      findings(g, "updates", r.updates());
      findings(g, "agreements", r.agreements());
      g.writeArrayFieldStart("outlets");
      for (OutletProfile o : r.outlets()) {
        outlet(g, o);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("failures");
      for (Failure f : failures) {
        g.writeStartObject();
        g.writeStringField("input", f.input());
        g.writeStringField("reason", f.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void story(JsonGenerator g, Story s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeArrayFieldStart("articles");
    for (String a : s.articles()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeStringField("title", s.title());
    g.writeStringField("first", date(s.first()));
    g.writeStringField("last", date(s.last()));
    g.writeEndObject();
  }

  private static void statement(JsonGenerator g, AlignedStatement s) throws IOException {
    g.writeStartObject();
    g.writeStringField("story", s.story());
    g.writeStringField("speaker", s.name());
    g.writeStringField("speakerKey", s.speaker());
    g.writeArrayFieldStart("articles");
    for (AlignedStatement.Version v : s.versions()) {
      g.writeStartObject();
      g.writeStringField("article", v.article());
      g.writeStringField("source", v.source());
      g.writeObjectFieldStart("span");
      g.writeNumberField("start", v.start());
      g.writeNumberField("end", v.end());
      g.writeEndObject();
      g.writeStringField("text", v.text());
      g.writeStringField("cue", v.cue());
      g.writeStringField("stance", v.stance());
      g.writeStringField("kind", v.kind());
      g.writeBooleanField("variant", v.variant());
      g.writeArrayFieldStart("omitted");
      for (String o : v.omitted()) {
        g.writeString(o);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notReportedBy");
    for (String a : s.notReported()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void findings(JsonGenerator g, String name, List<Finding> list) throws IOException {
    g.writeArrayFieldStart(name);
    for (Finding f : list) {
      g.writeStartObject();
      g.writeStringField("story", f.story());
      g.writeArrayFieldStart("articles");
      g.writeString(f.a().article());
      g.writeString(f.b().article());
      g.writeEndArray();
      g.writeStringField("kind", f.kind().jsonName());
      g.writeStringField("subject", f.subject());
      g.writeArrayFieldStart("passages");
      passage(g, f.a());
      passage(g, f.b());
      g.writeEndArray();
      g.writeStringField("explanation", f.explanation());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void passage(JsonGenerator g, Passage p) throws IOException {
    g.writeStartObject();
    g.writeStringField("article", p.article());
    g.writeStringField("source", p.source());
    g.writeStringField("published", date(p.published()));
    g.writeNumberField("start", p.start());
    g.writeNumberField("end", p.end());
    g.writeStringField("text", p.text());
    g.writeEndObject();
  }

  private static void outlet(JsonGenerator g, OutletProfile o) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", o.source());
    g.writeNumberField("articles", o.articles());
    g.writeNumberField("words", o.words());
    g.writeNumberField("techniquesPer1000Words", o.techniquesPer1000());
    g.writeNumberField("loadedTermsPer1000Words", o.loadedPer1000());
    counts(g, "sideMarkers", o.sideMarkers());
    counts(g, "toponyms", o.toponyms());
    g.writeNumberField("anonymousShare", o.anonymousShare());
    counts(g, "quotesPerSide", o.quotesPerSide());
    g.writeNumberField("authorVoiceShare", o.authorVoiceShare());
    counts(g, "genres", o.genres());
    counts(g, "cues", o.cues());
    g.writeNumberField("loadedCueShare", o.loadedCueShare());
    g.writeEndObject();
  }

  private static void counts(JsonGenerator g, String name, Map<String, Integer> m) throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static @Nullable String date(@Nullable LocalDate d) {
    return d == null ? null : d.toString();
  }
}
