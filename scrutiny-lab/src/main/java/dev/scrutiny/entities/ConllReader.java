package dev.scrutiny.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 NER files: one token per line with the NER tag in the last column, a blank line
 * between sentences and {@code -DOCSTART-} lines between documents. IOB1 tags (as in the original
 * release) and IOB2 tags are both accepted and returned as IOB2.
 *
 * <pre>{@code
 * List<ConllDocument> docs = ConllReader.read(Path.of("eng.testa"));
 * }</pre>
 */
public final class ConllReader {

  private ConllReader() {}

  /**
   * Reads a file.
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException naming the line when a token line has fewer than two columns
   */
  public static List<ConllDocument> read(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CoNLL file " + file, e);
    }
  }

  /** Reads CoNLL lines from a reader; {@code name} is used in error messages. */
  public static List<ConllDocument> read(BufferedReader in, String name) throws IOException {
    List<ConllDocument> docs = new ArrayList<>();
    List<ConllSentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      String t = line.strip();
      if (t.isEmpty()) {
        flushSentence(sentences, words, tags);
        continue;
      }
      String[] cols = t.split("\\s+");
      if (cols[0].equals("-DOCSTART-")) {
        flushSentence(sentences, words, tags);
        if (!sentences.isEmpty()) {
          docs.add(new ConllDocument(sentences));
          sentences = new ArrayList<>();
        }
        continue;
      }
      if (cols.length < 2) {
        throw new IllegalArgumentException(
            name + ":" + lineNo + ": expected 'token … tag' columns, got '" + line + "'");
      }
      words.add(cols[0]);
      tags.add(cols[cols.length - 1]);
    }
    flushSentence(sentences, words, tags);
    if (!sentences.isEmpty()) {
      docs.add(new ConllDocument(sentences));
    }
    return docs;
  }

  private static void flushSentence(List<ConllSentence> sentences, List<String> words, List<String> tags) {
    if (words.isEmpty()) {
      return;
    }
    sentences.add(new ConllSentence(words, toIob2(tags)));
    words.clear();
    tags.clear();
  }

  /** Converts IOB1 (a chunk starts with {@code I-} unless it follows one of the same type) to IOB2. */
  static List<String> toIob2(List<String> tags) {
    List<String> out = new ArrayList<>(tags.size());
    String prevType = null;
    for (String tag : tags) {
      if (tag.equals("O")) {
        out.add("O");
        prevType = null;
        continue;
      }
      String type = tag.length() > 2 ? tag.substring(2) : tag;
      boolean begin = tag.startsWith("B-") || !type.equals(prevType);
      out.add((begin ? "B-" : "I-") + type);
      prevType = type;
    }
    return out;
  }
}
