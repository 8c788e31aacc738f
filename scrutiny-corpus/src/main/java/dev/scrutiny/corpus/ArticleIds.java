package dev.scrutiny.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable article identity: the SHA-256 of the text, and the id derived from it ({@code a} and the
 * first 20 hex digits), the same in every store and every export.
 */
public final class ArticleIds {

  private ArticleIds() {}

  /** The hex SHA-256 of the UTF-8 text. */
  public static String contentHash(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /** The store id of an article with this text. */
  public static String of(String text) {
    return fromHash(contentHash(text));
  }

  /** The store id for a content hash. */
  public static String fromHash(String contentHash) {
    return "a" + contentHash.substring(0, 20);
  }
}
