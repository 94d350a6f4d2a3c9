#!/usr/bin/env bash
# The scanner against the exact Aho-Corasick baseline at both JIT levels, C2 (ScanBenchmark) and C1 as Lambda runs
# (ScanBenchmarkC1, a fork with -XX:TieredStopAtLevel=1), on the SDN list and four texts, in one run:
#   bench/levels.sh ROUNDS OUT [JMH options...]
# e.g. bench/levels.sh 2 bench/results/levels
# Each round runs, for each level and text, the baseline's fork then the scanner's (one JMH run, so the two are
# measured a minute apart and the machine's drift falls on both); OUT-<round>-<level>-<text>.txt and .json keep each
# run's raw output. Prints, per level and text, the speed ratio baseline time / scanner time of each round (>= 1.0: the
# scanner is at least as fast) and their median.
set -euo pipefail
rounds=$1 out=$2
shift 2
texts="afp synthetic-5k feeds synthetic-1m"
# The jar is copied first: JMH's forks load their classes from it, and a rebuild during the run would change them.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$(cd "$(dirname "$(readlink -f "$0")")" && pwd)/target/benchmarks.jar" "$work/"
mkdir -p "$(dirname "$out")"
for r in $(seq 1 "$rounds"); do
  for level in C2 C1; do
    class=ScanBenchmark; [ "$level" = C1 ] && class=ScanBenchmarkC1
    for text in $texts; do
      f="$out-$r-$level-$text"
      echo "round $r $level $text: $(date -u +%H:%M:%S) load average $(cut -d' ' -f1-3 /proc/loadavg)"
      java -jar "$work/benchmarks.jar" "$class\.(ahoCorasick|scanner)\$" -p list=sdn -p text="$text" \
        -wi 8 -w 2s -i 5 -r 2s -f 1 -rf json -rff "$f.json" "$@" > "$f.txt" 2>&1
      grep -E '^ScanBenchmark' "$f.txt" | sed "s/^/round $r: /"
    done
  done
done
python3 - "$out" "$rounds" "$texts" <<'PY'
import json, statistics, sys
out, rounds, texts = sys.argv[1], int(sys.argv[2]), sys.argv[3].split()
for level in ("C2", "C1"):
    for text in texts:
        rs = []
        for r in range(1, rounds + 1):
            score = {b["benchmark"].split(".")[-1]: b["primaryMetric"]["score"]
                     for b in json.load(open(f"{out}-{r}-{level}-{text}.json"))}
            rs.append(score["ahoCorasick"] / score["scanner"])
        print(f"{level} {text}: speed ratio baseline/scanner time, median of {len(rs)} rounds "
              f"{statistics.median(rs):.2f} (rounds: {', '.join(f'{x:.2f}' for x in rs)})")
PY
