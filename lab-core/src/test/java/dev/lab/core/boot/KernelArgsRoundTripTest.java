package dev.lab.core.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.lab.api.model.BootFile;
import dev.lab.api.model.BootModule;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.KernelArg;
import dev.lab.core.render.TemplateEngine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kernel arguments rendered through each loader's script and read back by a model of that loader's
 * parser and then of the kernel's: the kernel must receive exactly the intended arguments, or Lab must
 * refuse with a clear message. Never a changed, lost or new argument.
 *
 * <p>Property-style: seeded random argument lists (fixed seed, repeatable) mixing real arguments with
 * hostile names and values.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelArgsRoundTripTest {
  private static final long SEED = 0x1AB5EED;
  private static final int CASES = 300;

  private static final String ART = "http://lab.example:8080/artifacts/";
  private static final BootFile KERNEL = new BootFile("vmlinuz", ART + "os/vmlinuz");
  private static final List<BootFile> INITRDS = List.of(new BootFile("initrd.img", ART + "os/initrd.img"),
      new BootFile("extra.cpio", ART + "os/extra.cpio"));
  private static final BootFile XEN = new BootFile("xen.gz", ART + "xen/xen.gz");
  private static final BootFile DOM0 = new BootFile("vmlinuz", ART + "xen/vmlinuz");
  private static final BootFile IMAGE = new BootFile("install.img", ART + "xen/install.img");

  /** Arguments installers really use, all of which every loader must carry. */
  static final List<KernelArg> REAL = List.of(
      KernelArg.of("ds", "nocloud-net;s=http://lab:8080/t/tok/"),
      KernelArg.of("console", "ttyS0,115200n8"), KernelArg.of("console", "tty0"),
      KernelArg.of("inst.ks", "http://lab:8080/t/Zm9v/ks.cfg"), KernelArg.of("inst.repo", "http://mirror/fedora/41/"),
      KernelArg.of("inst.stage2", "http://mirror/alma/9/BaseOS/x86_64/os/"),
      KernelArg.of("ip", "192.0.2.10::192.0.2.1:255.255.255.0:web01:eth0:off"), KernelArg.of("ip", "dhcp"),
      KernelArg.flag("autoinstall"), KernelArg.flag("quiet"), KernelArg.flag("---"),
      KernelArg.of("url", "http://lab:8080/artifacts/ubuntu.iso"), KernelArg.of("auto", "true"),
      KernelArg.of("priority", "critical"), KernelArg.of("netcfg/get_hostname", "web01"),
      KernelArg.of("modprobe.blacklist", "nouveau,radeon"), KernelArg.of("rd.neednet", "1"),
      KernelArg.of("BOOTIF", "01-52-54-00-12-34-56"), KernelArg.of("systemd.unit", "multi-user.target"),
      KernelArg.of("8250.nr_uarts", "4"), KernelArg.of("lab.note", "two words"), KernelArg.of("empty", ""),
      KernelArg.of("dom0_mem", "2048M,max:2048M"), KernelArg.of("answerfile", "http://lab:8080/t/x/a.xml"));

  /** Real arguments of Xen and an installer's dom0 kernel (both get them, so they must fit iPXE's 512 bytes). */
  static final List<KernelArg> REAL_MULTIBOOT = List.of(
      KernelArg.of("dom0_mem", "2048M,max:2048M"), KernelArg.flag("watchdog"), KernelArg.of("com1", "115200,8n1"),
      KernelArg.of("console", "com1,vga"), KernelArg.of("answerfile", "http://lab:8080/t/x/a.xml"),
      KernelArg.flag("install"), KernelArg.of("lab.note", "two words"));

  private static final List<String> ATOMS = List.of(
      "\n", "\r\n", "\r", "\u0085", "\u2028", "\u0000", "\t", "'", "\"", "`", "$(", ")", "${", "}", "${x}",
      "$x", "$((1))", ";", "&&", "||", "|", "&", ">", "<", "\\", "#", "%end", " ", "  ", "=", "initrd=evil",
      " init=/bin/sh", "||reboot", " || ", " ; ", " # ", " && ", " --- ", "---", "--", " -- ", "\u00e9",
      "\u00e0", "\u00a0", "\u4e2d", "\ud83d\ude00", "\ufeff", ":lab", "[", "]", "*", "?", "{", "} {", "-rf",
      "../", "/etc/shadow", "\\x41", "'\\''", "x\\", " #x", "a b");
  private static final List<String> KEYS = List.of("k", "inst.ks", "ds", "console", "a_b", "8250.nr_uarts",
      "netcfg/get_hostname", "rd.luks.uuid");
  private static final List<String> BAD_KEYS = List.of("", "a b", "x=y", "\"q", "--", "-s", "${k}",
      "\u00e9", "k\n", "#c", "k;reboot", "initrd");
  private static final String PLAIN = "abcdefghijklmnopqrstuvwxyz0123456789,./:-_";

  private final BootScripts scripts = new BootScripts(new TemplateEngine(null));
  private final Map<Target, int[]> tally = new EnumMap<>(Target.class);

  /** A loader, firmware and boot kind, with what Lab renders and how the kernel would see it. */
  enum Target {
    IPXE_BIOS, IPXE_UEFI, GRUB_2_02, GRUB_2_06, PXELINUX, PXELINUX_NO_INITRD, IPXE_MULTIBOOT, GRUB_MULTIBOOT,
    PXELINUX_MULTIBOOT
  }

  static Stream<Arguments> randomCases() {
    Random random = new Random(SEED);
    List<List<KernelArg>> lists = IntStream.range(0, CASES).mapToObj(i -> randomArgs(random)).toList();
    return Stream.of(Target.values())
        .flatMap(t -> IntStream.range(0, CASES).mapToObj(i -> Arguments.of(t, i, lists.get(i))));
  }

  @ParameterizedTest(name = "{0} #{1}")
  @MethodSource("randomCases")
  void randomArgumentsArriveIntactOrAreRefused(Target target, int index, List<KernelArg> args) {
    List<KernelArg> received;
    try {
      received = render(target, args);
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).as("refusal message").matches(
          "(iPXE|GRUB|pxelinux|pxelinux \\(mboot\\.c32\\)|A kernel command line) cannot carry the kernel"
              + " argument '.*': .+|the kernel argument '.*' is written by Lab .*|iPXE keeps at most .*"
              + "|the .* would be \\d+ bytes long, .*");
      count(target, 1);
      return;
    }
    assertThat(received).as("what the kernel receives through %s", target).isEqualTo(args);
    count(target, 0);
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void realArgumentsArriveIntactThroughEveryLoader(Target target) {
    List<KernelArg> real = target.name().endsWith("MULTIBOOT") ? REAL_MULTIBOOT : REAL;
    assertThat(render(target, real)).isEqualTo(real);
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void eachHostileValueAloneArrivesIntactOrIsRefused(Target target) {
    Random random = new Random(SEED);
    int accepted = 0;
    for (int i = 0; i < CASES; i++) {
      String value = i < ATOMS.size() ? ATOMS.get(i) : hostileValue(random);
      List<KernelArg> args = List.of(KernelArg.flag("first"), KernelArg.of("k", value));
      try {
        assertThat(render(target, args)).as("value %s through %s", LoaderWords.show(value), target).isEqualTo(args);
        accepted++;
      } catch (IllegalArgumentException refused) {
        assertThat(refused.getMessage()).contains("cannot carry the kernel argument 'k=");
      }
    }
    assertThat(accepted).as("hostile values carried by %s", target).isGreaterThan(CASES / 10).isLessThan(CASES);
  }

  @Test
  void loadersDifferWhereTheirSyntaxDiffers() {
    List<KernelArg> quote = List.of(KernelArg.of("k", "it's"));
    assertThat(render(Target.IPXE_BIOS, quote)).isEqualTo(quote);
    assertThat(render(Target.PXELINUX, quote)).isEqualTo(quote);
    assertRefused(Target.GRUB_2_06, quote, "GRUB puts a backslash before ' and \\ in the kernel command line");
    List<KernelArg> expansion = List.of(KernelArg.of("k", "${net0/mac}"));
    assertThat(render(Target.GRUB_2_06, expansion)).isEqualTo(expansion);
    assertRefused(Target.IPXE_UEFI, expansion, "iPXE expands '${...}' and has no way to escape it");
    List<KernelArg> separator = List.of(KernelArg.of("k", "a --- b"));
    assertThat(render(Target.PXELINUX, separator)).isEqualTo(separator);
    assertRefused(Target.PXELINUX_MULTIBOOT, separator, "mboot.c32 reads a '---' word as the start of the next module");
    List<KernelArg> accent = List.of(KernelArg.of("k", "\u00e0"));
    assertThat(render(Target.GRUB_2_06, List.of(KernelArg.of("k", "\u00e9 \u00e0")))).hasSize(1);
    assertRefused(Target.GRUB_2_06, accent, "is encoded with the byte 0xA0, which the kernel reads as a space");
    assertRefused(Target.IPXE_BIOS, accent, "'\u00e0' (U+00E0) is not ASCII");
    assertThat(render(Target.PXELINUX, accent)).isEqualTo(accent);
    assertRefused(Target.PXELINUX_MULTIBOOT, accent, "'\u00e0' (U+00E0) is not ASCII");
  }

  @Test
  void ipxeMultibootCommandLinesMustFitIpxesBufferTogether() {
    int urls = XEN.url().length() + DOM0.url().length() + IMAGE.url().length();
    // kernel and dom0: URL, " k=", padding, NUL each; the image: URL, NUL.
    int padding = (IpxeModels.MULTIBOOT_CMDLINES_BYTES - urls - 9) / 2;
    List<KernelArg> fits = List.of(KernelArg.of("k", "x".repeat(padding)));
    assertThat(render(Target.IPXE_MULTIBOOT, fits)).isEqualTo(fits);
    List<KernelArg> tooLong = List.of(KernelArg.of("k", "x".repeat(padding + 1)));
    assertRefused(Target.IPXE_MULTIBOOT, tooLong, "iPXE keeps at most 512 bytes for the command lines");
    assertThat(render(Target.GRUB_MULTIBOOT, tooLong)).isEqualTo(tooLong);
    assertThat(render(Target.PXELINUX_MULTIBOOT, tooLong)).isEqualTo(tooLong);
  }

  @Test
  void linuxCommandLinesMustFitTheKernelsBuffer() {
    List<KernelArg> fits = List.of(KernelArg.of("k", "x".repeat(1800)));
    List<KernelArg> tooLong = List.of(KernelArg.of("k", "x".repeat(2100)));
    for (Target target : List.of(Target.IPXE_BIOS, Target.IPXE_UEFI, Target.GRUB_2_06, Target.PXELINUX)) {
      assertThat(render(target, fits)).isEqualTo(fits);
      assertRefused(target, tooLong, "bytes long, more than the 2047 that can be passed without being cut");
    }
  }

  @Test
  void pxelinuxReadsTheFirstInitrdAnywhereInItsCommandLine() {
    List<KernelArg> hidden = List.of(KernelArg.of("inst.ks", "http://lab/initrd=x/ks.cfg"));
    assertThat(render(Target.PXELINUX, hidden)).isEqualTo(hidden);
    assertRefused(Target.PXELINUX_NO_INITRD, hidden, "pxelinux cannot carry the kernel argument"
        + " 'inst.ks=http://lab/initrd=x/ks.cfg': pxelinux reads the first 'initrd=' in its command line");
  }

  @AfterAll
  void bothOutcomesOccurForEveryTarget() {
    for (Target target : Target.values()) {
      int[] t = tally.getOrDefault(target, new int[2]);
      if (t[0] + t[1] == CASES) {
        assertThat(t[0]).as("random lists %s carried", target).isGreaterThan(CASES / 10);
        assertThat(t[1]).as("random lists %s refused", target).isGreaterThan(CASES / 10);
      }
    }
  }

  private void assertRefused(Target target, List<KernelArg> args, String reason) {
    try {
      render(target, args);
      fail("%s carried %s", target, args);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).contains(reason);
    }
  }

  private synchronized void count(Target target, int outcome) {
    tally.computeIfAbsent(target, t -> new int[2])[outcome]++;
  }

  /**
   * Renders the arguments through Lab's script for a target and returns what the kernel (or, for
   * multiboot, the multiboot kernel and then its first module, with the same arguments) receives,
   * after checking the arguments and files the loader adds itself.
   */
  private List<KernelArg> render(Target target, List<KernelArg> args) {
    return switch (target) {
      case IPXE_BIOS, IPXE_UEFI -> ipxeLinux(args, target == Target.IPXE_UEFI ? Firmware.UEFI : Firmware.BIOS);
      case GRUB_2_02, GRUB_2_06 -> grubLinux(args, target == Target.GRUB_2_06);
      case PXELINUX -> pxelinuxLinux(args, INITRDS);
      case PXELINUX_NO_INITRD -> pxelinuxLinux(args, List.of());
      case IPXE_MULTIBOOT -> ipxeMultiboot(args);
      case GRUB_MULTIBOOT -> grubMultiboot(args);
      case PXELINUX_MULTIBOOT -> pxelinuxMultiboot(args);
    };
  }

  private List<KernelArg> ipxeLinux(List<KernelArg> args, Firmware firmware) {
    String script = scripts.ipxeInstall(BootSpec.linux(KERNEL, INITRDS, args), firmware, null);
    List<IpxeShell.Command> commands = IpxeShell.commands(script);
    assertThat(commands.stream().map(IpxeShell.Command::name))
        .containsExactly("imgfree", "kernel", "initrd", "initrd", "boot");
    IpxeShell.Image kernel = IpxeShell.image(commands.get(1));
    assertThat(kernel.uri()).isEqualTo(KERNEL.url());
    for (int i = 0; i < INITRDS.size(); i++) {
      IpxeShell.Image initrd = IpxeShell.image(commands.get(2 + i));
      assertThat(initrd.name()).isEqualTo(INITRDS.get(i).name());
      assertThat(initrd.uri()).isEqualTo(INITRDS.get(i).url());
    }
    String cmdline = kernel.cmdline() == null ? "" : kernel.cmdline();
    if (firmware == Firmware.BIOS) {
      return KernelParser.parse(cmdline);
    }
    // Under UEFI iPXE puts the image's name first and widens each byte to UTF-16, which the kernel's
    // EFI stub converts back to UTF-8; the kernel finds initrds by initrd=<name>.
    String widened = new String((kernel.name() + " " + cmdline).getBytes(StandardCharsets.UTF_8),
        StandardCharsets.ISO_8859_1);
    List<KernelArg> received = KernelParser.parse(widened);
    List<KernelArg> loaderArgs = new ArrayList<>(List.of(KernelArg.flag(KERNEL.name())));
    INITRDS.forEach(i -> loaderArgs.add(KernelArg.of("initrd", i.name())));
    return afterLoaderArgs(received, loaderArgs);
  }

  private List<KernelArg> grubLinux(List<KernelArg> args, boolean grub206) {
    String config = scripts.grubInstall(BootSpec.linux(KERNEL, INITRDS, args), Firmware.UEFI);
    List<String> linux = GrubShell.command(line(config, "  linux "), Map.of());
    assertThat(GrubShell.command(line(config, "  initrd "), Map.of())).containsExactly("initrd",
        "(http,lab.example:8080)/artifacts/os/initrd.img", "(http,lab.example:8080)/artifacts/os/extra.cpio");
    String path = "(http,lab.example:8080)/artifacts/os/vmlinuz";
    assertThat(linux.subList(0, 2)).containsExactly("linux", path);
    String cmdline = "BOOT_IMAGE=" + GrubShell.loaderCommandLine(linux.subList(1, linux.size()), grub206);
    return afterLoaderArgs(KernelParser.parse(cmdline), List.of(KernelArg.of("BOOT_IMAGE", path)));
  }

  private List<KernelArg> pxelinuxLinux(List<KernelArg> args, List<BootFile> initrds) {
    String config = scripts.pxelinuxInstall(BootSpec.linux(KERNEL, initrds, args), Firmware.BIOS);
    PxelinuxConfig.Label label = PxelinuxConfig.parse(config).defaultLabel();
    assertThat(label.type()).isEqualTo("linux");
    PxelinuxConfig.LinuxBoot boot = PxelinuxConfig.linux(label);
    assertThat(boot.kernel()).isEqualTo(KERNEL.url());
    List<String> urls = initrds.stream().map(BootFile::url).toList();
    assertThat(boot.initrds()).as("the initrds pxelinux loads").isEqualTo(urls);
    List<KernelArg> loaderArgs = new ArrayList<>(List.of(KernelArg.of("BOOT_IMAGE", KERNEL.url())));
    if (!urls.isEmpty()) {
      loaderArgs.add(KernelArg.of("initrd", String.join(",", urls)));
    }
    return afterLoaderArgs(KernelParser.parse(boot.commandLine()), loaderArgs);
  }

  private List<KernelArg> ipxeMultiboot(List<KernelArg> args) {
    String script = scripts.ipxeInstall(multiboot(args), Firmware.BIOS, null);
    List<IpxeShell.Command> commands = IpxeShell.commands(script);
    assertThat(commands.stream().map(IpxeShell.Command::name))
        .containsExactly("imgfree", "kernel", "module", "module", "boot");
    List<IpxeShell.Image> images = commands.subList(1, 4).stream().map(IpxeShell::image).toList();
    assertThat(images.stream().map(IpxeShell.Image::uri)).containsExactly(XEN.url(), DOM0.url(), IMAGE.url());
    return multibootArgs(IpxeShell.multibootCommandLines(images), true);
  }

  private List<KernelArg> grubMultiboot(List<KernelArg> args) {
    String config = scripts.grubInstall(multiboot(args), Firmware.BIOS);
    List<String> lines = config.lines().filter(l -> l.startsWith("  multiboot2 ") || l.startsWith("  module2 ")).toList();
    assertThat(lines).hasSize(3);
    List<String> cmdlines = new ArrayList<>();
    for (String line : lines) {
      List<String> words = GrubShell.command(line, Map.of());
      cmdlines.add(GrubShell.loaderCommandLine(words.subList(2, words.size()), true));
    }
    return multibootArgs(cmdlines, false);
  }

  private List<KernelArg> pxelinuxMultiboot(List<KernelArg> args) {
    String config = scripts.pxelinuxInstall(multiboot(args), Firmware.BIOS);
    List<PxelinuxConfig.Module> modules = PxelinuxConfig.mboot(PxelinuxConfig.parse(config).defaultLabel());
    assertThat(modules.stream().map(PxelinuxConfig.Module::file)).containsExactly(XEN.url(), DOM0.url(), IMAGE.url());
    return multibootArgs(modules.stream().map(PxelinuxConfig.Module::commandLine).toList(), true);
  }

  /** Xen, with the same arguments for itself and for its dom0 kernel, and an installer image without any. */
  private static BootSpec multiboot(List<KernelArg> args) {
    return BootSpec.multiboot(XEN, args, List.of(new BootModule(DOM0, args), new BootModule(IMAGE, List.of())));
  }

  /**
   * The arguments of the multiboot kernel, checked to be those of the first module too, and checked
   * that the last module got none.
   *
   * @param named whether each command line starts with the file's name (Xen drops it)
   */
  private static List<KernelArg> multibootArgs(List<String> cmdlines, boolean named) {
    List<List<KernelArg>> parsed = new ArrayList<>();
    for (String cmdline : cmdlines) {
      String args = cmdline;
      if (named) {
        int space = cmdline.indexOf(' ');
        args = space < 0 ? "" : cmdline.substring(space + 1);
      }
      parsed.add(KernelParser.parse(args));
    }
    assertThat(parsed).hasSize(3);
    assertThat(parsed.get(1)).as("the dom0 kernel's arguments").isEqualTo(parsed.get(0));
    assertThat(parsed.get(2)).as("the installer image's arguments").isEmpty();
    return parsed.get(0);
  }

  private static List<KernelArg> afterLoaderArgs(List<KernelArg> received, List<KernelArg> loaderArgs) {
    assertThat(received.size()).as("arguments received: %s", received).isGreaterThanOrEqualTo(loaderArgs.size());
    assertThat(received.subList(0, loaderArgs.size())).as("the loader's own arguments").isEqualTo(loaderArgs);
    return received.subList(loaderArgs.size(), received.size());
  }

  private static String line(String text, String prefix) {
    return text.lines().filter(l -> l.startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in\n" + text));
  }

  static List<KernelArg> randomArgs(Random random) {
    List<KernelArg> args = new ArrayList<>();
    int n = random.nextInt(7);
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(20);
      if (kind < 10) {
        args.add(REAL.get(random.nextInt(REAL.size())));
      } else if (kind < 17) {
        args.add(KernelArg.of(KEYS.get(random.nextInt(KEYS.size())), hostileValue(random)));
      } else if (kind < 19) {
        args.add(KernelArg.flag(KEYS.get(random.nextInt(KEYS.size()))));
      } else {
        String key = BAD_KEYS.get(random.nextInt(BAD_KEYS.size()));
        args.add(random.nextBoolean() ? KernelArg.flag(key) : KernelArg.of(key, "v"));
      }
    }
    return args;
  }

  static String hostileValue(Random random) {
    StringBuilder sb = new StringBuilder();
    int parts = 1 + random.nextInt(3);
    for (int i = 0; i < parts; i++) {
      if (random.nextInt(3) > 0) {
        int n = 1 + random.nextInt(8);
        for (int j = 0; j < n; j++) {
          sb.append(PLAIN.charAt(random.nextInt(PLAIN.length())));
        }
      } else {
        sb.append(ATOMS.get(random.nextInt(ATOMS.size())));
      }
    }
    return sb.toString();
  }
}
