package dev.lab.plugins.rootfs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.plan.Action;
import dev.lab.api.plan.ChrootAction;
import dev.lab.api.plan.DeployPlan;
import dev.lab.api.plan.MkfsAction;
import dev.lab.api.plan.MountAction;
import dev.lab.api.plan.PartitionAction;
import dev.lab.api.plan.RebootAction;
import dev.lab.api.plan.StreamArchiveAction;
import dev.lab.api.plan.WriteFileAction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every plan of the matrix must do, whatever the layout, firmware and architecture. */
class PlanShapeTest {
  static List<String> cases() {
    return List.copyOf(Cases.all().keySet());
  }

  private static DeployPlan plan(String name) {
    return Rendering.plan(Cases.all().get(name));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void partitionsFirstRebootsLastAndStreamsWithTheChecksum(String name) {
    List<Action> actions = plan(name).actions();
    assertThat(actions.get(0)).isInstanceOf(PartitionAction.class);
    assertThat(actions.get(actions.size() - 1)).isInstanceOf(RebootAction.class);
    StreamArchiveAction stream = actions.stream().filter(StreamArchiveAction.class::isInstance)
        .map(StreamArchiveAction.class::cast).findFirst().orElseThrow();
    assertThat(stream.sha256()).isEqualTo(Cases.SHA);
    assertThat(stream.compression()).isEqualTo("zstd");
    int streamAt = actions.indexOf(stream);
    assertThat(actions.subList(0, streamAt)).allMatch(a -> a instanceof PartitionAction
        || a instanceof dev.lab.api.plan.LvmAction || a instanceof MkfsAction || a instanceof MountAction);
    int grubAt = indexOf(actions, "grub-install");
    assertThat(grubAt).as("the bootloader comes after the archive and every file").isGreaterThan(streamAt);
    assertThat(actions.subList(grubAt, actions.size())).noneMatch(WriteFileAction.class::isInstance);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theFirmwaresBootPartitionAndBootloader(String name) {
    InstallConfig config = Cases.all().get(name);
    DeployPlan plan = plan(name);
    PartitionAction partition = (PartitionAction) plan.actions().get(0);
    ChrootAction grub = (ChrootAction) plan.actions().get(indexOf(plan.actions(), "grub-install"));
    if (config.server().firmware() == Firmware.BIOS) {
      assertThat(partition.partitions()).anyMatch(p -> p.type().equals("bios-boot"));
      assertThat(grub.command()).containsExactly("grub-install", "--target=i386-pc", partition.device());
    } else {
      assertThat(partition.partitions()).anyMatch(p -> p.type().equals("esp"));
      assertThat(plan.actions()).anyMatch(a -> a instanceof MountAction m && m.path().equals("/boot/efi")
          && m.filesystem().equals("vfat"));
      String target = config.arch() == Architecture.AARCH64 ? "arm64-efi" : "x86_64-efi";
      assertThat(grub.command()).containsExactly("grub-install", "--target=" + target, "--efi-directory=/boot/efi",
          "--removable", "--no-nvram");
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void fstabNamesEveryFilesystemByTheUuidItsMkfsUses(String name) {
    DeployPlan plan = plan(name);
    String fstab = plan.actions().stream().filter(a -> a instanceof WriteFileAction w && w.path().equals("/etc/fstab"))
        .map(a -> ((WriteFileAction) a).content()).findFirst().orElseThrow();
    List<MkfsAction> mkfs = plan.actions().stream().filter(MkfsAction.class::isInstance).map(MkfsAction.class::cast)
        .toList();
    assertThat(mkfs).isNotEmpty();
    for (MkfsAction m : mkfs) {
      assertThat(fstab).contains("UUID=" + m.uuid() + "\t");
    }
    assertThat(fstab.lines().filter(l -> l.startsWith("UUID="))).hasSize(mkfs.size());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theUuidsAreStablePerServerAndDifferBetweenServers(String name) {
    InstallConfig config = Cases.all().get(name);
    assertThat(Rendering.plan(config)).isEqualTo(plan(name));
    InstallConfig other = dev.lab.testkit.Fixtures.config(new dev.lab.api.model.Server("vm2", "vm1",
        config.server().domain(), config.arch(), config.server().firmware(), config.server().nics(),
        config.server().network(), null, config.server().labels(), Map.of(), null), config.profile(), config.image());
    List<String> mine = uuids(plan(name));
    List<String> theirs = uuids(Rendering.plan(other));
    assertThat(theirs).hasSameSizeAs(mine).doesNotContainAnyElementsOf(mine);
  }

  private static List<String> uuids(DeployPlan plan) {
    return plan.actions().stream().filter(MkfsAction.class::isInstance).map(a -> ((MkfsAction) a).uuid()).toList();
  }

  private static int indexOf(List<Action> actions, String program) {
    for (int i = 0; i < actions.size(); i++) {
      if (actions.get(i) instanceof ChrootAction c && c.command().get(0).equals(program)) {
        return i;
      }
    }
    throw new AssertionError("no " + program + " action");
  }
}
