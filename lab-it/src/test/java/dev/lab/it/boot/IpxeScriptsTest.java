package dev.lab.it.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.it.qemu.Firmware;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpxeScriptsTest {

  private static final String KERNEL = "http://10.0.2.100/d-i/linux";
  private static final String INITRD = "http://10.0.2.100/d-i/initrd.gz";

  @Test
  void bootstrapChainsBackWithEveryMachineFactThenExits() {
    assertThat(IpxeScripts.bootstrap("http://10.0.2.100/ipxe")).isEqualTo("#!ipxe\n"
        + "echo Lab test bootstrap: ${platform} ${buildarch} ${mac} ${uuid}\n"
        + "chain http://10.0.2.100/ipxe?mac=${mac}&uuid=${uuid}&buildarch=${buildarch:uristring}"
        + "&platform=${platform:uristring}&serial=${serial:uristring}&manufacturer=${manufacturer:uristring}"
        + "&product=${product:uristring}\n"
        + "exit 0\n");
  }

  @Test
  void bootstrapKeepsAnExistingQuery() {
    assertThat(IpxeScripts.bootstrap("http://10.0.2.100/ipxe?site=lab")).contains("/ipxe?site=lab&mac=${mac}&");
  }

  @Test
  void linuxUnderBiosPassesTheArgumentsAsGiven() {
    assertThat(IpxeScripts.linux(Firmware.BIOS, KERNEL, INITRD, List.of("auto=true", "priority=critical")))
        .isEqualTo("#!ipxe\nkernel " + KERNEL + " auto=true priority=critical\ninitrd " + INITRD + "\nboot\n");
  }

  @Test
  void linuxUnderUefiNamesTheInitrdOnTheCommandLine() {
    assertThat(IpxeScripts.linux(Firmware.UEFI, KERNEL, INITRD, List.of("auto=true")))
        .isEqualTo("#!ipxe\nkernel " + KERNEL + " initrd=initrd.gz auto=true\ninitrd " + INITRD + "\nboot\n");
  }

  @Test
  void localBootBootsTheFirstBiosDiskOrExitsToUefi() {
    assertThat(IpxeScripts.localBoot(Firmware.BIOS)).endsWith("\nsanboot --no-describe --drive 0x80\n");
    assertThat(IpxeScripts.localBoot(Firmware.UEFI)).endsWith("\nexit\n");
  }

  @Test
  void refusesKernelArgumentsThatWouldChangeTheScript() {
    for (String arg : List.of("a b", "x=${root}", "x\nshell", "quote='x'", "")) {
      assertThatThrownBy(() -> IpxeScripts.linux(Firmware.BIOS, KERNEL, INITRD, List.of(arg)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("a kernel argument in a test script may not hold spaces or iPXE syntax");
    }
  }

  @Test
  void refusesUrlsThatAreNotPlainHttp() {
    assertThatThrownBy(() -> IpxeScripts.linux(Firmware.BIOS, "https://x/linux", INITRD, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a plain http URL for a test script: 'https://x/linux'");
  }
}
