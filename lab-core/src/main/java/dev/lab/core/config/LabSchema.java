package dev.lab.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The JSON Schemas and the Markdown reference of the lab directory's files, generated from the
 * same record shapes and {@link dev.lab.api.model.Doc} annotations the loader binds by, so they
 * cannot drift from what Lab reads. The repository keeps them in {@code docs/schema/} and {@code
 * docs/reference/lab-directory.md}; a test fails when those differ from what this class generates.
 */
public final class LabSchema {
  /** How to regenerate the committed files. */
  public static final String REGENERATE = "mvn -pl lab-core -am verify -Dlab.bless=true";

  private LabSchema() {}

  /** @return one JSON Schema per file kind, by file name (for example {@code profile.schema.json}) */
  public static SortedMap<String, String> jsonSchemas() {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    ObjectMapper mapper = new ObjectMapper();
    SortedMap<String, String> schemas = new TreeMap<>();
    for (DocumentKind kind : DocumentKind.values()) {
      try {
        schemas.put(kind.schemaName() + ".schema.json",
            mapper.writer(printer).writeValueAsString(JsonSchemaWriter.schema(kind)) + "\n");
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write the schema of " + kind.kind(), e);
      }
    }
    return Collections.unmodifiableSortedMap(schemas);
  }

  /** @return the Markdown reference of every file and property */
  public static String reference() {
    return ReferenceWriter.reference(REGENERATE);
  }
}
