package dev.lab.plugins.xcpng;

import dev.lab.api.InstallerPlugin;
import dev.lab.api.model.InstallConfig;
import dev.lab.testkit.PluginContractTest;
import java.util.List;

class XcpngPluginContractTest extends PluginContractTest {
  @Override
  protected InstallerPlugin plugin() {
    return new XcpngPlugin();
  }

  @Override
  protected List<InstallConfig> validConfigs() {
    return GoldenCases.CASES.values().stream().map(c -> c.get().build()).toList();
  }
}
