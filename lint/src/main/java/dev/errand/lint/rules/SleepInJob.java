package dev.errand.lint.rules;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import dev.errand.lint.engine.Code;
import dev.errand.lint.engine.ErrandApi;
import dev.errand.lint.engine.Rule;
import dev.errand.lint.engine.Severity;
import dev.errand.lint.engine.Unit;
import javax.lang.model.element.ExecutableElement;

/**
 * ERR004: a job that sleeps holds a worker thread (and the job's reservation) doing nothing, and
 * delays shutdown. Reports {@code Thread.sleep}, {@code TimeUnit.X.sleep}, {@code
 * LockSupport.park*} and Guava's {@code sleepUninterruptibly} inside job classes, matched by the
 * resolved method, so user methods that happen to be called sleep are not reported.
 */
public final class SleepInJob extends Rule {

    public SleepInJob() {
        super("ERR004", "SleepInJob", Severity.WARNING, true);
    }

    @Override
    public boolean mayFlagCallsOf(ExecutableElement method, ErrandApi api) {
        return isSleep(api.ownerName(method), api.name(method));
    }

    @Override
    public void onInvocation(
            MethodInvocationTree call, ExecutableElement method, TreePath path, Unit unit) {
        if (method != null
                && isSleep(unit.api().ownerName(method), unit.api().name(method))
                && unit.inJob(path)) {
            report(
                    unit,
                    path,
                    call,
                    "'"
                            + Code.brief(call)
                            + "' blocks a worker thread. To wait, enqueue a follow-up with"
                            + " enqueueIn(spec, delay, ...) or let the job fail and retry with"
                            + " backoff");
        }
    }

    private static boolean isSleep(String owner, String name) {
        switch (owner) {
            case "java.lang.Thread":
            case "java.util.concurrent.TimeUnit":
                return name.equals("sleep");
            case "java.util.concurrent.locks.LockSupport":
                return name.startsWith("park");
            default:
                return name.equals("sleepUninterruptibly");
        }
    }
}
