package dev.lab.it.boot;

import dev.lab.it.qemu.Firmware;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The iPXE scripts a boot test serves, written for the iPXE that Debian ships (a 2019 snapshot:
 * no {@code params}, no {@code imgverify}, no HTTPS).
 */
public final class IpxeScripts {

  /**
   * The machine facts the bootstrap sends back, as iPXE expands each. MAC and UUID are formatted by
   * their own setting types (hex with colons, UUID); {@code :uristring} would reinterpret their
   * raw bytes as text. The other facts are strings, URI-escaped (except {@code +}, which this
   * iPXE leaves as is).
   */
  public static final Map<String, String> MACHINE_FACTS = facts();

  private static final Pattern SAFE_ARG = Pattern.compile("[A-Za-z0-9._~/:=,@+%-]+");
  private static final Pattern SAFE_URL = Pattern.compile("http://[A-Za-z0-9._~/:?=&%@+-]+");

  private IpxeScripts() {
  }

  /**
   * The bootstrap: chains to {@code scriptUrl} with the machine's facts as query parameters
   * ({@code ?mac=...&uuid=...}), then ends. A chained script's {@code exit} returns here, and the
   * {@code exit 0} after the chain hands the machine back to its firmware.
   */
  public static String bootstrap(String scriptUrl) {
    requireUrl(scriptUrl);
    StringBuilder url = new StringBuilder(scriptUrl);
    char separator = scriptUrl.contains("?") ? '&' : '?';
    for (Map.Entry<String, String> fact : MACHINE_FACTS.entrySet()) {
      url.append(separator).append(fact.getKey()).append('=').append(fact.getValue());
      separator = '&';
    }
    return "#!ipxe\n"
        + "echo Lab test bootstrap: ${platform} ${buildarch} ${mac} ${uuid}\n"
        + "chain " + url + "\n"
        + "exit 0\n";
  }

  /**
   * Boots a Linux kernel and one initrd. Under UEFI the kernel finds its initramfs only through an
   * {@code initrd=<name>} argument naming the loaded image, so it is added: the image's name is
   * the last segment of its URL.
   *
   * @param kernelArgs each a single word without spaces or iPXE's {@code $ # \ ' "} characters
   */
  public static String linux(Firmware firmware, String kernelUrl, String initrdUrl, List<String> kernelArgs) {
    requireUrl(kernelUrl);
    requireUrl(initrdUrl);
    for (String arg : kernelArgs) {
      if (!SAFE_ARG.matcher(arg).matches()) {
        throw new IllegalArgumentException("a kernel argument in a test script may not hold spaces or iPXE"
            + " syntax: '" + arg + "'");
      }
    }
    StringBuilder kernel = new StringBuilder("kernel ").append(kernelUrl);
    if (firmware == Firmware.UEFI) {
      kernel.append(" initrd=").append(initrdUrl.substring(initrdUrl.lastIndexOf('/') + 1));
    }
    kernelArgs.forEach(arg -> kernel.append(' ').append(arg));
    return "#!ipxe\n"
        + kernel + "\n"
        + "initrd " + initrdUrl + "\n"
        + "boot\n";
  }

  /**
   * Leaves the network boot for the local disk: under BIOS iPXE boots BIOS drive 0x80 itself
   * ({@code sanboot --no-describe --drive 0x80}); under UEFI it exits, and the firmware tries its
   * next boot option.
   */
  public static String localBoot(Firmware firmware) {
    return "#!ipxe\n"
        + "echo Lab test: local boot\n"
        + (firmware == Firmware.BIOS ? "sanboot --no-describe --drive 0x80\n" : "exit\n");
  }

  private static Map<String, String> facts() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("mac", "${mac}");
    facts.put("uuid", "${uuid}");
    for (String text : List.of("buildarch", "platform", "serial", "manufacturer", "product")) {
      facts.put(text, "${" + text + ":uristring}");
    }
    return Collections.unmodifiableMap(facts);
  }

  private static void requireUrl(String url) {
    if (!SAFE_URL.matcher(url).matches()) {
      throw new IllegalArgumentException("not a plain http URL for a test script: '" + url + "'");
    }
  }
}
