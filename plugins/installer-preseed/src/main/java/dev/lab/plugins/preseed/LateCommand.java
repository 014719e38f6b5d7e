package dev.lab.plugins.preseed;

import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.User;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds {@code preseed/late_command}: one line that d-i runs with {@code sh -c} in its own
 * environment once the installed system is in {@code /target} (after user-setup has created the
 * installer's user, before finish-install writes the initramfs and reboots). Commands for the
 * installed system go through d-i's {@code in-target} (a chroot with the mounts and a policy that
 * keeps daemons from starting).
 *
 * <p>Each step ends in {@code || lab_fail 'what failed'}, which reports {@code install-failed} to
 * Lab and stops the install with d-i's "command failed" dialog: a machine whose install did not
 * finish never calls the completion URL, and so is not switched to local boot half-installed. The
 * last step is the completion call; when it cannot reach Lab the install also stops, rather than
 * rebooting into another network install.
 */
final class LateCommand {
  private final InstallConfig config;
  private final Accounts accounts;
  private final LabEvents events;
  private final List<String> steps = new ArrayList<>();
  private final Set<String> groupsEnsured = new HashSet<>();

  LateCommand(InstallConfig config, Accounts accounts, LabEvents events) {
    this.config = config;
    this.accounts = accounts;
    this.events = events;
  }

  /** @return the command line */
  String build() {
    steps.clear();
    groupsEnsured.clear();
    steps.add(events.functions());
    steps.add(events.event("install-progress", "configuring the installed system"));
    step(new TargetNetwork(config.network()).commands(), "writing the network configuration");
    for (User u : accounts.extraUsers()) {
      step(List.of(addUser(u)), "creating user " + u.name());
    }
    for (User u : accounts.all()) {
      configureUser(u);
    }
    timeServers();
    enrollment();
    step(List.of(events.done()), "reporting completion to Lab");
    return String.join("; ", steps);
  }

  private void step(List<String> commands, String what) {
    steps.add(Shell.all(commands) + " || lab_fail " + Shell.command(what));
  }

  private static String addUser(User u) {
    List<String> words = new ArrayList<>(List.of("in-target", "useradd", "--create-home", "--shell", "/bin/bash"));
    if (u.fullName() != null) {
      words.addAll(List.of("--comment", u.fullName()));
    }
    if (u.passwordHash() != null) {
      words.addAll(List.of("--password", u.passwordHash()));
    }
    words.add(u.name());
    return Shell.command(words);
  }

  private void configureUser(User u) {
    for (String group : u.groups()) {
      if (!groupsEnsured.add(group)) {
        continue;
      }
      steps.add("{ " + Shell.command("in-target", "getent", "group", group) + " || "
          + Shell.command("in-target", "groupadd", group) + "; } || lab_fail "
          + Shell.command("creating group " + group));
    }
    List<String> groups = new ArrayList<>(u.groups());
    if (u.sudo() && u.passwordHash() != null) {
      groups.add("sudo");
    }
    if (!groups.isEmpty()) {
      step(List.of(Shell.command("in-target", "usermod", "--append", "--groups", String.join(",", groups),
          u.name())), "adding " + u.name() + " to groups");
    }
    if (u.sudo() && u.passwordHash() == null) {
      // A user without a password could not answer sudo's prompt.
      String file = "/target/etc/sudoers.d/lab-" + u.name();
      step(List.of(Shell.writeFile(List.of(u.name() + " ALL=(ALL:ALL) NOPASSWD: ALL"), ">", file),
          Shell.command("chmod", "0440", file)), "allowing sudo for " + u.name());
    }
    if (!u.sshKeys().isEmpty()) {
      String dir = "/target/home/" + u.name() + "/.ssh";
      step(List.of(Shell.command("mkdir", "-p", dir),
          Shell.writeFile(u.sshKeys(), ">", dir + "/authorized_keys"),
          Shell.command("chmod", "0700", dir),
          Shell.command("chmod", "0600", dir + "/authorized_keys"),
          Shell.command("in-target", "chown", "-R", u.name() + ":", "/home/" + u.name() + "/.ssh")),
          "installing SSH keys of " + u.name());
    }
  }

  private void timeServers() {
    List<String> servers = config.profile().ntpServers();
    if (!servers.isEmpty()) {
      String dir = "/target/etc/systemd/timesyncd.conf.d";
      step(List.of(Shell.command("mkdir", "-p", dir),
          Shell.writeFile(List.of("[Time]", "NTP=" + String.join(" ", servers)), ">", dir + "/lab.conf")),
          "configuring time servers");
    }
  }

  private void enrollment() {
    if (config.enrollment() == null) {
      return;
    }
    String script = "/root/lab-enroll.sh";
    step(List.of(Shell.command("wget", "-q", "-T", "60", "-t", "5", "-O", "/target" + script,
        config.urls().file(PreseedPlugin.ENROLL_SH))), "downloading enroll.sh");
    step(List.of(Shell.command("in-target", "sh", script)), "running enroll.sh");
    steps.add(Shell.command("rm", "-f", "/target" + script));
  }
}
