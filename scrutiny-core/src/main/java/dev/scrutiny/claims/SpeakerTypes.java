package dev.scrutiny.claims;

import dev.scrutiny.entities.EntityType;
import dev.scrutiny.ingest.TsvTable;
import java.io.Reader;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides a speaker's {@link SpeakerType} from its resolved entity type and its words, with the
 * phrase lists in {@code speaker-types.tsv}. Immutable and thread-safe.
 */
final class SpeakerTypes {

  static final String RESOURCE = "speaker-types.tsv";
  private static final List<String> HEADER = List.of("type", "phrase");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "some", "many", "several", "unnamed",
      "anonymous", "one", "two", "three", "four", "most", "few", "numerous", "various", "other", "certain");
  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her", "them");

  private final Map<SpeakerType, Set<String>> phrases;

  private SpeakerTypes(Map<SpeakerType, Set<String>> phrases) {
    this.phrases = phrases;
  }

  static SpeakerTypes standard() {
    return Holder.STANDARD;
  }

  /**
   * The type of a speaker.
   *
   * @param text       the speaker text as written ("the Russian Defence Ministry", "he")
   * @param entityType the resolved entity's type, or null when none resolved
   * @param entityName the resolved entity's canonical name, or null
   */
  SpeakerType classify(String text, @Nullable EntityType entityType, @Nullable String entityName) {
    List<String> words = words(text);
    String head = words.isEmpty() ? "" : words.get(words.size() - 1);
    if (entityType == EntityType.PERSON) {
      // an outlet the entity tagger took for a person ("TASS reported") is still an outlet
      // (a short phrase only: "Reuters correspondent Ivan Petrov" is a person)
      return words.size() <= 3 && matches(words, SpeakerType.MEDIA) ? SpeakerType.MEDIA : SpeakerType.PERSON;
    }
    if (entityType != null) {
      List<String> name = words(entityName == null ? text : entityName);
      if (matches(name, SpeakerType.MEDIA)) {
        return SpeakerType.MEDIA;
      }
      if (entityType == EntityType.LOCATION || matches(name, SpeakerType.GOVERNMENT)) {
        return SpeakerType.GOVERNMENT;
      }
      return entityType == EntityType.NORP ? SpeakerType.ANONYMOUS : SpeakerType.ORGANIZATION;
    }
    if (words.isEmpty() || PRONOUNS.contains(head) && words.size() == 1) {
      return SpeakerType.ANONYMOUS;
    }
    // "officials in Kharkiv", "the mayor of Mariupol": the head comes before the place
    String core = beforePlace(text);
    List<String> coreWords = words(core);
    head = coreWords.isEmpty() ? head : coreWords.get(coreWords.size() - 1);
    if (INDEFINITE.contains(words.get(0)) || phrases.get(SpeakerType.ANONYMOUS).contains(head)) {
      return SpeakerType.ANONYMOUS;
    }
    if (matches(words, SpeakerType.MEDIA)) {
      return SpeakerType.MEDIA;
    }
    if (matches(words, SpeakerType.GOVERNMENT)) {
      return SpeakerType.GOVERNMENT;
    }
    String stripped = core.strip();
    String lastWord = stripped.substring(stripped.lastIndexOf(' ') + 1);
    // a lone word before a place is a capitalised opening ("Representatives of the regions"), not a name
    // nor is a day that ends a description ("Satellite images taken on Tuesday")
    boolean capitalised = !lastWord.isEmpty() && Character.isUpperCase(lastWord.charAt(0))
        && !(core.length() < text.length() && coreWords.size() == 1)
        && !ClaimWords.isTimeWord(lastWord.toLowerCase(Locale.ROOT));
    if (capitalised) {
      return SpeakerType.PERSON;
    }
    return words.contains("president") || words.contains("minister") || words.contains("leader")
        ? SpeakerType.PERSON : SpeakerType.ANONYMOUS;
  }

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\S+");

  /**
   * {@code text} up to a preposition of {@link ClaimWords#PLACE_PREPOSITIONS} or a word of allegiance after its first
   * word ("officials in Kharkiv" → "officials", "separatists backed by Russia" → "separatists"), else all of it.
   */
  private static String beforePlace(String text) {
    java.util.regex.Matcher w = WORD.matcher(text);
    boolean first = true;
    while (w.find()) {
      String word = w.group().toLowerCase(Locale.ROOT);
      if (!first && (ClaimWords.PLACE_PREPOSITIONS.contains(word) || ClaimWords.ALLEGIANCES.contains(word))) {
        return text.substring(0, w.start()); // "officials in Kharkiv", "fighters loyal to Kadyrov"
      }
      first = false;
    }
    return text;
  }

  private boolean matches(List<String> words, SpeakerType type) {
    String joined = " " + String.join(" ", words) + " ";
    for (String p : phrases.get(type)) {
      if (joined.contains(" " + p + " ")) {
        return true;
      }
    }
    return false;
  }

  static List<String> words(String text) {
    return List.of(text.toLowerCase(Locale.ROOT).replace("’", "'").replaceAll("'s\\b", " 's")
        .split("[^\\p{L}\\p{Nd}'-]+")).stream().filter(w -> !w.isEmpty()).toList();
  }

  /**
   * Reads a table of columns {@code type} and {@code phrase}; {@code name} names it in errors.
   *
   * @throws IllegalArgumentException naming the row for an unknown type or an empty phrase
   */
  static SpeakerTypes read(String name, Reader in) {
    Map<SpeakerType, Set<String>> m = new EnumMap<>(SpeakerType.class);
    for (SpeakerType t : SpeakerType.values()) {
      m.put(t, new HashSet<>());
    }
    for (TsvTable.Row r : TsvTable.read(name, in, HEADER)) {
      SpeakerType type;
      try {
        type = SpeakerType.valueOf(r.required(0));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown speaker type '" + r.cell(0) + "'");
      }
      m.get(type).add(String.join(" ", words(r.required(1))));
    }
    m.replaceAll((k, v) -> Set.copyOf(v));
    return new SpeakerTypes(m);
  }

  private static final class Holder {
    static final SpeakerTypes STANDARD = ClaimTables.load(RESOURCE, "speaker type lexicon", SpeakerTypes::read);
  }
}
