package dev.lab.api.model;

/**
 * A static route.
 *
 * @param to the destination network in CIDR notation
 * @param via the gateway address
 */
@Doc("A static IPv4 route.")
public record Route(
    @Doc(value = "Destination network (CIDR).", required = true, example = "10.20.0.0/16") String to,
    @Doc(value = "Gateway address.", required = true, example = "192.0.2.1") String via) {}
