package dev.lab.plugins.xcpng;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.model.BootKind;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.Firmware;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.PxeConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class XcpngBootTest {
  private static final String FILES = "http://lab.example:8080/t/preview-file-token/";

  private static BootSpec spec(TestConfig c) {
    return new XcpngPlugin().preparePxe(new PxeConfig(c.build(), Firmware.UEFI));
  }

  @Test
  void bootsXenWithTheInstallerKernelAndItsImageAsModules() {
    BootSpec spec = spec(new TestConfig());
    assertThat(spec.kind()).isEqualTo(BootKind.MULTIBOOT);
    assertThat(spec.kernel().url()).isEqualTo("http://lab.example:8080/artifacts/xcpng-8.3/boot/xen.gz");
    assertThat(spec.kernelArgs()).containsExactly(KernelArg.of("dom0_mem", "max:8192M"),
        KernelArg.of("dom0_max_vcpus", "1-16"), KernelArg.of("console", "vga"));
    assertThat(spec.modules()).extracting(m -> m.file().name()).containsExactly("vmlinuz", "install.img");
    assertThat(spec.modules().get(0).args()).containsExactly(KernelArg.of("console", "tty0"),
        KernelArg.of("network_device", "52:54:00:00:00:01"), KernelArg.of("network_config", "dhcp"),
        KernelArg.of("answerfile", FILES + "answerfile.xml"), KernelArg.flag("install"));
    assertThat(spec.modules().get(1).args()).isEmpty();
  }

  @Test
  void aSerialConsoleGoesToXenAndTheInstallerSeesItAsHvc0() {
    TestConfig c = new TestConfig();
    c.serialConsole = "ttyS1,57600";
    BootSpec spec = spec(c);
    assertThat(spec.kernelArgs()).containsExactly(KernelArg.of("dom0_mem", "max:8192M"),
        KernelArg.of("dom0_max_vcpus", "1-16"), KernelArg.of("com2", "57600,8n1"), KernelArg.of("console", "com2,vga"));
    assertThat(spec.modules().get(0).args()).startsWith(KernelArg.of("console", "hvc0"), KernelArg.of("console", "tty0"));
  }

  @Test
  void theInstallerFetchesTheAnswerFileThroughTheManagementVlan() {
    TestConfig c = new TestConfig().vlan();
    assertThat(spec(c).modules().get(0).args()).contains(KernelArg.of("network_device", "52:54:00:00:00:01"),
        KernelArg.of("network_config",
            "static:ip=198.51.100.10;netmask=255.255.255.0;gateway=198.51.100.1;dns=198.51.100.53;domain=lab.example;vlan=20"));
  }

  @Test
  void byNameTheInstallerUsesTheNicName() {
    assertThat(spec(new TestConfig().option(XcpngOptions.ADMIN_INTERFACE_BY, "name")).modules().get(0).args())
        .contains(KernelArg.of("network_device", "eth0"));
  }

  @Test
  void theProfilesKernelArgumentsFollowLabs() {
    TestConfig c = new TestConfig();
    c.kernelArgs = List.of(KernelArg.of("device_mapper_multipath", "enabled"), KernelArg.flag("use_ibft"));
    assertThat(spec(c).modules().get(0).args()).endsWith(KernelArg.flag("install"),
        KernelArg.of("device_mapper_multipath", "enabled"), KernelArg.flag("use_ibft"));
  }

  @Test
  void serialConsolesAsXenWritesThem() {
    assertThat(SerialConsole.parse("ttyS0")).hasValue(new SerialConsole(1, 115200, 8, 'n'));
    assertThat(SerialConsole.parse("ttyS2,9600e7").map(s -> s.xenPort() + "=" + s.xenSettings()))
        .hasValue("com3=9600,7e1");
    assertThat(SerialConsole.parse("ttyS4")).isEmpty();
    assertThat(SerialConsole.parse("ttyS0,115200 quiet")).isEmpty();
  }
}
