package dev.scrutiny.text;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The language-detection model in a compact form the build derives from OpenNLP's {@code
 * langdetect-183.bin}: the same predicates, outcome sets and weights (bit for bit), stored as one character
 * block and arrays read with bulk copies, instead of a zip of a text-like format read one string and one
 * number at a time. The model built from it is an ordinary OpenNLP {@link GISModel}, so predictions are
 * exactly those of the original.
 *
 * <p>Usage: {@code java dev.scrutiny.text.LanguageModelTables <classes directory>}; the build runs it after
 * compiling, writing {@value #RESOURCE}. A run without that file reads the original model.
 */
public final class LanguageModelTables {

  /** Classpath location of the derived tables. */
  static final String RESOURCE = "/dev/scrutiny/text/langdetect.tables";
  private static final int MAGIC = 0x4c445431; // "LDT1"

  private LanguageModelTables() {}

  /** Writes {@value #RESOURCE} under the classes directory {@code args[0]} from the model on the classpath. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: LanguageModelTables <classes directory>");
    }
    LanguageDetectorModel model;
    try (InputStream in = LanguageModelTables.class.getResourceAsStream(LanguageIdentifier.MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "language model " + LanguageIdentifier.MODEL_RESOURCE + " is not on the classpath");
      }
      model = new LanguageDetectorModel(in);
    }
    Path out = Path.of(args[0], RESOURCE.substring(1));
    Files.createDirectories(out.getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      write((AbstractModel) model.getMaxentModel(), o);
    }
  }

  /** Writes the predicates, outcome sets and weights of {@code model} (predicates in sorted order). */
  @SuppressWarnings("unchecked")
  static void write(AbstractModel model, OutputStream out) throws IOException {
    Object[] parts = model.getDataStructures();
    Map<String, Context> pmap = (Map<String, Context>) parts[1];
    String[] outcomes = (String[]) parts[2];
    String[] preds = pmap.keySet().toArray(String[]::new);
    Arrays.sort(preds);
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    d.writeInt(MAGIC);
    d.writeInt(outcomes.length);
    for (String o : outcomes) {
      d.writeUTF(o);
    }
    // outcome sets, shared by many predicates
    Map<List<Integer>, Integer> patternIds = new HashMap<>();
    List<int[]> patterns = new ArrayList<>();
    int[] patternOf = new int[preds.length];
    int paramCount = 0;
    int chars = 0;
    for (int i = 0; i < preds.length; i++) {
      int[] oc = pmap.get(preds[i]).getOutcomes();
      List<Integer> key = Arrays.stream(oc).boxed().toList();
      Integer id = patternIds.get(key);
      if (id == null) {
        id = patterns.size();
        patternIds.put(key, id);
        patterns.add(oc.clone());
      }
      patternOf[i] = id;
      paramCount += oc.length;
      chars += preds[i].length();
    }
    d.writeInt(patterns.size());
    for (int[] p : patterns) {
      d.writeInt(p.length);
      for (int o : p) {
        d.writeInt(o);
      }
    }
    d.writeInt(preds.length);
    d.writeInt(chars);
    for (String p : preds) {
      d.writeChars(p);
    }
    for (String p : preds) {
      d.writeInt(p.length());
    }
    for (int p : patternOf) {
      d.writeInt(p);
    }
    d.writeInt(paramCount);
    for (String p : preds) {
      for (double w : pmap.get(p).getParameters()) {
        d.writeDouble(w);
      }
    }
    d.flush();
  }

  /** The model written by {@link #write}, as OpenNLP's language detector model. */
  static LanguageDetectorModel read(byte[] bytes) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    if (bytes.length < 8 || in.getInt() != MAGIC) {
      throw new IOException("not language-model tables: bad magic number");
    }
    String[] outcomes = new String[in.getInt()];
    for (int i = 0; i < outcomes.length; i++) {
      char[] c = new char[in.getShort() & 0xffff];
      for (int k = 0; k < c.length; k++) {
        c[k] = (char) (in.get() & 0xff); // ISO 639-3 codes: ASCII
      }
      outcomes[i] = new String(c);
    }
    int[][] patterns = new int[in.getInt()][];
    for (int p = 0; p < patterns.length; p++) {
      patterns[p] = new int[in.getInt()];
      in.asIntBuffer().get(patterns[p]);
      in.position(in.position() + patterns[p].length * Integer.BYTES);
    }
    int predCount = in.getInt();
    char[] chars = new char[in.getInt()];
    in.asCharBuffer().get(chars);
    in.position(in.position() + chars.length * Character.BYTES);
    int[] lengths = new int[predCount];
    in.asIntBuffer().get(lengths);
    in.position(in.position() + predCount * Integer.BYTES);
    int[] patternOf = new int[predCount];
    in.asIntBuffer().get(patternOf);
    in.position(in.position() + predCount * Integer.BYTES);
    double[] params = new double[in.getInt()];
    in.asDoubleBuffer().get(params);
    in.position(in.position() + params.length * Double.BYTES);
    if (in.hasRemaining()) {
      throw new IOException("language-model tables: " + in.remaining() + " bytes left over");
    }
    String[] preds = new String[predCount];
    Context[] contexts = new Context[predCount];
    int c = 0;
    int w = 0;
    for (int i = 0; i < predCount; i++) {
      preds[i] = new String(chars, c, lengths[i]);
      c += lengths[i];
      int[] oc = patterns[patternOf[i]];
      contexts[i] = new Context(oc, Arrays.copyOfRange(params, w, w + oc.length));
      w += oc.length;
    }
    if (c != chars.length || w != params.length) {
      throw new IOException("language-model tables: sizes do not add up");
    }
    return new LanguageDetectorModel(new GISModel(contexts, preds, outcomes), Map.of(), new LanguageDetectorFactory());
  }
}
