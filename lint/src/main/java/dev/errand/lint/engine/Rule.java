package dev.errand.lint.engine;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import javax.lang.model.element.ExecutableElement;

/**
 * One lint rule: a stable id ({@code ERR004}), a name used in messages, options and
 * {@code @SuppressWarnings("errand:<Name>")}, a default severity, and hooks for the kinds of tree
 * node it looks at. The engine walks each class once and calls every rule's hooks on the way
 * ({@link Dispatcher}), so a rule costs only what its hooks do.
 *
 * <p>A hook receives the node, its path from the compilation unit, and the {@link Unit} with the
 * compiler's lookups. Rules marked job-only are not called for classes that contain no job; for
 * classes that do, they ask {@link Unit#inJob} before reporting, because a file may mix jobs and
 * ordinary classes.
 */
public abstract class Rule {

    private final String id;
    private final String name;
    private final Severity defaultSeverity;
    private final boolean jobsOnly;

    protected Rule(String id, String name, Severity defaultSeverity, boolean jobsOnly) {
        this.id = id;
        this.name = name;
        this.defaultSeverity = defaultSeverity;
        this.jobsOnly = jobsOnly;
    }

    public final String id() {
        return id;
    }

    public final String name() {
        return name;
    }

    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** Whether the rule only looks inside job classes. */
    public final boolean jobsOnly() {
        return jobsOnly;
    }

    /** Called before each top-level class is walked; rules with per-class state reset it here. */
    public void startClass() {}

    public void onMethod(MethodTree node, TreePath path, Unit unit) {}

    public void onVariable(VariableTree node, TreePath path, Unit unit) {}

    /** A call; {@code method} is what it resolves to, or null when javac could not resolve it. */
    public void onInvocation(
            MethodInvocationTree node, ExecutableElement method, TreePath path, Unit unit) {}

    /**
     * Whether {@link #onInvocation} may report anything for some call of this (resolved) method,
     * judged from the method alone: its name and declaring type. The engine asks once per method
     * and compilation, and skips the rule for calls of methods it answers false for, which is most
     * calls. The default, true, is always correct; an override must never answer false for a method
     * whose calls the rule could flag. Calls javac could not resolve are always passed.
     */
    public boolean mayFlagCallsOf(ExecutableElement method, ErrandApi api) {
        return true;
    }

    public void onNewClass(NewClassTree node, TreePath path, Unit unit) {}

    public void onCatch(CatchTree node, TreePath path, Unit unit) {}

    public void onLiteral(LiteralTree node, TreePath path, Unit unit) {}

    public void onBinary(BinaryTree node, TreePath path, Unit unit) {}

    public void onAssignment(AssignmentTree node, TreePath path, Unit unit) {}

    public void onCompoundAssignment(CompoundAssignmentTree node, TreePath path, Unit unit) {}

    public void onUnary(UnaryTree node, TreePath path, Unit unit) {}

    /** Reports a finding at {@code at}, which lies at or under {@code path}. */
    protected final void report(Unit unit, TreePath path, Tree at, String message) {
        unit.report(this, path, at, message);
    }

    @Override
    public String toString() {
        return id + " " + name;
    }
}
