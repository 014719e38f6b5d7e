package dev.lab.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IpAddressesTest {
  @Test
  void parsesIpv6Forms() {
    assertThat(IpAddresses.format(IpAddresses.parse("2001:db8::10"))).isEqualTo("2001:db8:0:0:0:0:0:10");
    assertThat(IpAddresses.format(IpAddresses.parse("::"))).isEqualTo("0:0:0:0:0:0:0:0");
    assertThat(IpAddresses.format(IpAddresses.parse("::ffff:192.0.2.1"))).isEqualTo("0:0:0:0:0:ffff:c000:201");
    assertThat(IpAddresses.parse("1:2:3:4:5:6:7:8:9")).isNull();
    assertThat(IpAddresses.parse("1:2:3:4:5:6:7")).isNull();
    assertThat(IpAddresses.parse("12345::")).isNull();
  }

  @Test
  void networksKnowTheirMembersNetworkAndBroadcast() {
    IpAddresses.Cidr net = IpAddresses.parseCidr("192.0.2.10/24");
    assertThat(net.contains(IpAddresses.parse("192.0.2.1"))).isTrue();
    assertThat(net.contains(IpAddresses.parse("192.0.3.1"))).isFalse();
    assertThat(net.isNetworkAddress()).isFalse();
    assertThat(IpAddresses.parseCidr("192.0.2.0/24").isNetworkAddress()).isTrue();
    assertThat(IpAddresses.parseCidr("192.0.2.255/24").isBroadcast()).isTrue();
    assertThat(IpAddresses.parseCidr("192.0.2.1/31").isNetworkAddress()).isFalse();
    assertThat(IpAddresses.parseCidr("2001:db8::1/64").contains(IpAddresses.parse("2001:db8::ffff"))).isTrue();
  }

  /** Property: every dotted quad of 0-255 parses back to itself. */
  @Test
  void dottedQuadsRoundTrip() {
    Random random = new Random(1123);
    for (int i = 0; i < 1000; i++) {
      String ip = random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
      assertThat(IpAddresses.format(IpAddresses.parseV4(ip))).isEqualTo(ip);
    }
  }
}
