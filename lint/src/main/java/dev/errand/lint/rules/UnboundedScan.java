package dev.errand.lint.rules;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.errand.lint.engine.Code;
import dev.errand.lint.engine.ErrandApi;
import dev.errand.lint.engine.Rule;
import dev.errand.lint.engine.Severity;
import dev.errand.lint.engine.Unit;
import java.util.Collections;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * ERR007: one job that walks every row of a table grows with the data: it runs for ever, holds
 * memory, and on failure restarts from the first row. Reports, inside job classes, repository calls
 * that load everything ({@code findAll()}, {@code findAll(Sort)}, {@code streamAll()}, {@code
 * listAll()}, {@code getAll()}, {@code loadAll()}, {@code fetchAll()}) on non-JDK types, and SQL or
 * JPQL text that selects from a table with no WHERE, LIMIT, FETCH or OFFSET (judged where the text
 * is passed to a call or assigned to a variable named like sql or query). Paged and filtered
 * queries ({@code findAll(Pageable)}, {@code findAll(spec)}) are fine.
 */
public final class UnboundedScan extends Rule {

    private static final Set<String> LOAD_ALL =
            Set.of(
                    "findAll",
                    "streamAll",
                    "listAll",
                    "getAll",
                    "loadAll",
                    "fetchAll",
                    "selectAll",
                    "findAllEntities");
    private static final Set<String> QUERY_NAMES =
            Set.of("sql", "query", "select", "jpql", "hql", "statement", "stmt");
    private static final Pattern SELECT = Pattern.compile("(?is)^\\s*select\\b.+\\bfrom\\b.*");
    private static final Pattern BOUNDED =
            Pattern.compile(
                    "(?is).*(\\b(where|limit|fetch|offset|top|rownum)\\b"
                            + "|\\b(count|sum|max|min|avg)\\s*\\().*");

    public UnboundedScan() {
        super("ERR007", "UnboundedScan", Severity.WARNING, true);
    }

    @Override
    public boolean mayFlagCallsOf(ExecutableElement method, ErrandApi api) {
        return LOAD_ALL.contains(api.name(method)) && !isJdkCall(method);
    }

    @Override
    public void onInvocation(
            MethodInvocationTree call, ExecutableElement method, TreePath path, Unit unit) {
        if (LOAD_ALL.contains(unit.methodName(call))
                && unboundedArguments(call, unit)
                && !isJdkCall(method)
                && unit.inJob(path)) {
            report(
                    unit,
                    path,
                    call,
                    "'"
                            + Code.brief(call)
                            + "' loads every record in one job run. Enqueue one job per id"
                            + " (enqueueAll), or process a page and enqueue the next page with a"
                            + " cursor");
        }
    }

    @Override
    public void onLiteral(LiteralTree literal, TreePath path, Unit unit) {
        if (literal.getValue() instanceof String && !isConcatenationPart(path)) {
            checkQuery(literal, (String) literal.getValue(), path, unit);
        }
    }

    @Override
    public void onBinary(BinaryTree binary, TreePath path, Unit unit) {
        if (binary.getKind() == Tree.Kind.PLUS && !isConcatenationPart(path)) {
            StringBuilder text = new StringBuilder();
            new TreeScanner<Void, Void>() {
                @Override
                public Void visitLiteral(LiteralTree node, Void unused) {
                    text.append(node.getValue()).append(' ');
                    return null;
                }
            }.scan(binary, null);
            checkQuery(binary, text.toString(), path, unit);
        }
    }

    /** SQL is judged where it is used as a query: a call argument or a sql/query variable. */
    private static boolean isQueryPosition(TreePath path) {
        Tree parent = path.getParentPath().getLeaf();
        if (parent instanceof MethodInvocationTree) {
            return true;
        }
        return parent instanceof VariableTree
                && !Collections.disjoint(
                        QUERY_NAMES, Code.words(((VariableTree) parent).getName().toString()));
    }

    private static boolean isConcatenationPart(TreePath path) {
        Tree parent = path.getParentPath().getLeaf();
        return parent.getKind() == Tree.Kind.PLUS;
    }

    private void checkQuery(Tree at, String sql, TreePath path, Unit unit) {
        String start = sql.stripLeading();
        if (!start.regionMatches(true, 0, "select", 0, 6)) {
            return;
        }
        if (isQueryPosition(path)
                && SELECT.matcher(sql).matches()
                && !BOUNDED.matcher(sql).matches()
                && unit.inJob(path)) {
            report(
                    unit,
                    path,
                    at,
                    "the query selects every row with no WHERE or LIMIT. Page through the rows with"
                            + " a cursor across jobs, or enqueue one job per id");
        }
    }

    private static boolean unboundedArguments(MethodInvocationTree call, Unit unit) {
        if (call.getArguments().isEmpty()) {
            return true;
        }
        if (call.getArguments().size() != 1) {
            return false;
        }
        TypeMirror type = unit.type(call.getArguments().get(0));
        // findAll(Sort) orders everything; findAll(User.class) (Mongo style) loads everything.
        return type != null
                && (type.toString().matches("(.*\\.)?Sort")
                        || type.toString().startsWith("java.lang.Class"));
    }

    private static boolean isJdkCall(ExecutableElement method) {
        if (method == null) {
            return true;
        }
        String owner = ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString();
        return owner.startsWith("java.") || owner.startsWith("javax.");
    }
}
