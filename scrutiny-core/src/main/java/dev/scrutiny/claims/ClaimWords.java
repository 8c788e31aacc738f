package dev.scrutiny.claims;

import dev.scrutiny.lang.en.English;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The closed word classes the claim rules test words against, and small tests on single words. */
final class ClaimWords {

  private ClaimWords() {}

  static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "these",
      "those", "such", "this", "our", "my", "your", "any", "no", "of", "new", "latest", "previous", "earlier",
      "neither", "either", "each", "every");
  /** Words that open a speaker's phrase after the cue: "…, said several observers", "“…,” said one aide". */
  static final Set<String> SPEAKER_QUANTIFIERS = Set.of("one", "two", "three", "several", "many", "some",
      "another", "most", "both", "other");
  static final Set<String> CONNECTIVES = Set.of("and", "but", "yet", "still", "meanwhile", "however",
      "also", "so", "then", "now", "instead", "moreover");
  static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "being", "be", "am");
  static final Set<String> HAVE = Set.of("has", "have", "had");
  /** Adverbs, auxiliaries and time words that may stand between a speaker and the cue. */
  static final Set<String> SKIP_BEFORE_CUE = Set.of("here", "there", "now", "too", "themselves",
      "himself", "herself", "first", "tonight", "initially", "originally", "also", "has", "have", "had", "was",
      "were", "is", "are", "will", "would", "could", "did", "does", "do", "not", "never", "later", "previously",
      "then", "again", "once", "recently", "repeatedly", "publicly", "openly", "reportedly", "allegedly",
      "already", "even", "still", "further", "separately", "earlier", "subsequently", "firmly", "clearly",
      "explicitly", "falsely", "wrongly", "bluntly", "privately", "often", "always", "just", "has also", "finally",
      "had also", "angrily", "flatly", "confidently", "proudly", "quickly", "immediately", "last", "week",
      "yesterday", "today", "can", "may", "might", "should", "must", "shall", "n't", "didn't", "doesn't",
      "hasn't");
  static final Set<String> CLAUSE_STOP = Set.of("that", "and", "but", "while", "when", "which", "who",
      "whom", "because", "if", "after", "before", "although", "though", "whereas", "where", "since", "so",
      "than", "or", "whether", "what", "how", "why", "as", "until", "unless", "once");
  static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "during", "after", "since", "by",
      "with", "from", "for", "last", "this", "earlier", "late", "early", "over", "to", "via", "through");
  /**
   * Words that open a sentence with an adverbial rather than its subject ("Later on Sunday, …", "Instead, …",
   * "When the minister …, he …", "Having announced …"): never a speaker's head.
   */
  static final Set<String> OPENERS = openers();

  /**
   * Cues whose first object is whom they speak to, before the statement: "told reporters the convoy …", "…, the
   * president assured the families." The other lists of listener cues are built from this one.
   */
  static final Set<String> LISTENER_CUES = Set.of("tell", "assure", "inform", "remind");

  /**
   * {@link #LISTENER_CUES} and "warn", whose listener may open the clause after it ("warned residents the dam …");
   * not where the cue closes the sentence, for "…, warned the general" names the speaker.
   */
  static final Set<String> LISTENER_CUES_BEFORE_CLAUSE = union(LISTENER_CUES, Set.of("warn"));

  /** Cues that take an addressee, who may stand between the cue and its "that": "told reporters that". */
  static final Set<String> OBJECT_VERBS = union(LISTENER_CUES_BEFORE_CLAUSE, Set.of("brief", "notify", "reassure",
      "convince", "persuade", "ask", "promise", "caution", "alert", "advise", "urge"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
  static final Set<String> HEADLINE_WORDS = Set.of("headline", "headlined", "titled", "entitled",
      "reading", "captioned", "slogan");
  static final Set<String> NP_STOP = Set.of("by", "to", "with", "from", "into", "about", "through",
      "against", "during", "like", "including", "than", "via");
  /** First words of lines that look like "Name: …" but are bylines, credits or datelines. */
  static final Set<String> NOT_SPEAKERS = Set.of("correction", "contributing", "twitter", "follow",
      "source", "sources", "photo", "related", "update", "updated", "editor's", "read", "watch", "note", "caption",
      "credit", "email", "contact", "reporting", "advertisement", "warning", "video", "map", "graphic", "see",
      "also", "subscribe", "tags", "filed", "posted", "published", "breaking", "live", "exclusive", "analysis",
      "opinion", "comment", "editorial", "moscow", "kyiv", "kiev", "washington", "london",
      // labels of bylines, teasers and forms ("BYLINE: …", "LOOK: …", "Name: …"); an interview's "Q:" speaks
      "byline", "look", "boom", "previously", "plus", "remember", "name", "headline", "summary",
      "background", "context", "timeline", "factbox", "explainer", "highlights", "listen", "audio", "pictured",
      "date", "location", "age", "title", "author", "topic", "subject",
      // exclamations of clickbait headlines ("Wow: …", "BUSTED: …", "Bombshell: …")
      "wow", "busted", "bombshell", "shocking", "huge", "urgent", "revealed", "must", "hilarious", "epic");
  /** Cues whose object is followed by what is said of it: "accused Kyiv of shelling". */
  static final Set<String> OBJECT_COMPLEMENT = Set.of("accuse", "blame", "criticize", "criticise",
      "castigate", "blast", "slam", "condemn", "praise", "laud", "thank", "congratulate", "commend", "credit",
      "ask", "urge", "call on", "warn", "tell", "remind", "denounce", "attack", "charge", "hail", "applaud");
  /** Cues that report an estimate when their object is followed by "at" and a figure. */
  static final Set<String> AT_FIGURE = Set.of("put", "estimate");
  /** First words of a complement that make a cue's clause something other than a reported statement. */
  static final Set<String> WH_WORDS = Set.of("why", "whether", "if", "how", "what", "who", "whom", "when",
      "where", "which");
  static final Map<String, Set<String>> NOT_A_STATEMENT = Map.of("ask", WH_WORDS, "wonder", WH_WORDS,
      "show", Set.of("any", "no", "little", "few", "signs", "sign", "up"));
  /** Cues whose wh-complement is a question (not a statement) only when the asking is hypothetical. */
  static final Set<String> QUESTION_CUES = Set.of("ask", "wonder");
  /** Relative pronouns that stand for their antecedent as a speaker: "Ekovich, who noted …". */
  static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which");
  /** Words that open a circumstance between subject and verb: "the ministry on May 3 said". */
  static final Set<String> CIRCUMSTANCE_OPENERS = Set.of("on", "in", "at", "from", "last", "this", "late",
      "early", "earlier");
  static final Set<String> MODALS = Set.of("should", "must", "could", "might", "would", "may", "can",
      "will", "shall");
  /** Cues that take no person as object, so "said her …" opens a noun phrase ("her net worth was …"). */
  static final Set<String> POSSESSIVE_HER = Set.of("say", "add", "report", "note", "write", "argue",
      "claim", "insist", "estimate", "believe", "think", "announce", "explain", "suggest", "conclude");
  /** Words that start a figure rather than a topic: "said about half of", "said over 200 people". */
  static final Set<String> APPROXIMATORS = Set.of("about", "over", "around", "up");
  static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "dozens", "hundreds", "thousands", "tens", "millions", "billions", "about", "around",
      "roughly", "nearly", "almost", "more", "over", "some", "up");
  private static final Set<String> QUANTITY_WORDS = Set.of("half", "a", "one-third", "a-third", "two-thirds",
      "a-quarter");
  /** Object pronouns: whom a cue addresses ("told him"), or what a naming verb names ("calling him a liar"). */
  static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "her", "us", "them", "you");
  /** Verbs that put out a statement: "released the following statement:", "sent a message to the summit". */
  static final Set<String> PUTTING_OUT = Set.of("released", "issued", "published", "posted", "made", "gave", "sent",
      "releases", "issues", "publishes", "posts", "makes", "gives", "sends");
  /** Pronouns that may open a clause as the one who speaks: "he said", "they've said". */
  static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");
  /** Prepositions before a place inside a speaker phrase: "officials in Kharkiv", "the President of Romania". */
  static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "of", "from", "at", "near");
  /** Words that tie a group to a patron: "backed by", "loyal to", "installed by", "allied with". */
  static final Set<String> ALLEGIANCES = Set.of("backed", "installed", "appointed", "loyal", "allied", "aligned",
      "sponsored", "funded", "controlled", "supported", "affiliated", "linked", "sympathetic", "friendly",
      "commanded", "led", "sent", "trained", "armed");
  /** The prepositions after {@link #ALLEGIANCES}: "backed by", "loyal to", "allied with". */
  static final Set<String> ALLEGIANCE_PREPOSITIONS = Set.of("by", "to", "with", "from");
  /** Irregular past forms that open a predicate after its subject ("spoke to reporters, adding …"). */
  static final Set<String> PAST_VERBS = Set.of("spoke", "met", "went", "made", "gave",
      "sent", "held", "took", "wrote", "told", "said", "put", "set", "left", "came", "brought", "began", "won",
      "lost", "led", "ran", "saw", "became", "hit", "struck", "withdrew", "flew", "drove", "rode", "kept", "sought",
      "thought", "taught", "fought", "stood", "sat", "paid", "laid", "read", "heard", "had", "has", "did", "does");
  /** Whether a lower-cased word is a past form: a regular one in "-ed" or one of {@link #PAST_VERBS}. */
  static boolean pastForm(String lower) {
    return lower.endsWith("ed") || PAST_VERBS.contains(lower);
  }

  /** Words after a cue that make no reported statement: "said of", "told him", "said goodbye". */
  static final Set<String> NO_CONTENT_START = Set.of("of", "about", "for", "on", "with", "by", "up",
      "at", "in", "into", "off", "out", "from", "over", "against", "him", "her", "them", "me", "us", "and", "or",
      "but", "to", "so", "yes", "no", "nothing", "something", "anything", "goodbye", "hello", "sorry", "thanks",
      "more", "less", "hi", "too", "back", "later", "earlier", "again", "once", "twice", "recently");
  /** "In a statement, …": nouns of an opening that make a participle cue report ("In a post, writing …"). */
  static final Set<String> STATEMENT_OPENERS = Set.of("statement", "interview", "post", "video",
      "address", "speech", "message", "letter", "op-ed", "briefing", "tweet", "report", "broadcast");
  private static final Set<String> ADVERB_NOT = Set.of("family", "italy", "ally", "rally", "assembly", "supply",
      "july", "daily", "weekly", "monthly", "reply", "bully");
  /** Time words besides month and weekday names, which come from the English word tables. */
  private static final Set<String> TIME_WORDS = Set.of("week", "month", "year", "yesterday", "today", "night",
      "morning", "evening", "afternoon", "weekend");
  static final Pattern PERCENTAGE = Pattern.compile("\\d+(\\.\\d+)?%");

  static boolean startsWithQuantity(Word w) {
    return startsWithFigure(w) || QUANTITY_WORDS.contains(w.lower());
  }

  static boolean startsWithFigure(Word w) {
    String t = w.text();
    return !t.isEmpty() && (Character.isDigit(t.charAt(0)) || "$€£₴₽".indexOf(t.charAt(0)) >= 0
        || NUMBER_WORDS.contains(w.lower()));
  }

  static boolean isAdverb(Word w) {
    return !w.capitalised() && w.lower().length() > 4 && w.lower().endsWith("ly") && !ADVERB_NOT.contains(w.lower());
  }

  /** Whether a lower-cased word names a time: a month or weekday name, "week", "yesterday", "morning" … */
  static boolean isTimeWord(String w) {
    return TIME_WORDS.contains(w) || English.monthName(w) > 0 || English.weekday(w) > 0;
  }

  /** Sentence-final punctuation and closing marks. */
  static boolean isTrailing(Word w) {
    return w.is(".") || w.is("!") || w.is("?") || w.is("\"") || w.is("”") || w.is("’") || w.is("»") || w.is(")");
  }

  private static Set<String> openers() {
    Set<String> s = new java.util.HashSet<>(CONNECTIVES);
    s.addAll(PREPOSITIONS);
    s.addAll(CLAUSE_STOP);
    s.removeAll(Set.of("that", "which", "who", "whom", "what", "this", "last"));
    s.addAll(Set.of("later", "throughout", "having", "being", "despite", "following", "amid", "among", "under",
        "within", "across", "against", "besides", "afterwards", "nevertheless", "nonetheless", "elsewhere",
        "separately", "finally", "firstly", "secondly", "thirdly", "lastly", "additionally", "furthermore",
        "indeed", "therefore", "thus", "hence", "overall"));
    return Set.copyOf(s);
  }
}
