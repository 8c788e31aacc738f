package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.bench.BenchArticles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * Runs after {@code package} (failsafe, verify phase): the jars that ship carry the licence and the data
 * credits, the NOTICE names every model file the jar contains, and no JMH (GPL with Classpath Exception)
 * is shipped.
 */
class ShippedJarsIT {

  private static final Path FAT_JAR = Path.of(System.getProperty("scrutiny.jar", "target/scrutiny.jar"));

  @Test
  void theRunnableJarCarriesLicenceNoticeAndGeoNamesCredit() throws IOException {
    assertThat(FAT_JAR).isRegularFile();
    try (JarFile jar = new JarFile(FAT_JAR.toFile())) {
      assertThat(text(jar, "META-INF/LICENSE")).contains("Apache License").contains("Version 2.0");
      String notice = text(jar, "META-INF/NOTICE");
      assertThat(notice).contains("Scrutiny").contains("GeoNames (https://www.geonames.org/)")
          .contains("CC BY 4.0").contains("Natural Earth");
      assertThat(modelsWithoutNoticeSection(jar, notice)).isEmpty();
      assertThat(jar.stream().map(ZipEntry::getName).filter(n -> n.startsWith("org/openjdk/jmh/")
          || n.startsWith("dev/scrutiny/bench/jmh_generated/") || n.equals("META-INF/BenchmarkList"))).isEmpty();
    }
  }

  @Test
  void theCoreAndLabJarsCarryLicenceAndNotice() throws Exception {
    for (Class<?> c : List.of(Scrutiny.class, BenchArticles.class)) {
      Path where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
      assertThat(where.toString()).as("failsafe runs on the packaged jar of %s", c).endsWith(".jar");
      try (JarFile jar = new JarFile(where.toFile())) {
        assertThat(text(jar, "META-INF/LICENSE")).contains("Apache License");
        String notice = text(jar, "META-INF/NOTICE");
        assertThat(notice).startsWith("Scrutiny").contains("CC BY 4.0").contains("CoNLL-2003")
            .contains("SemEval-2023").contains("CheckThat! 2024");
        assertThat(modelsWithoutNoticeSection(jar, notice)).as(where.toString()).isEmpty();
      }
    }
  }

  /** Model and index files ({@code .bin}, {@code .bin.gz}) under dev/scrutiny/ whose name NOTICE never mentions. */
  private static List<String> modelsWithoutNoticeSection(JarFile jar, String notice) {
    List<String> missing = new ArrayList<>();
    jar.stream().map(ZipEntry::getName)
        .filter(n -> n.startsWith("dev/scrutiny/") && (n.endsWith(".bin") || n.endsWith(".bin.gz")))
        .forEach(n -> {
          String file = n.substring(n.lastIndexOf('/') + 1);
          if (!notice.contains(file)) {
            missing.add(n);
          }
        });
    return missing;
  }

  private static String text(JarFile jar, String entry) throws IOException {
    ZipEntry e = jar.getEntry(entry);
    assertThat(e).as("%s in %s", entry, jar.getName()).isNotNull();
    try (InputStream in = jar.getInputStream(e)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
