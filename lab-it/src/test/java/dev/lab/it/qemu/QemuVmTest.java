package dev.lab.it.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QemuVmTest {

  @Test
  void logsTheCommandSoThatAShellCanRunItAgain() {
    String command = QemuVm.shellCommand(List.of("/usr/bin/qemu-system-x86_64", "-smp", "2", "-netdev",
        "user,guestfwd=tcp:10.0.2.100:80-cmd:/bin/sh -c 'echo $$ >>/w/p; exec nc 127.0.0.1 1'"));

    assertThat(command).isEqualTo("/usr/bin/qemu-system-x86_64 \\\n  -smp 2 \\\n  -netdev "
        + "'user,guestfwd=tcp:10.0.2.100:80-cmd:/bin/sh -c '\\''echo $$ >>/w/p; exec nc 127.0.0.1 1'\\'''");
  }
}
