package dev.lab.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DpkgStatusTest {
  @Test
  void listsInstalledPackagesByName() {
    String status = """
        Package: zstd
        Status: install ok installed
        Priority: optional
        Version: 1.5.4+dfsg2-5
        Description: fast lossless compression
         Version: a continuation line is not a field

        Package: removed-one
        Status: deinstall ok config-files
        Version: 1.0

        Package: bash
        Essential: yes
        Status: install ok installed
        Version: 5.2.15-2+b7
        """;
    assertThat(DpkgStatus.installed(status)).containsExactly(new PackageVersion("bash", "5.2.15-2+b7"),
        new PackageVersion("zstd", "1.5.4+dfsg2-5"));
  }

  @Test
  void anEmptyStatusHasNoPackages() {
    assertThat(DpkgStatus.installed("")).isEmpty();
  }
}
