#!/usr/bin/env bash
# Builds the runtime and the benchmarks, then runs one of them outside Maven, with a real class
# path (every child JVM loads the benchmark's classes):
#   benchmarks/run.sh [JVM options]           the runtime next to Python's multiprocessing
#   benchmarks/run.sh harness [JVM options]   the harness: schedules per second, verdict latency
#   benchmarks/run.sh pyapi [JVM options]     Pipe, Pool, Array and JoinableQueue next to Python's
# e.g. a quicker run: benchmarks/run.sh -Dbench.starts=3 -Dbench.roundTrips=500
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl benchmarks -am package -DskipTests
main=io.github.mpgrade.benchmarks.RuntimeBenchmark
if [ "${1:-}" = harness ]; then
  main=io.github.mpgrade.benchmarks.HarnessBenchmark
  shift
elif [ "${1:-}" = pyapi ]; then
  main=io.github.mpgrade.benchmarks.PyApiBenchmark
  shift
fi
exec java "$@" -cp multiprocessing/target/classes:harness/target/classes:reference/target/classes:benchmarks/target/classes "$main"
