package dev.errand.lint.rules;

import com.sun.source.tree.CatchTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnionTypeTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.errand.lint.engine.Code;
import dev.errand.lint.engine.Rule;
import dev.errand.lint.engine.Severity;
import dev.errand.lint.engine.Unit;

/**
 * ERR006: the worker interrupts job threads to shut down; a job that catches InterruptedException
 * and carries on neither stops nor tells its caller, so shutdown waits for the full timeout and the
 * job may be killed halfway. Reports, inside job classes, a catch that includes
 * InterruptedException and neither rethrows nor restores the flag with {@code
 * Thread.currentThread().interrupt()}.
 */
public final class InterruptSwallowed extends Rule {

    public InterruptSwallowed() {
        super("ERR006", "InterruptSwallowed", Severity.WARNING, true);
    }

    @Override
    public void onCatch(CatchTree node, TreePath path, Unit unit) {
        if (!mayName(node.getParameter().getType())) {
            return;
        }
        boolean catchesInterrupt =
                SwallowedException.caughtTypes(node, unit).stream()
                        .anyMatch(t -> t.toString().equals("java.lang.InterruptedException"));
        if (catchesInterrupt
                && !SwallowedException.rethrows(node.getBlock())
                && !restoresInterrupt(node)
                && unit.inJob(path)) {
            report(
                    unit,
                    path,
                    node,
                    "InterruptedException is caught and dropped, so the worker's shutdown request"
                        + " is lost. Call Thread.currentThread().interrupt() and return, or rethrow"
                        + " it");
        }
    }

    /** Whether the caught type as written may be InterruptedException: cheaper than resolving. */
    private static boolean mayName(Tree type) {
        if (type instanceof UnionTypeTree) {
            for (Tree alternative : ((UnionTypeTree) type).getTypeAlternatives()) {
                if (mayName(alternative)) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof IdentifierTree) {
            return ((IdentifierTree) type).getName().contentEquals("InterruptedException");
        }
        if (type instanceof MemberSelectTree) {
            return ((MemberSelectTree) type).getIdentifier().contentEquals("InterruptedException");
        }
        return true;
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
