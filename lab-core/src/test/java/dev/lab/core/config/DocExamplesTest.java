package dev.lab.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.model.Doc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every example and default the documentation shows is itself accepted by the loader. */
class DocExamplesTest {
  @Test
  void everyDocumentedExampleAndDefaultIsValid() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Shape.Struct struct : reachable().values()) {
      for (Shape.Property p : struct.properties()) {
        Doc doc = p.doc();
        if (doc == null) {
          failures.add(struct.type().getSimpleName() + "." + p.name() + " has no @Doc");
          continue;
        }
        for (String value : List.of(doc.example(), doc.defaultValue())) {
          if (value.isEmpty() || value.equals("the file name")) {
            continue;
          }
          Problems problems = new Problems();
          YamlSources sources = new YamlSources();
          Object bound = new Binder(sources, problems, new HashMap<>())
              .bind(DocExamples.parse(value, p.shape(), sources), p.shape(), p.name());
          checked++;
          if (bound == Binder.FAILED) {
            failures.add(struct.type().getSimpleName() + "." + p.name() + ": " + problems.sorted());
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked).isGreaterThan(50);
  }

  /** @return every record a lab directory file can contain, by name */
  static Map<String, Shape.Struct> reachable() {
    Map<String, Shape.Struct> found = new LinkedHashMap<>();
    for (DocumentKind kind : DocumentKind.values()) {
      walk(Shapes.of(kind.body()), found);
    }
    return found;
  }

  private static void walk(Shape shape, Map<String, Shape.Struct> found) {
    if (shape instanceof Shape.ListOf l) {
      walk(l.element(), found);
    } else if (shape instanceof Shape.MapOf m) {
      walk(m.value(), found);
    } else if (shape instanceof Shape.Struct s && found.putIfAbsent(s.type().getName(), s) == null) {
      s.properties().forEach(p -> walk(p.shape(), found));
    }
  }
}
