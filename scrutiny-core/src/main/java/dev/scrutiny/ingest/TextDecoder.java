package dev.scrutiny.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of a text input into a string: a byte-order mark wins (UTF-8, UTF-16 LE/BE), then
 * valid UTF-8, then a charset the document declares, then a guess between windows-1251, KOI8-R and
 * windows-1252. Binary content is rejected. Stateless and thread-safe.
 */
final class TextDecoder {

  /** The decoded text and how it was decoded. */
  record Decoded(String text, Charset charset, @Nullable String note) {}

  static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  static final Charset KOI8_R = Charset.forName("KOI8-R");
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param declared a charset name the document declares (HTML {@code <meta charset>}), or null
   * @throws RejectedInputException when the bytes are not text
   */
  static Decoded decode(byte[] bytes, @Nullable String declared) throws RejectedInputException {
    String kind = binaryKind(bytes);
    if (kind != null) {
      throw new RejectedInputException("not a text file: " + kind);
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(checkedText(lenient(bytes, 3, StandardCharsets.UTF_8)), StandardCharsets.UTF_8, null);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(checkedText(lenient(bytes, 2, StandardCharsets.UTF_16LE)), StandardCharsets.UTF_16LE, null);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(checkedText(lenient(bytes, 2, StandardCharsets.UTF_16BE)), StandardCharsets.UTF_16BE, null);
    }
    Charset utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      return new Decoded(checkedText(lenient(bytes, 0, utf16)), utf16,
          "no byte-order mark; decoded as " + utf16.name() + " from its zero-byte pattern");
    }
    if (hasNul(bytes)) {
      throw new RejectedInputException("not a text file: it contains NUL bytes");
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return new Decoded(checkedText(utf8), StandardCharsets.UTF_8, null);
    }
    Charset declaredCharset = charsetOrNull(declared);
    if (declaredCharset != null && !declaredCharset.equals(StandardCharsets.UTF_8)) {
      return new Decoded(checkedText(lenient(bytes, 0, declaredCharset)), declaredCharset, null);
    }
    Utf8Stats stats = utf8Stats(bytes);
    if (mostlyUtf8(stats, bytes.length)) {
      return new Decoded(checkedText(lenient(bytes, 0, StandardCharsets.UTF_8)), StandardCharsets.UTF_8,
          stats.invalid() + " invalid UTF-8 byte sequence(s) replaced by U+FFFD");
    }
    Charset guess = guessLegacy(bytes);
    return new Decoded(checkedText(lenient(bytes, 0, guess)), guess,
        "not UTF-8; decoded as " + guess.name() + " (detected)");
  }

  /** Decodes a prefix of the bytes without rejecting anything: for sniffing only. */
  static String peek(byte[] bytes, int length) {
    int n = Math.min(length, bytes.length);
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, Math.max(0, n - 2), StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, Math.max(0, n - 2), StandardCharsets.UTF_16BE);
    }
    int from = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    return new String(bytes, from, Math.max(0, n - from), StandardCharsets.ISO_8859_1);
  }

  // --- binary detection -------------------------------------------------------------------------

  /** A description when the bytes are clearly not text, else null. */
  static @Nullable String binaryKind(byte[] b) {
    if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
      return "it looks like a PDF document";
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return "it looks like a ZIP archive (or a .docx/.odt document)";
    }
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "it looks like a PNG image";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "it looks like a GIF image";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "it looks like a JPEG image";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "it looks like a gzip archive";
    }
    if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
      return "it looks like an executable";
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "it looks like a legacy Office document";
    }
    return null;
  }

  private static boolean hasNul(byte[] b) {
    for (byte x : b) {
      if (x == 0) {
        return true;
      }
    }
    return false;
  }

  /** UTF-16 without a BOM shows as zero bytes at every other position in mostly-ASCII text. */
  private static @Nullable Charset utf16WithoutBom(byte[] b) {
    int n = b.length & ~1;
    if (n < 8) {
      return null;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        zeroEven++;
      }
      if (b[i + 1] == 0) {
        zeroOdd++;
      }
    }
    int pairs = n / 2;
    if (zeroOdd >= pairs * 0.6 && zeroEven <= pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (zeroEven >= pairs * 0.6 && zeroOdd <= pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Rejects decoded text with many control characters: a binary file in a text encoding's clothes. */
  private static String checkedText(String text) throws RejectedInputException {
    if (text.isEmpty()) {
      return text;
    }
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) || c == 0x7F) {
        control++;
      }
    }
    if (control * 100L > text.length() * 2L) {
      throw new RejectedInputException(String.format(Locale.ROOT,
          "not a text file: %d of its %d characters are control characters", control, text.length()));
    }
    return text;
  }

  // --- UTF-8 ------------------------------------------------------------------------------------

  private static @Nullable String strictUtf8(byte[] b) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * {@code validBytes}: bytes inside well-formed multi-byte sequences; {@code invalid}: bytes that
   * start no well-formed sequence.
   */
  private record Utf8Stats(int valid, int validBytes, int invalid) {}

  /**
   * UTF-8 with a few bad bytes: well-formed multi-byte sequences cover at least twice as many bytes as
   * are malformed, or the malformed bytes are at most one in a thousand and some sequence is well-formed.
   * Legacy code pages rarely form valid UTF-8 sequences, so their high bytes show up as malformed.
   */
  static boolean mostlyUtf8(Utf8Stats s, int length) {
    return s.valid() > 0 && (s.invalid() * 2 <= s.validBytes() || s.invalid() * 1000L <= length);
  }

  /** Counts well-formed multi-byte UTF-8 sequences and malformed bytes. */
  private static Utf8Stats utf8Stats(byte[] b) {
    int valid = 0;
    int validBytes = 0;
    int invalid = 0;
    int i = 0;
    while (i < b.length) {
      int x = b[i] & 0xFF;
      int len = x < 0x80 ? 1 : x >= 0xC2 && x <= 0xDF ? 2 : x >= 0xE0 && x <= 0xEF ? 3 : x >= 0xF0 && x <= 0xF4 ? 4 : 0;
      if (len == 1) {
        i++;
        continue;
      }
      boolean ok = len > 0 && i + len <= b.length;
      for (int k = 1; ok && k < len; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        valid++;
        validBytes += len;
        i += len;
      } else {
        invalid++;
        i++;
      }
    }
    return new Utf8Stats(valid, validBytes, invalid);
  }

  // --- legacy code pages ------------------------------------------------------------------------

  /**
   * Chooses between windows-1251, KOI8-R and windows-1252 for bytes that are not UTF-8. Cyrillic text
   * has its high bytes in runs (whole words); Western text has isolated accented letters between ASCII
   * ones. Between the two Cyrillic code pages the one whose decoding reads like Russian wins: letter
   * frequencies and the lower-case-dominant case pattern (KOI8-R puts lower case where windows-1251
   * has upper case, so the wrong choice yields mostly upper-case gibberish).
   */
  static Charset guessLegacy(byte[] b) {
    int high = 0;
    int highInRuns = 0;
    for (int i = 0; i < b.length; i++) {
      if ((b[i] & 0x80) != 0) {
        high++;
        boolean prev = i > 0 && (b[i - 1] & 0x80) != 0;
        boolean next = i + 1 < b.length && (b[i + 1] & 0x80) != 0;
        if (prev || next) {
          highInRuns++;
        }
      }
    }
    if (high == 0 || highInRuns * 2 < high) {
      return WINDOWS_1252;
    }
    double cp1251 = russianScore(new String(b, WINDOWS_1251));
    double koi8 = russianScore(new String(b, KOI8_R));
    return koi8 > cp1251 ? KOI8_R : WINDOWS_1251;
  }

  /** Russian letter frequencies, per mille, for а..я (ё and the Ukrainian letters are handled apart). */
  private static final double[] RUSSIAN_PER_MILLE = {
      80.1, 15.9, 45.4, 17.0, 29.8, 84.5, 9.4, 16.5, 73.5, 12.1, 34.9, 44.0, 32.1, 67.0, 109.7, 28.1,
      47.3, 54.7, 62.6, 26.2, 2.6, 9.7, 4.8, 14.4, 7.3, 3.6, 0.4, 19.0, 17.4, 3.2, 6.4, 20.1};

  private static final double[] LOG_FREQ = Arrays.stream(RUSSIAN_PER_MILLE).map(p -> Math.log(p / 1000)).toArray();

  /**
   * Mean log-probability per Cyrillic letter, minus a penalty for upper-case letters inside words and
   * for symbols that Russian prose rarely uses (box-drawing, rare letters); higher reads more like Russian.
   */
  static double russianScore(String s) {
    double logSum = 0;
    int letters = 0;
    int innerUpper = 0;
    int odd = 0;
    char prev = ' ';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'А' && c <= 'я') {
        char lower = Character.toLowerCase(c);
        logSum += LOG_FREQ[lower - 'а'];
        letters++;
        if (Character.isUpperCase(c) && Character.isLetter(prev) && Character.isLowerCase(prev)) {
          innerUpper++;
        }
      } else if (c == 'ё' || c == 'Ё' || c == 'і' || c == 'І' || c == 'ї' || c == 'є' || c == 'ґ') {
        logSum += Math.log(0.002);
        letters++;
      } else if (c >= 0x80 && !Character.isLetter(c) && "«»„“”‘’–—…№\u00A0".indexOf(c) < 0) {
        odd++;
      }
      prev = c;
    }
    if (letters == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    return logSum / letters - 4.0 * innerUpper / letters - 4.0 * odd / letters;
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static String lenient(byte[] b, int from, Charset cs) {
    CharBuffer out;
    try {
      out = cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(b, from, b.length - from));
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a REPLACE decoder threw", e);
    }
    return out.toString();
  }

  /**
   * The declared charset, or null when it is unknown or not ASCII-compatible: a page whose
   * {@code <meta charset>} could be read as ASCII is not UTF-16 or UTF-32, whatever it claims.
   */
  static @Nullable Charset charsetOrNull(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    Charset cs;
    try {
      cs = Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
    if (!cs.canEncode()) {
      return null;
    }
    byte[] probe = "<a =\"x\">".getBytes(cs);
    return java.util.Arrays.equals(probe, "<a =\"x\">".getBytes(StandardCharsets.US_ASCII)) ? cs : null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
