package dev.lab.core.enroll;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Puppet's registered certificate-extension short names and the numeric OIDs they stand for, as
 * Puppet's own {@code csr_attributes.yaml} accepts them. Reference:
 * https://www.puppet.com/docs/puppet/8/ssl_attributes_extensions.html
 */
final class PuppetOids {
  private static final String REG = "1.3.6.1.4.1.34380.1.1.";
  private static final Map<String, String> SHORT_NAMES = Map.ofEntries(
      Map.entry("pp_uuid", REG + 1), Map.entry("pp_instance_id", REG + 2), Map.entry("pp_image_name", REG + 3),
      Map.entry("pp_preshared_key", REG + 4), Map.entry("pp_cost_center", REG + 5), Map.entry("pp_product", REG + 6),
      Map.entry("pp_project", REG + 7), Map.entry("pp_application", REG + 8), Map.entry("pp_service", REG + 9),
      Map.entry("pp_employee", REG + 10), Map.entry("pp_created_by", REG + 11),
      Map.entry("pp_environment", REG + 12), Map.entry("pp_role", REG + 13),
      Map.entry("pp_software_version", REG + 14), Map.entry("pp_department", REG + 15),
      Map.entry("pp_cluster", REG + 16), Map.entry("pp_provisioner", REG + 17), Map.entry("pp_region", REG + 18),
      Map.entry("pp_datacenter", REG + 19), Map.entry("pp_zone", REG + 20), Map.entry("pp_network", REG + 21),
      Map.entry("pp_securitypolicy", REG + 22), Map.entry("pp_cloudplatform", REG + 23),
      Map.entry("pp_apptier", REG + 24), Map.entry("pp_hostname", REG + 25),
      Map.entry("pp_authorization", "1.3.6.1.4.1.34380.1.3.1"),
      Map.entry("pp_auth_role", "1.3.6.1.4.1.34380.1.3.13"));
  private static final Pattern NUMERIC = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");

  private PuppetOids() {}

  /**
   * @return the numeric OID of a short name ({@code pp_role}) or of a numeric OID itself
   * @throws IllegalArgumentException for a name Puppet does not know
   */
  static String numeric(String nameOrOid) {
    String oid = SHORT_NAMES.get(nameOrOid);
    if (oid != null) {
      return oid;
    }
    if (NUMERIC.matcher(nameOrOid).matches()) {
      return nameOrOid;
    }
    throw new IllegalArgumentException("'" + nameOrOid + "' is neither a Puppet extension short name nor an OID");
  }

  /** @return the short name of an OID when Puppet has one, else the OID */
  static String display(String oid) {
    return SHORT_NAMES.entrySet().stream().filter(e -> e.getValue().equals(oid)).map(Map.Entry::getKey)
        .findFirst().orElse(oid);
  }
}
