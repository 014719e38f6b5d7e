package dev.lab.plugins.xcpng.answerfile;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * {@code <admin-interface hwaddr="..." proto="static" vlan="20">}: the host's management
 * interface, one NIC named by kernel name or MAC, with DHCP or a static IPv4 address, optionally
 * on a tagged VLAN.
 */
@XmlType(propOrder = {"ipaddr", "subnet", "gateway"})
public final class AdminInterface {
  @XmlAttribute(name = "name")
  private String name;
  @XmlAttribute(name = "hwaddr")
  private String hwaddr;
  @XmlAttribute(name = "proto")
  private String proto;
  @XmlAttribute(name = "vlan")
  private Integer vlan;
  @XmlElement(name = "ipaddr")
  private String ipaddr;
  @XmlElement(name = "subnet")
  private String subnet;
  @XmlElement(name = "gateway")
  private String gateway;

  /** For Jakarta XML Binding only. */
  AdminInterface() {}

  private AdminInterface(Nic nic, String proto, Integer vlan) {
    this.name = nic.name();
    this.hwaddr = nic.hwaddr();
    this.proto = proto;
    this.vlan = vlan;
  }

  /**
   * @param nic the NIC
   * @param vlan the 802.1Q VLAN id; null for untagged
   * @return the interface configured by DHCP
   */
  public static AdminInterface dhcp(Nic nic, Integer vlan) {
    return new AdminInterface(nic, "dhcp", vlan);
  }

  /**
   * @param nic the NIC
   * @param vlan the 802.1Q VLAN id; null for untagged
   * @param address the IPv4 address
   * @param netmask the dotted netmask
   * @param gateway the default gateway
   * @return the interface with a static address
   */
  public static AdminInterface staticIp(Nic nic, Integer vlan, String address, String netmask,
      String gateway) {
    AdminInterface a = new AdminInterface(nic, "static", vlan);
    a.ipaddr = address;
    a.subnet = netmask;
    a.gateway = gateway;
    return a;
  }

  /**
   * How the installer finds the NIC: exactly one of a kernel name ({@code name}) and a MAC ({@code
   * hwaddr}).
   *
   * @param name the kernel name, for example {@code eth0}; null when named by MAC
   * @param hwaddr the MAC; null when named by kernel name
   */
  public record Nic(String name, String hwaddr) {
    public Nic {
      if ((name == null) == (hwaddr == null)) {
        throw new IllegalArgumentException("an admin interface is named by exactly one of name and hwaddr");
      }
    }

    public static Nic byName(String name) {
      return new Nic(name, null);
    }

    public static Nic byMac(String mac) {
      return new Nic(null, mac);
    }
  }
}
