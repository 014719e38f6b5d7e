package dev.lab.plugins.kickstart;

import dev.lab.api.InstallerPlugin;
import dev.lab.api.model.InstallConfig;
import dev.lab.testkit.PluginContractTest;
import java.util.List;

/** The contract every installer plugin passes, over the golden matrix. */
class KickstartContractTest extends PluginContractTest {
  @Override
  protected InstallerPlugin plugin() {
    return new KickstartPlugin();
  }

  @Override
  protected List<InstallConfig> validConfigs() {
    return List.copyOf(Cases.all().values());
  }
}
