package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

import org.junit.jupiter.api.Test;

class MainTest {

  private static String usage(CommandLine cl) {
    StringWriter w = new StringWriter();
    cl.usage(new PrintWriter(w));
    return w.toString();
  }

  @Test
  void a_run_naming_a_subcommand_sets_up_that_one_alone_with_the_same_options_and_help() {
    CommandLine full = Main.commandLine();
    List<String> names = new ArrayList<>(full.getSubcommands().keySet());
    assertThat(names).startsWith("analyze", "add", "search").contains("help", "train", "bench");
    for (String name : names) {
      CommandLine one = Main.commandLine(new String[] {name, "--whatever"});
      assertThat(one.getSubcommands()).as(name).containsOnlyKeys(name);
      CommandLine sub = one.getSubcommands().get(name);
      assertThat(usage(sub)).as(name).isEqualTo(usage(full.getSubcommands().get(name)));
      assertThat(sub.getSubcommands().keySet()).as(name)
          .isEqualTo(full.getSubcommands().get(name).getSubcommands().keySet());
    }
  }

  @Test
  void any_other_first_argument_gets_every_subcommand() {
    int all = Main.commandLine().getSubcommands().size();
    for (String first : List.of("--version", "--help", "analyse", "")) {
      assertThat(Main.commandLine(new String[] {first}).getSubcommands()).as(first).hasSize(all);
    }
    assertThat(usage(Main.commandLine(new String[] {"--help"}))).isEqualTo(usage(Main.commandLine()));
  }

  @Test
  void a_misspelt_subcommand_is_still_a_usage_error_naming_it() {
    CliRun run = CliRun.of("analyse", "x.txt");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("analyse");
  }
}
