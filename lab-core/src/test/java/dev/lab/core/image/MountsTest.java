package dev.lab.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MountsTest {
  @Test
  void findsMountsUnderTheTreeDeepestFirst() {
    String mountinfo = """
        22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
        40 22 0:5 / /build/tree/proc rw - proc proc rw
        41 40 0:6 / /build/tree/proc/sys/fs/binfmt_misc rw - binfmt_misc binfmt_misc rw
        42 22 0:7 / /build/tree2/sys rw - sysfs sysfs rw
        43 22 0:8 / /build/tree/with\\040space rw - tmpfs tmpfs rw
        """;
    assertThat(Mounts.under(mountinfo, "/build/tree")).containsExactly("/build/tree/proc/sys/fs/binfmt_misc",
        "/build/tree/with space", "/build/tree/proc");
  }
}
