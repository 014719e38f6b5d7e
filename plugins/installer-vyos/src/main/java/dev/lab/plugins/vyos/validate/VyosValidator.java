package dev.lab.plugins.vyos.validate;

import dev.lab.api.Problem;
import dev.lab.api.model.InstallConfig;
import java.util.ArrayList;
import java.util.List;

/** Everything the vyos plugin checks before it renders: image, system, users and network. */
public final class VyosValidator {
  private VyosValidator() {}

  /** @return every problem found, in the order image, system, users, network */
  public static List<Problem> validate(InstallConfig config) {
    List<Problem> problems = new ArrayList<>();
    ImageRules.check(config, problems);
    SystemRules.check(config, problems);
    UserRules.check(config.profile(), problems);
    NetworkRules.check(config, problems);
    return List.copyOf(problems);
  }
}
