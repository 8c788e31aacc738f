package dev.scrutiny.claims;

import static dev.scrutiny.claims.ClaimWords.BE;
import static dev.scrutiny.claims.ClaimWords.CLAUSE_STOP;
import static dev.scrutiny.claims.ClaimWords.DETERMINERS;
import static dev.scrutiny.claims.ClaimWords.MODALS;
import static dev.scrutiny.claims.ClaimWords.NOT_A_STATEMENT;
import static dev.scrutiny.claims.ClaimWords.QUESTION_CUES;
import static dev.scrutiny.claims.ClaimWords.STATEMENT_OPENERS;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Sentence;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reported speech around a cue of the {@link ReportingLexicon}: each verb cue of a sentence (not a noun,
 * not passive, not inside a quotation) is read by {@link ForwardReading} ("X said that …", "As X put
 * it, …") and, failing that, by {@link InvertedReading} ("…, X said", "…, X said, …").
 */
final class ReportingCueRule implements SentenceRule {

  private final CueFinder cues;
  private final SpeakerPhrases phrases;
  private final ForwardReading forward;
  private final InvertedReading inverted;

  ReportingCueRule(CueFinder cues, SpeakerPhrases phrases) {
    this.cues = cues;
    this.phrases = phrases;
    this.forward = new ForwardReading();
    this.inverted = new InvertedReading(phrases);
  }

  @Override
  public void apply(ClaimContext doc, Sentence s) {
    int hi = doc.wordAt(s.end());
    int lo = afterDateline(doc, doc.wordAt(s.start()), hi);
    boolean opener = lo + 2 < hi && doc.word(lo).is("in") && STATEMENT_OPENERS.contains(doc.word(lo + 2).lower());
    for (int i = lo; i < hi; i++) {
      Word w = doc.word(i);
      if (!w.isWord() || doc.speechQuoteAround(w.start()) != null) {
        continue;
      }
      CueMatch cue = cues.at(doc, i, hi);
      if (cue == null || !verbal(doc, cue, lo, hi)) {
        continue;
      }
      if (doc.overlapsDraftCue(cue.span(doc))) {
        i = cue.last();
        continue;
      }
      Word prev = i > lo ? doc.word(i - 1) : null;
      if (cue.lemma().equals("quote") && quotedAs(doc, cue.last() + 1, hi) >= 0) {
        i = cue.last();
        continue; // "quoted the ministry as saying …": the ministry speaks, through the participle below
      }
      boolean gerund = cue.gerund(doc);
      // who speaks is read elsewhere: "quoted the ministry as saying", "about Pope Francis calling …"
      Span quoted = gerund && prev != null && prev.is("as") ? quotedSpeaker(doc, lo, i - 1) : null;
      Span given = quoted != null ? quoted : gerund ? nameBeforeParticiple(doc, lo, cue) : null;
      if (given != null) {
        Draft d = read(doc, lo, hi, cue, opener, false, false, given);
        if (d != null) {
          doc.drafts.add(d);
          i = cue.last();
        }
        if (d != null || quoted != null) {
          continue;
        }
      }
      if (!gerund && prev != null && prev.is("to") && i - 2 >= lo && purposeBefore(doc, i - 2, lo)
          && doc.lastDraftWithCueIn(lo, i, x -> true) == null) {
        // "Zelensky took to Telegram to say …", "Brainard used the speech to argue that …": the subject speaks
        // (not inside another's statement: "Cruz said Trump went on CNN to say …" leaves Trump's words to Cruz)
        Span subject = phrases.conjoinedSubject(doc, lo, i - 1);
        Draft d = subject == null ? null : read(doc, lo, hi, cue, opener, true, false, subject);
        if (d != null) {
          doc.drafts.add(d);
          i = cue.last();
          continue;
        }
      }
      // "calling them rapists and vowing to …": "and" joins a participle to one that spoke just before it
      boolean afterConjunction = prev != null
          && ((gerund ? GERUND_CONJUNCTIONS : VERB_CONJUNCTIONS).contains(prev.lower())
              || gerund && prev.is("and") && subjectSpokeBefore(doc, lo, i, true));
      // "flipped his choice on the spot – saying he …": a dash sets the participle off as a comma does
      boolean setOff = prev != null && (prev.is(",") || SubjectGaps.isDash(prev));
      // "with 30% saying": asked only where neither a comma nor a conjunction admits the participle already
      boolean share = gerund && prev != null && !setOff && !afterConjunction
          && SpeakerPhrases.withShare(doc, lo, i) != null;
      // "Noting that …, Trump said", "While saying that …, he continued"
      boolean opening = gerund && (prev == null ? doc.word(i).capitalised() : i - 1 == lo && afterConjunction);
      if (gerund ? !(opening || prev != null && (setOff || afterConjunction || share
          || afterReportNoun(doc, lo, i)))
          : prev != null && BE.contains(prev.lower())) {
        continue; // a participle not after a comma, or a passive ("was reported")
      }
      // "delivered a report to the minister confirming that …": a report noun a few words back licenses the
      // participle only with an explicit complement
      boolean viaNoun = gerund && prev != null && !setOff && !afterConjunction && !share
          && !STATEMENT_OPENERS.contains(prev.lower());
      Draft d = read(doc, lo, hi, cue, opener, viaNoun, afterConjunction, null);
      if (d != null) {
        doc.drafts.add(d);
        i = cue.last();
      }
    }
  }

  /**
   * The first word after a wire dateline that opens the sentence ("KYIV (Reuters) - …", "ORLANDO, Fla. (AP) —
   * …", "DONETSK, Ukraine — …"), else {@code lo}: the dateline is no part of the subject.
   */
  private static int afterDateline(ClaimContext doc, int lo, int hi) {
    if (lo < hi && doc.word(lo).is("(")) {
      // "(Reuters) - …" where the place and state before it ended a sentence of their own ("ORLANDO, Fla.")
      for (int i = lo + 1; i < Math.min(hi - 2, lo + 5); i++) {
        if (doc.word(i).is(")")) {
          return i > lo + 1 && SubjectGaps.isDash(doc.word(i + 1)) ? i + 2 : lo;
        }
        if (!doc.word(i).isWord() || !doc.word(i).capitalised()) {
          return lo;
        }
      }
      return lo;
    }
    if (lo >= hi || !allCaps(doc.word(lo))) {
      return lo;
    }
    for (int i = lo + 1; i < Math.min(hi - 1, lo + 10); i++) {
      Word w = doc.word(i);
      if (SubjectGaps.isDash(w)) {
        return i + 1;
      }
      if (w.isWord() && !w.capitalised() && !w.startsWithDigit()) {
        return lo; // a lower-case word: a sentence, not a dateline
      }
    }
    return lo;
  }

  private static boolean allCaps(Word w) {
    String t = w.text();
    return w.isWord() && t.length() >= 3 && t.chars().allMatch(ch -> !Character.isLowerCase(ch))
        && t.chars().filter(Character::isLetter).count() >= 3;
  }

  /**
   * Whether a participle at word {@code i} describes a report noun a few words before it: "a statement
   * saying", "delivered a report to the minister confirming that …".
   */
  private static boolean afterReportNoun(ClaimContext doc, int lo, int i) {
    for (int k = i - 1; k >= lo && k >= i - 6; k--) {
      Word w = doc.word(k);
      if (STATEMENT_OPENERS.contains(w.lower())) {
        // "a report", "the ministry's brief statement": the noun heads a phrase of its own
        return k - 1 >= lo && (ARTICLES.contains(doc.word(k - 1).lower()) || doc.word(k - 1).lower().endsWith("'s")
            || k - 2 >= lo && ARTICLES.contains(doc.word(k - 2).lower()));
      }
      if (!w.isWord() || CLAUSE_STOP.contains(w.lower())) {
        return false;
      }
    }
    return false;
  }

  /** Participles that report whatever follows them ("…, adding …", "…, noting …"); others need "that". */
  private static final Set<String> REPORTING_PARTICIPLES = Set.of("say", "add", "note", "stress", "emphasize",
      "emphasise", "underline", "underscore", "write", "claim", "warn", "insist", "argue", "explain", "point out",
      "state", "declare", "announce", "recall", "tell", "report", "reiterate", "allege", "assert");
  /** Participles that with "that" are conjunctions, not reports: "considering that", "given that". */
  private static final Set<String> NOT_REPORTING_WITH_THAT = Set.of("consider", "assume", "see", "know",
      "understand", "expect", "hope", "find", "show", "prove", "demonstrate", "learn", "realize", "realise");

  /**
   * Whether word {@code at}, right before "to" and a cue, ends a phrase after which the infinitive says what the
   * subject went on to do ("took to Telegram to say", "stood at an event here to say"): a noun or a place adverb,
   * not a verb, adjective or word that makes the infinitive a plan, a wish or someone else's act ("wants to say",
   * "declined to say", "is likely to announce", "asked him to say", "how to say").
   */
  private static boolean purposeBefore(ClaimContext doc, int at, int lo) {
    Word w = doc.word(at);
    String l = w.lower();
    boolean noun = at > lo && DETERMINERS.contains(doc.word(at - 1).lower()); // "used the briefing to warn"
    return w.isWord() && !ClaimWords.BE.contains(l) && !ClaimWords.MODALS.contains(l)
        && !ClaimWords.CLAUSE_STOP.contains(l) && !NOT_PURPOSE.contains(l) && !ClaimWords.OBJECT_PRONOUNS.contains(l)
        && (w.capitalised() || noun || !(l.endsWith("ed") || l.endsWith("ing") || l.endsWith("ly")));
  }

  private static final Set<String> NOT_PURPOSE = Set.of("want", "wants", "plan", "plans", "expect", "expects",
      "refuse", "refuses", "decline", "declines", "able", "unable", "likely", "unlikely", "ready", "willing", "eager",
      "due", "set", "about", "yet", "has", "have", "had", "need", "needs", "try", "tries", "tried", "hope", "hopes",
      "seem", "seems", "appear", "appears", "ask", "asks", "urge", "urges", "tell", "tells", "told", "how", "what",
      "whether", "where", "when", "why", "who", "which", "nothing", "anything", "something", "much", "chance",
      "opportunity", "right", "time", "moment", "reason", "enough", "too", "early", "late", "hard", "difficult",
      "easy", "fair", "safe", "wrong", "reluctant", "hesitant", "afraid", "first", "last", "only", "continue",
      "continues", "begin", "began", "begun", "start", "starts", "fail", "fails", "like", "love", "hate", "prefer",
      "chose", "choose", "decide", "promise", "vow", "agree", "threaten", "pledge", "going", "used", "ought", "meant",
      "supposed", "sure", "certain", "quick", "slow", "free", "left", "let", "forgot", "forget", "dared", "dare",
      "rush", "rushed", "effort", "bid", "attempt", "failure", "refusal", "decision", "call", "calls",
      "pressure", "invitation", "request", "order", "permission", "authority", "power", "courage", "way");

  /** "…, by saying …", "after noting that …": a participle after these reports for the clause's subject. */
  private static final Set<String> GERUND_CONJUNCTIONS = Set.of("by", "after", "while", "before", "when");
  /** "The governor toured the site and said …": a second verb of the subject. */
  private static final Set<String> VERB_CONJUNCTIONS = Set.of("and", "but");

  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "its", "his", "her", "their");

  /** Whether the cue is used as a verb: not a name or title word, not a noun after a determiner. */
  static boolean verbal(ClaimContext doc, CueMatch cue, int lo, int hi) {
    Word first = doc.word(cue.first());
    Word prev = cue.first() > lo ? doc.word(cue.first() - 1) : null;
    if (first.capitalised() && prev != null && prev.isWord() && !doc.titleCase(lo, hi)) {
      return false; // a name or title word mid-sentence: "the United States", "Reuters Report"
    }
    if (first.is("said") && discourseMarker(doc, cue.first(), hi)) {
      return false; // "easier said than done", "Having said that, the talks …": no one says anything
    }
    if (first.is("called") && namingParticiple(doc, cue.first(), lo, hi)) {
      return false; // "a new group called Black Votes Matter is trying …": the group's name, not its words
    }
    if (first.is("states") && prev != null && STATES_BEFORE_NOUN.contains(prev.lower())) {
      return false; // "In Western states, Sanders …": the noun ("won several states: …" CueFinder already refuses)
    }
    if (cue.first() == cue.last() && first.lower().equals(cue.lemma()) && cue.first() - 2 >= lo && prev.capitalised()
        && !prev.lower().endsWith("s") && DETERMINERS.contains(doc.word(cue.first() - 2).lower())) {
      return false; // "on the MSNBC show “Morning Joe”", "in a Trumpian post": a noun after a name as modifier
    }
    return !(prev != null && (DETERMINERS.contains(prev.lower()) || prev.lower().endsWith("'s")));
  }

  /** Whether "said" at word {@code at} is part of "said than done" or "having said that,". */
  private static boolean discourseMarker(ClaimContext doc, int at, int hi) {
    if (at + 1 >= hi) {
      return false;
    }
    Word next = doc.word(at + 1);
    if (next.is("than")) {
      return true;
    }
    return at > 0 && doc.word(at - 1).is("having") && next.is("that") && at + 2 < hi
        && doc.word(at + 2).is(",");
  }

  /**
   * Whether "called" at word {@code at} names what an indefinite noun phrase right before it is called: "a firm
   * called Cambridge Analytica", "an anti-war group called “Mothers for Peace”" (a name or a quotation follows).
   */
  private static boolean namingParticiple(ClaimContext doc, int at, int lo, int hi) {
    if (at + 1 >= hi) {
      return false;
    }
    Word next = doc.word(at + 1);
    if (!next.capitalised() && !Quotes.isOpening(doc.text, next.start())) {
      return false;
    }
    for (int j = at - 1; j >= Math.max(lo, at - 5); j--) {
      Word w = doc.word(j);
      if (w.is("a") || w.is("an")) {
        return j < at - 1;
      }
      if (!w.isWord() && !w.is("-") || w.capitalised() && !w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT))) {
        return false; // "an anti-Trump super PAC": capitals only as an acronym
      }
    }
    return false;
  }

  /** Words before "states" that make it the noun: "several states", "member states". */
  private static final Set<String> STATES_BEFORE_NOUN = Set.of("several", "many", "some", "all", "both", "other",
      "most", "few", "two", "three", "four", "five", "fifty", "50", "member", "swing", "battleground", "border",
      "neighbouring", "neighboring", "southern", "northern", "eastern", "western", "baltic", "gulf", "island");

  /** Listeners that are no speaker nouns: "told local television", "told the court". */
  private static final Set<String> LISTENER_NOUNS = Set.of("television", "radio", "tv", "court", "parliament",
      "congress", "senate", "audience", "crowd", "briefing", "conference", "media", "press", "newspaper", "channel");
  /** Words that open the clause after a listener: "told reporters the talks …", "told me he …". */
  private static final Set<String> CLAUSE_OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its", "this",
      "these", "those", "our", "my", "your", "he", "she", "they", "it", "we", "i", "you", "there", "no", "some",
      "all", "both", "several", "many", "most");

  /**
   * Where the content starts after the listener of a verb like "tell" with no "that": "told Reuters the convoy had
   * turned back" → "the convoy …", "told the BBC his unit …", "told me the bridge …". The listener is a pronoun or up
   * to four words ending in a name or a noun of people or media; the next word must open a clause. {@code k} itself
   * otherwise ("told residents to stay", "told the truth").
   */
  private static int afterListener(ClaimContext doc, CueMatch cue, int k, int end) {
    if (!ClaimWords.LISTENER_CUES_BEFORE_CLAUSE.contains(cue.lemma()) || k >= end) {
      return k;
    }
    if (ClaimWords.OBJECT_PRONOUNS.contains(doc.word(k).lower())) {
      // "The solution, the partner told them, was simple": a comma after the listener ends the cue's clause
      return k + 2 < end && (opensClause(doc.word(k + 1)) || doc.word(k + 1).is(",")) ? k + 1 : k;
    }
    for (int j = k; j < Math.min(end - 2, k + 4); j++) {
      Word w = doc.word(j);
      if (!w.isWord()) {
        return k;
      }
      boolean name = w.capitalised() && !CLAUSE_OPENERS.contains(w.lower());
      boolean listener = name || LISTENER_NOUNS.contains(w.lower()) || SpeakerNouns.nounCanSpeak(w.lower());
      Word next = doc.word(j + 1);
      // after a name the clause opens with a lower-case word or a figure: "Mario Draghi" is one listener
      if (listener && (opensClause(next) && !(name && next.capitalised()) || next.is(","))) {
        return j + 1;
      }
    }
    return k;
  }

  /** Whether {@code w} can open a clause after a listener: a determiner, a subject pronoun, a name or a figure. */
  private static boolean opensClause(Word w) {
    return w.isWord() && (CLAUSE_OPENERS.contains(w.lower()) || w.capitalised() || w.startsWithDigit());
  }

  /**
   * The word "as" that ends the object of "quoted" starting at word {@code k} ("quoted the ministry as saying"), or -1:
   * at most six words, none a clause word or punctuation, then "as" and a participle.
   */
  private int quotedAs(ClaimContext doc, int k, int hi) {
    for (int j = k; j < Math.min(hi - 1, k + 7); j++) {
      Word w = doc.word(j);
      if (w.is("as")) {
        CueMatch next = cues.at(doc, j + 1, hi);
        return j > k && next != null && next.gerund(doc) ? j : -1;
      }
      if (!w.isWord() || ClaimWords.CLAUSE_STOP.contains(w.lower())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Who speaks in "… as saying" ending at word {@code as}: the object of "quoted" ("Interfax quoted the mayor as
   * saying"), or the subject of a passive "was quoted" ("The mayor was quoted by Interfax as saying"); null when no
   * "quoted" leads to this "as".
   */
  private @Nullable Span quotedSpeaker(ClaimContext doc, int lo, int as) {
    for (int q = as - 1; q >= lo && q >= as - 8; q--) {
      Word w = doc.word(q);
      if (!w.isWord()) {
        return null;
      }
      if (!QUOTED.contains(w.lower())) {
        continue;
      }
      if (q > lo && BE.contains(doc.word(q - 1).lower())) {
        return phrases.before(doc, q - 1, lo); // the subject of the passive
      }
      return quotedAs(doc, q + 1, as + 2) == as ? new Span(doc.word(q + 1).start(), doc.word(as - 1).end()) : null;
    }
    return null;
  }

  /** Whether {@code text} is a pronoun of people ("he", "I", "you"), who read texts rather than "read" like one. */
  private static boolean personPronoun(String text) {
    String l = text.toLowerCase(java.util.Locale.ROOT);
    return ClaimWords.SUBJECT_PRONOUNS.contains(l) || l.equals("you");
  }

  private static final Set<String> QUOTED = Set.of("quoted", "quotes", "quote", "quoting");

  /**
   * Cues that, as a participle after a source of evidence, describe where it came from ("footage posted on
   * Telegram", "figures released by the ministry") rather than report what it shows ("the poll showed").
   */
  private static final Set<String> DESCRIBING = Set.of("post", "publish", "release", "share", "broadcast",
      "circulate", "obtain", "record", "issue", "report", "tweet", "air", "film");

  /**
   * The statement this cue reports, or null; {@code quoted}, when not null, is who speaks (read elsewhere: the one
   * quoted "as saying").
   */
  private @Nullable Draft read(ClaimContext doc, int lo, int hi, CueMatch cue, boolean opener, boolean viaNoun,
                               boolean afterConjunction, @Nullable Span quoted) {
    int k = cue.last() + 1;
    int end = hi;
    while (end > k && ClaimWords.isTrailing(doc.word(end - 1))) {
      end--;
    }
    if (DESCRIBING.contains(cue.lemma()) && cue.first() == cue.last()
        && SpeakerPhrases.postmodifier(doc, cue.first(), lo)) {
      return null; // "Footage posted on Telegram shows that …": the participle describes the footage, which speaks
    }
    if (CueComplement.anonymity(doc, k, end)) {
      return null; // "declined to be identified", "asked not to be named": how a source is kept unnamed, no statement
    }
    int complement = CueComplement.find(doc, cue, k, end);
    if (complement > k && complement + 1 < end && doc.word(complement).is(",") && doc.word(complement - 1).is("that")) {
      complement++; // "said that, during the period when …, the aide was": the content starts after the comma
    }
    if (cue.lemma().equals("read") && (complement < 0 || complement > k && !doc.word(complement - 1).is(":")
        && !Quotes.isOpening(doc.text, doc.word(complement).start()))) {
      // "The banner read: …", "the statement reads, “…”" quote a text; "I read that …", "as the judge read his
      // decision" report a reading
      return null;
    }
    boolean explicit = complement >= 0;
    // "posted a video on Telegram saying …" reports; "a report to the minister confirming the budget" needs "that"
    if (viaNoun && !(explicit && CueComplement.thatOrColonAt(doc, cue, k, end))
        && !REPORTING_PARTICIPLES.contains(cue.lemma())) {
      return null;
    }
    boolean gerund = cue.gerund(doc);
    if (gerund && cue.lemma().equals("cite") && citesInsideSubject(doc, lo, cue, end)) {
      return null; // "Western media, citing sources in the Pentagon, admitted …": the source, not a statement
    }
    boolean surelyReports = REPORTING_PARTICIPLES.contains(cue.lemma())
        || explicit && CueComplement.thatOrColonAt(doc, cue, k, end) && !NOT_REPORTING_WITH_THAT.contains(cue.lemma())
        || namesSomething(doc, cue, k, end);
    // "The senator criticized the governor … and praised the work of the crews": a finite verb after "and" whose
    // subject already spoke in this sentence through an earlier cue
    boolean chained = afterConjunction && (gerund || cue.finite(doc)) && !NOT_REPORTING_WITH_THAT.contains(cue.lemma())
        && subjectSpokeBefore(doc, lo, cue.first(), gerund);
    if (afterConjunction && !surelyReports && !chained) {
      return null; // "a frank and detailed exchange", "and show our respect": only a verb of speech or "that"
    }
    Span speaker = quoted != null ? quoted : afterConjunction ? phrases.conjoinedSubject(doc, lo, cue.first())
        : gerund ? phrases.gerundSubject(doc, lo, cue.first(), surelyReports) : phrases.before(doc, cue.first(), lo);
    if (speaker == null && afterConjunction && gerund && cue.first() > lo + 1 && doc.word(cue.first() - 2).is(",")) {
      speaker = phrases.gerundSubject(doc, lo, cue.first(), surelyReports); // "Bolton had …, while saying that …"
    }
    if (cue.lemma().equals("read") && speaker != null && personPronoun(doc.text(speaker))) {
      return null; // "He read “War and Peace”": a person reading a title; a text "reads" what it says
    }
    boolean opens = cue.first() == lo || cue.first() == lo + 1 && GERUND_CONJUNCTIONS.contains(doc.word(lo).lower());
    if (speaker == null && gerund && surelyReports && opens) {
      // "Noting that the fields were lost, Trump said …": the subject after the participle's clause speaks
      int comma = subjectAfterOpening(doc, k, end);
      if (comma > 0) {
        speaker = ClaimWords.SUBJECT_PRONOUNS.contains(doc.word(comma + 1).lower()) ? doc.span(comma + 1, comma + 1)
            : SpeakerPhrases.openingName(doc, comma + 1, end);
        end = comma;
      }
    }
    CueClause c = new CueClause(lo, hi, end, cue, opener, explicit,
        explicit ? complement : afterListener(doc, cue, afterTimeCircumstance(doc, k, end), end), gerund, speaker);
    if (lo < cue.first() && doc.word(lo).is("as") && doc.noComma(lo, cue.first()) || asAfterJoin(doc, lo, c)) {
      return forward.asClause(doc, c);
    }
    if (question(doc, c)) {
      return null; // "shows no sign of" is a description; "should ask why they …" a question nobody asked yet
    }
    if (speaker != null && phrases.relativeInSubject(doc, speaker, lo)) {
      c = c.withEnd(relativeClauseEnd(doc, c, cues));
    } else if (gerund && speaker != null && speaker.equals(phrases.subjectBeforeComma(doc, lo, cue.first()))) {
      c = c.withEnd(relativeClauseEnd(doc, c, cues)); // "A commander, writing that the line held, asked …"
    }
    if (forward.applies(doc, c) && doc.text.charAt(forward.contentEnd(doc, c) - 1) == ':') {
      return null; // "said the following:" introduces what comes next
    }
    // "decried the issue of racism and highlighted her plans …": an object ends before its subject's second verb (the
    // inverted reading keeps the whole clause, whose end tells whether the content came before the cue)
    int objectEnd = explicit ? c.end() : secondPredicate(doc, k, c.end());
    Draft d = forward.read(doc, c.withEnd(secondCue(doc, k, objectEnd, cues)));
    if (d != null || gerund) {
      return d;
    }
    return inverted.read(doc, c);
  }

  /**
   * Whether an "as" clause opens after a comma or a conjunction right before the speaker, and a comma follows the cue
   * within a few words: "…, and as Comey noted, people involved …", "…, but as the paper put it, …".
   */
  private static boolean asAfterJoin(ClaimContext doc, int lo, CueClause c) {
    if (c.speaker() == null || !(InvertedReading.SAYING.contains(c.cue().lemma()) || AS_CUES.contains(c.cue().lemma()))) {
      return false;
    }
    int p = doc.wordAt(c.speaker().start()) - 1;
    if (p - 1 < lo || p + 1 >= c.cue().first() || !doc.word(p).is("as") || !JOINS.contains(doc.word(p - 1).lower())) {
      return false;
    }
    if (doc.word(c.cue().first() - 1).is("they") && c.cue().lemma().equals("say")) {
      return false; // "as they say": an idiom, nobody's statement
    }
    for (int j = c.cue().last() + 1; j < Math.min(c.end() - 1, c.cue().last() + 5); j++) {
      Word w = doc.word(j);
      if (w.is(",")) {
        Word next = doc.word(j + 1);
        return !InvertedReading.continuesOtherwise(next) && !next.is("or");
      }
      // "as Comey noted on Tuesday," / "as the paper put it,"; not "as Kerry continues to pursue diplomacy,"
      boolean circumstance = w.is("it") || ClaimWords.PREPOSITIONS.contains(w.lower()) && !w.is("to")
          || ClaimWords.isTimeWord(w.lower()) || w.capitalised() || w.is("the") || w.is("a");
      if (!w.isWord() || !circumstance) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> JOINS = Set.of(",", "and", "but");
  /** Cues besides the verbs of saying that open an "as" clause: "as the paper put it", "as critics point out". */
  private static final Set<String> AS_CUES = Set.of("put it", "point out", "acknowledge", "suggest", "observe");

  /**
   * Whether the last statement found in words {@code lo..cue-1} was read forward from a subject before its cue ("The
   * senator congratulated her …"), so that a verb after "and" shares that subject.
   */
  private static boolean subjectSpokeBefore(ClaimContext doc, int lo, int cue, boolean participle) {
    Draft d = doc.lastDraftWithCueIn(lo, cue, x -> true);
    if (d == null) {
      return false;
    }
    // a participle continues a participle: "calling them rapists and vowing to …"
    boolean sameForm = !participle || doc.word(doc.wordAt(d.cue().start())).lower().endsWith("ing");
    return sameForm && d.rule().equals(ForwardReading.RULE) && d.speaker() != null
        && d.speaker().end() <= d.cue().start();
  }

  /**
   * The person or organisation named right before a participle that surely reports, after a preposition, a dash, a
   * comma or "and": "interviewed about Pope Francis calling Christmas a sham", "– Ryan saying he was encouraged";
   * null otherwise (the name must be one the entity layer knows).
   */
  private static @Nullable Span nameBeforeParticiple(ClaimContext doc, int lo, CueMatch cue) {
    if (!REPORTING_PARTICIPLES.contains(cue.lemma()) && !ForwardReading.NAMING.contains(cue.lemma())) {
      return null;
    }
    int last = cue.first() - 1;
    int first = last;
    while (first > lo && first > last - 4 && doc.word(first).isWord() && doc.word(first).capitalised()) {
      first--;
    }
    first++; // the word after the one that stopped the walk
    if (first > last || first - 1 < lo) {
      return null;
    }
    Word before = doc.word(first - 1);
    boolean opens = NAME_OPENERS.contains(before.lower()) || SubjectGaps.isDash(before);
    Span name = doc.span(first, last);
    return opens && doc.namesPersonOrOrganisation(name) ? name : null;
  }

  /** Words after which a name and a participle stand on their own: "about Pope Francis calling …". */
  private static final Set<String> NAME_OPENERS = Set.of("about", "of", ",", "and", "over");

  /**
   * Whether a naming verb gives its object a name: "called the political system “rotten to the core”", "branding
   * them traitors"; not "called for", "called off", nor "called him" alone.
   */
  private static boolean namesSomething(ClaimContext doc, CueMatch cue, int k, int end) {
    if (!ForwardReading.NAMING.contains(cue.lemma()) || k + 1 >= end) {
      return false;
    }
    Word object = doc.word(k);
    return object.isWord() && !ClaimWords.NO_CONTENT_START.contains(object.lower())
        || ClaimWords.OBJECT_PRONOUNS.contains(object.lower()) && doc.word(k + 1).isWord();
  }

  /**
   * Where the object of a cue ends when "and" or "but" and a second verb of the same subject follow it: "decried the
   * issue of racism and highlighted her plans to combat it", "praised the crews and thanked the pilots" (the second
   * verb is a past form followed by a determiner or a pronoun); {@code end} when no such verb follows, and when the
   * words before hold a verb of their own ("said the troops advanced and captured the village" is one clause).
   */
  static int secondPredicate(ClaimContext doc, int k, int end) {
    for (int j = k + 1; j + 2 < end; j++) {
      Word w = doc.word(j);
      String l = w.lower();
      Word before = doc.word(j - 1);
      if (BE.contains(l) || ClaimWords.MODALS.contains(l) || ClaimWords.HAVE.contains(l)
          || ClaimWords.pastForm(l) && !w.capitalised() && before.isWord() && !DETERMINERS.contains(before.lower())
              && !before.is("and") && !before.is("but")
          || w.is("that") || ClaimWords.RELATIVE_PRONOUNS.contains(l) || Quotes.isQuoteChar(w.text().charAt(0))) {
        return end; // a clause, or words of another's quotation: the whole stays the content
      }
      if (!(w.is("and") || w.is("but"))) {
        continue;
      }
      Word verb = doc.word(j + 1);
      Word object = doc.word(j + 2);
      String v = verb.lower();
      if (verb.isWord() && !verb.capitalised() && ClaimWords.pastForm(v)
          && object.isWord() && (DETERMINERS.contains(object.lower()) && !object.is("of")
              || ClaimWords.OBJECT_PRONOUNS.contains(object.lower()) || object.is("it"))) {
        return j - k >= 3 ? j : end;
      }
    }
    return end;
  }

  /**
   * Whether a participle "citing" set off by commas sits between a subject and its verb: "Western media, citing
   * sources in the Pentagon, admitted …" (no verb before the participle, a lower-case word after the closing comma).
   */
  private static boolean citesInsideSubject(ClaimContext doc, int lo, CueMatch cue, int end) {
    if (cue.first() <= lo + 1 || !doc.word(cue.first() - 1).is(",")) {
      return false;
    }
    for (int j = lo; j < cue.first() - 1; j++) {
      String l = doc.word(j).lower();
      if (ClaimWords.pastForm(l) || BE.contains(l) || ClaimWords.HAVE.contains(l) || ClaimWords.MODALS.contains(l)
          || l.equals("says") || !doc.word(j).isWord()) {
        return false; // "McCain said, citing low growth, unemployment and …": the subject has its verb already
      }
    }
    for (int j = cue.last() + 1; j + 1 < end; j++) {
      Word w = doc.word(j);
      if (w.is(",")) {
        Word next = doc.word(j + 1);
        return next.isWord() && !next.capitalised() && !CLAUSE_STOP.contains(next.lower());
      }
      if (!w.isWord() && !w.is("-") && !w.is("'s") && !w.is("’s")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> SPEECH_ACTS = Set.of("thank", "praise", "urge", "vow", "promise", "warn", "add",
      "say", "accuse", "condemn", "criticize", "criticise", "blame", "pledge", "insist", "stress", "demand",
      "announce", "appeal", "predict", "congratulate", "deny", "reiterate", "call on", "call for", "tell");

  /**
   * Where the content of a cue ends when "and" or "but" and a past form that is itself a cue follow it: "said the
   * strike was deliberate and thanked the firefighters", "accused Moscow of lying and called for sanctions" (the
   * second verb, one of {@link #SPEECH_ACTS}, is the speaker's, not the statement's; "said the troops advanced and
   * captured the village", "said he voted for Obama and wrote in Paul" keep their verbs); {@code end} when no such
   * cue follows outside a quotation.
   */
  private static int secondCue(ClaimContext doc, int k, int end, CueFinder cues) {
    boolean quoted = false;
    for (int j = k + 1; j + 1 < end; j++) {
      Word w = doc.word(j);
      if (w.quoteMark()) {
        quoted = Quotes.isOpening(doc.text, w.start()); // inside a quotation the words are another's
        continue;
      }
      Word verb = doc.word(j + 1);
      Word before = doc.word(j - 1);
      if (j >= k + 3 && !quoted && (w.is("and") || w.is("but")) && (before.isWord() || before.quoteMark())
          && verb.isWord() && !verb.capitalised() && ClaimWords.pastForm(verb.lower())) {
        CueMatch next = cues.at(doc, j + 1, end);
        if (next != null && next.first() == j + 1 && next.finite(doc) && SPEECH_ACTS.contains(next.lemma())) {
          return j;
        }
      }
    }
    return end;
  }

  /**
   * The comma that closes a participle clause opening the sentence when a name and a lower-case verb follow it
   * ("Noting that …, Trump accused …", "Noting he majored in philosophy, Allen joked …"), or -1.
   */
  private static int subjectAfterOpening(ClaimContext doc, int k, int end) {
    for (int j = k + 2; j + 2 < end; j++) {
      if (!doc.word(j).is(",")) {
        continue;
      }
      boolean pronoun = ClaimWords.SUBJECT_PRONOUNS.contains(doc.word(j + 1).lower());
      Span name = pronoun ? doc.span(j + 1, j + 1) : SpeakerPhrases.openingName(doc, j + 1, end);
      if (name != null && (pronoun || doc.word(j + 1).capitalised())) {
        int after = doc.wordAt(name.end());
        Word verb = after < end ? doc.word(after) : null;
        if (verb != null && verb.isWord() && !verb.capitalised() && !CLAUSE_STOP.contains(verb.lower())) {
          return j;
        }
      }
    }
    return -1;
  }

  /**
   * Where a complement without "that" starts after a circumstance of time or a medium: "said on Friday he met
   * …", "said last week the bridge …", "said Tuesday it would …", "said in a statement Thursday night they …",
   * "said on Telegram the strike …"; {@code k} when the cue is followed by anything else, or when what follows
   * the circumstance cannot open a statement ("called Wednesday for …").
   */
  static int afterTimeCircumstance(ClaimContext doc, int k, int end) {
    int medium = afterMedium(doc, k, end);
    if (medium > k) {
      // "said in a statement Thursday night they pulled …", "said on Telegram the strike hit …"
      int time = afterTimeCircumstance(doc, medium, end);
      int at = time > medium ? time : medium;
      return at + 1 < end && opensClause(doc.word(at)) ? at : k;
    }
    int t = k;
    if (t < end && ClaimWords.CIRCUMSTANCE_OPENERS.contains(doc.word(t).lower())) {
      t++;
    }
    int from = t;
    int after = -1; // the word after the circumstance's last time word
    while (t < end && (isTime(doc, t) || t > from && TIME_MODIFIERS.contains(doc.word(t).lower()))) {
      if (isTime(doc, t)) {
        after = t + 1;
      }
      t++;
    }
    return after > from && after + 1 < end && doc.word(after).isWord()
        && !ClaimWords.NO_CONTENT_START.contains(doc.word(after).lower()) ? after : k;
  }

  /**
   * The word after a medium named right after the cue: "in a statement", "in an interview", "on Telegram", "on
   * state television"; {@code k} when there is none.
   */
  private static int afterMedium(ClaimContext doc, int k, int end) {
    if (k + 1 >= end || !(doc.word(k).is("in") || doc.word(k).is("on"))) {
      return k;
    }
    int j = k + 1;
    if (MEDIUM_DETERMINERS.contains(doc.word(j).lower())) {
      j++;
    }
    if (j < end && j + 1 < end && MEDIUM_MODIFIERS.contains(doc.word(j).lower())) {
      j++; // "in a written statement", "on state television"
    }
    return j < end && (ClaimWords.STATEMENT_OPENERS.contains(doc.word(j).lower())
        || PLATFORMS.contains(doc.word(j).lower())) ? j + 1 : k;
  }

  private static final Set<String> MEDIUM_DETERMINERS = Set.of("a", "an", "the", "his", "her", "its", "their");
  private static final Set<String> MEDIUM_MODIFIERS = Set.of("written", "joint", "brief", "short", "televised",
      "video", "state", "national", "local", "separate", "new", "radio", "television");
  /** Where a statement may be posted or aired: "said on Telegram", "said on state television". */
  private static final Set<String> PLATFORMS = Set.of("telegram", "twitter", "x", "facebook", "instagram",
      "television", "tv", "radio", "youtube", "vkontakte", "truth");

  /** A time word ("Friday", "week", "May"), a year ("2014") or a day after a month ("May 3"). */
  private static boolean isTime(ClaimContext doc, int j) {
    Word w = doc.word(j);
    if (ClaimWords.isTimeWord(w.lower())) {
      return true;
    }
    return YEAR.matcher(w.text()).matches() || DAY.matcher(w.text()).matches() && j > 0
        && ClaimWords.isTimeWord(doc.word(j - 1).lower());
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");
  private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{1,2}");

  /** Words inside a time circumstance after its first time word: "Friday night", "Tuesday this week". */
  static final Set<String> TIME_MODIFIERS = Set.of("this", "last", "next", "the", "of", "night", "morning",
      "afternoon", "evening");

  private static boolean question(ClaimContext doc, CueClause c) {
    int at = c.contentStart();
    CueMatch cue = c.cue();
    return at < c.end() && NOT_A_STATEMENT.getOrDefault(cue.lemma(), Set.of()).contains(doc.word(at).lower())
        && (!QUESTION_CUES.contains(cue.lemma())
            || cue.first() > c.lo() && MODALS.contains(doc.word(cue.first() - 1).lower()));
  }

  /** "The Post, which argued that the papers mattered, published them": the clause ends at the last comma. */
  private static int relativeClauseEnd(ClaimContext doc, CueClause c, CueFinder cues) {
    int end = c.end();
    for (int j = end - 1; j > c.contentStart(); j--) {
      if (doc.word(j).is(",")) {
        Word next = j + 1 < end ? doc.word(j + 1) : null;
        // the main clause's verb after the comma; far from the end only when it is a cue itself ("Barkley, who
        // said he votes democratic, said one candidate he likes so far is …")
        boolean mainCue = next != null && !next.capitalised() && cues.at(doc, j + 1, end) != null;
        if (next != null && next.isWord() && !next.capitalised() && !CLAUSE_STOP.contains(next.lower())
            && !DETERMINERS.contains(next.lower()) && (end - j <= 10 || mainCue)) {
          return j;
        }
        break;
      }
    }
    return end;
  }
}
