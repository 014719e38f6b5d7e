package dev.lab.plugins.autoinstall;

import dev.lab.api.Escape;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The commands subiquity runs: {@code early-commands} (report the start), {@code late-commands} (host
 * names, the identity user's groups, the installed system's kernel arguments, enrollment, report the
 * end) and {@code error-commands} (report the failure). subiquity runs each string with {@code sh -c}
 * in the installer, with the installed system at {@code /target}; every value a command embeds is
 * quoted here with {@link Escape#shell}, and the template writes each command as one YAML value.
 *
 * @param early the early-commands
 * @param late the late-commands
 * @param error the error-commands
 */
public record InstallCommands(List<String> early, List<String> late, List<String> error) {
  /** Where late-commands put the enrollment script in the installed system. */
  static final String ENROLL_PATH = "/root/lab-enroll.sh";
  /** The GRUB drop-in carrying the profile's kernel arguments. */
  static final String GRUB_DROP_IN = "/etc/default/grub.d/90-lab.cfg";
  private static final String TARGET = "/target";
  private static final String IN_TARGET = "curtin in-target -- ";

  static InstallCommands of(InstallConfig config, Accounts accounts) {
    String events = config.urls().events();
    List<String> early = List.of(report(events, "install-started", "subiquity started the autoinstall") + " || true");
    List<String> late = new ArrayList<>();
    late.add(hosts(config.server()));
    if (accounts.identity() != null && !accounts.identityGroups().isEmpty()) {
      for (String group : accounts.identityGroups()) {
        late.add(IN_TARGET + "groupadd -f " + Escape.shell(group));
      }
      late.add(IN_TARGET + "usermod -a -G " + Escape.shell(String.join(",", accounts.identityGroups())) + " "
          + Escape.shell(accounts.identity().username()));
    }
    if (!config.profile().kernelArgs().isEmpty()) {
      late.addAll(kernelArgs(config.profile().kernelArgs()));
    }
    if (config.enrollment() != null) {
      String script = TARGET + ENROLL_PATH;
      late.add("curl -fsS --retry 5 --retry-connrefused -o " + Escape.shell(script) + " "
          + Escape.shell(config.urls().file(AutoinstallPlugin.ENROLL_SCRIPT)));
      late.add(IN_TARGET + "sh " + Escape.shell(ENROLL_PATH));
      late.add("rm -f " + Escape.shell(script));
    }
    late.add(report(config.urls().done(), "install-finished", "subiquity finished the install; booting the"
        + " installed system"));
    List<String> error = List.of(report(events, "install-failed", "subiquity ran its error-commands: see"
        + " /var/log/installer on the machine") + " || true");
    return new InstallCommands(early, late, error);
  }

  /** @return the command replacing the installed system's 127.0.1.1 line with the FQDN and host name */
  private static String hosts(Server server) {
    String names = server.domain() == null ? server.hostname() : server.fqdn() + " " + server.hostname();
    return "sed -i -e " + Escape.shell("/^127\\.0\\.1\\.1[[:space:]]/d") + " -e "
        + Escape.shell("$a 127.0.1.1 " + names) + " " + Escape.shell(TARGET + "/etc/hosts");
  }

  /** @return the commands writing a GRUB drop-in with the kernel arguments and updating GRUB */
  private static List<String> kernelArgs(List<KernelArg> args) {
    String line = "GRUB_CMDLINE_LINUX=\"$GRUB_CMDLINE_LINUX "
        + args.stream().map(KernelArg::toString).collect(Collectors.joining(" ")) + "\"";
    return List.of(
        "mkdir -p " + Escape.shell(TARGET + "/etc/default/grub.d"),
        "printf '%s\\n' " + Escape.shell("# kernel arguments of the Lab profile") + " "
            + Escape.shell(line) + " > " + Escape.shell(TARGET + GRUB_DROP_IN),
        IN_TARGET + "update-grub");
  }

  /** @return a curl command POSTing a Lab progress event; it fails when Lab does not take it */
  private static String report(String url, String type, String message) {
    String body = "{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}";
    return "curl -fsS -m 30 --retry 5 --retry-connrefused -H 'Content-Type: application/json' --data "
        + Escape.shell(body) + " " + Escape.shell(url);
  }
}
