package dev.scrutiny.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scrutiny.article.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Streams the results of a JSON-lines input, one line at a time: each line one object whose string
 * {@code text} is required and whose other fields go through {@link ArticleRecords}; blank lines are
 * passed over; a line over the limit, not JSON, or not an object fails alone, naming its line.
 */
final class JsonLinesSource extends LookAhead<IngestResult> implements ResultSource {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ArticleRecords.Shape SHAPE = new ArticleRecords.Shape("field \"text\"", List.of("id"));

  private final Input input;
  private final InputStream in;
  private final LineReader lines;
  private final ArticleRecords records;
  private final long maxBytes;

  /** Reads {@code in}, which must support mark, past a leading byte-order mark. */
  JsonLinesSource(Input input, InputStream in, ArticleRecords records, long maxBytes) throws IOException {
    this.input = input;
    this.in = in;
    this.lines = new LineReader(in, Math.min(maxBytes, Limits.ARRAY_LIMIT));
    this.records = records;
    this.maxBytes = maxBytes;
    InputStreams.skipBom(in);
  }

  @Override
  protected @Nullable IngestResult fetch() {
    LineReader.Line line;
    try {
      line = lines.next();
    } catch (IOException e) {
      close();
      return new IngestResult.Failed(Origin.of(input.name()), "cannot read: " + InputStreams.message(e));
    }
    if (line == null) {
      close();
      return null;
    }
    return parseLine(line);
  }

  /** The result for one line, or null for a blank line. */
  private @Nullable IngestResult parseLine(LineReader.Line line) {
    Origin origin = new Origin(input.name(), line.number());
    if (line.tooLong()) {
      return new IngestResult.Failed(origin, Limits.tooLarge("the line", line.length(), maxBytes));
    }
    byte[] bytes = Objects.requireNonNull(line.bytes());
    if (InputStreams.isBlank(bytes)) {
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      return new IngestResult.Failed(origin, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return new IngestResult.Failed(origin, "not valid JSON: " + InputStreams.message(e));
    }
    if (node == null || !node.isObject()) {
      return new IngestResult.Failed(origin, "expected a JSON object, got " + kind(node));
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      return new IngestResult.Failed(origin, "missing the required field \"text\"");
    }
    if (!textNode.isTextual()) {
      return new IngestResult.Failed(origin, "field \"text\" must be a string, got " + kind(textNode));
    }
    return records.toResult(origin, textNode.asText(), SHAPE, (name, warnings) -> field(node, name, warnings),
        input.baseId() + "#" + line.number(), new ArrayList<>());
  }

  @Override
  public void close() {
    if (!ended()) {
      end();
      InputStreams.closeQuietly(in);
    }
  }

  /** A string field (numbers and booleans as text, an array of strings joined by ", "), or null. */
  private static @Nullable String field(JsonNode node, String name, List<Diagnostic> warnings) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isValueNode()) {
      return SafeText.field(v.asText());
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode e : v) {
        String part = e.isValueNode() ? SafeText.field(e.asText()) : null;
        if (part != null) {
          parts.add(part);
        }
      }
      if (parts.size() == v.size() || allValues(v)) {
        return parts.isEmpty() ? null : String.join(", ", parts);
      }
    }
    warnings.add(Diagnostic.of(ArticleReader.STAGE, "ignored field \"" + name + "\": expected a string, got "
        + kind(v)));
    return null;
  }

  private static boolean allValues(JsonNode array) {
    for (JsonNode e : array) {
      if (!e.isValueNode()) {
        return false;
      }
    }
    return true;
  }

  private static String kind(@Nullable JsonNode node) {
    return node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
