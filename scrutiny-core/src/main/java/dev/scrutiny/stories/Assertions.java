package dev.scrutiny.stories;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.claims.Claim;
import dev.scrutiny.entities.Mention;
import dev.scrutiny.places.Place;
import dev.scrutiny.places.PlaceKind;
import dev.scrutiny.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The non-numeric points accounts disagree on: whether a place changed hands, and which side carried out
 * an attack. Found per sentence with small pattern sets; a denial in the sentence outranks a capture verb
 * ("Kyiv denied that the village had been captured" says it was not). Stateless.
 */
final class Assertions {

  /** What one sentence says about a place's control. */
  record Status(String placeKey, String placeName, boolean taken, int start, int end, String cue,
                @Nullable String speaker) {}

  /** Which side a sentence says carried out the attack. */
  record Actor(String side, int start, int end, String phrase) {}

  private static final Pattern TAKEN = Pattern.compile(
      "(?i)\\b(captured|liberated|seized|took (full )?control of|taken (full )?control of|has fallen|fell to|"
          + "occupied|entered and cleared|raised the flag over)\\b");
  private static final Pattern HELD = Pattern.compile(
      "(?i)\\b(denied|denies|deny|rejected|refuted|repelled|remains? under Ukrainian control|remains? in Ukrainian hands|"
          + "still (holds?|held|control)|continues? to hold|fighting (continues|is ongoing|is still going on)|"
          + "contested|not (been )?captured|has not fallen|false|untrue|holding the line|pushed back)\\b");
  private static final String RU = "(?:Russian|Russia's|Russia|Moscow|Kremlin)";
  private static final String UA = "(?:Ukrainian|Ukraine's|Ukraine|Kyiv|Kiev|Kiev regime|Zelensky regime|AFU)";
  private static final String WEAPON = "(?:missile|missiles|drone|drones|rocket|rockets|artillery|glide bomb|"
      + "guided bomb|bomb|strike|strikes|attack|attacks|shelling|bombardment)";
  private static final String HIT = "(?:struck|shelled|attacked|hit|bombed|targeted|launched)";
  private static final Pattern ACTOR = Pattern.compile(
      "\\b(?<ru1>" + RU + ")(?:\\s+(?!to\\b|the\\b|of\\b|and\\b)\\w+){0,2}?\\s+" + WEAPON + "\\b"
          + "|\\b(?<ua1>" + UA + ")(?:\\s+(?!to\\b|the\\b|of\\b|and\\b)\\w+){0,2}?\\s+" + WEAPON + "\\b"
          + "|\\b" + HIT + " by (?:the )?(?:(?<ru2>" + RU + ")|(?<ua2>" + UA + "))\\b"
          + "|\\b(?:(?<ru3>" + RU + ")|(?<ua3>" + UA + "))\\s+" + HIT + "\\b");
  private static final Pattern ATTACK_CONTEXT = Pattern.compile(
      "(?i)\\b(struck|strike|strikes|attack|attacked|shelling|shelled|hit|bombed|explosion|missile|drone)");

  private Assertions() {}

  static List<Status> statuses(Analysis analysis) {
    String text = analysis.text();
    List<Status> out = new ArrayList<>();
    List<Claim> claims = analysis.items(Claim.LAYER);
    for (Sentence s : analysis.items(Sentence.LAYER)) {
      String sentence = text.substring(s.start(), s.end());
      Matcher held = HELD.matcher(sentence);
      Matcher taken = TAKEN.matcher(sentence);
      boolean isHeld = held.find();
      boolean isTaken = !isHeld && taken.find();
      if (!isHeld && !isTaken) {
        continue;
      }
      String cue = isHeld ? held.group() : taken.group();
      for (Place p : analysis.items(Place.LAYER)) {
        if (p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.REGION) {
          continue;
        }
        for (Mention m : p.mentions()) {
          if (m.start() >= s.start() && m.end() <= s.end()) {
            out.add(new Status(Digest.placeKey(p), p.name(), isTaken, s.start(), s.end(), cue,
                FigureExtractor.speakerAt(claims, analysis, m.start())));
            break;
          }
        }
      }
    }
    return out;
  }

  /** The attack's actor as the article tells it, or null when it names none or both sides. */
  static @Nullable Actor actor(Analysis analysis) {
    String text = analysis.text();
    Actor found = null;
    for (Sentence s : analysis.items(Sentence.LAYER)) {
      String sentence = text.substring(s.start(), s.end());
      if (!ATTACK_CONTEXT.matcher(sentence).find()) {
        continue;
      }
      Matcher m = ACTOR.matcher(sentence);
      while (m.find()) {
        String side = m.group("ru1") != null || m.group("ru2") != null || m.group("ru3") != null
            ? "Russian" : "Ukrainian";
        if (found != null && !found.side().equals(side)) {
          return null; // the article names both sides as attackers: no single attribution to compare
        }
        if (found == null) {
          found = new Actor(side, s.start(), s.end(), m.group());
        }
      }
    }
    return found;
  }
}
