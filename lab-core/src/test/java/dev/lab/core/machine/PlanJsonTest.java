package dev.lab.core.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.Firmware;
import dev.lab.api.plan.ChrootAction;
import dev.lab.api.plan.DeployPlan;
import dev.lab.api.plan.KexecAction;
import dev.lab.api.plan.LvmAction;
import dev.lab.api.plan.MkfsAction;
import dev.lab.api.plan.MountAction;
import dev.lab.api.plan.PartitionAction;
import dev.lab.api.plan.RebootAction;
import dev.lab.api.plan.StreamArchiveAction;
import dev.lab.api.plan.WriteFileAction;
import dev.lab.api.plan.WriteImageAction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** plan.json is the contract with the agent: property names, type names and ids as written. */
class PlanJsonTest {
  private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  static DeployPlan everyAction() {
    return DeployPlan.of("vm1", Architecture.X86_64, Firmware.BIOS, "http://lab:8080/t/TOKEN/events", List.of(
        new PartitionAction("partition", "/dev/vda", "gpt", List.of(
            new PartitionAction.Partition(1, "bios", "1MiB", "bios-boot"),
            new PartitionAction.Partition(2, "root", "rest", "lvm"))),
        new LvmAction("lvm", List.of(new LvmAction.VolumeGroup("vg0", List.of("/dev/vda2"),
            List.of(new LvmAction.LogicalVolume("root", "20GiB"))))),
        new MkfsAction("mkfs-root", "/dev/vg0/root", "ext4", null, "6f0c0000-0000-3000-8000-000000000001"),
        new MountAction("mount-root", "/dev/vg0/root", "/", "ext4"),
        new StreamArchiveAction("stream-rootfs", "http://lab:8080/artifacts/r.tar.zst", SHA, "zstd", "/"),
        new WriteImageAction("write-image", "http://lab:8080/artifacts/d.img.zst", SHA, "zstd", "/dev/vdb"),
        new WriteFileAction("hostname", "/etc/hostname", "0644", "vm1\n"),
        new ChrootAction("bootloader", List.of("grub-install", "--target=i386-pc", "/dev/vda")),
        new KexecAction("kexec", "/boot/vmlinuz", "/boot/initrd.img", "root=UUID=x ro")));
  }

  @Test
  void writesTheContractsNames() throws Exception {
    JsonNode json = new ObjectMapper().readTree(PlanJson.write(everyAction()));
    assertThat(json.get("version").asInt()).isEqualTo(1);
    assertThat(json.get("architecture").asText()).isEqualTo("x86_64");
    assertThat(json.get("firmware").asText()).isEqualTo("bios");
    assertThat(json.get("events").asText()).isEqualTo("http://lab:8080/t/TOKEN/events");
    List<String> types = new java.util.ArrayList<>();
    json.get("actions").forEach(a -> types.add(a.get("type").asText()));
    assertThat(types).containsExactly("partition", "lvm", "mkfs", "mount", "stream-archive", "write-image",
        "write-file", "chroot", "kexec");
    JsonNode mkfs = json.get("actions").get(2);
    assertThat(mkfs.has("label")).as("absent values are left out").isFalse();
    assertThat(mkfs.get("uuid").asText()).isEqualTo("6f0c0000-0000-3000-8000-000000000001");
    assertThat(json.get("actions").get(0).get("partitions").get(0).get("type").asText()).isEqualTo("bios-boot");
    assertThat(json.get("actions").get(7).get("command").get(1).asText()).isEqualTo("--target=i386-pc");
  }

  @Test
  void readsBackTheSamePlan() {
    DeployPlan plan = everyAction();
    assertThat(PlanJson.read(PlanJson.write(plan))).isEqualTo(plan);
    DeployPlan reboot = DeployPlan.of("vm1", Architecture.AARCH64, Firmware.UEFI, "https://lab/t/x/events",
        List.of(new RebootAction("reboot")));
    assertThat(PlanJson.read(PlanJson.write(reboot))).isEqualTo(reboot);
  }

  @Test
  void theFileIsJson() {
    assertThat(PlanJson.file(everyAction()).name()).isEqualTo("plan.json");
    assertThat(PlanJson.file(everyAction()).mediaType()).isEqualTo("application/json");
  }

  @Test
  void refusesAPlanThatBreaksTheRules() {
    assertThatThrownBy(() -> PlanJson.read(PlanJson.write(everyAction()).replace("\"/dev/vdb\"", "\"/dev/vg0/../x\"")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'.' or '..'");
    assertThatThrownBy(() -> DeployPlan.of("vm1", Architecture.X86_64, Firmware.BIOS, "http://lab/e",
        List.of(new RebootAction("reboot"), new ChrootAction("later", List.of("true")))))
        .hasMessageContaining("must be the last");
    assertThatThrownBy(() -> new StreamArchiveAction("s", "http://lab/r", "", "zstd", "/"))
        .hasMessageContaining("sha256");
    assertThatThrownBy(() -> new MkfsAction("m", "/dev/vda1", "vfat", null, "6f0c0000-0000-3000-8000-000000000001"))
        .hasMessageContaining("ABCD-1234");
  }
}
