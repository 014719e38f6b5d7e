package dev.lab.core.config;

import dev.lab.api.model.Doc;

/**
 * How auto-onboard rules run.
 *
 * @param autoApply whether {@code lab serve} applies the rules to each machine as it is discovered
 */
@Doc("How auto-onboard rules run.")
public record RuleSettings(
    @Doc(value = "Apply the rules to each machine as soon as it is discovered (as lab rules apply would); "
        + "otherwise discovered machines wait for lab rules apply or an operator.", defaultValue = "false")
        Boolean autoApply) {

  public RuleSettings {
    autoApply = autoApply != null && autoApply;
  }
}
