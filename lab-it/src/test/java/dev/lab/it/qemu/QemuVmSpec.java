package dev.lab.it.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Everything that describes one test VM, and the QEMU command line for it. Built by
 * {@link QemuVm#builder()}; immutable.
 *
 * <p>The machine: x86_64 under TCG ({@code -accel tcg,thread=multi -cpu max}, never KVM), no
 * default devices, a virtio NIC with the given MAC (first in the boot order) whose option ROM is
 * QEMU's default iPXE, an optional virtio disk (second), serial console to a log file, a QMP
 * socket. Under BIOS, SeaBIOS and iPXE also print to the serial console ({@code etc/sercon-port}).
 * Under UEFI, OVMF's code is mapped read-only and the VM gets its own copy of the variable store;
 * OVMF's own PXE (IPv4 and IPv6) and its HTTP boot over IPv6 are switched off: the NIC's iPXE
 * driver boots at once, and when iPXE exits OVMF tries its HTTP boot over IPv4 (one quick
 * request for the boot file) and then the disk, instead of waiting a minute for IPv6 answers.
 *
 * <p>The network is QEMU's user-mode network in its restricted form: the guest reaches slirp's
 * DHCP and one forward, {@value #SERVER_ADDRESS}:80, which QEMU connects to the test server on
 * the host's 127.0.0.1 by running {@code nc} for each connection (see
 * {@link #guestForwardCommand(HostFiles, Path)}). DHCP hands out {@code
 * http://10.0.2.100/<bootfile>}. Restricted slirp sends neither a router nor a DNS server in its
 * DHCP answers.
 */
public final class QemuVmSpec {

  /** The address at which the guest reaches the test server (port 80). */
  public static final String SERVER_ADDRESS = "10.0.2.100";

  static final String SERIAL_LOG = "serial.log";
  static final String QEMU_LOG = "qemu-stderr.log";
  static final String COMMAND_LOG = "qemu-command.txt";
  static final String QMP_SOCKET = "qmp.sock";
  static final String FORWARD_PIDS = "guestfwd.pids";
  private static final String SERCON_FILE = "sercon-port.bin";
  private static final String OVMF_VARS_FILE = "OVMF_VARS.fd";
  private static final String DISK_FILE = "disk.qcow2";

  private static final Pattern HOSTNAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
  private static final Pattern MAC = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");
  /** What may follow {@code http://10.0.2.100/}: no comma (QEMU's option separator), no space. */
  private static final Pattern BOOTFILE_PATH = Pattern.compile("[A-Za-z0-9._~/?=&%:;@+-]*");

  private final Firmware firmware;
  private final String mac;
  private final UUID uuid;
  private final Smbios smbios;
  private final int cpus;
  private final int memoryMib;
  private final DiskSpec disk;
  private final int serverPort;
  private final String bootfilePath;
  private final String dhcpHostname;
  private final boolean noReboot;
  private final Duration timeLimit;
  private final Path logDir;

  private QemuVmSpec(Builder builder) {
    this.firmware = builder.firmware;
    this.mac = builder.mac;
    this.uuid = builder.uuid;
    this.smbios = builder.smbios != null ? builder.smbios
        : new Smbios("Lab", "Lab test VM", "LAB-" + builder.uuid.toString().substring(0, 8));
    this.cpus = builder.cpus;
    this.memoryMib = builder.memoryMib;
    this.disk = builder.disk;
    this.serverPort = builder.serverPort;
    this.bootfilePath = builder.bootfilePath;
    this.dhcpHostname = builder.dhcpHostname;
    this.noReboot = builder.noReboot;
    this.timeLimit = builder.timeLimit;
    this.logDir = builder.logDir;
  }

  public Firmware firmware() {
    return firmware;
  }

  /** The NIC's MAC address, lower case with colons. */
  public String mac() {
    return mac;
  }

  /** The system UUID (SMBIOS, iPXE's {@code ${uuid}}). */
  public UUID uuid() {
    return uuid;
  }

  public Smbios smbios() {
    return smbios;
  }

  /** The URL DHCP hands out as the boot file. */
  public String bootfileUrl() {
    return "http://" + SERVER_ADDRESS + "/" + bootfilePath;
  }

  /** True when the VM has a disk. */
  public boolean hasDisk() {
    return disk != null;
  }

  public boolean noReboot() {
    return noReboot;
  }

  /** The hard bound on the VM's life; QEMU is killed when it is reached. */
  public Duration timeLimit() {
    return timeLimit;
  }

  /** Where the serial log, QEMU's output and its command line are kept. */
  public Path logDir() {
    return logDir;
  }

  /**
   * QEMU's command line; the files it names in {@code workDir} are written by
   * {@link #prepare(HostFiles, Path)}.
   *
   * @param host the host's programs and firmware files
   */
  List<String> commandLine(HostFiles host, Path workDir) {
    List<String> args = new ArrayList<>(List.of(host.qemu().toString(),
        "-name", "lab-test-" + mac.replace(":", ""),
        "-machine", "pc",
        "-accel", "tcg,thread=multi",
        "-cpu", "max",
        "-smp", Integer.toString(cpus),
        "-m", Integer.toString(memoryMib),
        "-nodefaults",
        "-no-user-config",
        "-display", "none",
        "-uuid", uuid.toString(),
        "-smbios", smbios.qemuOption(),
        "-chardev", "file,id=serial0,path=" + logDir.resolve(SERIAL_LOG).toAbsolutePath(),
        "-serial", "chardev:serial0",
        "-qmp", "unix:" + workDir.resolve(QMP_SOCKET) + ",server=on,wait=off",
        "-netdev", "user,id=net0,restrict=on,guestfwd=tcp:" + SERVER_ADDRESS + ":80-cmd:"
            + guestForwardCommand(host, workDir) + ",bootfile=" + bootfileUrl()
            + (dhcpHostname == null ? "" : ",hostname=" + dhcpHostname),
        "-device", "virtio-net-pci,netdev=net0,mac=" + mac + ",bootindex=1"));
    if (firmware == Firmware.BIOS) {
      args.addAll(List.of("-fw_cfg", "name=etc/sercon-port,file=" + workDir.resolve(SERCON_FILE)));
    } else {
      args.addAll(List.of(
          "-drive", "if=pflash,format=raw,unit=0,readonly=on,file=" + host.ovmfCode(),
          "-drive", "if=pflash,format=raw,unit=1,file=" + workDir.resolve(OVMF_VARS_FILE),
          "-fw_cfg", "name=opt/org.tianocore/IPv4PXESupport,string=n",
          "-fw_cfg", "name=opt/org.tianocore/IPv6PXESupport,string=n",
          "-fw_cfg", "name=opt/org.tianocore/IPv6Support,string=n"));
    }
    if (disk != null) {
      args.addAll(List.of(
          "-drive", "if=none,id=disk0,format=qcow2,file=" + workDir.resolve(DISK_FILE),
          "-device", "virtio-blk-pci,drive=disk0,bootindex=2"));
    }
    if (noReboot) {
      args.add("-no-reboot");
    }
    return args;
  }

  /**
   * What QEMU runs for each guest connection to {@value #SERVER_ADDRESS}:80: {@code nc} to the
   * test server, through a shell that first notes its process id in {@link #FORWARD_PIDS}. QEMU
   * starts these processes detached (they are not its descendants), so the VM kills them by those
   * ids when it closes. libslirp splits the command as a shell would; it holds no comma.
   */
  private String guestForwardCommand(HostFiles host, Path workDir) {
    return "/bin/sh -c 'echo $$ >>" + workDir.resolve(FORWARD_PIDS) + "; exec " + host.netcat() + " 127.0.0.1 "
        + serverPort + "'";
  }

  /** Writes the files the command line refers to: firmware settings, UEFI variables, the disk. */
  void prepare(HostFiles host, Path workDir) throws IOException, InterruptedException {
    if (firmware == Firmware.BIOS) {
      // SeaBIOS reads the port as a little-endian 16-bit number: 0x3f8, COM1.
      Files.write(workDir.resolve(SERCON_FILE), new byte[] {(byte) 0xf8, 0x03});
    } else {
      Files.copy(host.ovmfVars(), workDir.resolve(OVMF_VARS_FILE), StandardCopyOption.REPLACE_EXISTING);
    }
    if (disk != null) {
      DiskImages.create(host.qemuImg(), workDir.resolve(DISK_FILE), disk);
    }
  }

  /** Describes a VM; every setting has a sensible default except the server and the log folder. */
  public static final class Builder {

    private Firmware firmware = Firmware.BIOS;
    private String mac = "52:54:00:12:34:56";
    private UUID uuid = UUID.randomUUID();
    private Smbios smbios;
    private int cpus = 2;
    private int memoryMib = 1024;
    private DiskSpec disk;
    private int serverPort;
    private String bootfilePath;
    private String dhcpHostname;
    private boolean noReboot;
    private Duration timeLimit = Duration.ofSeconds(240);
    private Path logDir;

    Builder() {
    }

    public Builder firmware(Firmware firmware) {
      this.firmware = Objects.requireNonNull(firmware, "firmware");
      return this;
    }

    /** The NIC's MAC address, e.g. {@code 52:54:00:12:34:56}. */
    public Builder mac(String mac) {
      String normalized = mac.toLowerCase(Locale.ROOT);
      if (!MAC.matcher(normalized).matches()) {
        throw new IllegalArgumentException("a MAC address is six hex pairs with colons: '" + mac + "'");
      }
      if ((Integer.parseInt(normalized.substring(0, 2), 16) & 1) != 0) {
        throw new IllegalArgumentException("a NIC needs a unicast MAC address (even first byte): " + mac);
      }
      this.mac = normalized;
      return this;
    }

    public Builder uuid(UUID uuid) {
      this.uuid = Objects.requireNonNull(uuid, "uuid");
      return this;
    }

    public Builder smbios(Smbios smbios) {
      this.smbios = Objects.requireNonNull(smbios, "smbios");
      return this;
    }

    public Builder cpus(int cpus) {
      if (cpus < 1 || cpus > 8) {
        throw new IllegalArgumentException("between 1 and 8 vCPUs, not " + cpus);
      }
      this.cpus = cpus;
      return this;
    }

    public Builder memoryMib(int memoryMib) {
      if (memoryMib < 256 || memoryMib > 8192) {
        throw new IllegalArgumentException("between 256 and 8192 MiB of memory, not " + memoryMib);
      }
      this.memoryMib = memoryMib;
      return this;
    }

    /** Gives the VM a fresh disk, created when it starts and removed when it is closed. */
    public Builder disk(DiskSpec disk) {
      this.disk = Objects.requireNonNull(disk, "disk");
      return this;
    }

    /**
     * The test server: DHCP hands out {@code http://10.0.2.100/<bootfilePath>}, and the guest's
     * connections to 10.0.2.100:80 reach 127.0.0.1:{@code serverPort} on the host.
     */
    public Builder server(int serverPort, String bootfilePath) {
      if (serverPort < 1 || serverPort > 65535) {
        throw new IllegalArgumentException("not a TCP port: " + serverPort);
      }
      String path = bootfilePath.startsWith("/") ? bootfilePath.substring(1) : bootfilePath;
      if (!BOOTFILE_PATH.matcher(path).matches()) {
        throw new IllegalArgumentException("a boot file path may hold letters, digits and ._~/?=&%:;@+- only: '"
            + bootfilePath + "'");
      }
      if (("http://" + SERVER_ADDRESS + "/" + path).length() >= 128) {
        throw new IllegalArgumentException("the boot file URL must be shorter than 128 characters (DHCP's file field)");
      }
      this.serverPort = serverPort;
      this.bootfilePath = path;
      return this;
    }

    /**
     * The host name DHCP hands out (none by default). Restricted slirp's DHCP sends no DNS server,
     * so a client that looks its own name up in DNS (the Debian installer does, 10 s per address)
     * is much faster with a name given here.
     */
    public Builder dhcpHostname(String hostname) {
      if (!HOSTNAME.matcher(hostname).matches()) {
        throw new IllegalArgumentException("a DHCP host name is 1 to 63 letters, digits and inner hyphens: '"
            + hostname + "'");
      }
      this.dhcpHostname = hostname;
      return this;
    }

    /** With {@code -no-reboot}, a reboot of the guest makes QEMU exit instead. */
    public Builder noReboot(boolean noReboot) {
      this.noReboot = noReboot;
      return this;
    }

    /** The hard bound on the VM's life (default 240 s); QEMU is killed when it is reached. */
    public Builder timeLimit(Duration timeLimit) {
      if (timeLimit.isNegative() || timeLimit.isZero() || timeLimit.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("a VM's time limit is between 1 s and 1 h, not " + timeLimit);
      }
      this.timeLimit = timeLimit;
      return this;
    }

    /** Where the serial log, QEMU's output and command line go; created if needed. */
    public Builder logDir(Path logDir) {
      this.logDir = logDir.toAbsolutePath();
      return this;
    }

    /** The finished description. */
    public QemuVmSpec build() {
      if (bootfilePath == null) {
        throw new IllegalStateException("a test VM needs server(port, bootfilePath)");
      }
      if (logDir == null) {
        throw new IllegalStateException("a test VM needs logDir(path)");
      }
      return new QemuVmSpec(this);
    }

    /** Builds the description and starts QEMU. */
    public QemuVm start() throws IOException, InterruptedException {
      return QemuVm.start(build());
    }
  }
}
