package dev.lab.cli;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Image;
import dev.lab.core.LabContext;
import dev.lab.core.config.Lab;
import dev.lab.core.image.ImageBuildException;
import dev.lab.core.image.ImageBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lab image build IMAGE}: builds the image's rootfs archive and manifest with debootstrap into
 * {@code <artifact root>/images/<image>/<arch>/}, where the catalog finds them.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = {"Build an image's rootfs archive (rootfs.tar.zst) and manifest.json into "
        + "<artifact root>/images/IMAGE/ARCH/ (Debian 12 with debootstrap; needs root).",
        "Builds are cached by their inputs (suite, mirror, packages, arch): the same build again is fast."})
final class ImageBuildCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "IMAGE", description = "The catalog image, for example debian-12.")
  String image;

  @Option(names = "--arch", paramLabel = "ARCH[,ARCH]", split = ",",
      description = "Architectures to build: x86_64, aarch64 (default: this machine's).")
  List<String> arches = new ArrayList<>();

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Build cache (default: $LAB_CACHE, else $XDG_CACHE_HOME/lab/images, else ~/.cache/lab/images).")
  Path cache;

  @Option(names = "--no-cache", description = "Rebuild even when a cached build of the same inputs exists.")
  boolean noCache;

  @Mixin
  LabDirOption lab;

  @Override
  public Integer call() throws Exception {
    try (LabContext context = open(lab.dir(environment().env()))) {
      Lab loaded = context.lab();
      Image catalogImage = loaded.image(image).orElseThrow(() -> UserError.invalid("no image named '" + image
          + "' in images.yaml (images: " + String.join(", ", loaded.images().keySet()) + ")"));
      Path cacheDir = cacheDir(environment().env());
      for (Architecture arch : architectures()) {
        try {
          ImageBuilder.Result r = ImageBuilder.onThisHost(line -> out().println(image + " " + arch.id() + ": " + line))
              .build(new ImageBuilder.Request(catalogImage, arch, loaded.artifactRoot(), cacheDir, !noCache));
          out().printf(Locale.ROOT, "%s %s: %s (%s, sha256 %s, %d packages) in %.0f s%s%n", image, arch.id(),
              r.archive(), ImageListCommand.size(r.manifest().size()), r.manifest().sha256(),
              r.manifest().packages().size(), r.seconds(), r.fromCache() ? " from the cache" : "");
        } catch (ImageBuildException e) {
          throw new UserError("cannot build " + image + " for " + arch.id() + ": " + e.getMessage(),
              e.invalidInput() ? ExitCode.INVALID_INPUT : ExitCode.FAILURE);
        }
      }
      return ExitCode.OK;
    }
  }

  /** @return the architectures asked for, in order, each once */
  List<Architecture> architectures() {
    if (arches.isEmpty()) {
      String host = System.getProperty("os.arch");
      return List.of(host.equals("aarch64") || host.equals("arm64") ? Architecture.AARCH64 : Architecture.X86_64);
    }
    Set<Architecture> result = new LinkedHashSet<>();
    for (String a : arches) {
      result.add(Architecture.fromId(a.trim()).orElseThrow(() -> UserError.invalid("--arch: '" + a
          + "' is not an architecture: give x86_64 or aarch64")));
    }
    return List.copyOf(result);
  }

  /** @return the build cache folder */
  Path cacheDir(Map<String, String> env) {
    if (cache != null) {
      return cache.toAbsolutePath();
    }
    String lab = env.get("LAB_CACHE");
    if (lab != null && !lab.isBlank()) {
      return Path.of(lab).toAbsolutePath();
    }
    String xdg = env.get("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
        : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".cache");
    return base.resolve("lab").resolve("images").toAbsolutePath();
  }
}
