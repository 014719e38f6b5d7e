package dev.lab.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.core.config.RuleCondition;
import dev.lab.core.facts.Facts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row per condition: the condition on a fixed machine, whether it holds and the verdict's words. */
class ConditionEvaluatorTest {
  static final Machine MACHINE = Machine.of("mac-525400123456", new Facts("52:54:00:12:34:56", "x86_64", "uefi",
      new Facts.Cpu("AMD EPYC 7543P 32-Core Processor", 1, 32, 64), 549_755_813_888L,
      List.of(new Facts.Disk("sda", "/dev/sda", null, 480_000_000_000L, "ssd", "SSD", "S1"),
          new Facts.Disk("nvme0n1", "/dev/nvme0n1", null, 1_920_000_000_000L, "nvme", "NVMe", "N1")),
      List.of(new Facts.Nic("eno1", "52:54:00:12:34:56", "ixgbe", 10_000L, true),
          new Facts.Nic("eno2", "52:54:00:12:34:57", "ice", 25_000L, true)),
      new Facts.Dmi("Dell Inc.", "PowerEdge R650", "ABC123", null), null), List.of("rack1", "gpu"));

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiterString = " | ", quoteCharacter = '"', value = {
      "cores    | >= 40              | false | cores 32 < 40",
      "cores    | >= 32              | true  | cores 32 >= 32",
      "cores    | 32                 | true  | cores 32 == 32",
      "threads  | > 32 and < 128     | true  | threads 64 > 32 and < 128",
      "threads  | > 32 and < 64      | false | threads 64 >= 64",
      "memory   | >= 500GB           | true  | memory 549.8GB >= 500GB",
      "memory   | >= 600GB           | false | memory 549.8GB < 600GB",
      "memory   | >= 512GiB          | true  | memory 512GiB >= 512GiB",
      "memory   | > 512GiB           | false | memory 512GiB <= 512GiB",
      "memory   | < 2TiB             | true  | memory 0.5TiB < 2TiB",
      "memory   | == 549755813888    | true  | memory 549755813888 == 549755813888",
      "arch     | x86_64             | true  | arch x86_64 == x86_64",
      "arch     | aarch64            | false | arch x86_64 != aarch64",
      "arch     | in aarch64, x86_64 | true  | arch x86_64 in aarch64, x86_64",
      "firmware | not in bios        | true  | firmware uefi not in bios",
      "vendor   | ~ ^(Dell|HPE)      | true  | vendor 'Dell Inc.' ~ ^(Dell|HPE)",
      "vendor   | !~ (?i)dell        | false | vendor 'Dell Inc.' ~ (?i)dell",
      "cpu      | ~ EPYC 7\\d{3}      | true  | cpu 'AMD EPYC 7543P 32-Core Processor' ~ EPYC 7\\d{3}",
      "provider | ovh                | false | provider unknown",
      "disks    | >= 2               | true  | disks 2 >= 2",
      "storage  | >= 2TB             | true  | storage 2.4TB >= 2TB",
      "disk     | nvme >= 1TB        | true  | disk nvme0n1 nvme 1.9TB >= 1TB",
      "disk     | nvme >= 2TB        | false | disk: none of 2 disks is nvme >= 2TB",
      "disk     | ssd                | true  | disk sda ssd",
      "disk     | hdd                | false | disk: none of 2 disks is hdd",
      "disk     | >= 1TiB            | true  | disk nvme0n1 nvme 1.7TiB >= 1TiB",
      "nic      | >= 25G             | true  | nic eno2 25G >= 25G",
      "nic      | >= 40G             | false | nic: none of 2 NICs is >= 40G",
      "nic      | == 10000           | true  | nic eno1 10000 == 10000",
      "label    | rack1              | true  | labels [rack1, gpu] include rack1",
      "label    | rack2              | false | labels [rack1, gpu] lack rack2",
      "label    | != rack2           | true  | labels [rack1, gpu] lack rack2",
      "label    | in rack2, gpu      | true  | labels [rack1, gpu] include one of rack2, gpu",
      "label    | ~ ^rack[0-9]$      | true  | labels [rack1, gpu] include a label matching ^rack[0-9]$",
      "mac      | 52:54:00:12:34:56  | true  | mac 52:54:00:12:34:56 == 52:54:00:12:34:56",
  })
  void verdicts(String fact, String condition, boolean holds, String text) {
    RuleCondition c = RuleCondition.parse(fact, condition);
    Verdict v = ConditionEvaluator.evaluate(c, MACHINE);
    assertThat(v.text()).isEqualTo(text);
    assertThat(v.holds()).isEqualTo(holds);
    assertThat(ConditionEvaluator.holds(c, MACHINE)).as("the fast path agrees").isEqualTo(holds);
  }
}
