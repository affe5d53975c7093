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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;

/**
 * Walks one class tree once and hands each node of interest to the active rules that look at that
 * kind of node, resolving a call's target method once for all of them. Rules see nodes in source
 * order, outer before inner, as a tree scanner would.
 */
final class Dispatcher extends TreePathScanner<Void, Void> {

    /** The rules that implement each hook, in rule order. */
    static final class Hooks {
        final Rule[] all;
        final Rule[] method;
        final Rule[] variable;
        final Rule[] invocation;
        final Rule[] newClass;
        final Rule[] catches;
        final Rule[] literal;
        final Rule[] binary;
        final Rule[] assignment;
        final Rule[] compoundAssignment;
        final Rule[] unary;
        private final ErrandApi api;
        private final Map<ExecutableElement, Rule[]> byMethod = new HashMap<>();
        private static final Rule[] NONE = new Rule[0];

        Hooks(List<Rule> rules, ErrandApi api) {
            this.api = api;
            all = rules.toArray(new Rule[0]);
            method = implementing(rules, "onMethod", MethodTree.class);
            variable = implementing(rules, "onVariable", VariableTree.class);
            invocation =
                    implementing(
                            rules,
                            "onInvocation",
                            MethodInvocationTree.class,
                            ExecutableElement.class);
            newClass = implementing(rules, "onNewClass", NewClassTree.class);
            catches = implementing(rules, "onCatch", CatchTree.class);
            literal = implementing(rules, "onLiteral", LiteralTree.class);
            binary = implementing(rules, "onBinary", BinaryTree.class);
            assignment = implementing(rules, "onAssignment", AssignmentTree.class);
            compoundAssignment =
                    implementing(rules, "onCompoundAssignment", CompoundAssignmentTree.class);
            unary = implementing(rules, "onUnary", UnaryTree.class);
        }

        boolean isEmpty() {
            return all.length == 0;
        }

        /** The rules to call for a call of this method ({@link Rule#mayFlagCallsOf}). */
        Rule[] forCall(ExecutableElement method) {
            if (method == null) {
                return invocation;
            }
            Rule[] rules = byMethod.get(method);
            if (rules == null) {
                List<Rule> interested = new ArrayList<>();
                for (Rule rule : invocation) {
                    if (rule.mayFlagCallsOf(method, api)) {
                        interested.add(rule);
                    }
                }
                rules = interested.isEmpty() ? NONE : interested.toArray(NONE);
                byMethod.put(method, rules);
            }
            return rules;
        }

        private static Rule[] implementing(List<Rule> rules, String hook, Class<?>... node) {
            Class<?>[] parameters = new Class<?>[node.length + 2];
            System.arraycopy(node, 0, parameters, 0, node.length);
            parameters[node.length] = TreePath.class;
            parameters[node.length + 1] = Unit.class;
            List<Rule> result = new ArrayList<>();
            for (Rule rule : rules) {
                try {
                    if (rule.getClass().getMethod(hook, parameters).getDeclaringClass()
                            != Rule.class) {
                        result.add(rule);
                    }
                } catch (NoSuchMethodException | SecurityException unknown) {
                    result.add(rule); // cannot tell: call it, the default does nothing
                }
            }
            return result.toArray(new Rule[0]);
        }
    }

    private final Hooks hooks;
    private final Unit unit;

    Dispatcher(Hooks hooks, Unit unit) {
        this.hooks = hooks;
        this.unit = unit;
    }

    void walk(TreePath classPath) {
        for (Rule rule : hooks.all) {
            rule.startClass();
        }
        scan(classPath, null);
    }

    @Override
    public Void visitMethod(MethodTree node, Void unused) {
        Rule[] rules = hooks.method;
        if (rules.length > 0) {
            TreePath path = getCurrentPath();
            for (Rule rule : rules) {
                rule.onMethod(node, path, unit);
            }
        }
        return super.visitMethod(node, unused);
    }

    @Override
    public Void visitVariable(VariableTree node, Void unused) {
        Rule[] rules = hooks.variable;
        if (rules.length > 0) {
            TreePath path = getCurrentPath();
            for (Rule rule : rules) {
                rule.onVariable(node, path, unit);
            }
        }
        return super.visitVariable(node, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        if (hooks.invocation.length > 0) {
            ExecutableElement method = unit.method(node);
            Rule[] rules = hooks.forCall(method);
            TreePath path = getCurrentPath();
            for (Rule rule : rules) {
                rule.onInvocation(node, method, path, unit);
            }
        }
        return super.visitMethodInvocation(node, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree node, Void unused) {
        Rule[] rules = hooks.newClass;
        if (rules.length > 0) {
            TreePath path = getCurrentPath();
            for (Rule rule : rules) {
                rule.onNewClass(node, path, unit);
            }
        }
        return super.visitNewClass(node, unused);
    }

    @Override
    public Void visitCatch(CatchTree node, Void unused) {
        Rule[] rules = hooks.catches;
        if (rules.length > 0) {
            TreePath path = getCurrentPath();
            for (Rule rule : rules) {
                rule.onCatch(node, path, unit);
            }
        }
        return super.visitCatch(node, unused);
    }

    @Override
    public Void visitLiteral(LiteralTree node, Void unused) {
        Rule[] rules = hooks.literal;
        if (rules.length > 0) {
            TreePath path = getCurrentPath();
            for (Rule rule : rules) {
                rule.onLiteral(node, path, unit);
            }
        }
        return null; // a literal has no children
    }

    @Override
    public Void visitBinary(BinaryTree node, Void unused) {
        Rule[] rules = hooks.binary;
        if (rules.length > 0) {
            TreePath path = getCurrentPath();
            for (Rule rule : rules) {
                rule.onBinary(node, path, unit);
            }
        }
        return super.visitBinary(node, unused);
    }

    @Override
    public Void visitAssignment(AssignmentTree node, Void unused) {
        Rule[] rules = hooks.assignment;
        if (rules.length > 0) {
            TreePath path = getCurrentPath();
            for (Rule rule : rules) {
                rule.onAssignment(node, path, unit);
            }
        }
        return super.visitAssignment(node, unused);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
        Rule[] rules = hooks.compoundAssignment;
        if (rules.length > 0) {
            TreePath path = getCurrentPath();
            for (Rule rule : rules) {
                rule.onCompoundAssignment(node, path, unit);
            }
        }
        return super.visitCompoundAssignment(node, unused);
    }

    @Override
    public Void visitUnary(UnaryTree node, Void unused) {
        Rule[] rules = hooks.unary;
        if (rules.length > 0) {
            TreePath path = getCurrentPath();
            for (Rule rule : rules) {
                rule.onUnary(node, path, unit);
            }
        }
        return super.visitUnary(node, unused);
    }
}
