package dev.lab.plugins.kickstart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A line-level reading of a kickstart file, following pykickstart's state machine: outside
 * sections, blank and {@code #} lines are skipped, a line whose first word starts with {@code %}
 * opens a section (or is an {@code %include}), any other line is a command; inside a section,
 * every line belongs to it until a line whose first word is {@code %end}, and a line whose first
 * word is another section's header is an error (the section was not closed).
 */
final class KickstartFile {
  /** Sections Anaconda knows. */
  static final Set<String> SECTIONS = Set.of("%pre", "%pre-install", "%post", "%onerror", "%traceback",
      "%packages", "%addon", "%anaconda", "%certificate");

  /** A command line: the command and its words, already unquoted. */
  record Command(int line, String name, List<String> words) {
    /** @return {@code --name[=value]} options by name (value "" for a flag), in order */
    Map<String, String> options() {
      Map<String, String> options = new LinkedHashMap<>();
      for (String w : words) {
        if (w.startsWith("--")) {
          int eq = w.indexOf('=');
          options.put(eq < 0 ? w.substring(2) : w.substring(2, eq), eq < 0 ? "" : w.substring(eq + 1));
        }
      }
      return options;
    }

    /** @return the words that are not options */
    List<String> positional() {
      return words.stream().filter(w -> !w.startsWith("--")).toList();
    }
  }

  /** A section: its header words and its body lines, verbatim. */
  record Section(int line, List<String> header, List<String> body) {
    String name() {
      return header.get(0);
    }
  }

  private final List<Command> commands = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private final List<String> includes = new ArrayList<>();

  List<Command> commands() {
    return commands;
  }

  List<Section> sections() {
    return sections;
  }

  List<String> includes() {
    return includes;
  }

  /** @return the commands with this name */
  List<Command> commands(String name) {
    return commands.stream().filter(c -> c.name().equals(name)).toList();
  }

  /** @return the sections with this name */
  List<Section> sections(String name) {
    return sections.stream().filter(s -> s.name().equals(name)).toList();
  }

  /**
   * @throws IllegalArgumentException for an unknown section, a section without {@code %end}, an
   *     {@code %end} outside a section, or a line that does not split into words
   */
  static KickstartFile parse(String text) {
    KickstartFile file = new KickstartFile();
    String[] lines = text.split("\n", -1);
    int i = 0;
    while (i < lines.length) {
      String line = lines[i];
      int number = i + 1;
      i++;
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      List<String> words = ShellWords.split(line);
      if (words.isEmpty()) {
        continue;
      }
      String first = words.get(0);
      if (first.equals("%include")) {
        require(words.size() == 2, number, "%include takes one file");
        file.includes.add(words.get(1));
      } else if (first.equals("%end")) {
        throw new IllegalArgumentException("line " + number + ": %end outside a section");
      } else if (first.startsWith("%")) {
        require(SECTIONS.contains(first), number, "unknown section " + first);
        List<String> body = new ArrayList<>();
        boolean closed = false;
        while (i < lines.length) {
          String bodyLine = lines[i];
          i++;
          String head = bodyLine.strip().isEmpty() ? "" : bodyLine.strip().split("[ \t]+")[0];
          if (head.equals("%end")) {
            closed = true;
            break;
          }
          require(!SECTIONS.contains(head) && !head.equals("%include"), i,
              "section " + first + " is not closed by %end before " + head);
          body.add(bodyLine);
        }
        require(closed, number, "section " + first + " does not end with %end");
        file.sections.add(new Section(number, words, body));
      } else {
        file.commands.add(new Command(number, first, words.subList(1, words.size())));
      }
    }
    return file;
  }

  private static void require(boolean ok, int line, String message) {
    if (!ok) {
      throw new IllegalArgumentException("line " + line + ": " + message);
    }
  }
}
