package dev.lab.api.model;

import java.util.List;
import java.util.Objects;

/**
 * How to network-boot one installation, as data. The host renders it for iPXE, GRUB and pxelinux.
 *
 * @param kind Linux or multiboot
 * @param kernel the kernel (for multiboot: the multiboot kernel, such as Xen)
 * @param kernelArgs the kernel's arguments
 * @param initrds for Linux, the initrds in load order
 * @param modules for multiboot, the modules in load order
 */
public record BootSpec(
    BootKind kind, BootFile kernel, List<KernelArg> kernelArgs, List<BootFile> initrds,
    List<BootModule> modules) {

  public BootSpec {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(kernel, "kernel");
    kernelArgs = kernelArgs == null ? List.of() : List.copyOf(kernelArgs);
    initrds = initrds == null ? List.of() : List.copyOf(initrds);
    modules = modules == null ? List.of() : List.copyOf(modules);
    if (kind == BootKind.LINUX && !modules.isEmpty()) {
      throw new IllegalArgumentException("a Linux boot spec has initrds, not modules");
    }
    if (kind == BootKind.MULTIBOOT && !initrds.isEmpty()) {
      throw new IllegalArgumentException("a multiboot boot spec has modules, not initrds");
    }
  }

  public static BootSpec linux(BootFile kernel, List<BootFile> initrds, List<KernelArg> args) {
    return new BootSpec(BootKind.LINUX, kernel, args, initrds, List.of());
  }

  public static BootSpec multiboot(BootFile kernel, List<KernelArg> args, List<BootModule> modules) {
    return new BootSpec(BootKind.MULTIBOOT, kernel, args, List.of(), modules);
  }
}
