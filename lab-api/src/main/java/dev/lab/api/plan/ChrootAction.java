package dev.lab.api.plan;

import java.util.List;

/**
 * Runs one program in the target root with {@code /dev}, {@code /proc}, {@code /sys} and {@code
 * /run} bind-mounted (and {@code /sys/firmware/efi/efivars} on UEFI). The command is an argv list,
 * executed directly, never through a shell; a non-zero exit fails the action.
 *
 * @param id the action's id
 * @param command the program (looked up on the target's PATH) and its arguments
 */
public record ChrootAction(String id, List<String> command) implements Action {
  public ChrootAction {
    PlanValues.id(id);
    command = PlanValues.nonEmpty(command, "command");
    if (command.get(0).isEmpty()) {
      throw new IllegalArgumentException("the program of a chroot command must not be empty");
    }
    for (String arg : command) {
      if (arg.indexOf('\0') >= 0) {
        throw new IllegalArgumentException("a command argument cannot contain a NUL character");
      }
    }
  }

  @Override
  public String type() {
    return "chroot";
  }
}
