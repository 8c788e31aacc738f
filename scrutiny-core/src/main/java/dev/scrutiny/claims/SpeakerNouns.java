package dev.scrutiny.claims;

import java.util.Set;
import java.util.regex.Pattern;

/** Whether the head word of a noun phrase names someone or something that can make a statement. */
final class SpeakerNouns {

  private SpeakerNouns() {}

  private static final Set<String> NOUNS = Set.of(
      // war reporting: commentators, fighters and witnesses speak as often as officials
      "commentator", "columnist", "pundit", "propagandist", "broadcaster", "presenter", "anchor", "fighter",
      "volunteer", "medic", "paramedic", "rescuer", "eyewitness", "survivor", "refugee", "evacuee", "villager",
      "serviceman", "servicemen", "pilot", "negotiator", "mediator", "inspector", "watchdog",
      "official", "spokesman", "spokeswoman", "spokesperson", "aide", "analyst", "expert", "source",
      "observer", "critic", "supporter", "lawmaker", "senator", "president", "minister", "secretary",
      "governor", "mayor", "candidate", "nominee", "leader", "ministry", "government", "administration",
      "campaign", "committee", "party", "military", "army", "police", "report", "poll", "polling", "survey", "study",
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
      "tank", "operator", "student", "teacher", "worker", "employee", "manager", "owner", "executive", "staffer",
      "tycoon", "mogul", "surgeon", "neurosurgeon", "actor", "actress", "guy", "front-runner", "frontrunner",
      "hopeful", "advocate", "citizen", "liberal", "conservative", "crowd", "audience", "camp", "panel",
      "legislature", "editorial", "ad", "video", "email", "e-mail", "tweet", "lawsuit");

  /** Texts that "read" what they say: "the banner read …", "placards reading …", "a headline in Izvestia read …". */
  private static final Set<String> INSCRIPTIONS = Set.of("headline", "sign", "banner", "placard", "inscription",
      "caption", "leaflet", "message", "billboard", "flyer", "slogan", "sticker", "graffiti");
  private static final Set<String> SHARES = Set.of("third", "thirds", "half", "quarter", "quarters", "fourths",
      "fifths", "two-thirds", "three-fourths", "three-quarters");
  private static final Pattern AGENT_SUFFIX = Pattern.compile(".*(ers|ors|ists|ants|ents|ians|ans|ives|ees|ics|ies)");
  private static final Pattern NOT_AGENT_SUFFIX = Pattern.compile(".*(ness|less)");
  private static final Pattern PERSON_SUFFIX = Pattern.compile(".*(man|woman|men|women|person|people)");

  /** Whether a noun phrase ending with {@code head} can plausibly speak. */
  static boolean canSpeak(Word head) {
    String h = head.lower();
    if (SpeakerTypes.PRONOUNS.contains(h)) {
      return true;
    }
    if (ClaimWords.CLAUSE_STOP.contains(h) || ClaimWords.DETERMINERS.contains(h)
        || ClaimWords.PREPOSITIONS.contains(h) || ClaimWords.OPENERS.contains(h) || ClaimWords.isTimeWord(h)
        || NEVER_HEADS.contains(h)) {
      return false;
    }
    return head.capitalised() || nounCanSpeak(h);
  }

  /**
   * Words capitalised at a sentence's start that head no speaker: "Please understand that …", "Much credit for this
   * goes to …" ("Another said …" has one).
   */
  private static final Set<String> NEVER_HEADS = Set.of("please", "much", "such");

  /** Whether {@code head} may head a noun phrase at all: a word, not a function word, time word or adverb. */
  static boolean nounLike(Word head) {
    String h = head.lower();
    return head.isWord() && !ClaimWords.CLAUSE_STOP.contains(h) && !ClaimWords.DETERMINERS.contains(h)
        && !ClaimWords.PREPOSITIONS.contains(h) && !ClaimWords.NP_STOP.contains(h) && !ClaimWords.isTimeWord(h)
        && !ClaimWords.BE.contains(h) && !ClaimWords.SKIP_BEFORE_CUE.contains(h) && !ClaimWords.isAdverb(head)
        && !ClaimWords.MODALS.contains(h) && !NO_HEADS.contains(h);
  }

  /** Words that end no subject: "we cannot say", "let us say", "no one has ever said". */
  private static final Set<String> NO_HEADS = Set.of("cannot", "can't", "ever", "us", "me", "let", "may", "might");

  /** Whether the lower-cased head {@code h} names a text that reads what it says (a sign, a banner, a leaflet). */
  static boolean inscription(String h) {
    return INSCRIPTIONS.contains(h) || h.endsWith("s") && INSCRIPTIONS.contains(h.substring(0, h.length() - 1));
  }

  /** Whether the lower-cased common noun {@code h} names someone or something that can make a statement. */
  static boolean nounCanSpeak(String h) {
    if (inscription(h) || NOUNS.contains(h) || h.endsWith("s") && NOUNS.contains(h.substring(0, h.length() - 1))
        || h.endsWith("es") && NOUNS.contains(h.substring(0, h.length() - 2))) { // "witnesses", "businesses"
      return true;
    }
    if (SHARES.contains(h) || h.endsWith("%")) {
      return true; // poll shares: "a third said", "three-fourths say", "42% say"
    }
    return AGENT_SUFFIX.matcher(h).matches() && !NOT_AGENT_SUFFIX.matcher(h).matches()
        || h.length() > 5 && PERSON_SUFFIX.matcher(h).matches() && !h.equals("human");
  }
}
