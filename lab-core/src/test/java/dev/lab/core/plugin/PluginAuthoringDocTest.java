package dev.lab.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.LabVersion;
import dev.lab.api.Problem;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.Enrollment;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.Nic;
import dev.lab.api.model.Profile;
import dev.lab.api.model.PxeConfig;
import dev.lab.api.model.RenderedFile;
import dev.lab.api.model.Server;
import dev.lab.core.install.Endpoints;
import dev.lab.core.install.EnrollmentSettings;
import dev.lab.core.install.InstallConfigFactory;
import dev.lab.core.render.OutputFormats;
import dev.lab.core.render.TemplateEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.Extension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Builds the sample plugin of {@code docs/plugin-authoring.md} from the document's own code blocks
 * (each marked {@code <!-- sample-file: PATH -->}), its descriptor from the sample pom, and loads it
 * from a lab directory's {@code plugins/} folder, so the guide cannot drift from what Lab loads.
 */
class PluginAuthoringDocTest {
  private static final Path DOC = Path.of("..", "docs", "plugin-authoring.md");
  private static final Path PARENT_POM = Path.of("..", "pom.xml");
  private static final Pattern SAMPLE =
      Pattern.compile("<!-- sample-file: (\\S+) -->\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
  private static final String REPOSITORY = "https://dl-cdn.alpinelinux.org/alpine/v3.21/main";

  private static String doc;
  private static Map<String, String> samples;
  private static Document pom;

  @TempDir
  Path lab;

  @BeforeAll
  static void readTheGuide() throws Exception {
    doc = Files.readString(DOC);
    samples = new LinkedHashMap<>();
    Matcher m = SAMPLE.matcher(doc);
    while (m.find()) {
      samples.put(m.group(1), m.group(2) + "\n");
    }
    pom = xml(samples.get("pom.xml"));
  }

  private PluginRegistry loadSample() throws IOException {
    Path plugins = Files.createDirectories(lab.resolve("plugins"));
    PluginJarBuilder jar = PluginJarBuilder.plugin("unused").withoutDescriptor();
    manifestEntries().forEach(jar::manifest);
    samples.forEach((path, text) -> {
      if (path.startsWith("src/main/java/")) {
        jar.source(text);
      } else if (path.startsWith("src/main/resources/")) {
        jar.resource(path.substring("src/main/resources/".length()), text);
      }
    });
    jar.writeTo(plugins.resolve(text(pom.getDocumentElement(), "artifactId") + "-"
        + text(pom.getDocumentElement(), "version") + ".jar"));
    return PluginRegistry.load(null, plugins);
  }

  @Test
  void theGuideHoldsTheSamplesBuildClassAndTemplate() {
    assertThat(samples).containsOnlyKeys("pom.xml", "src/main/java/org/example/lab/alpine/AlpinePlugin.java",
        "src/main/resources/lab-templates/alpine/answers.ftl");
  }

  @Test
  void sampleJarLoadsFromALabDirectory() throws IOException {
    try (PluginRegistry registry = loadSample()) {
      assertThat(registry.refused()).isEmpty();
      LoadedPlugin alpine = registry.byName("alpine").orElseThrow();
      assertThat(alpine.id()).isEqualTo("alpine");
      assertThat(alpine.version()).isEqualTo("1.0.0");
      assertThat(alpine.builtIn()).isFalse();
      assertThat(alpine.description()).isEqualTo(manifestEntries().get("Plugin-Description"));
      assertThat(alpine.osFamilies()).containsExactly("alpine");
      assertThat(alpine.architectures()).containsExactly(Architecture.X86_64, Architecture.AARCH64);
    }
  }

  @Test
  void sampleIsSelectedForAnAlpineImageAndRendersItsAnswerFile() throws IOException {
    try (PluginRegistry registry = loadSample()) {
      InstallConfig config = config("us", "Europe/Paris", false);
      LoadedPlugin alpine = registry.select(config);
      assertThat(alpine.plugin().validate(config)).isEmpty();
      List<RenderedFile> files =
          alpine.plugin().generateAnswerFiles(config, alpine.templates(new TemplateEngine(null)));
      assertThat(files).containsExactly(new RenderedFile("answers", "text/x-shellscript", """
          # 'generated by Lab %s'
          KEYMAPOPTS='us us'
          HOSTNAMEOPTS=web01
          LAB_IFACE=eth0
          INTERFACESOPTS="auto lo
          iface lo inet loopback

          auto $LAB_IFACE
          iface $LAB_IFACE inet dhcp
          "
          TIMEZONEOPTS=Europe/Paris
          PROXYOPTS=none
          APKREPOSOPTS=%s
          SSHDOPTS=openssh
          NTPOPTS=chrony
          DISKOPTS='-L -m sys /dev/sda'
          """.formatted(LabVersion.get(), REPOSITORY)));
    }
  }

  @Test
  void sampleBootsAlpinesNetbootKernelWithArgumentsAsData() throws IOException {
    try (PluginRegistry registry = loadSample()) {
      BootSpec boot = registry.byName("alpine").orElseThrow().plugin()
          .preparePxe(new PxeConfig(config("us", "UTC", false), Firmware.UEFI));
      assertThat(boot.kernel().url()).isEqualTo("http://lab.example:8080/artifacts/alpine-3.21/x86_64/vmlinuz-lts");
      assertThat(boot.kernelArgs()).containsExactly(KernelArg.of("ip", "dhcp"), KernelArg.of("alpine_repo", REPOSITORY),
          KernelArg.of("modloop", "http://lab.example:8080/artifacts/alpine-3.21/x86_64/modloop-lts"),
          KernelArg.of("modules", "loop,squashfs"));
    }
  }

  @Test
  void sampleRefusesWhatItsAnswerFileCannotCarry() throws IOException {
    try (PluginRegistry registry = loadSample()) {
      assertThat(registry.byName("alpine").orElseThrow().plugin().validate(config("us us", "UTC; reboot", true)))
          .containsExactly(Problem.of("profile.keyboard", "must be one word, for example us"),
              Problem.of("profile.timezone", "must be one word, for example Europe/Paris"),
              Problem.of("profile.enrollment.enabled", "this plugin does not enroll hosts yet: set it to false"));
    }
  }

  @Test
  void samplePomNamesTheAnnotationProcessorAndTheVersionsLabBuildsWith() throws Exception {
    Element project = pom.getDocumentElement();
    assertThat(text(project, "annotationProcessor")).isEqualTo(PluginJarBuilder.PROCESSOR);
    Map<String, String> properties = properties();
    assertThat(properties.get("lab.version")).isEqualTo(LabVersion.get());
    assertThat(properties.get("pf4j.version")).isEqualTo(pf4jVersion());
    Map<String, String> pinned = pluginVersions(xml(Files.readString(PARENT_POM)));
    pluginVersions(pom).forEach((plugin, version) ->
        assertThat(version).as("version of %s", plugin).isEqualTo(pinned.get(plugin)));
  }

  @Test
  void documentedOutputFormatsAreTheEnginesFormats() {
    String table = doc.substring(doc.indexOf("<!-- output-formats -->"));
    table = table.substring(0, table.indexOf("\n\n"));
    Set<String> documented = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^\\| `([A-Za-z]+)` \\|").matcher(table);
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertThat(documented).isEqualTo(new TreeSet<>(OutputFormats.names()));
  }

  private static InstallConfig config(String keyboard, String timezone, boolean enroll) {
    String base = "alpine-3.21/x86_64/";
    Image image = new Image("alpine-3.21", "alpine", "3.21", null, Map.of(Architecture.X86_64,
        new ImageArtifacts(base + "vmlinuz-lts", List.of(base + "initramfs-lts"), REPOSITORY, null,
            base + "modloop-lts", null, null, null, null)), null);
    Server server = new Server("web01", null, "lab.example", Architecture.X86_64, null,
        List.of(new Nic("eth0", "52:54:00:12:34:56")), null, null, null, null, null);
    Profile profile = new Profile("alpine", image.name(), InstallMethod.NATIVE,
        new DiskLayout("sda", DiskLayoutKind.LVM, null, null), null, null, null, null, null, keyboard, timezone,
        null, null, null, null, new Enrollment(null, null, enroll), null);
    return InstallConfigFactory.create(server, profile, image, Endpoints.preview("http://lab.example:8080/"),
        new EnrollmentSettings("puppet.lab.example", null), null);
  }

  /** @return the sample pom's manifest entries, with its properties resolved */
  private static Map<String, String> manifestEntries() {
    Map<String, String> properties = properties();
    Map<String, String> entries = new LinkedHashMap<>();
    NodeList nodes = ((Element) pom.getElementsByTagName("manifestEntries").item(0)).getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e) {
        Matcher m = PROPERTY.matcher(e.getTextContent().strip());
        entries.put(e.getTagName(), m.replaceAll(r -> Matcher.quoteReplacement(properties.get(r.group(1)))));
      }
    }
    return entries;
  }

  private static Map<String, String> properties() {
    Map<String, String> properties = new HashMap<>();
    properties.put("project.version", text(pom.getDocumentElement(), "version"));
    NodeList nodes = ((Element) pom.getElementsByTagName("properties").item(0)).getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e) {
        properties.put(e.getTagName(), e.getTextContent().strip());
      }
    }
    return properties;
  }

  /** @return artifactId to version of every build plugin a pom declares with a version */
  private static Map<String, String> pluginVersions(Document document) {
    Map<String, String> versions = new HashMap<>();
    NodeList plugins = document.getElementsByTagName("plugin");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element plugin = (Element) plugins.item(i);
      String version = childText(plugin, "version");
      if (version != null) {
        versions.put(childText(plugin, "artifactId"), version);
      }
    }
    return versions;
  }

  private static String childText(Element parent, String tag) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        return e.getTextContent().strip();
      }
    }
    return null;
  }

  private static String text(Element root, String tag) {
    String direct = childText(root, tag);
    return direct != null ? direct : root.getElementsByTagName(tag).item(0).getTextContent().strip();
  }

  private static String pf4jVersion() throws IOException {
    try (InputStream in = Extension.class.getResourceAsStream("/META-INF/maven/org.pf4j/pf4j/pom.properties")) {
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    }
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(text)));
  }
}
