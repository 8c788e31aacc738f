#!/usr/bin/env bash
# Sourced by ./scrutiny for `./scrutiny spark …`: builds scrutiny-spark on first use or when sources changed
# (Spark's jars then come into the local Maven repository once), and runs the job in local mode with Spark on the
# classpath. The CLI's own jar stays free of Spark. Expects $here (the checkout) and $JAVA_HOME (JDK 21+).

scrutiny_spark() {
  local module="$here/scrutiny-spark"
  local classpath="$module/target/classpath.txt"
  local log="$here/.scrutiny/spark-build.log"
  if [ ! -f "$classpath" ] || [ -n "$(find "$here/pom.xml" "$here/scrutiny-core/pom.xml" "$module/pom.xml" \
      "$here/scrutiny-core/src/main" "$here/scrutiny-encoder/pom.xml" "$here/scrutiny-encoder/src/main" "$module/src/main" -newer "$classpath" -print -quit 2>/dev/null)" ]; then
    mkdir -p "$(dirname "$log")"
    echo "scrutiny: building the Spark job (the first time downloads Spark, ~280 MB); log: ${log#"$here"/}" >&2
    if ! (cd "$here" && ./mvnw -B -DskipTests -Dstyle.color=never -pl scrutiny-spark -am package) >"$log" 2>&1; then
      echo "scrutiny: build failed; last lines of ${log#"$here"/}:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    touch "$classpath"
  fi
  # the JVM the job runs in: the module access Spark needs on JDK 17+ (the same list as the module's surefire
  # configuration), logging for one machine, and the module's own jar rather than target/classes (a start-up cache
  # takes jars only)
  local opens jar
  opens="$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' "$module/pom.xml")"
  jar="$(find "$module/target" -maxdepth 1 -name 'scrutiny-spark-[0-9]*.jar' ! -name '*-sources.jar' ! -name '*-tests.jar' \
    -print -quit)"
  # shellcheck disable=SC2206
  local jvm=("$JAVA_HOME/bin/java" $opens --enable-native-access=ALL-UNNAMED
    -Dlog4j2.configurationFile="$module/src/main/resources/dev/scrutiny/spark/log4j2-local.properties"
    -cp "${jar:-$module/target/classes}:$(cat "$classpath")")
  # Parallel GC for this batch job (less CPU than G1 here: no concurrent marking or refinement threads), unless
  # SCRUTINY_JAVA_OPTS picks a collector
  local gc="-XX:+UseParallelGC"
  case "${SCRUTINY_JAVA_OPTS:-}" in *GC*) gc="" ;; esac
  # and its heap in huge pages where the kernel gives them (scrutiny_thp_flags in ./scrutiny): 2,000 press
  # releases on local[2] in 42.2 s against 47.0 s, 20 in 11.1-11.4 s against 12.2-12.6 s
  scrutiny_thp_flags
  local cache_opts=()
  if [ -n "$jar" ] && [ "${SCRUTINY_AOT:-1}" != 0 ]; then
    scrutiny_spark_cache "$jar" "${jvm[@]}" && cache_opts=("${scrutiny_cache_use[@]}")
  fi
  # shellcheck disable=SC2086
  SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}" exec "${jvm[@]}" $gc ${scrutiny_thp[@]+"${scrutiny_thp[@]}"} \
    ${cache_opts[@]+"${cache_opts[@]}"} ${SCRUTINY_JAVA_OPTS:-} dev.scrutiny.spark.SparkMain "$@"
}

# The job's start-up cache (scrutiny_cache_flags in ./scrutiny), made once per build by a training run of the job
# on examples/ in local mode. Spark loads some 15,000 classes before the first article; with the cache the job
# starts and reaches its first stage sooner. Arguments: the module's jar, then the JVM command the job runs with
# (up to its main class). Returns 1 when there is no cache.
scrutiny_spark_cache() {
  local jar="$1"; shift
  scrutiny_cache_flags "$here/scrutiny-spark/target/scrutiny-spark"
  if [ ! -f "$scrutiny_cache" ] || [ "$jar" -nt "$scrutiny_cache" ] \
      || [ "$here/scrutiny-spark/target/classpath.txt" -nt "$scrutiny_cache" ]; then
    local training="$here/scrutiny-spark/target/cache-training"
    mkdir -p "$here/.scrutiny"
    echo "scrutiny: making the Spark job's start-up cache (a training run on examples/, once per build, ~1 min)" >&2
    rm -rf "$training"
    if ! SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}" "$@" -XX:+UseParallelGC "${scrutiny_cache_make[@]}" \
        dev.scrutiny.spark.SparkMain --master 'local[2]' --in "$here/examples" --out "$training" \
        >"$here/.scrutiny/spark-cache.log" 2>&1; then
      echo "scrutiny: no start-up cache (see .scrutiny/spark-cache.log); running without it" >&2
      rm -f "$scrutiny_cache"
    fi
    rm -rf "$training"
  fi
  [ -f "$scrutiny_cache" ]
}
