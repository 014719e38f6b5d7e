package dev.lab.plugins.kickstart;

import dev.lab.api.model.BootSpec;
import dev.lab.api.model.KernelArg;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of rendered files, without their values: what an injected value would have to change
 * to add a directive, a section, a script command or a kernel argument.
 */
final class Structure {
  private static final String CSR_HEREDOC = "LAB_CSR_ATTRIBUTES";
  private static final Pattern HEREDOC = Pattern.compile("<<'([A-Z_]+)'");
  private static final Pattern YAML_LINE = Pattern.compile(
      "---|[a-z_]+:( \\{})?|  ([0-9.]+|\"([^\"\\\\]|\\\\.)*\"): \"([^\"\\\\]|\\\\.)*\"");

  private Structure() {}

  /**
   * @return per command its name, option names and number of positional words (and, for {@code
   *     bootloader}, the number of appended kernel arguments); per section its header, then per
   *     body line its first word and number of words ({@code %packages} lines are data, only
   *     counted; a heredoc's lines are data, not even counted)
   */
  static List<String> ofKickstart(String text) {
    KickstartFile ks = KickstartFile.parse(text);
    List<String> shape = new ArrayList<>();
    for (KickstartFile.Command c : ks.commands()) {
      String line = c.name() + " " + c.options().keySet() + " #" + c.positional().size();
      if (c.name().equals("bootloader") && c.options().containsKey("append")) {
        line += " append x" + c.options().get("append").split(" ", -1).length;
      }
      shape.add(line);
    }
    for (String include : ks.includes()) {
      shape.add("%include " + include);
    }
    for (KickstartFile.Section s : ks.sections()) {
      shape.add(String.join(" ", s.header()));
      String heredoc = null;
      for (String body : s.body()) {
        if (s.name().equals("%packages")) {
          shape.add("  package");
        } else if (heredoc != null) {
          if (body.equals(heredoc)) {
            shape.add("  end of heredoc " + heredoc);
            heredoc = null;
          }
        } else {
          shape.add("  " + shellShape(body));
          Matcher m = HEREDOC.matcher(body);
          heredoc = m.find() ? m.group(1) : null;
        }
      }
    }
    return shape;
  }

  /** @return per line of a shell script its first word and number of words; YAML heredoc lines checked */
  static List<String> ofShell(String text) {
    List<String> shape = new ArrayList<>();
    boolean inYaml = false;
    for (String line : text.split("\n", -1)) {
      if (inYaml) {
        if (line.equals(CSR_HEREDOC)) {
          inYaml = false;
          shape.add("end of yaml");
        } else if (YAML_LINE.matcher(line).matches()) {
          shape.add("yaml");
        } else {
          shape.add("BROKEN YAML LINE: " + line);
        }
        continue;
      }
      shape.add(shellShape(line));
      inYaml = line.contains("<<'" + CSR_HEREDOC + "'");
    }
    return shape;
  }

  /**
   * @return the boot spec's files, the names of the arguments Lab sets, and the number of the
   *     profile's own arguments (the last {@code profileArgs}), whose names are the user's data
   */
  static List<String> ofBoot(BootSpec spec, int profileArgs) {
    List<String> shape = new ArrayList<>();
    shape.add(spec.kind() + " " + spec.kernel().name() + " " + spec.initrds().size());
    List<String> args = spec.kernelArgs().stream().map(KernelArg::toString).toList();
    shape.addAll(keys(args.subList(0, args.size() - profileArgs)));
    shape.add("profile arguments x" + profileArgs);
    return shape;
  }

  private static List<String> keys(List<String> args) {
    return args.stream().map(a -> a.indexOf('=') < 0 ? a : a.substring(0, a.indexOf('='))).toList();
  }

  private static String shellShape(String line) {
    if (line.isBlank()) {
      return "";
    }
    String logical = line.endsWith("\\") ? line.substring(0, line.length() - 1) : line;
    try {
      List<String> words = ShellWords.split(logical);
      return words.isEmpty() ? "#" : words.get(0) + " x" + words.size();
    } catch (IllegalArgumentException e) {
      return "UNPARSEABLE: " + line;
    }
  }
}
