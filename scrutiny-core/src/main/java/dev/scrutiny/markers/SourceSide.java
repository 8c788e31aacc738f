package dev.scrutiny.markers;

/** Whose words a quotation gives, judged from names and institutions in its sentence. */
public enum SourceSide { RUSSIAN, UKRAINIAN, OTHER }
