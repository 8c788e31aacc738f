package dev.scrutiny.text.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates news-like English articles deterministically from a seed, for throughput benchmarks: filled
 * templates with titles and abbreviations ({@code Lt. Col.}, {@code U.S.}, {@code a.m.}), names,
 * places, numbers with units and percentages, dates, curly and straight quotes, links and handles.
 * The same seed always gives the same text. Not thread-safe (holds a {@link Random}).
 */
public final class NewsTextGenerator {

  private static final String[] TITLES = {"Gen.", "Lt. Col.", "Maj. Gen.", "Col.", "Mr.", "Dr.", "Sgt.", "Capt.", "Adm."};
  private static final String[] FIRST = {"Oleksandr", "Maria", "V.", "Dmitry", "Anna", "John", "Amira", "Serhiy",
      "Yulia", "Mark", "Olena", "Igor", "Kateryna", "Pavel"};
  private static final String[] LAST = {"Kovalenko", "Petrov", "Ellison", "Haddad", "Shevchenko", "al-Rashid",
      "Smith", "Bondarenko", "Ivanova", "O'Neill", "Syrskyi", "Melnyk"};
  private static final String[] PLACES = {"Kharkiv", "Kherson", "Zaporizhzhia", "Bakhmut", "Kursk", "Belgorod",
      "Nagorno-Karabakh", "Odesa", "the Donbas", "Crimea", "Avdiivka", "Pokrovsk", "Kyiv", "the Black Sea"};
  private static final String[] ORGS = {"the U.S. State Department", "NATO", "the U.N.", "the Kremlin",
      "Ukraine's General Staff", "Russia's defence ministry", "the IAEA", "the EU", "the Pentagon"};
  private static final String[] UNITS = {"km", "mm", "kg", "tonnes", "litres", "kilometres"};
  private static final String[] MONTHS = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
      "Sept.", "Oct.", "Nov.", "Dec."};
  private static final String[] VERBS = {"said", "claimed", "told reporters", "wrote on Telegram", "denied",
      "confirmed", "warned"};
  private static final String[] QUOTES = {
      "We will hold the line, whatever it costs",
      "They are tearing the city apart",
      "Nobody is coming to help us",
      "It's a provocation, nothing more",
      "The situation is under control",
      "We don't have enough shells"};

  private final Random random;

  public NewsTextGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** Articles totalling at least {@code chars} characters, each with 3 to 8 paragraphs. */
  public List<String> articles(int chars) {
    List<String> out = new ArrayList<>();
    int total = 0;
    while (total < chars) {
      String a = article();
      out.add(a);
      total += a.length();
    }
    return out;
  }

  /** One article: paragraphs of 1 to 4 sentences, separated by blank lines. */
  public String article() {
    StringBuilder b = new StringBuilder();
    int paragraphs = 3 + random.nextInt(6);
    for (int p = 0; p < paragraphs; p++) {
      if (p > 0) {
        b.append("\n\n");
      }
      int sentences = 1 + random.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          b.append(' ');
        }
        sentence(b);
      }
    }
    return b.toString();
  }

  private String pick(String[] a) {
    return a[random.nextInt(a.length)];
  }

  private String person() {
    return pick(TITLES) + " " + pick(FIRST) + " " + pick(LAST);
  }

  private String number() {
    return switch (random.nextInt(6)) {
      case 0 -> Integer.toString(2 + random.nextInt(98));
      case 1 -> String.format(Locale.ROOT, "%,d", 1000 + random.nextInt(90000));
      case 2 -> (1 + random.nextInt(40)) + "." + random.nextInt(10);
      case 3 -> random.nextInt(100) + "." + random.nextInt(100) + "%";
      case 4 -> (5 + random.nextInt(300)) + pick(UNITS);
      default -> (10 + random.nextInt(500)) + " " + pick(UNITS);
    };
  }

  private String date() {
    return switch (random.nextInt(3)) {
      case 0 -> pick(MONTHS) + " " + (1 + random.nextInt(28));
      case 1 -> String.format(Locale.ROOT, "%02d.%02d.2025", 1 + random.nextInt(28), 1 + random.nextInt(12));
      default -> String.format(Locale.ROOT, "2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
    };
  }

  private void sentence(StringBuilder b) {
    switch (random.nextInt(9)) {
      case 0 -> b.append(person()).append(' ').append(pick(VERBS)).append(" that ").append(number())
          .append(" troops had crossed into ").append(pick(PLACES)).append(" on ").append(date()).append('.');
      case 1 -> b.append('“').append(pick(QUOTES)).append(",” ").append(person()).append(' ').append(pick(VERBS))
          .append('.');
      case 2 -> b.append(pick(ORGS).substring(0, 1).toUpperCase()).append(pick(ORGS).substring(1))
          .append(" estimated losses at ").append(number()).append(", up ").append(random.nextInt(60))
          .append("% from ").append(date()).append('.');
      case 3 -> b.append("Shelling near ").append(pick(PLACES)).append(" began at ").append(1 + random.nextInt(11))
          .append(':').append(String.format(Locale.ROOT, "%02d", random.nextInt(60))).append(random.nextBoolean() ? " a.m." : " p.m.")
          .append(random.nextBoolean() ? " and lasted for hours." : ", local officials said.");
      case 4 -> b.append("\"").append(pick(QUOTES)).append(".\" ").append("Footage shared by @")
          .append(pick(LAST).replace("-", "").replace("'", "")).append("_news showed ").append(number())
          .append(" of damage in ").append(pick(PLACES)).append('.');
      case 5 -> b.append("Aid worth $").append(1 + random.nextInt(9)).append('.').append(random.nextInt(10))
          .append(" billion arrived from the U.S. and ").append(pick(ORGS)).append(", according to https://example.org/")
          .append(random.nextInt(10000)).append('.');
      case 6 -> b.append("Why did ").append(pick(ORGS)).append(" wait until ").append(date()).append("? ")
          .append(pick(FIRST)).append(' ').append(pick(LAST)).append(" asked.");
      case 7 -> b.append("The ").append(5 + random.nextInt(150)).append("mm shells — most of them fired from ")
          .append(pick(PLACES)).append(" — hit ").append(number()).append(" of farmland... Residents fled.");
      default -> b.append(pick(PLACES)).append("'s mayor, ").append(pick(FIRST)).append(' ').append(pick(LAST))
          .append(", said water supplies would be restored within ").append(2 + random.nextInt(20))
          .append(" days.");
    }
  }
}
