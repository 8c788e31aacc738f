package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.entities.EntityType;
import dev.scrutiny.entities.Mention;
import dev.scrutiny.entities.MentionKind;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.time.TimeExpression;
import dev.scrutiny.time.TimeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules behind {@link ClaimAnalyzer}: quotes, reporting cues, "according to", possessive reports,
 * speaker resolution, dates, hedges and author assertions, over one article's text and layers. Holds
 * only immutable lexicons and models; {@link #extract} keeps its state in locals, so it is thread-safe.
 */
final class ClaimExtractor {

  private static final Pattern WORD = Pattern.compile(
      "(?:\\p{Lu}\\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Prof|St|Jr|Sr)\\.(?=\\s)"
          + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}'’\\-]*|\\d[\\d,.:]*\\d|\\d|\\S");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "these",
      "those", "such", "this", "our", "my", "your", "any", "no", "of", "new", "latest", "previous", "earlier");
  private static final Set<String> CONNECTIVES = Set.of("and", "but", "yet", "still", "meanwhile", "however",
      "also", "so", "then", "now", "instead", "moreover");
  private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "being", "be", "am");
  private static final Set<String> SKIP_BEFORE_CUE = Set.of("here", "there", "now", "too", "themselves",
      "himself", "herself", "first", "tonight", "initially", "originally", "also", "has", "have", "had", "was", "were", "is",
      "are", "will", "would", "could", "did", "does", "do", "not", "never", "later", "previously", "then",
      "again", "once", "recently", "repeatedly", "publicly", "openly", "reportedly", "allegedly", "already",
      "even", "still", "further", "separately", "earlier", "subsequently", "firmly", "clearly", "explicitly",
      "falsely", "wrongly", "bluntly", "privately", "often", "always", "just", "has also", "had also",
      "angrily", "flatly", "confidently", "proudly", "quickly", "immediately", "last", "week", "yesterday",
      "today", "can", "may", "might", "should", "must", "shall", "n't", "didn't", "doesn't", "hasn't");
  private static final Set<String> CLAUSE_STOP = Set.of("that", "and", "but", "while", "when", "which", "who",
      "whom", "because", "if", "after", "before", "although", "though", "whereas", "where", "since", "so",
      "than", "or", "whether", "what", "how", "why", "as", "until", "unless", "once");
  private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "during", "after", "since", "by",
      "with", "from", "for", "last", "this", "earlier", "late", "early", "over", "to", "via", "through");
  private static final Set<String> OBJECT_VERBS = Set.of("tell", "inform", "assure", "remind", "warn", "brief",
      "notify", "reassure", "convince", "persuade", "ask", "promise", "caution", "alert", "advise", "urge");
  private static final Set<String> HEADLINE_WORDS = Set.of("headline", "headlined", "titled", "entitled",
      "reading", "captioned", "slogan");
  private static final Set<String> NP_STOP = Set.of("by", "to", "with", "from", "into", "about", "through",
      "against", "during", "like", "including", "than", "via");
  private static final Set<String> NOT_SPEAKERS = Set.of("correction", "contributing", "twitter", "follow",
      "source", "sources", "photo", "related", "update", "updated", "editor's", "read", "watch", "note", "caption",
      "credit", "email", "contact", "reporting", "advertisement", "warning", "video", "map", "graphic", "see",
      "also", "subscribe", "tags", "filed", "posted", "published", "breaking", "live", "exclusive", "analysis",
      "opinion", "comment", "editorial", "moscow", "kyiv", "kiev", "washington", "london");
  private static final Set<String> OBJECT_COMPLEMENT = Set.of("accuse", "blame", "criticize", "criticise",
      "castigate", "blast", "slam", "condemn", "praise", "laud", "thank", "congratulate", "commend", "credit",
      "ask", "urge", "call on", "warn", "tell", "remind", "denounce", "attack", "charge", "hail", "applaud");
  /** Cues that report an estimate when their object is followed by "at" and a figure. */
  private static final Set<String> AT_FIGURE = Set.of("put", "estimate");
  /** First words of a complement that make a cue's clause something other than a reported statement. */
  private static final Set<String> WH_WORDS = Set.of("why", "whether", "if", "how", "what", "who", "whom", "when",
      "where", "which");
  private static final Map<String, Set<String>> NOT_A_STATEMENT = Map.of("ask", WH_WORDS, "wonder", WH_WORDS,
      "show", Set.of("any", "no", "little", "few", "signs", "sign", "up"));

  /** Cues whose wh-complement is a question (not a statement) only when the asking is hypothetical. */
  private static final Set<String> QUESTION_CUES = Set.of("ask", "wonder");
  /** Relative pronouns that stand for their antecedent as a speaker: "Ekovich, who noted …". */
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which");
  /** Words that open a circumstance between subject and verb: "the ministry on May 3 said". */
  private static final Set<String> CIRCUMSTANCE_OPENERS = Set.of("on", "in", "at", "from", "last", "this", "late",
      "early", "earlier");
  private static final Pattern PERCENTAGE = Pattern.compile("\\d+(\\.\\d+)?%");
  private static final Pattern AGENT_SUFFIX = Pattern.compile(".*(ers|ors|ists|ants|ents|ians|ans|ives|ees|ics|ies)");
  private static final Pattern NOT_AGENT_SUFFIX = Pattern.compile(".*(ness|less)");
  private static final Pattern PERSON_SUFFIX = Pattern.compile(".*(man|woman|men|women|person|people)");
  private static final Set<String> MODALS = Set.of("should", "must", "could", "might", "would", "may", "can",
      "will", "shall");

  /** Cues that take no person as object, so "said her …" opens a noun phrase ("her net worth was …"). */
  private static final Set<String> POSSESSIVE_HER = Set.of("say", "add", "report", "note", "write", "argue",
      "claim", "insist", "estimate", "believe", "think", "announce", "explain", "suggest", "conclude");

  /** Words that start a figure rather than a topic: "said about half of", "said over 200 people". */
  private static final Set<String> APPROXIMATORS = Set.of("about", "over", "around", "up");

  private static boolean startsWithQuantity(Word w) {
    return startsWithFigure(w) || Set.of("half", "a", "one-third", "a-third", "two-thirds", "a-quarter").contains(w.lower());
  }

  private static boolean startsWithFigure(Word w) {
    String t = w.text();
    return !t.isEmpty() && (Character.isDigit(t.charAt(0)) || "$€£₴₽".indexOf(t.charAt(0)) >= 0
        || NUMBER_WORDS.contains(w.lower()));
  }

  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "dozens", "hundreds", "thousands", "tens", "millions", "billions", "about", "around",
      "roughly", "nearly", "almost", "more", "over", "some", "up");
  private static final Set<String> NO_CONTENT_START = Set.of("of", "about", "for", "on", "with", "by", "up",
      "at", "in", "into", "off", "out", "from", "over", "against", "him", "her", "them", "me", "us", "and", "or",
      "but", "to", "so", "yes", "no", "nothing", "something", "anything", "goodbye", "hello", "sorry", "thanks",
      "more", "less", "hi", "too", "back", "later", "earlier", "again", "once", "twice", "recently");
  private static final Set<String> STATEMENT_OPENERS = Set.of("statement", "interview", "post", "video",
      "address", "speech", "message", "letter", "op-ed", "briefing", "tweet", "report", "broadcast");
  private static final Pattern ADVERB_HEDGES = Pattern.compile("(?i)\\b(reportedly|allegedly|purportedly|"
      + "supposedly|apparently|reputedly|ostensibly|unconfirmed|unverified|rumou?red|possibly|perhaps|"
      + "probably|likely|(?:is|are|was|were) (?:said|believed|thought|reported|alleged|understood) to|"
      + "appears? to|seems? to|it is believed|may have|might have|could have)\\b");
  private static final Pattern MODAL_HEDGES = Pattern.compile("(?i)\\b(may|might|could|would)\\b");
  private static final Pattern PRONOUN_REPORT = Pattern.compile("\\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (claims?|"
      + "assertion|statement|argument|insistence|belief|view|suggestion|promise|pledge|warning|prediction|"
      + "assessment|report|allegation|accusation|contention|admission|denial|complaint) (that)\\b");
  private static final Pattern POSSESSIVE_REPORT = Pattern.compile("['’]s (report|statement|claims?|"
      + "assessment|announcement|remarks|comments|admission|data|figures|estimates?|update|summary|"
      + "findings|account|version|analysis) (confirming|that|saying|claiming|stating|showing|suggesting|"
      + "indicating|asserting|alleging|denying|admitting|noting)\\b");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Set<String> LOADED_NOUNS = Set.of("claim", "claims", "admission", "version");

  private final ReportingLexicon lexicon;
  private final SpeakerTypes types;
  private final CheckWorthiness checkWorthiness;

  ClaimExtractor(ReportingLexicon lexicon, SpeakerTypes types, CheckWorthiness checkWorthiness) {
    this.lexicon = lexicon;
    this.types = types;
    this.checkWorthiness = checkWorthiness;
  }

  /** One word or punctuation token of the text. */
  record Word(int start, int end, String text, String lower) {
    boolean is(String s) {
      return lower.equals(s);
    }

    boolean isWord() {
      return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean capitalised() {
      return Character.isUpperCase(text.charAt(0));
    }
  }

  /** A quotation: offsets of the opening and closing marks (close is the text length when unclosed). */
  record Quote(int open, int close) {
    Span inner() {
      return new Span(open + 1, close);
    }
  }

  /** A claim under construction, before resolution. */
  private record Draft(List<Span> parts, @Nullable Span speaker, Span cue, String lemma, Stance stance,
                       ClaimKind kind) {}

  /** Everything about one article that the rules consult. */
  private final class Doc {
    final String text;
    final List<Word> words = new ArrayList<>();
    final List<Sentence> sentences;
    final List<Entity> entities;
    final List<TimeExpression> times;
    final List<Quote> quotes;
    final List<Draft> drafts = new ArrayList<>();

    Doc(String text, List<Sentence> sentences, List<Entity> entities, List<TimeExpression> times) {
      this.text = text;
      this.sentences = sentences;
      this.entities = entities;
      this.times = times;
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        String w = m.group();
        words.add(new Word(m.start(), m.end(), w, w.toLowerCase(Locale.ROOT).replace('’', '\'')));
      }
      this.quotes = Quotes.find(text);
    }

    /** Index of the first word starting at or after {@code offset}. */
    int wordAt(int offset) {
      int lo = 0;
      int hi = words.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (words.get(mid).start() < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    @Nullable Quote speechQuoteAround(int offset) {
      for (Quote q : quotes) {
        if (q.open() < offset && offset < q.close() && isSpeech(q)) {
          return q;
        }
      }
      return null;
    }

    boolean isSpeech(Quote q) {
      String inner = text.substring(q.open() + 1, q.close()).strip();
      int n = inner.isEmpty() ? 0 : inner.split("\\s+").length;
      return n >= 4 || n >= 1 && inner.matches("(?s).*[.!?,]$");
    }
  }

  List<Claim> extract(String text, List<Sentence> sentences, List<Entity> entities, List<TimeExpression> times) {
    Doc doc = new Doc(text, sentences, entities, times);
    directQuotes(doc);
    for (Sentence s : sentences) {
      colonLead(doc, s);
      possessiveReports(doc, s);
      reportingCues(doc, s);
      accordingTo(doc, s);
    }
    List<Claim> claims = new ArrayList<>();
    Claim previousPerson = null;
    List<Draft> drafts = new ArrayList<>(doc.drafts);
    drafts.sort(Comparator.comparing((Draft d) -> d.cue()));
    for (Draft d : drafts) {
      Claim c = resolve(doc, d, previousPerson);
      if (c.speakerType() == SpeakerType.PERSON && c.speakerEntityId() != null) {
        previousPerson = c;
      }
      claims.add(c);
    }
    assertions(doc, claims);
    claims.sort(Comparator.comparing(Claim::content).thenComparing(c -> c.cue() == null ? c.content() : c.cue().span()));
    return dedupe(claims);
  }

  // ---------------------------------------------------------------- direct quotes

  private void directQuotes(Doc doc) {
    List<Quote> quotes = doc.quotes;
    for (int qi = 0; qi < quotes.size(); qi++) {
      Quote q = quotes.get(qi);
      if (!doc.isSpeech(q)) {
        continue;
      }
      if (covered(doc, q.inner())) {
        continue;
      }
      // “…,” he said, “…”  /  “…,” said Peskov.
      int after = q.close() + (doc.text.startsWith("''", q.close()) ? 2 : 1);
      int wi = doc.wordAt(after);
      String innerText = doc.text.substring(q.open() + 1, q.close()).strip();
      boolean endsSentence = innerText.endsWith(".") && !(wi < doc.words.size() && doc.words.get(wi).is(","));
      int limit = Math.min(doc.words.size(), wi + 12);
      int stop = wi;
      while (stop < limit) {
        Word w = doc.words.get(stop);
        if (w.is(".") || w.is("!") || w.is("?") || w.is(";") || Quotes.isOpening(doc.text, w.start())
            || hasParagraphBreak(doc.text, after, w.start())) {
          break;
        }
        stop++;
      }
      int from = wi < stop && doc.words.get(wi).is(",") ? wi + 1 : wi;
      CueMatch cue = endsSentence ? null : findCue(doc, from, Math.min(stop, from + 8), false);
      if (cue != null) {
        Span speaker = nounPhraseBefore(doc, cue.first(), from);
        if (speaker == null) {
          speaker = nounPhraseAfter(doc, cue.last() + 1, stop);
        }
        if (speaker != null) {
          List<Span> parts = new ArrayList<>();
          parts.add(trimContent(doc.text, q.inner()));
          // a split quote continues after the cue: “Everything,” he said, “is falling apart.”
          if (stop < doc.words.size() && qi + 1 < quotes.size()) {
            Quote next = quotes.get(qi + 1);
            Word sw = doc.words.get(stop);
            if (sw.start() == next.open() && doc.text.substring(q.close() + 1, next.open()).strip().endsWith(",")) {
              parts.add(trimContent(doc.text, next.inner()));
              qi++;
            }
          }
          doc.drafts.add(new Draft(parts, speaker, cue.span(doc), cue.entry().lemma(), cue.entry().stance(),
              ClaimKind.DIRECT));
          continue;
        }
      }
      // a quote standing as the next sentence continues the last direct quote: “…,” he said. “Not one step.”
      if (!doc.drafts.isEmpty()) {
        Draft last = doc.drafts.get(doc.drafts.size() - 1);
        int lastEnd = last.parts().get(last.parts().size() - 1).end();
        Sentence here = sentenceAt(doc, q.open());
        // near the last quote, or opening the sentence right after the one holding its cue (a long
        // attribution between them: "…,” Chief of the General Staff X told Y in a video call. “…”)
        Sentence cueSentence = sentenceAt(doc, last.cue().start());
        boolean nextSentence = here != null && cueSentence != null
            && doc.sentences.indexOf(here) == doc.sentences.indexOf(cueSentence) + 1;
        if (last.kind() == ClaimKind.DIRECT && here != null && here.start() >= q.open() - 1 && here.start() <= q.open()
            && lastEnd < q.open()
            && !hasParagraphBreak(doc.text, lastEnd, q.open()) && (q.open() - lastEnd < 80 || nextSentence)) {
          List<Span> parts = new ArrayList<>(last.parts());
          parts.add(trimContent(doc.text, q.inner()));
          doc.drafts.set(doc.drafts.size() - 1, new Draft(parts, last.speaker(), last.cue(), last.lemma(),
              last.stance(), last.kind()));
          continue;
        }
      }
      // Kadyrov told Polish TV: “…”  /  Putin said, “…”  /  He said that “…”
      Sentence s = sentenceAt(doc, q.open());
      int sentStart = s == null ? lineStart(doc.text, q.open()) : s.start();
      int lo = doc.wordAt(sentStart);
      int hi = doc.wordAt(q.open());
      if (hi > lo) {
        Word last = doc.words.get(hi - 1);
        if (HEADLINE_WORDS.contains(last.lower())) {
          // TASS ran the story under the headline «…»
          CueMatch lead = findLastCue(doc, lo, hi - 1);
          Span speaker = lead != null ? nounPhraseBefore(doc, lead.first(), lo) : gerundSubject(doc, lo, hi - 1);
          if (speaker != null) {
            Span cueSpan = lead != null ? lead.span(doc) : new Span(last.start(), last.end());
            doc.drafts.add(new Draft(List.of(trimContent(doc.text, q.inner())), speaker, cueSpan,
                lead != null ? lead.entry().lemma() : "headline", Stance.NEUTRAL, ClaimKind.DIRECT));
            continue;
          }
        }
        if (last.is(":") || last.is(",") || last.is("that") || lexicon.lookup(last.lower()).isPresent()) {
          int end = last.is(":") || last.is(",") || last.is("that") ? hi - 1 : hi;
          CueMatch lead = findLastCue(doc, Math.max(lo, end - 8), end);
          if (lead != null) {
            Span speaker = nounPhraseBefore(doc, lead.first(), lo);
            if (speaker == null) {
              speaker = nounPhraseAfter(doc, lead.last() + 1, end);
            }
            if (speaker != null) {
              List<Span> parts = List.of(trimContent(doc.text, q.inner()));
              doc.drafts.add(new Draft(parts, speaker, lead.span(doc), lead.entry().lemma(),
                  lead.entry().stance(), ClaimKind.DIRECT));
            }
          }
        }
      }
    }
  }

  private static boolean hasParagraphBreak(String text, int from, int to) {
    return text.substring(from, Math.max(from, to)).contains("\n");
  }

  private static int lineStart(String text, int offset) {
    int i = text.lastIndexOf('\n', offset);
    return i < 0 ? 0 : i + 1;
  }

  private static Span trimContent(String text, Span s) {
    int a = s.start();
    int b = s.end();
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || text.charAt(b - 1) == ',')) {
      b--;
    }
    return new Span(a, b);
  }

  /** "Zelensky: We will not give up" (headlines) and "TAPPER: Do you think…" (transcripts). */
  private void colonLead(Doc doc, Sentence s) {
    int lo = doc.wordAt(s.start());
    int hi = doc.wordAt(s.end());
    int colon = -1;
    for (int j = lo; j < Math.min(hi, lo + 5); j++) {
      Word w = doc.words.get(j);
      if (w.is(":")) {
        colon = j;
        break;
      }
      if (!w.isWord() && !w.is(".") || !w.capitalised() || Character.isDigit(w.text().charAt(0))
          || lexicon.lookup(w.lower()).isPresent()) {
        return;
      }
    }
    if (colon <= lo || colon + 2 >= hi) {
      return;
    }
    // the content runs to the end of the line it starts on, which may be the next one ("TAPPER:\nDo you …")
    int from = doc.words.get(colon + 1).start();
    int lineEnd = doc.text.indexOf('\n', from);
    if (lineEnd < 0) {
      lineEnd = doc.text.length();
    }
    Span content = trimContent(doc.text, new Span(from, lineEnd));
    if (content.length() < 8 || covered(doc, content)) {
      return;
    }
    if (NOT_SPEAKERS.contains(doc.words.get(lo).lower()) || !canSpeak(doc.words.get(colon - 1))) {
      return;
    }
    Span speaker = new Span(doc.words.get(lo).start(), doc.words.get(colon - 1).end());
    Word c = doc.words.get(colon);
    doc.drafts.add(new Draft(List.of(content), speaker, new Span(c.start(), c.end()), ":", Stance.NEUTRAL,
        ClaimKind.DIRECT));
  }

  // ---------------------------------------------------------------- reporting cues

  private record CueMatch(int first, int last, ReportingLexicon.Entry entry) {
    Span span(Doc doc) {
      return new Span(doc.words.get(first).start(), doc.words.get(last).end());
    }
  }

  private @Nullable CueMatch cueAt(Doc doc, int i, int end) {
    int longest = Math.min(lexicon.longestForm(), end - i);
    for (int n = longest; n >= 1; n--) {
      List<String> forms = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        forms.add(doc.words.get(i + k).lower());
      }
      Optional<ReportingLexicon.Entry> e = lexicon.lookup(forms);
      if (e.isPresent()) {
        return new CueMatch(i, i + n - 1, e.get());
      }
    }
    return null;
  }

  private @Nullable CueMatch findCue(Doc doc, int from, int to, boolean allowGerund) {
    for (int i = from; i < to; i++) {
      CueMatch m = cueAt(doc, i, to);
      if (m != null && (allowGerund || !doc.words.get(m.first()).lower().endsWith("ing"))) {
        return m;
      }
    }
    return null;
  }

  private @Nullable CueMatch findLastCue(Doc doc, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      CueMatch m = cueAt(doc, i, to);
      if (m != null && !doc.words.get(m.first()).lower().endsWith("ing")) {
        return m;
      }
    }
    return null;
  }

  private void reportingCues(Doc doc, Sentence s) {
    int lo = doc.wordAt(s.start());
    int hi = doc.wordAt(s.end());
    boolean statementOpener = lo + 2 < hi && doc.words.get(lo).is("in")
        && STATEMENT_OPENERS.contains(doc.words.get(lo + 2).lower());
    for (int i = lo; i < hi; i++) {
      Word w = doc.words.get(i);
      if (!w.isWord() || doc.speechQuoteAround(w.start()) != null) {
        continue;
      }
      CueMatch cue = cueAt(doc, i, hi);
      if (cue == null) {
        continue;
      }
      Word first = doc.words.get(cue.first());
      String form = first.lower();
      Word prev = i > lo ? doc.words.get(i - 1) : null;
      if (first.capitalised() && prev != null && prev.isWord() && !titleCase(doc, lo, hi)) {
        continue; // a name or title word mid-sentence: "the United States", "Reuters Report"
      }
      if (prev != null && (DETERMINERS.contains(prev.lower()) || prev.lower().endsWith("'s"))) {
        continue; // a noun: "the claims", "Russia's report"
      }
      if (overlapsDraftCue(doc, cue.span(doc))) {
        i = cue.last();
        continue;
      }
      boolean passive = prev != null && BE.contains(prev.lower()) && !form.endsWith("ing");
      if (passive) {
        continue;
      }
      if (form.endsWith("ing") && !(prev != null && (prev.is(",") || STATEMENT_OPENERS.contains(prev.lower())))) {
        continue;
      }
      Draft d = indirect(doc, s, lo, hi, cue, statementOpener);
      if (d != null) {
        doc.drafts.add(d);
        i = cue.last();
      }
    }
  }

  private @Nullable Draft indirect(Doc doc, Sentence s, int lo, int hi, CueMatch cue, boolean opener) {
    int k = cue.last() + 1;
    int end = hi;
    while (end > k && isTrailing(doc.words.get(end - 1))) {
      end--;
    }
    // skip an addressee or a circumstance before an explicit complement: told reporters that, said on Tuesday that
    boolean explicit = false;
    int scan = k;
    int maxSkip = OBJECT_VERBS.contains(cue.entry().lemma()) || k < end && PREPOSITIONS.contains(doc.words.get(k).lower()) ? 6 : 0;
    for (int j = k; j < Math.min(end, k + maxSkip + 1); j++) {
      Word w = doc.words.get(j);
      if (w.is("that") || w.is(":") || Quotes.isOpening(doc.text, w.start())) {
        explicit = true;
        scan = w.is("that") || w.is(":") ? j + 1 : j;
        break;
      }
      if (w.is(",") || w.is(";") || w.is(".")) {
        break;
      }
    }
    if (!explicit && OBJECT_COMPLEMENT.contains(cue.entry().lemma())) {
      // accused Kyiv of shelling, praised the troops for, urged allies to
      for (int j = k + 1; j < Math.min(end, k + 6); j++) {
        Word w = doc.words.get(j);
        if (w.is("of") || w.is("for") || w.is("to")) {
          explicit = true;
          scan = k;
          break;
        }
        if (!w.isWord()) {
          break;
        }
      }
    }
    if (!explicit && AT_FIGURE.contains(cue.entry().lemma())) {
      // put Ukrainian losses at 64,000, estimated the damage at $2bn
      for (int j = k + 1; j < Math.min(end - 1, k + 8); j++) {
        Word w = doc.words.get(j);
        if (w.is("at") && startsWithFigure(doc.words.get(j + 1))) {
          explicit = true;
          scan = k;
          break;
        }
        if (w.is(",") || w.is(";")) {
          break;
        }
      }
    }
    if (!explicit && k < end) {
      Word w = doc.words.get(k);
      if (w.is(",") && k + 1 < end && Quotes.isOpening(doc.text, doc.words.get(k + 1).start())) {
        explicit = true;
        scan = k + 1;
      }
    }
    boolean gerund = doc.words.get(cue.first()).lower().endsWith("ing");
    // normal order: SPEAKER CUE [that] CONTENT
    Span speaker = gerund ? gerundSubject(doc, lo, cue.first()) : nounPhraseBefore(doc, cue.first(), lo);
    boolean asClause = lo < cue.first() && doc.words.get(lo).is("as") && noComma(doc, lo, cue.first());
    if (asClause) {
      // As X put it, CONTENT
      int comma = -1;
      for (int j = cue.last() + 1; j < end; j++) {
        if (doc.words.get(j).is(",")) {
          comma = j;
          break;
        }
      }
      if (comma < 0 || comma + 2 >= end || speaker == null) {
        return null;
      }
      Span content = new Span(doc.words.get(comma + 1).start(), doc.words.get(end - 1).end());
      return new Draft(List.of(content), speaker, cue.span(doc), cue.entry().lemma(), cue.entry().stance(),
          kindOf(doc, content, ClaimKind.INDIRECT));
    }
    int contentStart = explicit ? scan : k;
    if (contentStart < end && NOT_A_STATEMENT.getOrDefault(cue.entry().lemma(), Set.of())
        .contains(doc.words.get(contentStart).lower())
        && (!QUESTION_CUES.contains(cue.entry().lemma()) || cue.first() > lo && MODALS.contains(doc.words.get(cue.first() - 1).lower()))) {
      return null; // "shows no sign of" is a description; "should ask why they …" a question nobody asked yet
    }
    if (speaker != null && relativeInSubject(doc, speaker, lo)) {
      // "The Post, which argued that the papers mattered, published them": the clause ends at the last comma
      for (int j = end - 1; j > contentStart; j--) {
        if (doc.words.get(j).is(",")) {
          Word next = j + 1 < end ? doc.words.get(j + 1) : null;
          if (next != null && next.isWord() && !next.capitalised() && !CLAUSE_STOP.contains(next.lower())
              && !DETERMINERS.contains(next.lower()) && end - j <= 10) {
            end = j;
          }
          break;
        }
      }
    }
    boolean hasComplement = contentStart + 1 < end && !doc.words.get(contentStart).is(",")
        && !doc.words.get(contentStart).is(".")
        && (explicit || !NO_CONTENT_START.contains(doc.words.get(contentStart).lower())
            || POSSESSIVE_HER.contains(cue.entry().lemma()) && doc.words.get(contentStart).is("her")
            || APPROXIMATORS.contains(doc.words.get(contentStart).lower()) && contentStart + 1 < end
                && startsWithQuantity(doc.words.get(contentStart + 1)));
    if (speaker != null && hasComplement && (explicit || !cue.entry().strict() || opener)) {
      int contentEnd = doc.words.get(end - 1).end();
      if (end < hi && Quotes.isQuoteChar(doc.words.get(end).text().charAt(0))
          && doc.speechQuoteAround(doc.words.get(contentStart).start()) == null) {
        for (int j = contentStart; j < end; j++) {
          if (Quotes.isOpening(doc.text, doc.words.get(j).start()) && Quotes.isQuoteChar(doc.words.get(j).text().charAt(0))) {
            contentEnd = doc.words.get(end).end(); // the content opened this quote: keep its closing mark
            break;
          }
        }
      }
      Span content = new Span(doc.words.get(contentStart).start(), contentEnd);
      int words = end - contentStart;
      boolean tooShort = content.length() < 8 || !explicit && (words < 3 || OBJECT_VERBS.contains(cue.entry().lemma())
          && words < 5);
      if (doc.text.charAt(contentEnd - 1) == ':') {
        return null;
      }
      if (!tooShort) {
        return new Draft(List.of(trimContent(doc.text, content)), speaker, cue.span(doc), cue.entry().lemma(),
            cue.entry().stance(), kindOf(doc, content, ClaimKind.INDIRECT));
      }
      // "CONTENT, a Cairo airport official told The Associated Press.": too little after the cue, so the
      // content is what came before the comma (below)
    }
    if (gerund) {
      return null;
    }
    // inverted order: CONTENT, SPEAKER CUE [circumstance].  /  CONTENT, CUE SPEAKER.
    // interrupted: CONTENT, SPEAKER CUE, CONTENT.  /  CONTENT, NAME, APPOSITIVE, CUE.
    int comma = -1;
    for (int j = cue.first() - 1; j > lo; j--) {
      Word w = doc.words.get(j);
      if (w.is(",")) {
        comma = j;
        break;
      }
      if (w.is(";") || w.is(":") || j < cue.first() - 9) {
        break;
      }
    }
    if (comma < 0) {
      return null;
    }
    int after = -1;
    for (int j = cue.last() + 1; j < Math.min(end, cue.last() + 7); j++) {
      Word w = doc.words.get(j);
      if (w.is(",")) {
        after = j;
        break;
      }
      if (w.is("that") || !w.isWord()) {
        break;
      }
    }
    boolean interrupted = after >= 0 && end - after > 3;
    if (cue.entry().strict() && !opener) {
      return null;
    }
    if (interrupted && comma == cue.first() - 1) {
      // "CONTENT, said Rita Katz, the director of …": after CUE SPEAKER the rest describes the speaker
      Span named = nounPhraseAfter(doc, cue.last() + 1, after);
      if (named == null || comma - lo < 4) {
        return null;
      }
      List<Span> parts = List.of(trimContent(doc.text, new Span(doc.words.get(lo).start(), doc.words.get(comma).start())));
      Quote q = doc.speechQuoteAround(parts.get(0).start() + 1);
      if (q != null && q.inner().contains(parts.get(0))) {
        return null; // a direct quote, found already
      }
      return new Draft(parts, named, cue.span(doc), cue.entry().lemma(), cue.entry().stance(),
          kindOf(doc, parts.get(0), ClaimKind.INDIRECT));
    }
    if (!interrupted) {
      if (end - cue.last() > 6) {
        return null;
      }
      if (cue.last() + 1 < end) {
        Word next = doc.words.get(cue.last() + 1);
        boolean circumstance = PREPOSITIONS.contains(next.lower()) || isTimeWord(next.lower()) || !next.isWord();
        boolean speakerAfter = next.capitalised() || next.is("the") || next.is("a") || next.is("an");
        if (!circumstance && !speakerAfter) {
          return null;
        }
      }
      for (int j = cue.last() + 1; j < end; j++) {
        if (doc.words.get(j).is("that")) {
          return null;
        }
      }
    }
    Span invSpeaker = nounPhraseBefore(doc, cue.first(), comma + 1);
    int contentEnd = comma;
    if (invSpeaker == null && comma == cue.first() - 1) {
      // CONTENT, Greg Raiff, chief executive of an aviation firm, said.
      int right = comma;
      for (int j = comma - 1, seen = 0; j > lo && seen < 4 && comma - j < 40; j--) {
        if (!doc.words.get(j).is(",")) {
          continue;
        }
        seen++;
        int first = j + 1;
        int last = right - 1;
        if (first <= last && last - first < 5 && doc.words.get(first).capitalised() && doc.words.get(last).capitalised()) {
          invSpeaker = new Span(doc.words.get(first).start(), doc.words.get(last).end());
          contentEnd = j;
          break;
        }
        right = j;
      }
    }
    if (invSpeaker == null && !interrupted) {
      invSpeaker = nounPhraseAfter(doc, cue.last() + 1, end);
    }
    if (invSpeaker == null || contentEnd - lo < (interrupted ? 1 : 4)) {
      return null;
    }
    List<Span> parts = new ArrayList<>();
    parts.add(trimContent(doc.text, new Span(doc.words.get(lo).start(), doc.words.get(contentEnd).start())));
    if (interrupted) {
      parts.add(trimContent(doc.text, new Span(doc.words.get(after + 1).start(), doc.words.get(end - 1).end())));
    }
    Span content = new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
    Quote q = doc.speechQuoteAround(content.start() + 1);
    if (q != null && q.inner().contains(parts.get(0)) || q != null && content.contains(q.inner())
        && q.inner().length() > content.length() * 0.8) {
      return null; // a direct quote, found already
    }
    return new Draft(parts, invSpeaker, cue.span(doc), cue.entry().lemma(), cue.entry().stance(),
        kindOf(doc, content, ClaimKind.INDIRECT));
  }

  /** Whether most words of a sentence are capitalised, as in headlines. */
  private static boolean titleCase(Doc doc, int from, int to) {
    int words = 0;
    int caps = 0;
    for (int j = from; j < to; j++) {
      Word w = doc.words.get(j);
      if (w.isWord() && w.text().length() > 3) {
        words++;
        caps += w.capitalised() ? 1 : 0;
      }
    }
    return words > 0 && caps * 10 >= words * 7;
  }

  private static boolean noComma(Doc doc, int from, int to) {
    for (int j = from; j < to; j++) {
      if (doc.words.get(j).is(",")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTrailing(Word w) {
    return w.is(".") || w.is("!") || w.is("?") || w.is("\"") || w.is("”") || w.is("’") || w.is("»") || w.is(")");
  }

  private ClaimKind kindOf(Doc doc, Span content, ClaimKind base) {
    for (Quote q : doc.quotes) {
      if (content.contains(new Span(q.open(), Math.min(q.close() + 1, doc.text.length())))
          || content.overlaps(q.inner()) && q.open() >= content.start()) {
        return ClaimKind.MIXED;
      }
    }
    return base;
  }

  private boolean overlapsDraftCue(Doc doc, Span cue) {
    for (Draft d : doc.drafts) {
      if (d.cue().overlaps(cue)) {
        return true;
      }
    }
    return false;
  }

  private boolean covered(Doc doc, Span inner) {
    for (Draft d : doc.drafts) {
      for (Span p : d.parts()) {
        if (p.overlaps(inner)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The subject of a gerund cue ("…, saying …"): the speaker of the clause before, else its first phrase. */
  private @Nullable Span gerundSubject(Doc doc, int lo, int cueFirst) {
    for (int j = doc.drafts.size() - 1; j >= 0; j--) {
      Draft d = doc.drafts.get(j);
      if (d.speaker() != null && d.cue().start() >= doc.words.get(lo).start()
          && d.cue().end() <= doc.words.get(cueFirst).start()) {
        return d.speaker();
      }
    }
    for (int j = lo; j < cueFirst; j++) {
      CueMatch m = cueAt(doc, j, cueFirst);
      if (m != null) {
        Span np = nounPhraseBefore(doc, m.first(), lo);
        if (np != null) {
          return np;
        }
      }
    }
    // the sentence's opening name: "Sen. Mark Kirk, who faces…, withdrew his support, saying …"
    int j = lo;
    if (j < cueFirst && doc.words.get(j).is("the")) {
      j++;
    }
    int k = j;
    while (k < cueFirst && doc.words.get(k).isWord() && doc.words.get(k).capitalised()) {
      k++;
    }
    if (k < cueFirst && k > lo && doc.words.get(k).isWord() && !doc.words.get(k).capitalised()
        && doc.words.get(k).lower().endsWith("s") && k - j < 3 && k + 1 < cueFirst) {
      k++; // "The Russians", "GOP voters"
    }
    if (k == j || !canSpeak(doc.words.get(k - 1))) {
      return null;
    }
    return new Span(doc.words.get(lo).start(), doc.words.get(k - 1).end());
  }

  // ---------------------------------------------------------------- speaker phrases

  /**
   * The noun phrase ending right before word {@code cue} (skipping adverbs and auxiliaries), not
   * reaching before word {@code floor}: "Russian Chief of the General Staff Valery Gerasimov", "He",
   * "Some analysts".
   */
  @Nullable Span nounPhraseBefore(Doc doc, int cue, int floor) {
    int j = cue - 1;
    boolean skipped = true;
    while (skipped && j >= floor) {
      skipped = false;
      while (j >= floor && (SKIP_BEFORE_CUE.contains(doc.words.get(j).lower()) || isAdverb(doc.words.get(j)))) {
        j--;
        skipped = true;
      }
      // a circumstance between subject and verb: "Sanders on Saturday criticized", "the ministry on May 3 said"
      int t = j;
      while (t >= floor && (isTimeWord(doc.words.get(t).lower()) || Character.isDigit(doc.words.get(t).text().charAt(0)))) {
        t--;
      }
      if (t < j && t >= floor && CIRCUMSTANCE_OPENERS.contains(doc.words.get(t).lower())) {
        j = t - 1;
        skipped = true;
      }
    }
    if (j > floor && RELATIVE_PRONOUNS.contains(doc.words.get(j).lower())) {
      // a relative pronoun speaks for its antecedent ("Ekovich, who noted that …"): like "he", the pronoun
      // is the speaker's span and resolve() names the antecedent
      Word rel = doc.words.get(j);
      return antecedent(doc, j, floor) == null ? null : new Span(rel.start(), rel.end());
    }
    if (j >= floor && doc.words.get(j).is(")")) {
      // a parenthesis after a name: "Elijah Cummings (D-Md.) said"
      int k = j - 1;
      while (k >= floor && !doc.words.get(k).is("(") && k > j - 8) {
        k--;
      }
      if (k >= floor && doc.words.get(k).is("(")) {
        j = k - 1;
      }
    }
    if (j >= floor && (doc.words.get(j).is("—") || doc.words.get(j).is("–"))) {
      // a dash parenthesis: "Democratic leaders — and, in particular, Harry Reid — insisted"
      int k = j - 1;
      while (k >= floor && !doc.words.get(k).is(doc.words.get(j).text()) && k > j - 15) {
        k--;
      }
      if (k > floor && doc.words.get(k).is(doc.words.get(j).text())) {
        j = k - 1;
      }
    }
    if (j >= floor && doc.words.get(j).is(",")) {
      // an appositive or relative clause: "Putin, who has ruled since 2000, said"
      int k = j - 1;
      while (k >= floor && !doc.words.get(k).is(",") && k > j - 26) {
        k--;
      }
      if (k <= floor || k < j - 25) {
        return null;
      }
      // "Lance Beebe, 49, a Navy veteran …, said": an age between commas belongs to the name before it
      if (k - 2 > floor && Character.isDigit(doc.words.get(k - 1).text().charAt(0)) && doc.words.get(k - 2).is(",")) {
        k -= 2;
      }
      Word opening = doc.words.get(k + 1);
      if (!opening.capitalised() && opening.lower().endsWith("ing")) {
        return null; // "…, forcing her to fend off both rivals, said X": a clause, not an appositive
      }
      // "Another delegate on the slate, Jim Poolman, said": the name between the commas speaks
      Span named = nameBetween(doc, k + 1, j - 1);
      if (named != null && nounPhraseBefore(doc, k, floor) == null) {
        return named;
      }
      j = k - 1;
    }
    if (j < floor) {
      return null;
    }
    Word last = doc.words.get(j);
    if (PERCENTAGE.matcher(last.text()).matches()) {
      return new Span(last.start(), last.end()); // "42% say"
    }
    if (last.is("%") && j - 1 >= floor && Character.isDigit(doc.words.get(j - 1).text().charAt(0))) {
      return new Span(doc.words.get(j - 1).start(), last.end());
    }
    if (!last.isWord() || Quotes.isQuoteChar(last.text().charAt(0))) {
      return null;
    }
    if (SpeakerTypes.PRONOUNS.contains(last.lower())) {
      return new Span(last.start(), last.end());
    }
    int start = j;
    int n = 1;
    while (start - 1 >= floor && n < 10) {
      Word w = doc.words.get(start - 1);
      boolean share = Character.isDigit(w.text().charAt(0)) && doc.words.get(start).is("percent");
      if (!w.isWord() && !w.is("-") && !w.is(".") && !share || CLAUSE_STOP.contains(w.lower()) || BE.contains(w.lower())
          || NP_STOP.contains(w.lower())
          || lexicon.lookup(w.lower()).isPresent() && !w.capitalised()) {
        break;
      }
      if (w.is(".") && !(start - 2 >= floor && doc.words.get(start - 2).text().length() == 1)) {
        break;
      }
      start--;
      n++;
    }
    // drop a leading circumstance: "On April 30 Kadyrov", "Last week the ministry"
    while (start < j && (PREPOSITIONS.contains(doc.words.get(start).lower())
        || Character.isDigit(doc.words.get(start).text().charAt(0)) && !doc.words.get(start + 1).is("percent")
        || isTimeWord(doc.words.get(start).lower()))) {
      start++;
    }
    // and a leading connective: "But the ministry", "Yet Kadyrov's own channel", "Meanwhile the governor"
    while (start < j && CONNECTIVES.contains(doc.words.get(start).lower())) {
      start++;
    }
    Word head = doc.words.get(j);
    if (!canSpeak(head)) {
      // the head may come before a modifier: "Organizers of the push to boycott the speech said"
      int of = ofHead(doc, j, floor);
      return of < 0 ? null : new Span(doc.words.get(of).start(), head.end());
    }
    return new Span(doc.words.get(start).start(), head.end());
  }

  /**
   * The first word of a noun phrase "HEAD of …" ending at word {@code j}, whose head can speak ("organizers
   * of the push to boycott the speech", "the head of the regional administration"), or -1.
   */
  private int ofHead(Doc doc, int j, int floor) {
    for (int i = j - 1; i > floor && i > j - 12; i--) {
      Word w = doc.words.get(i);
      if (!w.isWord() || CLAUSE_STOP.contains(w.lower()) || BE.contains(w.lower())) {
        return -1;
      }
      if (w.is("of") && nounCanSpeak(doc.words.get(i - 1).lower())) {
        int s = i - 1;
        while (s - 1 >= floor && s > i - 4 && doc.words.get(s - 1).isWord()
            && !CLAUSE_STOP.contains(doc.words.get(s - 1).lower()) && !NP_STOP.contains(doc.words.get(s - 1).lower())
            && !PREPOSITIONS.contains(doc.words.get(s - 1).lower()) && !BE.contains(doc.words.get(s - 1).lower())
            && (DETERMINERS.contains(doc.words.get(s - 1).lower()) || !doc.words.get(s - 1).lower().endsWith("ed"))) {
          s--;
        }
        return s;
      }
    }
    return -1;
  }

  /** Whether {@code speaker} is "who"/"which" after a comma in a relative clause inside the sentence's subject. */
  private boolean relativeInSubject(Doc doc, Span speaker, int lo) {
    if (!RELATIVE_PRONOUNS.contains(doc.text.substring(speaker.start(), speaker.end()))) {
      return false;
    }
    int rel = doc.wordAt(speaker.start());
    Span ante = rel - 1 > lo && doc.words.get(rel - 1).is(",") ? antecedent(doc, rel, lo) : null;
    return ante != null && doc.wordAt(ante.start()) <= lo + 1;
  }

  /** The noun phrase a relative pronoun at word {@code rel} refers to: "Ekovich" in "Ekovich, who", or null. */
  private @Nullable Span antecedent(Doc doc, int rel, int floor) {
    if (rel - 1 <= floor) {
      return null;
    }
    int a = doc.words.get(rel - 1).is(",") ? rel - 1 : rel;
    if (a == rel) {
      // without a comma only a name is safe: "a woman who claimed" may follow any verb
      Word w = doc.words.get(rel - 1);
      return w.capitalised() && w.isWord() ? nounPhraseBefore(doc, rel, floor) : null;
    }
    Span np = nounPhraseBefore(doc, a, floor);
    return np == null || SpeakerTypes.PRONOUNS.contains(doc.text.substring(np.start(), np.end()).toLowerCase(Locale.ROOT))
        || doc.words.get(doc.wordAt(np.start())).lower().equals("who") ? null : np;
  }

  /** Words {@code from..to} when they are a capitalised name of one to four words. */
  private static @Nullable Span nameBetween(Doc doc, int from, int to) {
    if (from > to || to - from > 3) {
      return null;
    }
    for (int i = from; i <= to; i++) {
      Word w = doc.words.get(i);
      if (!w.isWord() || !w.capitalised() || SpeakerTypes.PRONOUNS.contains(w.lower())) {
        return null;
      }
    }
    return new Span(doc.words.get(from).start(), doc.words.get(to).end());
  }

  private static boolean isAdverb(Word w) {
    return !w.capitalised() && w.lower().length() > 4 && w.lower().endsWith("ly") && !ADVERB_NOT.contains(w.lower());
  }

  private static final Set<String> ADVERB_NOT = Set.of("family", "italy", "ally", "rally", "assembly", "supply",
      "july", "daily", "weekly", "monthly", "reply", "bully");

  private static final Set<String> SPEAKER_NOUNS = Set.of(
      // war reporting: commentators, fighters and witnesses speak as often as officials
      "commentator", "columnist", "pundit", "propagandist", "broadcaster", "presenter", "anchor", "fighter",
      "volunteer", "medic", "paramedic", "rescuer", "eyewitness", "survivor", "refugee", "evacuee", "villager",
      "serviceman", "servicemen", "pilot", "negotiator", "mediator", "inspector", "watchdog",
      "official", "spokesman", "spokeswoman", "spokesperson", "aide", "analyst", "expert", "source",
      "observer", "critic", "supporter", "lawmaker", "senator", "president", "minister", "secretary",
      "governor", "mayor", "candidate", "nominee", "leader", "ministry", "government", "administration",
      "campaign", "committee", "party", "military", "army", "police", "report", "poll", "survey", "study",
      "data", "statement", "letter", "memo", "document", "agency", "department", "court", "board", "council",
      "commission", "office", "staff", "team", "group", "kremlin", "pentagon", "public", "people", "media",
      "press", "newspaper", "website", "channel", "spokesmen", "man", "woman", "men", "women", "soldier",
      "commander", "general", "officer", "chief", "head", "director", "chairman", "chairwoman", "chair",
      "adviser", "advisor", "envoy", "ambassador", "diplomat", "prosecutor", "judge", "lawyer", "attorney",
      "witness", "resident", "father", "mother", "son", "daughter", "wife", "husband", "friend", "family",
      "colleague", "opponent", "rival", "host", "author", "writer", "journalist", "reporter",
      "correspondent", "editor", "blogger", "economist", "historian", "professor", "researcher", "scientist",
      "doctor", "veteran", "activist", "voter", "member", "delegate", "representative", "everyone",
      "everybody", "nobody", "someone", "somebody", "others", "both", "all", "many", "some", "most", "few",
      "several", "majority", "minority", "percent", "respondents", "user", "reader", "viewer", "follower",
      "commenter", "poster", "caller", "listener", "ally", "allies", "insider", "insiders", "findings", "figures",
      "records", "filings", "emails", "documents", "navy", "command", "headquarters", "service",
      "intelligence", "regime", "side", "state", "country", "nation", "city", "region", "republic", "union",
      "alliance", "bloc", "coalition", "opposition", "movement", "organization", "organisation", "company",
      "firm", "network", "outlet", "bureau", "institute", "foundation", "center", "centre", "think-tank",
      "tank", "operator", "student", "teacher", "worker", "employee", "manager", "owner");

  /** Whether a noun phrase ending with {@code head} can plausibly speak. */
  static boolean canSpeak(Word head) {
    String h = head.lower();
    if (SpeakerTypes.PRONOUNS.contains(h)) {
      return true;
    }
    if (CLAUSE_STOP.contains(h) || DETERMINERS.contains(h) || PREPOSITIONS.contains(h) || isTimeWord(h)) {
      return false;
    }
    return head.capitalised() || nounCanSpeak(h);
  }

  /** Whether the lower-cased common noun {@code h} names someone or something that can make a statement. */
  static boolean nounCanSpeak(String h) {
    if (SPEAKER_NOUNS.contains(h) || h.endsWith("s") && SPEAKER_NOUNS.contains(h.substring(0, h.length() - 1))) {
      return true;
    }
    if (SHARES.contains(h) || h.endsWith("%")) {
      return true; // poll shares: "a third said", "three-fourths say", "42% say"
    }
    return AGENT_SUFFIX.matcher(h).matches() && !NOT_AGENT_SUFFIX.matcher(h).matches()
        || h.length() > 5 && PERSON_SUFFIX.matcher(h).matches() && !h.equals("human");
  }

  private static final Set<String> SHARES = Set.of("third", "thirds", "half", "quarter", "quarters", "fourths",
      "fifths", "two-thirds", "three-fourths", "three-quarters");

  private static final Set<String> TIME_WORDS = Set.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "week", "month", "year", "yesterday", "today", "night", "morning",
      "evening", "afternoon", "weekend");

  private static boolean isTimeWord(String w) {
    return TIME_WORDS.contains(w);
  }

  /** The noun phrase starting at word {@code from} ("said Peskov", "said the ministry in a statement"). */
  @Nullable Span nounPhraseAfter(Doc doc, int from, int to) {
    int i = from;
    if (i >= to) {
      return null;
    }
    int end = i;
    while (end < to && end - i < 10) {
      Word w = doc.words.get(end);
      if (!w.isWord() && !w.is("-") || end > i && (PREPOSITIONS.contains(w.lower()) && !w.is("of")
          && !w.is("for") || CLAUSE_STOP.contains(w.lower()))) {
        break;
      }
      end++;
    }
    if (end == i || !canSpeak(doc.words.get(end - 1))) {
      return null;
    }
    return new Span(doc.words.get(i).start(), doc.words.get(end - 1).end());
  }

  // ---------------------------------------------------------------- according to, possessive reports

  private void accordingTo(Doc doc, Sentence s) {
    int lo = doc.wordAt(s.start());
    int hi = doc.wordAt(s.end());
    int end = hi;
    while (end > lo && isTrailing(doc.words.get(end - 1))) {
      end--;
    }
    for (int i = lo; i + 1 < end; i++) {
      if (!(doc.words.get(i).is("according") && doc.words.get(i + 1).is("to"))) {
        continue;
      }
      if (doc.speechQuoteAround(doc.words.get(i).start()) != null) {
        continue;
      }
      int srcEnd = i + 2;
      while (srcEnd < end && !doc.words.get(srcEnd).is(",") && !doc.words.get(srcEnd).is(";")
          && srcEnd - i < 12) {
        srcEnd++;
      }
      if (srcEnd == i + 2) {
        continue;
      }
      Span source = new Span(doc.words.get(i + 2).start(), doc.words.get(srcEnd - 1).end());
      Span cue = new Span(doc.words.get(i).start(), doc.words.get(i + 1).end());
      List<Span> parts = new ArrayList<>();
      int before = i;
      if (before > lo && doc.words.get(before - 1).is(",")) {
        before--;
      }
      boolean leading = before <= lo + 3; // "According to X, …" or "Today, according to X, …"
      if (!leading) {
        parts.add(new Span(doc.words.get(lo).start(), doc.words.get(before - 1).end()));
      }
      if (srcEnd + 1 < end && doc.words.get(srcEnd).is(",")) {
        parts.add(new Span(doc.words.get(srcEnd + 1).start(), doc.words.get(end - 1).end()));
      }
      if (parts.isEmpty()) {
        continue;
      }
      List<Span> trimmed = parts.stream().map(p -> trimContent(doc.text, p)).filter(p -> p.length() > 0).toList();
      if (trimmed.isEmpty()) {
        continue;
      }
      Span envelope = new Span(trimmed.get(0).start(), trimmed.get(trimmed.size() - 1).end());
      doc.drafts.add(new Draft(trimmed, source, cue, "according to", Stance.NEUTRAL,
          kindOf(doc, envelope, ClaimKind.ACCORDING_TO) == ClaimKind.MIXED ? ClaimKind.MIXED : ClaimKind.ACCORDING_TO));
      i = srcEnd;
    }
  }

  private void possessiveReports(Doc doc, Sentence s) {
    String sentence = doc.text.substring(s.start(), s.end());
    Matcher pm = PRONOUN_REPORT.matcher(sentence);
    while (pm.find()) {
      Span speaker = new Span(s.start() + pm.start(1), s.start() + pm.end(1));
      Span cue = new Span(s.start() + pm.start(2), s.start() + pm.end(3));
      int contentEnd = s.end();
      while (contentEnd > cue.end() && ".!?”\"".indexOf(doc.text.charAt(contentEnd - 1)) >= 0) {
        contentEnd--;
      }
      Span content = trimContent(doc.text, new Span(cue.end(), contentEnd));
      if (content.length() >= 8 && !overlapsDraftCue(doc, cue) && doc.speechQuoteAround(cue.start()) == null) {
        String noun = pm.group(2);
        doc.drafts.add(new Draft(List.of(content), speaker, cue, noun.replaceAll("s$", ""),
            LOADED_NOUNS.contains(noun) || noun.equals("insistence") ? Stance.LOADED : Stance.NEUTRAL,
            ClaimKind.INDIRECT));
      }
    }
    Matcher m = POSSESSIVE_REPORT.matcher(sentence);
    while (m.find()) {
      int possessiveEnd = s.start() + m.start(); // end of the possessor before 's
      int w = doc.wordAt(possessiveEnd) - 1;
      if (w < 0) {
        continue;
      }
      int lo = doc.wordAt(s.start());
      // the possessor's token carries the 's; find the phrase ending with it
      Span np = nounPhraseBefore(doc, w + 1, lo);
      if (np == null) {
        continue;
      }
      Span speaker = new Span(np.start(), possessiveEnd);
      if (speaker.isEmpty()) {
        continue;
      }
      int cueStart = s.start() + m.start(1);
      int cueEnd = s.start() + m.end(2);
      int contentStart = s.start() + m.end();
      if (sentence.startsWith(" that ", m.end())) {
        contentStart += " that".length();
      }
      int contentEnd = s.end();
      while (contentEnd > contentStart && ".!?”\"".indexOf(doc.text.charAt(contentEnd - 1)) >= 0) {
        contentEnd--;
      }
      Span content = trimContent(doc.text, new Span(contentStart, contentEnd));
      if (content.length() < 8 || overlapsDraftCue(doc, new Span(cueStart, cueEnd))) {
        continue;
      }
      String noun = m.group(1);
      doc.drafts.add(new Draft(List.of(content), speaker, new Span(cueStart, cueEnd), noun.replaceAll("s$", ""),
          LOADED_NOUNS.contains(noun) ? Stance.LOADED : Stance.NEUTRAL, ClaimKind.INDIRECT));
    }
  }

  // ---------------------------------------------------------------- resolution

  private Claim resolve(Doc doc, Draft d, @Nullable Claim previousPerson) {
    Span speaker = d.speaker();
    String speakerText = speaker == null ? "" : doc.text.substring(speaker.start(), speaker.end());
    Span named = speaker;
    if (speaker != null && RELATIVE_PRONOUNS.contains(speakerText)) {
      int rel = doc.wordAt(speaker.start());
      Sentence within = sentenceAt(doc, speaker.start());
      Span ante = antecedent(doc, rel, within == null ? 0 : doc.wordAt(within.start()));
      if (ante != null) {
        named = ante;
        speakerText = doc.text.substring(ante.start(), ante.end());
      }
    }
    Entity entity = named == null ? null : entityFor(doc, named, speakerText, previousPerson);
    SpeakerType type = types.classify(speakerText, entity == null ? null : entity.type(),
        entity == null ? null : entity.name());
    String name = entity != null ? entity.name() : displayName(speakerText);
    Span envelope = new Span(d.parts().get(0).start(), d.parts().get(d.parts().size() - 1).end());
    String content = contentText(doc.text, d.parts());
    Sentence sentence = sentenceAt(doc, d.cue().start());
    String date = dateOf(doc, sentence, d.parts());
    String hedge = hedgeOf(doc, sentence, d.parts(), d.kind());
    return new Claim(envelope, d.parts(), speaker, entity == null ? null : entity.id(), name, type,
        new Cue(d.lemma(), d.cue(), d.stance()), d.kind(), date, hedge != null, hedge, d.stance(),
        round(checkWorthiness.score(content)));
  }

  private static double round(double p) {
    return Math.round(p * 1000) / 1000.0;
  }

  private static String contentText(String text, List<Span> parts) {
    StringBuilder b = new StringBuilder();
    for (Span p : parts) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(text, p.start(), p.end());
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

  private @Nullable Entity entityFor(Doc doc, Span speaker, String speakerText, @Nullable Claim previousPerson) {
    Entity best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Entity e : doc.entities) {
      for (Mention m : e.mentions()) {
        if (!m.span().overlaps(speaker)) {
          continue;
        }
        boolean coversHead = m.end() >= speaker.end() - 1;
        int score = (e.type() == EntityType.PERSON ? 2 : 0) + (m.kind() == MentionKind.NAME ? 1 : 0);
        if (!coversHead) {
          continue; // "Ukrainian officials" are not the entity "Ukrainian"
        }
        if (score > bestScore) {
          best = e;
          bestScore = score;
        }
      }
    }
    if (best != null) {
      return best;
    }
    String lower = speakerText.strip().toLowerCase(Locale.ROOT);
    if (lower.equals("he") || lower.equals("she") || lower.equals("him") || lower.equals("her")) {
      int cueSentence = indexOfSentence(doc, speaker.start());
      if (previousPerson != null && previousPerson.cue() != null
          && cueSentence - indexOfSentence(doc, previousPerson.cue().span().start()) <= 2) {
        for (Entity e : doc.entities) {
          if (e.id().equals(previousPerson.speakerEntityId())) {
            return e;
          }
        }
      }
      return latestPersonBefore(doc, speaker.start());
    }
    List<String> words = SpeakerTypes.words(speakerText).stream()
        .filter(w -> !DETERMINERS.contains(w) && !w.equals("'s")).toList();
    String stripped = speakerText.strip();
    int lastSpace = stripped.lastIndexOf(' ');
    if (words.isEmpty() || Character.isUpperCase(stripped.charAt(lastSpace + 1))) {
      return null; // a name that matched no entity, not a role
    }
    // a role: "the Russian president" → the entity whose stated roles share the head and the most words
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

  private static @Nullable Entity latestPersonBefore(Doc doc, int offset) {
    Entity best = null;
    int bestStart = -1;
    for (Entity e : doc.entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.end() <= offset && m.start() > bestStart && m.kind() != MentionKind.PRONOUN) {
          best = e;
          bestStart = m.start();
        }
      }
    }
    return best;
  }

  private static int indexOfSentence(Doc doc, int offset) {
    for (int i = 0; i < doc.sentences.size(); i++) {
      if (doc.sentences.get(i).end() > offset) {
        return i;
      }
    }
    return doc.sentences.size();
  }

  private static @Nullable Sentence sentenceAt(Doc doc, int offset) {
    for (Sentence s : doc.sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }

  private static @Nullable String dateOf(Doc doc, @Nullable Sentence s, List<Span> parts) {
    if (s == null) {
      return null;
    }
    TimeExpression best = null;
    for (TimeExpression t : doc.times) {
      if (t.type() != TimeType.DATE || t.start() < s.start() || t.end() > s.end()
          || !ISO_DATE.matcher(t.value()).matches()) {
        continue;
      }
      boolean inContent = parts.stream().anyMatch(p -> p.overlaps(t.span()));
      if (!inContent && best == null) {
        best = t;
      }
    }
    return best == null ? null : best.value();
  }

  private static @Nullable String hedgeOf(Doc doc, @Nullable Sentence s, List<Span> parts, ClaimKind kind) {
    if (s != null) {
      Matcher m = ADVERB_HEDGES.matcher(doc.text).region(s.start(), s.end());
      while (m.find()) {
        if (kind == ClaimKind.DIRECT || doc.speechQuoteAround(m.start()) == null
            || parts.stream().anyMatch(p -> p.start() <= m.start() && m.end() <= p.end())) {
          return m.group(1).toLowerCase(Locale.ROOT);
        }
      }
    }
    if (kind != ClaimKind.DIRECT) {
      for (Span p : parts) {
        Matcher m = MODAL_HEDGES.matcher(doc.text).region(p.start(), p.end());
        if (m.find() && !m.group(1).equalsIgnoreCase("would")) {
          return m.group(1).toLowerCase(Locale.ROOT);
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- author assertions

  private void assertions(Doc doc, List<Claim> attributed) {
    List<Claim> found = new ArrayList<>();
    for (Sentence s : doc.sentences) {
      Span span = s.span();
      boolean taken = false;
      for (Claim c : attributed) {
        for (Span part : c.spans()) {
          if (part.overlaps(span)) {
            taken = true;
            break;
          }
        }
        if (taken) {
          break;
        }
      }
      if (taken || doc.speechQuoteAround(s.start() + 1) != null && doc.speechQuoteAround(s.end() - 1) != null) {
        continue;
      }
      String text = doc.text.substring(s.start(), s.end());
      if (text.length() < 20 || !text.contains(" ")) {
        continue;
      }
      double p = checkWorthiness.score(text);
      if (p >= checkWorthiness.threshold()) {
        String hedge = hedgeOf(doc, s, List.of(span), ClaimKind.ASSERTION);
        found.add(new Claim(span, List.of(span), null, null, Claim.AUTHOR, SpeakerType.AUTHOR, null,
            ClaimKind.ASSERTION, null, hedge != null, hedge, Stance.NEUTRAL, round(p)));
      }
    }
    attributed.addAll(found);
  }

  private static List<Claim> dedupe(List<Claim> sorted) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : sorted) {
      boolean dup = out.stream().anyMatch(o -> o.content().equals(c.content()) && o.kind() == c.kind()
          && java.util.Objects.equals(o.cue(), c.cue()));
      // "…, according to a statement posted on Telegram": the participle belongs to the source's description
      boolean insideSpeaker = c.cue() != null && sorted.stream().anyMatch(o -> o != c && o.speaker() != null
          && o.speaker().contains(c.cue().span()));
      if (!dup && !insideSpeaker) {
        out.add(c);
      }
    }
    return out;
  }
}
