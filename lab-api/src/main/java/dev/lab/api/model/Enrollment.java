package dev.lab.api.model;

/**
 * How a profile's machines enroll into OpenVox/Puppet.
 *
 * @param role the {@code pp_role} trusted fact; nullable
 * @param environment the {@code pp_environment} trusted fact and agent environment; nullable
 * @param enabled whether to enroll at all
 */
@Doc("Enrollment into OpenVox/Puppet.")
public record Enrollment(
    @Doc(value = "The pp_role trusted fact.", example = "webserver") String role,
    @Doc(value = "The pp_environment trusted fact and agent environment.", example = "production")
        String environment,
    @Doc(value = "Enroll at all.", defaultValue = "true") Boolean enabled) {

  public Enrollment {
    enabled = enabled == null ? Boolean.TRUE : enabled;
  }

  public static Enrollment defaults() {
    return new Enrollment(null, null, true);
  }
}
