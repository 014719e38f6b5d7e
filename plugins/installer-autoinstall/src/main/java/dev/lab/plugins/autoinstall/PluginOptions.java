package dev.lab.plugins.autoinstall;

import dev.lab.api.Problem;
import dev.lab.api.model.InterfaceKind;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Network;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The profile options the autoinstall plugin understands ({@code Profile.options}). There is one
 * family today:
 *
 * <ul>
 *   <li>{@code autoinstall.bond.<bond>.<parameter>}: a netplan bond parameter of the bond interface
 *       named {@code <bond>}, for example {@code autoinstall.bond.bond0.lacp-rate: fast}; see {@link
 *       BondParameter} for the parameters and their values.
 * </ul>
 *
 * Any other key is refused, so a misspelt option never goes unnoticed.
 */
final class PluginOptions {
  static final String BOND_PREFIX = "autoinstall.bond.";

  private PluginOptions() {}

  /** @return the problems with the options, against the effective network */
  static List<Problem> check(Map<String, String> options, Network network) {
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(options).entrySet()) {
      String key = e.getKey();
      String path = "profile.options." + key;
      if (!key.startsWith(BOND_PREFIX)) {
        problems.add(Problem.of(path, "is not an autoinstall option: the plugin knows only "
            + BOND_PREFIX + "<bond>.<parameter>"));
        continue;
      }
      String rest = key.substring(BOND_PREFIX.length());
      int dot = rest.lastIndexOf('.');
      String bond = dot < 0 ? rest : rest.substring(0, dot);
      String parameter = dot < 0 ? "" : rest.substring(dot + 1);
      NetInterface target = network.find(bond).filter(i -> i.kind() == InterfaceKind.BOND).orElse(null);
      if (target == null) {
        problems.add(Problem.of(path, "names no bond interface of this machine's network: write "
            + BOND_PREFIX + "<bond>.<parameter> with <bond> one of its bonds"));
        continue;
      }
      BondParameter p = BondParameter.byKey(parameter).orElse(null);
      if (p == null) {
        problems.add(Problem.of(path, "is not a netplan bond parameter Lab supports: use one of "
            + BondParameter.keys()));
        continue;
      }
      p.check(e.getValue(), target.members()).ifPresent(m -> problems.add(Problem.of(path, m)));
    }
    return problems;
  }

  /** @return the bond parameter options for one bond, by netplan key */
  static Map<String, String> bondOptions(Map<String, String> options, String bond) {
    String prefix = BOND_PREFIX + bond + ".";
    Map<String, String> out = new LinkedHashMap<>();
    new TreeMap<>(options).forEach((k, v) -> {
      if (k.startsWith(prefix) && k.indexOf('.', prefix.length()) < 0) {
        out.put(k.substring(prefix.length()), v);
      }
    });
    return out;
  }
}
