package dev.lab.core.boot;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A model of how iPXE reads a script ({@code src/image/script.c}, {@code src/core/exec.c}, {@code
 * src/core/settings.c}, {@code src/core/getopt.c}, {@code src/hci/commands/image_cmd.c}): lines
 * (a trailing {@code \} joins the next line, a trailing CR is dropped), labels, words split at
 * blanks, commands ended by {@code ;}, {@code &&}, {@code ||} and comments, {@code ${...}}
 * expansion inside each word, then the options and arguments of an image command.
 */
final class IpxeShell {
  /** One command as iPXE runs it: its words after expansion. */
  record Command(List<String> argv) {
    String name() {
      return argv.get(0);
    }
  }

  /** What an image command ({@code kernel}, {@code initrd}, {@code module}, {@code chain}) loads. */
  record Image(String name, String uri, String cmdline) {}

  private IpxeShell() {}

  /** @return every command of the script, in order, with settings expanded from {@code settings} */
  static List<Command> commands(String script, Map<String, String> settings) {
    List<Command> out = new ArrayList<>();
    String[] lines = script.split("\n", -1);
    StringBuilder line = new StringBuilder();
    for (String raw : lines) {
      line.append(raw);
      if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
        line.setLength(line.length() - 1);
      }
      if (line.length() > 0 && line.charAt(line.length() - 1) == '\\') {
        line.setLength(line.length() - 1);
        continue;
      }
      String command = line.toString();
      line.setLength(0);
      int p = 0;
      while (p < command.length() && isSpace(command.charAt(p))) {
        p++;
      }
      if (p < command.length() && command.charAt(p) == ':') {
        while (p < command.length() && !isSpace(command.charAt(p))) {
          p++;
        }
      }
      system(command.substring(p), settings, out);
    }
    return out;
  }

  /** @return the commands of a script expanded with no settings defined */
  static List<Command> commands(String script) {
    return commands(script, Map.of());
  }

  /** system(): words, then commands separated by terminators, each word expanded. */
  private static void system(String command, Map<String, String> settings, List<Command> out) {
    List<String> tokens = split(command);
    List<String> current = new ArrayList<>();
    for (String token : tokens) {
      if (token.startsWith("#")) {
        break;
      }
      if (token.equals("||") || token.equals("&&") || token.equals(";")) {
        add(current, out);
        current = new ArrayList<>();
        continue;
      }
      current.add(expand(token, settings));
    }
    add(current, out);
  }

  private static void add(List<String> argv, List<Command> out) {
    if (!argv.isEmpty()) {
      out.add(new Command(List.copyOf(argv)));
    }
  }

  static List<String> split(String command) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < command.length()) {
      while (i < command.length() && isSpace(command.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < command.length() && !isSpace(command.charAt(i))) {
        i++;
      }
      if (i > start) {
        tokens.add(command.substring(start, i));
      }
    }
    return tokens;
  }

  /** expand_settings(): repeatedly replaces the innermost {@code ${name}}; unknown names are empty. */
  static String expand(String token, Map<String, String> settings) {
    String s = token;
    while (true) {
      int start = -1;
      int end = -1;
      for (int t = 0; t < s.length(); t++) {
        if (s.charAt(t) == '$' && t + 1 < s.length() && s.charAt(t + 1) == '{') {
          start = t;
        }
        if (start >= 0 && s.charAt(t) == '}') {
          end = t;
          break;
        }
      }
      if (end < 0) {
        return s;
      }
      String name = s.substring(start + 2, end);
      s = s.substring(0, start) + settings.getOrDefault(name, "") + s.substring(end + 1);
    }
  }

  /**
   * The image an image command loads: options are read while a word starts with {@code -} (no
   * reordering), then the URI, then the arguments joined with single spaces.
   */
  static Image image(Command command) {
    List<String> argv = command.argv();
    String name = null;
    int i = 1;
    while (i < argv.size() && argv.get(i).startsWith("-")) {
      String option = argv.get(i);
      if (option.equals("--")) {
        i++;
        break;
      }
      if (option.equals("--name") || option.equals("-n") || option.equals("--timeout") || option.equals("-t")) {
        if (i + 1 >= argv.size()) {
          throw new IllegalStateException("option " + option + " needs a value: " + argv);
        }
        if (option.equals("--name") || option.equals("-n")) {
          name = argv.get(i + 1);
        }
        i += 2;
      } else if (option.equals("--autofree") || option.equals("-a") || option.equals("--replace")
          || option.equals("-r")) {
        i++;
      } else {
        throw new IllegalStateException("iPXE would refuse the option " + option + ": " + argv);
      }
    }
    if (i >= argv.size()) {
      throw new IllegalStateException("no image URI: " + argv);
    }
    String uri = argv.get(i);
    List<String> args = argv.subList(i + 1, argv.size());
    return new Image(name, uri, args.isEmpty() ? null : String.join(" ", args));
  }

  /**
   * The command lines iPXE's multiboot loader hands over for a kernel and its modules: each is the
   * image's URI, a space and its arguments, all stored in one 512-byte buffer and cut to fit.
   */
  static List<String> multibootCommandLines(List<Image> images) {
    List<String> out = new ArrayList<>();
    int remaining = IpxeModels.MULTIBOOT_CMDLINES_BYTES;
    for (Image image : images) {
      byte[] full = (image.uri() + (image.cmdline() == null ? "" : " " + image.cmdline()))
          .getBytes(StandardCharsets.UTF_8);
      int keep = Math.max(0, Math.min(full.length, remaining - 1));
      out.add(new String(full, 0, keep, StandardCharsets.UTF_8));
      remaining -= Math.min(remaining, keep + 1);
    }
    return out;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\f' || c == '\n' || c == '\r' || c == '\t' || c == 0x0b;
  }
}
