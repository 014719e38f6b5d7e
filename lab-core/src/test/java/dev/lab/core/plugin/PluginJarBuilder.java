package dev.lab.core.plugin;

import dev.lab.api.InstallerPlugin;
import dev.lab.api.LabVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.pf4j.Extension;

/**
 * Builds real PF4J plugin jars for tests, as a plugin's own build would: Java sources compiled
 * against lab-api and pf4j with PF4J's annotation processor named explicitly (so the jar gets its
 * {@code META-INF/extensions.idx}), the descriptor in the manifest, and resources such as bundled
 * templates. Each deviation a loader test needs (no index, no descriptor...) is one method.
 */
final class PluginJarBuilder {
  static final String PROCESSOR = "org.pf4j.processor.ExtensionAnnotationProcessor";
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern CLASS = Pattern.compile("(?m)^public\\s+(?:final\\s+)?class\\s+(\\w+)");

  private final Map<String, String> manifest = new LinkedHashMap<>();
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final Map<String, byte[]> resources = new LinkedHashMap<>();
  private boolean annotationProcessor = true;
  private boolean directoryEntries = true;

  private PluginJarBuilder() {}

  /** @return a builder for a plugin jar with a complete descriptor that admits this Lab */
  static PluginJarBuilder plugin(String id) {
    return new PluginJarBuilder()
        .manifest("Plugin-Id", id)
        .manifest("Plugin-Version", "1.0.0")
        .manifest("Plugin-Requires", ">=" + LabVersion.release())
        .manifest("Plugin-Provider", "Lab tests")
        .manifest("Plugin-Description", "Test plugin " + id);
  }

  /** Sets a manifest attribute; a null value removes it. */
  PluginJarBuilder manifest(String name, String value) {
    if (value == null) {
      manifest.remove(name);
    } else {
      manifest.put(name, value);
    }
    return this;
  }

  /** Writes a manifest without any {@code Plugin-*} attribute. */
  PluginJarBuilder withoutDescriptor() {
    manifest.keySet().removeIf(k -> k.startsWith("Plugin-"));
    return this;
  }

  /** Adds one public top-level class, named by its package and class declarations. */
  PluginJarBuilder source(String code) {
    Matcher pkg = PACKAGE.matcher(code);
    Matcher cls = CLASS.matcher(code);
    if (!pkg.find() || !cls.find()) {
      throw new IllegalArgumentException("a source needs a package and a public class:\n" + code);
    }
    sources.put(pkg.group(1) + "." + cls.group(1), code);
    return this;
  }

  PluginJarBuilder resource(String path, String text) {
    return resource(path, text.getBytes(StandardCharsets.UTF_8));
  }

  PluginJarBuilder resource(String path, byte[] bytes) {
    resources.put(path, bytes);
    return this;
  }

  /** Compiles without PF4J's annotation processor, as javac 23+ does when it is not named. */
  PluginJarBuilder withoutExtensionIndex() {
    annotationProcessor = false;
    return this;
  }

  /** Writes file entries only, as some archivers do (Maven's jar plugin writes folder entries too). */
  PluginJarBuilder withoutDirectoryEntries() {
    directoryEntries = false;
    return this;
  }

  /** Compiles and writes the jar; the folder must exist. */
  Path writeTo(Path jar) {
    try {
      Path classes = Files.createTempDirectory("lab-plugin-classes");
      try {
        compile(classes);
        for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
          Path file = classes.resolve(resource.getKey());
          Files.createDirectories(file.getParent());
          Files.write(file, resource.getValue());
        }
        jar(jar, classes);
        return jar;
      } finally {
        delete(classes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void compile(Path classes) throws IOException {
    if (sources.isEmpty()) {
      return;
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
        "-classpath", location(InstallerPlugin.class) + java.io.File.pathSeparator + location(Extension.class)));
    if (annotationProcessor) {
      options.addAll(List.of("-processorpath", location(Extension.class), "-processor", PROCESSOR));
    } else {
      options.add("-proc:none");
    }
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, code) -> units.add(new Source(name, code)));
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      if (!javac.getTask(null, files, diagnostics, options, null, units).call()) {
        throw new IllegalStateException("test plugin does not compile: " + diagnostics.getDiagnostics());
      }
    }
  }

  private void jar(Path jar, Path classes) throws IOException {
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.forEach((k, v) -> mf.getMainAttributes().putValue(k, v));
    Map<String, Path> entries = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(classes)) {
      walk.filter(p -> !p.equals(classes)).forEach(p -> entries.put(
          classes.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : ""), p));
    }
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, mf)) {
      for (Map.Entry<String, Path> e : entries.entrySet()) {
        boolean dir = e.getKey().endsWith("/");
        if (dir && (!directoryEntries || e.getKey().equals("META-INF/"))) {
          continue;
        }
        zip.putNextEntry(new JarEntry(e.getKey()));
        if (!dir) {
          zip.write(Files.readAllBytes(e.getValue()));
        }
        zip.closeEntry();
      }
    }
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A source held in memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String className, String code) {
      super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
