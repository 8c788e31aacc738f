#!/usr/bin/env bash
# Sourced by ./scrutiny for `./scrutiny spark …`: builds scrutiny-spark on first use or when sources changed
# (Spark's jars then come into the local Maven repository once), and runs the job in local mode with Spark on the
# classpath. The CLI's own jar stays free of Spark. Expects $here (the checkout) and $JAVA_HOME (JDK 21+).

scrutiny_spark() {
  local module="$here/scrutiny-spark"
  local classpath="$module/target/classpath.txt"
  local log="$here/.scrutiny/spark-build.log"
  if [ ! -f "$classpath" ] || [ -n "$(find "$here/pom.xml" "$here/scrutiny-core/pom.xml" "$module/pom.xml" \
      "$here/scrutiny-core/src/main" "$module/src/main" -newer "$classpath" -print -quit 2>/dev/null)" ]; then
    mkdir -p "$(dirname "$log")"
    echo "scrutiny: building the Spark job (the first time downloads Spark, ~280 MB); log: ${log#"$here"/}" >&2
    if ! (cd "$here" && ./mvnw -B -DskipTests -Dstyle.color=never -pl scrutiny-spark -am package) >"$log" 2>&1; then
      echo "scrutiny: build failed; last lines of ${log#"$here"/}:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    touch "$classpath"
  fi
  # the module access Spark needs on JDK 17+ (the same list as the module's surefire configuration)
  local opens
  opens="$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' "$module/pom.xml")"
  # Parallel GC for this batch job (less CPU than G1 here: no concurrent marking or refinement threads), unless
  # SCRUTINY_JAVA_OPTS picks a collector
  local gc="-XX:+UseParallelGC"
  case "${SCRUTINY_JAVA_OPTS:-}" in *GC*) gc="" ;; esac
  # shellcheck disable=SC2086
  SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}" exec "$JAVA_HOME/bin/java" $opens --enable-native-access=ALL-UNNAMED $gc \
    -Dlog4j2.configurationFile="$module/src/main/resources/dev/scrutiny/spark/log4j2-local.properties" \
    ${SCRUTINY_JAVA_OPTS:-} -cp "$module/target/classes:$(cat "$classpath")" dev.scrutiny.spark.SparkMain "$@"
}
