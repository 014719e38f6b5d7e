package dev.lab.core.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the agent OS from Debian's packages: a kernel and an initramfs holding busybox, the
 * partitioning/filesystem/archive tools with their libraries, the kernel modules for disks, NICs
 * and filesystems, and the agent program. Writes {@code vmlinuz}, {@code initrd.img} and
 * {@code manifest.json} into the output directory. The host's package state is never touched.
 */
public final class AgentBuilder {
  /** Agent program files: resource name under {@code lab-agent/} to path in the initramfs and mode. */
  private static final List<String[]> AGENT_FILES = List.of(
      new String[] {"init", "/init", "755"},
      new String[] {"agent.sh", "/usr/lib/lab-agent/agent.sh", "755"},
      new String[] {"actions.sh", "/usr/lib/lab-agent/actions.sh", "644"},
      new String[] {"discover.sh", "/usr/lib/lab-agent/discover.sh", "644"},
      new String[] {"udhcpc.script", "/usr/share/udhcpc/default.script", "755"},
      new String[] {"lvm.conf", "/etc/lvm/lvm.conf", "644"});

  private final Clock clock;
  private final String builderName;

  /**
   * @param clock the build time's source
   * @param builderName recorded in the manifest, e.g. {@code lab 0.1.0}
   */
  public AgentBuilder(Clock clock, String builderName) {
    this.clock = clock;
    this.builderName = builderName;
  }

  /**
   * Reads one agent program file shipped with Lab.
   *
   * @param name file name under {@code lab-agent/}, e.g. {@code agent.sh}
   * @return its bytes
   */
  public static byte[] agentFile(String name) {
    try (InputStream in = AgentBuilder.class.getResourceAsStream("/lab-agent/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the agent program file " + name + " is missing from Lab's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param arch target architecture
   * @param out output directory, usually {@code <artifact root>/agent/<arch>}
   * @param cache download cache, e.g. {@code ~/.cache/lab/agent}; reused between runs
   * @param hostApt the host's apt configuration ({@code /etc/apt}), whose sources are used
   * @return the manifest written next to the files
   * @throws AgentBuildException when a package, program, library or module is missing, or a tool fails
   */
  public AgentManifest build(AgentArch arch, Path out, Path cache, Path hostApt) {
    try {
      Path archCache = cache.resolve(arch.debianArch());
      PrivateApt apt = PrivateApt.create(archCache.resolve("apt"), hostApt, arch);
      apt.updateIfStale();
      String kernelPackage = apt.firstDependency(arch.kernelPackage());
      List<String> tools = new ArrayList<>(AgentPrograms.PACKAGES);
      tools.addAll(arch.grubPackages());
      Set<String> packages = new LinkedHashSet<>(tools);
      for (String p : apt.dependencyClosure(tools)) {
        if (p.startsWith("lib") && AgentPrograms.SKIPPED_LIBRARY_PREFIXES.stream().noneMatch(p::startsWith)) {
          packages.add(p);
        }
      }
      packages.add(kernelPackage);
      Path debs = Files.createDirectories(archCache.resolve("debs"));
      List<Path> files = apt.download(List.copyOf(packages), debs);
      Path staging = Files.createTempDirectory(archCache, "tree-");
      try {
        List<AgentManifest.PackageVersion> versions = new ArrayList<>();
        for (Path deb : files) {
          HostCommand.run(archCache, Map.of(), List.of("dpkg-deb", "-x", deb.toString(), staging.toString()));
          versions.add(version(deb));
        }
        return assemble(arch, staging, out, versions);
      } finally {
        deleteTree(staging);
      }
    } catch (IOException e) {
      throw new AgentBuildException("cannot build the agent: " + e.getMessage(), e);
    }
  }

  private AgentManifest assemble(AgentArch arch, Path tree, Path out, List<AgentManifest.PackageVersion> versions)
      throws IOException {
    String kernelVersion;
    try (Stream<Path> dirs = Files.list(tree.resolve("lib/modules"))) {
      List<Path> all = dirs.toList();
      if (all.size() != 1) {
        throw new AgentBuildException("expected one kernel in the packages, found " + all.size());
      }
      kernelVersion = all.get(0).getFileName().toString();
    }
    Path vmlinuz = tree.resolve("boot/vmlinuz-" + kernelVersion);
    Map<String, Path> programs = new LinkedHashMap<>();
    for (String name : AgentPrograms.PROGRAMS) {
      Path found = null;
      String where = null;
      for (String dir : List.of("/usr/sbin/", "/sbin/", "/usr/bin/", "/bin/")) {
        found = TreePaths.resolve(tree, dir + name);
        if (found != null) {
          where = dir.contains("sbin") ? "/usr/sbin/" : "/usr/bin/";
          break;
        }
      }
      if (found == null) {
        if (AgentPrograms.OPTIONAL_PROGRAMS.contains(name)) {
          continue;
        }
        throw new AgentBuildException("no downloaded package provides the program " + name);
      }
      programs.put(name.equals("busybox") ? "/bin/busybox" : where + name, found);
    }
    Map<String, Path> libraries = new ElfLibraries(tree, arch).resolve(List.copyOf(programs.values()));
    Path moduleDir = tree.resolve("lib/modules/" + kernelVersion);
    KernelModules modules = new KernelModules(moduleDir);
    List<String> order = modules.loadOrder(AgentPrograms.MODULES, AgentPrograms.OPTIONAL_MODULES);

    Files.createDirectories(out);
    Path initrd = out.resolve("initrd.img.tmp");
    try (CpioWriter cpio = new CpioWriter(new GZIPOutputStream(Files.newOutputStream(initrd), 1 << 16))) {
      InitramfsTree t = new InitramfsTree(cpio);
      for (String d : List.of("/bin", "/sbin", "/usr/bin", "/usr/sbin", "/etc", "/proc", "/sys", "/dev", "/run",
          "/tmp", "/target", "/var/run", "/root", "/mnt")) {
        t.directory(d);
      }
      t.charDevice("/dev/console", 5, 1);
      t.charDevice("/dev/null", 1, 3);
      t.symlink("/bin/sh", "busybox");
      for (Map.Entry<String, Path> p : programs.entrySet()) {
        t.file(p.getKey(), 0755, Files.readAllBytes(p.getValue()));
      }
      for (Map.Entry<String, Path> l : libraries.entrySet()) {
        t.file(l.getKey(), 0755, Files.readAllBytes(l.getValue()));
      }
      String modulePrefix = "/lib/modules/" + kernelVersion + "/";
      for (String m : order) {
        t.file(modulePrefix + m, 0644, Files.readAllBytes(moduleDir.resolve(m)));
      }
      t.file(modulePrefix + "modules.dep", 0644, modules.modulesDep(order).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      t.file(modulePrefix + "lab-load-order", 0644, (String.join("\n", order) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      copyTree(t, tree, "usr/lib/grub");
      copyTree(t, tree, "usr/share/grub");
      t.file("/etc/ssl/certs/ca-certificates.crt", 0644, caBundle(tree));
      for (String[] f : AGENT_FILES) {
        t.file(f[1], Integer.parseInt(f[2], 8), agentFile(f[0]));
      }
      t.file("/etc/lab-agent-release", 0644, (builderName + " agent, kernel " + kernelVersion + "\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Files.copy(vmlinuz, out.resolve("vmlinuz.tmp"), StandardCopyOption.REPLACE_EXISTING);
    Files.move(out.resolve("vmlinuz.tmp"), out.resolve("vmlinuz"), StandardCopyOption.REPLACE_EXISTING);
    Files.move(initrd, out.resolve("initrd.img"), StandardCopyOption.REPLACE_EXISTING);
    Map<String, String> sums = new LinkedHashMap<>();
    sums.put("vmlinuz", sha256(out.resolve("vmlinuz")));
    sums.put("initrd.img", sha256(out.resolve("initrd.img")));
    AgentManifest manifest = new AgentManifest(arch.labName(), kernelVersion, versions, sums, order,
        clock.instant().toString(), builderName);
    new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
        .writeValue(out.resolve("manifest.json").toFile(), manifest);
    return manifest;
  }

  private static void copyTree(InitramfsTree t, Path tree, String dir) throws IOException {
    Path base = tree.resolve(dir);
    if (!Files.isDirectory(base)) {
      return;
    }
    try (Stream<Path> files = Files.walk(base)) {
      for (Path f : files.sorted().toList()) {
        String target = "/" + tree.relativize(f);
        if (Files.isSymbolicLink(f)) {
          t.symlink(target, Files.readSymbolicLink(f).toString());
        } else if (Files.isDirectory(f)) {
          t.directory(target);
        } else {
          t.file(target, Files.isExecutable(f) ? 0755 : 0644, Files.readAllBytes(f));
        }
      }
    }
  }

  private static byte[] caBundle(Path tree) throws IOException {
    Path certs = tree.resolve("usr/share/ca-certificates");
    java.io.ByteArrayOutputStream bundle = new java.io.ByteArrayOutputStream();
    if (Files.isDirectory(certs)) {
      try (Stream<Path> files = Files.walk(certs)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".crt")).sorted().toList()) {
          bundle.write(Files.readAllBytes(f));
        }
      }
    }
    return bundle.toByteArray();
  }

  private static AgentManifest.PackageVersion version(Path deb) {
    String[] parts = deb.getFileName().toString().split("_");
    return new AgentManifest.PackageVersion(parts[0], parts.length > 1 ? parts[1].replace("%3a", ":") : "");
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!Files.isSymbolicLink(p) && Files.isDirectory(p)) {
          p.toFile().setWritable(true);
        }
        Files.deleteIfExists(p);
      }
    }
  }

}
