package dev.scrutiny.spark;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.scrutiny.article.Span;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Typed Spark columns for the core's annotation records, derived from their record components, so that a layer
 * record gaining a field gains a column with no change here. Strings, numbers and booleans map to their Spark types,
 * enums to their JSON name ({@code toString()}), a {@link Span} to {@code struct<start, end, text>} (the text cut
 * from the article, so "statements whose speaker.text is …" needs no join), other records to structs, lists to
 * arrays, and anything else (maps, dates) to its JSON text.
 */
final class RecordColumns {

  private static final int MAX_DEPTH = 6;
  private static final ObjectMapper JSON = new ObjectMapper()
      .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
      .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private static final StructType SPAN = DataTypes.createStructType(List.of(
      DataTypes.createStructField("start", DataTypes.IntegerType, false),
      DataTypes.createStructField("end", DataTypes.IntegerType, false),
      DataTypes.createStructField("text", DataTypes.StringType, true)));

  private RecordColumns() {}

  /** The fields of a record class, or of the union of a sealed interface's records (same-named fields must agree). */
  static List<StructField> fields(Class<?> type) {
    Map<String, StructField> out = new LinkedHashMap<>();
    for (Class<?> c : records(type)) {
      for (RecordComponent rc : c.getRecordComponents()) {
        StructField f = DataTypes.createStructField(rc.getName(), typeOf(rc.getGenericType(), 0), true);
        StructField seen = out.putIfAbsent(rc.getName(), f);
        if (seen != null && !seen.dataType().equals(f.dataType())) {
          out.put(rc.getName(), DataTypes.createStructField(rc.getName(), DataTypes.StringType, true));
        }
      }
    }
    return List.copyOf(out.values());
  }

  /** The values of {@code value}'s fields in the order of {@link #fields(Class)} for {@code type}. */
  static List<@Nullable Object> values(Object value, Class<?> type, List<StructField> fields, String text) {
    Map<String, RecordComponent> byName = new LinkedHashMap<>();
    for (RecordComponent rc : value.getClass().getRecordComponents()) {
      byName.put(rc.getName(), rc);
    }
    List<@Nullable Object> out = new ArrayList<>(fields.size());
    for (StructField f : fields) {
      RecordComponent rc = byName.get(f.name());
      out.add(rc == null ? null : convert(component(value, rc), f.dataType(), text));
    }
    return out;
  }

  private static List<Class<?>> records(Class<?> type) {
    if (type.isRecord()) {
      return List.of(type);
    }
    Class<?>[] permitted = type.getPermittedSubclasses();
    if (permitted == null) {
      throw new IllegalArgumentException(type.getName() + " is neither a record nor a sealed interface of records");
    }
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> p : permitted) {
      out.addAll(records(p));
    }
    return out;
  }

  private static DataType typeOf(Type t, int depth) {
    Class<?> raw = raw(t);
    if (raw == String.class || raw == char.class || raw == Character.class) {
      return DataTypes.StringType;
    } else if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
      return DataTypes.IntegerType;
    } else if (raw == long.class || raw == Long.class) {
      return DataTypes.LongType;
    } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
      return DataTypes.DoubleType;
    } else if (raw == boolean.class || raw == Boolean.class) {
      return DataTypes.BooleanType;
    } else if (raw.isEnum()) {
      return DataTypes.StringType;
    } else if (raw == Span.class) {
      return SPAN;
    } else if (raw.isRecord() && depth < MAX_DEPTH) {
      return DataTypes.createStructType(fieldsAt(raw, depth + 1));
    } else if (Collection.class.isAssignableFrom(raw) && t instanceof ParameterizedType p && depth < MAX_DEPTH) {
      return DataTypes.createArrayType(typeOf(p.getActualTypeArguments()[0], depth + 1), true);
    }
    return DataTypes.StringType;
  }

  private static List<StructField> fieldsAt(Class<?> record, int depth) {
    List<StructField> out = new ArrayList<>();
    for (RecordComponent rc : record.getRecordComponents()) {
      out.add(DataTypes.createStructField(rc.getName(), typeOf(rc.getGenericType(), depth), true));
    }
    return out;
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }

  private static @Nullable Object convert(@Nullable Object v, DataType type, String text) {
    if (v == null) {
      return null;
    }
    if (v instanceof Span s && SPAN.equals(type)) {
      String cut = s.end() <= text.length() ? text.substring(s.start(), s.end()) : null;
      return RowFactory.create(s.start(), s.end(), cut);
    }
    if (type instanceof StructType st && v instanceof Record r) {
      List<StructField> fields = List.of(st.fields());
      return RowFactory.create(values(r, r.getClass(), fields, text).toArray());
    }
    if (type instanceof org.apache.spark.sql.types.ArrayType at && v instanceof Collection<?> c) {
      List<@Nullable Object> items = new ArrayList<>(c.size());
      for (Object item : c) {
        items.add(convert(item, at.elementType(), text));
      }
      return CollectionConverters.asScala(items).toSeq();
    }
    if (type == DataTypes.IntegerType && v instanceof Number n) {
      return n.intValue();
    }
    if (type == DataTypes.DoubleType && v instanceof Number n) {
      return n.doubleValue();
    }
    if (type == DataTypes.StringType && !(v instanceof String)) {
      return v instanceof Enum<?> || v instanceof Character ? v.toString() : json(v);
    }
    return v;
  }

  private static String json(Object v) {
    try {
      String s = JSON.writeValueAsString(v);
      return s.startsWith("\"") && s.endsWith("\"") ? JSON.readValue(s, String.class) : s;
    } catch (JsonProcessingException e) {
      return String.valueOf(v);
    }
  }

  private static @Nullable Object component(Object value, RecordComponent rc) {
    try {
      return rc.getAccessor().invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + rc.getName() + " of " + value.getClass().getName(), e);
    }
  }
}
