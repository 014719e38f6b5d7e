package dev.lab.plugins.autoinstall;

import dev.lab.api.Problem;
import dev.lab.api.model.InstallConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything Ubuntu's autoinstall cannot do with a configuration, each problem naming the property at
 * fault. Values that reach user-data, commands or kernel arguments are held to strict shapes here;
 * the templates escape them besides.
 */
final class AutoinstallValidator {
  private AutoinstallValidator() {}

  static List<Problem> validate(InstallConfig config) {
    List<Problem> problems = new ArrayList<>();
    PlatformRules.check(config, problems);
    UserRules.check(config, problems);
    NetworkRules.check(config, problems);
    StorageRules.check(config.profile().disk(), problems);
    SystemRules.check(config, problems);
    problems.addAll(PluginOptions.check(config.profile().options(), config.network()));
    return List.copyOf(problems);
  }
}
