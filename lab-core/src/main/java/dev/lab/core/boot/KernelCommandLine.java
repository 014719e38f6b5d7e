package dev.lab.core.boot;

import dev.lab.api.model.KernelArg;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Kernel arguments written for each boot loader, so that the kernel receives exactly the intended
 * arguments: the one place where boot loaders' quoting of command lines lives.
 *
 * <p>The kernel splits its command line as {@code next_arg} in the kernel's {@code lib/cmdline.c}
 * does: at blanks (and at the byte {@code 0xA0}) outside double quotes; a value is quoted as
 * {@code key="a b"} and the quotes are removed; nothing can escape a double quote. Each loader adds
 * its own layer on top:
 *
 * <ul>
 *   <li><b>iPXE</b> splits the script line into words at blanks and joins the words after the image
 *       URI with single spaces, so a quoted value survives as long as it has no run of blanks; a word
 *       that is {@code ;}, {@code &&} or {@code ||}, or that starts with {@code #}, ends the command,
 *       {@code ${...}} is expanded, and a trailing {@code \} continues the line. Under UEFI iPXE
 *       hands the command line to the kernel as UTF-16 without decoding UTF-8, so only ASCII is
 *       accepted.
 *   <li><b>GRUB</b> reads each argument as a script word (quoted here as needed, so {@code ;} and
 *       {@code $} stay literal), then builds the kernel command line itself: it wraps a word that
 *       contains a space in double quotes and puts a backslash before every {@code \ ' "}, which the
 *       kernel keeps. So the whole {@code key=value} is one GRUB word, and values with {@code \} or
 *       {@code '} are refused.
 *   <li><b>pxelinux</b> passes its {@code APPEND} line to a Linux kernel as it is (after reading
 *       {@code initrd=} out of it); for {@code mboot.c32} it splits the line into words, cuts it into
 *       the kernel and modules at every {@code ---} word and joins each part's words with single
 *       spaces. Its COM32 argument splitting compares possibly signed bytes, so {@code mboot.c32}
 *       arguments must be ASCII.
 * </ul>
 *
 * <p>Arguments no loader could pass intact are refused by every method with an {@link
 * IllegalArgumentException} naming the loader, the argument and the reason: invalid names, control
 * characters, tabs and double quotes in values. Argument names are letters, digits and {@code _ . ,
 * : / @ + -}, starting with a letter, digit or {@code _}; the flag {@code ---} (Debian's installer
 * separator) is allowed too.
 */
public final class KernelCommandLine {
  /** Linux keeps at most this many bytes of its command line on x86_64 and arm64. */
  public static final int LINUX_MAX_BYTES = 2047;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.,:/@+-]*");
  private static final String SEPARATOR = "---";

  private KernelCommandLine() {}

  /**
   * @return the command line the kernel should receive, with the kernel's own quoting: what {@code
   *     lab render} shows
   */
  public static String forKernel(List<KernelArg> args) {
    return join(args, arg -> kernelText(arg, "A kernel command line"));
  }

  /** @return the arguments as iPXE words, for the end of a {@code kernel} or {@code module} line */
  public static String forIpxe(List<KernelArg> args) {
    return join(args, KernelCommandLine::ipxeText);
  }

  /** @return the arguments as GRUB words, for the end of a {@code linux}, {@code multiboot2} or
   *     {@code module2} line */
  public static String forGrub(List<KernelArg> args) {
    return join(args, KernelCommandLine::grubWord);
  }

  /** @return the arguments for a pxelinux {@code APPEND} line of a Linux entry */
  public static String forPxelinux(List<KernelArg> args) {
    return join(args, arg -> kernelText(arg, "pxelinux"));
  }

  /**
   * @return the arguments of the kernel or of one module, for a pxelinux {@code APPEND} line of an
   *     {@code mboot.c32} entry
   */
  public static String forPxelinuxModule(List<KernelArg> args) {
    return join(args, arg -> {
      String loader = "pxelinux (mboot.c32)";
      String text = kernelText(arg, loader);
      requireAscii(arg, loader, "mboot.c32 may split arguments at bytes above 0x7F");
      if (arg.value() != null && arg.value().contains("  ")) {
        throw refused(loader, arg, "mboot.c32 joins words with single spaces, so a run of spaces would shrink");
      }
      for (String word : text.split(" ")) {
        if (word.equals(SEPARATOR)) {
          throw refused(loader, arg, "mboot.c32 reads a '---' word as the start of the next module");
        }
      }
      return text;
    });
  }

  /**
   * The command line a kernel receives from GRUB for these arguments: GRUB's own re-quoting of its
   * words (a word with a space is wrapped in double quotes).
   */
  static String grubKernelView(List<KernelArg> args) {
    return join(args, arg -> {
      grubWord(arg);
      String word = arg.toString();
      return word.indexOf(' ') >= 0 ? '"' + word + '"' : word;
    });
  }

  /**
   * Refuses a command line longer than a limit.
   *
   * @param what names the command line for the message, for example {@code the kernel command line
   *     GRUB builds}
   * @param commandLine the command line as the kernel or module receives it
   * @param limit the most bytes it may have
   */
  static void requireFits(String what, String commandLine, int limit) {
    int bytes = commandLine.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > limit) {
      throw new IllegalArgumentException(String.format(
          "%s would be %d bytes long, more than the %d that can be passed without being cut", what, bytes, limit));
    }
  }

  private static String join(List<KernelArg> args, Function<KernelArg, String> render) {
    List<String> parts = new ArrayList<>(args.size());
    for (KernelArg arg : args) {
      parts.add(render.apply(arg));
    }
    return String.join(" ", parts);
  }

  /** The argument with the kernel's quoting, after the checks every loader shares. */
  private static String kernelText(KernelArg arg, String loader) {
    String key = arg.key();
    if (key.equals(SEPARATOR)) {
      if (arg.value() != null) {
        throw refused(loader, arg, "'---' is a separator and takes no value");
      }
      return key;
    }
    if (!NAME.matcher(key).matches()) {
      throw refused(loader, arg, "the name " + LoaderWords.show(key) + " is not valid: use letters, digits"
          + " and _ . , : / @ + -, starting with a letter, digit or _");
    }
    String value = arg.value();
    if (value == null) {
      return key;
    }
    String control = LoaderWords.controlProblem(value);
    if (control != null) {
      throw refused(loader, arg, "its value " + control.substring("it ".length()));
    }
    if (value.indexOf('\t') >= 0) {
      throw refused(loader, arg, "its value contains a tab, which boot loaders pass inconsistently");
    }
    if (value.indexOf('"') >= 0) {
      throw refused(loader, arg, "its value contains '\"', which the kernel's command-line parser cannot escape");
    }
    return needsKernelQuotes(value) ? key + "=\"" + value + '"' : key + '=' + value;
  }

  private static String ipxeText(KernelArg arg) {
    String text = kernelText(arg, "iPXE");
    requireAscii(arg, "iPXE", "iPXE passes the command line to a UEFI kernel re-encoded");
    String value = arg.value();
    if (value == null) {
      return text;
    }
    if (value.contains("  ")) {
      throw refused("iPXE", arg, "iPXE joins words with single spaces, so a run of spaces would shrink");
    }
    if (value.endsWith("\\") && !text.endsWith("\"")) {
      text = arg.key() + "=\"" + value + '"';
    }
    for (String token : text.split(" ")) {
      String problem = token.isEmpty() ? null : LoaderWords.ipxeTokenProblem(token);
      if (problem != null) {
        throw refused("iPXE", arg, problem);
      }
    }
    return text;
  }

  private static String grubWord(KernelArg arg) {
    kernelText(arg, "GRUB");
    String value = arg.value();
    if (value != null) {
      if (value.indexOf('\'') >= 0 || value.indexOf('\\') >= 0) {
        throw refused("GRUB", arg, "GRUB puts a backslash before ' and \\ in the kernel command line, and the"
            + " kernel keeps it");
      }
      if (value.indexOf(' ') < 0) {
        int odd = firstWithSpaceByte(value);
        if (odd >= 0) {
          throw refused("GRUB", arg, LoaderWords.describe(odd) + " is encoded with the byte 0xA0, which the"
              + " kernel reads as a space, and GRUB quotes only arguments that contain a plain space");
        }
      }
    }
    return LoaderWords.grub(arg.toString());
  }

  /** Whether the kernel would split the value: it holds a space or a byte the kernel takes for one. */
  private static boolean needsKernelQuotes(String value) {
    return value.indexOf(' ') >= 0 || firstWithSpaceByte(value) >= 0;
  }

  /** @return the first code point whose UTF-8 encoding holds the byte 0xA0, or -1 */
  private static int firstWithSpaceByte(String value) {
    return value.codePoints().filter(cp -> cp > 0x7f && encodesSpaceByte(cp)).findFirst().orElse(-1);
  }

  private static boolean encodesSpaceByte(int codePoint) {
    for (byte b : Character.toString(codePoint).getBytes(StandardCharsets.UTF_8)) {
      if ((b & 0xff) == 0xa0) {
        return true;
      }
    }
    return false;
  }

  private static void requireAscii(KernelArg arg, String loader, String why) {
    String value = arg.value() == null ? "" : arg.value();
    value.codePoints().filter(cp -> cp > 0x7e).findFirst().ifPresent(cp -> {
      throw refused(loader, arg, LoaderWords.describe(cp) + " is not ASCII, and " + why);
    });
  }

  private static IllegalArgumentException refused(String loader, KernelArg arg, String reason) {
    return new IllegalArgumentException(loader + " cannot carry the kernel argument "
        + LoaderWords.show(arg.toString()) + ": " + reason);
  }
}
