#!/usr/bin/env bash
# Batch grading throughput: grades the assignment's corpus (every overlay of
# grader-tests/src/test/resources/corpus laid over the reference solution, 38 submissions) with
# the batch goal, then the same submissions with one `mvn grade` each, as a student project, and
# prints submissions per minute for both, with any score on which the two disagree.
#   benchmarks/batch.sh                        everything (the mvn grade part takes a while)
#   BENCH_GRADE_SAMPLE=5 benchmarks/batch.sh   time mvn grade on 5 submissions, extrapolate the rest (0: none)
#   BENCH_PARALLEL=2 benchmarks/batch.sh       submissions graded at once by the batch (default: one per core)
#   BENCH_SUBMISSIONS=6 benchmarks/batch.sh    only the first 6 submissions of the corpus (a quick try)
#   BENCH_BATCH_OPTS="-Dmpgrade.sandbox=false" benchmarks/batch.sh   more options for the batch goal
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
mvn -B -ntp -q install -DskipTests -pl plugin -am

work=$(mktemp -d "${TMPDIR:-/tmp}/mpgrade-batch-bench.XXXXXX")
keep_work=false
trap '$keep_work || rm -rf "$work"' EXIT
submissions="$work/submissions"
corpus="$root/grader-tests/src/test/resources/corpus"
for overlay in $(ls -d "$corpus"/*/ | head -n "${BENCH_SUBMISSIONS:-1000}"); do
  name=$(basename "$overlay")
  mkdir -p "$submissions/$name/src/main"
  cp -r "$root/reference/src/main/java" "$submissions/$name/src/main/"
  cp -r "$overlay/src" "$submissions/$name/" 2>/dev/null || true   # an overlay may hold no file (the reference itself)
done
count=$(find "$submissions" -mindepth 1 -maxdepth 1 -type d | wc -l)
echo "Corpus: $count submissions; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"

parallel=${BENCH_PARALLEL:-0}
start=$(date +%s%N)
mvn -B -ntp -q "io.github.mpgrade:mpgrade-maven-plugin:$version:batch" -Dmpgrade.submissions="$submissions" \
  -Dmpgrade.out="$work/batch" -Dmpgrade.parallel="$parallel" -Dmpgrade.force ${BENCH_BATCH_OPTS:-} > "$work/batch.log"
batch_nanos=$(( $(date +%s%N) - start ))

sample=${BENCH_GRADE_SAMPLE:-$count}
graded=0
start=$(date +%s%N)
for folder in "$submissions"/*/; do
  [ "$graded" -lt "$sample" ] || break
  name=$(basename "$folder")
  project="$work/projects/$name"
  mkdir -p "$project"
  cp "$root/student-template/pom.xml" "$project/"
  cp -r "$folder/src" "$project/"
  (cd "$project" && mvn -B -ntp -q -o grade > build.log 2>&1) || echo "mvn grade failed for $name: $project/build.log"
  graded=$((graded + 1))
done
grade_nanos=$(( $(date +%s%N) - start ))

# The two must agree: the same checks on the same sources.
disagreements=0
for project in $(ls -d "$work"/projects/*/ 2>/dev/null); do
  name=$(basename "$project")
  one=$(grep -m1 -o '"score" : [0-9.]*' "$project/target/mpgrade/result.json" 2>/dev/null | grep -o '[0-9.]*$' || echo none)
  batch=$(grep "^$name," "$work/batch/gradebook.csv" | cut -d, -f2)
  if [ "$one" != "$batch" ]; then
    echo "scores differ for $name: batch $batch ($work/batch/$name/feedback.md), mvn grade $one ($project/target/mpgrade/feedback.md)"
    disagreements=$((disagreements + 1))
    keep_work=true
  fi
done

awk -v n="$count" -v b="$batch_nanos" -v s="$sample" -v g="$grade_nanos" -v d="$disagreements" 'BEGIN {
  b /= 1e9; g /= 1e9
  printf "batch goal:        %d submissions in %6.1f s = %5.1f submissions/minute\n", n, b, n * 60 / b
  if (s == 0) exit
  printf "mvn grade each:    %d submissions in %6.1f s = %5.1f submissions/minute", s, g, s * 60 / g
  if (s < n) printf " (%d of %d timed; all would take %.0f s)", s, n, g * n / s
  printf "\nspeed-up:          %.1fx; scores that differ: %d\n", (g / s) / (b / n), d
}'
