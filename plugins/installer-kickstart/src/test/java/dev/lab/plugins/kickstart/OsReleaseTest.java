package dev.lab.plugins.kickstart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OsReleaseTest {
  static OsRelease release(String family, String version) {
    return OsRelease.parse(family, version).orElseThrow();
  }

  @Test
  void readsMajorAndMinor() {
    assertThat(release("almalinux", "9.5")).isEqualTo(new OsRelease("almalinux", 9, 5));
    assertThat(release("fedora", "41")).isEqualTo(new OsRelease("fedora", 41, -1));
    assertThat(OsRelease.parse("fedora", "41-beta")).isEmpty();
  }

  @Test
  void ostreecontainerCameWithEl94() {
    assertThat(release("rhel", "9.3").hasOstreeContainer()).isFalse();
    assertThat(release("rhel", "9.4").hasOstreeContainer()).isTrue();
    assertThat(release("centos", "9").hasOstreeContainer()).isTrue();
    assertThat(release("rocky", "10.0").hasOstreeContainer()).isTrue();
    assertThat(release("fedora", "41").hasOstreeContainer()).isTrue();
  }

  @Test
  void theOpenVoxReleasePackageFollowsTheOsAndTheConfiguredRepository() {
    assertThat(release("almalinux", "9.5").openvoxReleasePackage(null))
        .isEqualTo("https://yum.voxpupuli.org/openvox8-release-el-9.noarch.rpm");
    assertThat(release("fedora", "41").openvoxReleasePackage(null))
        .isEqualTo("https://yum.voxpupuli.org/openvox8-release-fedora-41.noarch.rpm");
    assertThat(release("rhel", "10").openvoxReleasePackage("https://mirror.lab.example/openvox/"))
        .isEqualTo("https://mirror.lab.example/openvox/openvox8-release-el-10.noarch.rpm");
  }
}
