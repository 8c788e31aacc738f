package dev.scrutiny.entities;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The gender an article gives a person, as far as it shows, so that "he" is not taken for the woman named
 * just before: an honorific before a mention ("Mrs. Clinton", "Mr. Obama"), a gendered role ("the
 * congresswoman", "his wife", "Queen"), or a given name that names one gender only ("Hillary", "Volodymyr";
 * hand-written lists under {@code lexicon/}). An honorific outweighs a role, a role a given name; evidence
 * that contradicts itself at the same rank gives {@link #UNKNOWN}.
 *
 * <pre>{@code
 * Gender g = Gender.of(entity, article.text());
 * if (g.agreesWith(Gender.ofPronoun("she"))) { … }
 * }</pre>
 */
public enum Gender {
  MALE, FEMALE,
  /** Nothing in the article tells, or what it tells disagrees. */
  UNKNOWN;

  private static final Set<String> MALE_NAMES = names("male-names.txt");
  private static final Set<String> FEMALE_NAMES = names("female-names.txt");
  private static final Set<String> MALE_HONORIFICS = Set.of("mr", "mr.", "sir", "lord", "monsieur", "herr");
  private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame",
      "lady", "dame", "mme", "mme.", "frau");
  private static final Set<String> MALE_ROLE_WORDS = Set.of("husband", "father", "son", "brother", "king", "prince",
      "grandfather", "grandson", "boyfriend", "uncle", "nephew", "duke", "emperor", "tsar", "sultan", "widower",
      "spokesman", "congressman", "businessman", "chairman", "councilman", "assemblyman", "alderman", "frontman",
      "anchorman", "gunman", "actor", "patriarch", "pope", "archbishop", "bishop", "sheikh", "ayatollah", "emir");
  private static final Set<String> FEMALE_ROLE_WORDS = Set.of("wife", "mother", "daughter", "sister", "queen",
      "princess", "grandmother", "granddaughter", "girlfriend", "aunt", "niece", "duchess", "empress", "widow",
      "spokeswoman", "congresswoman", "businesswoman", "chairwoman", "councilwoman", "assemblywoman", "actress",
      "lady", "baroness", "countess", "nun", "abbess");

  /** MALE for he/him/his/himself, FEMALE for she/her/hers/herself, else UNKNOWN. */
  public static Gender ofPronoun(String word) {
    return switch (word.strip().toLowerCase(Locale.ROOT)) {
      case "he", "him", "his", "himself" -> MALE;
      case "she", "her", "hers", "herself" -> FEMALE;
      default -> UNKNOWN;
    };
  }

  /** MALE for "Mr", FEMALE for "Mrs", "Ms" and the like (lower-cased), else UNKNOWN. */
  static Gender ofHonorific(String lowerWord) {
    return MALE_HONORIFICS.contains(lowerWord) ? MALE : FEMALE_HONORIFICS.contains(lowerWord) ? FEMALE : UNKNOWN;
  }

  /** The gender of a lower-cased given name on one of the two lists, else UNKNOWN. */
  static Gender ofGivenName(String lowerName) {
    return MALE_NAMES.contains(lowerName) ? MALE : FEMALE_NAMES.contains(lowerName) ? FEMALE : UNKNOWN;
  }

  /** Whether a person of this gender may be referred to as one of {@code other}: UNKNOWN agrees with all. */
  public boolean agreesWith(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }

  /** The gender {@code text} gives the person {@code e}; UNKNOWN for an entity that is not a person. */
  public static Gender of(Entity e, CharSequence text) {
    if (e.type() != EntityType.PERSON) {
      return UNKNOWN;
    }
    return of(e.name(), e.mentions(), e.roles(), text);
  }

  static Gender of(String name, List<Mention> mentions, Collection<String> roles, CharSequence text) {
    boolean male = false;
    boolean female = false;
    List<String> nameWords = words(name);
    if (!nameWords.isEmpty()) {
      male = MALE_HONORIFICS.contains(nameWords.get(0));
      female = FEMALE_HONORIFICS.contains(nameWords.get(0));
    }
    for (Mention m : mentions) {
      if (m.kind() == MentionKind.NAME) {
        for (String w : List.of(wordBefore(text, m.start()), firstWord(text, m.start(), m.end()))) {
          male |= MALE_HONORIFICS.contains(w);
          female |= FEMALE_HONORIFICS.contains(w);
        }
      }
    }
    if (male || female) {
      return male == female ? UNKNOWN : male ? MALE : FEMALE;
    }
    for (String r : roles) {
      for (String w : words(r)) {
        male |= MALE_ROLE_WORDS.contains(w);
        female |= FEMALE_ROLE_WORDS.contains(w);
      }
    }
    if (male || female) {
      return male == female ? UNKNOWN : male ? MALE : FEMALE;
    }
    if (nameWords.size() < 2) {
      return UNKNOWN; // a surname alone
    }
    String given = nameWords.get(0);
    return MALE_NAMES.contains(given) ? MALE : FEMALE_NAMES.contains(given) ? FEMALE : UNKNOWN;
  }

  private static List<String> words(String s) {
    return List.of(s.strip().toLowerCase(Locale.ROOT).split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
  }

  /** The lower-cased word that ends just before {@code at} (skipping spaces), or "". */
  private static String wordBefore(CharSequence text, int at) {
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    return text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
  }

  private static String firstWord(CharSequence text, int start, int end) {
    int e = start;
    while (e < end && !Character.isWhitespace(text.charAt(e))) {
      e++;
    }
    return e == end ? "" : text.subSequence(start, e).toString().toLowerCase(Locale.ROOT);
  }

  private static Set<String> names(String file) {
    Set<String> out = new HashSet<>();
    for (String n : HandLexicon.list(file)) {
      out.add(n.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }
}
