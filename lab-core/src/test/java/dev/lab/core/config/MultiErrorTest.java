package dev.lab.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lab directory with problems in every file reports all of them at once. */
class MultiErrorTest {
  @Test
  void reportsEveryProblemOfEveryFileTogether(@TempDir Path dir) throws Exception {
    write(dir, "lab.yaml", """
        apiVersion: lab.dev/v1
        kind: Lab
        site: multi
        server:
          url: http://lab.example:8080/
          listen: 0.0.0.0:80800
        tokens:
          fileTtl: forever
        """);
    write(dir, "images.yaml", """
        apiVersion: lab.dev/v1
        kind: Images
        images:
          - name: fedora-41
            os: fedora
            version: "41"
            architectures:
              x86_64:
                repository: https://dl.fedoraproject.org/pub/fedora/linux/releases/41/Everything/x86_64/os/
          - name: broken
            os: fedora
            version: "41"
            architectures:
              sparc64:
                kernel: broken/vmlinuz
        """);
    write(dir, "profiles/web.yaml", """
        apiVersion: lab.dev/v1
        kind: Profile
        image: fedora-41
        rootPasswordHash: secret
        packages: [nginx, "curl|sh"]
        network:
          interfaces:
            - name: eth0
              addresses: [192.0.2.10/24]
              gateway4: 192.0.3.1
        """);
    write(dir, "profiles/db.yaml", """
        apiVersion: lab.dev/v1
        kind: Profile
        image: debian-12
        """);
    write(dir, "servers/web01.yaml", """
        apiVersion: lab.dev/v1
        kind: Server
        arch: aarch64
        profile: web
        nics:
          - name: eth0
            mac: 52:54:00:00:00:01
        """);
    write(dir, "servers/web02.yaml", """
        apiVersion: lab.dev/v1
        kind: Server
        arch: x86_64
        hostname: web_02
        profile: web
        nics:
          - name: eth0
            mac: 52:54:00:00:00:01
        """);
    write(dir, "rules.yaml", """
        apiVersion: lab.dev/v1
        kind: Rules
        rules:
          - name: big
            conditions:
              cores: ">= many"
            action:
              profile: wbe
        """);

    LabLoad load = LabDirectory.load(dir);

    assertThat(load.lab()).isNull();
    assertThat(load.problems()).extracting(Diagnostic::toString).containsExactly(
        "images.yaml:14: images[1].architectures.sparc64: unknown value 'sparc64': expected x86_64, aarch64 or riscv64",
        "lab.yaml:6: server.listen: '0.0.0.0:80800' has no valid port: write a port number from 1 to 65535 after the "
            + "last ':'",
        "lab.yaml:8: tokens.fileTtl: 'forever' is not a duration: write numbers with units d, h, m and s, such as "
            + "30m, 24h or 1d12h",
        "profiles/db.yaml:3: image: no image named 'debian-12' in images.yaml",
        "profiles/web.yaml:4: rootPasswordHash: this is not a crypt(3) hash (a plain password?): Lab takes only "
            + "hashes; make one with 'mkpasswd -m yescrypt' or 'openssl passwd -6'",
        "profiles/web.yaml:5: packages[1]: 'curl|sh' is not a package name: use letters, digits, '.', '_', '+' and "
            + "'-' (a kickstart group starts with '@' or '@^')",
        "rules.yaml:6: rules[0].conditions.cores: '>= many' compares with >=, which needs a number such as 40, 500GB "
            + "or 2TiB",
        "servers/web02.yaml:4: hostname: 'web_02' is not an RFC 1123 host name: use letters, digits and '-', at most "
            + "63 characters, starting and ending with a letter or digit");
  }

  @Test
  void semanticProblemsOfValidFilesAreAllReportedToo(@TempDir Path dir) throws Exception {
    ExampleLab.write(dir);
    Files.writeString(dir.resolve("servers/k8s02.yaml"), Files.readString(dir.resolve("servers/k8s02.yaml"))
        .replace("52:54:00:20:02:01", "52:54:00:20:01:01"));
    Files.writeString(dir.resolve("servers/ci01.yaml"), Files.readString(dir.resolve("servers/ci01.yaml"))
        .replace("profile: alma-ci", "profile: xcpng-host").replace("x86_64", "aarch64"));
    Files.writeString(dir.resolve("profiles/debian-db.yaml"), Files.readString(dir.resolve("profiles/debian-db.yaml"))
        .replace("gateway4: 192.0.2.1", "gateway4: 192.0.9.1").replace("parent: eth0", "parent: eth9"));
    Files.writeString(dir.resolve("rules.yaml"), Files.readString(dir.resolve("rules.yaml"))
        .replace("image: ubuntu-24.04", "image: ubuntu-22.04"));

    LabLoad load = LabDirectory.load(dir);

    assertThat(load.problems()).extracting(Diagnostic::toString).containsExactly(
        "profiles/debian-db.yaml:27: network.interfaces[0].gateway4: 192.0.9.1 is not in the network of any address "
            + "of interface eth0 (192.0.2.20/24)",
        "profiles/debian-db.yaml:30: network.interfaces[1].parent: no ethernet or bond interface named 'eth9' in "
            + "this network (did you mean 'eth0'?)",
        "rules.yaml:19: rules[1].action.image: no image named 'ubuntu-22.04' in images.yaml (did you mean "
            + "'ubuntu-24.04'?)",
        "servers/ci01.yaml:5: firmware: bios firmware exists only on x86_64: this aarch64 server boots uefi",
        "servers/ci01.yaml:6: profile: profile xcpng-host installs image xcpng-8.3, which has no artifacts for this "
            + "aarch64 server (it has x86_64)",
        "servers/k8s02.yaml:9: nics[0].mac: 52:54:00:20:01:01 is already the MAC of server k8s01");
  }

  private static void write(Path dir, String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
