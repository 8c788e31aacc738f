package dev.scrutiny.claims;

import static dev.scrutiny.claims.ClaimWords.BE;
import static dev.scrutiny.claims.ClaimWords.CLAUSE_STOP;
import static dev.scrutiny.claims.ClaimWords.CONNECTIVES;
import static dev.scrutiny.claims.ClaimWords.DETERMINERS;
import static dev.scrutiny.claims.ClaimWords.NP_STOP;
import static dev.scrutiny.claims.ClaimWords.PAST_VERBS;
import static dev.scrutiny.claims.ClaimWords.PREPOSITIONS;
import static dev.scrutiny.claims.ClaimWords.RELATIVE_PRONOUNS;
import static dev.scrutiny.claims.ClaimWords.SKIP_BEFORE_CUE;
import static dev.scrutiny.claims.ClaimWords.isAdverb;
import static dev.scrutiny.claims.ClaimWords.isTimeWord;
import static dev.scrutiny.claims.ClaimWords.pastForm;
import static dev.scrutiny.claims.SpeakerNouns.canSpeak;
import static dev.scrutiny.claims.SpeakerNouns.nounCanSpeak;

import dev.scrutiny.article.Span;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Finds the phrase that names a speaker next to a cue: the subject before it ("Russian Chief of the
 * General Staff Valery Gerasimov said", "He", "Some analysts"), the name after it ("said Peskov"), the
 * antecedent of a relative pronoun and the subject of a participle. Immutable.
 */
final class SpeakerPhrases {

  private final CueFinder cues;
  private final SpeechCues speech;

  SpeakerPhrases(CueFinder cues) {
    this(cues, SpeechCues.standard());
  }

  SpeakerPhrases(CueFinder cues, SpeechCues speech) {
    this.cues = cues;
    this.speech = speech;
  }

  /**
   * The noun phrase ending right before word {@code cue} (skipping adverbs and auxiliaries), not
   * reaching before word {@code floor}, or null.
   */
  @Nullable Span before(ClaimContext doc, int cue, int floor) {
    int j = SubjectGaps.skipToHead(doc, cue - 1, floor);
    Span source = describedSource(doc, j, floor, cue - 1);
    if (source != null) {
      return source; // "Satellite images taken on Tuesday showed …": the images, with what describes them
    }
    boolean anyHead = anySubject(doc, cue);
    Span relative = relativeClauseSubject(doc, cue, floor);
    if (relative != null) {
      return relative; // "A diplomat who requested anonymity said": the diplomat, not the anonymity
    }
    if (j > floor && RELATIVE_PRONOUNS.contains(doc.word(j).lower())) {
      // a relative pronoun speaks for its antecedent ("Ekovich, who noted that …"): like "he", the pronoun
      // is the speaker's span and resolution names the antecedent
      Word rel = doc.word(j);
      return antecedent(doc, j, floor, anyHead) == null ? null : new Span(rel.start(), rel.end());
    }
    j = SubjectGaps.skipParenthesis(doc, j, floor);
    j = SubjectGaps.skipDashes(doc, j, floor);
    if (j - 1 >= floor && doc.word(j).is(",") && doc.word(j - 1).is(")")) {
      // "Sen. Jack Reed (D-R.I.), said", "The mayor (pictured), said": a comma after the parenthesis alone
      int h = SubjectGaps.skipParenthesis(doc, j - 1, floor);
      Span np = h < j - 1 && doc.noComma(floor, h) ? headed(doc, h, floor, anyHead) : null;
      if (np != null) {
        return np;
      }
    }
    if (j >= floor && doc.word(j).is(",")) {
      return appositive(doc, j, floor, anyHead);
    }
    return headed(doc, j, floor, anyHead);
  }

  /**
   * The subject that a relative clause without commas ends right before the cue: "A diplomat who requested
   * anonymity said", "Voters who have listened to his speeches said"; the phrase before "who", when it opens the
   * clause and can speak; null otherwise.
   */
  private @Nullable Span relativeClauseSubject(ClaimContext doc, int cue, int floor) {
    int head = SubjectGaps.skipToHead(doc, cue - 1, floor);
    Word last = head > floor ? doc.word(head) : null;
    if (last == null || !last.isWord() || RELATIVE_PRONOUNS.contains(last.lower())
        || PREPOSITIONS.contains(last.lower())) {
      return null; // "Republicans who have praised him": the pronoun is the cue's own subject; "who choose to defend"
    }
    for (int r = head - 1; r > floor && r >= cue - RELATIVE_REACH; r--) {
      Word w = doc.word(r);
      if (!w.isWord() || CLAUSE_STOP.contains(w.lower()) && !w.is("who")) {
        return null;
      }
      if (w.is("who")) {
        Word ante = doc.word(r - 1);
        if (!ante.isWord() || !(ante.capitalised() || nounCanSpeak(ante.lower()))
            || SpeakerTypes.PRONOUNS.contains(ante.lower())) {
          return null;
        }
        Span np = headed(doc, r - 1, floor, false);
        return np != null && doc.wordAt(np.start()) <= floor + 1 && !finiteVerb(doc, doc.wordAt(np.start()), r)
            ? np : null; // not "You can also become the people who …"
      }
    }
    return null;
  }

  /** How far before a cue the "who" of a relative clause inside its subject may stand. */
  private static final int RELATIVE_REACH = 12;

  /** Whether a cue of {@link SpeechCues} starts at word {@code cue}: then any noun phrase may be its subject. */
  private boolean anySubject(ClaimContext doc, int cue) {
    CueMatch m = cueAt(doc, cue);
    return m != null && speech.contains(m.lemma());
  }

  /** The cue starting at word {@code cue}, or null (also for an index outside the document). */
  private @Nullable CueMatch cueAt(ClaimContext doc, int cue) {
    return cue >= 0 && cue < doc.words.size() ? cues.at(doc, cue, Math.min(doc.words.size(), cue + 4)) : null;
  }

  /** An appositive or relative clause ending with the comma at word {@code j}: "Putin, who has ruled since 2000, said". */
  private @Nullable Span appositive(ClaimContext doc, int j, int floor, boolean anyHead) {
    Span subject = beforeCircumstance(doc, j, floor);
    if (subject != null) {
      return subject;
    }
    Span described = nameBeforeDescriptions(doc, j, floor);
    if (described != null) {
      return described; // "Paul Porter, a truck driver from Ava, Mo., who is a member of the union, said"
    }
    int k = j - 1;
    while (k >= floor && !doc.word(k).is(",") && k > j - 26) {
      k--;
    }
    if (k <= floor || k < j - 25) {
      return null;
    }
    Span relative = relativeClauseSubject(doc, k, floor);
    if (relative != null) {
      return relative; // "A Ukrainian soldier who gave only his call sign, Grizzly, said"
    }
    // "Lance Beebe, 49, a Navy veteran …, said": an age between commas belongs to the name before it
    if (k - 2 > floor && doc.word(k - 1).startsWithDigit() && doc.word(k - 2).is(",")) {
      k -= 2;
    }
    Word opening = doc.word(k + 1);
    if (opening.is("including") && k > floor) {
      // "Several officials, including X, said"
      return headed(doc, SubjectGaps.skipParenthesis(doc, k - 1, floor), floor, anyHead);
    }
    if (!opening.capitalised() && opening.lower().endsWith("ing")) {
      return null; // "…, forcing her to fend off both rivals, said X": a clause, not an appositive
    }
    if (!RELATIVE_PRONOUNS.contains(opening.lower()) && !opening.lower().equals("whose") && finiteVerb(doc, k + 1, j)) {
      return null; // "Even if …, some of its functions would be performed …, said X": a clause, not an appositive
    }
    // "Another delegate on the slate, Jim Poolman, said": the name between the commas speaks
    Span named = nameBetween(doc, k + 1, j - 1);
    if (named != null && before(doc, k, floor) == null) {
      return named;
    }
    // "Rep. Elijah Cummings (D-Md.), chair of the committee, said": the name before its parenthesis
    return headed(doc, SubjectGaps.skipParenthesis(doc, k - 1, floor), floor, anyHead);
  }

  /**
   * The name that opens the clause when more than one comma separates it from the comma at word {@code j} before
   * the cue, and what stands between describes it: "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said",
   * "Paul Porter, a truck driver from Ava, Mo., who is a member of the union, said"; null when a verb of its own
   * ("Kyiv, which was shelled, and Kharkiv, where …") or a quotation comes between, or it is no name.
   */
  private static @Nullable Span nameBeforeDescriptions(ClaimContext doc, int j, int floor) {
    Span name = openingName(doc, floor, j);
    if (name == null || !doc.word(floor).capitalised() || doc.word(floor).is("the")) {
      return null;
    }
    int after = doc.wordAt(name.end());
    if (after >= j || !doc.word(after).is(",") || j - after > 35) {
      return null;
    }
    int commas = 0;
    for (int i = after + 1; i < j; i++) {
      Word w = doc.word(i);
      if (w.is(",")) {
        commas++;
      } else if (!w.isWord() && !w.is(".") && !w.is("-") || Quotes.isQuoteChar(w.text().charAt(0))) {
        return null;
      }
    }
    return commas >= 1 && !finiteVerb(doc, after + 1, j)
        && !SpeakerTypes.PRONOUNS.contains(doc.text(name).toLowerCase(Locale.ROOT)) ? name : null;
  }

  /**
   * Whether words {@code from..to-1} hold a modal or a form of "be" or "have" before any relative pronoun: a
   * clause's verb ("a cyber security expert who has helped …" is a noun phrase; its verb is the relative clause's).
   */
  private static boolean finiteVerb(ClaimContext doc, int from, int to) {
    for (int i = from; i < to; i++) {
      String l = doc.word(i).lower();
      if (RELATIVE_PRONOUNS.contains(l) || l.equals("that") || l.equals("whose") || l.equals("who's")
          || l.equals("who’s")) {
        return false;
      }
      if (BE.contains(l) || ClaimWords.MODALS.contains(l) || l.equals("has") || l.equals("have") || l.equals("had")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentence's subject before a circumstance set off by commas, the comma closing it at word {@code j}:
   * "Clinton, during a town hall meeting in Columbus, Ohio, said", "Fiorina, speaking to Iowans, said". The
   * subject must open the clause and, before a participle, be a name; null otherwise.
   */
  private @Nullable Span beforeCircumstance(ClaimContext doc, int j, int floor) {
    for (int c = j - 1; c > floor && c > j - 20; c--) {
      if (!doc.word(c).is(",")) {
        continue;
      }
      Word opening = doc.word(c + 1);
      boolean circumstance = CIRCUMSTANCES.contains(opening.lower());
      boolean participle = !circumstance && !opening.capitalised() && opening.lower().endsWith("ing")
          && opening.lower().length() > 5;
      if (c + 1 >= j || !(circumstance || participle)) {
        continue;
      }
      int headAt = SubjectGaps.skipParenthesis(doc, c - 1, floor); // "Sen. Roy Blunt (R-Mo.), facing …, noted"
      Span np = headed(doc, headAt, floor, false);
      int modified = np == null ? postmodifiedHead(doc, headAt, floor) : -1;
      if (modified >= 0) {
        // "Two officials familiar with the talks, speaking on condition of anonymity, said": the officials
        np = new Span(doc.word(modified).start(), doc.word(headAt).end());
      }
      if ((np == null || doc.wordAt(np.start()) > floor + 1) && doc.noComma(floor, c)) {
        np = relativeClauseSubject(doc, c, floor); // "Some voters who heard him, on television or at rallies, said"
      }
      if (np == null || doc.wordAt(np.start()) > floor + 1 || !doc.noComma(floor, c)) {
        return null;
      }
      Word head = doc.word(headAt);
      // "A senior US defence official, briefing reporters on condition of anonymity, said": a noun that speaks
      return !participle || modified >= 0 || head.capitalised() && !SpeakerTypes.PRONOUNS.contains(head.lower())
          || nounCanSpeak(head.lower()) ? np : null;
    }
    return null;
  }

  /**
   * Words that open a circumstance between a subject and its verb: "X, during a visit to Kyiv, said", "the agency,
   * quoting a source in the ministry, said".
   */
  private static final java.util.Set<String> CIRCUMSTANCES = java.util.Set.of("during", "in", "at", "on",
      "after", "before", "while", "when", "from", "speaking", "writing", "appearing", "asked", "interviewed", "quoting",
      "citing");

  /** The noun phrase whose head is word {@code j}. */
  private @Nullable Span headed(ClaimContext doc, int j, int floor, boolean anyHead) {
    if (j < floor) {
      return null;
    }
    Word last = doc.word(j);
    if (ClaimWords.PERCENTAGE.matcher(last.text()).matches()) {
      return new Span(last.start(), last.end()); // "42% say"
    }
    if (last.is("%") && j - 1 >= floor && doc.word(j - 1).startsWithDigit()) {
      return new Span(doc.word(j - 1).start(), last.end());
    }
    Span poll = pollShare(doc, j, floor);
    if (poll != null) {
      return poll;
    }
    if (!last.isWord() || Quotes.isQuoteChar(last.text().charAt(0))) {
      return null;
    }
    if (SpeakerTypes.PRONOUNS.contains(last.lower())) {
      return new Span(last.start(), last.end());
    }
    int start = phraseStart(doc, j, floor);
    if (!canSpeak(last) && ownedStatement(doc, j, floor)) {
      return new Span(doc.word(start).start(), last.end()); // "Zelensky's address emphasized …": the owner speaks
    }
    if (!canSpeak(last)) {
      // the head may come before a modifier: "Organizers of the push to boycott the speech said"
      int of = ofHead(doc, j, floor, anyHead && SpeakerNouns.nounLike(last));
      if (of >= 0) {
        return new Span(doc.word(of).start(), last.end());
      }
      if (anyHead && SpeakerNouns.nounLike(last) && !objectOfPreposition(doc, start, floor)) {
        return new Span(doc.word(start).start(), last.end()); // "The magazine said": any subject of a speech cue
      }
      int head = modifiedHead(doc, j, floor, anyHead);
      if (head >= 0) {
        // "Footage from the game shows …", "A poll from Marquette Law School released Wednesday found …"
        return new Span(doc.word(head).start(), last.end());
      }
      if (anyHead && start - 2 >= floor && PREPOSITIONS.contains(doc.word(start - 1).lower())
          && REPORTS.contains(doc.word(start - 2).lower())) {
        // "An earlier report in a New Hampshire paper said", "A statement on the ministry's website said"
        return new Span(doc.word(phraseStart(doc, start - 2, floor)).start(), last.end());
      }
      return null;
    }
    int modified = postmodifiedHead(doc, j, floor);
    if (modified >= 0) {
      return new Span(doc.word(modified).start(), last.end()); // "Officials familiar with the Kremlin's thinking said"
    }
    int affiliated = affiliatedHead(doc, start, floor);
    if (affiliated >= 0) {
      return new Span(doc.word(affiliated).start(), last.end()); // "Separatists backed by Russia said": not Russia
    }
    return new Span(doc.word(start).start(), last.end());
  }

  /**
   * A source of evidence described by a participle, ending at word {@code j} or at word {@code last} (the word before
   * the cue) when a circumstance was skipped: "Satellite images taken on Tuesday",
   * "Footage posted on Telegram", "New polls released Sunday", "Data released by the UN on Monday". The whole
   * phrase speaks, not the place or the name inside its description; null when no such phrase ends there.
   */
  private @Nullable Span describedSource(ClaimContext doc, int j, int floor, int last) {
    for (int p = j; p > floor && p > j - 10; p--) {
      Word w = doc.word(p);
      if (!w.isWord() || ClaimWords.CLAUSE_STOP.contains(w.lower())) {
        return null;
      }
      if (postmodifier(doc, p, floor)) {
        // up to the cue when only words come between ("taken on Tuesday"), else to the head
        int end = last > j && doc.word(last).isWord() ? last : j;
        return new Span(doc.word(phraseStart(doc, p - 1, floor)).start(), doc.word(end).end());
      }
    }
    return null;
  }

  /**
   * Whether word {@code p} is a past participle that describes the source of evidence before it: "images
   * taken", "footage posted", "polls released" (no auxiliary before the noun: "images were taken" is a clause).
   */
  static boolean postmodifier(ClaimContext doc, int p, int floor) {
    if (p - 1 < floor) {
      return false;
    }
    String participle = doc.word(p).lower();
    boolean past = participle.endsWith("ed") || PAST_PARTICIPLES.contains(participle);
    return past && EVIDENCE.contains(doc.word(p - 1).lower())
        && (p - 2 < floor || !ClaimWords.BE.contains(doc.word(p - 2).lower()));
  }

  /**
   * The first word of a phrase that opens the clause and ends at word {@code j}, whose head is a source of evidence or
   * (before a verb of speech) a noun that speaks, followed by a preposition or a describing participle: "Footage
   * from the game", "FEC records from the 2008 cycle", "A poll from Marquette Law School released Wednesday",
   * "Officials at the scene said"; -1 otherwise.
   */
  private int modifiedHead(ClaimContext doc, int j, int floor, boolean anyHead) {
    for (int i = j - 1; i >= floor && i > j - 12; i--) {
      Word w = doc.word(i);
      String l = w.lower();
      if (!w.isWord() || CLAUSE_STOP.contains(l) || BE.contains(l) || ClaimWords.MODALS.contains(l) || l.equals("to")
          || l.endsWith("ed") && !w.capitalised() && !DESCRIBED.contains(l)) {
        return -1; // "The network censured his report": a clause, not a phrase
      }
      String next = doc.word(i + 1).lower();
      boolean evidence = EVIDENCE.contains(l) || FINDINGS.contains(l) || SpeakerNouns.inscription(l);
      boolean modified = HEAD_MODIFIERS.contains(next) || evidence && DESCRIBED.contains(next);
      if (modified && (evidence || anyHead && nounCanSpeak(l))) {
        int start = phraseStart(doc, i, floor);
        return start <= floor + 1 ? start : -1;
      }
    }
    return -1;
  }

  /**
   * The first word of the phrase whose name at word {@code start} is only the object of an allegiance: "Separatists
   * backed by Russia", "Fighters loyal to Kadyrov", "Local authorities installed by Moscow", "officials allied with
   * the Kremlin"; -1 when the name is not so introduced or the phrase does not open the clause.
   */
  private int affiliatedHead(ClaimContext doc, int start, int floor) {
    int p = start - 1;
    if (p - 2 < floor || !ClaimWords.ALLEGIANCE_PREPOSITIONS.contains(doc.word(p).lower())
        || !ClaimWords.ALLEGIANCES.contains(doc.word(p - 1).lower())) {
      return -1;
    }
    Word noun = doc.word(p - 2);
    String l = noun.lower();
    if (!noun.isWord() || DETERMINERS.contains(l) || PREPOSITIONS.contains(l) || CLAUSE_STOP.contains(l)
        || BE.contains(l) || ClaimWords.MODALS.contains(l)) {
      return -1;
    }
    int s = phraseStart(doc, p - 2, floor);
    return s <= floor + 1 ? s : -1;
  }

  /** Participles that describe a source of evidence: "a poll released Wednesday", "records compiled by …". */
  private static final java.util.Set<String> DESCRIBED = java.util.Set.of("released", "published", "conducted",
      "compiled", "taken", "obtained", "issued", "posted", "filed", "made", "seen", "reviewed", "leaked");

  /** Words that open a modifier after a head noun: "footage from the game", "a poll out Monday". */
  private static final java.util.Set<String> HEAD_MODIFIERS = java.util.Set.of("from", "of", "by", "in", "on", "at",
      "out", "for", "with", "among", "near");

  /** Inquiries and records that state what they found: "The inquiry found …", "The IG review found …". */
  private static final java.util.Set<String> FINDINGS = java.util.Set.of("inquiry", "review", "investigation",
      "audit", "probe", "emails", "email", "paper", "report", "reports", "assessment", "evaluation", "post");

  /** Reports that speak with where they appeared: "a report in a local paper", "an article in the Times". */
  private static final java.util.Set<String> REPORTS = java.util.Set.of("report", "article", "statement", "story",
      "editorial", "column", "post", "message", "bulletin", "dispatch", "release", "video", "notice");

  /** Sources of evidence that speak through what they show: images, footage, data, polls, records. */
  private static final java.util.Set<String> EVIDENCE = java.util.Set.of("images", "imagery", "footage", "video",
      "videos", "photos", "photographs", "pictures", "data", "figures", "records", "documents", "results", "poll",
      "polls", "survey", "surveys", "study", "studies", "analysis", "estimates", "statistics", "recordings", "tallies");

  /** Irregular past participles that describe a source: "images taken", "footage shot", "a video shown". */
  private static final java.util.Set<String> PAST_PARTICIPLES = java.util.Set.of("taken", "shot", "shown", "seen",
      "made", "given", "written", "drawn", "done", "held", "run", "sent", "put");

  /** "About 4 in 10 say", "More than six in 10 said", "one in three said": a poll share ending at word {@code j}. */
  private static @Nullable Span pollShare(ClaimContext doc, int j, int floor) {
    if (j - 2 < floor || !doc.word(j - 1).is("in") || !ClaimWords.startsWithFigure(doc.word(j))
        || !ClaimWords.startsWithFigure(doc.word(j - 2))) {
      return null;
    }
    int start = j - 2;
    while (start - 1 >= floor && POLL_APPROXIMATORS.contains(doc.word(start - 1).lower())) {
      start--;
    }
    return new Span(doc.word(start).start(), doc.word(j).end());
  }

  private static final java.util.Set<String> POLL_APPROXIMATORS = java.util.Set.of("about", "nearly", "almost",
      "roughly", "some", "more", "fewer", "less", "than", "just", "only", "over", "under", "around");

  /** Whether the phrase starting at word {@code start} follows a preposition: "the debate about the budget". */
  private static boolean objectOfPreposition(ClaimContext doc, int start, int floor) {
    String before = start > floor ? doc.word(start - 1).lower() : "";
    return NP_STOP.contains(before) || PREPOSITIONS.contains(before) || before.equals("of");
  }

  /** Whether word {@code j} is a statement noun after a possessive: "the ministry's report", "Zelensky's address". */
  private static boolean ownedStatement(ClaimContext doc, int j, int floor) {
    return j - 1 >= floor && OWNED_STATEMENTS.contains(doc.word(j).lower())
        && (doc.word(j - 1).lower().endsWith("'s") || doc.word(j - 1).lower().endsWith("s'"));
  }

  private static final java.util.Set<String> OWNED_STATEMENTS = java.util.Set.of("address", "speech", "post",
      "video", "message", "tweet", "remarks", "announcement", "communique", "decree", "headline", "editorial",
      "article", "column", "interview", "note", "update", "telegram", "bulletin", "broadcast", "appeal");

  /** The first word of the phrase ending at word {@code j}, without a leading circumstance or connective. */
  private int phraseStart(ClaimContext doc, int j, int floor) {
    int start = j;
    int n = 1;
    while (start - 1 >= floor && n < 10) {
      Word w = doc.word(start - 1);
      boolean share = w.startsWithDigit() && doc.word(start).is("percent");
      if (!w.isWord() && !w.is("-") && !w.is(".") && !share || CLAUSE_STOP.contains(w.lower())
          || BE.contains(w.lower()) || NP_STOP.contains(w.lower()) || cues.isCue(w.lower()) && !w.capitalised()) {
        break;
      }
      if (w.is(".") && !(start - 2 >= floor && doc.word(start - 2).text().length() == 1)) {
        break;
      }
      start--;
      n++;
    }
    // drop a leading circumstance: "On April 30 Kadyrov", "Last week the ministry"
    while (start < j && (PREPOSITIONS.contains(doc.word(start).lower())
        || doc.word(start).startsWithDigit() && !doc.word(start + 1).is("percent")
        || isTimeWord(doc.word(start).lower()) || CLOCK.contains(doc.word(start).lower()))) {
      start++;
    }
    // and a leading connective: "But the ministry", "Yet Kadyrov's own channel", "Meanwhile the governor"
    while (start < j && CONNECTIVES.contains(doc.word(start).lower())) {
      start++;
    }
    return start;
  }

  /** What follows a clock time: "10:45 a.m. Ukraine's air force said" (a live blog's entry). */
  private static final java.util.Set<String> CLOCK = java.util.Set.of("a.m.", "p.m.", "a.m", "p.m", "am", "pm",
      "gmt", "utc", "cet", "et", "edt", "est");

  /**
   * The first word of a noun phrase "HEAD of …" ending at word {@code j}, whose head can speak ("organizers
   * of the push to boycott the speech", "the head of the regional administration"), or -1; with {@code wide},
   * also "HEAD familiar with …" and the like ({@link #POSTMODIFIERS}).
   */
  private static int ofHead(ClaimContext doc, int j, int floor, boolean wide) {
    return headBefore(doc, j, floor, true, wide);
  }

  /**
   * The first word of a noun phrase "HEAD familiar with …", "HEAD close to …" ending at word {@code j} whose head
   * can speak, or -1: "people close to the president", "officials familiar with the Kremlin's thinking" (the
   * president and the Kremlin, though they could speak, are what the speakers know).
   */
  private static int postmodifiedHead(ClaimContext doc, int j, int floor) {
    return headBefore(doc, j, floor, false, true);
  }

  private static int headBefore(ClaimContext doc, int j, int floor, boolean of, boolean wide) {
    for (int i = j - 1; i > floor && i > j - 12; i--) {
      Word w = doc.word(i);
      if (!w.isWord() || CLAUSE_STOP.contains(w.lower()) || BE.contains(w.lower())) {
        return -1;
      }
      if ((of && w.is("of") || wide && POSTMODIFIERS.contains(w.lower())) && nounCanSpeak(doc.word(i - 1).lower())) {
        int s = i - 1;
        while (s - 1 >= floor && s > i - 4 && modifies(doc.word(s - 1))) {
          s--;
        }
        return s;
      }
    }
    return -1;
  }

  /**
   * Words that open a modifier after a speaking head: "a person familiar with the planning", "a source
   * close to the campaign", "people with direct knowledge of the work" (before a verb of speech, whose
   * subject may end with any noun).
   */
  private static final java.util.Set<String> POSTMODIFIERS = java.util.Set.of("familiar", "close", "with",
      "briefed", "involved", "knowledgeable");

  private static boolean modifies(Word w) {
    String l = w.lower();
    return w.isWord() && !CLAUSE_STOP.contains(l) && !NP_STOP.contains(l) && !PREPOSITIONS.contains(l)
        && !BE.contains(l) && (DETERMINERS.contains(l) || !l.endsWith("ed"));
  }

  /** The noun phrase starting at word {@code from} ("said Peskov", "said the ministry in a statement"). */
  @Nullable Span after(ClaimContext doc, int from, int to) {
    int i = from;
    if (i >= to) {
      return null;
    }
    int end = i;
    while (end < to && end - i < 10) {
      Word w = doc.word(end);
      if (!w.isWord() && !w.is("-") || end > i && (PREPOSITIONS.contains(w.lower()) && !w.is("of")
          && !w.is("for") || CLAUSE_STOP.contains(w.lower()))) {
        break;
      }
      end++;
    }
    boolean beforeTitle = end < doc.words.size() && Quotes.isOpening(doc.text, doc.word(end).start());
    while (beforeTitle && end - i >= 3
        && (DETERMINERS.contains(doc.word(end - 1).lower()) || PREPOSITIONS.contains(doc.word(end - 1).lower()))) {
      end--; // "…,” wrote the authors of the “Growth and Opportunity Project”: the title is no part of the head
    }
    if (end - i >= 2 && !canSpeak(doc.word(end - 1)) && nounCanSpeak(doc.word(end - 2).lower())
        && anySubject(doc, from - 1)) {
      end--; // "said a person close to the Clintons": the head before a modifier
    }
    if (end == i) {
      return null;
    }
    if (!canSpeak(doc.word(end - 1))) {
      end = nameBeforeOf(doc, i, end);
    }
    if (!canSpeak(doc.word(end - 1))) {
      // after a verb of speech a noun phrase opened by a determiner speaks whatever its head: "…," said one
      // Trump confidant / the ad's narrator / a Democratic strategist
      Word open = doc.word(i);
      boolean opened = DETERMINERS.contains(open.lower()) && !open.is("of") || open.lower().endsWith("'s")
          || ClaimWords.SPEAKER_QUANTIFIERS.contains(open.lower());
      if (!(opened && end - i >= 2 && SpeakerNouns.nounLike(doc.word(end - 1)) && inverts(doc, from - 1)
          && (end == to || !doc.word(end).isWord() || PREPOSITIONS.contains(doc.word(end).lower())
              || doc.word(end).is("who")) && noVerb(doc, i, end))) {
        return null; // not "…” and said his remarks were …", "…” but described his skills as …"
      }
    }
    return new Span(doc.word(i).start(), doc.word(end - 1).end());
  }

  /**
   * The end of a name that heads the phrase {@code i..end-1} before "of" or "for" ("…,” said Robert Antonacci of
   * the New York delegation": the delegation does not speak, Antonacci does), else {@code end}. Only capitalised
   * words before the preposition, at least two or one the entity layer knows as a person, and no verb after it.
   */
  static int nameBeforeOf(ClaimContext doc, int i, int end) {
    for (int k = i + 1; k < end - 1; k++) {
      if (doc.word(k).is("of") || doc.word(k).is("for")) {
        for (int j = i; j < k; j++) {
          if (!doc.word(j).capitalised()) {
            return end;
          }
        }
        boolean name = k - i >= 2 || doc.namesPersonOrOrganisation(doc.span(i, k - 1));
        return name && noVerb(doc, k + 1, end) ? k : end;
      }
    }
    return end;
  }

  /**
   * Whether a verb of saying that takes no object starts at word {@code cue}, so that the phrase after it
   * is its subject: "…,” said one aide (where "…,” wrote a book" or "stressed the state's importance" name
   * an object); a finite form only ("to say the following" says nothing yet).
   */
  private boolean inverts(ClaimContext doc, int cue) {
    CueMatch m = cueAt(doc, cue);
    return m != null && INVERTING.contains(m.lemma()) && m.finite(doc);
  }

  private static final java.util.Set<String> INVERTING = java.util.Set.of("say", "reply", "quip", "joke", "insist");

  /** Whether words {@code from..to-1} hold no form of "be" and no common irregular past form. */
  private static boolean noVerb(ClaimContext doc, int from, int to) {
    for (int k = from; k < to; k++) {
      String l = doc.word(k).lower();
      if (BE.contains(l) || PAST_VERBS.contains(l)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code speaker} is "who"/"which" after a comma in a relative clause inside the sentence's subject. */
  boolean relativeInSubject(ClaimContext doc, Span speaker, int lo) {
    if (!RELATIVE_PRONOUNS.contains(doc.text(speaker))) {
      return false;
    }
    int rel = doc.wordAt(speaker.start());
    Span ante = rel - 1 > lo && doc.word(rel - 1).is(",") ? antecedent(doc, rel, lo) : null;
    return ante != null && doc.wordAt(ante.start()) <= lo + 1;
  }

  /** The noun phrase a relative pronoun at word {@code rel} refers to: "Ekovich" in "Ekovich, who", or null. */
  @Nullable Span antecedent(ClaimContext doc, int rel, int floor) {
    return antecedent(doc, rel, floor, false);
  }

  private @Nullable Span antecedent(ClaimContext doc, int rel, int floor, boolean speech) {
    if (rel - 1 <= floor) {
      return null;
    }
    int a = doc.word(rel - 1).is(",") ? rel - 1 : rel;
    if (a == rel) {
      // without a comma only a name is safe: "a woman who claimed" may follow any verb; before a verb of
      // speech any speaking noun is: "voters who said they …"
      Word w = doc.word(rel - 1);
      return w.isWord() && (w.capitalised() || speech && nounCanSpeak(w.lower())) ? before(doc, rel, floor) : null;
    }
    Span np = before(doc, a, floor);
    return np == null || SpeakerTypes.PRONOUNS.contains(doc.text(np).toLowerCase(Locale.ROOT))
        || doc.word(doc.wordAt(np.start())).lower().equals("who") ? null : np;
  }

  /** Words {@code from..to} when they are a capitalised name of one to four words. */
  private static @Nullable Span nameBetween(ClaimContext doc, int from, int to) {
    if (from > to || to - from > 3) {
      return null;
    }
    for (int i = from; i <= to; i++) {
      Word w = doc.word(i);
      if (!w.isWord() || !w.capitalised() || SpeakerTypes.PRONOUNS.contains(w.lower())) {
        return null;
      }
    }
    return doc.span(from, to);
  }

  /** The subject of a participle cue ("…, saying …"): the speaker of the clause before, else its first phrase. */
  @Nullable Span gerundSubject(ClaimContext doc, int lo, int cueFirst) {
    return gerundSubject(doc, lo, cueFirst, false);
  }

  /**
   * As {@link #gerundSubject(ClaimContext, int, int)}; with {@code wide}, also the phrase a participle
   * interrupts and the subject of the clause before it, for participles that surely report ("adding",
   * "noting", or any cue with "that").
   */
  @Nullable Span gerundSubject(ClaimContext doc, int lo, int cueFirst, boolean wide) {
    Span share = withShare(doc, lo, cueFirst);
    if (share != null) {
      return share; // "…, with 30 percent of voters saying they …": the share speaks, not the clause's subject
    }
    Span earlier = earlierSpeaker(doc, lo, cueFirst);
    if (earlier != null) {
      return earlier;
    }
    for (int j = lo; j < cueFirst; j++) {
      CueMatch m = cues.at(doc, j, cueFirst);
      // a cue word used as a noun names no speaker: "brought him back to Romney's attacks, asking …"
      if (m != null && ReportingCueRule.verbal(doc, m, lo, cueFirst)) {
        Span np = before(doc, m.first(), lo);
        if (np != null) {
          return np;
        }
      }
    }
    int main = mainClauseStart(doc, lo, cueFirst);
    if (main < 0) {
      return null; // "Having announced that …, Judge Berman …": the speaker comes after the report
    }
    Span name = openingName(doc, main, cueFirst);
    if (name != null) {
      return name;
    }
    if (!wide) {
      return null;
    }
    Span appositive = subjectBeforeComma(doc, main, cueFirst);
    Span subject = appositive != null ? appositive : clauseSubject(doc, main, cueFirst);
    if (subject == null) {
      subject = phraseBeforeAppositive(doc, main, cueFirst); // "The governor, Vadym Filashkin, addressed …, noting"
    }
    return subject == null || NOT_SUBJECTS.contains(doc.text(subject).toLowerCase(Locale.ROOT)) ? null : subject;
  }

  /**
   * Who a participle's "with" names: a share of a poll ("with 30 percent of voters saying", "with three in 10
   * saying", "with most respondents saying") or a speaker ("with Sen. John McCain calling it a 'Chinese menu'",
   * "with the teachers' union calling her a champion"); null unless "with" and such a phrase come right before
   * the cue.
   */
  static @Nullable Span withShare(ClaimContext doc, int lo, int cueFirst) {
    if (cueFirst - 1 < lo || !doc.word(cueFirst - 1).isWord()) {
      return null; // "opened with a warning, calling …": the share must stand right before the participle
    }
    for (int w = cueFirst - 2; w >= lo && w >= cueFirst - 10; w--) {
      Word word = doc.word(w);
      if (word.is("with")) {
        Word first = doc.word(w + 1);
        Word head = doc.word(cueFirst - 1);
        boolean quantity = ClaimWords.startsWithFigure(first) || SHARES.contains(first.lower());
        boolean speaker = (first.capitalised() || first.is("the") || TITLE_MODIFIERS.contains(first.lower())) && canSpeak(head)
            && !SpeakerTypes.PRONOUNS.contains(head.lower());
        return quantity || speaker ? new Span(first.start(), head.end()) : null;
      }
      if (!word.isWord() && !word.is("%") || CLAUSE_STOP.contains(word.lower()) || BE.contains(word.lower())) {
        return null;
      }
    }
    return null;
  }

  /** Lower-case words before a title and name: "with former Gov. Martin O'Malley calling …". */
  private static final java.util.Set<String> TITLE_MODIFIERS = java.util.Set.of("former", "fellow", "then-senator",
      "rival", "retired");

  /** Words that open a share of those asked: "with most voters saying", "with half saying". */
  private static final java.util.Set<String> SHARES = java.util.Set.of("most", "many", "half", "few", "nearly",
      "almost", "about", "roughly", "some", "two-thirds", "one-third", "a", "majorities", "large", "only", "just",
      "over", "more", "fewer", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

  /**
   * The subject of a cue after "and", "but", "by", "after" …: "The governor toured the site and said …",
   * "He ended by saying …": the speaker of an earlier cue of the clause, else the subject of its first verb.
   */
  @Nullable Span conjoinedSubject(ClaimContext doc, int lo, int cueFirst) {
    Span relative = relativeBeforeConjunction(doc, lo, cueFirst);
    if (relative != null) {
      return relative; // "Tom told Annette Guessford, who answered her door and said she …": Annette speaks
    }
    Span earlier = earlierSpeaker(doc, lo, cueFirst);
    Span subject = earlier != null ? earlier : clauseSubject(doc, lo, cueFirst);
    int main = subject == null ? mainClauseStart(doc, lo, cueFirst) : lo;
    if (main > lo) {
      subject = clauseSubject(doc, main, cueFirst); // "In an interview, Trump doubled down … and said …"
    }
    if (subject == null) {
      subject = nameBeforeAppositive(doc, lo, cueFirst);
    }
    if (subject == null) {
      subject = phraseBeforeAppositive(doc, lo, cueFirst); // "The governor, Vadym Filashkin, toured … and said"
    }
    return subject == null || NOT_SUBJECTS.contains(doc.text(subject).toLowerCase(Locale.ROOT)) ? null : subject;
  }

  /**
   * The "who" of a relative clause set off by a comma that the conjunction before the cue continues (", who
   * answered her door and said …"): like "he", the pronoun is the speaker's span and resolution names its
   * antecedent. Null unless only words stand between "who" and the conjunction.
   */
  private static @Nullable Span relativeBeforeConjunction(ClaimContext doc, int lo, int cueFirst) {
    for (int j = cueFirst - 2; j > lo && j >= cueFirst - 12; j--) {
      Word w = doc.word(j);
      if (w.is("who")) {
        return doc.word(j - 1).is(",") ? new Span(w.start(), w.end()) : null;
      }
      if (!w.isWord() || CLAUSE_STOP.contains(w.lower())) {
        return null;
      }
    }
    return null;
  }

  /** The speaker of the last draft whose cue lies in words {@code lo..cueFirst-1}, or null. */
  private static @Nullable Span earlierSpeaker(ClaimContext doc, int lo, int cueFirst) {
    Draft d = doc.lastDraftWithCueIn(lo, cueFirst, x -> x.speaker() != null);
    return d == null ? null : d.speaker();
  }

  /**
   * The subject a participle clause interrupts: "A commander of the unit, writing that the line held,
   * asked …"; the phrase from the sentence's start to the comma right before the participle, or null.
   */
  @Nullable Span subjectBeforeComma(ClaimContext doc, int lo, int cueFirst) {
    int comma = cueFirst - 1;
    if (comma <= lo || !doc.word(comma).is(",") || !doc.noComma(lo, comma)) {
      return null;
    }
    Span np = headed(doc, comma - 1, lo, false);
    return np != null && doc.wordAt(np.start()) == lo && comma - lo <= 8 ? np : null;
  }

  /**
   * The subject of the clause before a participle: "The ministry issued a statement saying …", "The
   * governor spoke to reporters, adding …": the phrase before the clause's first verb-like word, or null.
   */
  private @Nullable Span clauseSubject(ClaimContext doc, int lo, int cueFirst) {
    Span pronoun = pronounWithClitic(doc.word(lo));
    if (pronoun != null) {
      return pronoun; // "He's comparing the actions … and says …"
    }
    for (int j = lo + 1; j < cueFirst && j <= lo + 8; j++) {
      Word w = doc.word(j);
      Word prev = doc.word(j - 1);
      if (!w.isWord() || !prev.isWord()) {
        return null; // a comma or quotation before any verb: no simple subject
      }
      String l = w.lower();
      if (w.capitalised() || DETERMINERS.contains(l) || PREPOSITIONS.contains(l) || CLAUSE_STOP.contains(l)
          || DETERMINERS.contains(prev.lower()) || PREPOSITIONS.contains(prev.lower()) || isAdverb(w)
          || SKIP_BEFORE_CUE.contains(l) && !BE.contains(l)) {
        continue;
      }
      if (!(pastForm(l) || BE.contains(l))) {
        continue; // "Russian forces": a noun after a modifier, not yet the verb
      }
      Span np = before(doc, j, lo);
      return np != null && doc.wordAt(np.start()) <= lo + 3 && !RELATIVE_PRONOUNS.contains(doc.text(np)) ? np : null;
    }
    return null;
  }

  /** The pronoun of a word such as "He's" or "they've" (a subject and its verb cut to a clitic), or null. */
  private static @Nullable Span pronounWithClitic(Word w) {
    String l = w.lower().replace('\u2019', '\'');
    int apostrophe = l.indexOf('\'');
    return apostrophe > 0 && ClaimWords.SUBJECT_PRONOUNS.contains(l.substring(0, apostrophe))
        && CLITIC_VERBS.contains(l.substring(apostrophe)) ? new Span(w.start(), w.start() + apostrophe) : null;
  }

  /** Verbs cut to a clitic after a subject pronoun: "he's", "they've", "she'd". */
  private static final java.util.Set<String> CLITIC_VERBS = java.util.Set.of("'s", "'re", "'ve", "'d", "'ll", "'m");

  /**
   * Where the clause of a participle starts when the sentence opens with an adverbial: the word after the
   * comma that closes it ("Later on Sunday, Carson shared …, writing …", "In Washington, the president
   * released a statement condemning …", "When Mr. Rubio did take him on, he …"), or after an opening
   * connective with no comma ("Then she shattered party norms, pledging …"), or after an opening participle and
   * preposition ("Speaking at a town hall in Salem, New Hampshire, Trump …": the place's own comma is passed over);
   * {@code lo} when the sentence opens otherwise; -1 when the opening phrase runs up to the cue ("Having announced
   * that …, the judge …").
   */
  private static int mainClauseStart(ClaimContext doc, int lo, int cueFirst) {
    Word first = doc.word(lo);
    // "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him …"
    boolean participle = first.capitalised() && first.lower().endsWith("ing") && lo + 1 < cueFirst
        && PREPOSITIONS.contains(doc.word(lo + 1).lower());
    if (!first.isWord() || !ClaimWords.OPENERS.contains(first.lower()) && !participle) {
      return lo;
    }
    for (int j = lo + 1; j < cueFirst - 1 && j <= lo + 15; j++) {
      if (doc.word(j).is(",") && !(participle && placeAfterComma(doc, j, cueFirst))) {
        return j + 1;
      }
    }
    return CONNECTIVES.contains(first.lower()) && lo + 1 < cueFirst ? lo + 1 : -1;
  }

  /**
   * Whether the comma at word {@code comma} sets off a place that qualifies the one before it ("in Salem, New
   * Hampshire,"): up to three capitalised words that name no person or organisation, then another comma.
   */
  private static boolean placeAfterComma(ClaimContext doc, int comma, int cueFirst) {
    int k = comma + 1;
    while (k < cueFirst && k <= comma + 3 && doc.word(k).isWord() && doc.word(k).capitalised()) {
      k++;
    }
    return k > comma + 1 && k < cueFirst && doc.word(k).is(",")
        && !doc.namesPersonOrOrganisation(doc.span(comma + 1, k - 1));
  }

  /** Subjects that say nothing: "It is better now, demanding …", "Everyone is interested, considering …". */
  private static final java.util.Set<String> NOT_SUBJECTS = java.util.Set.of("it", "this", "that", "there",
      "everyone", "everybody", "nobody", "everything", "all");

  /**
   * The sentence's opening name when an appositive follows it and a verb follows the appositive: "Gary
   * Emineth, a former state party chairman, became a delegate and said …"; null otherwise.
   */
  private static @Nullable Span nameBeforeAppositive(ClaimContext doc, int lo, int cueFirst) {
    Span name = openingName(doc, lo, cueFirst);
    if (name == null) {
      return null;
    }
    int k = doc.wordAt(name.end()); // the first word after the name
    if (k >= cueFirst || !doc.word(k).is(",") || !doc.word(lo).capitalised()) {
      return null;
    }
    for (int m = k + 2; m < cueFirst - 1 && m <= k + 16; m++) {
      if (doc.word(m).is(",")) {
        return opensPredicate(doc.word(m + 1)) ? name : null;
      }
    }
    return null;
  }

  /**
   * The noun phrase that opens the sentence when an appositive follows it and a verb follows the appositive: "The
   * regional governor, Vadym Filashkin, addressed residents …" (the appositive's name is the speaker's name once
   * the phrase is resolved); null otherwise, and for a phrase whose head cannot speak.
   */
  private @Nullable Span phraseBeforeAppositive(ClaimContext doc, int lo, int cueFirst) {
    int k = lo + 1;
    while (k < cueFirst && k <= lo + 6 && doc.word(k).isWord()) {
      k++;
    }
    if (k >= cueFirst || !doc.word(k).is(",") || !doc.word(lo).capitalised()) {
      return null;
    }
    Span np = headed(doc, k - 1, lo, false);
    if (np == null || doc.wordAt(np.start()) != lo || SpeakerTypes.PRONOUNS.contains(doc.word(k - 1).lower())) {
      return null;
    }
    for (int m = k + 2; m < cueFirst - 1 && m <= k + 12; m++) {
      Word w = doc.word(m);
      if (w.is(",")) {
        return doc.word(m + 1).isWord() && opensPredicate(doc.word(m + 1)) ? np : null;
      }
      if (!w.isWord() || CLAUSE_STOP.contains(w.lower())) {
        return null;
      }
    }
    return null;
  }

  /** Whether {@code w}, after an appositive's closing comma, opens the predicate: a lower-case past form or "be". */
  private static boolean opensPredicate(Word w) {
    return !w.capitalised() && (pastForm(w.lower()) || BE.contains(w.lower()));
  }

  /** Verb forms ending in "s" that follow a name and are no plural noun: "Zimmerman has been selling …". */
  private static final java.util.Set<String> VERBS_IN_S = java.util.Set.of("has", "is", "was", "does", "says");

  /** The sentence's opening name: "Sen. Mark Kirk, who faces…, withdrew his support, saying …". */
  static @Nullable Span openingName(ClaimContext doc, int lo, int cueFirst) {
    int j = lo;
    if (j < cueFirst && doc.word(j).is("the")) {
      j++;
    }
    int k = j;
    while (k < cueFirst && doc.word(k).isWord() && doc.word(k).capitalised()) {
      k++;
    }
    if (k < cueFirst && k > lo && doc.word(k).isWord() && !doc.word(k).capitalised()
        && doc.word(k).lower().endsWith("s") && !VERBS_IN_S.contains(doc.word(k).lower()) && k - j < 3
        && k + 1 < cueFirst) {
      k++; // "The Russians", "GOP voters"
    }
    if (k == j || !canSpeak(doc.word(k - 1)) || k - j == 1 && NOT_SUBJECTS.contains(doc.word(j).lower())) {
      return null; // "It is better now, demanding …": a capitalised pronoun is no name
    }
    return new Span(doc.word(lo).start(), doc.word(k - 1).end());
  }
}
