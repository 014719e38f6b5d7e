package dev.lab.core.plugin;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.Nic;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import dev.lab.core.install.Endpoints;
import dev.lab.core.install.EnrollmentSettings;
import dev.lab.core.install.InstallConfigFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Sources of test installer plugins, and the jars and configurations the loader tests use. */
final class TestPlugins {
  static final String PACKAGE = "com.example.lab.test";

  private TestPlugins() {}

  /**
   * @return the source of an installer plugin serving one OS family with the native method, which
   *     renders {@code answer.sh.ftl} from its own jar
   */
  static String installer(String className, String name, String osFamily) {
    return installer(className, name, "Set.of(\"" + osFamily + "\")", "InstallMethod.NATIVE", "");
  }

  /**
   * @param osFamilies a Java expression for the OS families
   * @param method the method, as a Java expression
   * @param body further members of the class (a constructor, say)
   */
  static String installer(String className, String name, String osFamilies, String method, String body) {
    return """
        package %1$s;

        import dev.lab.api.InstallerPlugin;
        import dev.lab.api.NotImplementedException;
        import dev.lab.api.Problem;
        import dev.lab.api.Templates;
        import dev.lab.api.model.*;
        import java.util.List;
        import java.util.Map;
        import java.util.Set;
        import org.pf4j.Extension;

        @Extension
        public final class %2$s implements InstallerPlugin {
          %6$s

          @Override public String name() { return "%3$s"; }
          @Override public String description() { return "%3$s test installer"; }
          @Override public Set<Architecture> supportedArchitectures() {
            return Set.of(Architecture.X86_64, Architecture.AARCH64);
          }
          @Override public Set<String> osFamilies() { return %4$s; }
          @Override public Set<InstallMethod> methods() { return Set.of(%5$s); }
          @Override public List<Problem> validate(InstallConfig config) { return List.of(); }
          @Override public List<RenderedFile> generateAnswerFiles(InstallConfig config, Templates templates) {
            return List.of(new RenderedFile("answer.sh", "text/x-shellscript",
                templates.render("answer.sh.ftl", Map.of("config", config))));
          }
          @Override public BootSpec preparePxe(PxeConfig config) {
            return BootSpec.linux(new BootFile("vmlinuz", config.install().artifacts().kernel()), List.of(), List.of());
          }
          @Override public RenderedFile generateEnrollmentScript(EnrollmentSpec enrollment, Templates templates) {
            throw new NotImplementedException("no enrollment in tests");
          }
        }
        """.formatted(PACKAGE, className, name, osFamilies, method, body);
  }

  /** @return the answer template of a test plugin, which interpolates the server's name */
  static String answerTemplate(String marker) {
    return "<#ftl output_format=\"shell\">\n# ${lab.generatedBy}\n" + marker + "=${config.server.name}\n";
  }

  /** @return a complete plugin jar {@code <file>} serving OS family {@code os} as plugin {@code name} */
  static Path goodJar(Path folder, String file, String id, String name, String os) {
    return PluginJarBuilder.plugin(id)
        .source(installer(className(name), name, os))
        .resource("lab-templates/" + name + "/answer.sh.ftl", answerTemplate("HOST"))
        .writeTo(folder.resolve(file));
  }

  static String className(String name) {
    StringBuilder sb = new StringBuilder();
    for (String part : name.split("-")) {
      sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return sb + "Installer";
  }

  /** @return an image of one OS with kernel and initrd for x86_64 and aarch64 */
  static Image image(String name, String os, String installer) {
    ImageArtifacts artifacts = new ImageArtifacts(name + "/vmlinuz", List.of(name + "/initrd.img"),
        "http://mirror.example/" + name + "/", null, null, null, null, null, null);
    return new Image(name, os, "1", installer, Map.of(Architecture.X86_64, artifacts,
        Architecture.AARCH64, artifacts), null);
  }

  /** @return the configuration the host would build for server web01 with this image and method */
  static InstallConfig config(Image image, InstallMethod method) {
    Server server = new Server("web01", null, "lab.example", Architecture.X86_64, null,
        List.of(new Nic("eth0", "52:54:00:12:34:56")), null, null, null, null, null);
    Profile profile = new Profile("base", image.name(), method, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null);
    return InstallConfigFactory.create(server, profile, image, Endpoints.preview("http://lab.example:8080/"),
        new EnrollmentSettings("puppet.lab.example", null), null);
  }
}
