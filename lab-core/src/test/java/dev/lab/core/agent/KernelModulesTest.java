package dev.lab.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelModulesTest {
  @TempDir
  Path dir;

  private void module(String path, String depends) throws Exception {
    Path f = dir.resolve(path);
    Files.createDirectories(f.getParent());
    Files.write(f, ("\u007fELF junk\0license=GPL\0depends=" + depends + "\0name=x\0").getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void ordersDependenciesFirstAndSkipsBuiltinModules() throws Exception {
    module("kernel/fs/ext4/ext4.ko", "mbcache,jbd2,crc16");
    module("kernel/fs/mbcache.ko", "");
    module("kernel/fs/jbd2/jbd2.ko", "");
    module("kernel/drivers/net/virtio_net.ko", "net_failover");
    module("kernel/drivers/net/net_failover.ko", "failover");
    module("kernel/net/core/failover.ko", "");
    Files.writeString(dir.resolve("modules.builtin"), "kernel/lib/crc16.ko\nkernel/drivers/virtio/virtio-pci.ko\n");
    KernelModules modules = new KernelModules(dir);

    List<String> order = modules.loadOrder(List.of("virtio-pci", "virtio_net", "ext4"), Set.of());

    assertThat(order).containsExactly("kernel/net/core/failover.ko", "kernel/drivers/net/net_failover.ko",
        "kernel/drivers/net/virtio_net.ko", "kernel/fs/mbcache.ko", "kernel/fs/jbd2/jbd2.ko", "kernel/fs/ext4/ext4.ko");
    assertThat(modules.modulesDep(order)).contains(
        "kernel/drivers/net/virtio_net.ko: kernel/net/core/failover.ko kernel/drivers/net/net_failover.ko\n",
        "kernel/fs/mbcache.ko:\n");
  }

  @Test
  void aMissingModuleFailsUnlessOptional() throws Exception {
    module("kernel/fs/xfs/xfs.ko", "");
    KernelModules modules = new KernelModules(dir);
    assertThat(modules.loadOrder(List.of("xfs", "e1000"), Set.of("e1000"))).containsExactly("kernel/fs/xfs/xfs.ko");
    assertThatThrownBy(() -> modules.loadOrder(List.of("nvme"), Set.of()))
        .isInstanceOf(AgentBuildException.class)
        .hasMessage("the kernel has no module nvme (neither built in nor in " + dir + ")");
  }
}
