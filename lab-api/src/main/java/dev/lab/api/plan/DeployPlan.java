package dev.lab.api.plan;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Firmware;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What Lab's agent does to one machine, in order: the single source of truth of a rootfs deploy.
 * Serialised by the host as the onboarding's {@code plan.json} (architecture and firmware as their
 * ids, each action with its {@code type}).
 *
 * @param version the plan format version, {@link #VERSION}
 * @param server the server's name
 * @param architecture the machine's architecture
 * @param firmware the firmware the disk is prepared for
 * @param events the URL the agent posts its progress events to
 * @param actions the actions, in order, with unique ids; a {@link RebootAction} or {@link
 *     KexecAction} can only come last
 */
public record DeployPlan(int version, String server, Architecture architecture, Firmware firmware,
    String events, List<Action> actions) {
  /** The plan format this API writes. */
  public static final int VERSION = 1;

  public DeployPlan {
    if (version != VERSION) {
      throw new IllegalArgumentException("plan version " + version + " is not " + VERSION);
    }
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(firmware, "firmware");
    PlanValues.url(events);
    actions = PlanValues.nonEmpty(actions, "actions");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < actions.size(); i++) {
      Action a = actions.get(i);
      if (!ids.add(a.id())) {
        throw new IllegalArgumentException("action id '" + a.id() + "' is used twice");
      }
      if ((a instanceof RebootAction || a instanceof KexecAction) && i != actions.size() - 1) {
        throw new IllegalArgumentException("the " + a.type() + " action '" + a.id() + "' must be the last");
      }
    }
  }

  /** @return a plan of the current {@link #VERSION} */
  public static DeployPlan of(String server, Architecture architecture, Firmware firmware, String events,
      List<Action> actions) {
    return new DeployPlan(VERSION, server, architecture, firmware, events, actions);
  }
}
