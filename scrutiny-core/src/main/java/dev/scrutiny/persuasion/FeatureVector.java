package dev.scrutiny.persuasion;

/** A sparse hashed feature vector: parallel arrays of distinct indices and values. Not copied: do not mutate. */
record FeatureVector(int[] index, float[] value) {

  int size() {
    return index.length;
  }
}
