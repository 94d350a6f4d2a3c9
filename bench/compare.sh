#!/usr/bin/env bash
# Compares the scanner of two builds in one run, alternating forks so that the machine's drift falls on both:
#   bench/compare.sh BEFORE.jar AFTER.jar ROUNDS [JMH options...]
# e.g. bench/compare.sh /tmp/before/bench/target/benchmarks.jar bench/target/benchmarks.jar 3 \
#        -jvmArgsAppend -XX:TieredStopAtLevel=1
# Each round runs ScanBenchmark.scanner on the SDN list for each jar (one fork each); prints every score and, per
# text, the median of the rounds' after/before ratios.
set -euo pipefail
before=$1 after=$2 rounds=$3
shift 3
out=$(mktemp -d)
for r in $(seq 1 "$rounds"); do
  for side in before after; do
    jar=$before; [ "$side" = after ] && jar=$after
    java -jar "$jar" ScanBenchmark.scanner -p list=sdn -p text=afp,synthetic-5k,feeds -wi 5 -w 2s -i 4 -r 2s -f 1 \
      -rf csv -rff "$out/$side-$r.csv" "$@" > "$out/$side-$r.txt" 2>&1
    grep -E '^ScanBenchmark' "$out/$side-$r.txt" | sed "s/^/$side round $r: /"
  done
done
python3 - "$out" "$rounds" <<'PY'
import csv, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
def scores(side, r):
    with open(f"{out}/{side}-{r}.csv") as f:
        return {row['Param: text']: float(row['Score']) for row in csv.DictReader(f)}
ratios = {}
for r in range(1, rounds + 1):
    b, a = scores('before', r), scores('after', r)
    for text in b:
        ratios.setdefault(text, []).append(a[text] / b[text])
for text, rs in ratios.items():
    print(f"{text}: after/before time, median of {len(rs)} rounds {statistics.median(rs):.2f} "
          f"(rounds: {', '.join(f'{x:.2f}' for x in rs)})")
PY
