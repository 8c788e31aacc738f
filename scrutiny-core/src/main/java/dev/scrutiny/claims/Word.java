package dev.scrutiny.claims;

/**
 * One word or punctuation token as the claim rules see it: its offsets, its text and its lower-cased
 * form with typographic apostrophes made straight.
 */
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

  /** Whether this token is a quotation mark alone (not "'s"). */
  boolean quoteMark() {
    return text.length() == 1 && Quotes.isQuoteChar(text.charAt(0));
  }

  boolean startsWithDigit() {
    return Character.isDigit(text.charAt(0));
  }
}
