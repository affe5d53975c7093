package dev.errand.lint.engine;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * Walks one class tree once and hands each node of interest to every active rule, resolving a
 * call's target method once for all of them. Rules see nodes in source order, outer before
 * inner, as a tree scanner would.
 */
final class Dispatcher extends TreePathScanner<Void, Void> {

    private final List<Rule> rules;
    private final Unit unit;

    Dispatcher(List<Rule> rules, Unit unit) {
        this.rules = rules;
        this.unit = unit;
    }

    void walk(TreePath classPath) {
        for (Rule rule : rules) {
            rule.startClass();
        }
        scan(classPath, null);
    }

    @Override
    public Void visitMethod(MethodTree node, Void unused) {
        TreePath path = getCurrentPath();
        for (Rule rule : rules) {
            rule.onMethod(node, path, unit);
        }
        return super.visitMethod(node, unused);
    }

    @Override
    public Void visitVariable(VariableTree node, Void unused) {
        TreePath path = getCurrentPath();
        for (Rule rule : rules) {
            rule.onVariable(node, path, unit);
        }
        return super.visitVariable(node, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        TreePath path = getCurrentPath();
        ExecutableElement method = unit.method(node);
        for (Rule rule : rules) {
            rule.onInvocation(node, method, path, unit);
        }
        return super.visitMethodInvocation(node, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree node, Void unused) {
        TreePath path = getCurrentPath();
        for (Rule rule : rules) {
            rule.onNewClass(node, path, unit);
        }
        return super.visitNewClass(node, unused);
    }

    @Override
    public Void visitCatch(CatchTree node, Void unused) {
        TreePath path = getCurrentPath();
        for (Rule rule : rules) {
            rule.onCatch(node, path, unit);
        }
        return super.visitCatch(node, unused);
    }

    @Override
    public Void visitLiteral(LiteralTree node, Void unused) {
        TreePath path = getCurrentPath();
        for (Rule rule : rules) {
            rule.onLiteral(node, path, unit);
        }
        return super.visitLiteral(node, unused);
    }

    @Override
    public Void visitBinary(BinaryTree node, Void unused) {
        TreePath path = getCurrentPath();
        for (Rule rule : rules) {
            rule.onBinary(node, path, unit);
        }
        return super.visitBinary(node, unused);
    }

    @Override
    public Void visitAssignment(AssignmentTree node, Void unused) {
        TreePath path = getCurrentPath();
        for (Rule rule : rules) {
            rule.onAssignment(node, path, unit);
        }
        return super.visitAssignment(node, unused);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
        TreePath path = getCurrentPath();
        for (Rule rule : rules) {
            rule.onCompoundAssignment(node, path, unit);
        }
        return super.visitCompoundAssignment(node, unused);
    }

    @Override
    public Void visitUnary(UnaryTree node, Void unused) {
        TreePath path = getCurrentPath();
        for (Rule rule : rules) {
            rule.onUnary(node, path, unit);
        }
        return super.visitUnary(node, unused);
    }
}
