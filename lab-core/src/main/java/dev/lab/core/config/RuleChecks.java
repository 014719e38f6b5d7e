package dev.lab.core.config;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Profile;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Checks each rule: at least one condition, a known architecture in an arch condition, an action naming exactly one existing
 * profile or an image that exactly one profile installs.
 */
final class RuleChecks {
  private final Names profileNames;
  private final Names imageNames;
  private final Map<String, Located<Profile>> profiles;
  private final Problems problems;

  RuleChecks(Names profileNames, Names imageNames, Map<String, Located<Profile>> profiles,
      Problems problems) {
    this.profileNames = profileNames;
    this.imageNames = imageNames;
    this.profiles = profiles;
    this.problems = problems;
  }

  void check(Located<Rule> located) {
    Rule rule = located.value();
    if (rule.conditions().isEmpty()) {
      problems.add(located.at("conditions", "a rule needs at least one condition; it would match every machine"));
    }
    String arch = rule.conditions().get("arch");
    if (arch != null) {
      RuleCondition c = RuleCondition.parse("arch", arch);
      List<String> ids = Arrays.stream(Architecture.values()).map(Architecture::id).toList();
      if (!c.operator().ordering() && !ids.contains(c.value())) {
        problems.add(located.at("conditions.arch", "unknown architecture '" + c.value() + "': expected "
            + LabSyntax.oneOf(ids) + Suggest.didYouMean(c.value(), ids)));
      }
    }
    action(located);
  }

  private void action(Located<Rule> located) {
    RuleAction action = located.value().action();
    if (action.profile() == null && action.image() == null) {
      problems.add(located.at("action", "an action names a profile, or an image that one profile installs"));
    } else if (action.profile() != null && action.image() != null) {
      problems.add(located.at("action.image", "name either a profile or an image, not both (profile "
          + action.profile() + " already chooses its image)"));
    } else if (action.profile() != null) {
      if (profileNames.missing(action.profile())) {
        problems.add(located.at("action.profile", "no profile named '" + action.profile() + "' in profiles/"
            + Suggest.didYouMean(action.profile(), profileNames.all())));
      }
    } else if (imageNames.missing(action.image())) {
      problems.add(located.at("action.image", "no image named '" + action.image() + "' in images.yaml"
          + Suggest.didYouMean(action.image(), imageNames.all())));
    } else {
      List<String> installing = profiles.values().stream()
          .filter(p -> p.value().image().equals(action.image())).map(Located::name).sorted().toList();
      if (installing.isEmpty() && profiles.size() == profileNames.all().size()) {
        problems.add(located.at("action.image", "no profile installs image " + action.image()
            + ": add one, or name a profile instead"));
      } else if (installing.size() > 1) {
        problems.add(located.at("action.image", "several profiles install image " + action.image() + " ("
            + String.join(", ", installing) + "): name one of them with profile instead"));
      }
    }
  }

  /** @return the profile a rule's action stands for, given that the lab is valid */
  static String profileOf(RuleAction action, Map<String, Profile> profiles) {
    if (action.profile() != null) {
      return action.profile();
    }
    return profiles.values().stream().filter(p -> p.image().equals(action.image())).map(Profile::name)
        .findFirst().orElseThrow();
  }
}
