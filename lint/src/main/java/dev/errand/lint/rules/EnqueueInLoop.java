package dev.errand.lint.rules;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import dev.errand.lint.engine.Code;
import dev.errand.lint.engine.ErrandApi;
import dev.errand.lint.engine.Rule;
import dev.errand.lint.engine.Severity;
import dev.errand.lint.engine.Unit;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;

/**
 * ERR008: enqueueing one job per loop iteration makes one Redis round trip per job; the bulk
 * methods (enqueueAll, enqueueAllArgs, the builder's enqueueAll) push a thousand per round trip.
 * Reports single enqueue calls inside a for, for-each, while or do loop, or in a lambda given to
 * forEach, map or peek, anywhere in the code base (not only in jobs). The loop must be in the same
 * method: a method or class declaration between the call and the loop ends the search.
 */
public final class EnqueueInLoop extends Rule {

    private static final Set<String> ITERATORS =
            Set.of("forEach", "forEachOrdered", "forEachRemaining", "map", "mapToObj", "peek");

    public EnqueueInLoop() {
        super("ERR008", "EnqueueInLoop", Severity.WARNING, false);
    }

    @Override
    public boolean mayFlagCallsOf(ExecutableElement method, ErrandApi api) {
        return api.isEnqueue(method) && !api.isBulk(method);
    }

    @Override
    public void onInvocation(
            MethodInvocationTree call, ExecutableElement method, TreePath path, Unit unit) {
        if (unit.api().isEnqueue(method) && !unit.api().isBulk(method) && inLoop(path)) {
            report(
                    unit,
                    path,
                    call,
                    "'"
                            + Code.methodName(call)
                            + "' inside a loop makes one round trip per job. Collect the arguments"
                            + " and push them at once with enqueueAll(spec, args),"
                            + " enqueueAllArgs(spec, argumentLists) or"
                            + " with(spec).in(delay).enqueueAll(...)");
        }
    }

    private static boolean inLoop(TreePath path) {
        Tree child = path.getLeaf();
        for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
            Tree leaf = p.getLeaf();
            if (leaf instanceof MethodTree || leaf instanceof ClassTree) {
                return false;
            }
            if (leaf instanceof EnhancedForLoopTree) {
                return child == ((EnhancedForLoopTree) leaf).getStatement();
            }
            if (leaf instanceof ForLoopTree
                    || leaf instanceof WhileLoopTree
                    || leaf instanceof DoWhileLoopTree) {
                return true;
            }
            if (leaf instanceof LambdaExpressionTree) {
                Tree host = p.getParentPath().getLeaf();
                return host instanceof MethodInvocationTree
                        && ITERATORS.contains(Code.methodName((MethodInvocationTree) host));
            }
            child = leaf;
        }
        return false;
    }
}
