package dev.lab.plugins.xcpng;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xmlunit.assertj3.XmlAssert;

/**
 * Re-install, upgrade and restore: written only when {@code xcpng.mode} asks for them, each with the
 * elements the installer reads in that mode and no others.
 */
class ModesTest {
  private static final String FILES = "http://lab.example:8080/t/preview-file-token/";
  private static final String SCRIPTS =
      "<script stage=\"filesystem-populated\" type=\"url\">" + FILES + "filesystem-populated.sh</script>"
      + "<script stage=\"installation-complete\" type=\"url\">" + FILES + "installation-complete.sh</script>";

  private static Map<String, String> render(String mode) {
    return GoldenCases.render(new TestConfig().option(XcpngOptions.MODE, mode).build());
  }

  @Test
  void freshIsTheDefault() {
    XmlAssert.assertThat(GoldenCases.render(new TestConfig().build()).get(XcpngPlugin.ANSWER_FILE))
        .valueByXPath("/installation/@mode").isEqualTo("fresh");
  }

  @Test
  void reinstallIsAFreshInstallThatBacksUpFirst() {
    String fresh = GoldenCases.render(new TestConfig().build()).get(XcpngPlugin.ANSWER_FILE);
    String reinstall = render("reinstall").get(XcpngPlugin.ANSWER_FILE);
    XmlAssert.assertThat(reinstall).and(fresh.replace("mode=\"fresh\"", "mode=\"reinstall\""))
        .ignoreWhitespace().ignoreComments().areIdentical();
  }

  @Test
  void upgradeNamesTheInstallationAndKeepsTheHostsSettings() {
    XmlAssert.assertThat(render("upgrade").get(XcpngPlugin.ANSWER_FILE)).and("<installation mode=\"upgrade\">"
        + "<existing-installation>sda</existing-installation>"
        + "<source type=\"url\">http://mirror.lab.example/xcp-ng/8.3/</source>" + SCRIPTS + "</installation>")
        .ignoreWhitespace().ignoreComments().areIdentical();
  }

  @Test
  void restoreRunsNoFilesystemPopulatedStage() {
    Map<String, String> files = render("restore");
    XmlAssert.assertThat(files.get(XcpngPlugin.ANSWER_FILE)).and("<restore><backup-disk>sda</backup-disk>"
        + "<script stage=\"installation-complete\" type=\"url\">" + FILES + "installation-complete.sh</script>"
        + "</restore>").ignoreWhitespace().ignoreComments().areIdentical();
    assertThat(files).containsOnlyKeys(XcpngPlugin.ANSWER_FILE, StageScripts.INSTALLATION_COMPLETE, "boot.txt");
  }

  @Test
  void restoreWithoutADiskLetsTheInstallerFindTheBackup() {
    TestConfig c = new TestConfig().option(XcpngOptions.MODE, "restore");
    c.device = null;
    XmlAssert.assertThat(GoldenCases.render(c.build()).get(XcpngPlugin.ANSWER_FILE))
        .nodesByXPath("/restore/backup-disk").doNotExist();
  }
}
