#!/usr/bin/env bash
# Measures what errand-lint adds to compile time. Generates a module of N job classes (default
# 1000) in four realistic shapes, one in ten with a finding, then compiles it RUNS times (default
# 7) in each of four configurations, one after the other in every round:
#   no lint          plain javac, no annotation processing (-proc:none)
#   no-op processor  a processor that does nothing: what any annotation processing costs
#   lint processor   the lint jar on the processor path (the processor mode)
#   lint plugin      -proc:none -processorpath <jar> -Xplugin:ErrandLint (the plugin mode)
# Prints the median wall time and CPU time (user + sys of the javac process) of each, and the
# overheads. CPU time is the steadier figure on a shared machine; the load average before and
# after is printed so that a busy run can be told apart. Each compile is a fresh javac JVM, as
# in a CI build, after one untimed warm-up compile of each configuration (file cache).
#
# Usage: lint/bench/compile-cost.sh [N] [RUNS]     (build the lint first: mvn -pl lint verify)
# JAVA_HOME selects the JDK; the lint jar is taken from lint/target. LINT_OPTS="errand.X=Y ..."
# passes lint options to both modes (as -Aerrand.X=Y to the processor, as plugin arguments).
set -euo pipefail

N=${1:-1000}
RUNS=${2:-7}
HERE=$(cd "$(dirname "$0")/.." && pwd)
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
JAR=$(ls "$HERE"/target/errand-lint-*.jar 2>/dev/null | grep -v sources | head -1 || true)
[ -n "$JAR" ] || { echo "no lint jar in $HERE/target: run 'mvn -pl lint verify' first" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/stubs" "$WORK/src/bench/jobs"

# The stub Errand API and framework types the tests use stand in for the real dependencies.
find "$HERE/src/test/resources/stubs" -name '*.java' > "$WORK/stub-sources"
"$JAVAC" -proc:none -d "$WORK/stubs" @"$WORK/stub-sources"

write_job() {
  local i=$1 file="$WORK/src/bench/jobs/Job$1.java" bad=$(( $1 % 10 == 0 ))
  case $(( i % 4 )) in
    0) cat > "$file" <<JAVA
package bench.jobs;

import com.acme.shop.Mailer;
import com.acme.shop.User;
import com.acme.shop.UserRepository;
import dev.errand.Job1;
import dev.errand.JobSpec;

public class Job$i implements Job1<Long> {
    public static final JobSpec<Job$i> SPEC = JobSpec.of(Job$i.class).queue("mail").retry(5).build();
    private final UserRepository users;
    private final Mailer mailer;

    public Job$i(UserRepository users, Mailer mailer) {
        this.users = users;
        this.mailer = mailer;
    }

    @Override
    public void perform(Long userId) {
        User user = users.findById(userId).orElseThrow();
        $( [ $bad = 1 ] || echo 'if (user.isWelcomeEmailSent()) { return; }' )
        mailer.send(user.getEmail(), "Welcome $i", "Hello " + user.getName());
        user.setWelcomeEmailSent(true);
        users.save(user);
    }
}
JAVA
    ;;
    1) cat > "$file" <<JAVA
package bench.jobs;

import com.acme.shop.Order;
import com.acme.shop.OrderRepository;
import dev.errand.Errand;
import dev.errand.Job2;
import dev.errand.JobSpec;
import java.util.ArrayList;
import java.util.List;

public class Job$i implements Job2<Long, String> {
    static final JobSpec<Target> NEXT = JobSpec.of(Target.class).build();
    OrderRepository orders;
    Errand errand;

    @Override
    public void perform(Long customerId, String note) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (Order order : orders.findByCustomerId(customerId)) {
            if (order.getTotal().signum() > 0) {
                ids.add(order.getId());
            }
        }
        $( [ $bad = 1 ] && echo 'for (Long id : ids) { errand.enqueue(NEXT, id); }' || echo 'errand.enqueueAll(NEXT, ids);' )
    }
}
JAVA
    ;;
    2) cat > "$file" <<JAVA
package bench.jobs;

import dev.errand.Job1;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class Job$i implements Job1<Map<String, Object>> {
    private static final Logger log = LoggerFactory.getLogger(Job$i.class);

    @Override
    public void perform(Map<String, Object> payload) throws Exception {
        String url = String.valueOf(payload.get("url"));
        try {
            fetch(url);
        } catch (IOException e) {
            log.warn("fetch {} failed", url, e);
            $( [ $bad = 1 ] || echo 'throw e;' )
        }
    }

    private void fetch(String url) throws IOException {
        if (url.isEmpty()) {
            throw new IOException("empty url");
        }
    }
}
JAVA
    ;;
    3) cat > "$file" <<JAVA
package bench.jobs;

import com.acme.shop.Product;
import com.acme.shop.ProductRepository;
import com.acme.shop.SearchIndex;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.stream.Collectors;

public record Job$i(ProductRepository products, SearchIndex index) implements Job1<Long> {
    public static final JobSpec<Job$i> SPEC = JobSpec.of(Job$i.class).queue("search").build();

    @Override
    public void perform(Long productId) {
        Product product = products.findById(productId).orElse(null);
        if (product == null) {
            index.remove(productId);
            return;
        }
        String doc = product.getSku().chars().mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining(" "));
        index.index(product.getId(), doc);
        $( [ $bad = 1 ] && echo 'product.setViewCount(product.getViewCount() + 1);' )
    }
}
JAVA
    ;;
  esac
}

cat > "$WORK/src/bench/jobs/Target.java" <<'JAVA'
package bench.jobs;

public class Target implements dev.errand.Job1<Long> {
    @Override
    public void perform(Long id) {}
}
JAVA
for ((i = 1; i <= N; i++)); do write_job "$i"; done
find "$WORK/src" -name '*.java' > "$WORK/sources"

compile() { # $@: extra javac options; prints "wall_ms cpu_ms" (cpu = user + sys of javac)
  rm -rf "$WORK/out" && mkdir "$WORK/out"
  local TIMEFORMAT="%R %U %S" t
  t=$( { time "$JAVAC" -d "$WORK/out" -cp "$WORK/stubs" -Xmaxwarns 100000 "$@" @"$WORK/sources" \
    >"$WORK/log" 2>&1; } 2>&1 ) || { cat "$WORK/log" >&2; exit 1; }
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$t"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
overhead() { awk -v p="$1" -v l="$2" 'BEGIN { printf "%+.1f %%", 100 * (l - p) / p }'; }
load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || uptime | sed 's/.*average[s]*: //; s/,.*//'; }

# A processor that does nothing: what any annotation processing costs (javac enters every class
# a second time for the final round). Projects that already run Lombok or MapStruct pay it now.
mkdir -p "$WORK/noop/META-INF/services"
cat > "$WORK/Noop.java" <<'JAVA'
@javax.annotation.processing.SupportedAnnotationTypes("*")
public class Noop extends javax.annotation.processing.AbstractProcessor {
    @Override public javax.lang.model.SourceVersion getSupportedSourceVersion() {
        return javax.lang.model.SourceVersion.latestSupported();
    }
    @Override public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> a,
            javax.annotation.processing.RoundEnvironment r) { return false; }
}
JAVA
"$JAVAC" -d "$WORK/noop" "$WORK/Noop.java"
echo Noop > "$WORK/noop/META-INF/services/javax.annotation.processing.Processor"

NAMES=(plain noop processor plugin)
LABELS=("no lint" "no-op processor" "lint processor" "lint plugin")
LINT_OPTS=${LINT_OPTS:-}              # e.g. errand.strict=false; given to both lint modes
PROCESSOR_OPTS=(); for o in $LINT_OPTS; do PROCESSOR_OPTS+=("-A$o"); done
options() { # $1: configuration name; prints nothing, sets OPTS
  case $1 in
    plain) OPTS=(-proc:none) ;;
    noop) OPTS=(-processorpath "$WORK/noop") ;;
    processor) OPTS=(-processorpath "$JAR" ${PROCESSOR_OPTS[@]+"${PROCESSOR_OPTS[@]}"}) ;;
    plugin) OPTS=(-proc:none -processorpath "$JAR" "-Xplugin:ErrandLint $LINT_OPTS") ;;
  esac
}

for name in "${NAMES[@]}"; do   # warm the file cache and check that each configuration compiles
  options "$name"; compile "${OPTS[@]}" >/dev/null; : > "$WORK/runs-$name"
done
findings_of() { options "$1"; "$JAVAC" -d "$WORK/out" -cp "$WORK/stubs" -Xmaxwarns 100000 \
  "${OPTS[@]}" @"$WORK/sources" 2>&1 | grep -c '\[ERR0' || true; }
processor_findings=$(findings_of processor)
plugin_findings=$(findings_of plugin)
[ "$processor_findings" = "$plugin_findings" ] || {
  echo "the processor reports $processor_findings findings, the plugin $plugin_findings" >&2; exit 1; }

load_before=$(load)
for ((r = 1; r <= RUNS; r++)); do
  for name in "${NAMES[@]}"; do options "$name"; compile "${OPTS[@]}" >> "$WORK/runs-$name"; done
done
load_after=$(load)

declare -A WALL CPU
echo "javac $("$JAVAC" -version 2>&1 | awk '{print $2}'), $N job classes, $processor_findings findings," \
  "$RUNS runs each (medians), $(nproc 2>/dev/null || echo ?) cores, load average $load_before -> $load_after"
printf '%-17s %9s %9s   %s\n' "" "wall ms" "cpu ms" "(wall runs)"
for i in "${!NAMES[@]}"; do
  name=${NAMES[$i]}
  WALL[$name]=$(cut -d' ' -f1 "$WORK/runs-$name" | median)
  CPU[$name]=$(cut -d' ' -f2 "$WORK/runs-$name" | median)
  printf '%-17s %9d %9d   (%s)\n' "${LABELS[$i]}" "${WALL[$name]}" "${CPU[$name]}" \
    "$(cut -d' ' -f1 "$WORK/runs-$name" | xargs)"
done
over() { printf '%-35s wall %9s   cpu %9s\n' "$1" "$(overhead "${WALL[$2]}" "${WALL[$3]}")" \
  "$(overhead "${CPU[$2]}" "${CPU[$3]}")"; }
over "lint processor vs no lint:" plain processor
over "lint processor vs no-op processor:" noop processor
over "lint plugin vs no lint:" plain plugin
