package dev.scrutiny.entities;

import java.util.ArrayList;
import java.util.List;

/** A typed token range {@code [start, end)} of one sentence; {@code type} is a CoNLL type (PER, ORG, LOC, MISC). */
record Chunk(String type, int start, int end) {

  /** Chunks of an IOB2 tag sequence; a stray {@code I-} starts a chunk (conlleval convention). */
  static List<Chunk> fromIob2(List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String t = tag.equals("O") ? null : tag.substring(2);
      boolean continues = t != null && tag.startsWith("I-") && t.equals(type);
      if (!continues) {
        if (type != null) {
          out.add(new Chunk(type, start, i));
        }
        type = t;
        start = i;
      }
    }
    return out;
  }
}
