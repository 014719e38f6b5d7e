package dev.lab.core.onboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lab.api.Problem;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.core.LabException;
import dev.lab.core.config.Lab;
import dev.lab.core.machine.MachineRender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The architecture checks of a rootfs deploy, made when it is approved: the server's architecture
 * must be the one the image's rootfs archive was built for (as its {@code manifest.json} next to it
 * says, when the archive is in Lab's artifact root) and the one of an agent built into the artifact
 * root ({@code agent/<arch>/vmlinuz} and {@code initrd.img}, whose {@code manifest.json} must not
 * say otherwise).
 */
final class DeployArchitecture {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DeployArchitecture() {}

  /** @throws LabException naming server, image and architectures for every mismatch */
  static void check(Lab lab, MachineRender render) {
    if (render.plan() == null) {
      return;
    }
    InstallConfig config = render.config();
    Architecture arch = config.arch();
    String server = config.server().name();
    List<Problem> problems = new ArrayList<>();
    Path root = lab.artifactRoot();
    ImageArtifacts artifacts = config.image().artifacts(arch).orElse(null);
    if (artifacts != null && artifacts.rootfs() != null && isLocal(artifacts.rootfs())) {
      Path manifest = root.resolve(artifacts.rootfs()).normalize().resolveSibling("manifest.json");
      String built = manifestArch(manifest);
      if (built != null && !built.equals(arch.id())) {
        problems.add(Problem.of("image.architectures", "server " + server + " is " + arch
            + " but image " + config.image().name() + "'s rootfs archive " + artifacts.rootfs() + " was built for "
            + built + " (" + manifest.getFileName() + " next to it): rebuild it with `lab image build "
            + config.image().name() + " --arch " + arch + "`"));
      }
    }
    Path agent = root.resolve("agent").resolve(arch.id());
    List<String> missing = new ArrayList<>();
    for (String file : List.of("vmlinuz", "initrd.img")) {
      if (!Files.isRegularFile(agent.resolve(file))) {
        missing.add("agent/" + arch.id() + "/" + file);
      }
    }
    if (!missing.isEmpty()) {
      problems.add(Problem.of("server.arch", "server " + server + " (" + arch + ") is deployed by Lab's agent for "
          + arch + " with image " + config.image().name() + ", but the artifact root " + root + " has no "
          + String.join(" or ", missing) + ": build it with `lab agent build --arch " + arch + "`"));
    } else {
      String built = manifestArch(agent.resolve("manifest.json"));
      if (built != null && !built.equals(arch.id())) {
        problems.add(Problem.of("server.arch", "server " + server + " is " + arch + " but the agent in agent/"
            + arch.id() + "/ was built for " + built + ": rebuild it with `lab agent build --arch " + arch + "`"));
      }
    }
    if (!problems.isEmpty()) {
      throw new LabException(problems.stream()
          .map(p -> lab.locate(config.server(), config.profile(), config.image(), p)).toList());
    }
  }

  private static boolean isLocal(String path) {
    return !path.contains("://");
  }

  /** @return the {@code arch} a build manifest names, null when there is no readable manifest */
  private static String manifestArch(Path manifest) {
    if (!Files.isRegularFile(manifest)) {
      return null;
    }
    try {
      JsonNode arch = JSON.readTree(manifest.toFile()).get("arch");
      return arch == null || !arch.isTextual() ? null : arch.asText();
    } catch (IOException e) {
      throw new LabException(new dev.lab.core.config.Diagnostic(manifest.toString(), 0, "arch",
          "cannot read the build manifest: " + e.getMessage()));
    }
  }
}
