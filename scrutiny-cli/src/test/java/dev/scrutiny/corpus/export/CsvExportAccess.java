package dev.scrutiny.corpus.export;

/** Test access to CSV cell encoding. */
public final class CsvExportAccess {
  private CsvExportAccess() {}

  public static String cell(Object value) {
    return CsvExport.cell(value);
  }
}
