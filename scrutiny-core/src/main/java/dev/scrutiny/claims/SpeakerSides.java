package dev.scrutiny.claims;

import dev.scrutiny.ingest.TsvTable;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gives a speaker's {@link SpeakerSide} from the names, places and outlets their name, role and
 * description mention, listed in {@code speaker-sides.tsv} next to this class (columns {@code side} and
 * {@code name}; a name matches as whole words, case-sensitively). A text naming both sides or neither
 * is {@link SpeakerSide#OTHER}, and so is a text naming a name listed as {@code OTHER}: outlets that speak for
 * neither side though a side's word is in their name or description ("The Moscow Times", "the Russian independent
 * site Meduza"). Immutable and thread-safe.
 *
 * <pre>{@code
 * SpeakerSides.standard().of("Dmitry Peskov Kremlin spokesman");   // RUSSIAN
 * }</pre>
 */
public final class SpeakerSides {

  /** Resource name of the shipped table, relative to this class. */
  public static final String RESOURCE = "speaker-sides.tsv";

  private static final List<String> HEADER = List.of("side", "name");

  private final Map<SpeakerSide, Pattern> names;

  private SpeakerSides(Map<SpeakerSide, Pattern> names) {
    this.names = names;
  }

  /** The table shipped in the build, loaded once. */
  public static SpeakerSides standard() {
    return Holder.STANDARD;
  }

  /**
   * Reads a table; {@code name} names it in errors.
   *
   * @throws IllegalArgumentException naming the row for an unknown side or an empty name
   */
  public static SpeakerSides read(String name, Reader in) {
    Map<SpeakerSide, List<String>> bySide = new EnumMap<>(SpeakerSide.class);
    for (TsvTable.Row r : TsvTable.read(name, in, HEADER)) {
      SpeakerSide side;
      try {
        side = SpeakerSide.valueOf(r.required(0).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown side '" + r.cell(0) + "' (expected RUSSIAN, UKRAINIAN or OTHER)");
      }
      bySide.computeIfAbsent(side, s -> new ArrayList<>()).add(r.required(1));
    }
    Map<SpeakerSide, Pattern> patterns = new EnumMap<>(SpeakerSide.class);
    bySide.forEach((side, list) -> patterns.put(side, Pattern.compile(
        list.stream().map(Pattern::quote).collect(Collectors.joining("|", "\\b(?:", ")\\b")))));
    return new SpeakerSides(patterns);
  }

  /**
   * The side named in {@code text} (a speaker's name, roles and the words that refer to them):
   * {@link SpeakerSide#OTHER} when it names neither side or both, or a name of neither side.
   */
  public SpeakerSide of(CharSequence text) {
    if (matches(SpeakerSide.OTHER, text)) {
      return SpeakerSide.OTHER; // an outlet of neither side, whatever its name or description holds
    }
    boolean ru = matches(SpeakerSide.RUSSIAN, text);
    boolean ua = matches(SpeakerSide.UKRAINIAN, text);
    return ru == ua ? SpeakerSide.OTHER : ru ? SpeakerSide.RUSSIAN : SpeakerSide.UKRAINIAN;
  }

  /**
   * {@code claims} (a new, modifiable list) where each speaker entity whose placed claims all give one side
   * has that side on its unplaced claims too: "he" said it in Moscow, so his later quotes are Russian too.
   */
  static List<Claim> sameEntitySameSide(List<Claim> claims) {
    Map<String, SpeakerSide> byEntity = new HashMap<>();
    for (Claim c : claims) {
      if (c.speakerEntityId() != null && c.side() != SpeakerSide.OTHER) {
        byEntity.merge(c.speakerEntityId(), c.side(), (a, b) -> a == b ? a : SpeakerSide.OTHER);
      }
    }
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      SpeakerSide side = c.speakerEntityId() == null ? null : byEntity.get(c.speakerEntityId());
      out.add(c.side() != SpeakerSide.OTHER || side == null || side == SpeakerSide.OTHER ? c : c.withSide(side));
    }
    return out;
  }

  private boolean matches(SpeakerSide side, CharSequence text) {
    Pattern p = names.get(side);
    return p != null && p.matcher(text).find();
  }

  private static final class Holder {
    static final SpeakerSides STANDARD = ClaimTables.load(RESOURCE, "speaker sides table", SpeakerSides::read);
  }
}
