package dev.lab.core.ssh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a machine's facts and OS with one fixed, read-only POSIX sh script (streamed over
 * standard input; nothing of it comes from user input), and parses what it prints: {@code uname
 * -m}, /proc/cpuinfo, /proc/meminfo, {@code lsblk -J -b}, /dev/disk/by-id, /sys/class/net,
 * /sys/firmware/efi, /sys/class/dmi/id, {@code ipmitool lan print} when installed, and
 * /etc/os-release.
 */
final class FactsProbe {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MARK = "@@lab:";

  /** The probe. Sections start with a marker line; missing tools leave a section empty. */
  static final String SCRIPT = """
      export LC_ALL=C
      echo '@@lab:arch'; uname -m
      echo '@@lab:cpuinfo'; cat /proc/cpuinfo
      echo '@@lab:meminfo'; cat /proc/meminfo
      echo '@@lab:lsblk'; lsblk -J -b -d -o NAME,PATH,SIZE,ROTA,TYPE,MODEL,SERIAL,TRAN 2>/dev/null
      echo '@@lab:byid'
      for l in /dev/disk/by-id/*; do [ -L "$l" ] && printf '%s %s\\n' "$l" "$(readlink -f "$l")"; done
      echo '@@lab:nics'
      for n in /sys/class/net/*; do
        i=${n##*/}
        [ "$i" = lo ] && continue
        d=; [ -e "$n/device/driver" ] && d=$(basename "$(readlink -f "$n/device/driver")")
        printf '%s|%s|%s|%s|%s\\n' "$i" "$(cat "$n/address" 2>/dev/null)" "$d" \\
          "$(cat "$n/speed" 2>/dev/null)" "$(cat "$n/carrier" 2>/dev/null)"
      done
      echo '@@lab:firmware'; if [ -d /sys/firmware/efi ]; then echo uefi; else echo bios; fi
      echo '@@lab:dmi'
      for f in sys_vendor product_name product_serial product_uuid; do
        printf '%s=%s\\n' "$f" "$(cat /sys/class/dmi/id/$f 2>/dev/null)"
      done
      echo '@@lab:bmc'; if command -v ipmitool >/dev/null 2>&1; then ipmitool lan print 2>/dev/null; fi
      echo '@@lab:uid'; id -u
      echo '@@lab:sudo'; if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then echo yes; fi
      echo '@@lab:os-release'; cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release
      exit 0
      """;

  /**
   * What the probe found.
   *
   * @param facts the hardware facts
   * @param os the OS
   * @param root whether the login user is root
   * @param sudo whether the login user may run sudo without a password
   */
  record Found(HostFacts facts, OsRelease os, boolean root, boolean sudo) {}

  private FactsProbe() {}

  /**
   * @param output what {@link #SCRIPT} printed
   * @throws SshFailure when the output lacks the parts every Linux system has
   */
  static Found parse(String output) {
    Map<String, String> sections = sections(output);
    String arch = sections.getOrDefault("arch", "").strip();
    if (arch.isEmpty() || !sections.containsKey("os-release")) {
      throw new SshFailure("the machine did not answer the facts probe as a Linux system does (no uname -m "
          + "or /etc/os-release)");
    }
    List<HostFacts.NicFacts> nics = nics(sections.getOrDefault("nics", ""));
    String mac = nics.stream().filter(HostFacts.NicFacts::link).map(HostFacts.NicFacts::mac).findFirst()
        .orElse(nics.isEmpty() ? null : nics.get(0).mac());
    HostFacts facts = new HostFacts(mac, arch, sections.getOrDefault("firmware", "").strip(),
        cpu(sections.getOrDefault("cpuinfo", "")), memory(sections.getOrDefault("meminfo", "")),
        disks(sections.getOrDefault("lsblk", ""), byId(sections.getOrDefault("byid", ""))), nics,
        dmi(sections.getOrDefault("dmi", "")), bmc(sections.getOrDefault("bmc", "")));
    return new Found(facts, OsRelease.parse(sections.get("os-release")),
        sections.getOrDefault("uid", "").strip().equals("0"), sections.getOrDefault("sudo", "").strip().equals("yes"));
  }

  private static Map<String, String> sections(String output) {
    Map<String, String> sections = new LinkedHashMap<>();
    String current = null;
    StringBuilder text = new StringBuilder();
    for (String line : output.split("\\R", -1)) {
      if (line.startsWith(MARK)) {
        if (current != null) {
          sections.put(current, text.toString());
        }
        current = line.substring(MARK.length()).strip();
        text.setLength(0);
      } else if (current != null) {
        text.append(line).append('\n');
      }
    }
    if (current != null) {
      sections.put(current, text.toString());
    }
    return sections;
  }

  static HostFacts.Cpu cpu(String cpuinfo) {
    String model = null;
    int threads = 0;
    Set<String> sockets = new HashSet<>();
    Set<String> cores = new HashSet<>();
    String socket = "0";
    for (String line : cpuinfo.split("\\R")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "processor" -> threads++;
        case "model name", "Model", "cpu model" -> model = model == null ? value : model;
        case "physical id" -> {
          socket = value;
          sockets.add(value);
        }
        case "core id" -> cores.add(socket + "/" + value);
        default -> { }
      }
    }
    if (threads == 0) {
      return null;
    }
    return new HostFacts.Cpu(model, sockets.isEmpty() ? 1 : sockets.size(),
        cores.isEmpty() ? threads : cores.size(), threads);
  }

  static Long memory(String meminfo) {
    for (String line : meminfo.split("\\R")) {
      if (line.startsWith("MemTotal:")) {
        String[] words = line.substring("MemTotal:".length()).strip().split("\\s+");
        return Long.parseLong(words[0]) * 1024L;
      }
    }
    return null;
  }

  private static Map<String, String> byId(String text) {
    Map<String, String> byTarget = new LinkedHashMap<>();
    for (String line : text.split("\\R")) {
      String[] parts = line.strip().split(" ");
      if (parts.length == 2 && !parts[0].contains("-part") && !parts[0].contains("/wwn-")) {
        byTarget.putIfAbsent(parts[1], parts[0]);
      }
    }
    return byTarget;
  }

  private static List<HostFacts.Disk> disks(String lsblk, Map<String, String> byId) {
    List<HostFacts.Disk> disks = new ArrayList<>();
    if (lsblk.isBlank()) {
      return disks;
    }
    JsonNode root;
    try {
      root = JSON.readTree(lsblk);
    } catch (IOException e) {
      throw new SshFailure("the machine's lsblk -J printed no JSON Lab can read: " + e.getMessage(), e);
    }
    for (JsonNode d : root.path("blockdevices")) {
      if (!"disk".equals(d.path("type").asText())) {
        continue;
      }
      String name = d.path("name").asText();
      String path = d.hasNonNull("path") ? d.path("path").asText() : "/dev/" + name;
      disks.add(new HostFacts.Disk(name, path, byId.get(path), number(d.path("size")),
          diskType(name, d.path("tran").asText(""), d.path("rota")), text(d.path("model")), text(d.path("serial"))));
    }
    return disks;
  }

  private static String diskType(String name, String transport, JsonNode rota) {
    if (name.startsWith("nvme") || transport.equals("nvme")) {
      return "nvme";
    }
    if (name.startsWith("vd")) {
      return "virtio";
    }
    boolean rotational = rota.isBoolean() ? rota.asBoolean() : "1".equals(rota.asText());
    return rotational ? "hdd" : "ssd";
  }

  private static Long number(JsonNode n) {
    if (n.isNumber()) {
      return n.asLong();
    }
    return n.isTextual() && n.asText().matches("\\d+") ? Long.valueOf(n.asText()) : null;
  }

  private static String text(JsonNode n) {
    return n.isNull() || n.isMissingNode() || n.asText().isBlank() ? null : n.asText().strip();
  }

  private static List<HostFacts.NicFacts> nics(String text) {
    List<HostFacts.NicFacts> nics = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String[] f = line.split("\\|", -1);
      if (f.length != 5 || !f[1].matches("(?i)([0-9a-f]{2}:){5}[0-9a-f]{2}") || f[1].equals("00:00:00:00:00:00")) {
        continue;
      }
      Integer speed = f[3].matches("\\d+") ? Integer.valueOf(f[3]) : null;
      nics.add(new HostFacts.NicFacts(f[0], f[1].toLowerCase(Locale.ROOT), f[2].isBlank() ? null : f[2], speed,
          "1".equals(f[4].strip())));
    }
    return nics;
  }

  private static HostFacts.Dmi dmi(String text) {
    Map<String, String> v = new LinkedHashMap<>();
    for (String line : text.split("\\R")) {
      int eq = line.indexOf('=');
      if (eq > 0 && !line.substring(eq + 1).isBlank()) {
        v.put(line.substring(0, eq), line.substring(eq + 1).strip());
      }
    }
    if (v.isEmpty()) {
      return null;
    }
    return new HostFacts.Dmi(v.get("sys_vendor"), v.get("product_name"), v.get("product_serial"), v.get("product_uuid"));
  }

  private static HostFacts.Bmc bmc(String text) {
    for (String line : text.split("\\R")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equals("IP Address")) {
        String address = line.substring(colon + 1).strip();
        if (address.matches("\\d{1,3}(\\.\\d{1,3}){3}") && !address.equals("0.0.0.0")) {
          return new HostFacts.Bmc(address);
        }
      }
    }
    return null;
  }
}
