package dev.lab.core.machine;

import dev.lab.api.Escape;
import dev.lab.api.plan.Action;
import dev.lab.api.plan.ChrootAction;
import dev.lab.api.plan.DeployPlan;
import dev.lab.api.plan.KexecAction;
import dev.lab.api.plan.LvmAction;
import dev.lab.api.plan.MkfsAction;
import dev.lab.api.plan.MountAction;
import dev.lab.api.plan.PartitionAction;
import dev.lab.api.plan.StreamArchiveAction;
import dev.lab.api.plan.WriteFileAction;
import dev.lab.api.plan.WriteImageAction;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * A deploy plan for review ({@code lab render}): a header, then one numbered line per action with
 * its type, id and essentials. Files are summarised by path, mode and size; commands are shown as
 * shell words, quoted where needed, though the agent never runs them through a shell.
 */
public final class PlanText {
  private PlanText() {}

  /** @return the plan as review text, ending with a newline */
  public static String describe(DeployPlan plan) {
    StringBuilder sb = new StringBuilder();
    sb.append("deploy plan v").append(plan.version()).append(" for ").append(plan.server()).append(": ")
        .append(plan.architecture()).append(", ").append(plan.firmware()).append(", ")
        .append(plan.actions().size()).append(" actions, events to ").append(plan.events()).append('\n');
    int n = 1;
    for (Action a : plan.actions()) {
      sb.append(String.format("%3d. %-14s %-22s %s", n++, a.type(), a.id(), essentials(a)).stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  /** @return one line saying what an action does */
  public static String essentials(Action action) {
    if (action instanceof PartitionAction p) {
      return p.device() + " " + p.table() + ": " + p.partitions().stream()
          .map(x -> x.number() + " " + x.name() + " " + x.size() + " " + x.type()).collect(Collectors.joining(", "));
    } else if (action instanceof LvmAction l) {
      return l.volumeGroups().stream()
          .map(g -> g.name() + " on " + String.join(" ", g.devices()) + ": " + g.logicalVolumes().stream()
              .map(v -> v.name() + " " + v.size()).collect(Collectors.joining(", ")))
          .collect(Collectors.joining("; "));
    } else if (action instanceof MkfsAction m) {
      return m.device() + " " + m.filesystem() + (m.label() == null ? "" : " label " + m.label()) + " uuid " + m.uuid();
    } else if (action instanceof MountAction m) {
      return m.device() + " on " + m.path() + " (" + m.filesystem() + ")";
    } else if (action instanceof StreamArchiveAction s) {
      return s.url() + " (" + s.compression() + ", sha256 " + s.sha256() + ") into " + s.path();
    } else if (action instanceof WriteImageAction w) {
      return w.url() + " (" + w.compression() + ", sha256 " + w.sha256() + ") onto " + w.device();
    } else if (action instanceof WriteFileAction w) {
      return w.path() + " (" + w.mode() + ", " + w.content().getBytes(StandardCharsets.UTF_8).length + " bytes)";
    } else if (action instanceof ChrootAction c) {
      return c.command().stream().map(PlanText::word).collect(Collectors.joining(" "));
    } else if (action instanceof KexecAction k) {
      return k.kernel() + " initrd " + k.initrd() + " cmdline " + word(k.cmdline());
    }
    return ""; // reboot
  }

  private static String word(String arg) {
    try {
      return Escape.shell(arg);
    } catch (IllegalArgumentException e) {
      return arg.chars().mapToObj(c -> c < 0x20 || c == 0x7f ? String.format("\\x%02x", c) : Character.toString(c))
          .collect(Collectors.joining());
    }
  }
}
