package dev.lab.plugins.rootfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.Problem;
import dev.lab.api.UnsupportedConfigException;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.Image;
import dev.lab.api.model.ImageArtifacts;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.Partition;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import dev.lab.api.model.Size;
import dev.lab.testkit.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One rule per test, with the exact message a user reads. */
class ValidationTest {
  private static final Server X86 = Cases.server("vm1", Architecture.X86_64, Firmware.BIOS, null);

  private static Profile profile(DiskLayout disk) {
    return Cases.profile(disk, 0, true);
  }

  private static List<Problem> problems(Server server, Profile profile, Image image) {
    return Rendering.PLUGIN.validate(Fixtures.config(server, profile, image));
  }

  @Test
  void theGoldenCasesAreValid() {
    Cases.all().forEach((name, config) -> assertThat(Rendering.PLUGIN.validate(config)).as(name).isEmpty());
  }

  @Test
  void anImageWithoutARootfsArchiveIsRefusedWithTheBuildCommand() {
    Image image = new Image("debian-12", "debian", "12", null, Map.of(Architecture.X86_64,
        new ImageArtifacts("k", List.of("i"), null, null, null, null, null, null, null)), null);
    assertThat(problems(X86, profile(Cases.disk(DiskLayoutKind.DIRECT)), image)).containsExactly(
        Problem.of("image.architectures", "image debian-12 has no rootfs archive for x86_64: build one with"
            + " `lab image build debian-12 --arch x86_64` or set architectures.x86_64.rootfs"),
        Problem.of("image.architectures", "image debian-12 needs the sha256 of its x86_64 rootfs archive (64"
            + " lowercase hexadecimal digits): the agent checks every byte it streams"));
  }

  @Test
  void anArchiveThatIsNoTarIsRefused() {
    Image image = new Image("debian-12", "debian", "12", null, Map.of(Architecture.X86_64,
        new ImageArtifacts(null, List.of(), null, null, null, null, null, "images/debian.img", Cases.SHA)), null);
    assertThat(problems(X86, profile(Cases.disk(DiskLayoutKind.DIRECT)), image)).containsExactly(
        Problem.of("image.architectures", "the rootfs archive of image debian-12 must be a .tar, .tar.zst, .tar.gz"
            + " or .tar.xz file"));
  }

  @Test
  void packagesAreRefusedBecauseTheImageCarriesThem() {
    Profile p = profile(Cases.disk(DiskLayoutKind.DIRECT));
    Profile withPackages = new Profile(p.name(), p.image(), p.method(), p.disk(), p.network(), p.rootPasswordHash(),
        p.users(), List.of("vim"), null, null, null, List.of(), p.labels(), p.kernelArgs(), p.serialConsole(),
        p.enrollment(), Map.of());
    assertThat(problems(X86, withPackages, Cases.image(Architecture.X86_64))).containsExactly(
        Problem.of("profile.packages", "the rootfs deploy installs no packages: the image carries them (build an"
            + " image with them, or let OpenVox install them after enrollment)"));
  }

  @Test
  void anAarch64ServerWithBiosIsRefused() {
    Server arm = Cases.server("vm1", Architecture.AARCH64, Firmware.BIOS, null);
    assertThat(problems(arm, profile(Cases.disk(DiskLayoutKind.DIRECT)), Cases.image(Architecture.AARCH64)))
        .containsExactly(Problem.of("server.firmware", "an aarch64 server boots with uefi, not bios"));
  }

  @Test
  void theTargetDiskIsRequired() {
    Profile p = profile(new DiskLayout(null, DiskLayoutKind.LVM, List.of(), List.of()));
    assertThat(problems(X86, p, Cases.image(Architecture.X86_64))).containsExactly(
        Problem.of("profile.disk.device", "the rootfs deploy writes the partitions' device names into the plan, so"
            + " it needs the target disk: set profile disk.device or the server's fact 'disk' to a kernel name (vda,"
            + " sda, nvme0n1) or a /dev/disk/by-id/ path"));
  }

  @Test
  void theServersDiskFactNamesTheDiskWhenTheProfileDoesNot() {
    Server withFact = new Server("vm1", null, "lab.example", Architecture.X86_64, Firmware.BIOS, X86.nics(), null,
        null, List.of(), Map.of("disk", "/dev/disk/by-id/wwn-0x5000c500a1b2c3d4"), null);
    InstallConfig config = Fixtures.config(withFact, profile(new DiskLayout(null, DiskLayoutKind.DIRECT, List.of(),
        List.of())), Cases.image(Architecture.X86_64));
    assertThat(Rendering.PLUGIN.validate(config)).isEmpty();
    assertThat(dev.lab.core.machine.PlanText.describe(Rendering.plan(config)))
        .contains("/dev/disk/by-id/wwn-0x5000c500a1b2c3d4 gpt: 1 bios 1MiB bios-boot, 2 root rest linux")
        .contains("/dev/disk/by-id/wwn-0x5000c500a1b2c3d4-part2 on / (ext4)");
  }

  @Test
  void aCustomLayoutNeedsARootFilesystem() {
    DiskLayout disk = new DiskLayout("sda", DiskLayoutKind.CUSTOM,
        List.of(new Partition("/srv", Size.remaining(), "ext4", null)), List.of());
    assertThat(problems(X86, profile(disk), Cases.image(Architecture.X86_64))).containsExactly(
        Problem.of("profile.disk.partitions", "a custom layout needs a root filesystem (mount: /)"));
  }

  @Test
  void aFilesystemTheAgentCannotMakeIsRefused() {
    DiskLayout disk = new DiskLayout("sda", DiskLayoutKind.CUSTOM,
        List.of(new Partition("/", Size.remaining(), "btrfs", null)), List.of());
    assertThat(problems(X86, profile(disk), Cases.image(Architecture.X86_64))).containsExactly(
        Problem.of("profile.disk.partitions[0].fstype", "the agent makes ext4, xfs, vfat or swap, not 'btrfs'"));
  }

  @Test
  void deployPlanRefusesWhatValidationRefuses() {
    Profile p = profile(new DiskLayout(null, DiskLayoutKind.LVM, List.of(), List.of()));
    InstallConfig config = Fixtures.config(X86, p, Cases.image(Architecture.X86_64));
    assertThatThrownBy(() -> Rendering.plan(config)).isInstanceOf(UnsupportedConfigException.class);
  }

  @Test
  void aGroupNamedLikeAUserIsRefused() {
    Profile p = profile(Cases.disk(DiskLayoutKind.DIRECT));
    Profile clash = new Profile(p.name(), p.image(), p.method(), p.disk(), p.network(), p.rootPasswordHash(),
        List.of(new dev.lab.api.model.User("ops", null, Cases.HASH, List.of("dev"), List.of(), true),
            new dev.lab.api.model.User("dev", null, Cases.HASH, List.of(), List.of(), false)),
        List.of(), null, null, null, List.of(), p.labels(), p.kernelArgs(), p.serialConsole(), p.enrollment(), Map.of());
    assertThat(problems(X86, clash, Cases.image(Architecture.X86_64))).containsExactly(
        Problem.of("profile.users[0].groups[0]", "group dev is also a user name, whose own group useradd creates:"
            + " use another group name"));
  }

  private static Profile withOptions(Map<String, String> options) {
    Profile p = profile(Cases.disk(DiskLayoutKind.DIRECT));
    return new Profile(p.name(), p.image(), p.method(), p.disk(), p.network(), p.rootPasswordHash(), p.users(),
        List.of(), null, null, null, List.of(), p.labels(), p.kernelArgs(), p.serialConsole(), p.enrollment(), options);
  }

  @Test
  void theInitramfsOptionTakesItsTwoValuesAndNoOtherOptionIsTaken() {
    assertThat(problems(X86, withOptions(Map.of("rootfs.initramfs", "refresh")), Cases.image(Architecture.X86_64)))
        .isEmpty();
    assertThat(problems(X86, withOptions(Map.of("rootfs.initramfs", "if-missing")), Cases.image(Architecture.X86_64)))
        .isEmpty();
    assertThat(problems(X86, withOptions(Map.of("rootfs.initramfs", "always; reboot")),
        Cases.image(Architecture.X86_64))).containsExactly(Problem.of("profile.options.rootfs.initramfs",
            "is if-missing (the default: build an initramfs only for a kernel of the image without one) or refresh"
                + " (regenerate them all)"));
    assertThat(problems(X86, withOptions(Map.of("tasks", "standard")), Cases.image(Architecture.X86_64)))
        .containsExactly(Problem.of("profile.options.tasks", "the rootfs plugin has one option, rootfs.initramfs"
            + " (if-missing or refresh)"));
  }

  @Test
  void theInitramfsIsBuiltOnlyWhereMissingUnlessTheProfileAsksForARefresh() {
    InstallConfig byDefault = Fixtures.config(X86, withOptions(Map.of()), Cases.image(Architecture.X86_64));
    InstallConfig refresh = Fixtures.config(X86, withOptions(Map.of("rootfs.initramfs", "refresh")),
        Cases.image(Architecture.X86_64));
    assertThat(initramfs(byDefault).get(0)).isEqualTo("sh");
    assertThat(initramfs(byDefault).get(2)).contains("[ -e \"/boot/initrd.img-$v\" ] || update-initramfs -c -k \"$v\"");
    assertThat(initramfs(refresh)).containsExactly("update-initramfs", "-u", "-k", "all");
  }

  private static List<String> initramfs(InstallConfig config) {
    return Rendering.plan(config).actions().stream().filter(a -> a.id().equals("initramfs"))
        .map(a -> ((dev.lab.api.plan.ChrootAction) a).command()).findFirst().orElseThrow();
  }
}
