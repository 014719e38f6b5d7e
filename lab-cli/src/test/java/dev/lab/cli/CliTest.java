package dev.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lab.api.LabVersion;
import dev.lab.core.image.ImageManifest;
import dev.lab.core.image.ImageManifests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.codec.digest.Crypt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir
  Path tmp;

  Path lab;

  @BeforeEach
  void init() {
    lab = tmp.resolve("lab");
    assertThat(Cli.run("init", lab.toString()).code()).isZero();
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("init", "validate", "render", "plugins", "templates", "onboard", "status",
        "dnsmasq", "hash-password", "generate-completion", "Exit codes");
  }

  @Test
  void versionNamesLabAndJava() {
    Cli.Result r = Cli.run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("lab " + LabVersion.get() + "\nJava ");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Cli.Result r = Cli.run("frobnicate");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("Unmatched argument at index 0: 'frobnicate'");
  }

  @Test
  void initWritesAValidLabDirectory() {
    Cli.Result r = Cli.run("validate", "--lab", lab.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("is valid: 11 servers (11 rendered), 9 profiles, 7 images, 2 rules.");
  }

  @Test
  void initRefusesANonEmptyDirectory() {
    Cli.Result r = Cli.run("init", lab.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.err()).contains("is not empty: lab init writes only into an empty or new directory");
  }

  @Test
  void pluginsListShowsTheSixBuiltInPlugins() {
    Cli.Result r = Cli.run("plugins", "list", "--lab", lab.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().skip(1).map(l -> l.split("\\s+")[0]))
        .containsExactly("autoinstall", "kickstart", "preseed", "rootfs", "vyos", "xcpng");
    assertThat(r.out()).contains("built-in");
  }

  @Test
  void pluginsListAsJson() throws Exception {
    Cli.Result r = Cli.run("plugins", "list", "--lab", lab.toString(), "-o", "json");
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("plugins")).hasSize(6);
    assertThat(doc.get("plugins").get(5).get("architectures").toString()).isEqualTo("[\"x86_64\"]");
    assertThat(doc.get("refused")).isEmpty();
  }

  @Test
  void aBrokenThirdPartyJarIsListedAsRefused() throws Exception {
    Files.createDirectories(lab.resolve("plugins"));
    Files.writeString(lab.resolve("plugins/broken.jar"), "not a zip");
    Cli.Result r = Cli.run("plugins", "list", "--lab", lab.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("refused ").contains("broken.jar");
  }

  @Test
  void renderPrintsEveryFileTheServerGets() {
    Cli.Result r = Cli.run("render", "web01", "--lab", lab.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("==> ks.cfg <==", "==> enroll.sh <==", "==> boot/boot.ipxe <==",
        "==> boot/grub.cfg <==", "==> boot/summary <==", "inst.ks=http://lab.example:8080/t/preview-file-token/ks.cfg");
  }

  @Test
  void renderOutWritesTheFilesAndNothingElse() throws Exception {
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("render", "db01", "--lab", lab.toString(), "--out", out.toString());
    assertThat(r.code()).isZero();
    assertThat(out.resolve("preseed.cfg")).exists();
    assertThat(out.resolve("boot/boot.ipxe")).exists();
    assertThat(out.resolve("boot/summary.txt")).exists();
    assertThat(lab.resolve("state")).doesNotExist();
  }

  @Test
  void renderOfARootfsDeployPrintsThePlanOneNumberedLinePerAction() throws Exception {
    buildDebianRootfs();
    Cli.Result r = Cli.run("render", "web01", "--method", "rootfs", "--profile", "debian-rootfs", "--lab", lab.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("==> deploy plan (plan.json;", "deploy plan v1 for web01: x86_64, uefi",
        "  1. partition      partition              /dev/vda gpt: 1 esp 512MiB esp, 2 root rest linux",
        "stream-archive stream-rootfs          http://lab.example:8080/artifacts/images/debian-12/x86_64/rootfs.tar.zst",
        "grub-install --target=x86_64-efi --efi-directory=/boot/efi --removable --no-nvram",
        "write-file     hostname               /etc/hostname (0644, 6 bytes)",
        "==> boot/boot.ipxe <==", "lab.plan=http://lab.example:8080/t/preview-file-token/plan.json")
        .doesNotContain("\"actions\"");
  }

  @Test
  void renderOfARootfsDeployAsJsonIsExactlyThePlanTheAgentGets() throws Exception {
    buildDebianRootfs();
    Cli.Result r = Cli.run("render", "web01", "--profile", "debian-rootfs", "--lab", lab.toString(), "-o", "json");
    assertThat(r.code()).isZero();
    JsonNode plan = new ObjectMapper().readTree(r.out());
    assertThat(plan.get("version").asInt()).isEqualTo(1);
    assertThat(plan.get("server").asText()).isEqualTo("web01");
    assertThat(plan.get("firmware").asText()).isEqualTo("uefi");
    assertThat(plan.get("actions").get(0).get("type").asText()).isEqualTo("partition");
    assertThat(plan.get("actions").get(plan.get("actions").size() - 1).get("type").asText()).isEqualTo("reboot");
    Path out = tmp.resolve("plan-out");
    Cli.run("render", "web01", "--profile", "debian-rootfs", "--lab", lab.toString(), "--out", out.toString());
    assertThat(r.out()).isEqualTo(Files.readString(out.resolve("plan.json")));
  }

  @Test
  void renderAsJsonCarriesTheKernelArgumentsAsData() throws Exception {
    Cli.Result r = Cli.run("render", "k8s01", "--lab", lab.toString(), "-o", "json");
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("plugin").asText()).isEqualTo("autoinstall");
    assertThat(doc.get("arch").asText()).isEqualTo("aarch64");
    assertThat(doc.at("/boot/kernelArgs").toString()).contains("{\"key\":\"ds\",\"value\":\"nocloud-net;s=");
  }

  @Test
  void renderOfAnAarch64ServerWithTheXcpngProfileNamesServerProfileAndReason() {
    Cli.Result r = Cli.run("render", "web02", "--profile", "xcpng-host", "--lab", lab.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.err()).contains("server web02 (aarch64) cannot be installed with profile xcpng-host: image xcpng-8.3 provides [x86_64] only");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aTemplateOverrideInTheLabDirectoryChangesTheOutput() throws Exception {
    assertThat(Cli.run("templates", "eject", "preseed", "--lab", lab.toString()).code()).isZero();
    Path template = lab.resolve("templates/preseed/preseed.cfg.ftl");
    Files.writeString(template, Files.readString(template) + "# site: ${lab.version}\n");
    Cli.Result r = Cli.run("render", "db01", "--lab", lab.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("# site: " + LabVersion.get());
  }

  @Test
  void aMissingTemplateVariableNamesTemplateLineAndVariable() throws Exception {
    assertThat(Cli.run("templates", "eject", "preseed", "--lab", lab.toString()).code()).isZero();
    Path template = lab.resolve("templates/preseed/preseed.cfg.ftl");
    String text = Files.readString(template);
    long line = text.lines().count() + 1;
    Files.writeString(template, text + "# ${nosuchvariable}\n");
    Cli.Result r = Cli.run("render", "db01", "--lab", lab.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err()).contains("template preseed/preseed.cfg.ftl, line " + line + ": variable 'nosuchvariable' is missing");
  }

  @Test
  void ejectRefusesToOverwriteWithoutForce() {
    assertThat(Cli.run("templates", "eject", "kickstart", "--lab", lab.toString()).code()).isZero();
    Cli.Result again = Cli.run("templates", "eject", "kickstart", "--lab", lab.toString());
    assertThat(again.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(again.err()).contains("--force overwrites");
    assertThat(Cli.run("templates", "eject", "kickstart", "--force", "--lab", lab.toString()).code()).isZero();
  }

  @Test
  void validateReportsEveryProblemWithFileLineAndProperty() throws Exception {
    Path server = lab.resolve("servers/web01.yaml");
    Files.writeString(server, Files.readString(server).replace("52:54:00:10:01:01", "52:54:00:zz:01:01"));
    Cli.Result r = Cli.run("validate", "--lab", lab.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.err()).containsPattern("servers/web01\\.yaml:\\d+: nics\\[0\\]\\.mac: ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void hashPasswordReadsStandardInputAndPrintsASha512CryptHash() {
    Cli.Result r = Cli.runWithInput("correct horse\n", "hash-password");
    assertThat(r.code()).isZero();
    String hash = r.out().strip();
    assertThat(hash).startsWith("$6$");
    assertThat(Crypt.crypt("correct horse", hash)).isEqualTo(hash);
    assertThat(Cli.runWithInput("", "hash-password").code()).isEqualTo(ExitCode.INVALID_INPUT);
  }

  @Test
  void dnsmasqPrintsAProxyConfigurationForTheLabsUrl() {
    Cli.Result r = Cli.run("dnsmasq", "--network", "192.0.2.0", "--lab", lab.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("dhcp-boot=tag:ipxe,http://lab.example:8080/boot.ipxe");
    assertThat(Cli.run("dnsmasq", "--network", "999.0.2.0", "--lab", lab.toString()).code())
        .isEqualTo(ExitCode.INVALID_INPUT);
  }

  @Test
  void onboardStoresAnApprovalThatStatusShows() {
    Cli.Result dry = Cli.run("onboard", "db01", "--dry-run", "--lab", lab.toString());
    assertThat(dry.code()).isZero();
    assertThat(dry.out()).startsWith("Would approve db01").contains("Nothing was stored.");
    Cli.Result r = Cli.run("onboard", "db01", "--lab", lab.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Approved db01: profile debian-db").doesNotContainPattern("/t/[A-Za-z0-9_-]{43}/");
    Cli.Result status = Cli.run("status", "--lab", lab.toString());
    assertThat(status.out()).containsPattern("db01\\s+approved\\s+debian-db");
    assertThat(Cli.run("status", "db01", "--lab", lab.toString()).out()).contains("state", "approved");
  }

  @Test
  void completionScriptIsGenerated() {
    Cli.Result r = Cli.run("generate-completion");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("complete -F");
  }

  /** What `lab image build debian-12` leaves: the archive and its manifest, which the catalog registers. */
  private void buildDebianRootfs() throws Exception {
    Path built = lab.resolve("artifacts/images/debian-12/x86_64");
    Files.createDirectories(built);
    Files.writeString(built.resolve("rootfs.tar.zst"), "archive");
    ImageManifests.write(new ImageManifest("debian-12", "debian", "12", "x86_64", "0123456789abcdef".repeat(4), 7,
        "zstd", List.of(), "2026-11-22T07:00:00Z", "debootstrap 1.0.128"), built.resolve("manifest.json"));
  }
}
