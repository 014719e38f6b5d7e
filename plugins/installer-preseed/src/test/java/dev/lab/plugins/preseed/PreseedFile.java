package dev.lab.plugins.preseed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lab's own line-level reading of a preseed file, strict where debian-installer's loader ({@code
 * debconf-set-selections} in the d-i initrd) is lenient: a comment is a line starting with {@code
 * #}, a blank line is ignored, every other line is {@code owner question type value} with one
 * blank between the fields. A line ending in a backslash (which d-i would join with the next line)
 * and a question set twice (where d-i silently keeps the last value) are errors.
 */
final class PreseedFile {
  static final Set<String> TYPES = Set.of("string", "boolean", "select", "multiselect", "password", "note", "text");

  /** One answer. */
  record Answer(int line, String owner, String question, String type, String value) {}

  private final Map<String, Answer> answers;

  private PreseedFile(Map<String, Answer> answers) {
    this.answers = answers;
  }

  /**
   * @throws IllegalArgumentException naming the line that breaks the format
   */
  static PreseedFile parse(String text) {
    if (!text.endsWith("\n")) {
      throw new IllegalArgumentException("the file does not end with a newline");
    }
    Map<String, Answer> answers = new LinkedHashMap<>();
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int no = i + 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.indexOf('\r') >= 0 || line.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
        throw new IllegalArgumentException("line " + no + " has a control character");
      }
      if (line.endsWith("\\")) {
        throw new IllegalArgumentException("line " + no + " ends with a backslash: d-i would join the next line");
      }
      String[] f = line.split(" ", 4);
      if (f.length < 3 || !f[0].matches("[a-z][a-z0-9-]*") || !f[1].matches("[a-z0-9-]+(/[A-Za-z0-9_.-]+)+")
          || !TYPES.contains(f[2])) {
        throw new IllegalArgumentException("line " + no + " is not 'owner question type value': " + line);
      }
      String value = f.length == 4 ? f[3] : "";
      if (!value.equals(value.strip())) {
        throw new IllegalArgumentException("line " + no + ": the value of " + f[1] + " has leading or trailing blanks");
      }
      Answer previous = answers.put(f[1], new Answer(no, f[0], f[1], f[2], value));
      if (previous != null) {
        throw new IllegalArgumentException("line " + no + ": " + f[1] + " is already set on line " + previous.line());
      }
    }
    return new PreseedFile(answers);
  }

  /** @return the answers by question, in file order */
  Map<String, Answer> answers() {
    return answers;
  }

  /** @return the value of a question, failing when it is not set */
  String value(String question) {
    Answer a = answers.get(question);
    if (a == null) {
      throw new AssertionError(question + " is not set");
    }
    return a.value();
  }

  /** @return the questions whose values are shell commands d-i runs */
  List<String> commandQuestions() {
    List<String> out = new ArrayList<>();
    answers.keySet().stream().filter(q -> q.endsWith("/early_command") || q.endsWith("/late_command"))
        .forEach(out::add);
    return out;
  }
}
