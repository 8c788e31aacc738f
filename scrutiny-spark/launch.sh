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
  # the module's own jar, not target/classes: a start-up cache takes jars only
  local jar
  jar="$(find "$module/target" -maxdepth 1 -name 'scrutiny-spark-[0-9]*.jar' ! -name '*-sources.jar' ! -name '*-tests.jar' \
    -print -quit)"
  local cp="${jar:-$module/target/classes}:$(cat "$classpath")"
  # Parallel GC for this batch job (less CPU than G1 here: no concurrent marking or refinement threads), unless
  # SCRUTINY_JAVA_OPTS picks a collector
  local gc="-XX:+UseParallelGC"
  case "${SCRUTINY_JAVA_OPTS:-}" in *GC*) gc="" ;; esac
  local cache_opts=()
  if [ -n "$jar" ] && [ "${SCRUTINY_AOT:-1}" != 0 ]; then
    scrutiny_spark_cache "$jar" "$cp" "$opens" "$log" && cache_opts=("${scrutiny_spark_use[@]}")
  fi
  # shellcheck disable=SC2086
  SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}" exec "$JAVA_HOME/bin/java" $opens --enable-native-access=ALL-UNNAMED $gc \
    ${cache_opts[@]+"${cache_opts[@]}"} \
    -Dlog4j2.configurationFile="$module/src/main/resources/dev/scrutiny/spark/log4j2-local.properties" \
    ${SCRUTINY_JAVA_OPTS:-} -cp "$cp" dev.scrutiny.spark.SparkMain "$@"
}

# The job's start-up cache, made once per build by a training run of the job on examples/ in local mode: an AOT
# cache on JDK 25+ (Spark's and Scrutiny's classes loaded and linked, with method profiles), a class-data-sharing
# archive on JDK 21-24. Spark loads some 15,000 classes before the first article; with the cache the job starts
# and reaches its first stage sooner. Sets scrutiny_spark_use to the flags that use it; returns 1 without one.
# SCRUTINY_AOT=0 runs without it.
scrutiny_spark_cache() {
  local jar="$1" cp="$2" opens="$3" log="$4" release cache make
  release="$(scrutiny_jdk_release "$JAVA_HOME")"
  if [ "${release:-0}" -ge 25 ]; then
    cache="$here/scrutiny-spark/target/scrutiny-spark-jdk$release.aot"; make=(-XX:AOTCacheOutput="$cache")
    scrutiny_spark_use=(-XX:AOTCache="$cache" -Xlog:aot=off -Xlog:cds=off)
  else
    cache="$here/scrutiny-spark/target/scrutiny-spark-jdk$release.jsa"; make=(-XX:ArchiveClassesAtExit="$cache")
    scrutiny_spark_use=(-XX:SharedArchiveFile="$cache" -Xlog:cds=off)
  fi
  if [ ! -f "$cache" ] || [ "$jar" -nt "$cache" ] || [ "$here/scrutiny-spark/target/classpath.txt" -nt "$cache" ]; then
    local training="$here/scrutiny-spark/target/cache-training"
    mkdir -p "$(dirname "$log")"
    echo "scrutiny: making the Spark job's start-up cache (a training run on examples/, once per build, ~1 min)" >&2
    rm -rf "$training"
    # shellcheck disable=SC2086
    if ! SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}" "$JAVA_HOME/bin/java" $opens --enable-native-access=ALL-UNNAMED \
        -XX:+UseParallelGC "${make[@]}" \
        -Dlog4j2.configurationFile="$here/scrutiny-spark/src/main/resources/dev/scrutiny/spark/log4j2-local.properties" \
        -cp "$cp" dev.scrutiny.spark.SparkMain --master 'local[2]' --in "$here/examples" --out "$training" \
        >"$(dirname "$log")/spark-cache.log" 2>&1; then
      echo "scrutiny: no start-up cache (see .scrutiny/spark-cache.log); running without it" >&2
      rm -f "$cache"
    fi
    rm -rf "$training"
  fi
  [ -f "$cache" ]
}
