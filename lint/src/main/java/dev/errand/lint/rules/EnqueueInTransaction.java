package dev.errand.lint.rules;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.errand.lint.engine.Code;
import dev.errand.lint.engine.ErrandApi;
import dev.errand.lint.engine.Rule;
import dev.errand.lint.engine.Severity;
import dev.errand.lint.engine.Unit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * ERR009: a job enqueued inside an open database transaction can start before the transaction
 * commits (and read data that is not there yet) or run although it rolled back. Reports enqueue
 * calls, anywhere in the code base, that sit in a method or class annotated {@code @Transactional}
 * (unless its propagation is NOT_SUPPORTED or NEVER), in a callback given to {@code
 * transactionTemplate.execute}, {@code executeWithoutResult}, {@code inTransaction}, {@code
 * useTransaction} or similar, or between a {@code begin()} and a {@code commit()} in the same
 * method, or in a same-class method that a {@code @Transactional} method calls (directly or through
 * one more same-class method). Enqueue calls inside an {@code afterCommit} callback are fine.
 */
public final class EnqueueInTransaction extends Rule {

    private static final Set<String> TX_CALLBACKS =
            Set.of(
                    "execute",
                    "executeWithoutResult",
                    "inTransaction",
                    "useTransaction",
                    "withTransaction",
                    "doInTransaction",
                    "runInTransaction",
                    "transaction",
                    "transactional",
                    "callInTransaction");
    private static final Set<String> AFTER_COMMIT = Set.of("afterCommit", "afterCompletion");

    /** Per class: the same-class methods a transactional method calls, and that caller. */
    private final Map<ClassTree, Map<Element, String>> calledInTransaction = new HashMap<>();

    public EnqueueInTransaction() {
        super("ERR009", "EnqueueInTransaction", Severity.WARNING, false);
    }

    @Override
    public void startClass() {
        calledInTransaction.clear();
    }

    @Override
    public boolean mayFlagCallsOf(ExecutableElement method, ErrandApi api) {
        return api.isEnqueue(method);
    }

    @Override
    public void onInvocation(
            MethodInvocationTree call, ExecutableElement method, TreePath path, Unit unit) {
        if (!unit.api().isEnqueue(method)) {
            return;
        }
        String where =
                inTransaction(path, call, unit)
                        ? "runs inside an open transaction"
                        : transactionalCaller(path, unit);
        if (where != null) {
            report(
                    unit,
                    path,
                    call,
                    "'"
                            + Code.methodName(call)
                            + "' "
                            + where
                            + ": the job may start before the commit, or run after a rollback."
                            + " Enqueue after the commit (an afterCommit callback, a transactional"
                            + " event listener after commit, or an outbox table)");
        }
    }

    /**
     * When the enqueue sits in a helper that a {@code @Transactional} method of the same class
     * calls, directly or through one more same-class method, says so; otherwise null. Calls inside
     * nested and anonymous classes (an afterCommit callback) are not followed.
     */
    private String transactionalCaller(TreePath path, Unit unit) {
        TreePath method = Code.enclosingMethod(path);
        if (method == null
                || !(method.getParentPath().getLeaf() instanceof ClassTree)
                || afterCommit(path)) {
            return null;
        }
        ClassTree host = (ClassTree) method.getParentPath().getLeaf();
        Map<Element, String> callers =
                calledInTransaction.computeIfAbsent(host, c -> helpersInTransaction(c, unit));
        String caller = callers.get(unit.element(method.getLeaf()));
        return caller == null ? null : "runs inside the transaction of " + caller + "()";
    }

    private static Map<Element, String> helpersInTransaction(ClassTree host, Unit unit) {
        Map<Element, MethodTree> own = new HashMap<>();
        for (Tree member : host.getMembers()) {
            if (member instanceof MethodTree && ((MethodTree) member).getBody() != null) {
                Element element = unit.element(member);
                if (element != null) {
                    own.put(element, (MethodTree) member);
                }
            }
        }
        Map<Element, String> reached = new HashMap<>();
        for (MethodTree method : own.values()) {
            if (transactional(method)) {
                String name = method.getName().toString();
                for (Element callee : ownCallees(method, own, unit)) {
                    reached.putIfAbsent(callee, name);
                    for (Element second : ownCallees(own.get(callee), own, unit)) {
                        reached.putIfAbsent(second, name);
                    }
                }
            }
        }
        return reached;
    }

    private static Set<Element> ownCallees(
            MethodTree method, Map<Element, MethodTree> own, Unit unit) {
        Set<Element> callees = new HashSet<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                ExpressionTree receiver = Code.receiver(node);
                if (receiver == null || Code.isThis(receiver)) {
                    ExecutableElement target = unit.method(node);
                    if (target != null && own.containsKey(target) && own.get(target) != method) {
                        callees.add(target);
                    }
                }
                return super.visitMethodInvocation(node, unused);
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                return null;
            }
        }.scan(method.getBody(), null);
        return callees;
    }

    private static boolean afterCommit(TreePath path) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof MethodTree
                    && AFTER_COMMIT.contains(((MethodTree) p.getLeaf()).getName().toString())) {
                return true;
            }
        }
        return false;
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
        return !name.equals("execute")
                || receiver.contains("transaction")
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
                boolean opens =
                        name.equals("begin")
                                || name.equals("beginTransaction")
                                || (name.equals("setAutoCommit")
                                        && node.getArguments().toString().equals("false"));
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
