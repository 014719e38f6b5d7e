package dev.lab.plugins.kickstart;

import dev.lab.api.model.Architecture;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces one value deep inside immutable model records, addressed by the same property path a
 * {@link dev.lab.api.Problem} uses (below its root), for example {@code users[0].groups[1]} or
 * {@code architectures.x86_64.repository}: each record on the way is rebuilt through its canonical
 * constructor, each list and map copied.
 */
final class Mutate {
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_]+)(?:\\[(\\d+)])?");

  private Mutate() {}

  /** @return a copy of {@code root} with the value at {@code path} replaced */
  @SuppressWarnings("unchecked")
  static <T> T set(T root, String path, Object value) {
    return (T) set(root, List.of(path.split("\\.")), value);
  }

  private static Object set(Object node, List<String> segments, Object value) {
    Matcher m = SEGMENT.matcher(segments.get(0));
    if (!m.matches()) {
      throw new IllegalArgumentException("bad path segment " + segments.get(0));
    }
    List<String> rest = segments.subList(1, segments.size());
    Object child = get(node, m.group(1));
    Object replaced;
    if (m.group(2) != null) {
      List<Object> list = new ArrayList<>((List<?>) child);
      int index = Integer.parseInt(m.group(2));
      list.set(index, rest.isEmpty() ? value : set(list.get(index), rest, value));
      replaced = list;
    } else {
      replaced = rest.isEmpty() ? value : set(child, rest, value);
    }
    return with(node, m.group(1), replaced);
  }

  private static Object get(Object node, String name) {
    if (node instanceof Map<?, ?> map) {
      return map.get(key(map, name));
    }
    try {
      return component(node, name).getAccessor().invoke(node);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object with(Object node, String name, Object value) {
    if (node instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>(map);
      copy.put(key(map, name), value);
      return copy;
    }
    RecordComponent[] components = node.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = components[i].getName().equals(name) ? value : components[i].getAccessor().invoke(node);
      }
      Constructor<?> canonical = node.getClass().getDeclaredConstructor(types);
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot rebuild " + node.getClass().getSimpleName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object key(Map<?, ?> map, String name) {
    boolean byArchitecture = !map.isEmpty() && map.keySet().iterator().next() instanceof Architecture;
    return byArchitecture ? Architecture.fromId(name).orElseThrow() : name;
  }

  private static RecordComponent component(Object node, String name) {
    for (RecordComponent c : node.getClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException(node.getClass().getSimpleName() + " has no component " + name);
  }
}
