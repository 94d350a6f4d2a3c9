#!/usr/bin/env bash
# The cold-start harness: builds the deployable artifact as `sam build` does (functions/ alone, runtime
# dependencies copied beside its classes), then times fresh JVMs on it. Usage: bench/coldstart.sh [RUNS [-Dcoldstart.functions=A,B]
# [-Dcoldstart.jvmArgs='FLAGS']] (see ColdStart.java). With COLDSTART_BEFORE=DIR (another checkout, e.g. a worktree of
# the commit before a change), DIR is built the same way and each function runs on both builds in turn, in one run.
# Builds through the reactor (package, never install: the local repository is shared).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
cd "$root"
# The class path of a checkout's artifact, built: its classes, their runtime dependencies, and the bench's probes.
artifact() {
  (cd "$1" && mvn -o -q -B -DskipTests package -pl functions,local,bench \
    && mvn -o -q -B -f functions/pom.xml dependency:copy-dependencies -DincludeScope=runtime \
         -DoutputDirectory=target/lambda-lib) >&2
  echo "$1/functions/target/classes:$1/functions/target/lambda-lib/*:$serialization:$1/bench/target/classes"
}
# The runtime's own event serializer (the Lambda runtime provides it) and the probe are added to the artifact.
serialization=$(find ~/.m2/repository/com/amazonaws/aws-lambda-java-serialization -name '*.jar' | sort | tail -1)
cp=$(artifact "$root")
before=()
if [ -n "${COLDSTART_BEFORE:-}" ]; then
  dir=$(cd "$COLDSTART_BEFORE" && pwd)
  before=(-Dcoldstart.before.cp="$(artifact "$dir")" -Dcoldstart.before.dir="$dir")
fi
if [ ! -f "$root/emulators/node_modules/.package-lock.json" ]; then (cd emulators && npm ci --no-audit --no-fund); fi
# The harness itself runs from a copy of the jar, so that a rebuild meanwhile does not change it.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/bench/target/benchmarks.jar" "$work/"
java -Demulators.dir="$root/emulators" -Demulators.logs="$root/bench/target/emulator-logs" -Dproject.root="$root" \
  ${before[@]+"${before[@]}"} "${@:2}" -cp "$work/benchmarks.jar" sanctionswatch.bench.ColdStart "$cp" "${1:-10}"
