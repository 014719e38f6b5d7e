package dev.lab.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.core.onboard.Approval;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No token (files, enrollment, operator) ever reaches the log, whatever the request. */
class LogSecrecyTest {
  @TempDir
  Path dir;

  @Test
  void tokensNeverReachTheLog() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    String files;
    String enrollment;
    try (LabFixture lab = LabFixture.start(dir)) {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Approval approval = lab.approve("db01");
      files = LabFixture.filesToken(approval);
      enrollment = approval.render().config().enrollment().token();
      Http http = lab.http;
      http.get("/ipxe?mac=52:54:00:30:01:01&platform=efi");
      http.get("/t/" + files + "/preseed.cfg");
      http.get("/t/" + files + "/nosuch");
      http.get("/t/" + enrollment + "/preseed.cfg");
      http.get("//t/" + files + "/preseed.cfg");
      http.get("/x/" + files);
      http.post("/t/" + files + "/events", "{\"type\":\"install-started\",\"message\":\"" + files + "\"}");
      http.post("/t/" + files + "/events", "not json " + files);
      http.post("/t/" + files + "/events", new byte[70_000]);
      http.post("/t/" + files + "/done", "");
      http.post("/t/" + files + "/done", "");
      http.get("/api/v1/servers", "Authorization", "Bearer " + LabFixture.OPERATOR_TOKEN);
      http.get("/api/v1/servers", "Authorization", "Bearer " + files);
      http.post("/api/v1/onboardings", "{\"server\":\"db01\",\"dryRun\":true}",
          "Authorization", "Bearer " + LabFixture.OPERATOR_TOKEN);
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("GET /t/***/preseed.cfg 200").contains("POST /t/***/done 200")
        .contains("POST /t/***/done 404");
    assertThat(log).doesNotContain(files).doesNotContain(enrollment).doesNotContain(LabFixture.OPERATOR_TOKEN);
  }
}
