package dev.lab.plugins.autoinstall;

import dev.lab.api.InstallerPlugin;
import dev.lab.api.model.InstallConfig;
import dev.lab.testkit.PluginContractTest;
import java.util.List;

/** The SPI contract, over every golden case. */
class AutoinstallContractTest extends PluginContractTest {
  @Override
  protected InstallerPlugin plugin() {
    return new AutoinstallPlugin();
  }

  @Override
  protected List<InstallConfig> validConfigs() {
    return Scenarios.all().stream().map(Scenarios.Scenario::config).toList();
  }
}
