package dev.lab.core.boot;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A model of how pxelinux reads a configuration file and runs its default label ({@code
 * com32/elflink/ldlinux/readconfig.c}, {@code execute.c}, {@code kernel.c}, {@code
 * core/elflink/load_env32.c}, {@code com32/mboot/mboot.c}): lines of at most 4095 bytes (a longer one
 * is read as several), cut at the first CR or LF; case-insensitive keywords; a label's command line
 * {@code .TYPE IMAGE APPEND} of at most 2047 bytes; for Linux, {@code BOOT_IMAGE=IMAGE APPEND} with the
 * initrds read after the first {@code initrd=}; for COM32 modules, words split at blanks.
 */
final class PxelinuxConfig {
  private static final int MAX_LINE = 4096;
  private static final int MAX_CMDLINE_LEN = 2048;
  private static final List<String> TYPES = List.of("localboot", "kernel", "linux", "boot", "bss", "pxe",
      "fdimage", "comboot", "com32", "config");

  /** One label: its image type ({@code linux}, {@code com32}, {@code localboot}...), image and APPEND. */
  record Label(String name, String type, String image, String append) {
    /** The command line pxelinux runs for the label. */
    String commandLine() {
      String a = append == null || append.equals("-") ? "" : append;
      String args = image + (a.isEmpty() ? "" : " " + a);
      return type.equals("kernel") ? args : "." + type + " " + args;
    }
  }

  /** A Linux boot: the files pxelinux loads and the command line the kernel receives. */
  record LinuxBoot(String kernel, List<String> initrds, String commandLine) {}

  /** One file {@code mboot.c32} loads and its command line, which starts with the file's name. */
  record Module(String file, String commandLine) {}

  private final Map<String, Label> labels;
  private final String defaultLabel;

  private PxelinuxConfig(Map<String, Label> labels, String defaultLabel) {
    this.labels = labels;
    this.defaultLabel = defaultLabel;
  }

  static PxelinuxConfig parse(String text) {
    Map<String, Label> labels = new LinkedHashMap<>();
    String defaultLabel = null;
    String name = null;
    String type = null;
    String image = null;
    String append = null;
    for (String line : lines(text)) {
      String p = skipSpace(line);
      String rest;
      if ((rest = lookingAt(p, "append")) != null) {
        append = skipSpace(rest);
      } else if ((rest = lookingAt(p, "label")) != null) {
        if (name != null) {
          labels.put(name, new Label(name, type, image, append));
        }
        name = skipSpace(rest).split("[\\x00-\\x20\\x7f]", 2)[0];
        type = "kernel";
        image = name;
        append = null;
      } else if ((rest = kernelType(p)) != null) {
        type = kernelTypeName(p);
        image = skipSpace(rest);
      } else if ((rest = lookingAt(p, "default")) != null) {
        defaultLabel = skipSpace(rest);
      }
    }
    if (name != null) {
      labels.put(name, new Label(name, type, image, append));
    }
    return new PxelinuxConfig(labels, defaultLabel);
  }

  Label defaultLabel() {
    Label label = labels.get(defaultLabel);
    if (label == null) {
      throw new IllegalStateException("no label " + defaultLabel + " among " + labels.keySet());
    }
    return label;
  }

  Map<String, Label> labels() {
    return labels;
  }

  /** What pxelinux boots for a Linux label: {@code execute()} then {@code new_linux_kernel()}. */
  static LinuxBoot linux(Label label) {
    String[] split = execute(label);
    String cmdline = "BOOT_IMAGE=" + split[0] + " " + split[1];
    List<String> initrds = new ArrayList<>();
    int at = cmdline.indexOf("initrd=");
    if (at >= 0) {
      int p = at + "initrd".length();
      do {
        p++;
        int end = p;
        while (end < cmdline.length() && cmdline.charAt(end) != ' ' && cmdline.charAt(end) != ',') {
          end++;
        }
        initrds.add(cmdline.substring(p, end));
        p = end;
      } while (p < cmdline.length() && cmdline.charAt(p) == ',');
    }
    return new LinuxBoot(split[0], initrds, cmdline);
  }

  /** What {@code mboot.c32} loads for a COM32 label: argv split at blanks, files cut at {@code ---}. */
  static List<Module> mboot(Label label) {
    String[] split = execute(label);
    List<String> argv = new ArrayList<>();
    argv.add(split[0]);
    // COM32 splits at blanks comparing plain (signed) chars: a byte above 0x7F may count as a blank.
    String bytes = new String(split[1].getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    for (String word : bytes.split("[\\x00-\\x20\\x7f-\\xff]+")) {
      if (!word.isEmpty()) {
        argv.add(new String(word.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
      }
    }
    if (!argv.get(0).equals("mboot.c32")) {
      throw new IllegalStateException("not mboot.c32: " + argv);
    }
    int i = 1;
    while (i < argv.size() && (argv.get(i).equals("-solaris") || argv.get(i).equals("-aout"))) {
      i++;
    }
    List<Module> modules = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (; i <= argv.size(); i++) {
      if (i == argv.size() || argv.get(i).equals("---")) {
        if (current.isEmpty()) {
          throw new IllegalStateException("mboot.c32 would try to load an empty file name: " + argv);
        }
        modules.add(new Module(current.get(0), String.join(" ", current)));
        current = new ArrayList<>();
      } else {
        current.add(argv.get(i));
      }
    }
    return modules;
  }

  /** execute(): refuses a long command line, strips the type, splits the image from its arguments. */
  private static String[] execute(Label label) {
    String cmdline = label.commandLine();
    if (cmdline.length() >= MAX_CMDLINE_LEN) {
      throw new IllegalStateException("pxelinux: cmdline too long (" + cmdline.length() + ")");
    }
    if (cmdline.startsWith(".")) {
      cmdline = cmdline.substring(cmdline.indexOf(' ') + 1);
    }
    int p = 0;
    while (p < cmdline.length() && !mySpace(cmdline.charAt(p))) {
      p++;
    }
    String image = cmdline.substring(0, p);
    while (p < cmdline.length() && mySpace(cmdline.charAt(p))) {
      p++;
    }
    return new String[] {image, cmdline.substring(p)};
  }

  /** fgets() into a 4096-byte buffer, then the line cut at the first CR and at the first LF. */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int p = 0;
    while (p < text.length()) {
      int nl = text.indexOf('\n', p);
      int end = nl < 0 ? text.length() : nl + 1;
      end = Math.min(end, p + MAX_LINE - 1);
      String chunk = text.substring(p, end);
      p = end;
      int cr = chunk.indexOf('\r');
      if (cr >= 0) {
        chunk = chunk.substring(0, cr);
      }
      int lf = chunk.indexOf('\n');
      if (lf >= 0) {
        chunk = chunk.substring(0, lf);
      }
      out.add(chunk);
    }
    return out;
  }

  private static String kernelType(String p) {
    for (String type : TYPES) {
      String rest = lookingAt(p, type);
      if (rest != null) {
        return rest;
      }
    }
    return null;
  }

  private static String kernelTypeName(String p) {
    for (String type : TYPES) {
      if (lookingAt(p, type) != null) {
        return type;
      }
    }
    throw new IllegalStateException(p);
  }

  private static String lookingAt(String line, String keyword) {
    if (line.length() < keyword.length()
        || !line.substring(0, keyword.length()).toLowerCase(Locale.ROOT).equals(keyword)) {
      return null;
    }
    return line.length() == keyword.length() || mySpace(line.charAt(keyword.length()))
        ? line.substring(keyword.length()) : null;
  }

  private static String skipSpace(String s) {
    int p = 0;
    while (p < s.length() && (s.charAt(p) == ' ' || (s.charAt(p) >= 9 && s.charAt(p) <= 13))) {
      p++;
    }
    return s.substring(p);
  }

  private static boolean mySpace(char c) {
    return c <= ' ' || c == 0x7f;
  }
}
