package dev.lab.core.config;

import dev.lab.api.model.Doc;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.Size;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Derives {@link Shape}s from record classes by reflection over their components: text, whole
 * numbers, booleans, enums, sizes, durations, lists, maps and nested records. Text gets its rule from
 * {@link FieldRules}.
 */
final class Shapes {
  private static final Map<Class<?>, Shape.Struct> CACHE = new ConcurrentHashMap<>();

  private Shapes() {}

  /** @return the shape of a record class */
  static Shape.Struct of(Class<?> record) {
    Shape.Struct cached = CACHE.get(record);
    if (cached != null) {
      return cached;
    }
    if (!record.isRecord()) {
      throw new IllegalArgumentException(record.getName() + " is not a record");
    }
    List<Shape.Property> properties = new ArrayList<>();
    for (RecordComponent c : record.getRecordComponents()) {
      properties.add(new Shape.Property(c.getName(), shape(record, c.getName(), c.getGenericType(), Role.VALUE),
          c.getType(), c.getAnnotation(Doc.class)));
    }
    Shape.Struct struct = new Shape.Struct(record, List.copyOf(properties), record == KernelArg.class);
    CACHE.put(record, struct);
    return struct;
  }

  private enum Role { VALUE, KEY }

  @SuppressWarnings("unchecked")
  private static Shape shape(Class<?> owner, String property, Type type, Role role) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == List.class) {
        return new Shape.ListOf(shape(owner, property, args[0], Role.VALUE));
      }
      if (raw == Map.class) {
        return new Shape.MapOf(shape(owner, property, args[0], Role.KEY), shape(owner, property, args[1], Role.VALUE));
      }
      throw new IllegalStateException("unsupported type " + type + " of " + owner.getSimpleName() + "." + property);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return new Shape.Text(role == Role.KEY ? FieldRules.keys(owner, property) : FieldRules.text(owner, property));
    }
    if (c == Integer.class || c == int.class) {
      int[] range = FieldRules.range(owner, property);
      return new Shape.Whole(range[0], range[1]);
    }
    if (c == Boolean.class || c == boolean.class) {
      return new Shape.Bool();
    }
    if (c.isEnum()) {
      return new Shape.Choice((Class<? extends Enum<?>>) c);
    }
    if (c == Size.class) {
      return new Shape.SizeText();
    }
    if (c == Duration.class) {
      return new Shape.DurationText();
    }
    if (c.isRecord()) {
      return of(c);
    }
    throw new IllegalStateException("unsupported type " + c.getName() + " of " + owner.getSimpleName() + "." + property);
  }
}
