#!/usr/bin/env bash
# The cold-start harness: builds the deployable artifact as `sam build` does (functions/ alone, runtime
# dependencies copied beside its classes), then times fresh JVMs on it. Usage: bench/coldstart.sh [RUNS [-Dcoldstart.functions=A,B]
# [-Dcoldstart.jvmArgs='FLAGS']] (see ColdStart.java)
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
cd "$root"
mvn -q -B -DskipTests install
mvn -q -B -f functions/pom.xml dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lambda-lib
# The runtime's own event serializer (the Lambda runtime provides it) and the probe are added to the artifact.
serialization=$(find ~/.m2/repository/com/amazonaws/aws-lambda-java-serialization -name '*.jar' | sort | tail -1)
cp="$root/functions/target/classes:$root/functions/target/lambda-lib/*:$serialization:$root/bench/target/classes"
if [ ! -f "$root/emulators/node_modules/.package-lock.json" ]; then (cd emulators && npm ci --no-audit --no-fund); fi
java -Demulators.dir="$root/emulators" -Demulators.logs="$root/bench/target/emulator-logs" -Dproject.root="$root" \
  "${@:2}" -cp "$root/bench/target/benchmarks.jar" sanctionswatch.bench.ColdStart "$cp" "${1:-10}"
