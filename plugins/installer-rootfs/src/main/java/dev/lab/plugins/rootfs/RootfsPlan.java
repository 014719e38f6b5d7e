package dev.lab.plugins.rootfs;

import dev.lab.api.Templates;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.plan.Action;
import dev.lab.api.plan.ChrootAction;
import dev.lab.api.plan.DeployPlan;
import dev.lab.api.plan.RebootAction;
import dev.lab.api.plan.StreamArchiveAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one machine's deploy plan, in this order: partition the disk (and LVM), make the
 * filesystems with Lab's UUIDs, mount them, stream the image's rootfs archive (sha256 checked),
 * write the per-host files (host name, hosts, fstab, time zone, DNS, network, GRUB defaults),
 * accounts and SSH keys, the first-boot unit and enrollment script, enable the units, make sure each
 * kernel has an initramfs ({@link Initramfs}), install and configure GRUB for the firmware, reboot.
 */
final class RootfsPlan {
  private RootfsPlan() {}

  static DeployPlan build(InstallConfig config, Templates templates) {
    String server = config.server().name();
    Firmware firmware = config.server().firmware();
    DiskDevice disk = DiskDevice.of(RootfsRules.diskDevice(config));
    ActionIds ids = new ActionIds();
    List<Action> actions = new ArrayList<>();

    DiskPlanner.DiskPlan diskPlan = DiskPlanner.plan(server, disk, config.profile().disk(), firmware, ids);
    actions.addAll(diskPlan.actions());
    ImageArtifacts artifacts = config.artifacts();
    actions.add(new StreamArchiveAction(ids.unique("stream-rootfs"), artifacts.rootfs(), artifacts.sha256(),
        Compression.of(artifacts.rootfs()), "/"));
    if (usesLvm(config)) {
      actions.add(new ChrootAction(ids.unique("check-lvm-tools"), List.of("dpkg-query", "--show", "lvm2")));
    }
    actions.addAll(TargetFiles.actions(config, diskPlan.filesystems(), templates, ids));
    actions.addAll(TargetNetwork.files(config.network(), templates, ids));
    actions.add(Bootloader.defaults(config.profile(), templates, ids));
    actions.addAll(Accounts.actions(config.profile(), templates, ids));
    actions.addAll(FirstBoot.files(config, templates, ids));
    actions.add(new ChrootAction(ids.unique("enable-networkd"), List.of("systemctl", "enable", "systemd-networkd.service")));
    actions.add(new ChrootAction(ids.unique("enable-first-boot"), List.of("systemctl", "enable", FirstBoot.UNIT)));
    actions.add(Initramfs.action(config.profile(), ids));
    actions.add(Bootloader.install(config.arch(), firmware, disk, ids));
    actions.add(Bootloader.config(ids));
    actions.add(new RebootAction(ids.unique("reboot")));
    return DeployPlan.of(server, config.arch(), firmware, config.urls().events(), actions);
  }

  private static boolean usesLvm(InstallConfig config) {
    var disk = config.profile().disk();
    return disk.layout() == DiskLayoutKind.LVM || (disk.layout() == DiskLayoutKind.CUSTOM && !disk.volumeGroups().isEmpty());
  }
}
