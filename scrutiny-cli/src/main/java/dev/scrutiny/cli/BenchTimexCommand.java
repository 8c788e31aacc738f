package dev.scrutiny.cli;

import dev.scrutiny.time.TimeExpression;
import dev.scrutiny.time.TimeMlReader;
import dev.scrutiny.time.TimeTagger;
import dev.scrutiny.time.TimexEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny bench timex}: tokens per second of {@link TimeTagger} on one thread, over generated
 * news-like text or the files given.
 *
 * <pre>{@code
 * scrutiny bench timex --seconds 5
 * scrutiny bench timex --input data/tempeval3/TBAQ-cleaned
 * }</pre>
 */
@Command(name = "timex", mixinStandardHelpOptions = true,
    description = "Measure the time tagger's throughput (tokens/s, one thread).")
final class BenchTimexCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", description = "A text file, or a folder of .txt/.tml files; default: generated text.")
  Path input;

  @Option(names = "--seconds", defaultValue = "3", description = "Measuring time after warm-up (default 3).")
  double seconds;

  @Option(names = "--seed", defaultValue = "7", description = "Seed of the generated text (default 7).")
  long seed;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> texts;
    try {
      texts = input == null ? generate(seed, 400) : load(input);
    } catch (IOException | RuntimeException e) {
      err.println("cannot read --input " + input + ": " + e.getMessage());
      return 2;
    }
    if (texts.isEmpty()) {
      err.println("no text found in " + input);
      return 2;
    }
    long tokensPerPass = 0;
    for (String t : texts) {
      tokensPerPass += TimexEvaluation.countTokens(t);
    }
    LocalDate ref = LocalDate.of(2025, 4, 26);
    long sink = 0;
    long warmEnd = System.nanoTime() + 1_000_000_000L;
    while (System.nanoTime() < warmEnd) {
      for (String t : texts) {
        sink += TimeTagger.tag(t, ref).size();
      }
    }
    long passes = 0;
    long found = 0;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    boolean cpuClock = threads.isCurrentThreadCpuTimeSupported();
    long cpu0 = cpuClock ? threads.getCurrentThreadCpuTime() : 0;
    long t0 = System.nanoTime();
    long stop = t0 + (long) (seconds * 1e9);
    do {
      for (String t : texts) {
        List<TimeExpression> x = TimeTagger.tag(t, ref);
        found += x.size();
      }
      passes++;
    } while (System.nanoTime() < stop);
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpuSecs = cpuClock ? (threads.getCurrentThreadCpuTime() - cpu0) / 1e9 : 0;
    double tps = tokensPerPass * passes / secs;
    out.println(String.format(Locale.ROOT, "texts=%d tokensPerPass=%d passes=%d seconds=%.2f expressions/pass=%d",
        texts.size(), tokensPerPass, passes, secs, found / passes));
    if (cpuClock && cpuSecs > 0) {
      // on a shared machine the thread's CPU time is the fairer clock; wall time is printed last
      out.println(String.format(Locale.ROOT, "cpuTokens/s=%.0f (tokens per CPU-second of the tagging thread)",
          tokensPerPass * passes / cpuSecs));
    }
    out.println(String.format(Locale.ROOT, "tokens/s=%.0f (one thread, wall clock)%s", tps, sink < 0 ? " " : ""));
    out.flush();
    return 0;
  }

  private static List<String> load(Path p) throws IOException {
    if (Files.isRegularFile(p)) {
      return List.of(p.toString().endsWith(".tml") ? TimeMlReader.read(p).text() : Files.readString(p));
    }
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        String name = f.toString();
        if (name.endsWith(".tml")) {
          out.add(TimeMlReader.read(f).text());
        } else if (name.endsWith(".txt")) {
          out.add(Files.readString(f));
        }
      }
    }
    return out;
  }

  /** Seeded news-like paragraphs: mostly plain clauses, some with time expressions. */
  static List<String> generate(long seed, int paragraphs) {
    String[] plain = {
        "The governor said the shelling had damaged a school and two apartment blocks",
        "Officials in the capital denied that troops had crossed the river near the village",
        "Residents described queues for water and fuel outside the regional hospital",
        "The ministry published a statement accusing the other side of violating the agreement",
        "Analysts cautioned that the claims could not be independently verified",
        "A spokesman for the brigade told reporters the situation on the front line remained difficult",
        "Humanitarian groups asked for safe passage for civilians leaving the besieged town"};
    String[] timed = {
        "On April 30, the regional governor reported new strikes",
        "Talks are scheduled to resume next week in Istanbul",
        "The offensive, launched in August 2024, stalled within three months",
        "As the war enters its fourth year, fatigue is growing",
        "Drones struck the depot at 3:40 a.m. on Monday",
        "The figures cover the past two days",
        "Convoys now leave several times per day",
        "Prices rose 12% in the third quarter of 2024",
        "The ceasefire collapsed last month, a year after it was signed",
        "Earlier this year the parliament extended martial law until 6 August"};
    SplittableRandom r = new SplittableRandom(seed);
    List<String> out = new ArrayList<>(paragraphs);
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder sb = new StringBuilder();
      int sentences = 4 + r.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        String[] pool = r.nextInt(5) == 0 ? timed : plain;
        sb.append(pool[r.nextInt(pool.length)]).append(". ");
      }
      out.add(sb.toString().strip());
    }
    return out;
  }
}
