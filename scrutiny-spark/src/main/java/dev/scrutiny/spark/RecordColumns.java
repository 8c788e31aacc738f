package dev.scrutiny.spark;

import dev.scrutiny.article.Span;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Typed Spark columns for the core's annotation records, derived from their record components, so that a layer
 * record gaining a field gains a column with no change here. Strings, numbers and booleans map to their Spark types,
 * enums to their JSON name ({@code toString()}), a {@link Span} to {@code struct<start, end, text>} (the text cut
 * from the article, so "statements whose speaker.text is …" needs no join), other records to structs, lists to
 * arrays, and anything else (maps, dates) to its JSON text.
 */
final class RecordColumns {

  private static final int MAX_DEPTH = 6;

  /** The column type of a {@link Span}. */
  static final StructType SPAN = DataTypes.createStructType(List.of(
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
}
