package dev.lab.plugins.kickstart;

import java.util.ArrayList;
import java.util.List;

/**
 * One kickstart command as data: its name, positional arguments and {@code --option[=value]}
 * options. The template writes it, quoting every argument and value with kickstart's (POSIX shell)
 * rules; names are constants of this plugin.
 *
 * @param name the command, for example {@code network}
 * @param args positional arguments, for example a mount point
 * @param options options in order
 */
record KsCommand(String name, List<String> args, List<Option> options) {

  /**
   * One option.
   *
   * @param name its name without the leading dashes, for example {@code bootproto}
   * @param value its value, or null for a flag
   */
  record Option(String name, String value) {}

  KsCommand {
    args = List.copyOf(args);
    options = List.copyOf(options);
  }

  static Builder of(String name) {
    return new Builder(name);
  }

  /** Builds a command, option by option. */
  static final class Builder {
    private final String name;
    private final List<String> args = new ArrayList<>();
    private final List<Option> options = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    Builder arg(String value) {
      args.add(value);
      return this;
    }

    Builder flag(String option) {
      options.add(new Option(option, null));
      return this;
    }

    Builder option(String option, Object value) {
      options.add(new Option(option, String.valueOf(value)));
      return this;
    }

    KsCommand build() {
      return new KsCommand(name, args, options);
    }
  }
}
