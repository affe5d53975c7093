# Shared by samples/bench/run and samples/bench/jmh: builds core and samples when a source is
# newer than the last build, and sets BENCH_CP to the samples runtime class path.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
stamp="$root/samples/target/bench.classpath"

bench_build() {
  if [[ -f "$stamp" && -z "$(find "$root/core/src/main" "$root/samples/src/main" \
      "$root/core/pom.xml" "$root/samples/pom.xml" "$root/pom.xml" -newer "$stamp" -print -quit)" ]]; then
    return
  fi
  echo "[bench] building core and samples..." >&2
  # -o: offline when the local repository already has everything (drop it on a fresh machine).
  (cd "$root" && mvn -q -B ${BENCH_MVN_OFFLINE--o} -pl samples -am -DskipTests package \
      dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
      -DincludeScope=runtime) >&2
}

bench_build
BENCH_CP="$root/samples/target/classes:$(cat "$stamp")"
