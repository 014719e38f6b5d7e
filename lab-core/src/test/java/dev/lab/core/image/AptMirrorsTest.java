package dev.lab.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AptMirrorsTest {
  @Test
  void readsTheDeb822SourcesOfDebian12(@TempDir Path apt) throws Exception {
    Files.createDirectories(apt.resolve("sources.list.d"));
    Files.writeString(apt.resolve("sources.list.d/debian.sources"), """
        Types: deb-src
        URIs: http://src.example/debian
        Suites: bookworm

        Types: deb
        URIs: http://mirror.example/debian/
        Suites: bookworm bookworm-updates
        Components: main
        Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

        Types: deb
        URIs: http://deb.debian.org/debian-security
        Suites: bookworm-security
        """);
    assertThat(AptMirrors.debian(apt)).contains("http://mirror.example/debian");
  }

  @Test
  void readsAOneLineSourcesListWithOptions(@TempDir Path apt) throws Exception {
    Files.writeString(apt.resolve("sources.list"), """
        # deb http://commented.example/debian bookworm main
        deb http://security.debian.org/debian-security bookworm-security main
        deb [arch=amd64 signed-by=/k.gpg] https://ftp.example.org/debian bookworm main
        """);
    assertThat(AptMirrors.debian(apt)).contains("https://ftp.example.org/debian");
  }

  @Test
  void noDebianSourceFindsNothing(@TempDir Path apt) throws Exception {
    Files.writeString(apt.resolve("sources.list"), "deb http://archive.ubuntu.com/ubuntu noble main\n");
    assertThat(AptMirrors.debian(apt)).isEmpty();
    assertThat(AptMirrors.debian(apt.resolve("missing"))).isEmpty();
  }
}
