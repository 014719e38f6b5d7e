package dev.lab.plugins.kickstart;

import dev.lab.api.model.KernelArg;
import dev.lab.api.model.Profile;
import java.util.ArrayList;
import java.util.List;

/** The kernel arguments a profile adds to the installer and to the installed system. */
final class KernelArgs {
  private KernelArgs() {}

  /** @return the serial console (when set), then the profile's own arguments */
  static List<KernelArg> ofProfile(Profile profile) {
    List<KernelArg> args = new ArrayList<>();
    if (profile.serialConsole() != null) {
      args.add(KernelArg.of("console", profile.serialConsole()));
    }
    args.addAll(profile.kernelArgs());
    return args;
  }

  /**
   * @return the installed system's extra arguments joined for {@code bootloader --append}, or null
   *     when there are none; validation keeps blanks and quotes out of every key and value
   */
  static String installedAppend(Profile profile) {
    List<KernelArg> args = ofProfile(profile);
    if (args.isEmpty()) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (KernelArg arg : args) {
      words.add(arg.value() == null ? arg.key() : arg.key() + "=" + arg.value());
    }
    return String.join(" ", words);
  }
}
