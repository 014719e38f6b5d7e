package dev.lab.core.config;

import dev.lab.api.model.Doc;

/**
 * Where Lab keeps its state (onboardings, tokens, timelines). Without a URL, the embedded SQLite
 * store in the lab directory's {@code state/} folder; with one, a shared PostgreSQL database that
 * several Lab servers can use at once.
 *
 * @param url the JDBC URL of a PostgreSQL database; null for the embedded store
 * @param user the database role
 * @param passwordFile the file that holds the role's password (relative to the lab directory or
 *     absolute); a password is never written in lab.yaml
 */
@Doc("Where Lab keeps its state: the embedded store (default) or a shared PostgreSQL database.")
public record StateSettings(
    @Doc(value = "JDBC URL of a PostgreSQL database; leave out for the embedded store in state/.",
        example = "jdbc:postgresql://db.lab.example:5432/lab") String url,
    @Doc(value = "Database role Lab logs in as.", example = "lab") String user,
    @Doc(value = "File holding the role's password (first line), relative to the lab directory or absolute.",
        example = "/etc/lab/db-password") String passwordFile) {

  /** @return whether the state lives in the embedded store */
  public boolean embedded() {
    return url == null;
  }
}
