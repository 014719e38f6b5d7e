package dev.lab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.Sha2Crypt;
import picocli.CommandLine.Command;

/**
 * {@code lab hash-password}: reads a plaintext password from standard input and prints its
 * SHA-512 crypt(3) hash, the only form Lab accepts in profiles.
 */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
    description = {"Read a password from standard input (first line) and print its SHA-512 crypt hash",
        "for passwordHash / rootPasswordHash. The password never appears on the command line."})
final class HashPasswordCommand extends BaseCommand {
  @Override
  public Integer call() throws IOException {
    String line = new BufferedReader(new InputStreamReader(environment().stdin(), StandardCharsets.UTF_8)).readLine();
    if (line == null || line.isEmpty()) {
      throw UserError.invalid("no password on standard input (example: printf '%s\\n' \"$PW\" | lab hash-password)");
    }
    out().println(Sha2Crypt.sha512Crypt(line.getBytes(StandardCharsets.UTF_8)));
    return ExitCode.OK;
  }
}
