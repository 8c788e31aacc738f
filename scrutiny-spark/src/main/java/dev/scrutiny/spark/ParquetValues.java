package dev.scrutiny.spark;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.scrutiny.article.Span;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Writes the core's values straight into a Parquet record laid out as Spark writes the {@link RecordColumns} schema
 * (structs as groups, lists as the three-level {@code LIST} of {@code list.element}, dates as days since 1970), with
 * no intermediate Spark rows: a record's fields are read through its accessors (looked up once per class), a
 * {@link Span} becomes {@code {start, end, text}} with its text cut from the article, enums and characters their
 * {@code toString()}, and any other value of a string column (maps, evidence) its JSON text.
 */
final class ParquetValues {

  private static final ObjectMapper JSON = new ObjectMapper()
      .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
      .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  /** Each record class's accessors by component name. */
  private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      Map<String, Method> out = new HashMap<>();
      for (RecordComponent rc : type.getRecordComponents()) {
        out.put(rc.getName(), rc.getAccessor());
      }
      return out;
    }
  };

  private final RecordConsumer out;
  private final String text;

  private ParquetValues(RecordConsumer out, String text) {
    this.out = out;
    this.text = text;
  }

  /** Writes one row of {@code schema}: {@code values.apply(i)} is the value of field {@code i} (null for none). */
  static void row(RecordConsumer out, StructType schema, IntFunction<@Nullable Object> values, String text) {
    out.startMessage();
    new ParquetValues(out, text).fields(schema, values);
    out.endMessage();
  }

  /** The value of the record component {@code name} of {@code value}, or null when its class has none. */
  static @Nullable Object component(Object value, String name) {
    Method accessor = ACCESSORS.get(value.getClass()).get(name);
    if (accessor == null) {
      return null;
    }
    try {
      return accessor.invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + name + " of " + value.getClass().getName(), e);
    }
  }

  private void fields(StructType type, IntFunction<@Nullable Object> values) {
    StructField[] fields = type.fields();
    for (int i = 0; i < fields.length; i++) {
      Object v = values.apply(i);
      if (v == null) {
        if (!fields[i].nullable()) {
          throw new IllegalStateException("no value for the required column '" + fields[i].name() + "'");
        }
        continue;
      }
      out.startField(fields[i].name(), i);
      value(fields[i].dataType(), v);
      out.endField(fields[i].name(), i);
    }
  }

  private void value(DataType type, Object v) {
    if (type instanceof StructType struct) {
      out.startGroup();
      if (v instanceof Span s && RecordColumns.SPAN.equals(struct)) {
        int start = s.start();
        int end = s.end();
        fields(struct, i -> i == 0 ? start : i == 1 ? end : end <= text.length() ? text.substring(start, end) : null);
      } else if (v instanceof Record r) {
        StructField[] f = struct.fields();
        fields(struct, i -> component(r, f[i].name()));
      } else {
        throw new IllegalStateException("not a record for a struct column: " + v.getClass().getName());
      }
      out.endGroup();
    } else if (type instanceof ArrayType array) {
      list(array.elementType(), (Collection<?>) v);
    } else if (type == DataTypes.StringType) {
      out.addBinary(Binary.fromString(string(v)));
    } else if (type == DataTypes.IntegerType) {
      out.addInteger(((Number) v).intValue());
    } else if (type == DataTypes.LongType) {
      out.addLong(((Number) v).longValue());
    } else if (type == DataTypes.DoubleType) {
      out.addDouble(((Number) v).doubleValue());
    } else if (type == DataTypes.BooleanType) {
      out.addBoolean((Boolean) v);
    } else if (type == DataTypes.DateType) {
      out.addInteger(Math.toIntExact(((LocalDate) v).toEpochDay()));
    } else {
      throw new IllegalStateException("no Parquet writer for column type " + type.simpleString());
    }
  }

  private void list(DataType element, Collection<?> items) {
    out.startGroup();
    if (!items.isEmpty()) {
      out.startField("list", 0);
      for (Object item : items) {
        out.startGroup();
        if (item != null) {
          out.startField("element", 0);
          value(element, item);
          out.endField("element", 0);
        }
        out.endGroup();
      }
      out.endField("list", 0);
    }
    out.endGroup();
  }

  private static String string(Object v) {
    if (v instanceof String s) {
      return s;
    }
    return v instanceof Enum<?> || v instanceof Character ? v.toString() : json(v);
  }

  private static String json(Object v) {
    try {
      String s = JSON.writeValueAsString(v);
      return s.startsWith("\"") && s.endsWith("\"") ? JSON.readValue(s, String.class) : s;
    } catch (JsonProcessingException e) {
      return String.valueOf(v);
    }
  }
}
