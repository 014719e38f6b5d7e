package dev.lab.core.state;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The state store's contract on the embedded engine: SQLite in a lab directory's state folder. */
class SqliteStateStoreTest extends StateStoreContract {
  @TempDir
  Path dir;

  @Override
  JdbcStateStore open() {
    return JdbcStateStore.embedded(dir.resolve("state"));
  }

  /** The whole database file, write-ahead log included, read as bytes. */
  @Override
  String storedTokens(JdbcStateStore store) throws Exception {
    StringBuilder all = new StringBuilder();
    try (var files = Files.list(dir.resolve("state"))) {
      for (Path f : files.toList()) {
        all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
      }
    }
    return all.toString();
  }
}
