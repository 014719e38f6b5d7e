package dev.lab.core.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FactsJsonTest {
  static final String CONTRACT = """
      {"mac": "52:54:00:12:34:56", "architecture": "x86_64", "firmware": "uefi",
       "cpu": {"model": "QEMU Virtual CPU", "sockets": 1, "cores": 2, "threads": 2},
       "memoryBytes": 1073741824,
       "disks": [{"name": "vda", "path": "/dev/vda", "byId": "/dev/disk/by-id/virtio-abc", "sizeBytes": 8589934592,
                  "type": "virtio", "model": "QEMU HARDDISK", "serial": "abc"}],
       "nics": [{"name": "eth0", "mac": "52:54:00:12:34:56", "driver": "virtio_net", "speedMbps": 1000, "link": true}],
       "dmi": {"vendor": "QEMU", "product": "Standard PC", "serial": "vm1-serial", "uuid": "6f0c0000-0000-0000-0000-000000000001"},
       "bmc": {"address": "10.0.0.5"} }
      """;

  @Test
  void readsTheContractsExample() {
    Facts f = FactsJson.read(CONTRACT);
    assertThat(f.mac()).isEqualTo("52:54:00:12:34:56");
    assertThat(f.cpu().cores()).isEqualTo(2);
    assertThat(f.memoryBytes()).isEqualTo(1073741824L);
    assertThat(f.disks()).singleElement().satisfies(d -> assertThat(d.sizeBytes()).isEqualTo(8589934592L));
    assertThat(f.nics()).singleElement().satisfies(n -> assertThat(n.speedMbps()).isEqualTo(1000));
    assertThat(f.dmi().serial()).isEqualTo("vm1-serial");
    assertThat(f.bmc().address()).isEqualTo("10.0.0.5");
  }

  @Test
  void roundTripsThroughItsOwnJson() {
    Facts f = FactsJson.read(CONTRACT);
    assertThat(FactsJson.read(FactsJson.write(f))).isEqualTo(f);
  }

  @Test
  void normalisesMacs() {
    Facts f = FactsJson.read("{\"mac\": \"52-54-00-AB-CD-EF\", \"architecture\": \"aarch64\", \"firmware\": \"uefi\"}");
    assertThat(f.mac()).isEqualTo("52:54:00:ab:cd:ef");
  }

  @Test
  void ignoresPropertiesLabDoesNotKnow() {
    Facts f = FactsJson.read("{\"mac\": \"52:54:00:ab:cd:ef\", \"architecture\": \"aarch64\", \"firmware\": \"uefi\","
        + " \"tpm\": {\"version\": \"2.0\"}}");
    assertThat(f.architecture()).isEqualTo("aarch64");
  }

  static Stream<Arguments> malformed() {
    String base = "\"mac\": \"52:54:00:12:34:56\", \"architecture\": \"x86_64\", \"firmware\": \"bios\"";
    return Stream.of(
        Arguments.of("{", "the body is not valid JSON (line 1, column 2)"),
        Arguments.of("[]", "the body is not a facts object: expected a JSON object"),
        Arguments.of("null", "the body is empty; facts are a JSON object"),
        Arguments.of("{} {}", "the body holds more than one JSON value"),
        Arguments.of("{\"architecture\": \"x86_64\", \"firmware\": \"bios\"}", "mac: is required"),
        Arguments.of("{" + base.replace("52:54:00:12:34:56", "52:54:00:12:34") + "}",
            "mac: '52:54:00:12:34' is not a MAC address such as 52:54:00:12:34:56"),
        Arguments.of("{" + base.replace("52:54:00:12:34:56", "01:00:5e:00:00:01") + "}",
            "mac: '01:00:5e:00:00:01' is not the address of one NIC (all zeros, or a multicast address)"),
        Arguments.of("{" + base.replace("x86_64", "sparc") + "}",
            "architecture: 'sparc' is not one of x86_64, aarch64, riscv64"),
        Arguments.of("{" + base + ", \"memoryBytes\": \"1GB\"}", "memoryBytes: must be a whole number"),
        Arguments.of("{" + base + ", \"memoryBytes\": 1.5}", "memoryBytes: must be a whole number"),
        Arguments.of("{" + base + ", \"memoryBytes\": 0}", "memoryBytes: must be a positive number of bytes, at most 2^60"),
        Arguments.of("{" + base + ", \"cpu\": {\"cores\": 0}}", "cpu.cores: must be from 1 to 1048576"),
        Arguments.of("{" + base + ", \"cpu\": {\"model\": \"x\\ny\"}}",
            "cpu.model: contains a control character; only printable text is accepted"),
        Arguments.of("{" + base + ", \"disks\": {}}", "disks: must be a list"),
        Arguments.of("{" + base + ", \"disks\": [{\"name\": \"sda\", \"path\": \"/dev/sda; reboot\", \"sizeBytes\": 1,"
            + " \"type\": \"ssd\"}]}", "disks[0].path: '/dev/sda; reboot' is not a device path such as /dev/nvme0n1"),
        Arguments.of("{" + base + ", \"disks\": [{\"name\": \"sda\", \"path\": \"/dev/sda\", \"sizeBytes\": 1,"
            + " \"type\": \"tape\"}]}", "disks[0].type: 'tape' is not one of hdd, ssd, nvme, virtio"),
        Arguments.of("{" + base + ", \"nics\": [{\"name\": \"eth0\", \"mac\": \"52:54:00:12:34:56\", \"link\": \"yes\"}]}",
            "nics[0].link: must be true or false"),
        Arguments.of("{" + base + ", \"nics\": [{\"name\": \"eth0 up\", \"mac\": \"52:54:00:12:34:56\"}]}",
            "nics[0].name: 'eth0 up' is not an interface name such as eno1"),
        Arguments.of("{" + base + ", \"bmc\": {\"address\": \"bmc.example\"}}",
            "bmc.address: 'bmc.example' is not an IPv4 or IPv6 address"),
        Arguments.of("{" + base + ", \"dmi\": {\"serial\": \"" + "x".repeat(129) + "\"}}",
            "dmi.serial: is 129 characters long; at most 128 are accepted"));
  }

  @ParameterizedTest
  @MethodSource
  void malformed(String json, String message) {
    assertThatThrownBy(() -> FactsJson.read(json)).isInstanceOf(FactsException.class)
        .satisfies(e -> assertThat(((FactsException) e).problems()).extracting(FactProblem::toString)
            .containsExactly(message));
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThatThrownBy(() -> FactsJson.read("{\"mac\": \"x\", \"architecture\": \"y\"}"))
        .isInstanceOf(FactsException.class)
        .satisfies(e -> assertThat(((FactsException) e).problems()).hasSize(3));
  }

  static Stream<String> hostileText() {
    Random random = new Random(7);
    String nasty = "\u0000\u001b\n\r\t\u2028\u200e\u0085";
    return IntStream.range(0, 50).mapToObj(i -> {
      StringBuilder b = new StringBuilder("ok");
      for (int j = 0; j < 1 + random.nextInt(4); j++) {
        b.insert(random.nextInt(b.length() + 1), nasty.charAt(random.nextInt(nasty.length())));
      }
      return b.toString();
    });
  }

  @ParameterizedTest
  @MethodSource
  void hostileText(String text) {
    Facts facts = new Facts("52:54:00:12:34:56", "x86_64", "bios", new Facts.Cpu(text, 1, 1, 1), null, null, null,
        new Facts.Dmi(text, null, null, null), null);
    assertThatThrownBy(() -> FactsValidator.validate(facts)).isInstanceOf(FactsException.class)
        .hasMessageContaining("cpu.model").hasMessageContaining("dmi.vendor");
  }
}
