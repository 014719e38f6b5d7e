package dev.lab.core.config;

import dev.lab.api.model.Doc;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The shape of a value in a lab directory file, derived from the model's records. The binder reads
 * YAML by these shapes and the JSON Schema and reference are written from them, so the three
 * cannot disagree.
 */
sealed interface Shape {

  /** Text, checked by a rule. */
  record Text(TextRule rule) implements Shape {}

  /** A whole number within bounds. */
  record Whole(int min, int max) implements Shape {}

  /** true or false. */
  record Bool() implements Shape {}

  /** One of an enum's constants, written in lowercase. */
  record Choice(Class<? extends Enum<?>> type) implements Shape {
    /** @return the words users write, in declaration order */
    List<String> words() {
      return java.util.Arrays.stream(type.getEnumConstants()).map(Choice::word).toList();
    }

    /** @return the constant a word names */
    Optional<Object> find(String word) {
      for (Enum<?> e : type.getEnumConstants()) {
        if (word(e).equals(word)) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    }

    private static String word(Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT);
    }
  }

  /** A storage size ({@link dev.lab.api.model.Size}). */
  record SizeText() implements Shape {}

  /** A duration such as {@code 24h}. */
  record DurationText() implements Shape {}

  /** A list. */
  record ListOf(Shape element) implements Shape {}

  /** A mapping with keys of one shape (text or choice) and values of another. */
  record MapOf(Shape key, Shape value) implements Shape {}

  /**
   * A record, written as a mapping of its properties.
   *
   * @param type the record class
   * @param properties its properties, in component order
   * @param scalarForm whether it may also be written as one text, {@code key=value} (kernel arguments)
   */
  record Struct(Class<?> type, List<Property> properties, boolean scalarForm) implements Shape {
    /** @return the record's documentation, or empty */
    String doc() {
      Doc d = type.getAnnotation(Doc.class);
      return d == null ? "" : d.value();
    }

    /** @return the property named so */
    Optional<Property> property(String name) {
      return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** @return the canonical constructor */
    Constructor<?> constructor() {
      Class<?>[] types = properties.stream().map(Property::javaType).toArray(Class<?>[]::new);
      try {
        return type.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
      }
    }
  }

  /**
   * One property of a record.
   *
   * @param name its name as written
   * @param shape its value's shape
   * @param javaType the component's class
   * @param doc its documentation; nullable
   */
  record Property(String name, Shape shape, Class<?> javaType, Doc doc) {
    /** @return whether a file must set it */
    boolean required() {
      return doc != null && doc.required();
    }

    /** @return the value an absent property gets in the constructor call */
    Object absent() {
      if (javaType == boolean.class) {
        return false;
      }
      return javaType == int.class ? 0 : null;
    }
  }
}
