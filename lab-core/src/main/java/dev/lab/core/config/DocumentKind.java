package dev.lab.core.config;

import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import java.util.List;

/**
 * The kinds of lab directory files. Each file is a YAML mapping with {@code apiVersion: lab.dev/v1},
 * its {@code kind}, and the properties of its body record at the top level.
 */
enum DocumentKind {
  LAB("Lab", "lab.yaml", "lab", LabConfig.class,
      "The site settings: Lab's URL and listen address, artifact root, enrollment, token lifetimes and "
          + "boot policy."),
  PROFILE("Profile", "profiles/NAME.yaml", "profile", Profile.class,
      "A profile: what a machine gets. The profile's name is the file name. A profile may extend "
          + "another with `extends: NAME`: mappings merge key by key, the extending profile's values "
          + "win, and lists are replaced as a whole."),
  SERVER("Server", "servers/NAME.yaml", "server", Server.class,
      "A machine in the inventory. The server's name is the file name."),
  IMAGES("Images", "images.yaml", "images", ImageCatalog.class,
      "The image catalog: OS releases and their artifacts per architecture."),
  RULES("Rules", "rules.yaml", "rules", RuleSet.class,
      "Auto-onboard rules over hardware facts.");

  /** The only file format version this Lab reads. */
  static final String API_VERSION = "lab.dev/v1";

  private final String kind;
  private final String file;
  private final String schemaName;
  private final Class<?> body;
  private final String description;

  DocumentKind(String kind, String file, String schemaName, Class<?> body, String description) {
    this.kind = kind;
    this.file = file;
    this.schemaName = schemaName;
    this.body = body;
    this.description = description;
  }

  /** @return the {@code kind} value, for example {@code Profile} */
  String kind() {
    return kind;
  }

  /** @return where files of this kind live, for example {@code profiles/NAME.yaml} */
  String file() {
    return file;
  }

  /** @return the base name of its JSON Schema file */
  String schemaName() {
    return schemaName;
  }

  /** @return the record its properties bind to */
  Class<?> body() {
    return body;
  }

  /** @return what the file holds, for the reference */
  String description() {
    return description;
  }

  /** @return whether the entity's name comes from the file name */
  boolean namedByFile() {
    return this == PROFILE || this == SERVER;
  }

  /** @return the top-level keys besides the body's properties */
  List<String> headerKeys() {
    return this == PROFILE ? List.of("apiVersion", "kind", "extends") : List.of("apiVersion", "kind");
  }
}
