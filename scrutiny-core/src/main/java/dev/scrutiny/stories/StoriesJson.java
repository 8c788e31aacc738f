package dev.scrutiny.stories;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

  // --- reading ------------------------------------------------------------------------------------

  private static final com.fasterxml.jackson.databind.ObjectMapper READER = new com.fasterxml.jackson.databind.ObjectMapper();

  /**
   * Reads back a document this class wrote (or any part of one: absent arrays are empty); failures are
   * not part of the report and are skipped.
   *
   * @param label names the input in error messages
   * @throws IllegalArgumentException naming {@code label} when the JSON is not such a document
   */
  public static CrossSourceReport read(String json, String label) {
    try {
      JsonNode root = READER.readTree(json);
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException("not a JSON object");
      }
      List<Story> stories = new ArrayList<>();
      for (JsonNode s : root.path("stories")) {
        stories.add(new Story(req(s, "id"), strings(s.path("articles")), opt(s, "title"), day(opt(s, "first")),
            day(opt(s, "last"))));
      }
      List<Duplicate> duplicates = new ArrayList<>();
      for (JsonNode d : root.path("duplicates")) {
        duplicates.add(new Duplicate(req(d, "a"), req(d, "b"), kind(req(d, "kind")), d.path("similarity").asDouble(),
            opt(d, "first")));
      }
      List<AlignedStatement> statements = new ArrayList<>();
      for (JsonNode s : root.path("statements")) {
        List<AlignedStatement.Version> versions = new ArrayList<>();
        for (JsonNode v : s.path("articles")) {
          versions.add(new AlignedStatement.Version(req(v, "article"), req(v, "source"), v.path("span").path("start").asInt(),
              v.path("span").path("end").asInt(), req(v, "text"), opt(v, "cue"), req(v, "stance"), req(v, "kind"),
              v.path("variant").asBoolean(), strings(v.path("omitted"))));
        }
        statements.add(new AlignedStatement(req(s, "story"), req(s, "speakerKey"), req(s, "speaker"), versions,
            strings(s.path("notReportedBy"))));
      }
      List<OutletProfile> outlets = new ArrayList<>();
      for (JsonNode o : root.path("outlets")) {
        outlets.add(new OutletProfile(req(o, "source"), o.path("articles").asInt(), o.path("words").asInt(),
            o.path("techniquesPer1000Words").asDouble(), o.path("loadedTermsPer1000Words").asDouble(),
            counts(o.path("sideMarkers")), counts(o.path("toponyms")), o.path("anonymousShare").asDouble(),
            counts(o.path("quotesPerSide")), o.path("authorVoiceShare").asDouble(), counts(o.path("genres")),
            counts(o.path("cues")), o.path("loadedCueShare").asDouble()));
      }
      return new CrossSourceReport(stories, duplicates, statements,
          findings(root.path("contradictions"), Finding.Relation.CONTRADICTION),
          findings(root.path("updates"), Finding.Relation.UPDATE),
          findings(root.path("agreements"), Finding.Relation.AGREEMENT), outlets);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(label + ": not a stories document: " + e.getMessage(), e);
    }
  }

  private static List<Finding> findings(JsonNode array, Finding.Relation relation) {
    List<Finding> out = new ArrayList<>();
    for (JsonNode f : array) {
      JsonNode p = f.path("passages");
      if (p.size() != 2) {
        throw new IllegalArgumentException("a finding needs two passages, got " + p.size());
      }
      out.add(new Finding(req(f, "story"), relation, Finding.Kind.valueOf(req(f, "kind").toUpperCase(Locale.ROOT)),
          req(f, "subject"), passage(p.get(0)), passage(p.get(1)), req(f, "explanation")));
    }
    return out;
  }

  private static Passage passage(JsonNode p) {
    return new Passage(req(p, "article"), req(p, "source"), day(opt(p, "published")), p.path("start").asInt(),
        p.path("end").asInt(), req(p, "text"));
  }

  private static DuplicateKind kind(String name) {
    for (DuplicateKind k : DuplicateKind.values()) {
      if (k.jsonName().equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown duplicate kind '" + name + "'");
  }

  private static Map<String, Integer> counts(JsonNode o) {
    Map<String, Integer> m = new LinkedHashMap<>();
    o.properties().forEach(e -> m.put(e.getKey(), e.getValue().asInt()));
    return m;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>(array.size());
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static String req(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing '" + field + "'");
    }
    return v.asText();
  }

  private static @Nullable String opt(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static @Nullable LocalDate day(@Nullable String s) {
    return s == null ? null : LocalDate.parse(s);
  }
}
