package dev.lab.plugins.rootfs;

import dev.lab.api.Templates;
import dev.lab.api.model.BootFile;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.PxeConfig;
import dev.lab.api.plan.Action;
import dev.lab.api.plan.DeployPlan;
import dev.lab.api.plan.WriteFileAction;
import dev.lab.core.machine.PlanJson;
import dev.lab.core.machine.PlanText;
import dev.lab.core.render.TemplateEngine;
import java.util.LinkedHashMap;
import java.util.Map;

/** Plans a case the way the host does, for the tests. */
final class Rendering {
  static final RootfsPlugin PLUGIN = new RootfsPlugin();
  static final Templates TEMPLATES = new TemplateEngine(null).forNamespace("rootfs", RootfsPlugin.class.getClassLoader());

  private Rendering() {}

  static DeployPlan plan(InstallConfig config) {
    return PLUGIN.deployPlan(config, TEMPLATES).orElseThrow();
  }

  /**
   * @return a case's outputs by golden file name: plan.json, the review text, the agent's boot, and
   *     each written file's content (named after its action) for easy review
   */
  static Map<String, String> outputs(InstallConfig config) {
    DeployPlan plan = plan(config);
    Map<String, String> files = new LinkedHashMap<>();
    files.put("plan.json", PlanJson.write(plan));
    files.put("plan.txt", PlanText.describe(plan));
    files.put("boot.txt", describe(PLUGIN.preparePxe(new PxeConfig(config, config.server().firmware()))));
    for (Action a : plan.actions()) {
      if (a instanceof WriteFileAction w) {
        files.put("file-" + w.id() + ".txt", w.content());
      }
    }
    return files;
  }

  /** @return the boot spec as reviewable text: one file or argument per line */
  static String describe(BootSpec spec) {
    StringBuilder sb = new StringBuilder();
    sb.append("kind ").append(spec.kind()).append('\n');
    sb.append("kernel ").append(spec.kernel().name()).append(' ').append(spec.kernel().url()).append('\n');
    for (BootFile f : spec.initrds()) {
      sb.append("initrd ").append(f.name()).append(' ').append(f.url()).append('\n');
    }
    for (KernelArg a : spec.kernelArgs()) {
      sb.append("arg ").append(a).append('\n');
    }
    return sb.toString();
  }
}
