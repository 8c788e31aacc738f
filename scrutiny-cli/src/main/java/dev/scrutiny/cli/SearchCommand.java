package dev.scrutiny.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scrutiny.corpus.Corpus;
import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.corpus.SearchHit;
import dev.scrutiny.corpus.SearchQuery;
import dev.scrutiny.corpus.SearchResult;
import dev.scrutiny.corpus.Snippet;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scrutiny search}: full-text search of a corpus, best match first, with filters.
 *
 * <pre>{@code
 * scrutiny search --db war.db --source TASS --from 2025-01-01 "grain corridor"
 * }</pre>
 */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Search a corpus: best match first, each with id, title, source, published and a snippet.")
final class SearchCommand implements Callable<Integer> {

  enum Format { text, jsonl }

  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to find (all of them); \"quoted phrases\"; OR. None: list newest first.")
  List<String> words = new ArrayList<>();

  @Option(names = "--db", required = true, paramLabel = "FILE|URL", description = "Corpus database (SQLite file or postgresql://…).")
  String db;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text or jsonl (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--limit", paramLabel = "N", description = "Most hits shown (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--source", paramLabel = "OUTLET", description = "Only this outlet.")
  String source;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (ISO date).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (ISO date).")
  String to;

  @Option(names = "--language", paramLabel = "CODE", description = "Only this language (en, ru…).")
  String language;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only articles quoting this speaker.")
  String speaker;

  @Option(names = "--place", paramLabel = "NAME", description = "Only articles naming this place.")
  String place;

  @Option(names = "--technique", paramLabel = "LABEL", description = "Only articles using this persuasion technique (e.g. LOADED_LANGUAGE).")
  String technique;

  @Option(names = "--check", paramLabel = "KIND", description = "Only articles with a check flag of this kind.")
  String check;

  @Option(names = "--genre", paramLabel = "GENRE", description = "Only this genre: REPORTING, OPINION or SATIRE.")
  String genre;

  @Option(names = "--side", paramLabel = "SIDE", description = "Only articles quoting a speaker of this side: RUSSIAN, UKRAINIAN or OTHER.")
  String side;

  @Option(names = "--facets", description = "Also count all matches per outlet, year, month, language, genre, side, technique and check kind.")
  boolean facets;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be >= 0, got " + limit);
    }
    SearchQuery q = SearchQuery.of(String.join(" ", words)).withSource(source).withFrom(date("--from", from))
        .withTo(date("--to", to)).withLanguage(language).withSpeaker(speaker).withPlace(place)
        .withTechnique(technique).withCheckKind(check).withGenre(genre).withSide(side).withLimit(limit)
        .withFacets(facets);
    PrintWriter out = spec.commandLine().getOut();
    try (CorpusStore store = Corpus.open(db)) {
      SearchResult r = store.search(q);
      if (format == Format.jsonl) {
        jsonl(r, out);
      } else {
        text(r, out, Terminal.stdoutIsTerminal());
      }
    }
    out.flush();
    return 0;
  }

  private LocalDate date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          option + ": not a date: '" + value + "' (expected e.g. 2025-04-26)");
    }
  }

  private static void jsonl(SearchResult r, PrintWriter out) throws Exception {
    for (SearchHit h : r.hits()) {
      ObjectNode o = JSON.createObjectNode();
      o.put("id", h.id());
      o.put("title", h.title());
      o.put("source", h.source());
      o.put("published", h.published());
      o.put("language", h.language());
      o.put("score", Math.round(h.score() * 1e4) / 1e4);
      o.put("snippet", h.snippet().text());
      var marks = o.putArray("highlights");
      for (Snippet.Highlight m : h.snippet().highlights()) {
        marks.addArray().add(m.start()).add(m.end());
      }
      out.println(JSON.writeValueAsString(o));
    }
    if (!r.facets().isEmpty()) {
      ObjectNode o = JSON.createObjectNode();
      o.put("total", r.total());
      o.put("totalExact", r.totalExact());
      o.set("facets", JSON.valueToTree(r.facets()));
      out.println(JSON.writeValueAsString(o));
    }
  }

  private static void text(SearchResult r, PrintWriter out, boolean ansi) {
    out.printf(Locale.ROOT, "%s match%s%n", r.totalText(), r.total() == 1 && r.totalExact() ? "" : "es");
    int n = 0;
    for (SearchHit h : r.hits()) {
      out.printf(Locale.ROOT, "%n%d. %s  %s  %s%n   %s%n", ++n, h.id(), safe(h.published()), safe(h.source()),
          safe(h.title() == null ? "(no title)" : h.title()));
      String marked = h.snippet().marked(ansi ? "\033[1m" : "[", ansi ? "\033[0m" : "]");
      out.println("   " + (ansi ? marked.replaceAll("[\\p{Cntrl}&&[^\033]]", " ") : safe(marked)));
    }
    for (Map.Entry<String, List<SearchResult.FacetCount>> f : r.facets().entrySet()) {
      StringBuilder line = new StringBuilder(f.getKey()).append(':');
      for (SearchResult.FacetCount c : f.getValue()) {
        line.append(' ').append(safe(c.value())).append(" (").append(c.count()).append(')');
      }
      out.println((f.getKey().equals("source") ? "\n" : "") + line);
    }
  }

  /** Untrusted text for a terminal: control characters (escape sequences included) become spaces. */
  static String safe(String s) {
    return s == null ? "-" : s.replaceAll("\\p{Cntrl}", " ");
  }
}
