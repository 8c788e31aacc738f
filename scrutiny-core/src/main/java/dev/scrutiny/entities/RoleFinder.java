package dev.scrutiny.entities;

import java.util.Set;

/**
 * Finds the roles stated around a person's name in one article: a title run before the name ("Russian
 * President Vladimir Putin", "Chief of the General Staff Valery Gerasimov", "Gen. X") and appositions
 * after it ("Ramzan Kadyrov, the head of Chechnya, said") or before it ("the head of Chechnya, Ramzan
 * Kadyrov"). A role must hold a title word other than an honorific; connectors and honorifics at its
 * edges are trimmed. Used by {@link EntityResolver}.
 */
final class RoleFinder {

  static final Set<String> TITLES = Set.of("president", "prime", "minister", "chancellor", "secretary", "general",
      "gen.", "gen", "lieutenant", "lt.", "colonel", "col.", "major", "maj.", "captain", "capt.", "sergeant", "sgt.",
      "admiral", "adm.", "marshal", "commander", "commander-in-chief", "chief", "head", "leader", "spokesman",
      "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "ambassador", "envoy", "governor", "mayor",
      "senator", "sen.", "representative", "rep.", "speaker", "director", "chairman", "chairwoman", "ceo",
      "founder", "king", "queen", "prince", "pope", "patriarch", "premier", "president-elect", "commissioner",
      "ombudsman", "prosecutor", "judge", "emir", "sheikh", "ayatollah", "archbishop", "bishop", "officer",
      "official", "lawmaker", "mp", "deputy", "vice");
  /** Words that may stand inside a title but cannot be one on their own. */
  static final Set<String> MODIFIERS = Set.of("top", "senior", "former", "acting", "then", "new", "current",
      "first", "foreign", "defence", "defense", "interior", "finance", "justice", "military", "regional",
      "national", "presidential", "security", "intelligence", "armed", "forces", "staff", "state", "affairs",
      "supreme", "country's", "army", "navy", "air", "ground", "joint", "deputy", "vice", "chief", "press");
  static final Set<String> CONNECTORS = Set.of("of", "the", "for", "and", "'s", "\u2019s", "to", "on");
  static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir",
      "madam", "lady", "lord");
  static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private final ArticleTokens doc;
  /** The type of the name each token belongs to, null outside names. */
  private final EntityType[] tokenType;

  RoleFinder(ArticleTokens doc, EntityType[] tokenType) {
    this.doc = doc;
    this.tokenType = tokenType;
  }

  /** Adds the roles stated around the person name {@code f} to {@code roles}, skipping case-insensitive repeats. */
  void find(Found f, Set<String> roles) {
    titleBefore(f, roles);
    appositionAfter(f, roles);
    appositionBefore(f, roles);
  }

  private boolean isTitle(int i) {
    return TITLES.contains(doc.lower(i));
  }

  private boolean isNamedNonPerson(int i) {
    return tokenType[i] != null && tokenType[i] != EntityType.PERSON || HandLexicon.get().isDemonym(doc.word(i));
  }

  /** "Russian President Vladimir Putin", "Chief of the General Staff Valery Gerasimov", "Gen. X". */
  private void titleBefore(Found f, Set<String> roles) {
    int first = f.first();
    int s = doc.sentence[first];
    int j = first - 1;
    int runStart = first;
    while (j >= 0 && doc.sentence[j] == s && tokenType[j] != EntityType.PERSON && first - j <= 10) {
      String l = doc.lower(j);
      if (TITLES.contains(l) || MODIFIERS.contains(l) || CONNECTORS.contains(l) || doc.capitalised(j)) {
        runStart = j;
        j--;
      } else {
        break;
      }
    }
    while (runStart < first && !(isTitle(runStart) && !HONORIFICS.contains(doc.lower(runStart))
        || isNamedNonPerson(runStart) || MODIFIERS.contains(doc.lower(runStart)) && !CONNECTORS.contains(doc.lower(runStart)))) {
      runStart++;
    }
    addRole(roles, runStart, first);
  }

  /** "Ramzan Kadyrov, the head of Chechnya, said". */
  private void appositionAfter(Found f, Set<String> roles) {
    int i = f.end();
    if (i >= doc.size || !doc.word(i).equals(",") || doc.sentence[i] != doc.sentence[f.first()]) {
      return;
    }
    i++;
    if (i < doc.size && ARTICLES.contains(doc.lower(i))) {
      i++;
    }
    int from = i;
    boolean head = false;
    while (i < doc.size && doc.sentence[i] == doc.sentence[f.first()] && i - from < 12) {
      String w = doc.word(i);
      String l = doc.lower(i);
      if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals(")")) {
        break;
      }
      if (tokenType[i] == EntityType.PERSON) {
        return;
      }
      if (TITLES.contains(l)) {
        head = true;
      } else if (!head && !(MODIFIERS.contains(l) || CONNECTORS.contains(l) || doc.capitalised(i))) {
        return;
      } else if (!Character.isLetterOrDigit(w.charAt(0)) && !l.equals("'s") && !l.equals("\u2019s")
          && !w.equals("-")) {
        return;
      }
      i++;
    }
    boolean closed = i >= doc.size || doc.sentence[i] != doc.sentence[f.first()]
        || ",.;:)".contains(doc.word(i));
    if (head && closed) {
      addRole(roles, from, i);
    }
  }

  /** "the head of Chechnya, Ramzan Kadyrov". */
  private void appositionBefore(Found f, Set<String> roles) {
    int comma = f.first() - 1;
    if (comma < 1 || !doc.word(comma).equals(",") || doc.sentence[comma] != doc.sentence[f.first()]) {
      return;
    }
    int s = doc.sentence[comma];
    int j = comma - 1;
    int from = comma;
    while (j >= 0 && doc.sentence[j] == s && comma - j <= 10) {
      String l = doc.lower(j);
      if (ARTICLES.contains(l) || tokenType[j] == EntityType.PERSON) {
        break;
      }
      if (TITLES.contains(l) || MODIFIERS.contains(l) || CONNECTORS.contains(l) || doc.capitalised(j)) {
        from = j;
        j--;
      } else {
        return;
      }
    }
    boolean opened = j < 0 || doc.sentence[j] != s || ARTICLES.contains(doc.lower(j))
        || !Character.isLetterOrDigit(doc.word(j).charAt(0));
    if (opened && from < comma && isTitleRun(from, comma)) {
      addRole(roles, from, comma);
    }
  }

  private boolean isTitleRun(int from, int to) {
    for (int i = from; i < to; i++) {
      if (isTitle(i) && !HONORIFICS.contains(doc.lower(i))) {
        return true;
      }
    }
    return false;
  }

  private void addRole(Set<String> roles, int from, int to) {
    while (from < to && (CONNECTORS.contains(doc.lower(from)) || HONORIFICS.contains(doc.lower(from)))) {
      from++;
    }
    while (to > from && CONNECTORS.contains(doc.lower(to - 1))) {
      to--;
    }
    if (from >= to || !isTitleRun(from, to)) {
      return;
    }
    String role = doc.text.substring(doc.start[from], doc.end[to - 1]).replaceAll("\\s+", " ");
    for (String r : roles) {
      if (r.equalsIgnoreCase(role)) {
        return;
      }
    }
    roles.add(role);
  }
}
