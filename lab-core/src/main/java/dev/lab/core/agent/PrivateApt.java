package dev.lab.core.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An apt configuration of Lab's own, for one target architecture: its own state, cache and
 * sources (copied from the host's), so downloading packages for the agent never touches the host's
 * package state and works for a foreign architecture.
 */
final class PrivateApt {
  private static final Duration LISTS_FRESH = Duration.ofHours(24);

  private final Path dir;
  private final Path config;
  private final AgentArch arch;

  private PrivateApt(Path dir, AgentArch arch) {
    this.dir = dir;
    this.config = dir.resolve("apt.conf");
    this.arch = arch;
  }

  /**
   * Creates (or reuses) the private configuration under {@code dir}.
   *
   * @param dir the directory that holds it, e.g. {@code ~/.cache/lab/agent/amd64/apt}
   * @param hostApt the host's apt configuration directory ({@code /etc/apt}), whose sources are copied
   * @param arch the target architecture
   */
  static PrivateApt create(Path dir, Path hostApt, AgentArch arch) {
    PrivateApt apt = new PrivateApt(dir, arch);
    try {
      for (String d : List.of("state/lists/partial", "cache/archives/partial", "etc/sources.list.d",
          "etc/preferences.d", "etc/apt.conf.d")) {
        Files.createDirectories(dir.resolve(d));
      }
      Path status = dir.resolve("state/status");
      if (!Files.exists(status)) {
        Files.createFile(status);
      }
      apt.copySources(hostApt);
      Files.writeString(apt.config, String.join("\n",
          "Dir::State \"" + dir.resolve("state") + "\";",
          "Dir::State::status \"" + status + "\";",
          "Dir::Cache \"" + dir.resolve("cache") + "\";",
          "Dir::Etc \"" + dir.resolve("etc") + "\";",
          "Dir::Etc::trusted \"" + hostApt.resolve("trusted.gpg") + "\";",
          "Dir::Etc::TrustedParts \"" + hostApt.resolve("trusted.gpg.d") + "\";",
          "APT::Architecture \"" + arch.debianArch() + "\";",
          "APT::Architectures \"" + arch.debianArch() + "\";",
          "APT::Get::AllowUnauthenticated \"false\";",
          ""), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set up the agent's apt configuration in " + dir, e);
    }
    return apt;
  }

  private void copySources(Path hostApt) throws IOException {
    Path target = dir.resolve("etc");
    boolean any = false;
    Path list = hostApt.resolve("sources.list");
    if (Files.isRegularFile(list) && !Files.readString(list).isBlank()) {
      Files.copy(list, target.resolve("sources.list"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      any = true;
    }
    Path parts = hostApt.resolve("sources.list.d");
    if (Files.isDirectory(parts)) {
      try (Stream<Path> files = Files.list(parts)) {
        for (Path f : files.sorted().toList()) {
          String name = f.getFileName().toString();
          if (name.endsWith(".list") || name.endsWith(".sources")) {
            Files.copy(f, target.resolve("sources.list.d").resolve(name),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            any = true;
          }
        }
      }
    }
    if (!any) {
      throw new AgentBuildException("the host has no apt sources in " + hostApt
          + ": the agent is built from Debian packages, so an apt source for Debian is needed");
    }
  }

  /** Refreshes the package lists when they are missing or older than a day. */
  void updateIfStale() {
    Path lists = dir.resolve("state/lists");
    try (Stream<Path> files = Files.list(lists)) {
      Instant newest = files.filter(f -> f.getFileName().toString().endsWith("_Packages"))
          .map(PrivateApt::modified).max(Instant::compareTo).orElse(Instant.EPOCH);
      if (newest.plus(LISTS_FRESH).isAfter(Instant.now())) {
        return;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    apt("apt-get", "-q", "update");
  }

  private static Instant modified(Path f) {
    try {
      FileTime t = Files.getLastModifiedTime(f);
      return t.toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }

  /**
   * @param metaPackage a meta package such as {@code linux-image-amd64}
   * @return the versioned package it depends on first, e.g. {@code linux-image-6.1.0-28-amd64}
   */
  String firstDependency(String metaPackage) {
    for (String line : apt("apt-cache", "depends", metaPackage).split("\n")) {
      String t = line.strip();
      if (t.startsWith("Depends:")) {
        return t.substring("Depends:".length()).strip();
      }
    }
    throw new AgentBuildException("apt does not know which kernel '" + metaPackage + "' stands for");
  }

  /**
   * @param packages package names
   * @return the names of every package they depend on, recursively (Depends and Pre-Depends)
   */
  Set<String> dependencyClosure(List<String> packages) {
    List<String> argv = new ArrayList<>(List.of("apt-cache", "depends", "--recurse", "--no-recommends",
        "--no-suggests", "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances"));
    argv.addAll(packages);
    Set<String> names = new LinkedHashSet<>();
    for (String line : apt(argv.toArray(String[]::new)).split("\n")) {
      if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("<")) {
        names.add(line.strip());
      }
    }
    return names;
  }

  /**
   * Downloads the packages into {@code debs}, skipping those already there.
   *
   * @return the package files, one per package
   */
  List<Path> download(List<String> packages, Path debs) {
    List<String> argv = new ArrayList<>(List.of("apt-get", "-q", "--print-uris", "download"));
    argv.addAll(packages);
    List<Path> files = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    int i = 0;
    for (String line : apt(argv.toArray(String[]::new)).split("\n")) {
      if (!line.startsWith("'")) {
        continue;
      }
      String[] words = line.split(" ");
      Path file = debs.resolve(words[1]);
      files.add(file);
      if (!Files.isRegularFile(file)) {
        missing.add(packages.get(indexOf(packages, words[1], i)));
      }
      i++;
    }
    if (files.size() != packages.size()) {
      throw new AgentBuildException("apt found " + files.size() + " of the " + packages.size()
          + " packages the agent needs for " + arch.debianArch() + ": " + packages);
    }
    if (!missing.isEmpty()) {
      List<String> get = new ArrayList<>(List.of("apt-get", "-q", "download"));
      get.addAll(missing);
      HostCommand.run(debs, Map.of("APT_CONFIG", config.toString()), get);
    }
    return files;
  }

  private static int indexOf(List<String> packages, String fileName, int fallback) {
    String name = fileName.substring(0, fileName.indexOf('_'));
    int at = packages.indexOf(name);
    return at >= 0 ? at : fallback;
  }

  private String apt(String... argv) {
    return HostCommand.run(dir, Map.of("APT_CONFIG", config.toString()), List.of(argv));
  }
}
