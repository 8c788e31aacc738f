#!/usr/bin/env bash
# Spark job against the CLI on one machine: how the job scales from one task slot to two, and what it costs per
# article over `scrutiny analyze`. Usage, from the checkout:
#
#   scrutiny-spark/bench/slots.sh IN [ROUNDS]      IN: a file or folder of articles (2,000 press releases, say)
#
# Each round runs, one after another: the CLI (`analyze --threads 1 --format jsonl --no-timings`), the job on
# local[1], the job on local[1] held to one core (taskset; what a one-core executor container gets on a cluster:
# the JVM's compiler and collector threads share that core), and the job on local[2]. Prints wall and CPU time
# (user + sys, /usr/bin/time) and peak RSS of each run, whether the job's JSON lines equal the CLI's (sorted),
# and the ratios. The first run of a build also makes the start-up caches, untimed. Outputs go to a temporary
# folder (BENCH_DIR to keep them).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
in="${1:?usage: slots.sh IN [ROUNDS]}"
rounds="${2:-1}"
[ -e "$in" ] || { echo "slots.sh: no such input: $in" >&2; exit 2; }
work="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$work"
cd "$here"

pin=()
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then pin=(taskset -c 0); fi

# untimed: builds and start-up caches
./scrutiny analyze --format jsonl --no-timings examples >/dev/null 2>&1
./scrutiny spark --master 'local[2]' --in examples --out "$work/warm" >/dev/null 2>&1
rm -rf "$work/warm"

declare -A wall cpu
run() { # name, command...
  local name=$1; shift
  rm -rf "$work/$name.out"
  if ! /usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" "$@" >"$work/$name.log" 2>&1; then
    echo "slots.sh: $name failed; last lines of $work/$name.log:" >&2
    tail -n 20 "$work/$name.log" >&2
    exit 1
  fi
  local w u s m
  read -r w u s m <"$work/$name.time"
  wall[$name]="${wall[$name]:-} $w"
  cpu[$name]="${cpu[$name]:-} $(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')"
  printf '%-14s wall %7.2f s   cpu %7.2f s   peak rss %5d MB\n' "$name" "$w" "$(awk -v u="$u" -v s="$s" \
    'BEGIN { print u + s }')" $((m / 1024))
}
same() { # the job's JSON lines against the CLI's, both sorted
  if cmp -s <(sort "$work/cli.jsonl") <(cat "$work/$1.out"/jsonl/part-* | sort); then echo "$1: JSONL identical to the CLI's"
  else echo "$1: JSONL DIFFERS from the CLI's" >&2; return 1; fi
}

for r in $(seq "$rounds"); do
  echo "round $r"
  run cli bash -c './scrutiny analyze --threads 1 --format jsonl --no-timings "$1" >"$2"' _ "$in" "$work/cli.jsonl"
  run local1 ./scrutiny spark --master 'local[1]' --in "$in" --out "$work/local1.out"
  if [ ${#pin[@]} -gt 0 ]; then
    run local1-1core "${pin[@]}" ./scrutiny spark --master 'local[1]' --in "$in" --out "$work/local1-1core.out"
  fi
  run local2 ./scrutiny spark --master 'local[2]' --in "$in" --out "$work/local2.out"
  same local1 && same local2
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
m() { echo "$1" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "medians of $rounds round(s):"
echo "  local[2] vs local[1]: $(ratio "$(m "${wall[local1]}")" "$(m "${wall[local2]}")")x wall"
if [ -n "${wall[local1-1core]:-}" ]; then
  echo "  local[2] vs local[1] held to one core: $(ratio "$(m "${wall[local1-1core]}")" "$(m "${wall[local2]}")")x wall"
fi
echo "  job local[1] vs CLI (one thread): $(ratio "$(m "${cpu[local1]}")" "$(m "${cpu[cli]}")")x CPU," \
  "$(ratio "$(m "${wall[local1]}")" "$(m "${wall[cli]}")")x wall"
echo "outputs in $work"
