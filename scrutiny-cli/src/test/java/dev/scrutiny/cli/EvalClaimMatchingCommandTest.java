package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalClaimMatchingCommandTest {

  @TempDir
  Path dir;

  @Test
  void ranks_checked_claims_and_prints_map_at_5_last() throws Exception {
    Path q = dir.resolve("q.tsv");
    Path v = dir.resolve("v.jsonl");
    Path r = dir.resolve("r.tsv");
    Files.writeString(q, "t1\tRussian drones struck the port of Odesa last night https://t.co/x\n"
        + "t2\tThe bridge in Kharkiv collapsed after shelling\n");
    Files.writeString(v, "{\"id\": \"c1\", \"vclaim\": \"Drones struck the port of Odesa\", \"title\": \"Odesa port\"}\n"
        + "{\"id\": \"c2\", \"vclaim\": \"A bridge collapsed in Kharkiv\"}\n"
        + "{\"id\": \"c3\", \"vclaim\": \"Grain exports rose in July\"}\n");
    Files.writeString(r, "t1\t0\tc1\t1\nt2\t0\tc3\t1\n");
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    int exit = cl.execute("eval", "claim-matching", "--ranker", "bm25", "--queries", q.toString(), "--vclaims",
        v.toString(), "--qrels", r.toString());
    assertThat(exit).isZero();
    String[] lines = out.toString().strip().split("\n");
    // t1 finds c1 first (AP 1); t2's relevant claim c3 shares no word with it (AP 0)
    assertThat(lines[lines.length - 1]).isEqualTo("MAP@5 0.5000");
  }
}
