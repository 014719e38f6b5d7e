package dev.lab.core.agent;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An architecture the agent OS is built for, with the Debian names that go with it.
 */
public enum AgentArch {
  X86_64("x86_64", "amd64", "x86_64-linux-gnu", "linux-image-amd64",
      List.of("grub-pc-bin", "grub-efi-amd64-bin")),
  AARCH64("aarch64", "arm64", "aarch64-linux-gnu", "linux-image-arm64", List.of("grub-efi-arm64-bin"));

  private final String labName;
  private final String debianArch;
  private final String triplet;
  private final String kernelPackage;
  private final List<String> grubPackages;

  AgentArch(String labName, String debianArch, String triplet, String kernelPackage, List<String> grubPackages) {
    this.labName = labName;
    this.debianArch = debianArch;
    this.triplet = triplet;
    this.kernelPackage = kernelPackage;
    this.grubPackages = grubPackages;
  }

  /** @return Lab's name, used in artifact paths: {@code x86_64} or {@code aarch64} */
  public String labName() {
    return labName;
  }

  /** @return Debian's architecture name ({@code amd64}, {@code arm64}) */
  public String debianArch() {
    return debianArch;
  }

  /** @return the multiarch triplet, the library directory name */
  public String triplet() {
    return triplet;
  }

  /** @return the meta package naming the current kernel image */
  public String kernelPackage() {
    return kernelPackage;
  }

  /** @return the GRUB binary packages for this architecture's firmwares */
  public List<String> grubPackages() {
    return grubPackages;
  }

  /**
   * @param name Lab's name of an architecture
   * @return the architecture
   * @throws IllegalArgumentException naming the supported ones when {@code name} is not one
   */
  public static AgentArch of(String name) {
    for (AgentArch a : values()) {
      if (a.labName.equals(name.toLowerCase(Locale.ROOT))) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown architecture '" + name + "': the agent is built for "
        + Arrays.stream(values()).map(AgentArch::labName).collect(Collectors.joining(" or ")));
  }
}
