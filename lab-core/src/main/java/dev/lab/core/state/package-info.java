/**
 * Lab's durable state: onboardings (with the files and boot specs rendered when they were
 * approved), their secret tokens (stored as SHA-256 hashes) and each server's timeline of boot
 * decisions and progress events. {@link dev.lab.core.state.StateStore} is the interface; {@link
 * dev.lab.core.state.JdbcStateStore} implements it in portable SQL over an embedded SQLite file
 * (the default, no server needed) or a PostgreSQL database that several Lab servers share ({@link
 * dev.lab.core.state.StateDatabase}); what differs between the two is in {@code Dialect}.
 */
package dev.lab.core.state;
