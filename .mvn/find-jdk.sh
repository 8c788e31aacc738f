# Sourced by ./mvnw, ./scrutiny and .ci/run: exports JAVA_HOME pointing at a JDK of release 21 or newer.
# Order: $JAVA_HOME if it is 21+, else the newest JDK 21+ under /usr/lib/jvm (or /Library/Java on macOS),
# else the `java` on PATH if it is 21+. Prints a clear error and returns 1 when none is found.
scrutiny_jdk_release() {
  # prints the feature release (17, 21, 25 …) of the JDK at $1, or nothing
  local rel="$1/release"
  [ -x "$1/bin/javac" ] || return 0
  if [ -f "$rel" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel" | head -n 1
  fi
}
scrutiny_find_jdk() {
  # callers may run with globbing off (mvnw uses set -f): switch it on here, restore on return
  case $- in *f*) set +f; scrutiny_noglob=1 ;; *) scrutiny_noglob=0 ;; esac
  scrutiny_pick_jdk; scrutiny_rc=$?
  [ "$scrutiny_noglob" = 1 ] && set -f
  return $scrutiny_rc
}
scrutiny_pick_jdk() {
  local want=21 best="" bestrel=0 cand r
  if [ -n "${JAVA_HOME:-}" ]; then
    r=$(scrutiny_jdk_release "$JAVA_HOME")
    if [ -n "$r" ] && [ "$r" -ge "$want" ]; then export JAVA_HOME; return 0; fi
  fi
  for cand in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$cand" ] || continue
    r=$(scrutiny_jdk_release "$cand")
    if [ -n "$r" ] && [ "$r" -ge "$want" ] && [ "$r" -gt "$bestrel" ]; then best="$cand"; bestrel="$r"; fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    cand=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    r=$(scrutiny_jdk_release "$cand")
    if [ -n "$r" ] && [ "$r" -ge "$want" ]; then best="$cand"; fi
  fi
  if [ -z "$best" ]; then
    echo "scrutiny: no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, searched /usr/lib/jvm)." >&2
    echo "scrutiny: install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+, or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
