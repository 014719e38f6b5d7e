package dev.lab.core.image;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Image;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Builds a catalog image's rootfs archive and manifest into {@code <artifact root>/images/<image>/<arch>/}:
 * debootstrap into a work folder, clean the tree, pack it, then move the result into place in one
 * rename, so a failed build leaves the previous image as it was. Builds are cached by their inputs
 * ({@link DebootstrapRecipe#cacheKey()}): the same build again only copies the cached archive.
 */
public final class ImageBuilder {
  private final BuildHost host;
  private final Path aptDir;
  private final Consumer<String> progress;

  private ImageBuilder(BuildHost host, Path aptDir, Consumer<String> progress) {
    this.host = host;
    this.aptDir = aptDir;
    this.progress = progress;
  }

  /** @return a builder on this machine, reporting progress as lines */
  public static ImageBuilder onThisHost(Consumer<String> progress) {
    return new ImageBuilder(BuildHost.current(), Path.of("/etc/apt"), progress);
  }

  /**
   * What to build.
   *
   * @param image the catalog image
   * @param arch the architecture
   * @param artifactRoot the artifact root
   * @param cacheDir where builds are cached
   * @param useCache false to rebuild even when a cached build of the same inputs exists
   */
  public record Request(Image image, Architecture arch, Path artifactRoot, Path cacheDir, boolean useCache) {}

  /**
   * A finished build.
   *
   * @param manifest the manifest written
   * @param archive the archive, in the artifact root
   * @param fromCache whether the archive came from the cache
   * @param seconds how long the build took
   */
  public record Result(ImageManifest manifest, Path archive, boolean fromCache, double seconds) {}

  /** Builds one image and architecture. */
  public Result build(Request request) throws IOException {
    Instant start = Instant.now();
    DebootstrapRecipe recipe = DebianImages.recipe(request.image(), request.arch(), aptDir);
    host.check(request.arch());
    Path entry = request.cacheDir().resolve(recipe.cacheKey());
    ImageManifest cached = request.useCache() ? cached(entry) : null;
    ImageManifest built;
    if (cached != null) {
      progress.accept("using the cached build " + entry);
      built = cached;
    } else {
      built = bootstrap(recipe, request, entry);
    }
    Image image = request.image();
    ImageManifest manifest = built.renamed(image.name(), image.os(), image.version());
    Path archive = install(entry.resolve(ImagePaths.ARCHIVE), manifest, request);
    return new Result(manifest, archive, cached != null,
        Duration.between(start, Instant.now()).toMillis() / 1000.0);
  }

  /** @return the cached build's manifest when the entry is complete and its archive intact, else null */
  private ImageManifest cached(Path entry) throws IOException {
    Path manifestFile = entry.resolve(ImagePaths.MANIFEST);
    Path archive = entry.resolve(ImagePaths.ARCHIVE);
    if (!Files.isRegularFile(manifestFile) || !Files.isRegularFile(archive)) {
      return null;
    }
    try {
      ImageManifest m = ImageManifests.read(manifestFile);
      if (m.size() == Files.size(archive) && m.sha256().equals(RootfsArchive.sha256(archive))) {
        return m;
      }
    } catch (ImageManifests.InvalidManifestException e) {
      // Unusable: rebuilt below.
    }
    progress.accept("the cached build " + entry + " is damaged: rebuilding");
    return null;
  }

  private ImageManifest bootstrap(DebootstrapRecipe recipe, Request request, Path entry) throws IOException {
    Files.createDirectories(request.cacheDir());
    Path work = request.cacheDir().resolve("work-" + UUID.randomUUID());
    Path tree = work.resolve("tree");
    Path log = request.cacheDir().resolve("build-" + request.image().name() + "-" + request.arch().id() + ".log");
    Files.deleteIfExists(log);
    Files.createDirectories(tree);
    Commands commands = new Commands(log);
    try {
      String builder = builderVersion();
      progress.accept(builder + ": " + recipe.suite() + " " + DebootstrapRecipe.debianArch(recipe.arch())
          + " from " + recipe.mirror() + " (log: " + log + ")");
      String builtAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
      RootfsTree.prepare(tree);
      commands.run(recipe.command(tree), Duration.ofMinutes(60));
      Mounts.unmountUnder(tree);
      List<String> bootProblems = RootfsTree.bootProblems(tree);
      if (!bootProblems.isEmpty()) {
        throw ImageBuildException.failed("the built tree cannot boot: " + String.join("; ", bootProblems)
            + " (log: " + log + ")");
      }
      RootfsTree.clean(tree);
      List<PackageVersion> packages = DpkgStatus.installed(
          Files.readString(tree.resolve("var/lib/dpkg/status"), StandardCharsets.UTF_8));
      progress.accept("packing " + packages.size() + " packages as " + ImagePaths.ARCHIVE + " (zstd -"
          + RootfsArchive.LEVEL + ")");
      Path archive = work.resolve(ImagePaths.ARCHIVE);
      RootfsArchive.pack(tree, archive, commands);
      ImageManifest manifest = new ImageManifest(request.image().name(), request.image().os(),
          request.image().version(), request.arch().id(), RootfsArchive.sha256(archive), Files.size(archive), "zstd",
          packages, builtAt, builder);
      Path done = work.resolve("entry");
      Files.createDirectories(done);
      Files.move(archive, done.resolve(ImagePaths.ARCHIVE));
      ImageManifests.write(manifest, done.resolve(ImagePaths.MANIFEST));
      Trees.delete(entry);
      Files.move(done, entry, StandardCopyOption.ATOMIC_MOVE);
      return manifest;
    } finally {
      Mounts.unmountUnder(tree);
      Trees.deleteOneFileSystem(work);
    }
  }

  /** Puts the archive and manifest in place: a new folder, then one rename over the old one. */
  private Path install(Path cachedArchive, ImageManifest manifest, Request request) throws IOException {
    Path dir = ImagePaths.dir(request.artifactRoot(), request.image().name(), request.arch());
    Files.createDirectories(dir.getParent());
    Path fresh = dir.resolveSibling("." + request.arch().id() + ".new-" + UUID.randomUUID());
    Path old = dir.resolveSibling("." + request.arch().id() + ".old-" + UUID.randomUUID());
    try {
      Files.createDirectories(fresh);
      Path archive = fresh.resolve(ImagePaths.ARCHIVE);
      try {
        Files.createLink(archive, cachedArchive);
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(cachedArchive, archive);
      }
      ImageManifests.write(manifest, fresh.resolve(ImagePaths.MANIFEST));
      if (Files.exists(dir)) {
        Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Trees.delete(fresh);
      Trees.delete(old);
    }
    return dir.resolve(ImagePaths.ARCHIVE);
  }

  private static String builderVersion() {
    String v = Commands.output(List.of("debootstrap", "--version")).lines().findFirst().orElse("").trim();
    return v.startsWith("debootstrap") ? v : "debootstrap";
  }
}
