package dev.errand.lint.rules;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.errand.lint.engine.Code;
import dev.errand.lint.engine.Rule;
import dev.errand.lint.engine.Severity;
import dev.errand.lint.engine.Unit;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;

/**
 * ERR009: a job enqueued inside an open database transaction can start before the transaction
 * commits (and read data that is not there yet) or run although it rolled back. Reports enqueue
 * calls, anywhere in the code base, that sit in a method or class annotated
 * {@code @Transactional} (unless its propagation is NOT_SUPPORTED or NEVER), in a callback given
 * to {@code transactionTemplate.execute}, {@code executeWithoutResult}, {@code inTransaction},
 * {@code useTransaction} or similar, or between a {@code begin()} and a {@code commit()} in the
 * same method. Enqueue calls inside an {@code afterCommit} callback are fine.
 */
public final class EnqueueInTransaction extends Rule {

    private static final Set<String> TX_CALLBACKS = Set.of("execute", "executeWithoutResult",
            "inTransaction", "useTransaction", "withTransaction", "doInTransaction",
            "runInTransaction", "transaction", "transactional", "callInTransaction");
    private static final Set<String> AFTER_COMMIT = Set.of("afterCommit", "afterCompletion");

    public EnqueueInTransaction() {
        super("ERR009", "EnqueueInTransaction", Severity.WARNING, false);
    }

    @Override
    public void onInvocation(MethodInvocationTree call, ExecutableElement method, TreePath path,
            Unit unit) {
        if (unit.api().isEnqueue(unit.method(call)) && inTransaction(path, call, unit)) {
            report(unit, path, call, "'" + Code.methodName(call) + "' runs inside an open"
                    + " transaction: the job may start before the commit, or run after a rollback."
                    + " Enqueue after the commit (an afterCommit callback, a transactional event"
                    + " listener after commit, or an outbox table)");
        }
    }

    private static boolean inTransaction(TreePath path, MethodInvocationTree call, Unit unit) {
        for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
            Tree leaf = p.getLeaf();
            if (leaf instanceof MethodTree) {
                MethodTree method = (MethodTree) leaf;
                if (AFTER_COMMIT.contains(method.getName().toString())) {
                    return false;
                }
                if (transactional(method) || manualTransaction(method.getBody(), call, unit)) {
                    return true;
                }
            }
            if (leaf instanceof ClassTree && transactional(leaf)) {
                return true;
            }
            if ((leaf instanceof LambdaExpressionTree || leaf instanceof NewClassTree)
                    && isTransactionCallback(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean transactional(Tree declaration) {
        AnnotationTree annotation = Code.annotation(declaration, "Transactional");
        if (annotation == null) {
            return false;
        }
        String text = annotation.toString();
        return !text.contains("NOT_SUPPORTED") && !text.contains("NEVER");
    }

    private static boolean isTransactionCallback(TreePath callback) {
        Tree host = callback.getParentPath().getLeaf();
        if (!(host instanceof MethodInvocationTree)) {
            return false;
        }
        MethodInvocationTree invocation = (MethodInvocationTree) host;
        String name = Code.methodName(invocation);
        if (!TX_CALLBACKS.contains(name)) {
            return false;
        }
        String receiver = String.valueOf(Code.receiver(invocation)).toLowerCase();
        return !name.equals("execute") || receiver.contains("transaction")
                || receiver.contains("tx");
    }

    private static boolean manualTransaction(BlockTree body, MethodInvocationTree call, Unit unit) {
        if (body == null) {
            return false;
        }
        long at = unit.start(call);
        long[] begin = {-1};
        long[] commit = {-1};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                String name = Code.methodName(node);
                long start = unit.start(node);
                boolean opens = name.equals("begin") || name.equals("beginTransaction")
                        || (name.equals("setAutoCommit") && node.getArguments().toString()
                                .equals("false"));
                if (opens && start < at) {
                    begin[0] = Math.max(begin[0], start);
                }
                if (name.equals("commit") && start > at && commit[0] < 0) {
                    commit[0] = start;
                }
                return super.visitMethodInvocation(node, unused);
            }
        }.scan(body, null);
        return begin[0] >= 0 && commit[0] >= 0;
    }
}
