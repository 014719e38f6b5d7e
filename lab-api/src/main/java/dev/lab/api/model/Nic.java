package dev.lab.api.model;

/**
 * A physical network interface of a server.
 *
 * @param name the interface name the profile's network refers to, for example {@code eth0}
 * @param mac the MAC address, lowercase, colon-separated
 */
@Doc("A physical network interface of a server.")
public record Nic(
    @Doc(value = "Name the network configuration refers to.", required = true, example = "eth0")
        String name,
    @Doc(value = "MAC address, colon-separated.", required = true, example = "52:54:00:12:34:56")
        String mac) {}
