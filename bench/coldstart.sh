#!/usr/bin/env bash
# The cold-start harness: builds the deployable artifact as `sam build` does (functions/ alone, runtime
# dependencies copied beside its classes), then times fresh JVMs on it. Usage: bench/coldstart.sh [RUNS [-Dcoldstart.functions=A,B]
# [-Dcoldstart.jvmArgs='FLAGS']] (see ColdStart.java). With COLDSTART_BEFORE=DIR (another checkout, e.g. a worktree of
# the commit before a change), DIR is built the same way and each function runs on both builds in turn, in one run.
# With COLDSTART_JARS=1 the classes are put on the class path as the build's jars rather than as directories (a class
# data archive is made from jars only); with COLDSTART_BEFORE=. and -Dcoldstart.cds=DIR, this build with and without
# a class data archive of each function (see ColdStart.java).
# Builds through the reactor (package, never install: the local repository is shared).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
cd "$root"
# The class path of a checkout's artifact, built: its classes, their runtime dependencies, and the bench's probes.
artifact() {
  (cd "$1" && mvn -o -q -B -DskipTests package -pl functions,local,bench \
    && mvn -o -q -B -f functions/pom.xml dependency:copy-dependencies -DincludeScope=runtime \
         -DoutputDirectory=target/lambda-lib) >&2
  if [ -n "${COLDSTART_JARS:-}" ]; then
    # The classes as jars: a class data archive takes classes from jars only, never from a directory.
    echo "$1/functions/target/functions-0.1.0.jar:$1/functions/target/lambda-lib/*:$serialization:$1/bench/target/bench-0.1.0.jar"
  else
    echo "$1/functions/target/classes:$1/functions/target/lambda-lib/*:$serialization:$1/bench/target/classes"
  fi
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
