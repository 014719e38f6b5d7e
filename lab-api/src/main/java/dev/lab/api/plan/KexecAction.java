package dev.lab.api.plan;

import java.util.Objects;

/**
 * Loads the installed kernel and jumps into it without a firmware reboot; the last action of a
 * plan.
 *
 * @param id the action's id
 * @param kernel the kernel's path in the target, for example {@code /boot/vmlinuz}
 * @param initrd the initrd's path in the target
 * @param cmdline the kernel command line, one line
 */
public record KexecAction(String id, String kernel, String initrd, String cmdline) implements Action {
  public KexecAction {
    PlanValues.id(id);
    PlanValues.targetPath(kernel);
    PlanValues.targetPath(initrd);
    Objects.requireNonNull(cmdline, "cmdline");
    if (cmdline.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("a kernel command line is one line without control characters");
    }
  }

  @Override
  public String type() {
    return "kexec";
  }
}
