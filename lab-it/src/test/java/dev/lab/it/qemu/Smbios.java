package dev.lab.it.qemu;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SMBIOS type 1 (system) strings a VM reports; iPXE exposes them as {@code ${manufacturer}},
 * {@code ${product}} and {@code ${serial}}.
 *
 * @param manufacturer the system manufacturer
 * @param product the product name
 * @param serial the serial number
 */
public record Smbios(String manufacturer, String product, String serial) {

  /** Printable ASCII without the comma, which QEMU's option syntax would split on. */
  private static final Pattern SAFE = Pattern.compile("[ -+\\--~]{1,64}");

  /** Checks each string. */
  public Smbios {
    check("manufacturer", manufacturer);
    check("product", product);
    check("serial", serial);
  }

  /** The value of QEMU's {@code -smbios} option. */
  String qemuOption() {
    return "type=1,manufacturer=" + manufacturer + ",product=" + product + ",serial=" + serial;
  }

  private static void check(String field, String value) {
    Objects.requireNonNull(value, field);
    if (!SAFE.matcher(value).matches()) {
      throw new IllegalArgumentException("SMBIOS " + field + " must be 1 to 64 printable ASCII characters"
          + " without a comma: '" + value + "'");
    }
  }
}
