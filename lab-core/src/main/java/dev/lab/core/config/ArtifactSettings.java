package dev.lab.core.config;

import dev.lab.api.model.Doc;

/**
 * Where artifacts are kept.
 *
 * @param root the artifact directory, relative to the lab directory or absolute
 */
@Doc("Artifact storage.")
public record ArtifactSettings(
    @Doc(value = "Artifact directory, relative to the lab directory or absolute.", defaultValue = "artifacts")
        String root) {

  public ArtifactSettings {
    root = root == null ? "artifacts" : root;
  }
}
