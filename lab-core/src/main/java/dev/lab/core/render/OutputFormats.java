package dev.lab.core.render;

import dev.lab.api.Escape;
import dev.lab.core.boot.LoaderWords;
import freemarker.core.OutputFormat;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.XMLOutputFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The output formats a Lab template may declare, each with its escaping rule. This is the one
 * table that binds a format name to its quoting; the rules themselves are in {@link Escape} and, for
 * boot loaders, in {@link LoaderWords} (an interpolation is one word of the loader's script) and
 * {@link dev.lab.core.boot.KernelCommandLine} (whole kernel command lines, which templates write
 * pre-quoted with {@code ?no_esc}).
 */
public final class OutputFormats {
  private static final Map<String, OutputFormat> FORMATS = new TreeMap<>();

  static {
    register("shell", "text/x-shellscript", Escape::shell);
    register("kickstart", "text/plain", Escape::kickstart);
    register("yaml", "application/yaml", Escape::yaml);
    register("preseed", "text/plain", Escape::preseed);
    register("ipxe", "text/plain", LoaderWords::ipxe);
    register("grub", "text/plain", LoaderWords::grub);
    register("pxelinux", "text/plain", LoaderWords::pxelinux);
    FORMATS.put(XMLOutputFormat.INSTANCE.getName(), XMLOutputFormat.INSTANCE);
    FORMATS.put(PlainTextOutputFormat.INSTANCE.getName(), PlainTextOutputFormat.INSTANCE);
  }

  private OutputFormats() {}

  private static void register(String name, String mime, UnaryOperator<String> escaper) {
    FORMATS.put(name, new LabOutputFormat(name, mime, escaper));
  }

  /** @return the names a template may declare */
  public static Set<String> names() {
    return FORMATS.keySet();
  }

  /** @return whether this is one of Lab's formats */
  static boolean isLabFormat(OutputFormat format) {
    return FORMATS.get(format.getName()) == format;
  }

  /** @return Lab's own formats, for FreeMarker's registry */
  static List<OutputFormat> custom() {
    return FORMATS.values().stream().filter(f -> f instanceof LabOutputFormat).toList();
  }
}
