package dev.lab.core.boot;

import dev.lab.api.model.BootKind;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.KernelArg;

/** Checks of a boot spec that do not depend on the loader. */
final class BootSpecs {
  private BootSpecs() {}

  /**
   * Checks that a spec is of the kind a template renders and, for Linux, that its arguments leave
   * {@code initrd=} to Lab: loaders read it as their own list of files to load.
   */
  static void requireKind(BootSpec spec, BootKind kind) {
    if (spec.kind() != kind) {
      throw new IllegalArgumentException("expected a " + kind + " boot spec, got " + spec.kind());
    }
    if (kind == BootKind.LINUX) {
      for (KernelArg arg : spec.kernelArgs()) {
        if (arg.key().equals("initrd")) {
          throw new IllegalArgumentException("the kernel argument " + LoaderWords.show(arg.toString())
              + " is written by Lab from the boot spec's initrds: list the file as an initrd instead");
        }
      }
    }
  }
}
