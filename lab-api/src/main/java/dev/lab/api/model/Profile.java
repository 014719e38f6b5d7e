package dev.lab.api.model;

import java.util.List;
import java.util.Map;

/**
 * What a machine gets: an image, an install method, a disk layout, network, users, packages and
 * labels. This is the resolved profile: any {@code extends} chain has been merged.
 *
 * @param name the profile's name
 * @param image the image catalog entry to install
 * @param method the install method
 * @param disk the disk layout
 * @param network the network configuration when the profile sets one (servers may override);
 *     nullable
 * @param rootPasswordHash the root password as a crypt(3) hash; nullable for a locked root
 * @param users login users
 * @param packages extra packages to install
 * @param locale the locale, for example {@code en_US.UTF-8}
 * @param keyboard the keyboard layout, for example {@code us}
 * @param timezone the time zone, for example {@code Etc/UTC}
 * @param ntpServers NTP servers; empty to use the OS default
 * @param labels labels given to every machine installed with this profile
 * @param kernelArgs extra kernel arguments for the installer and the installed system
 * @param serialConsole a serial console such as {@code ttyS0,115200}; nullable for none
 * @param enrollment OpenVox/Puppet enrollment
 * @param options plugin-specific options, checked by the plugin
 */
@Doc("A profile: what a machine gets when it is onboarded with it.")
public record Profile(
    @Doc(value = "Profile name.", required = true, example = "web") String name,
    @Doc(value = "Image catalog entry to install.", required = true, example = "fedora-41") String image,
    @Doc(value = "native (the OS installer) or rootfs (Lab's agent).", defaultValue = "native")
        InstallMethod method,
    @Doc("Target disk and layout.") DiskLayout disk,
    @Doc("Network configuration; a server's own network wins.") Network network,
    @Doc("Root password as a crypt(3) hash; root is locked when absent.") String rootPasswordHash,
    @Doc("Login users.") List<User> users,
    @Doc(value = "Extra packages.", example = "[vim, htop]") List<String> packages,
    @Doc(value = "Locale.", defaultValue = "en_US.UTF-8") String locale,
    @Doc(value = "Keyboard layout.", defaultValue = "us") String keyboard,
    @Doc(value = "Time zone.", defaultValue = "Etc/UTC") String timezone,
    @Doc(value = "NTP servers.", example = "[pool.ntp.org]") List<String> ntpServers,
    @Doc(value = "Labels for every machine with this profile.", example = "[web, production]")
        List<String> labels,
    @Doc("Extra kernel arguments.") List<KernelArg> kernelArgs,
    @Doc(value = "Serial console for installer and installed system.", example = "ttyS0,115200")
        String serialConsole,
    @Doc("OpenVox/Puppet enrollment.") Enrollment enrollment,
    @Doc("Plugin-specific options (see each plugin's documentation).") Map<String, String> options) {

  public Profile {
    method = method == null ? InstallMethod.NATIVE : method;
    disk = disk == null ? DiskLayout.automatic() : disk;
    users = users == null ? List.of() : List.copyOf(users);
    packages = packages == null ? List.of() : List.copyOf(packages);
    locale = locale == null ? "en_US.UTF-8" : locale;
    keyboard = keyboard == null ? "us" : keyboard;
    timezone = timezone == null ? "Etc/UTC" : timezone;
    ntpServers = ntpServers == null ? List.of() : List.copyOf(ntpServers);
    labels = labels == null ? List.of() : List.copyOf(labels);
    kernelArgs = kernelArgs == null ? List.of() : List.copyOf(kernelArgs);
    enrollment = enrollment == null ? Enrollment.defaults() : enrollment;
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  /** @return the same profile with another install method */
  public Profile withMethod(InstallMethod newMethod) {
    return new Profile(name, image, newMethod, disk, network, rootPasswordHash, users, packages, locale,
        keyboard, timezone, ntpServers, labels, kernelArgs, serialConsole, enrollment, options);
  }

  /** @return the plugin option, or the default when unset */
  public String option(String key, String defaultValue) {
    return options.getOrDefault(key, defaultValue);
  }
}
