package dev.lab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lab.core.LabContext;
import dev.lab.core.config.Lab;
import dev.lab.core.image.ImageInventory;
import dev.lab.core.image.ImageManifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lab image list}: every catalog image and architecture, with its rootfs archive if any. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List every catalog image and architecture: its rootfs archive (built by Lab, given in "
        + "images.yaml, or none), size, SHA-256, build date and package count.")
final class ImageListCommand extends BaseCommand {
  @Mixin
  LabDirOption lab;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() throws Exception {
    try (LabContext context = open(lab.dir(environment().env()))) {
      Lab loaded = context.lab();
      List<ImageInventory.Entry> entries = ImageInventory.of(loaded.images().values(), loaded.artifactRoot());
      if (output.json()) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("images", entries.stream().map(ImageListCommand::json).toList());
        out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        return ExitCode.OK;
      }
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"IMAGE", "ARCH", "OS", "VERSION", "ROOTFS", "SIZE", "SHA256", "BUILT", "PACKAGES"});
      for (ImageInventory.Entry e : entries) {
        ImageManifest m = e.manifest();
        rows.add(new String[] {e.image().name(), e.arch().id(), e.image().os(), e.image().version(), rootfs(e),
            m == null ? "-" : size(m.size()), e.sha256() == null ? "-" : e.sha256().substring(0, Math.min(12,
                e.sha256().length())), m == null ? "-" : m.builtAt().substring(0, Math.min(10, m.builtAt().length())),
            m == null ? "-" : String.valueOf(m.packages().size())});
      }
      Table.print(out(), rows);
      return ExitCode.OK;
    }
  }

  private static String rootfs(ImageInventory.Entry e) {
    return switch (e.source()) {
      case BUILT -> "built";
      case CATALOG -> "images.yaml";
      case NONE -> e.buildable() ? "not built" : "-";
    };
  }

  private static Map<String, Object> json(ImageInventory.Entry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", e.image().name());
    m.put("arch", e.arch().id());
    m.put("os", e.image().os());
    m.put("version", e.image().version());
    m.put("rootfs", e.source().name().toLowerCase(Locale.ROOT));
    m.put("archive", e.rootfs());
    m.put("sha256", e.sha256());
    m.put("buildable", e.buildable());
    ImageManifest manifest = e.manifest();
    if (manifest != null) {
      m.put("size", manifest.size());
      m.put("compression", manifest.compression());
      m.put("builtAt", manifest.builtAt());
      m.put("builder", manifest.builder());
      m.put("packages", manifest.packages().size());
    }
    return m;
  }

  /** @return a size in bytes as people read it: 175 MB, 1.2 GB */
  static String size(long bytes) {
    if (bytes >= 1_000_000_000L) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
    if (bytes >= 1_000_000L) {
      return String.format(Locale.ROOT, "%d MB", Math.round(bytes / 1e6));
    }
    if (bytes >= 1_000L) {
      return String.format(Locale.ROOT, "%d kB", Math.round(bytes / 1e3));
    }
    return bytes + " B";
  }
}
