package dev.lab.plugins.xcpng.answerfile;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/**
 * The {@code <installation>} document: a fresh install, a re-install or an upgrade. Which elements
 * are set depends on the mode: a fresh install or re-install sets the disks, the management
 * interface and the host settings; an upgrade only names the existing installation (it keeps the
 * host's settings). Unset elements (null) are not written.
 */
@XmlRootElement(name = "installation")
@XmlType(propOrder = {"primaryDisk", "guestDisks", "existingInstallation", "keymap", "rootPassword",
    "source", "adminInterface", "nameServers", "hostname", "timezone", "ntp", "ntpServers",
    "networkBackend", "scripts"})
public final class Installation {
  @XmlAttribute(name = "mode")
  private String mode;
  @XmlAttribute(name = "sr-type")
  private String srType;

  @XmlElement(name = "primary-disk")
  private PrimaryDisk primaryDisk;
  @XmlElementWrapper(name = "guest-disks")
  @XmlElement(name = "guest-disk")
  private List<String> guestDisks;
  @XmlElement(name = "existing-installation")
  private String existingInstallation;
  @XmlElement(name = "keymap")
  private String keymap;
  @XmlElement(name = "root-password")
  private RootPassword rootPassword;
  @XmlElement(name = "source")
  private Source source;
  @XmlElement(name = "admin-interface")
  private AdminInterface adminInterface;
  @XmlElement(name = "name-server")
  private List<String> nameServers;
  @XmlElement(name = "hostname")
  private String hostname;
  @XmlElement(name = "timezone")
  private String timezone;
  @XmlElement(name = "ntp")
  private Ntp ntp;
  @XmlElement(name = "ntp-server")
  private List<String> ntpServers;
  @XmlElement(name = "network-backend")
  private String networkBackend;
  @XmlElement(name = "script")
  private List<Script> scripts;

  /** For Jakarta XML Binding only. */
  Installation() {}

  private Installation(String mode, Source source, List<Script> scripts) {
    this.mode = mode;
    this.source = source;
    this.scripts = scripts.isEmpty() ? null : List.copyOf(scripts);
  }

  /**
   * A fresh install ({@code mode="fresh"}) or a re-install that backs the existing installation up
   * first ({@code mode="reinstall"}).
   *
   * @param mode {@code fresh} or {@code reinstall}
   * @param srType {@code lvm} or {@code ext}; null for the installer's default
   * @param disks the primary disk and the guest disks
   * @param host the host settings
   * @param source where to install from
   * @param scripts the scripts to run, in order
   */
  public static Installation fresh(String mode, String srType, Disks disks, HostSettings host,
      Source source, List<Script> scripts) {
    Installation i = new Installation(mode, source, scripts);
    i.srType = srType;
    i.primaryDisk = disks.primary();
    i.guestDisks = disks.guests().isEmpty() ? null : List.copyOf(disks.guests());
    i.keymap = host.keymap();
    i.rootPassword = host.rootPassword();
    i.adminInterface = host.adminInterface();
    i.nameServers = host.nameServers().isEmpty() ? null : List.copyOf(host.nameServers());
    i.hostname = host.hostname();
    i.timezone = host.timezone();
    i.ntp = host.ntp();
    i.ntpServers = host.ntpServers().isEmpty() ? null : List.copyOf(host.ntpServers());
    i.networkBackend = host.networkBackend();
    return i;
  }

  /**
   * An upgrade of the installation on a disk ({@code mode="upgrade"}); it keeps the host's settings.
   *
   * @param existingInstallation the disk holding the installation to upgrade
   * @param source where to install from
   * @param scripts the scripts to run, in order
   */
  public static Installation upgrade(String existingInstallation, Source source, List<Script> scripts) {
    Installation i = new Installation("upgrade", source, scripts);
    i.existingInstallation = existingInstallation;
    return i;
  }

  /**
   * The disks of a fresh install.
   *
   * @param primary the disk dom0 is installed on
   * @param guests further disks for the local storage repository
   */
  public record Disks(PrimaryDisk primary, List<String> guests) {}

  /**
   * The host settings of a fresh install.
   *
   * @param keymap the console keymap
   * @param rootPassword the root password
   * @param adminInterface the management interface
   * @param nameServers DNS servers, possibly none
   * @param hostname the host name (a fully qualified name sets the DNS search domain too)
   * @param timezone the time zone
   * @param ntp where NTP servers come from
   * @param ntpServers the NTP servers when {@code ntp} is manual, else none
   * @param networkBackend {@code openvswitch} or {@code bridge}
   */
  public record HostSettings(String keymap, RootPassword rootPassword, AdminInterface adminInterface,
      List<String> nameServers, String hostname, String timezone, Ntp ntp, List<String> ntpServers,
      String networkBackend) {}
}
