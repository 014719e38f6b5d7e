/**
 * Lab's immutable model: what the lab directory describes (servers, profiles, images) and what the
 * host passes to plugins. Every record copies its collections into unmodifiable ones; a nullable
 * component says so in its documentation, every other component is non-null. The host validates
 * values (hostnames, MACs, CIDRs, package names...) before a plugin sees them; plugins must still
 * render through format-aware escaping.
 */
package dev.lab.api.model;
