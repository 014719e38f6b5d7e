package dev.lab.cli;

import dev.lab.core.LabContext;
import dev.lab.core.config.Lab;
import dev.lab.core.rules.Decision;
import dev.lab.core.rules.Machine;
import dev.lab.core.rules.RuleBook;
import dev.lab.core.rules.RulesReport;
import dev.lab.core.state.StateStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lab rules}: preview the auto-onboard rules, dry-run them, apply them. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Preview, dry-run and apply the auto-onboard rules of rules.yaml.",
    subcommands = {RulesCommand.Preview.class, RulesCommand.DryRun.class, RulesCommand.Apply.class})
final class RulesCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: preview, dry-run or apply");
  }

  /** {@code lab rules preview}. */
  @Command(name = "preview", mixinStandardHelpOptions = true,
      description = {"Every known machine (inventory servers with their facts, and discovered machines) x every",
          "rule: whether it matches, and each condition's fact value and verdict. Ties (rules of equal",
          "priority that both match one machine) are listed at the end. Writes nothing."})
  static final class Preview extends BaseCommand {
    @Mixin
    LabDirOption lab;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
      try (LabContext context = open(lab.dir(environment().env())); StateStore store = context.openStore()) {
        Lab l = context.lab();
        List<Machine> machines = new ArrayList<>();
        l.servers().values().forEach(s -> machines.add(Machine.of(s)));
        store.discovery().all().stream().filter(m -> l.server(m.name()).isEmpty())
            .forEach(m -> machines.add(Machine.of(m.name(), m.facts(), m.labels())));
        RuleBook book = RuleBook.of(l);
        if (output.json()) {
          RulesReport.previewJson(book, machines, out());
        } else {
          RulesReport.previewText(book, machines, out());
        }
        out().flush();
        return ExitCode.OK;
      }
    }
  }

  /** {@code lab rules dry-run}. */
  @Command(name = "dry-run", mixinStandardHelpOptions = true,
      description = {"What lab rules apply would do to pending (discovered, not onboarded) machines, first seen",
          "first, honouring priorities and limits. Writes nothing."})
  static final class DryRun extends BaseCommand {
    @Mixin
    LabDirOption lab;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
      return run(this, lab, output, true);
    }
  }

  /** {@code lab rules apply}. */
  @Command(name = "apply", mixinStandardHelpOptions = true,
      description = {"Applies the rules to pending machines: each one a rule matches is approved for its",
          "onboarding with the rule's profile, labels and name, and the rule is recorded in its timeline.",
          "Safe to run again: onboarded machines are no longer pending."})
  static final class Apply extends BaseCommand {
    @Mixin
    LabDirOption lab;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
      return run(this, lab, output, false);
    }
  }

  private static int run(BaseCommand command, LabDirOption lab, OutputOption output, boolean dryRun) {
    try (LabContext context = command.open(lab.dir(command.environment().env()));
        StateStore store = context.openStore()) {
      List<Decision> decisions = context.discovery(store, Clock.systemUTC()).apply(dryRun);
      if (output.json()) {
        RulesReport.decisionsJson(dryRun, decisions, command.out());
      } else {
        RulesReport.decisionsText(dryRun ? "dry run: nothing is written" : "applied", decisions, command.out());
      }
      command.out().flush();
      return decisions.stream().anyMatch(d -> d.outcome() == Decision.Outcome.FAILED) ? ExitCode.FAILURE
          : ExitCode.OK;
    }
  }
}
