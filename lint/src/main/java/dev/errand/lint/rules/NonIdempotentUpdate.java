package dev.errand.lint.rules;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.errand.lint.engine.Code;
import dev.errand.lint.engine.Guards;
import dev.errand.lint.engine.Rule;
import dev.errand.lint.engine.Severity;
import dev.errand.lint.engine.Unit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * ERR002: a job runs at least once, so a relative change to stored state (add one, subtract the
 * amount, push onto a list) is applied again by every retry. Looks in job classes for:
 * a setter fed by the matching getter plus or minus something ({@code setViews(getViews() + 1)},
 * {@code setBalance(getBalance().subtract(x))}); {@code +=}, {@code -=}, {@code ++} and {@code --}
 * on another object's field; counter calls such as Redis {@code incr}/{@code hincrBy}, list
 * pushes on a Redis client, {@code incrementX}, {@code addPoints}, {@code credit}/{@code debit};
 * and SQL text of the form {@code SET x = x + ?}. Metrics (Micrometer and similar), atomics and
 * other JDK objects are in-memory and not reported. A visible guard or {@code @Idempotent}
 * silences the finding (see {@link Guards}).
 */
public final class NonIdempotentUpdate extends Rule {

    private static final Set<String> COUNTER_VERBS = Set.of("incr", "incrby", "hincr", "hincrby",
            "zincr", "zincrby", "decr", "decrby", "increment", "decrement", "increase", "decrease");
    private static final Set<String> BALANCE_VERBS =
            Set.of("add", "award", "grant", "credit", "debit", "deduct", "top", "reduce", "deposit",
                    "withdraw");
    private static final Set<String> BALANCE_NOUNS = Set.of("points", "credits", "credit",
            "balance", "count", "stock", "quantity", "score", "funds", "bonus", "reward",
            "rewards", "miles", "tokens", "coins", "inventory", "usage", "visits", "views");
    private static final Set<String> REDIS_APPENDS =
            Set.of("lpush", "rpush", "lpushx", "rpushx", "xadd", "append", "pfadd");
    private static final Set<String> ARITHMETIC = Set.of("add", "subtract", "plus", "minus");
    private static final Pattern SQL_COUNTER = Pattern.compile(
            "(?is)\\bupdate\\b.*\\bset\\b.*?\\b(\\w+)\\s*=\\s*\\1\\s*[-+]");
    private static final List<String> METRIC_PACKAGES = List.of("java.", "javax.", "io.micrometer.",
            "io.prometheus.", "com.codahale.", "io.dropwizard.", "io.opentelemetry.",
            "com.timgroup.");
    private static final Pattern METRIC_TYPES = Pattern.compile(
            ".*(Counter|Meter|MeterRegistry|Metrics|Gauge|Timer|Histogram|StatsD|Statsd|Tracker)");

    private final Map<Element, ExpressionTree> initializers = new HashMap<>();

    public NonIdempotentUpdate() {
        super("ERR002", "NonIdempotentUpdate", Severity.WARNING, true);
    }

    @Override
    public void startClass() {
        initializers.clear();
    }

    @Override
    public void onVariable(VariableTree variable, TreePath path, Unit unit) {
        if (variable.getInitializer() != null) {
            Element element = unit.element(variable);
            if (element != null && element.getKind() == ElementKind.LOCAL_VARIABLE) {
                initializers.put(element, variable.getInitializer());
            }
        }
    }

    @Override
    public void onInvocation(MethodInvocationTree call, ExecutableElement method, TreePath path,
            Unit unit) {
        String what = describe(call, method, unit);
        if (what != null) {
            reportUnlessGuarded(call, what, path, unit);
        }
    }

    @Override
    public void onCompoundAssignment(CompoundAssignmentTree node, TreePath path, Unit unit) {
        boolean relative = node.getKind() == Tree.Kind.PLUS_ASSIGNMENT
                || node.getKind() == Tree.Kind.MINUS_ASSIGNMENT;
        if (relative && isOtherObjectsField(node.getVariable())) {
            reportUnlessGuarded(node, "'" + Code.brief(node) + "' changes a stored field relative"
                    + " to its current value", path, unit);
        }
    }

    @Override
    public void onUnary(UnaryTree node, TreePath path, Unit unit) {
        boolean step = node.getKind() == Tree.Kind.POSTFIX_INCREMENT
                || node.getKind() == Tree.Kind.PREFIX_INCREMENT
                || node.getKind() == Tree.Kind.POSTFIX_DECREMENT
                || node.getKind() == Tree.Kind.PREFIX_DECREMENT;
        if (step && isOtherObjectsField(node.getExpression())) {
            reportUnlessGuarded(node, "'" + Code.brief(node) + "' increments a stored field", path,
                    unit);
        }
    }

    @Override
    public void onLiteral(LiteralTree literal, TreePath path, Unit unit) {
        if (literal.getValue() instanceof String && ((String) literal.getValue()).indexOf('=') > 0
                && SQL_COUNTER.matcher((String) literal.getValue()).find()) {
            reportUnlessGuarded(literal, "the SQL update sets a column relative to its current"
                    + " value", path, unit);
        }
    }

    private void reportUnlessGuarded(Tree at, String what, TreePath path, Unit unit) {
        if (unit.inJob(path) && !Guards.isGuarded(path, at, unit)) {
            report(unit, path, at, what + "; a retry applies it again. Write an absolute value,"
                    + " key the change by an id the job can check (or the job id), or declare"
                    + " @Idempotent(reason = \"...\") if a second run is harmless");
        }
    }

    private String describe(MethodInvocationTree call, ExecutableElement method, Unit unit) {
        String name = Code.methodName(call);
        List<String> words = Code.words(name);
        if (words.isEmpty()) {
            return null;
        }
        if (name.startsWith("set") && call.getArguments().size() == 1
                && isRelativeToGetter(call, name.substring(3), unit)) {
            return "'" + Code.brief(call) + "' is a read-modify-write of stored state";
        }
        if (method == null || isInMemoryOrMetric(method, call)) {
            return null;
        }
        String first = words.get(0);
        boolean counter = COUNTER_VERBS.contains(first);
        boolean balance = BALANCE_VERBS.contains(first)
                && (words.size() == 1 && !first.equals("add") && !first.equals("reduce")
                || words.stream().skip(1).anyMatch(BALANCE_NOUNS::contains));
        boolean redisAppend = REDIS_APPENDS.contains(name.toLowerCase())
                && ownerName(method).toLowerCase().matches(".*(redis|jedis|lettuce).*");
        if (counter || balance || redisAppend) {
            return "'" + Code.brief(call) + "' changes stored state relative to its current value";
        }
        return null;
    }

    private boolean isRelativeToGetter(MethodInvocationTree setter, String property, Unit unit) {
        ExpressionTree value = Code.skipParens(setter.getArguments().get(0));
        String receiver = Objects.toString(Code.receiver(setter), "");
        if (value instanceof BinaryTree && (value.getKind() == Tree.Kind.PLUS
                || value.getKind() == Tree.Kind.MINUS)) {
            BinaryTree binary = (BinaryTree) value;
            return readsProperty(binary.getLeftOperand(), receiver, property, unit)
                    || readsProperty(binary.getRightOperand(), receiver, property, unit);
        }
        if (value instanceof MethodInvocationTree
                && ARITHMETIC.contains(Code.methodName((MethodInvocationTree) value))) {
            ExpressionTree base = Code.receiver((MethodInvocationTree) value);
            return base != null && readsProperty(base, receiver, property, unit);
        }
        return false;
    }

    private boolean readsProperty(ExpressionTree operand, String receiver, String property,
            Unit unit) {
        ExpressionTree tree = Code.skipParens(operand);
        if (tree instanceof IdentifierTree) {
            ExpressionTree initializer = initializers.get(unit.element(tree));
            return initializer != null && readsProperty(initializer, receiver, property, unit);
        }
        if (!(tree instanceof MethodInvocationTree)) {
            return false;
        }
        MethodInvocationTree getter = (MethodInvocationTree) tree;
        String name = Code.methodName(getter);
        boolean sameProperty = name.equals("get" + property) || name.equals("is" + property);
        return sameProperty && Objects.toString(Code.receiver(getter), "").equals(receiver);
    }

    private static boolean isOtherObjectsField(ExpressionTree variable) {
        ExpressionTree tree = Code.skipParens(variable);
        if (!(tree instanceof MemberSelectTree)) {
            return false;
        }
        String owner = ((MemberSelectTree) tree).getExpression().toString();
        return !owner.equals("this") && !owner.equals("super");
    }

    private static boolean isInMemoryOrMetric(ExecutableElement method, MethodInvocationTree call) {
        String owner = ownerName(method);
        if (METRIC_PACKAGES.stream().anyMatch(owner::startsWith)) {
            return true;
        }
        String simple = method.getEnclosingElement().getSimpleName().toString();
        if (METRIC_TYPES.matcher(simple).matches()) {
            return true;
        }
        ExpressionTree receiver = Code.receiver(call);
        return receiver == null || receiver.toString().equals("this");
    }

    private static String ownerName(ExecutableElement method) {
        return ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString();
    }
}
