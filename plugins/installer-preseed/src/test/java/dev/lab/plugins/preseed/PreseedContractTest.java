package dev.lab.plugins.preseed;

import dev.lab.api.InstallerPlugin;
import dev.lab.api.model.InstallConfig;
import dev.lab.testkit.PluginContractTest;
import java.util.List;

class PreseedContractTest extends PluginContractTest {
  @Override
  protected InstallerPlugin plugin() {
    return new PreseedPlugin();
  }

  @Override
  protected List<InstallConfig> validConfigs() {
    return List.copyOf(Cases.all().values());
  }
}
