package dev.errand.lint.rules;

import com.sun.source.tree.AssignmentTree;
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
import dev.errand.lint.engine.ErrandApi;
import dev.errand.lint.engine.Guards;
import dev.errand.lint.engine.Rule;
import dev.errand.lint.engine.Severity;
import dev.errand.lint.engine.Unit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;

/**
 * ERR002: a job runs at least once, so a relative change to stored state (add one, subtract the
 * amount, push onto a list) is applied again by every retry. Looks in job classes for: a setter fed
 * by the matching getter changed by arithmetic ({@code setViews(getViews() + 1)}, {@code
 * setBalance(getBalance().subtract(x))}), directly or through a local ({@code int n = getViews() +
 * 1; setViews(n);}, {@code int n = getViews(); n += d; setViews(n);}); {@code +=}, {@code -=},
 * {@code ++} and {@code --} on another object's field; counter calls such as Redis {@code
 * incr}/{@code hincrBy}, list pushes on a Redis client, {@code incrementX}, {@code addPoints},
 * {@code credit}/{@code debit}; and SQL text of the form {@code SET x = x + ?}. Metrics (Micrometer
 * and similar), atomics and other JDK objects are in-memory and not reported. A visible guard or
 * {@code @Idempotent} silences the finding (see {@link Guards}).
 */
public final class NonIdempotentUpdate extends Rule {

    private static final Set<String> COUNTER_VERBS =
            Set.of(
                    "incr",
                    "incrby",
                    "hincr",
                    "hincrby",
                    "zincr",
                    "zincrby",
                    "decr",
                    "decrby",
                    "increment",
                    "decrement",
                    "increase",
                    "decrease");
    private static final Set<String> BALANCE_VERBS =
            Set.of(
                    "add",
                    "award",
                    "grant",
                    "credit",
                    "debit",
                    "deduct",
                    "top",
                    "reduce",
                    "deposit",
                    "withdraw");
    private static final Set<String> BALANCE_NOUNS =
            Set.of(
                    "points",
                    "credits",
                    "credit",
                    "balance",
                    "count",
                    "stock",
                    "quantity",
                    "score",
                    "funds",
                    "bonus",
                    "reward",
                    "rewards",
                    "miles",
                    "tokens",
                    "coins",
                    "inventory",
                    "usage",
                    "visits",
                    "views");

    /**
     * Redis writes that grow a value by whatever it holds. Set-like writes (sadd, pfadd, zadd with
     * an absolute score, hset, set, setex, expire, del, srem) give the same result when repeated
     * and are not listed; the counters (incr, incrBy, hincrBy, zincrby, decr...) are caught by
     * their verb.
     */
    private static final Set<String> REDIS_APPENDS =
            Set.of(
                    "lpush",
                    "rpush",
                    "lpushx",
                    "rpushx",
                    "linsert",
                    "xadd",
                    "append",
                    "leftpush",
                    "rightpush",
                    "leftpushall",
                    "rightpushall");

    private static final Set<String> ARITHMETIC =
            Set.of("add", "subtract", "plus", "minus", "multiply", "divide");
    private static final Set<Tree.Kind> RELATIVE_OPERATORS =
            Set.of(Tree.Kind.PLUS, Tree.Kind.MINUS, Tree.Kind.MULTIPLY, Tree.Kind.DIVIDE);
    private static final Set<Tree.Kind> RELATIVE_ASSIGNMENTS =
            Set.of(
                    Tree.Kind.PLUS_ASSIGNMENT,
                    Tree.Kind.MINUS_ASSIGNMENT,
                    Tree.Kind.MULTIPLY_ASSIGNMENT,
                    Tree.Kind.DIVIDE_ASSIGNMENT);
    private static final Pattern SQL_COUNTER =
            Pattern.compile("(?is)\\bupdate\\b.*\\bset\\b.*?\\b(\\w+)\\s*=\\s*\\1\\s*[-+]");
    private static final List<String> METRIC_PACKAGES =
            List.of(
                    "java.",
                    "javax.",
                    "io.micrometer.",
                    "io.prometheus.",
                    "com.codahale.",
                    "io.dropwizard.",
                    "io.opentelemetry.",
                    "com.timgroup.");
    private static final Pattern REDIS_OWNER = Pattern.compile("(?i)redis|jedis|lettuce");
    private static final Pattern METRIC_TYPES =
            Pattern.compile(
                    ".*(Counter|Meter|MeterRegistry|Metrics|Gauge|Timer|Histogram|StatsD|Statsd"
                            + "|Tracker)");

    private final Map<Element, ExpressionTree> initializers = new HashMap<>();

    /** Locals stepped from their own value: {@code n += d}, {@code n++}, {@code n = n - 1}. */
    private final Set<Element> steppedLocals = new HashSet<>();

    public NonIdempotentUpdate() {
        super("ERR002", "NonIdempotentUpdate", Severity.WARNING, true);
    }

    @Override
    public void startClass() {
        initializers.clear();
        steppedLocals.clear();
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
    public boolean mayFlagCallsOf(ExecutableElement method, ErrandApi api) {
        String name = api.name(method);
        return name.startsWith("set") || flaggedByName(name, Code.words(name));
    }

    @Override
    public void onInvocation(
            MethodInvocationTree call, ExecutableElement method, TreePath path, Unit unit) {
        String what = describe(call, method, unit);
        if (what != null) {
            reportUnlessGuarded(call, what, path, unit);
        }
    }

    @Override
    public void onAssignment(AssignmentTree node, TreePath path, Unit unit) {
        Element local = local(node.getVariable(), unit);
        if (local == null) {
            return;
        }
        ExpressionTree value = Code.skipParens(node.getExpression());
        boolean relative = false;
        if (value instanceof BinaryTree && RELATIVE_OPERATORS.contains(value.getKind())) {
            BinaryTree binary = (BinaryTree) value;
            relative =
                    local.equals(local(binary.getLeftOperand(), unit))
                            || local.equals(local(binary.getRightOperand(), unit));
        } else if (value instanceof MethodInvocationTree
                && ARITHMETIC.contains(Code.methodName((MethodInvocationTree) value))) {
            relative = local.equals(local(Code.receiver((MethodInvocationTree) value), unit));
        }
        if (relative) {
            steppedLocals.add(local);
        }
    }

    @Override
    public void onCompoundAssignment(CompoundAssignmentTree node, TreePath path, Unit unit) {
        Element local = local(node.getVariable(), unit);
        if (local != null && RELATIVE_ASSIGNMENTS.contains(node.getKind())) {
            steppedLocals.add(local);
        }
        boolean relative =
                node.getKind() == Tree.Kind.PLUS_ASSIGNMENT
                        || node.getKind() == Tree.Kind.MINUS_ASSIGNMENT;
        if (relative && isOtherObjectsField(node.getVariable())) {
            reportUnlessGuarded(
                    node,
                    "'"
                            + Code.brief(node)
                            + "' changes a stored field relative"
                            + " to its current value",
                    path,
                    unit);
        }
    }

    @Override
    public void onUnary(UnaryTree node, TreePath path, Unit unit) {
        boolean step =
                node.getKind() == Tree.Kind.POSTFIX_INCREMENT
                        || node.getKind() == Tree.Kind.PREFIX_INCREMENT
                        || node.getKind() == Tree.Kind.POSTFIX_DECREMENT
                        || node.getKind() == Tree.Kind.PREFIX_DECREMENT;
        Element local = local(node.getExpression(), unit);
        if (step && local != null) {
            steppedLocals.add(local);
        }
        if (step && isOtherObjectsField(node.getExpression())) {
            reportUnlessGuarded(
                    node, "'" + Code.brief(node) + "' increments a stored field", path, unit);
        }
    }

    @Override
    public void onLiteral(LiteralTree literal, TreePath path, Unit unit) {
        if (literal.getValue() instanceof String
                && ((String) literal.getValue()).indexOf('=') > 0
                && SQL_COUNTER.matcher((String) literal.getValue()).find()) {
            reportUnlessGuarded(
                    literal,
                    "the SQL update sets a column relative to its current" + " value",
                    path,
                    unit);
        }
    }

    private void reportUnlessGuarded(Tree at, String what, TreePath path, Unit unit) {
        if (unit.inJob(path) && !Guards.isGuarded(path, at, unit)) {
            report(
                    unit,
                    path,
                    at,
                    what
                            + "; a retry applies it again. Write an absolute value, key the change"
                            + " by an id the job can check (or the job id), or declare"
                            + " @Idempotent(reason = \"...\") if a second run is harmless");
        }
    }

    private String describe(MethodInvocationTree call, ExecutableElement method, Unit unit) {
        String name = unit.methodName(call);
        if (name.startsWith("set")
                && call.getArguments().size() == 1
                && isRelativeToGetter(call, name.substring(3), unit)) {
            return "'" + Code.brief(call) + "' is a read-modify-write of stored state";
        }
        List<String> words = Code.words(name);
        if (words.isEmpty() || method == null) {
            return null;
        }
        // The name decides first: it is cheap, and almost every call fails it.
        if (!flaggedByName(name, words)) {
            return null;
        }
        String owner = unit.api().ownerName(method);
        if (isInMemoryOrMetric(owner, unit.api().ownerSimpleName(method), call)) {
            return null;
        }
        String first = words.get(0);
        boolean counter = COUNTER_VERBS.contains(first);
        boolean balance = isBalanceChange(first, words);
        boolean redisAppend = !counter && !balance && REDIS_OWNER.matcher(owner).find();
        if (counter || balance || redisAppend) {
            return "'" + Code.brief(call) + "' changes stored state relative to its current value";
        }
        return null;
    }

    /** A counter verb, a balance change, or a Redis list append, judged by the name only. */
    private static boolean flaggedByName(String name, List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0);
        return COUNTER_VERBS.contains(first)
                || isBalanceChange(first, words)
                || REDIS_APPENDS.contains(name.toLowerCase(Locale.ROOT));
    }

    private static boolean isBalanceChange(String first, List<String> words) {
        return BALANCE_VERBS.contains(first)
                && (words.size() == 1 && !first.equals("add") && !first.equals("reduce")
                        || anyAfterFirst(words, BALANCE_NOUNS));
    }

    private static boolean anyAfterFirst(List<String> words, Set<String> set) {
        for (int i = 1; i < words.size(); i++) {
            if (set.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isRelativeToGetter(MethodInvocationTree setter, String property, Unit unit) {
        ExpressionTree value = Code.skipParens(setter.getArguments().get(0));
        if (!(value instanceof BinaryTree
                || value instanceof MethodInvocationTree
                || value instanceof IdentifierTree)) {
            return false; // a literal, a field, a new object...: not computed from the getter
        }
        String receiver = Objects.toString(Code.receiver(setter), "");
        return isRelativeTo(value, receiver, property, unit);
    }

    /**
     * Whether a value is the property's current value changed by arithmetic: directly ({@code
     * getViews() + 1}, {@code getBalance().subtract(x)}), or through a local that was computed that
     * way ({@code int n = getViews() + 1}) or that started as the property and was then stepped
     * ({@code int n = getViews(); n += d;}).
     */
    private boolean isRelativeTo(
            ExpressionTree expression, String receiver, String property, Unit unit) {
        ExpressionTree value = Code.skipParens(expression);
        if (value instanceof BinaryTree && RELATIVE_OPERATORS.contains(value.getKind())) {
            BinaryTree binary = (BinaryTree) value;
            return readsProperty(binary.getLeftOperand(), receiver, property, unit)
                    || readsProperty(binary.getRightOperand(), receiver, property, unit);
        }
        if (value instanceof MethodInvocationTree
                && ARITHMETIC.contains(Code.methodName((MethodInvocationTree) value))) {
            ExpressionTree base = Code.receiver((MethodInvocationTree) value);
            return base != null && readsProperty(base, receiver, property, unit);
        }
        Element local = local(value, unit);
        ExpressionTree initializer = local == null ? null : initializers.get(local);
        if (initializer == null) {
            return false;
        }
        return isRelativeTo(initializer, receiver, property, unit)
                || steppedLocals.contains(local)
                        && readsProperty(initializer, receiver, property, unit);
    }

    /** The local variable an expression names, or null. */
    private static Element local(ExpressionTree expression, Unit unit) {
        ExpressionTree tree = expression == null ? null : Code.skipParens(expression);
        if (!(tree instanceof IdentifierTree)) {
            return null;
        }
        Element element = unit.element(tree);
        return element != null && element.getKind() == ElementKind.LOCAL_VARIABLE ? element : null;
    }

    private boolean readsProperty(
            ExpressionTree operand, String receiver, String property, Unit unit) {
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

    private static boolean isInMemoryOrMetric(
            String owner, String ownerSimple, MethodInvocationTree call) {
        for (String metrics : METRIC_PACKAGES) {
            if (owner.startsWith(metrics)) {
                return true;
            }
        }
        if (METRIC_TYPES.matcher(ownerSimple).matches()) {
            return true;
        }
        ExpressionTree receiver = Code.receiver(call);
        return receiver == null || Code.isThis(receiver);
    }
}
