package dev.lab.core.image;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads the packages installed in a tree from its {@code var/lib/dpkg/status}. */
public final class DpkgStatus {
  private DpkgStatus() {}

  /**
   * @param status the text of a dpkg status file
   * @return the installed packages (status {@code install ok installed}), by name
   */
  public static List<PackageVersion> installed(String status) {
    List<PackageVersion> result = new ArrayList<>();
    for (String stanza : status.split("\\n\\s*\\n")) {
      String name = null;
      String version = null;
      String state = null;
      for (String line : stanza.split("\\n")) {
        if (line.startsWith("Package:")) {
          name = line.substring(8).trim();
        } else if (line.startsWith("Version:")) {
          version = line.substring(8).trim();
        } else if (line.startsWith("Status:")) {
          state = line.substring(7).trim();
        }
      }
      if (name != null && version != null && "install ok installed".equals(state)) {
        result.add(new PackageVersion(name, version));
      }
    }
    result.sort(Comparator.comparing(PackageVersion::name));
    return List.copyOf(result);
  }
}
