package dev.lab.plugins.kickstart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpTest {
  @ParameterizedTest
  @ValueSource(strings = {"::", "::1", "2001:db8::1", "fe80::1:2:3:4", "1:2:3:4:5:6:7:8", "::ffff:192.0.2.1",
      "64:ff9b::192.0.2.33", "1::"})
  void acceptsIpv6(String text) {
    assertThat(Ip.isV6(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ":", ":::", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::1", "1:2:3:4:5:6:7",
      "::192.0.2.256", "2001:db8::1%eth0", "[::1]"})
  void refusesWhatIsNotIpv6(String text) {
    assertThat(Ip.isV6(text)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"192.0.2.10/24,255.255.255.0", "10.0.0.1/8,255.0.0.0", "10.1.2.3/31,255.255.255.254",
      "0.0.0.0/0,0.0.0.0", "10.1.2.3/32,255.255.255.255"})
  void computesNetmasks(String cidr, String netmask) {
    assertThat(Ip.parseCidr(cidr).orElseThrow().netmask()).isEqualTo(netmask);
  }

  @ParameterizedTest
  @ValueSource(strings = {"192.0.2.10", "192.0.2.10/33", "300.0.2.10/24", "192.0.2/24", "01.2.3.4/8", "::1/129"})
  void refusesBadCidrs(String text) {
    assertThat(Ip.parseCidr(text)).isEmpty();
  }
}
