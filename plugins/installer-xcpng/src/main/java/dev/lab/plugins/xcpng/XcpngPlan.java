package dev.lab.plugins.xcpng;

import dev.lab.api.Problem;
import dev.lab.api.UnsupportedConfigException;
import dev.lab.api.model.InstallConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the plugin decided about one installation, resolved once from the configuration and
 * used by the answer file, the scripts and the boot spec alike, so they cannot disagree.
 *
 * @param config the configuration
 * @param options the plugin options
 * @param management the management interface
 * @param primaryDisk the disk dom0 is installed on (the upgraded or restored disk for those modes);
 *     null only for a restore that lets the installer find the backup
 * @param ntpSource {@code manual}, {@code dhcp} or {@code default}
 * @param serial the serial console; null for none
 */
record XcpngPlan(InstallConfig config, XcpngOptions options, ManagementInterface management,
    String primaryDisk, String ntpSource, SerialConsole serial) {

  /**
   * Resolves the plan, adding every problem found.
   *
   * @return the plan, or null when a problem prevents it
   */
  static XcpngPlan resolve(InstallConfig config, List<Problem> problems) {
    int before = problems.size();
    ImageChecks.check(config, problems);
    XcpngOptions options = XcpngOptions.read(config.profile().options(), problems);
    String primaryDisk = HostChecks.primaryDisk(config, options, problems);
    ManagementInterface management =
        ManagementInterface.resolve(config, options.adminInterfaceBy(), problems).orElse(null);
    ManagementInterface.checkDns(config, problems);
    String ntp = HostChecks.ntpSource(config, options, management, problems);
    HostChecks.check(config, options, problems);
    SerialConsole serial = HostChecks.serial(config, problems);
    EnrollmentChecks.check(config, problems);
    if (problems.size() != before) {
      return null;
    }
    return new XcpngPlan(config, options, management, primaryDisk, ntp, serial);
  }

  /**
   * @return whether the host enrolls into OpenVox at its first boot: enrollment is on, and the mode
   *     runs the filesystem-populated stage that schedules it (a restore does not)
   */
  boolean enrolls() {
    return config.enrollment() != null && options.mode() != XcpngOptions.Mode.RESTORE;
  }

  /**
   * @return the plan of a configuration {@code validate} accepted
   * @throws UnsupportedConfigException with the problems when it has any after all
   */
  static XcpngPlan require(InstallConfig config) {
    List<Problem> problems = new ArrayList<>();
    XcpngPlan plan = resolve(config, problems);
    if (plan == null) {
      throw new UnsupportedConfigException(problems);
    }
    return plan;
  }
}
