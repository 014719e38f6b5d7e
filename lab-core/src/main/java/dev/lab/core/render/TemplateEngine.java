package dev.lab.core.render;

import dev.lab.api.Escape;
import dev.lab.api.InstallerException;
import dev.lab.api.LabVersion;
import dev.lab.api.Templates;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.OrMatcher;
import freemarker.cache.PathGlobMatcher;
import freemarker.cache.TemplateConfigurationFactory;
import freemarker.cache.TemplateLoader;
import freemarker.cache.URLTemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.TemplateConfiguration;
import freemarker.core.TemplateClassResolver;
import freemarker.core.UndefinedOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Lab's one template engine: strict FreeMarker over per-namespace template folders.
 *
 * <p>A namespace is a plugin's name (its templates are in its jar under {@code
 * lab-templates/<name>/}) or {@code core} (the shared boot-chain templates). A file of the same name
 * under the lab directory's {@code templates/<namespace>/} wins over the bundled one, file by file.
 * Templates must declare one of {@link OutputFormats#names()}; every interpolation is then escaped
 * for that format. A missing variable is an error naming the template, line and expression.
 *
 * <p>Every namespace can also include the shared snippets of the {@code core} namespace by an
 * absolute name under {@code /shared/}, for example {@code <#include "/shared/openvox-enroll.sh.ftl">};
 * the lab directory overrides those under {@code templates/core/shared/}. Besides the caller's model,
 * every template sees {@code lab} ({@code lab.version}, {@code lab.generatedBy}) and {@code esc},
 * the escaping functions of {@link Escape} ({@code esc.shell(x)}, {@code esc.yaml(x)}, {@code
 * esc.xml(x)}, {@code esc.kickstart(x)}, {@code esc.preseed(x)}) for text of one format embedded in
 * another (mark the result {@code ?no_esc} only where it is written verbatim).
 *
 * <p>Templates in a folder named {@code ipxe/} or {@code grub/} (such as {@code core}'s boot-chain
 * templates) interpolate with {@code [=expression]}: iPXE and GRUB expand {@code ${...}}
 * themselves, so there it is literal text.
 */
public final class TemplateEngine {
  /** The folder inside a jar that holds each namespace's bundled templates. */
  public static final String BUNDLED_ROOT = "lab-templates";
  /** The namespace of the shared boot-chain templates and snippets. */
  public static final String CORE = "core";
  private static final String SHARED = "shared/";
  private static final Map<String, TemplateMethodModelEx> ESCAPES = Map.of(
      "shell", escaper(Escape::shell),
      "kickstart", escaper(Escape::kickstart),
      "yaml", escaper(Escape::yaml),
      "preseed", escaper(Escape::preseed),
      "xml", escaper(Escape::xml));

  private final Path overrideRoot;
  private final Map<NamespaceKey, Templates> namespaces = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @param overrideRoot the lab directory's {@code templates} folder; it need not exist; nullable
   *     for no overrides
   */
  public TemplateEngine(Path overrideRoot) {
    this.overrideRoot = overrideRoot;
  }

  /**
   * @param namespace a plugin name or {@code core}
   * @param loader the class loader whose own resources hold the bundled templates (a plugin's
   *     class loader); resources it would only find through a parent are not used
   * @return the namespace's templates
   */
  public Templates forNamespace(String namespace, ClassLoader loader) {
    // One configuration per namespace and loader, so FreeMarker's template cache (which still
    // notices edited overrides) serves every render after the first.
    return namespaces.computeIfAbsent(new NamespaceKey(namespace, loader),
        k -> new NamespaceTemplates(namespace, configuration(namespace, loader)));
  }

  private record NamespaceKey(String namespace, ClassLoader loader) {}

  /**
   * @return the names of the templates bundled for a namespace, sorted, for example {@code
   *     [ks.cfg.ftl]}
   */
  public static List<String> bundledTemplates(String namespace, ClassLoader loader) {
    if (loader instanceof URLClassLoader ucl) {
      return listOwn(ucl, BUNDLED_ROOT + "/" + namespace + "/");
    }
    URL folder = ownResource(loader, BUNDLED_ROOT + "/" + namespace + "/");
    if (folder == null) {
      return List.of();
    }
    try {
      URI uri = folder.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          return list(fs.getPath(BUNDLED_ROOT, namespace));
        }
      }
      return list(Path.of(uri));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the templates of " + namespace, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @return the bytes of one bundled template (ignoring overrides), for ejecting it */
  public static byte[] bundledTemplate(String namespace, ClassLoader loader, String name) {
    URL url = ownResource(loader, BUNDLED_ROOT + "/" + namespace + "/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no bundled template " + namespace + "/" + name);
    }
    try (var in = url.openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + namespace + "/" + name, e);
    }
  }

  /**
   * Lists a folder of a URL class loader's own jars and directories (a plugin's class loader). A jar
   * is read entry by entry: not every archiver writes the folder entry that {@code findResource}
   * would need to find the folder itself.
   */
  private static List<String> listOwn(URLClassLoader loader, String folder) {
    Set<String> names = new TreeSet<>();
    for (URL url : loader.getURLs()) {
      try {
        Path path = "file".equals(url.getProtocol()) ? Path.of(url.toURI()) : null;
        if (path != null && Files.isDirectory(path.resolve(folder))) {
          names.addAll(list(path.resolve(folder)));
        } else if (path != null && Files.isRegularFile(path)) {
          try (ZipFile jar = new ZipFile(path.toFile())) {
            jar.stream().map(ZipEntry::getName)
                .filter(n -> n.startsWith(folder) && n.endsWith(".ftl"))
                .forEach(n -> names.add(n.substring(folder.length())));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list the templates in " + url, e);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return List.copyOf(names);
  }

  private static List<String> list(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".ftl") && !Files.isDirectory(p))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static URL ownResource(ClassLoader loader, String name) {
    return loader instanceof URLClassLoader ucl ? ucl.findResource(name) : loader.getResource(name);
  }

  private Configuration configuration(String namespace, ClassLoader loader) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    List<TemplateLoader> loaders = new ArrayList<>(namespaceLoaders(namespace, loader));
    if (!CORE.equals(namespace)) {
      for (TemplateLoader core : namespaceLoaders(CORE, TemplateEngine.class.getClassLoader())) {
        loaders.add(new SharedOnlyLoader(core));
      }
    }
    cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    cfg.setTemplateConfigurations(squareBracketFolders());
    cfg.setDefaultEncoding("UTF-8");
    cfg.setLocalizedLookup(false);
    cfg.setRecognizeStandardFileExtensions(false);
    cfg.setRegisteredCustomOutputFormats(OutputFormats.custom());
    cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setWhitespaceStripping(true);
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    wrapper.setExposeFields(false);
    cfg.setObjectWrapper(wrapper.build());
    return cfg;
  }

  /**
   * iPXE and GRUB scripts use {@code ${...}} themselves, so templates in folders named {@code ipxe/}
   * or {@code grub/} interpolate with {@code [=...]} and keep every {@code ${...}} as literal text.
   */
  private static TemplateConfigurationFactory squareBracketFolders() {
    TemplateConfiguration squareBrackets = new TemplateConfiguration();
    squareBrackets.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
    return new ConditionalTemplateConfigurationFactory(
        new OrMatcher(new PathGlobMatcher("**/ipxe/**"), new PathGlobMatcher("**/grub/**")), squareBrackets);
  }

  private List<TemplateLoader> namespaceLoaders(String namespace, ClassLoader loader) {
    List<TemplateLoader> loaders = new ArrayList<>();
    Path override = overrideRoot == null ? null : overrideRoot.resolve(namespace);
    if (override != null && Files.isDirectory(override)) {
      try {
        loaders.add(new FileTemplateLoader(override.toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read template overrides in " + override, e);
      }
    }
    loaders.add(new OwnResourceLoader(loader, BUNDLED_ROOT + "/" + namespace + "/"));
    return loaders;
  }

  private static TemplateMethodModelEx escaper(UnaryOperator<String> rule) {
    return args -> {
      if (args.size() != 1 || !(args.get(0) instanceof TemplateScalarModel scalar)) {
        throw new TemplateModelException("an esc function takes one string");
      }
      try {
        return new SimpleScalar(rule.apply(scalar.getAsString()));
      } catch (IllegalArgumentException e) {
        throw new TemplateModelException(e.getMessage(), e);
      }
    };
  }

  /** Answers only names under {@code shared/}: core's snippets, visible from every namespace. */
  private static final class SharedOnlyLoader implements TemplateLoader {
    private final TemplateLoader delegate;

    SharedOnlyLoader(TemplateLoader delegate) {
      this.delegate = delegate;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
      return name.startsWith(SHARED) ? delegate.findTemplateSource(name) : null;
    }

    @Override
    public long getLastModified(Object source) {
      return delegate.getLastModified(source);
    }

    @Override
    public java.io.Reader getReader(Object source, String encoding) throws IOException {
      return delegate.getReader(source, encoding);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
      delegate.closeTemplateSource(source);
    }
  }

  /** Loads only resources of the given class loader itself, never of its parents. */
  private static final class OwnResourceLoader extends URLTemplateLoader {
    private final ClassLoader loader;
    private final String prefix;

    OwnResourceLoader(ClassLoader loader, String prefix) {
      this.loader = loader;
      this.prefix = prefix;
    }

    @Override
    protected URL getURL(String name) {
      return ownResource(loader, prefix + name);
    }
  }

  private static final class NamespaceTemplates implements Templates {
    private final String namespace;
    private final Configuration cfg;
    private final Map<String, Object> lab;

    NamespaceTemplates(String namespace, Configuration cfg) {
      this.namespace = namespace;
      this.cfg = cfg;
      this.lab = Map.of(
          "version", LabVersion.get(),
          "generatedBy", "generated by Lab " + LabVersion.get());
    }

    @Override
    public String render(String name, Map<String, ?> model) {
      String where = namespace + "/" + name;
      Template template;
      try {
        template = cfg.getTemplate(name);
      } catch (TemplateNotFoundException e) {
        throw new InstallerException("template " + where + " does not exist", e);
      } catch (freemarker.core.ParseException e) {
        throw new InstallerException(String.format("template %s, line %d: %s", where,
            e.getLineNumber(), firstLine(e.getEditorMessage())), e);
      } catch (IOException e) {
        throw new InstallerException("cannot read template " + where + ": " + e.getMessage(), e);
      }
      if (template.getOutputFormat() instanceof UndefinedOutputFormat
          || !OutputFormats.isLabFormat(template.getOutputFormat())) {
        throw new InstallerException("template " + where + " declares no output format: its first line must be"
            + " <#ftl output_format=\"FORMAT\"> with FORMAT one of " + OutputFormats.names());
      }
      Map<String, Object> root = new HashMap<>(model);
      root.putIfAbsent("lab", lab);
      root.putIfAbsent("esc", ESCAPES);
      StringWriter out = new StringWriter();
      try {
        template.process(root, out);
      } catch (InvalidReferenceException e) {
        throw new InstallerException(String.format("template %s, line %d: variable '%s' is missing",
            where, e.getLineNumber(), e.getBlamedExpressionString()), e);
      } catch (TemplateException e) {
        throw new InstallerException(String.format("template %s, line %d: %s", where,
            e.getLineNumber(), firstLine(e.getMessageWithoutStackTop())), e);
      } catch (IOException e) {
        throw new InstallerException("cannot render template " + where + ": " + e.getMessage(), e);
      }
      return out.toString();
    }

    private static String firstLine(String message) {
      String m = Optional.ofNullable(message).orElse("").strip();
      int nl = m.indexOf('\n');
      return nl < 0 ? m : m.substring(0, nl).strip();
    }
  }
}
