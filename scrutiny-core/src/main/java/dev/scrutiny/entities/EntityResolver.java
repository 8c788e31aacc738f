package dev.scrutiny.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups the recognised names of one article into entities (within-article resolution).
 *
 * <ul>
 *   <li>People are keyed by the {@link Transliteration#key} of their surname: "Vladimir Putin",
 *       "Putin" and "Putin's" group; a different given name with the same surname starts a new person.</li>
 *   <li>Other names group by the {@link Transliteration#plainKey} of the whole name; an all-capital acronym joins the organisation
 *       whose initials it spells (NATO).</li>
 *   <li>Titles before a name ("Russian President", "Chief of the General Staff") and appositions
 *       ("Ramzan Kadyrov, the head of Chechnya," / "the head of Chechnya, Ramzan Kadyrov") become roles
 *       ({@link RoleFinder}).</li>
 *   <li>A stated role found again later with "the" ("the Russian president") is a NOMINAL mention.</li>
 *   <li>he/him/his/she/her is a PRONOUN mention of the one person named since the start of the previous
 *       sentence whose {@link Gender} agrees with it ("Hillary Clinton thanked Bernie Sanders. He …" is
 *       Sanders); with two or more candidates it is left alone.</li>
 * </ul>
 * One instance per article; not thread-safe.
 */
final class EntityResolver {

  static final Set<String> PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
  static final Set<String> ORG_SUFFIXES = Set.of("group", "company", "corporation", "party", "movement",
      "battalion", "brigade", "regiment", "corps", "division", "army", "fund", "foundation", "bank");
  /** A few well-worn descriptions, used only when the article names that person too. */
  static final Map<String, String> CURATED_NOMINALS = Map.of(
      "the kremlin leader", "putin",
      "the kremlin chief", "putin",
      "the russian leader", "putin",
      "the ukrainian leader", "zelensky",
      "the chechen leader", "kadyrov");

  private final ArticleTokens doc;
  private final List<Group> groups = new ArrayList<>();
  private final EntityType[] tokenType;
  private final Group[] tokenGroup;
  private final HashMap<String, String> keys = new HashMap<>();

  EntityResolver(ArticleTokens doc) {
    this.doc = doc;
    this.tokenType = new EntityType[doc.size];
    this.tokenGroup = new Group[doc.size];
  }

  private static final class Group {
    EntityType type;
    String key;
    String surname;
    String given;
    String givenWord; // the given name as written, lower-cased (its gender is read from the lists of names)
    String name = "";
    int nameScore; // the score of the name: twice its words without honorifics, plus one without any
    int firstStart = Integer.MAX_VALUE;
    final List<Mention> mentions = new ArrayList<>();
    final LinkedHashSet<String> roles = new LinkedHashSet<>();
  }

  List<Entity> resolve(List<Found> found) {
    List<Found> sorted = new ArrayList<>();
    List<Found> byStart = new ArrayList<>(found);
    byStart.sort(Comparator.comparingInt(Found::first).thenComparingInt(f -> -f.end()));
    int covered = 0;
    for (Found f : byStart) {
      if (f.first() >= covered && f.end() > f.first() && f.end() <= doc.size) {
        sorted.add(f); // overlapping names: the earlier, then longer, one wins
        covered = f.end();
      }
    }
    for (Found f : sorted) {
      for (int i = f.first(); i < f.end(); i++) {
        tokenType[i] = f.type();
      }
    }
    for (Found f : sorted) {
      if (f.end() <= f.first()) {
        continue;
      }
      Group g = attach(f);
      for (int i = f.first(); i < f.end(); i++) {
        tokenGroup[i] = g;
      }
    }
    RoleFinder roleFinder = new RoleFinder(doc, tokenType);
    for (Found f : sorted) {
      Group g = tokenGroup[f.first()];
      if (g != null && g.type == EntityType.PERSON) {
        roleFinder.find(f, g.roles);
      }
    }
    nominals();
    pronouns();
    List<Entity> out = new ArrayList<>();
    groups.sort(Comparator.comparingInt(g -> g.firstStart));
    int id = 1;
    for (Group g : groups) {
      g.mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
      out.add(new Entity("e" + id++, g.type, g.name, g.key, g.mentions, List.copyOf(g.roles)));
    }
    return out;
  }

  // ---------------------------------------------------------------- grouping names

  private String key(String name) {
    return keys.computeIfAbsent(name, Transliteration::key);
  }

  private String plainKey(String name) {
    return keys.computeIfAbsent("\u0000" + name, n -> Transliteration.plainKey(name));
  }

  private Group attach(Found f) {
    int first = f.first();
    int end = f.end();
    String text = doc.text.substring(doc.start[first], doc.end[end - 1]);
    String fullKey = f.type() == EntityType.PERSON ? key(text) : plainKey(text);
    EntityType type = f.type();
    Group match = null;
    if (type == EntityType.PERSON) {
      String surname = key(doc.word(end - 1));
      if (surname.isEmpty()) {
        surname = fullKey; // a name ending in punctuation
      }
      int nameFirst = afterHonorifics(first, end); // "Mr Lukashenko" is Alexander Lukashenko: "Mr" is no given name
      String given = end - nameFirst > 1 ? key(doc.word(nameFirst)) : null;
      Gender honorific = nameFirst > first ? Gender.ofHonorific(doc.lower(first)) : Gender.UNKNOWN;
      if (given != null && given.isEmpty()) {
        given = null;
      }
      for (int k = groups.size() - 1; k >= 0 && match == null; k--) {
        Group g = groups.get(k);
        // "Mrs Clinton" is not Bill Clinton
        if (g.type == EntityType.PERSON && surname.equals(g.surname)
            && (given == null || g.given == null || compatibleGiven(given, g.given))
            && (g.givenWord == null || honorific.agreesWith(Gender.ofGivenName(g.givenWord)))) {
          match = g;
        }
      }
      if (match == null) {
        match = newGroup(type, surname);
        match.surname = surname;
      }
      if (match.given == null && given != null) {
        match.given = given;
        match.givenWord = doc.lower(nameFirst);
      }
    } else {
      for (int k = groups.size() - 1; k >= 0 && match == null; k--) {
        Group g = groups.get(k);
        if (end - first == 1 && g.type == EntityType.PERSON && key(text).equals(g.surname)
            && doc.capitalised(first) && type != EntityType.NORP) {
          match = g; // a surname the model typed as something else
        } else if (g.type == type && fullKey.equals(g.key)) {
          match = g;
        } else if (type == EntityType.ORGANIZATION && g.type == type && (acronymOf(text, g.name)
            || acronymOf(g.name, text) || sameOrg(fullKey, g.key))) {
          match = g;
        }
      }
      if (match == null) {
        match = newGroup(type, fullKey);
      }
    }
    match.mentions.add(new Mention(doc.start[first], doc.end[end - 1], MentionKind.NAME));
    match.firstStart = Math.min(match.firstStart, doc.start[first]);
    // the longest name, an honorific not counted, and of two as long the one without it ("Alexander Lukashenko", not
    // "Mr Lukashenko")
    int honorifics = type == EntityType.PERSON ? afterHonorifics(first, end) - first : 0;
    int score = 2 * (end - first - honorifics) + (honorifics == 0 ? 1 : 0);
    if (score > match.nameScore) {
      match.name = text;
      match.nameScore = score;
    }
    return match;
  }

  /** The first token of a name from token {@code first} to {@code end} after its honorifics ("Mr", "Ms", "Dr"). */
  private int afterHonorifics(int first, int end) {
    int i = first;
    while (i < end - 1 && RoleFinder.HONORIFICS.contains(doc.lower(i))) {
      i++;
    }
    return i;
  }

  private Group newGroup(EntityType type, String key) {
    Group g = new Group();
    g.type = type;
    g.key = key;
    groups.add(g);
    return g;
  }

  private static boolean compatibleGiven(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    return a.equals(b) || a.charAt(0) == b.charAt(0) && (a.length() <= 2 || b.length() <= 2)
        || a.length() >= 3 && b.length() >= 3 && a.substring(0, 3).equals(b.substring(0, 3));
  }

  /** Whether {@code acronym} (one all-capital word) spells the initials of {@code name}'s main words. */
  static boolean acronymOf(String acronym, String name) {
    if (acronym.length() < 2 || acronym.contains(" ") || !NerFeatures.isAllCaps(acronym)) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        initials.append(w.charAt(0));
      }
    }
    return initials.length() >= 2 && initials.toString().equals(acronym.replace(".", ""));
  }

  private static boolean sameOrg(String a, String b) {
    String shorter = a.length() < b.length() ? a : b;
    String longer = a.length() < b.length() ? b : a;
    if (!longer.startsWith(shorter + " ")) {
      return false;
    }
    String rest = longer.substring(shorter.length() + 1);
    return ORG_SUFFIXES.contains(rest);
  }

  // ---------------------------------------------------------------- nominal and pronoun mentions

  private void nominals() {
    String lower = doc.text.toLowerCase(Locale.ROOT);
    record Candidate(String phrase, Group group) {}
    List<Candidate> candidates = new ArrayList<>();
    Map<String, Integer> heads = holders(EntityResolver::roleHead);
    Map<String, Integer> titles = holders(EntityResolver::roleTitle);
    for (Group g : groups) {
      if (g.type != EntityType.PERSON) {
        continue;
      }
      Set<String> phrases = new LinkedHashSet<>();
      for (String role : g.roles) {
        String r = role.toLowerCase(Locale.ROOT);
        String title = roleTitle(r);
        if (r.length() > 4 && !r.endsWith(".") && (r.contains(" ") || heads.get(r) == 1)) {
          phrases.add("the " + r); // a bare "President" only when no one else is a president
        }
        if (!title.equals(r) && title.contains(" ") && titles.get(title) == 1) {
          phrases.add("the " + title); // "the prime minister" for the "Prime Minister of Canada"
        }
        String head = roleHead(r);
        if (RoleFinder.TITLES.contains(head) && !head.endsWith(".") && heads.get(head) == 1) {
          phrases.add("the " + head);
          if (head.equals("president")) {
            phrases.add("the head of state"); // how official readouts name the president after the first mention
          }
        }
      }
      for (Map.Entry<String, String> e : CURATED_NOMINALS.entrySet()) {
        if (e.getValue().equals(g.surname)) {
          phrases.add(e.getKey());
        }
      }
      for (String p : phrases) {
        candidates.add(new Candidate(p, g));
      }
    }
    // the longest phrase first: "the head of the office of the president" is Yermak's before "the president" is anyone's
    candidates.sort(Comparator.comparingInt((Candidate c) -> -c.phrase().length()));
    for (Candidate c : candidates) {
      String p = c.phrase();
      for (int at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + 1)) {
        int end = at + p.length();
        boolean bounded = (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
            && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)));
        // "the Office of the President" names an office (a bare title after "of"; "that of the President of Belarus"
        // is his), "the President of Poland" someone else's role
        boolean inOtherPhrase = at >= 3 && lower.startsWith("of ", at - 3) && !c.phrase().substring(4).contains(" ")
            || lower.startsWith(" of ", end);
        if (bounded && !inOtherPhrase && at > c.group().firstStart && !occupied(at, end)) {
          c.group().mentions.add(new Mention(at, end, MentionKind.NOMINAL));
        }
      }
    }
    dropNamesInsideNominals();
  }

  /**
   * The head word of a lower-cased role: the last word before "of", "to" or "for" ("president of ukraine",
   * "adviser to the head of the office"), else the last word ("russian president").
   */
  static String roleHead(String role) {
    String title = roleTitle(role);
    return title.substring(title.lastIndexOf(' ') + 1);
  }

  /** A lower-cased role up to "of", "to" or "for": "prime minister" for "prime minister of canada". */
  static String roleTitle(String role) {
    String[] words = role.split("\\s+");
    for (int i = 1; i < words.length; i++) {
      if (words[i].equals("of") || words[i].equals("to") || words[i].equals("for")) {
        return String.join(" ", java.util.Arrays.copyOf(words, i));
      }
    }
    return role;
  }

  /**
   * Removes the mentions of other names that are a person's nominal mention but for its "the" ("the Head of State",
   * which the model may take for an organisation, is the president; "Russia" in "the President of Russia" stays),
   * and the entities left without a mention.
   */
  private void dropNamesInsideNominals() {
    List<Mention> nominal = new ArrayList<>();
    for (Group g : groups) {
      if (g.type == EntityType.PERSON) {
        for (Mention m : g.mentions) {
          if (m.kind() == MentionKind.NOMINAL) {
            nominal.add(m);
          }
        }
      }
    }
    if (nominal.isEmpty()) {
      return;
    }
    for (Group g : groups) {
      if (g.type != EntityType.PERSON) {
        g.mentions.removeIf(m -> m.kind() == MentionKind.NAME && nominal.stream().anyMatch(n -> m.end() == n.end()
            && n.start() <= m.start() && doc.text.substring(n.start(), m.start()).strip().matches("(?i)(the)?")));
      }
    }
    groups.removeIf(g -> g.mentions.isEmpty());
  }

  /** How many people hold each part of a role that {@code part} reads from a lower-cased role (its head, its title). */
  private Map<String, Integer> holders(java.util.function.UnaryOperator<String> part) {
    Map<String, Integer> n = new HashMap<>();
    for (Group g : groups) {
      if (g.type == EntityType.PERSON) {
        g.roles.stream().map(r -> part.apply(r.toLowerCase(Locale.ROOT))).distinct()
            .forEach(x -> n.merge(x, 1, Integer::sum));
      }
    }
    return n;
  }

  /** Whether a person mention already covers part of {@code [start, end)}; other names may sit inside a nominal. */
  private boolean occupied(int start, int end) {
    for (Group g : groups) {
      if (g.type != EntityType.PERSON) {
        continue;
      }
      for (Mention m : g.mentions) {
        if (m.start() < end && start < m.end()) {
          return true;
        }
      }
    }
    return false;
  }

  private void pronouns() {
    List<Mention> persons = new ArrayList<>();
    List<Group> owners = new ArrayList<>();
    for (Group g : groups) {
      if (g.type == EntityType.PERSON) {
        for (Mention m : g.mentions) {
          persons.add(m);
          owners.add(g);
        }
      }
    }
    if (persons.isEmpty()) {
      return;
    }
    Map<Group, Gender> genders = new IdentityHashMap<>();
    for (Group g : owners) {
      genders.computeIfAbsent(g, x -> Gender.of(x.name, x.mentions, x.roles, doc.text));
    }
    for (int i = 0; i < doc.size; i++) {
      if (!PRONOUNS.contains(doc.lower(i))) {
        continue;
      }
      int sentenceStart = doc.sentenceStart(i);
      int windowStart = sentenceStart > 0 ? doc.start[doc.sentenceStart(sentenceStart - 1)] : 0;
      int at = doc.start[i];
      Group only = null;
      boolean ambiguous = false;
      Gender pronoun = Gender.ofPronoun(doc.lower(i));
      for (int k = 0; k < persons.size(); k++) {
        Mention m = persons.get(k);
        if (m.start() >= windowStart && m.end() <= at && genders.get(owners.get(k)).agreesWith(pronoun)) {
          if (only == null) {
            only = owners.get(k);
          } else if (only != owners.get(k)) {
            ambiguous = true;
          }
        }
      }
      if (only != null && !ambiguous) {
        only.mentions.add(new Mention(at, doc.end[i], MentionKind.PRONOUN));
      }
    }
  }
}
