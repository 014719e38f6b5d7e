package dev.lab.core.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The kernel modules the agent loads, with everything they depend on, in load order. Dependencies
 * come from each module's {@code .modinfo} section ({@code depends=}), so no host {@code depmod}
 * is needed and foreign architectures work.
 */
final class KernelModules {
  private final Path moduleDir;
  private final Map<String, Path> byName = new HashMap<>();
  private final Set<String> builtin = new HashSet<>();

  /**
   * @param moduleDir {@code lib/modules/<version>} in the extracted kernel package
   */
  KernelModules(Path moduleDir) {
    this.moduleDir = moduleDir;
    try (Stream<Path> files = Files.walk(moduleDir)) {
      files.filter(f -> f.getFileName().toString().endsWith(".ko")).forEach(f -> byName.put(name(f), f));
      Path b = moduleDir.resolve("modules.builtin");
      if (Files.exists(b)) {
        for (String line : Files.readAllLines(b, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            builtin.add(name(Path.of(line.strip())));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the kernel modules in " + moduleDir, e);
    }
  }

  /**
   * @param wanted module names; a name may be missing from this kernel when {@code optional}
   *     holds it, otherwise the build fails naming it
   * @return module files relative to {@code moduleDir}, dependencies before the modules needing them
   */
  List<String> loadOrder(List<String> wanted, Set<String> optional) {
    Set<String> order = new LinkedHashSet<>();
    for (String w : wanted) {
      String n = w.replace('-', '_');
      if (builtin.contains(n)) {
        continue;
      }
      if (!byName.containsKey(n)) {
        if (optional.contains(w)) {
          continue;
        }
        throw new AgentBuildException("the kernel has no module " + w + " (neither built in nor in " + moduleDir + ")");
      }
      visit(n, order, new HashSet<>());
    }
    List<String> files = new ArrayList<>();
    for (String n : order) {
      files.add(moduleDir.relativize(byName.get(n)).toString());
    }
    return files;
  }

  /**
   * @param order load order from {@link #loadOrder}
   * @return the text of a {@code modules.dep} for those modules, as busybox modprobe reads it
   */
  String modulesDep(List<String> order) {
    StringBuilder sb = new StringBuilder();
    for (String file : order) {
      Set<String> deps = new LinkedHashSet<>();
      collect(name(Path.of(file)), deps);
      List<String> reversed = new ArrayList<>();
      for (String d : deps) {
        reversed.add(0, moduleDir.relativize(byName.get(d)).toString());
      }
      sb.append(file).append(':');
      for (String d : reversed) {
        sb.append(' ').append(d);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private void collect(String n, Set<String> deps) {
    for (String d : depends(n)) {
      if (deps.add(d)) {
        collect(d, deps);
      }
    }
  }

  private void visit(String n, Set<String> order, Set<String> path) {
    if (order.contains(n)) {
      return;
    }
    if (!path.add(n)) {
      throw new AgentBuildException("kernel modules depend on each other in a cycle through " + n);
    }
    for (String d : depends(n)) {
      visit(d, order, path);
    }
    order.add(n);
  }

  private List<String> depends(String n) {
    Path f = byName.get(n);
    if (f == null) {
      throw new AgentBuildException("kernel module " + n + " is needed but not in " + moduleDir);
    }
    try {
      byte[] data = Files.readAllBytes(f);
      String text = new String(data, StandardCharsets.ISO_8859_1);
      int at = text.indexOf("\0depends=");
      if (at < 0) {
        return List.of();
      }
      int start = at + "\0depends=".length();
      String value = text.substring(start, text.indexOf('\0', start));
      List<String> out = new ArrayList<>();
      for (String d : value.split(",")) {
        if (!d.isBlank() && !builtin.contains(d.replace('-', '_'))) {
          out.add(d.replace('-', '_'));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Path f) {
    String s = f.getFileName().toString();
    return s.substring(0, s.indexOf('.')).replace('-', '_');
  }
}
