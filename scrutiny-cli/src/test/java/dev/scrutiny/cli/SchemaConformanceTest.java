package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Runs {@code analyze} on the shipped examples and checks every article object against
 * {@code docs/schema/article.schema.json}: required fields, enums, constants and nested definitions.
 * A small checker for the subset of JSON Schema the file uses (type, required, properties, items, $ref,
 * allOf, enum, const), so the documented schema cannot drift from the output.
 */
class SchemaConformanceTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void example_output_conforms_to_the_published_schema() throws Exception {
    JsonNode schema = mapper.readTree(ROOT.resolve("docs/schema/article.schema.json").toFile());
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    int exit = cl.execute("analyze", "--format", "json", "--tokens", ROOT.resolve("examples").toString());
    assertThat(exit).isZero();
    JsonNode doc = mapper.readTree(out.toString());
    assertThat(doc.get("articles").size()).isGreaterThanOrEqualTo(6);
    List<String> problems = new ArrayList<>();
    for (JsonNode article : doc.get("articles")) {
      check(schema, schema, article, article.get("id").asText(), problems);
      for (String layer : List.of("sentences", "entities", "places", "times", "claims", "techniques", "frames", "genre",
          "checks", "markers")) {
        if (!article.get("language").asText().equals("en")) {
          break;
        }
        assertThat(article.has(layer)).as(layer + " in " + article.get("id")).isTrue();
      }
    }
    assertThat(problems).isEmpty();
    assertThat(Files.exists(ROOT.resolve("docs/schema.md"))).isTrue();
  }

  private void check(JsonNode root, JsonNode s, JsonNode v, String path, List<String> problems) {
    if (s.has("$ref")) {
      String ref = s.get("$ref").asText();
      check(root, root.at(ref.substring(1)), v, path, problems);
    }
    if (s.has("allOf")) {
      for (JsonNode sub : s.get("allOf")) {
        check(root, sub, v, path, problems);
      }
    }
    if (s.has("const") && !s.get("const").equals(v)) {
      problems.add(path + ": expected " + s.get("const") + ", got " + v);
    }
    if (s.has("enum")) {
      boolean found = false;
      for (JsonNode e : s.get("enum")) {
        found |= e.equals(v);
      }
      if (!found) {
        problems.add(path + ": " + v + " not in " + s.get("enum"));
      }
    }
    if (s.has("type")) {
      String t = s.get("type").asText();
      boolean ok = switch (t) {
        case "object" -> v.isObject();
        case "array" -> v.isArray();
        case "string" -> v.isTextual();
        case "integer" -> v.isIntegralNumber();
        case "number" -> v.isNumber();
        case "boolean" -> v.isBoolean();
        default -> true;
      };
      if (!ok) {
        problems.add(path + ": expected " + t + ", got " + v.getNodeType());
        return;
      }
    }
    if (s.has("required")) {
      for (JsonNode r : s.get("required")) {
        if (!v.has(r.asText())) {
          problems.add(path + ": missing required '" + r.asText() + "'");
        }
      }
    }
    if (s.has("properties") && v.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = s.get("properties").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> p = it.next();
        if (v.has(p.getKey())) {
          check(root, p.getValue(), v.get(p.getKey()), path + "." + p.getKey(), problems);
        }
      }
    }
    if (s.has("items") && v.isArray()) {
      for (int i = 0; i < v.size(); i++) {
        check(root, s.get("items"), v.get(i), path + "[" + i + "]", problems);
      }
    }
  }
}
