package dev.lab.plugins.rootfs;

import dev.lab.api.InstallerPlugin;
import dev.lab.api.model.InstallConfig;
import dev.lab.testkit.PluginContractTest;
import java.util.List;

class RootfsContractTest extends PluginContractTest {
  @Override
  protected InstallerPlugin plugin() {
    return new RootfsPlugin();
  }

  @Override
  protected List<InstallConfig> validConfigs() {
    return List.copyOf(Cases.all().values());
  }
}
