#!/usr/bin/env bash
# Builds the runtime and the benchmarks, then runs one of them outside Maven, with a real class
# path (every child JVM loads the benchmark's classes):
#   benchmarks/run.sh [JVM options]           the runtime next to Python's multiprocessing
#   benchmarks/run.sh harness [JVM options]   the harness: schedules per second, verdict latency
#   benchmarks/run.sh pyapi [JVM options]     Pipe, Pool, Array and JoinableQueue next to Python's
#   benchmarks/run.sh sct [JVM options]       SCTBench's bug programs: schedules to the first bug per
#                                             strategy (-Dsct.schedules=1000 -Dsct.seconds=20 per cell,
#                                             -Dsct.programs=reorder_3,lazy01)
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
elif [ "${1:-}" = sct ]; then
  main=io.github.mpgrade.benchmarks.SctBenchmark
  shift
fi
# The harness attaches the agent to every controlled JVM: it builds the agent's jar from the agent's
# classes and ASM's, so both must be on this class path too.
asm=$(sed -n 's:.*<asm.version>\(.*\)</asm.version>.*:\1:p' pom.xml)
asm_jar="${MAVEN_REPO:-$HOME/.m2/repository}/org/ow2/asm/asm/$asm/asm-$asm.jar"
exec java "$@" -cp multiprocessing/target/classes:agent/target/classes:"$asm_jar":harness/target/classes:reference/target/classes:benchmarks/target/classes "$main"
