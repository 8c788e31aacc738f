package dev.scrutiny.entities;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A trained named-entity tagger: a first-order linear-chain model over BILOU labels of the four
 * CoNLL-2003 types (PER, ORG, LOC, MISC), with hashed sparse features quantised to 16 bits and the
 * word lists it needs ({@link Lexicon}) in one gzip file. Immutable and thread-safe.
 *
 * <pre>{@code
 * NerModel model = NerModel.bundled();
 * List<List<String>> tags = model.tag(List.of(List.of("Vladimir", "Putin", "visited", "Kursk", ".")));
 * // [[B-PER, I-PER, O, B-LOC, O]]
 * }</pre>
 */
public final class NerModel {

  private static final int MAGIC = 0x4e455231; // "NER1": no vocabulary clusters
  private static final int MAGIC_VOCABULARY = 0x4e455232; // "NER2": vocabulary clusters after the word clusters
  private static final String RESOURCE = "/dev/scrutiny/entities/ner.bin";
  private static final String TABLES_RESOURCE = "/dev/scrutiny/entities/ner.tables";
  private static final int TABLES_MAGIC = 0x4e455255; // "NERU": with the vocabulary clusters' table

  private final int bits;
  private final Lexicon lexicon;
  private final NerFeatures features;
  private final int[] keys; // bucket + 1, 0 = empty
  private final int[] rowOf;
  private final short[] rows;
  private final float scale;
  private final float[] trans;

  NerModel(int bits, Lexicon lexicon, int[] buckets, short[] rows, float scale, float[] trans) {
    this.bits = bits;
    this.lexicon = lexicon;
    this.features = new NerFeatures(lexicon, bits);
    this.rows = rows;
    this.scale = scale;
    this.trans = trans;
    int cap = Integer.highestOneBit(Math.max(4, buckets.length * 2 - 1)) << 1;
    this.keys = new int[cap];
    this.rowOf = new int[cap];
    for (int r = 0; r < buckets.length; r++) {
      int i = mixBucket(buckets[r]) & (cap - 1);
      while (keys[i] != 0) {
        i = (i + 1) & (cap - 1);
      }
      keys[i] = buckets[r] + 1;
      rowOf[i] = r;
    }
  }

  private static int mixBucket(int b) {
    return b * 0x9e3779b1 ^ (b >>> 15);
  }

  /** The model shipped in the build, loaded once on first use. */
  public static NerModel bundled() {
    return Bundled.MODEL;
  }

  private static final class Bundled {
    static final NerModel MODEL = load();

    private static NerModel load() {
      byte[] model = resourceBytes(RESOURCE);
      if (model == null) {
        throw new IllegalStateException("NER model resource " + RESOURCE + " is missing from the build");
      }
      try {
        byte[] tables = resourceBytes(TABLES_RESOURCE);
        if (tables != null) {
          NerModel fromTables = readTables(tables, model);
          if (fromTables != null) {
            return fromTables;
          }
        }
        return read(new ByteArrayInputStream(model));
      } catch (IOException | RuntimeException e) {
        throw new IllegalStateException("cannot read NER model " + RESOURCE + ": " + e.getMessage(), e);
      }
    }

    /** The bundled model's word lists, read from the model file (only to write the bundled model out). */
    static Lexicon wordLists() {
      try {
        return read(new ByteArrayInputStream(resourceBytes(RESOURCE))).lexicon;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read NER model " + RESOURCE, e);
      }
    }
  }

  private static byte @Nullable [] resourceBytes(String name) {
    try (InputStream in = NerModel.class.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * Writes the bundled model's lookup tables, derived at build time from {@code ner.bin} into {@code
   * ner.tables} beside it: the same model with its word lists already hashed into tables and its weights
   * uncompressed, loaded with bulk copies instead of hashing some hundred thousand strings at every start.
   * Usage: {@code java dev.scrutiny.entities.NerModel <classes directory>}; the build runs it after copying
   * the resources, and a run without {@code ner.tables} (or with tables of another model file) reads {@code
   * ner.bin}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: NerModel <classes directory holding dev/scrutiny/entities/ner.bin>");
    }
    java.nio.file.Path dir = java.nio.file.Path.of(args[0], "dev", "scrutiny", "entities");
    byte[] model = java.nio.file.Files.readAllBytes(dir.resolve("ner.bin"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    read(new ByteArrayInputStream(model)).writeTables(out, model);
    java.nio.file.Files.write(dir.resolve("ner.tables"), out.toByteArray());
  }

  /** Writes this model's lookup tables for {@link #readTables}, stamped with the model file they come from. */
  void writeTables(OutputStream out, byte[] modelFile) throws IOException {
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    d.writeInt(TABLES_MAGIC);
    d.writeInt(modelFile.length);
    d.writeLong(crc(modelFile));
    d.writeInt(bits);
    d.writeInt(NerLabels.COUNT);
    d.writeInt(trans.length);
    for (float t : trans) {
      d.writeFloat(t);
    }
    d.writeFloat(scale);
    int[] buckets = bucketsOfRows();
    int rowCount = buckets.length;
    d.writeInt(rowCount);
    for (int b : buckets) {
      d.writeInt(b);
    }
    for (short s : rows) {
      d.writeShort(s);
    }
    lexicon.writeTables(d);
    d.flush();
  }

  /**
   * The model in {@code tables} (written by {@link #writeTables}), or null when they were made from another
   * model file than {@code modelFile} (then the model file is read instead).
   */
  static @Nullable NerModel readTables(byte[] tables, byte[] modelFile) throws IOException {
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(tables);
    if (tables.length < 16 || in.getInt() != TABLES_MAGIC) {
      throw new IOException("not NER lookup tables: bad magic number");
    }
    if (in.getInt() != modelFile.length || in.getLong() != crc(modelFile)) {
      return null;
    }
    int bits = in.getInt();
    int labels = in.getInt();
    if (labels != NerLabels.COUNT) {
      throw new IOException("expected " + NerLabels.COUNT + " labels, got " + labels);
    }
    float[] trans = new float[in.getInt()];
    in.asFloatBuffer().get(trans);
    in.position(in.position() + trans.length * Float.BYTES);
    float scale = in.getFloat();
    int rowCount = in.getInt();
    int[] buckets = new int[rowCount];
    in.asIntBuffer().get(buckets);
    in.position(in.position() + rowCount * Integer.BYTES);
    short[] rows = new short[rowCount * labels];
    in.asShortBuffer().get(rows);
    in.position(in.position() + rows.length * Short.BYTES);
    Lexicon lexicon = Lexicon.readTables(in);
    if (in.hasRemaining()) {
      throw new IOException("NER lookup tables: " + in.remaining() + " bytes left over");
    }
    return new NerModel(bits, lexicon, buckets, rows, scale, trans);
  }

  private static long crc(byte[] bytes) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  Lexicon lexicon() {
    return lexicon;
  }

  NerFeatures features() {
    return features;
  }

  /** Number of stored weight rows (non-zero hashed features). */
  public int weightRows() {
    return rows.length / NerLabels.COUNT;
  }

  /**
   * IOB2 tags ({@code B-PER}, {@code I-LOC}, {@code O}) for the sentences of one document; the whole
   * document is given at once because document-level evidence feeds the features.
   */
  public List<List<String>> tag(List<List<String>> sentences) {
    List<String[]> in = new ArrayList<>(sentences.size());
    for (List<String> s : sentences) {
      in.add(s.toArray(String[]::new));
    }
    List<List<Chunk>> chunks = chunks(in);
    List<List<String>> out = new ArrayList<>(sentences.size());
    for (int s = 0; s < in.size(); s++) {
      String[] tags = new String[in.get(s).length];
      java.util.Arrays.fill(tags, "O");
      for (Chunk c : chunks.get(s)) {
        for (int i = c.start(); i < c.end(); i++) {
          tags[i] = (i == c.start() ? "B-" : "I-") + c.type();
        }
      }
      out.add(List.of(tags));
    }
    return out;
  }

  /** Entity chunks per sentence of one document. */
  List<List<Chunk>> chunks(List<String[]> sentences) {
    NerFeatures.Document doc = features.document(sentences);
    NerFeatures.History history = features.new History();
    int[][][] f = doc.features();
    List<List<Chunk>> out = new ArrayList<>(f.length);
    for (int s = 0; s < f.length; s++) {
      int[] y = decode(history.extend(f[s], doc.words()[s], doc.capitalised()[s]));
      history.record(doc.words()[s], doc.capitalised()[s], y);
      out.add(NerLabels.decode(y));
    }
    return out;
  }

  int[] decode(int[][] sentence) {
    final int L = NerLabels.COUNT;
    int n = sentence.length;
    float[] emission = new float[n * L];
    int[] acc = new int[L];
    int capMask = keys.length - 1;
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(acc, 0);
      for (int b : sentence[i]) {
        int key = b + 1;
        int slot = mixBucket(b) & capMask;
        while (true) {
          int k = keys[slot];
          if (k == key) {
            int base = rowOf[slot] * L;
            for (int y = 0; y < L; y++) {
              acc[y] += rows[base + y];
            }
            break;
          }
          if (k == 0) {
            break;
          }
          slot = (slot + 1) & capMask;
        }
      }
      for (int y = 0; y < L; y++) {
        emission[i * L + y] = acc[y] * scale;
      }
    }
    return Viterbi.decode(emission, trans, n);
  }

  /**
   * Writes the model (gzip): format 2 when it has vocabulary clusters, else format 1 (what models written
   * before them hold, byte for byte).
   */
  public void write(OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out, 1 << 16)));
    d.writeInt(lexicon.hasVocabulary() ? MAGIC_VOCABULARY : MAGIC);
    d.writeInt(bits);
    d.writeInt(NerLabels.COUNT);
    (lexicon.hasWordLists() ? lexicon : Bundled.wordLists()).write(d);
    for (float t : trans) {
      d.writeFloat(t);
    }
    d.writeFloat(scale);
    int[] buckets = bucketsOfRows();
    int rowCount = buckets.length;
    d.writeInt(rowCount);
    // rows are written sorted by bucket (the trainer builds them that way) as deltas, for compression
    int prev = 0;
    for (int r = 0; r < rowCount; r++) {
      writeVarInt(d, buckets[r] - prev);
      prev = buckets[r];
    }
    for (short s : rows) {
      d.writeShort(s);
    }
    d.flush();
    d.close();
  }

  /** Reads a model written by {@link #write}. */
  public static NerModel read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16)));
    int magic = d.readInt();
    if (magic != MAGIC && magic != MAGIC_VOCABULARY) {
      throw new IOException("not an NER model: expected magic " + Integer.toHexString(MAGIC) + " or "
          + Integer.toHexString(MAGIC_VOCABULARY) + ", got " + Integer.toHexString(magic));
    }
    int bits = d.readInt();
    int labels = d.readInt();
    if (labels != NerLabels.COUNT) {
      throw new IOException("expected " + NerLabels.COUNT + " labels, got " + labels);
    }
    Lexicon lexicon = Lexicon.read(d, magic == MAGIC_VOCABULARY);
    float[] trans = new float[(labels + 1) * labels];
    for (int i = 0; i < trans.length; i++) {
      trans[i] = d.readFloat();
    }
    float scale = d.readFloat();
    int rowCount = d.readInt();
    int[] buckets = new int[rowCount];
    int prev = 0;
    for (int r = 0; r < rowCount; r++) {
      prev += readVarInt(d);
      buckets[r] = prev;
    }
    short[] rows = new short[rowCount * labels];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = d.readShort();
    }
    return new NerModel(bits, lexicon, buckets, rows, scale, trans);
  }

  private static void writeVarInt(DataOutputStream d, int v) throws IOException {
    while ((v & ~0x7f) != 0) {
      d.writeByte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    d.writeByte(v);
  }

  private static int readVarInt(DataInputStream d) throws IOException {
    int v = 0;
    for (int shift = 0; ; shift += 7) {
      int b = d.readUnsignedByte();
      v |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
  }

  /** The hash bucket of each weight row: the inverse of the open-addressing table's bucket → row map. */
  private int[] bucketsOfRows() {
    int[] buckets = new int[rows.length / NerLabels.COUNT];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        buckets[rowOf[i]] = keys[i] - 1;
      }
    }
    return buckets;
  }
}
