package dev.lab.api.plan;

/**
 * Unmounts the target cleanly and reboots the machine; the last action of a plan.
 *
 * @param id the action's id
 */
public record RebootAction(String id) implements Action {
  public RebootAction {
    PlanValues.id(id);
  }

  @Override
  public String type() {
    return "reboot";
  }
}
