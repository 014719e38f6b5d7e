package dev.lab.core.config;

import dev.lab.api.model.Doc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the Markdown reference of the lab directory from the files' {@link Shape}s. */
final class ReferenceWriter {
  private final StringBuilder out = new StringBuilder();
  private final Map<String, Shape.Struct> types = new LinkedHashMap<>();
  private final Deque<Shape.Struct> pending = new ArrayDeque<>();

  /** @return the reference */
  static String reference(String regenerate) {
    return new ReferenceWriter().write(regenerate);
  }

  private String write(String regenerate) {
    line("# Lab directory reference");
    line("");
    line("<!-- Generated from Lab's model records and their @Doc annotations; do not edit. Regenerate with");
    line("     " + regenerate + " -->");
    line("");
    line("A lab directory is the whole configuration of a Lab site, kept as plain files (put it in git):");
    line("");
    line("```");
    line("lab.yaml          site settings (kind Lab)");
    line("images.yaml       the image catalog (kind Images)");
    line("profiles/*.yaml   profiles, one per file, named after the file (kind Profile)");
    line("servers/*.yaml    the inventory, one server per file, named after the file (kind Server)");
    line("rules.yaml        auto-onboard rules (kind Rules)");
    line("templates/        template overrides, per plugin");
    line("plugins/          third-party plugin jars");
    line("```");
    line("");
    line("## Rules for every file");
    line("");
    line("- Each file is one YAML mapping that starts with `apiVersion: " + DocumentKind.API_VERSION
        + "` and its `kind`; the other properties are at the top level. JSON Schemas of the files are in "
        + "`docs/schema/`.");
    line("- `lab validate` reports every problem at once, each as `file:line: property: message`, for "
        + "example `profiles/web.yaml:12: disk.partitions[1].size: ...`. A value that cannot be read "
        + "at all (a wrong type, a refused character) hides the checks that need it until it is fixed.");
    line("- Unknown properties, duplicate keys and YAML tags are refused. Names of properties are case-sensitive.");
    line("- Text never contains control characters, line breaks, tabs or invisible format characters "
        + "(such as U+2028 or bidi overrides), and each property allows only the characters its syntax "
        + "lists below: nothing written here can add a line, a directive or a command to a generated file.");
    line("- Passwords are only ever given as crypt(3) hashes; SSH keys as the single line of a `.pub` file.");
    line("- A profile may `extends: OTHER`: the other profile's properties apply unless this one sets them. "
        + "Mappings (such as `disk`, `enrollment` or `options`) merge key by key, lists (such as `packages` "
        + "or `users`) are replaced whole. A problem in an inherited property is reported in the file that "
        + "set it.");
    line("- YAML anchors, aliases and merge keys (`<<`) may be used within a file.");
    for (DocumentKind kind : DocumentKind.values()) {
      document(kind);
    }
    line("");
    line("## Types");
    while (!pending.isEmpty()) {
      type(pending.poll());
    }
    return out.toString();
  }

  private void document(DocumentKind kind) {
    line("");
    line("## " + kind.file() + " (kind " + kind.kind() + ")");
    line("");
    line(kind.description());
    line("");
    table();
    row("`apiVersion`", "yes", "`" + DocumentKind.API_VERSION + "`", "", "File format version.");
    row("`kind`", "yes", "`" + kind.kind() + "`", "", "What the file holds.");
    if (kind.headerKeys().contains("extends")) {
      row("`extends`", "", "text (" + LabSyntax.NAME.description() + ")", "",
          "A profile this one extends.");
    }
    for (Shape.Property p : Shapes.of(kind.body()).properties()) {
      boolean named = kind.namedByFile() && p.name().equals("name");
      property(p, named ? "the file name" : null, kind.headerKeys().contains("extends") ? "yes, or inherited" : "yes");
    }
  }

  private void type(Shape.Struct shape) {
    String name = shape.type().getSimpleName();
    line("");
    line("### " + name);
    line("");
    line(shape.doc());
    if (shape.scalarForm()) {
      line("");
      line("Also written as one text: `key=value`, or `key` alone.");
    }
    line("");
    table();
    shape.properties().forEach(p -> property(p, null, "yes"));
  }

  private void property(Shape.Property p, String defaultOverride, String required) {
    Doc doc = p.doc();
    String defaultValue = defaultOverride != null ? defaultOverride
        : doc == null || doc.defaultValue().isEmpty() ? "" : "`" + doc.defaultValue() + "`";
    String description = doc == null ? "" : doc.value();
    String hint = hint(p.shape());
    if (hint != null) {
      description += " Syntax: " + hint + ".";
    }
    if (doc != null && !doc.example().isEmpty()) {
      description += " Example: `" + doc.example() + "`.";
    }
    row("`" + p.name() + "`", p.required() && defaultOverride == null ? required : "", type(p.shape()), defaultValue,
        description);
  }

  private static String hint(Shape shape) {
    if (shape instanceof Shape.ListOf l) {
      return hint(l.element());
    }
    if (shape instanceof Shape.MapOf m) {
      String key = hint(m.key());
      String value = hint(m.value());
      return key == null ? value : value == null ? "keys: " + key : "keys: " + key + "; values: " + value;
    }
    return shape instanceof Shape.Text t ? t.rule().hint() : null;
  }

  private String type(Shape shape) {
    if (shape instanceof Shape.Text t) {
      return "text (" + t.rule().description() + ")";
    }
    if (shape instanceof Shape.Whole w) {
      if (w.min() == Integer.MIN_VALUE && w.max() == Integer.MAX_VALUE) {
        return "whole number";
      }
      return "whole number, " + w.min() + " to " + w.max();
    }
    if (shape instanceof Shape.Bool) {
      return "true or false";
    }
    if (shape instanceof Shape.Choice c) {
      List<String> words = new ArrayList<>();
      c.words().forEach(w -> words.add("`" + w + "`"));
      return "one of " + String.join(", ", words);
    }
    if (shape instanceof Shape.SizeText) {
      return "size (`512MiB`, `20GiB`, `2TB`, `rest`)";
    }
    if (shape instanceof Shape.DurationText) {
      return "duration (`30m`, `24h`, `7d`)";
    }
    if (shape instanceof Shape.ListOf l) {
      return "list of " + type(l.element());
    }
    if (shape instanceof Shape.MapOf m) {
      return "mapping of " + type(m.key()) + " to " + type(m.value());
    }
    Shape.Struct s = (Shape.Struct) shape;
    String name = s.type().getSimpleName();
    if (types.putIfAbsent(name, s) == null) {
      pending.add(s);
    }
    String link = "[" + name + "](#" + name.toLowerCase(Locale.ROOT) + ")";
    return s.scalarForm() ? "`key=value` or " + link : link;
  }

  private void table() {
    line("| Property | Required | Type | Default | Description |");
    line("|---|---|---|---|---|");
  }

  private void row(String... cells) {
    List<String> escaped = new ArrayList<>();
    for (String c : cells) {
      escaped.add(c.replace("|", "\\|"));
    }
    line("| " + String.join(" | ", escaped) + " |");
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
