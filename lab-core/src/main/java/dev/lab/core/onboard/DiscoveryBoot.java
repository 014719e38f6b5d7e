package dev.lab.core.onboard;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.BootFile;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.Server;
import dev.lab.core.config.Lab;
import dev.lab.core.config.UnknownMachines;
import dev.lab.core.state.DiscoveredMachine;
import dev.lab.core.state.DiscoveryState;
import dev.lab.core.state.Onboarding;
import dev.lab.core.state.StateStore;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * Boot decisions for machines outside the inventory: a discovered machine that was approved boots
 * like an inventory server (its onboarding decides); any other boots Lab's agent in discovery mode
 * when {@code boot.unknownMachines} is {@code discover}, else its own disk.
 */
final class DiscoveryBoot {
  private final Lab lab;
  private final StateStore store;
  private final String publicUrl;

  DiscoveryBoot(Lab lab, StateStore store, String publicUrl) {
    this.lab = lab;
    this.store = store;
    this.publicUrl = publicUrl;
  }

  /** @return the server record of an approved discovered machine with this MAC */
  Optional<Server> approvedServer(String mac) {
    Optional<DiscoveredMachine> found = store.discovery().byMac(mac.toLowerCase(java.util.Locale.ROOT));
    if (found.isEmpty() || found.get().state() != DiscoveryState.APPROVED) {
      return Optional.empty();
    }
    DiscoveredMachine m = found.get();
    Optional<Onboarding> onboarding = store.current(m.name());
    return onboarding.map(o -> DiscoveredServers.of(m.name(), m.facts(), o.profile(), m.labels()));
  }

  /** @return the agent boot in discovery mode, or a local boot with the reason */
  BootDecision decide(BootRequest request, Firmware firmware) {
    String mac = request.mac().toLowerCase(java.util.Locale.ROOT);
    String name = DiscoveredMachine.defaultName(mac);
    if (lab.config().boot().unknownMachines() != UnknownMachines.DISCOVER) {
      return new BootDecision(null, null, firmware, null, "unknown machine " + mac
          + ": not in the inventory, booting from its disk (boot.unknownMachines is local)");
    }
    Optional<DiscoveredMachine> known = store.discovery().byMac(mac);
    if (known.isPresent() && known.get().state() == DiscoveryState.CLAIMED) {
      return new BootDecision(known.get().name(), null, firmware, null, "discovered machine " + known.get().name()
          + " is being onboarded by rule " + known.get().rule() + ": booting from its disk until it is approved");
    }
    Architecture arch = request.arch().orElse(Architecture.X86_64);
    String dir = "agent/" + arch.id() + "/";
    if (!Files.isRegularFile(lab.artifactRoot().resolve(dir + "vmlinuz"))
        || !Files.isRegularFile(lab.artifactRoot().resolve(dir + "initrd.img"))) {
      return new BootDecision(null, null, firmware, null, "unknown machine " + mac + ": the discovery agent for "
          + arch.id() + " is not built (no " + dir + "vmlinuz and initrd.img under the artifact root; run lab agent "
          + "build --arch " + arch.id() + "), booting from its disk");
    }
    String artifacts = publicUrl + "artifacts/" + dir;
    BootSpec spec = BootSpec.linux(new BootFile("vmlinuz", artifacts + "vmlinuz"),
        List.of(new BootFile("initrd.img", artifacts + "initrd.img")),
        List.of(KernelArg.of("lab.mode", "discover"), KernelArg.of("lab.discover", publicUrl + "discover"),
            KernelArg.of("lab.mac", mac),
            KernelArg.of("console", (arch == Architecture.AARCH64 ? "ttyAMA0" : "ttyS0") + ",115200")));
    return new BootDecision(known.map(DiscoveredMachine::name).orElse(name), null, firmware, spec,
        "unknown machine " + mac + ": booting the discovery agent (" + arch.id() + ", boot.unknownMachines is discover)"
            + (known.isPresent() ? "; it was discovered before as " + known.get().name() : ""));
  }
}
