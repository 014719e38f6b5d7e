package dev.lab.core.agent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the shared libraries (and the program interpreter) that ELF programs of the target
 * architecture need, inside an extracted package tree. Uses {@code readelf}, which reads ELF files
 * of any architecture, so cross-architecture builds work.
 */
final class ElfLibraries {
  private static final Pattern NEEDED = Pattern.compile("\\(NEEDED\\)\\s+Shared library: \\[([^]]+)]");
  private static final Pattern INTERP = Pattern.compile("Requesting program interpreter: ([^]]+)]");

  private final Path root;
  private final List<String> libraryDirs;

  ElfLibraries(Path root, AgentArch arch) {
    this.root = root;
    this.libraryDirs = List.of("lib/" + arch.triplet(), "usr/lib/" + arch.triplet(), "lib", "usr/lib", "lib64");
  }

  /**
   * @param programs files (absolute paths inside {@code root}) to resolve
   * @return path in the target system (e.g. {@code /lib/x86_64-linux-gnu/libc.so.6}) to the file
   *     in the tree that provides it, for every library needed, directly or not
   * @throws AgentBuildException naming the library and the program when one is not found
   */
  Map<String, Path> resolve(List<Path> programs) {
    Map<String, Path> found = new LinkedHashMap<>();
    Deque<Path> todo = new ArrayDeque<>(programs);
    java.util.Set<Path> seen = new java.util.HashSet<>();
    while (!todo.isEmpty()) {
      Path p = todo.pop();
      if (!seen.add(p) || !isElf(p)) {
        continue;
      }
      String text = HostCommand.run(root, Map.of("LC_ALL", "C"), List.of("readelf", "-d", "-l", "-W", p.toString()));
      Matcher interp = INTERP.matcher(text);
      if (interp.find()) {
        String path = interp.group(1);
        Path file = TreePaths.resolve(root, path);
        if (file == null) {
          throw new AgentBuildException("the program interpreter " + path + " of " + root.relativize(p)
              + " is in no downloaded package");
        }
        found.putIfAbsent(path, file);
      }
      Matcher m = NEEDED.matcher(text);
      while (m.find()) {
        String lib = m.group(1);
        if (found.keySet().stream().anyMatch(k -> k.endsWith("/" + lib))) {
          continue;
        }
        Path file = locate(lib);
        if (file == null) {
          throw new AgentBuildException("the library " + lib + " needed by /" + root.relativize(p)
              + " is in no downloaded package");
        }
        found.put("/lib/" + libraryDirs.get(0).substring(4) + "/" + lib, file);
        todo.push(file);
      }
    }
    return found;
  }

  private Path locate(String lib) {
    for (String d : libraryDirs) {
      Path f = TreePaths.resolve(root, "/" + d + "/" + lib);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  private static boolean isElf(Path p) {
    try (var in = Files.newInputStream(p)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
