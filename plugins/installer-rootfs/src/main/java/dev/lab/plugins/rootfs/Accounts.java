package dev.lab.plugins.rootfs;

import dev.lab.api.Templates;
import dev.lab.api.model.Profile;
import dev.lab.api.model.User;
import dev.lab.api.plan.Action;
import dev.lab.api.plan.ChrootAction;
import dev.lab.api.plan.WriteFileAction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Root's password and the profile's users as chroot commands (argv lists: {@code usermod}, {@code
 * groupadd}, {@code useradd}, {@code chown}) and their SSH keys as files. Users with {@code sudo}
 * join the {@code sudo} group; a sudo user without a password gets password-less sudo through a
 * sudoers drop-in, or sudo would be useless to them.
 */
final class Accounts {
  private Accounts() {}

  static List<Action> actions(Profile profile, Templates templates, ActionIds ids) {
    List<Action> out = new ArrayList<>();
    if (profile.rootPasswordHash() != null) {
      out.add(chroot(ids, "root-password", "usermod", "-p", profile.rootPasswordHash(), "root"));
    } else {
      out.add(chroot(ids, "root-locked", "usermod", "-L", "root"));
    }
    Set<String> groups = new LinkedHashSet<>();
    profile.users().forEach(u -> groups.addAll(u.groups()));
    for (String g : groups) {
      out.add(chroot(ids, "group-" + g, "groupadd", "-f", g));
    }
    List<String> nopasswd = new ArrayList<>();
    for (User u : profile.users()) {
      List<String> argv = new ArrayList<>(List.of("useradd", "--create-home", "--shell", "/bin/bash"));
      if (u.fullName() != null) {
        argv.addAll(List.of("--comment", u.fullName()));
      }
      Set<String> all = new LinkedHashSet<>(u.groups());
      if (u.sudo()) {
        all.add("sudo");
      }
      if (!all.isEmpty()) {
        argv.addAll(List.of("--groups", String.join(",", all)));
      }
      if (u.passwordHash() != null) {
        argv.addAll(List.of("--password", u.passwordHash()));
      }
      argv.add("--");
      argv.add(u.name());
      out.add(new ChrootAction(ids.unique("user-" + u.name()), argv));
      if (!u.sshKeys().isEmpty()) {
        String home = "/home/" + u.name();
        out.add(new WriteFileAction(ids.unique("ssh-keys-" + u.name()), home + "/.ssh/authorized_keys", "0600",
            templates.render("authorized_keys.ftl", Map.of("keys", u.sshKeys()))));
        out.add(chroot(ids, "ssh-keys-owner-" + u.name(), "chown", "-R", "--", u.name() + ":" + u.name(), home + "/.ssh"));
        out.add(chroot(ids, "ssh-dir-mode-" + u.name(), "chmod", "0700", "--", home + "/.ssh"));
      }
      if (u.sudo() && u.passwordHash() == null) {
        nopasswd.add(u.name());
      }
    }
    if (!nopasswd.isEmpty()) {
      out.add(new WriteFileAction(ids.unique("sudoers"), "/etc/sudoers.d/90-lab-users", "0440",
          templates.render("sudoers.ftl", Map.of("users", nopasswd))));
    }
    return out;
  }

  private static ChrootAction chroot(ActionIds ids, String id, String... argv) {
    return new ChrootAction(ids.unique(id), List.of(argv));
  }
}
