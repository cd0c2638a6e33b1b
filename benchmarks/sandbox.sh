#!/usr/bin/env bash
# The sandbox's cost and the red team's grading times. Grades N copies of the reference solution
# with the batch goal twice, with bubblewrap's sandbox and without (-Dmpgrade.sandbox=false), and
# prints the sandbox's overhead per submission; then grades the red team's hostile submissions
# (plugin/src/it/projects/batch-red-team) in one batch and prints each one's grading time and
# outcome, and the time of one `mvn grade` of each (the issue's target: 60 s).
#   benchmarks/sandbox.sh                            all of it
#   BENCH_COPIES=4 benchmarks/sandbox.sh             copies of the reference per batch (default 6)
#   BENCH_GRADE=0 benchmarks/sandbox.sh              skip the mvn grade of each hostile submission
#   BENCH_RED=0 benchmarks/sandbox.sh                only the overhead: skip the red team
#   MPGRADE_REPO=plugin/target/local-repo benchmarks/sandbox.sh
#                                                    use the plugin from that local repository (the
#                                                    integration tests' one) instead of installing it
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
if [ -n "${MPGRADE_REPO:-}" ]; then
  # -llr: that repository's artifacts came from another repository id, which offline mode would refuse
  maven=(mvn -B -ntp -q -o -llr "-Dmaven.repo.local=$(cd "$MPGRADE_REPO" && pwd)")
else
  mvn -B -ntp -q install -DskipTests -pl plugin,grader-tests -am
  maven=(mvn -B -ntp -q)
fi
command -v bwrap > /dev/null || echo "bwrap is not installed: both batches run without a sandbox (apt-get install bubblewrap)"

work=$(mktemp -d "${TMPDIR:-/tmp}/mpgrade-sandbox-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
copies=${BENCH_COPIES:-6}
for i in $(seq "$copies"); do
  mkdir -p "$work/plain/copy-$i/src/main"
  cp -r reference/src/main/java "$work/plain/copy-$i/src/main/"
done
echo "$copies copies of the reference; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"

batch() { # submissions out [more options]: prints the wall time in seconds
  local start=$(date +%s%N)
  # From the work folder: the batch needs no project, and this repository's pom is not its business.
  (cd "$work" && "${maven[@]}" "io.github.mpgrade:mpgrade-maven-plugin:$version:batch" -Dmpgrade.submissions="$1" \
    -Dmpgrade.out="$2" -Dmpgrade.force "${@:3}" > "$2.log")
  awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'
}
boxed=$(batch "$work/plain" "$work/boxed")
bare=$(batch "$work/plain" "$work/bare" -Dmpgrade.sandbox=false)
awk -v n="$copies" -v s="$boxed" -v b="$bare" 'BEGIN {
  printf "with the sandbox:    %d submissions in %6.1f s\n", n, s
  printf "without:             %d submissions in %6.1f s\n", n, b
  printf "overhead:            %+.2f s per submission (wall time of the batch / submissions)\n", (s - b) / n
}'

[ "${BENCH_RED:-1}" = 0 ] && exit 0
# The red team, as its integration test lays it out: each hostile overlay over the reference.
for overlay in plugin/src/it/projects/batch-red-team/rt-*/; do
  name=$(basename "$overlay")
  mkdir -p "$work/red/$name/src/main"
  cp -r reference/src/main/java "$work/red/$name/src/main/"
  cp -r "$overlay/src" "$work/red/$name/"
done
red=$(batch "$work/red" "$work/red-out" -Dmpgrade.timeLimit=60 -Dmpgrade.maxProcesses=12 -Dmpgrade.maxTasks=800)
echo "red team: $(ls "$work/red" | wc -l) hostile submissions in $red s (batch, $(nproc) at a time)"
printf "%-30s %8s  %-14s %s\n" submission "batch s" outcome score
for record in "$work"/red-out/*/batch-record.properties; do
  name=$(basename "$(dirname "$record")")
  printf "%-30s %8.1f  %-14s %s\n" "$name" "$(awk -F= '/^millis=/ { print $2 / 1000 }' "$record")" \
    "$(sed -n 's/^outcome=//p' "$record")" "$(grep "^$name," "$work/red-out/gradebook.csv" | cut -d, -f2)"
done
[ "${BENCH_GRADE:-1}" = 0 ] && exit 0
echo "mvn grade of each hostile submission, as a student project:"
for folder in "$work"/red/*/; do
  name=$(basename "$folder")
  project="$work/projects/$name"
  mkdir -p "$project"
  cp student-template/pom.xml "$project/"
  cp -r "$folder/src" "$project/"
  start=$(date +%s%N)
  if (cd "$project" && "${maven[@]}" grade > build.log 2>&1); then ended="a result"; else ended="NO RESULT ($project/build.log)"; fi
  printf "%-30s %6.1f s  %s\n" "$name" "$(awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN { print (b - a) / 1e9 }')" "$ended"
done
