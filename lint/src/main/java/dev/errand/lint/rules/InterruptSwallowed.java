package dev.errand.lint.rules;

import com.sun.source.tree.CatchTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.TreePath;
import dev.errand.lint.engine.Code;
import dev.errand.lint.engine.Rule;
import dev.errand.lint.engine.Severity;
import dev.errand.lint.engine.Unit;

/**
 * ERR006: the worker interrupts job threads to shut down; a job that catches
 * InterruptedException and carries on neither stops nor tells its caller, so shutdown waits for
 * the full timeout and the job may be killed halfway. Reports, inside job classes, a catch that
 * includes InterruptedException and neither rethrows nor restores the flag with
 * {@code Thread.currentThread().interrupt()}.
 */
public final class InterruptSwallowed extends Rule {

    public InterruptSwallowed() {
        super("ERR006", "InterruptSwallowed", Severity.WARNING, true);
    }

    @Override
    public void onCatch(CatchTree node, TreePath path, Unit unit) {
        boolean catchesInterrupt = SwallowedException.caughtTypes(node, unit).stream()
                .anyMatch(t -> t.toString().equals("java.lang.InterruptedException"));
        if (catchesInterrupt && !SwallowedException.rethrows(node.getBlock())
                && !restoresInterrupt(node) && unit.inJob(path)) {
            report(unit, path, node, "InterruptedException is caught and dropped, so the worker's"
                    + " shutdown request is lost. Call Thread.currentThread().interrupt() and"
                    + " return, or rethrow it");
        }
    }

    private static boolean restoresInterrupt(CatchTree node) {
        boolean[] found = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                found[0] |= Code.methodName(call).equals("interrupt");
                return super.visitMethodInvocation(call, unused);
            }
        }.scan(node.getBlock(), null);
        return found[0];
    }
}
