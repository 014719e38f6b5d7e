/**
 * {@code lab serve}: Lab's HTTP adapter over lab-core (Javalin on Jetty 12). {@link
 * dev.lab.server.LabServer} starts it over a {@link dev.lab.core.LabContext} and a state store;
 * {@code Routes} is its one route table: the machine-facing boot chain (iPXE, GRUB, pxelinux), an
 * onboarding's files, progress events and completion call under its secret token, the artifacts,
 * the operator API, {@code /healthz} and {@code /metrics}. Every error is an RFC 9457 problem;
 * no secret is ever logged. {@code docs/server.md} describes the endpoints.
 */
package dev.lab.server;
