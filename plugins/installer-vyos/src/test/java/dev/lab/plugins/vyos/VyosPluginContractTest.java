package dev.lab.plugins.vyos;

import dev.lab.api.InstallerPlugin;
import dev.lab.api.model.InstallConfig;
import dev.lab.testkit.PluginContractTest;
import java.util.List;

/** The contract every plugin passes, over every golden configuration. */
class VyosPluginContractTest extends PluginContractTest {
  @Override
  protected InstallerPlugin plugin() {
    return new VyosPlugin();
  }

  @Override
  protected List<InstallConfig> validConfigs() {
    return List.copyOf(VyosFixtures.goldenCases().values());
  }
}
