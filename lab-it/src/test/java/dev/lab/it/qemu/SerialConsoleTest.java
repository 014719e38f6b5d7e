package dev.lab.it.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SerialConsoleTest {

  @TempDir
  Path dir;

  @Test
  void removesTerminalControlSequences() {
    String raw = "\u001b[1;24r\u001b[4l\u001b(B\u001b)0\u001b[m\u001b[37m\u001b[40m[!!] Configure the network\r\n"
        + "\u001b[?25h\u001b=\u000eqqq\u000f Name server addresses:";

    assertThat(SerialConsole.plain(raw)).isEqualTo("[!!] Configure the network\nqqq Name server addresses:");
  }

  @Test
  void readsWhatQemuWroteSoFar() throws Exception {
    Path log = dir.resolve("serial.log");
    SerialConsole console = new SerialConsole(log);
    assertThat(console.text()).isEmpty();

    Files.write(log, "iPXE 1.0.0\r\n\u001b[0mBooting from SAN device 0x80\r\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(console.text()).isEqualTo("iPXE 1.0.0\nBooting from SAN device 0x80\n");
    assertThat(console.find(Pattern.compile("SAN device 0x[0-9a-f]+"), 0)).isEqualTo("SAN device 0x80");
  }

  @Test
  void findsOnlyAfterAMark() throws Exception {
    Path log = dir.resolve("serial.log");
    SerialConsole console = new SerialConsole(log);
    Files.writeString(log, "first boot: iPXE\n");
    int mark = console.mark();
    Files.writeString(log, "first boot: iPXE\nsecond boot: local disk\n");

    assertThat(console.find(Pattern.compile("first boot"), mark)).isNull();
    assertThat(console.find(Pattern.compile("local disk"), mark)).isEqualTo("local disk");
  }

  @Test
  void tailsTheEnd() throws Exception {
    Path log = dir.resolve("serial.log");
    Files.writeString(log, "0123456789");

    assertThat(new SerialConsole(log).tail(4)).isEqualTo("...6789");
    assertThat(new SerialConsole(log).tail(40)).isEqualTo("0123456789");
  }
}
