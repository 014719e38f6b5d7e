package dev.lab.plugins.xcpng;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {
  @ParameterizedTest
  @ValueSource(strings = {"::", "::1", "2001:db8::53", "fe80::1:2:3:4", "1:2:3:4:5:6:7:8", "::ffff:192.0.2.1",
      "2001:DB8:0:0:8:800:200C:417A", "1::8"})
  void ipv6Addresses(String v) {
    assertThat(Values.isIpv6(v)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ":", "1:2", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::1", "1.2.3.4::",
      "::1.2.3", "2001:db8::53%eth0", "[::1]"})
  void notIpv6Addresses(String v) {
    assertThat(Values.isIpv6(v)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"192.0.2.1", "0.0.0.0", "255.255.255.255"})
  void ipv4Addresses(String v) {
    assertThat(Values.isIpv4(v)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"192.0.2", "192.0.2.256", "192.0.2.01", "1.2.3.4.5", "a.b.c.d", "192.0.2.1 "})
  void notIpv4Addresses(String v) {
    assertThat(Values.isIpv4(v)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sda", "nvme0n1", "md127", "/dev/sdb", "/dev/disk/by-id/wwn-0x5000c500a1b2c3d4",
      "/dev/disk/by-path/pci-0000:00:1f.2-ata-1", "/dev/mapper/mpatha"})
  void disks(String v) {
    assertThat(Values.isDisk(v)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "SDA", "sda1 sdb", "/dev/../etc/shadow", "/dev/disk/by-id/../../sda", "sda;reboot",
      "iscsi:192.0.2.1::3260:1:iqn.x"})
  void notDisks(String v) {
    assertThat(Values.isDisk(v)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://mirror.example/x/", "https://a.example:8443/p?q=1", "nfs://nas:/export/",
      "ftp://u:p@host/x"})
  void urls(String v) {
    assertThat(Values.isUrl(v)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"mirror.example/x", "file:///x", "http://", "http:///x", "http://a b", "http://a\"b",
      "http://a<b>", "http://a\\b", "http://\u00e9.example/"})
  void notUrls(String v) {
    assertThat(Values.isUrl(v)).isFalse();
  }
}
