#!/usr/bin/env bash
# Scale-out measurement of issue #17, all on one generated file in one run:
#   ozg report --threads 1 (sequential), --threads 2 (parallel), and the Spark job in local[2].
# Usage, from the project root:   ozg-examples/bench/scale.sh [ROWS] [DATA_DIR]
#   ROWS      rows to generate (default 50000000, about 11.8 GB of JSON Lines under $TMPDIR or /tmp)
#   DATA_DIR  directory with kdn-nrw-ozg-katalog-2019/ and destatis-gemeindeverzeichnis/
#             (default ../shared/data)
# The generated file is deleted at the end, also on failure. Results go to stdout and, with the
# full output of every step, to $OUT (default /tmp/ozg-scale-<time>/).
set -euo pipefail

ROWS=${1:-50000000}
DATA=${2:-../shared/data}
TMP=${TMPDIR:-/tmp}
OUT=${OUT:-$TMP/ozg-scale-$(date -u +%Y%m%dT%H%M%SZ)}
KATALOG=$DATA/kdn-nrw-ozg-katalog-2019/umsetzungskatalog-2019.csv
GEBIETE=$DATA/destatis-gemeindeverzeichnis/AuszugGV4QAktuell.csv
HEAP=${HEAP:--Xmx512m}
SPARK_HEAP=${SPARK_HEAP:--Xmx1g}
FILE=$TMP/ozg-scale-$$.jsonl

for f in "$KATALOG" "$GEBIETE"; do
    [ -r "$f" ] || { echo "scale.sh: cannot read $f (give the data directory as the second argument)" >&2; exit 2; }
done
[ -f pom.xml ] && [ -d ozg-spark ] || { echo "scale.sh: run from the project root" >&2; exit 2; }
mkdir -p "$OUT"
trap 'rm -f "$FILE"' EXIT

export SPARK_LOCAL_IP=127.0.0.1
TIME=()
if [ -x /usr/bin/time ]; then TIME=(/usr/bin/time -v); fi

# step NAME CMD...: runs CMD, output to $OUT/NAME.{out,err}; prints wall time and max RSS
step() {
    local name=$1; shift
    local t0 t1
    t0=$(date +%s.%N)
    "${TIME[@]}" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err" || echo "  ($name: exit code $?; 1 means ERROR findings, such as the generated broken rows)"
    t1=$(date +%s.%N)
    local rss
    rss=$(grep -h 'Maximum resident set size' "$OUT/$name.err" 2>/dev/null | awk '{printf "%.0f MiB", $NF/1024}')
    printf '%-28s wall %7.1f s   max RSS %s\n' "$name" "$(echo "$t1 - $t0" | bc)" "${rss:-n/a}" | tee -a "$OUT/summary.txt"
}

echo "== machine" | tee "$OUT/summary.txt"
{ nproc; uptime; java -version 2>&1 | head -1; } | tee -a "$OUT/summary.txt"

echo "== build (jar, Spark module and its class path)"
mvn -B -q -o -DskipTests package
mvn -B -q -o -pl ozg-spark -am -DskipTests package \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$OUT/spark.cp"
SPARK_CP=ozg-spark/target/ozg-spark-0.1.0-SNAPSHOT.jar:$(cat "$OUT/spark.cp")
JAR=ozg-examples/target/ozg.jar
OPENS=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
    --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
    --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
    --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
    --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
    --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false
    -Dio.netty.tryReflectionSetAccessible=true)

echo "== $ROWS rows into $FILE" | tee -a "$OUT/summary.txt"
step generate java "$HEAP" -jar "$JAR" generate -q --katalog "$KATALOG" --gebiete "$GEBIETE" \
    --rows "$ROWS" --seed 2019 "$FILE"
ls -l "$FILE" | tee -a "$OUT/summary.txt"
# once through the page cache, so that the first measured run does not pay for the disk alone
cat "$FILE" >/dev/null

for t in 1 2; do
    step "report --threads $t" java "$HEAP" -jar "$JAR" report --lang en --json --threads "$t" \
        --katalog "$KATALOG" --gebiete "$GEBIETE" --stand "$FILE"
    grep -h 'rows in' "$OUT/report --threads $t.err" | tee -a "$OUT/summary.txt" || true
done
if cmp -s "$OUT/report --threads 1.out" "$OUT/report --threads 2.out"; then
    echo "report output: byte-identical for --threads 1 and 2" | tee -a "$OUT/summary.txt"
else
    echo "report output: DIFFERS between --threads 1 and 2" | tee -a "$OUT/summary.txt"
fi
step "validate --threads 2" java "$HEAP" -jar "$JAR" validate -q --threads 2 "$FILE"

step "spark local[2]" java "$SPARK_HEAP" "${OPENS[@]}" -Dspark.master='local[2]' -Dspark.ui.enabled=false \
    -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 -cp "$SPARK_CP" \
    de.ozg.spark.UmsetzungsberichtJob --katalog "$KATALOG" --gebiete "$GEBIETE" "$FILE"
grep -hE '^(planned|figures|counts|findings)' "$OUT/spark local[2].err" | tee -a "$OUT/summary.txt" || true

echo "== done; every step's output under $OUT"
