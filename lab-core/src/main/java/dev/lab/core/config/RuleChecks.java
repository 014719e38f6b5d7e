package dev.lab.core.config;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Image;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import dev.lab.core.config.RuleCondition.Operator;
import dev.lab.core.config.RuleCondition.Test;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks each rule: at least one condition; every condition tests a fact Lab knows (or one a server
 * declares) in a way that fact allows; no condition or pair of conditions that can never hold; a
 * limit above zero; an action naming exactly one existing profile, or an image that exactly one
 * profile installs, for the architecture the rule asks for.
 */
final class RuleChecks {
  private static final List<String> DISK_TYPES = List.of("hdd", "ssd", "nvme", "virtio");

  private final Names profileNames;
  private final Names imageNames;
  private final Map<String, Located<Profile>> profiles;
  private final Map<String, Located<Image>> images;
  private final Set<String> factNames;
  private final Problems problems;

  RuleChecks(Names profileNames, Names imageNames, Map<String, Located<Profile>> profiles,
      Map<String, Located<Image>> images, Map<String, Located<Server>> servers, Problems problems) {
    this.profileNames = profileNames;
    this.imageNames = imageNames;
    this.profiles = profiles;
    this.images = images;
    this.problems = problems;
    this.factNames = new TreeSet<>(FactNames.known().keySet());
    servers.values().forEach(s -> factNames.addAll(s.value().facts().keySet()));
  }

  void check(Located<Rule> located) {
    Rule rule = located.value();
    if (rule.conditions().isEmpty()) {
      problems.add(located.at("conditions", "a rule needs at least one condition; it would match every machine"));
    }
    List<RuleCondition> parsed = new ArrayList<>();
    rule.conditions().forEach((fact, text) -> {
      if (RuleCondition.problem(text) == null) {
        RuleCondition c = RuleCondition.parse(fact, text);
        if (condition(located, c)) {
          parsed.add(c);
        }
      }
    });
    together(located, parsed);
    action(located, parsed);
  }

  /** @return whether the condition is usable (further checks may look at it) */
  private boolean condition(Located<Rule> located, RuleCondition c) {
    String at = "conditions." + c.fact();
    if (!factNames.contains(c.fact())) {
      problems.add(located.at(at, "unknown fact '" + c.fact() + "'" + Suggest.didYouMean(c.fact(), factNames)
          + ": Lab knows " + String.join(", ", FactNames.known().keySet())
          + ", and facts servers declare in their facts: block"));
      return false;
    }
    if (c.qualifier() != null && !c.fact().equals("disk")) {
      problems.add(located.at(at, "'" + c.qualifier() + "' before the test: only disk takes a qualifier (a disk type)"));
      return false;
    }
    if (c.qualifier() != null && !DISK_TYPES.contains(c.qualifier())) {
      problems.add(located.at(at, "unknown disk type '" + c.qualifier() + "': expected " + LabSyntax.oneOf(DISK_TYPES)
          + Suggest.didYouMean(c.qualifier(), DISK_TYPES)));
      return false;
    }
    boolean numeric = FactNames.NUMERIC.contains(c.fact());
    for (Test t : c.tests()) {
      if (numeric && t.number() == null) {
        problems.add(located.at(at, c.fact() + " is a number: '" + t + "' needs a number such as 40, 500GB or 25G"
            + (t.operator() == Operator.EQ && DISK_TYPES.contains(t.value()) ? " (write the disk type alone, "
                + "or before a size test: " + t.value() + " >= 1TB)" : "")));
        return false;
      }
      if (!numeric && FactNames.isKnown(c.fact()) && t.operator().ordering()) {
        problems.add(located.at(at, c.fact() + " is not a number: compare it with ==, !=, in, not in, ~ or !~"));
        return false;
      }
      if (!words(located, at, c.fact(), t)) {
        return false;
      }
    }
    String never = never(c);
    if (never != null) {
      problems.add(located.at(at, "'" + c + "' can never hold: " + never));
      return false;
    }
    return true;
  }

  /** Facts with a fixed vocabulary: every value tested must be one of it. */
  private boolean words(Located<Rule> located, String at, String fact, Test t) {
    List<String> words = switch (fact) {
      case "arch" -> Arrays.stream(Architecture.values()).map(Architecture::id).toList();
      case "firmware" -> List.of("bios", "uefi");
      default -> null;
    };
    if (words == null || t.regex() != null) {
      return true;
    }
    List<String> values = t.values().isEmpty() ? List.of(t.value()) : t.values();
    for (String v : values) {
      if (!words.contains(v)) {
        problems.add(located.at(at, "unknown " + (fact.equals("arch") ? "architecture" : "firmware") + " '" + v
            + "': expected " + LabSyntax.oneOf(words) + Suggest.didYouMean(v, words)));
        return false;
      }
    }
    return true;
  }

  /** @return why the tests of one condition contradict each other, or null when some value passes them all */
  static String never(RuleCondition c) {
    BigDecimal low = null;
    boolean lowIncluded = true;
    String lowText = null;
    BigDecimal high = null;
    boolean highIncluded = true;
    String highText = null;
    Set<String> allowed = null;
    Set<String> refused = new HashSet<>();
    for (Test t : c.tests()) {
      BigDecimal n = t.number();
      switch (t.operator()) {
        case GE, GT -> {
          if (low == null || n.compareTo(low) > 0 || n.compareTo(low) == 0 && t.operator() == Operator.GT) {
            low = n;
            lowIncluded = t.operator() == Operator.GE;
            lowText = t.toString();
          }
        }
        case LE, LT -> {
          if (high == null || n.compareTo(high) < 0 || n.compareTo(high) == 0 && t.operator() == Operator.LT) {
            high = n;
            highIncluded = t.operator() == Operator.LE;
            highText = t.toString();
          }
        }
        case EQ -> allowed = intersect(allowed, Set.of(canonical(t.value(), n)));
        case IN -> allowed = intersect(allowed, new HashSet<>(t.values().stream()
            .map(v -> canonical(v, RuleCondition.number(v).orElse(null))).toList()));
        case NE -> refused.add(canonical(t.value(), n));
        case NOT_IN -> t.values().forEach(v -> refused.add(canonical(v, RuleCondition.number(v).orElse(null))));
        default -> { }
      }
    }
    if (low != null && high != null) {
      int cmp = low.compareTo(high);
      if (cmp > 0 || cmp == 0 && !(lowIncluded && highIncluded)) {
        return "no value is " + lowText + " and " + highText;
      }
    }
    if (allowed != null) {
      Set<String> left = new TreeSet<>(allowed);
      left.removeAll(refused);
      BigDecimal lo = low;
      boolean loIn = lowIncluded;
      BigDecimal hi = high;
      boolean hiIn = highIncluded;
      left.removeIf(v -> {
        Optional<BigDecimal> n = RuleCondition.number(v);
        if (n.isEmpty()) {
          return lo != null || hi != null;
        }
        return lo != null && (n.get().compareTo(lo) < 0 || !loIn && n.get().compareTo(lo) == 0)
            || hi != null && (n.get().compareTo(hi) > 0 || !hiIn && n.get().compareTo(hi) == 0);
      });
      if (left.isEmpty()) {
        return "no value passes every test";
      }
    }
    return null;
  }

  private static String canonical(String value, BigDecimal n) {
    return n != null ? n.stripTrailingZeros().toPlainString() : value;
  }

  private static Set<String> intersect(Set<String> a, Set<String> b) {
    if (a == null) {
      return new HashSet<>(b);
    }
    Set<String> out = new HashSet<>(a);
    out.retainAll(b);
    return out;
  }

  /** Contradictions between conditions on different facts. */
  private void together(Located<Rule> located, List<RuleCondition> conditions) {
    Optional<RuleCondition> arch = find(conditions, "arch");
    Optional<RuleCondition> firmware = find(conditions, "firmware");
    if (arch.isPresent() && firmware.isPresent() && only(firmware.get(), "bios")
        && arch.get().tests().stream().allMatch(t -> t.operator() == Operator.EQ && !t.value().equals("x86_64")
            || t.operator() == Operator.IN && !t.values().contains("x86_64"))) {
      problems.add(located.at("conditions.firmware", "'" + firmware.get() + "' can never hold together with '"
          + arch.get() + "': only x86_64 machines boot with BIOS"));
    }
    for (String[] pair : new String[][] {{"disks", "disk"}, {"nics", "nic"}}) {
      Optional<RuleCondition> count = find(conditions, pair[0]);
      if (count.isPresent() && find(conditions, pair[1]).isPresent()
          && never(new RuleCondition(pair[0], null, withTest(count.get(), Operator.GE, BigDecimal.ONE))) != null) {
        problems.add(located.at("conditions." + pair[1], "'" + find(conditions, pair[1]).get()
            + "' can never hold together with '" + count.get() + "': it needs at least one"));
      }
    }
  }

  private static List<Test> withTest(RuleCondition c, Operator op, BigDecimal n) {
    List<Test> tests = new ArrayList<>(c.tests());
    tests.add(new Test(op, n.toPlainString(), n, List.of(), null));
    return tests;
  }

  private static boolean only(RuleCondition c, String value) {
    return c.tests().stream().anyMatch(t -> t.operator() == Operator.EQ && t.value().equals(value)
        || t.operator() == Operator.IN && t.values().equals(List.of(value)));
  }

  private static Optional<RuleCondition> find(List<RuleCondition> conditions, String fact) {
    return conditions.stream().filter(c -> c.fact().equals(fact)).findFirst();
  }

  private void action(Located<Rule> located, List<RuleCondition> conditions) {
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
      } else {
        architecture(located, conditions, "action.profile", profiles.get(action.profile()));
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
      } else if (installing.size() == 1) {
        architecture(located, conditions, "action.image", profiles.get(installing.get(0)));
      }
    }
  }

  /** A rule that asks for one architecture must install an image built for it. */
  private void architecture(Located<Rule> located, List<RuleCondition> conditions, String at,
      Located<Profile> profile) {
    Optional<RuleCondition> arch = find(conditions, "arch");
    if (profile == null || arch.isEmpty() || arch.get().tests().size() != 1
        || arch.get().tests().get(0).operator() != Operator.EQ) {
      return;
    }
    Located<Image> image = images.get(profile.value().image());
    Optional<Architecture> wanted = Architecture.fromId(arch.get().tests().get(0).value());
    if (image != null && wanted.isPresent() && image.value().artifacts(wanted.get()).isEmpty()) {
      problems.add(located.at(at, "the rule matches " + wanted.get() + " machines only, but image "
          + image.value().name() + " (profile " + profile.name() + ") has no " + wanted.get()
          + " artifacts: the rule could never onboard a machine"));
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
