package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.entities.EntityType;
import dev.scrutiny.entities.Gender;
import dev.scrutiny.entities.Mention;
import dev.scrutiny.entities.MentionKind;
import dev.scrutiny.text.Sentence;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link Draft} into a {@link Claim}: names the speaker (the entity its words mention, the
 * antecedent of "who", the person "he" refers back to, the speaker of the transcript turn an "I" speaks in, the
 * entity holding a role such as "the Russian president"), types it, gives its side, and adds the date, hedge and check-worthiness. Immutable.
 */
final class SpeakerResolver {

  private final SpeakerTypes types;
  private final SpeakerSides sides;
  private final SpeakerPhrases phrases;
  private final CheckWorthiness checkWorthiness;
  private final ColonLeadRule turns;

  SpeakerResolver(SpeakerTypes types, SpeakerSides sides, SpeakerPhrases phrases, CheckWorthiness checkWorthiness,
                  ColonLeadRule turns) {
    this.types = types;
    this.sides = sides;
    this.phrases = phrases;
    this.checkWorthiness = checkWorthiness;
    this.turns = turns;
  }

  /** The claim of {@code d}; "he" and "she" may refer to the speaker of {@code previousPerson}. */
  Claim resolve(ClaimContext doc, Draft d, @Nullable Claim previousPerson) {
    Span speaker = d.speaker();
    String speakerText = speaker == null ? "" : doc.text(speaker);
    Span named = speaker;
    if (speaker != null && ClaimWords.RELATIVE_PRONOUNS.contains(speakerText)) {
      Sentence within = doc.sentenceAt(speaker.start());
      Span ante = phrases.antecedent(doc, doc.wordAt(speaker.start()), within == null ? 0 : doc.wordAt(within.start()));
      if (ante != null) {
        named = ante;
        speakerText = doc.text(ante);
      }
    }
    Span owner = named == null ? null : possessor(doc, named);
    if (owner == null && named != null) {
      owner = sender(doc, named); // "Zelensky sent a message to the summit. The message read: “…”"
    }
    if (owner != null) {
      // "Zelensky's statement stressed …": the statement speaks for its owner
      named = owner;
      speakerText = doc.text(owner);
    }
    Entity entity = named == null ? null : entityFor(doc, named, speakerText, previousPerson);
    SpeakerType type = types.classify(speakerText, entity == null ? null : entity.type(),
        entity == null ? null : entity.name());
    String name = entity != null ? entity.name() : displayName(speakerText);
    Sentence sentence = doc.sentenceAt(d.cue().start());
    SpeakerSide side = sides.of(name + (entity == null ? "" : " " + String.join(" ", entity.roles()))
        + (speaker == null ? "" : " " + doc.text(speaker)));
    if (side == SpeakerSide.OTHER && sentence != null) {
      // the attribution around the statement may place the speaker: "… spokesman X told a briefing in Moscow"
      side = sides.of(outside(doc.text, sentence, d.parts()));
    }
    String date = StatementFacts.dateOf(doc, sentence, d.parts());
    String hedge = StatementFacts.hedgeOf(doc, sentence, d.parts(), d.kind());
    return new Claim(d.envelope(), d.parts(), speaker, entity == null ? null : entity.id(), name, type, side,
        new Cue(d.lemma(), d.cue(), d.stance()), d.kind(), date, hedge != null, hedge, d.stance(),
        StatementFacts.round(checkWorthiness.score(doc, d.parts())), d.rule());
  }

  /** "X" in a speaker "X's statement" (or post, letter, report …), without the "'s"; else null. */
  private static @Nullable Span possessor(ClaimContext doc, Span speaker) {
    int first = doc.wordAt(speaker.start());
    int last = doc.wordAt(speaker.end()) - 1;
    // "a headline in Izvestia", "a report by Reuters", "the statement of the ministry": the outlet or body speaks
    for (int k = first; k < last && k <= first + 2; k++) {
      if (STATEMENT_NOUNS.contains(doc.word(k).lower()) && k + 1 < last && BY_IN_OF.contains(doc.word(k + 1).lower())
          && (k == first || ClaimWords.DETERMINERS.contains(doc.word(k - 1).lower()) && k - 1 == first)) {
        int ownerStart = k + 2;
        if (ownerStart < last && doc.word(ownerStart).is("the")) {
          ownerStart++;
        }
        return ownerStart <= last ? new Span(doc.word(ownerStart).start(), doc.word(last).end()) : null;
      }
    }
    if (last - 1 < first || !STATEMENT_NOUNS.contains(doc.word(last).lower())) {
      return null;
    }
    Word owner = doc.word(last - 1);
    if (!owner.lower().endsWith("'s") || owner.text().length() < 3) {
      return null;
    }
    return new Span(doc.word(first).start(), owner.end() - 2);
  }

  /**
   * Who put out the statement a speaker "the message" (statement, letter, address …) refers back to: the subject of
   * "sent a message", "issued a statement" in the same sentence before it or in one of the two sentences before; null
   * when the speaker is no such phrase or nobody put one out.
   */
  private @Nullable Span sender(ClaimContext doc, Span speaker) {
    int first = doc.wordAt(speaker.start());
    int last = doc.wordAt(speaker.end()) - 1;
    if (last != first + 1 || !THIS_OR_THE.contains(doc.word(first).lower())
        || !STATEMENT_NOUNS.contains(doc.word(last).lower())) {
      return null;
    }
    String noun = doc.word(last).lower();
    int here = Math.min(doc.indexOfSentence(speaker.start()), doc.sentences.size() - 1);
    for (int k = here; k >= Math.max(0, here - 2); k--) {
      Sentence s = doc.sentences.get(k);
      int lo = doc.wordAt(s.start());
      int hi = Math.min(doc.wordAt(s.end()), first);
      for (int v = hi - 2; v > lo; v--) {
        if (!ClaimWords.PUTTING_OUT.contains(doc.word(v).lower())) {
          continue;
        }
        for (int n = v + 1; n < Math.min(hi, v + 5); n++) {
          if (doc.word(n).lower().equals(noun)) {
            return phrases.before(doc, v, lo);
          }
        }
      }
    }
    return null;
  }

  private static final java.util.Set<String> THIS_OR_THE = java.util.Set.of("the", "this", "that");

  private static final java.util.Set<String> STATEMENT_NOUNS = java.util.Set.of("statement", "statements",
      "post", "posts", "letter", "message", "tweet", "tweets", "video", "address", "speech", "interview",
      "remarks", "comments", "announcement", "communique", "decree", "report", "account", "headline", "editorial",
      "article", "column", "op-ed", "bulletin", "broadcast", "telegram", "note", "notice", "update");
  private static final java.util.Set<String> BY_IN_OF = java.util.Set.of("by", "in", "of", "from", "on");

  /** The sentence's text with the statement's parts left out. */
  private static String outside(String text, Sentence s, List<Span> parts) {
    StringBuilder b = new StringBuilder();
    int at = s.start();
    for (Span p : parts) {
      if (p.start() > at && p.start() <= s.end()) {
        b.append(text, at, p.start()).append(' ');
      }
      at = Math.max(at, Math.min(p.end(), s.end()));
    }
    if (at < s.end()) {
      b.append(text, at, s.end());
    }
    return b.toString();
  }

  private static String displayName(String speakerText) {
    String t = speakerText.strip();
    if (t.toLowerCase(Locale.ROOT).startsWith("the ")) {
      t = t.substring(4);
    }
    return t.isEmpty() ? "unknown" : t;
  }

  private @Nullable Entity entityFor(ClaimContext doc, Span speaker, String speakerText, @Nullable Claim previousPerson) {
    Entity best = mentioned(doc, speaker);
    if (best != null) {
      return best;
    }
    String lower = speakerText.strip().toLowerCase(Locale.ROOT);
    if (lower.equals("he") || lower.equals("she") || lower.equals("him") || lower.equals("her")) {
      return personReferredTo(doc, speaker, previousPerson);
    }
    if (lower.equals("i")) {
      return turnSpeaker(doc, speaker);
    }
    List<String> words = SpeakerTypes.words(speakerText).stream()
        .filter(w -> !ClaimWords.DETERMINERS.contains(w) && !w.equals("'s")).toList();
    String stripped = speakerText.strip();
    int lastSpace = stripped.lastIndexOf(' ');
    if (words.isEmpty() || Character.isUpperCase(stripped.charAt(lastSpace + 1))) {
      return null; // a name that matched no entity, not a role
    }
    return roleHolder(doc, speaker, words);
  }

  /** The entity with a mention covering the speaker's head; people and names first. */
  private static @Nullable Entity mentioned(ClaimContext doc, Span speaker) {
    Entity best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Entity e : doc.entities) {
      for (Mention m : e.mentions()) {
        // "Ukrainian officials" are not the entity "Ukrainian": the mention must cover the head
        if (!m.span().overlaps(speaker) || m.end() < speaker.end() - 1) {
          continue;
        }
        if (e.type() == EntityType.LOCATION && placeAfterPreposition(doc.text, speaker, m.start())) {
          continue; // "officials in Kharkiv", "the mayor of Mariupol": the place is where they are, not who speaks
        }
        if (patronAfterAllegiance(doc.text, speaker, m.start()) || onlyExamined(doc.text, speaker, m.start())) {
          // "Separatists backed by Russia", "Fighters loyal to Kadyrov": the patron does not speak; "satellite
          // images reviewed by the AP", "a survey … for the BBC": who examined or ordered the evidence does not
          // either
          continue;
        }
        int score = (e.type() == EntityType.PERSON ? 2 : 0) + (m.kind() == MentionKind.NAME ? 1 : 0);
        if (score > bestScore) {
          best = e;
          bestScore = score;
        }
      }
    }
    return best;
  }

  /**
   * The lower-cased words of {@code speaker} before {@code mentionStart}, without a last "the" ("officials in the",
   * "separatists backed by"); empty when the mention opens the speaker.
   */
  private static List<String> wordsBefore(String text, Span speaker, int mentionStart) {
    if (mentionStart <= speaker.start()) {
      return List.of();
    }
    List<String> words = List.of(text.substring(speaker.start(), mentionStart).strip().toLowerCase(Locale.ROOT)
        .split("\\s+"));
    return words.size() > 1 && words.get(words.size() - 1).equals("the") ? words.subList(0, words.size() - 1) : words;
  }

  /** Whether the words of {@code speaker} before {@code mentionStart} end with a preposition (and maybe "the"). */
  private static boolean placeAfterPreposition(String text, Span speaker, int mentionStart) {
    List<String> w = wordsBefore(text, speaker, mentionStart);
    return w.size() > 1 && ClaimWords.PLACE_PREPOSITIONS.contains(w.get(w.size() - 1));
  }

  /** Whether the words of {@code speaker} before {@code mentionStart} end with "backed by", "loyal to" and the like. */
  private static boolean patronAfterAllegiance(String text, Span speaker, int mentionStart) {
    List<String> w = wordsBefore(text, speaker, mentionStart);
    return w.size() > 2 && ClaimWords.ALLEGIANCE_PREPOSITIONS.contains(w.get(w.size() - 1))
        && ClaimWords.ALLEGIANCES.contains(w.get(w.size() - 2));
  }

  /**
   * Whether the words of {@code speaker} before {@code mentionStart} end with a verb of examining and "by" ("reviewed
   * by", "verified by", "obtained by"), or with "for" after a poll, study or footage ("a survey … for the BBC"):
   * whoever follows only examined or ordered what speaks.
   */
  private static boolean onlyExamined(String text, Span speaker, int mentionStart) {
    List<String> w = wordsBefore(text, speaker, mentionStart);
    String last = w.isEmpty() ? "" : w.get(w.size() - 1);
    return w.size() > 1 && (last.equals("for") && w.stream().anyMatch(ORDERED::contains)
        || w.size() > 2 && last.equals("by") && EXAMINING.contains(w.get(w.size() - 2)));
  }

  /** What may be made for someone else: "a survey … for the BBC", "a study for the ministry". */
  private static final java.util.Set<String> ORDERED = java.util.Set.of("poll", "polls", "survey", "surveys", "study",
      "studies", "analysis", "report", "images", "footage", "video", "data", "research");

  private static final java.util.Set<String> EXAMINING = java.util.Set.of("reviewed", "verified", "obtained", "seen",
      "examined", "analysed", "analyzed", "geolocated", "authenticated", "commissioned");

  /**
   * "I" in a transcript's turn ("Vladimir Putin: … I think that …"): the person named before the colon that
   * opens the nearest sentence of the same paragraph, at or before the speaker's; null when "I" stands in a
   * quotation (someone else's words) or no such turn opens the paragraph's text before it.
   */
  private @Nullable Entity turnSpeaker(ClaimContext doc, Span speaker) {
    if (doc.speechQuoteAround(speaker.start()) != null) {
      return null;
    }
    int speakerWord = doc.wordAt(speaker.start());
    for (int k = Math.min(doc.indexOfSentence(speaker.start()), doc.sentences.size() - 1); k >= 0; k--) {
      Sentence s = doc.sentences.get(k);
      Span name = turns.turnSpeaker(doc, s, speakerWord);
      if (name != null) {
        Entity e = mentioned(doc, name);
        return e != null && e.type() == EntityType.PERSON ? e : null;
      }
      if (k > 0 && doc.hasParagraphBreak(doc.sentences.get(k - 1).end(), s.start())) {
        return null;
      }
    }
    return null;
  }

  /**
   * "he": the last person speaker within two sentences, else the last person named before; either only if the
   * {@link Gender} the article gives them agrees with the pronoun's.
   */
  private static @Nullable Entity personReferredTo(ClaimContext doc, Span speaker, @Nullable Claim previousPerson) {
    Gender pronoun = Gender.ofPronoun(doc.text.substring(speaker.start(), speaker.end()));
    int cueSentence = doc.indexOfSentence(speaker.start());
    if (previousPerson != null && previousPerson.cue() != null
        && cueSentence - doc.indexOfSentence(previousPerson.cue().span().start()) <= 2) {
      for (Entity e : doc.entities) {
        if (e.id().equals(previousPerson.speakerEntityId()) && doc.genderOf(e).agreesWith(pronoun)) {
          return e;
        }
      }
    }
    Entity best = null;
    int bestStart = -1;
    for (Entity e : doc.entities) {
      if (e.type() != EntityType.PERSON || !doc.genderOf(e).agreesWith(pronoun)) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.end() <= speaker.start() && m.start() > bestStart && m.kind() != MentionKind.PRONOUN) {
          best = e;
          bestStart = m.start();
        }
      }
    }
    return best;
  }

  /** A role: "the Russian president" → the entity whose stated roles share the head and the most words. */
  private static @Nullable Entity roleHolder(ClaimContext doc, Span speaker, List<String> words) {
    String head = words.get(words.size() - 1);
    Entity role = null;
    int roleScore = 0;
    int roleLast = -1;
    for (Entity e : doc.entities) {
      for (String r : e.roles()) {
        List<String> rw = SpeakerTypes.words(r);
        if (!rw.contains(head)) {
          continue;
        }
        int overlap = (int) words.stream().filter(rw::contains).count();
        int last = lastMentionBefore(e, speaker.start());
        if (overlap > roleScore || overlap == roleScore && last > roleLast) {
          role = e;
          roleScore = overlap;
          roleLast = last;
        }
      }
    }
    return role;
  }

  private static int lastMentionBefore(Entity e, int offset) {
    int last = -1;
    for (Mention m : e.mentions()) {
      if (m.start() < offset) {
        last = Math.max(last, m.start());
      }
    }
    return last;
  }
}
