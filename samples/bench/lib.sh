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
  local goals=(-q -B -pl samples -am -Dmaven.test.skip=true package dependency:build-classpath
      -Dmdep.outputFile=target/bench.classpath -DincludeScope=runtime)
  # Offline first (fast when the local repository has everything), online on a fresh machine.
  (cd "$root" && { mvn -o "${goals[@]}" >/dev/null 2>&1 || mvn "${goals[@]}"; }) >&2
}

bench_build
BENCH_CP="$root/samples/target/classes:$(cat "$stamp")"
