package dev.scrutiny.render;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The JSON tree of an annotation value, written the way {@link JsonRenderer}'s mapping defines: an object by its
 * fields (a record by its components, in order; inherited fields first), then by the methods marked
 * {@link JsonProperty}; null properties left out; enums by {@code toString()}; collections and arrays as arrays;
 * maps as objects, null values left out. {@link JsonPropertyOrder} on a class puts the properties it names
 * first, in its order.
 *
 * <p>This is the mapping Jackson's reflective serializers apply under {@link JsonRenderer}'s settings, without
 * their set-up: building those serializers cost about a fifth of a second of CPU at a run's first article when
 * their classes were not in a start-up cache, where this reads each class's properties once, with plain
 * reflection. A value of a type outside that mapping (a class
 * with other Jackson annotations, a JDK type other than the simple ones) is handed to {@code fallback}, so the
 * output stays what the mapper writes.
 */
final class JsonTree {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Function<Object, JsonNode> fallback;

  private final ClassValue<@Nullable Properties> properties = new ClassValue<>() {
    @Override
    protected @Nullable Properties computeValue(Class<?> type) {
      return Properties.of(type);
    }
  };

  /** Whether an enum is written by {@code toString()}: no Jackson annotation on it or its members. */
  private final ClassValue<Boolean> plainEnums = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      if (jackson(type.getAnnotations())) {
        return false;
      }
      for (Field f : type.getDeclaredFields()) {
        if (jackson(f.getAnnotations())) {
          return false;
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (jackson(m.getAnnotations())) {
          return false;
        }
      }
      return true;
    }
  };

  JsonTree(Function<Object, JsonNode> fallback) {
    this.fallback = fallback;
  }

  /** The tree of {@code value}; a null value is JSON null. */
  JsonNode of(@Nullable Object value) {
    return switch (value) {
      case null -> NODES.nullNode();
      case String s -> NODES.textNode(s);
      case Integer i -> NODES.numberNode(i);
      case Long l -> NODES.numberNode(l);
      case Double d -> NODES.numberNode(d);
      case Float f -> NODES.numberNode(f);
      case Boolean b -> NODES.booleanNode(b);
      case Short s -> NODES.numberNode((int) s);
      case Byte b -> NODES.numberNode((int) b);
      case Character c -> NODES.textNode(String.valueOf(c));
      case Enum<?> e -> plainEnums.get(e.getDeclaringClass()) ? NODES.textNode(e.toString()) : fallback.apply(e);
      case Collection<?> c -> array(c);
      case Map<?, ?> m -> object(m);
      default -> other(value);
    };
  }

  private JsonNode other(Object value) {
    Class<?> type = value.getClass();
    if (type.isArray() && type != byte[].class && type != char[].class) {
      ArrayNode a = NODES.arrayNode(Array.getLength(value));
      for (int i = 0, n = Array.getLength(value); i < n; i++) {
        a.add(of(Array.get(value, i)));
      }
      return a;
    }
    Properties p = properties.get(type);
    return p == null ? fallback.apply(value) : p.write(value, this);
  }

  private ArrayNode array(Collection<?> values) {
    ArrayNode a = NODES.arrayNode(values.size());
    for (Object v : values) {
      a.add(of(v));
    }
    return a;
  }

  private ObjectNode object(Map<?, ?> map) {
    ObjectNode o = NODES.objectNode();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (e.getValue() != null) {
        o.set(String.valueOf(e.getKey()), of(e.getValue()));
      }
    }
    return o;
  }

  /** Whether {@code annotations} hold any Jackson annotation. */
  private static boolean jackson(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (jackson(a)) {
        return true;
      }
    }
    return false;
  }

  private static boolean jackson(Annotation a) {
    return a.annotationType().getPackageName().startsWith("com.fasterxml.jackson");
  }

  /** Whether {@code annotations} hold no Jackson annotation but those this mapping reads. */
  private static boolean understood(Annotation[] annotations) {
    for (Annotation a : annotations) {
      Class<? extends Annotation> t = a.annotationType();
      boolean read = t == JsonProperty.class || t == JsonIgnore.class || t == JsonPropertyOrder.class
          || (a instanceof JsonInclude inc && inc.value() == JsonInclude.Include.NON_NULL);
      if (!read && jackson(a)) {
        return false;
      }
    }
    return true;
  }

  /** {@code type}, its superclasses and every interface it implements, superclasses first. */
  private static List<Class<?>> hierarchy(Class<?> type) {
    List<Class<?>> all = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
      all.addFirst(c);
    }
    for (int i = 0; i < all.size(); i++) {
      for (Class<?> in : all.get(i).getInterfaces()) {
        if (!all.contains(in)) {
          all.add(in);
        }
      }
    }
    return all;
  }

  /** How one class is written: its properties in order; null where the mapping is not this one's. */
  private record Properties(List<Property> list) {

    static @Nullable Properties of(Class<?> type) {
      if (type.getName().startsWith("java.") || type.getName().startsWith("javax.")) {
        return null;
      }
      List<Property> props = new ArrayList<>();
      Map<String, Method> methods = new java.util.TreeMap<>();
      List<String> ignored = new ArrayList<>();
      for (Class<?> c : hierarchy(type)) {
        if (!understood(c.getAnnotations())) {
          return null;
        }
        for (Field f : c.getDeclaredFields()) { // an interface's fields are static, skipped below
          int m = f.getModifiers();
          if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()
              || f.isAnnotationPresent(JsonIgnore.class)) {
            continue;
          }
          if (!understood(f.getAnnotations()) || !accessible(f)) {
            return null;
          }
          JsonProperty named = f.getAnnotation(JsonProperty.class);
          props.add(new Property(named == null || named.value().isEmpty() ? f.getName() : named.value(), f));
        }
        for (Method m : c.getDeclaredMethods()) {
          if (Modifier.isStatic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) {
            continue;
          }
          if (!understood(m.getAnnotations())) {
            return null;
          }
          JsonProperty named = m.getAnnotation(JsonProperty.class);
          if (m.isAnnotationPresent(JsonIgnore.class)) {
            ignored.add(m.getName());
          } else if (named != null) {
            if (m.getParameterCount() != 0 || !accessible(m)) {
              return null;
            }
            methods.putIfAbsent(named.value().isEmpty() ? m.getName() : named.value(), m);
          }
        }
      }
      methods.forEach((name, m) -> props.add(new Property(name, m)));
      props.removeIf(p -> ignored.contains(p.name()));
      JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
      if (order != null) {
        List<String> first = Arrays.asList(order.value());
        props.sort(Comparator.comparingInt(p -> {
          int i = first.indexOf(p.name());
          return i < 0 ? first.size() : i;
        }));
      }
      Map<String, Property> unique = new LinkedHashMap<>();
      for (Property p : props) {
        if (unique.putIfAbsent(p.name(), p) != null) {
          return null; // two members under one name: the mapper's rules decide
        }
      }
      return new Properties(List.copyOf(unique.values()));
    }

    private static boolean accessible(AccessibleObject member) {
      try {
        member.setAccessible(true);
        return true;
      } catch (RuntimeException e) {
        return false;
      }
    }

    ObjectNode write(Object value, JsonTree tree) {
      ObjectNode o = NODES.objectNode();
      for (Property p : list) {
        Object v = p.read(value);
        if (v != null) {
          o.set(p.name(), tree.of(v));
        }
      }
      return o;
    }
  }

  /** One property: a field, or a method marked {@link JsonProperty}. */
  private record Property(String name, AccessibleObject member) {

    @Nullable Object read(Object owner) {
      try {
        return member instanceof Field f ? f.get(owner) : ((Method) member).invoke(owner);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + name + " of " + owner.getClass().getName(), e);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException("cannot read " + name + " of " + owner.getClass().getName(), e.getCause());
      }
    }
  }
}
