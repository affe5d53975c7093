package dev.errand.lint.engine;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a side effect or a state change in a job is visibly protected against a second
 * run, so that ERR002 and ERR003 stay quiet. Protection is any one of:
 *
 * <ol>
 *   <li>an {@code @Idempotent(reason = "...")} with a non-blank reason on the method or class;
 *   <li>an idempotency key: a name or string with the words idempotency, idempotent or dedup
 *       anywhere in the method, or a request id, job id, jid or unique key among the call's
 *       arguments;
 *   <li>an "already done" check: an {@code if} before the call that returns, throws or continues,
 *       or an {@code if} around the call, whose condition mentions state such as sent, processed,
 *       exists, already, status or a lock or claim; or an early exit when a lookup found something
 *       ({@code if (x != null) return;}, {@code if (x.isPresent()) return;}). The check may also
 *       sit in the job's {@code perform} method when the call is in a helper.
 * </ol>
 *
 * This is deliberately coarse, in the spirit of "any guard in sight silences the finding": a guard
 * the lint cannot see is declared with {@code @Idempotent}.
 */
public final class Guards {

    private static final Set<String> DONE_WORDS =
            Set.of(
                    "already",
                    "sent",
                    "delivered",
                    "processed",
                    "done",
                    "complete",
                    "completed",
                    "finished",
                    "charged",
                    "captured",
                    "paid",
                    "billed",
                    "invoiced",
                    "refunded",
                    "published",
                    "notified",
                    "emailed",
                    "exists",
                    "exist",
                    "handled",
                    "seen",
                    "claim",
                    "claimed",
                    "acquire",
                    "acquired",
                    "lock",
                    "locked",
                    "dedup",
                    "dedupe",
                    "idempotent",
                    "idempotency",
                    "absent",
                    "setnx",
                    "nx",
                    "unique",
                    "duplicate",
                    "contains",
                    "recorded",
                    "applied",
                    "mark",
                    "marked",
                    "executed",
                    "synced",
                    "shipped",
                    "status",
                    "state");
    private static final Set<String> STATE_WORDS = Set.of("status", "state");
    private static final Set<String> KEY_WORDS =
            Set.of(
                    "idempotency",
                    "idempotent",
                    "idem",
                    "dedup",
                    "dedupe",
                    "deduplication",
                    "nonce");

    private Guards() {}

    /** Whether the code at {@code path}, a call or an update, is protected against a rerun. */
    public static boolean isGuarded(TreePath path, Tree effect, Unit unit) {
        if (declaredIdempotent(path)) {
            return true;
        }
        if (effect instanceof MethodInvocationTree && passesKey((MethodInvocationTree) effect)) {
            return true;
        }
        if (insideGuardingIf(path)) {
            return true;
        }
        TreePath method = Code.enclosingMethod(path);
        if (method == null) {
            return false;
        }
        MethodTree methodTree = (MethodTree) method.getLeaf();
        if (methodTree.getBody() == null) {
            return false;
        }
        if (!Collections.disjoint(Code.words(methodTree.getBody()), KEY_WORDS)) {
            return true;
        }
        if (hasEarlyExitGuard(methodTree.getBody(), unit.start(effect), unit)) {
            return true;
        }
        return !methodTree.getName().contentEquals("perform") && performHasGuard(method, unit);
    }

    /** An {@code @Idempotent} annotation with a non-blank reason (or no reason attribute). */
    public static boolean declaredIdempotent(TreePath path) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            AnnotationTree idempotent = Code.annotation(p.getLeaf(), "Idempotent");
            if (idempotent != null) {
                List<String> reasons = Code.stringValues(idempotent, "reason");
                boolean hasReasonAttribute =
                        idempotent.getArguments().stream()
                                .anyMatch(a -> a.toString().startsWith("reason"));
                if (!hasReasonAttribute || reasons.stream().anyMatch(r -> !r.isBlank())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean passesKey(MethodInvocationTree call) {
        for (ExpressionTree argument : call.getArguments()) {
            List<String> words = List.copyOf(Code.words(argument));
            if (!Collections.disjoint(words, KEY_WORDS)
                    || words.contains("jid")
                    || pair(words, "request", "id")
                    || pair(words, "job", "id")
                    || pair(words, "unique", "key")
                    || pair(words, "message", "id")) {
                return true;
            }
        }
        return false;
    }

    private static boolean pair(List<String> words, String first, String second) {
        int i = words.indexOf(first);
        return i >= 0 && i + 1 < words.size() && words.get(i + 1).equals(second);
    }

    private static boolean insideGuardingIf(TreePath path) {
        Tree child = path.getLeaf();
        for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
            Tree leaf = p.getLeaf();
            if (leaf instanceof MethodTree || leaf instanceof ClassTree) {
                return false;
            }
            if (leaf instanceof IfTree
                    && child != ((IfTree) leaf).getCondition()
                    && isGuardCondition(((IfTree) leaf).getCondition())) {
                return true;
            }
            child = leaf;
        }
        return false;
    }

    private static boolean hasEarlyExitGuard(BlockTree body, long before, Unit unit) {
        boolean[] found = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitIf(IfTree node, Void unused) {
                if (unit.end(node) <= before
                        && exits(node.getThenStatement())
                        && (isGuardCondition(node.getCondition())
                                || findsExisting(node.getCondition()))) {
                    found[0] = true;
                }
                return super.visitIf(node, unused);
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                return null;
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                return null;
            }
        }.scan(body, null);
        return found[0];
    }

    private static boolean performHasGuard(TreePath method, Unit unit) {
        TreePath classPath = method.getParentPath();
        if (classPath == null || !(classPath.getLeaf() instanceof ClassTree)) {
            return false;
        }
        for (Tree member : ((ClassTree) classPath.getLeaf()).getMembers()) {
            if (member instanceof MethodTree
                    && ((MethodTree) member).getName().contentEquals("perform")
                    && ((MethodTree) member).getBody() != null
                    && hasEarlyExitGuard(((MethodTree) member).getBody(), Long.MAX_VALUE, unit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean exits(StatementTree statement) {
        if (statement instanceof ReturnTree
                || statement instanceof ThrowTree
                || statement instanceof ContinueTree) {
            return true;
        }
        if (statement instanceof BlockTree) {
            List<? extends StatementTree> statements = ((BlockTree) statement).getStatements();
            return !statements.isEmpty() && exits(statements.get(statements.size() - 1));
        }
        return false;
    }

    private static boolean isGuardCondition(ExpressionTree condition) {
        Set<String> words = Code.words(condition);
        if (Collections.disjoint(words, DONE_WORDS)) {
            return false;
        }
        if (!Collections.disjoint(words, STATE_WORDS)
                && words.stream().filter(DONE_WORDS::contains).allMatch(STATE_WORDS::contains)) {
            // "status != PAID -> return" is a precondition, "status == SENT -> return" a guard.
            return !isNegated(condition);
        }
        return true;
    }

    /**
     * "Leave when something is already there": {@code x != null} or {@code x.isPresent()}. Only an
     * early exit reads this way; wrapping the effect in the same test is a precondition.
     */
    private static boolean findsExisting(ExpressionTree condition) {
        ExpressionTree tree = Code.skipParens(condition);
        if (tree.getKind() == Tree.Kind.NOT_EQUAL_TO) {
            BinaryTree binary = (BinaryTree) tree;
            return binary.getLeftOperand().getKind() == Tree.Kind.NULL_LITERAL
                    || binary.getRightOperand().getKind() == Tree.Kind.NULL_LITERAL;
        }
        return tree instanceof MethodInvocationTree
                && Code.methodName((MethodInvocationTree) tree).equals("isPresent");
    }

    private static boolean isNegated(ExpressionTree condition) {
        boolean[] negated = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitUnary(UnaryTree node, Void unused) {
                negated[0] |= node.getKind() == Tree.Kind.LOGICAL_COMPLEMENT;
                return super.visitUnary(node, unused);
            }

            @Override
            public Void visitBinary(BinaryTree node, Void unused) {
                negated[0] |= node.getKind() == Tree.Kind.NOT_EQUAL_TO;
                return super.visitBinary(node, unused);
            }
        }.scan(condition, null);
        return negated[0];
    }
}
