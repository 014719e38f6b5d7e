package dev.lab.server;

import dev.lab.api.model.Firmware;
import dev.lab.core.onboard.BootRequest;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the facts a boot loader sends in its query ({@code mac}, {@code uuid}, {@code buildarch},
 * {@code platform}, {@code serial}, {@code manufacturer}, {@code product}) into a {@link
 * BootRequest}. Empty values (a setting the firmware does not have) count as absent; malformed
 * ones are refused with 400.
 */
final class MachineFacts {
  private static final int MAX_TEXT = 256;
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

  private MachineFacts() {}

  /**
   * @param loader {@code ipxe} or {@code grub}
   * @param archParameter the query parameter naming the CPU architecture ({@code buildarch} for
   *     iPXE, {@code arch} for GRUB)
   */
  static BootRequest read(Context ctx, String loader, String archParameter) {
    Map<String, String> query = Query.parse(ctx.queryString());
    String mac = MacAddress.parse(query.get("mac"), "the mac parameter");
    String platform = optional(query, "platform");
    Firmware firmware = null;
    if (platform != null) {
      firmware = firmware(platform).orElseThrow(() -> ProblemException.badRequest("malformed-facts",
          "the platform parameter must be pcbios or efi (iPXE), or pc or efi (GRUB)"));
    }
    String arch = optional(query, archParameter);
    if (arch != null && !WORD.matcher(arch).matches()) {
      throw ProblemException.badRequest("malformed-facts", "the " + archParameter
          + " parameter must be a word such as x86_64 or arm64");
    }
    return new BootRequest(mac, loader, firmware, arch, optional(query, "uuid"), optional(query, "serial"),
        optional(query, "manufacturer"), optional(query, "product"));
  }

  /** @return the firmware iPXE's {@code ${platform}} or GRUB's {@code $grub_platform} names */
  static Optional<Firmware> firmware(String platform) {
    return platform.equals("pc") ? Optional.of(Firmware.BIOS) : BootRequest.firmwareOfPlatform(platform);
  }

  private static String optional(Map<String, String> query, String name) {
    String value = query.get(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw ProblemException.badRequest("malformed-facts", "the " + name + " parameter is longer than "
          + MAX_TEXT + " characters");
    }
    if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw ProblemException.badRequest("malformed-facts", "the " + name + " parameter has a control character");
    }
    return value;
  }
}
