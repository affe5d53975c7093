package dev.errand.lint.rules;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.errand.lint.engine.Code;
import dev.errand.lint.engine.ErrandApi;
import dev.errand.lint.engine.ErrandApi.JobArgument;
import dev.errand.lint.engine.JsonTypes.Problem;
import dev.errand.lint.engine.Rule;
import dev.errand.lint.engine.Severity;
import dev.errand.lint.engine.Unit;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * ERR001: job arguments travel as JSON, so a value that is not JSON-native either fails at enqueue
 * time or arrives as something else (an entity as a stale map, a date as a string, an enum whose
 * constant was renamed). Checks two places: the parameters of a job's {@code perform} method, and
 * the static type of each job argument at an enqueue call anywhere in the code base. For {@code
 * enqueueArgs} and {@code push} the elements of a {@code List.of} literal are checked one by one;
 * for {@code enqueueAll} the collection's element type is.
 */
public final class NonJsonArgument extends Rule {

    private static final Set<String> LIST_FACTORIES = Set.of("of", "asList", "listOf", "copyOf");

    public NonJsonArgument() {
        super("ERR001", "NonJsonArgument", Severity.WARNING, false);
    }

    @Override
    public void onMethod(MethodTree method, TreePath path, Unit unit) {
        if (method.getName().contentEquals("perform") && unit.inJob(path)) {
            for (VariableTree parameter : method.getParameters()) {
                Element element = unit.element(parameter);
                Problem problem = element == null ? null : unit.json().problem(element.asType());
                if (problem != null) {
                    report(
                            unit,
                            path,
                            parameter,
                            "perform parameter '"
                                    + parameter.getName()
                                    + "': "
                                    + problem.found()
                                    + "; "
                                    + problem.fix());
                }
            }
        }
    }

    @Override
    public boolean mayFlagCallsOf(ExecutableElement method, ErrandApi api) {
        return api.isEnqueue(method);
    }

    @Override
    public void onInvocation(
            MethodInvocationTree call, ExecutableElement method, TreePath path, Unit unit) {
        if (unit.api().isEnqueue(method)) {
            for (JobArgument argument : unit.api().jobArguments(call, method, unit)) {
                check(argument, path, unit);
            }
        }
    }

    private void check(JobArgument argument, TreePath path, Unit unit) {
        ExpressionTree expression = argument.expression();
        switch (argument.shape()) {
            case VALUE:
                reportIfBad(expression, unit.type(expression), path, unit);
                break;
            case ARGUMENT_LIST:
                List<? extends ExpressionTree> literal = listLiteral(expression, unit);
                if (literal != null) {
                    literal.forEach(item -> reportIfBad(item, unit.type(item), path, unit));
                } else {
                    reportIfBad(expression, elementType(unit.type(expression)), path, unit);
                }
                break;
            case EACH:
                reportIfBad(expression, elementType(unit.type(expression)), path, unit);
                break;
            default:
                throw new AssertionError(argument.shape());
        }
    }

    private void reportIfBad(ExpressionTree expression, TypeMirror type, TreePath path, Unit unit) {
        Problem problem = unit.json().problem(type);
        if (problem != null) {
            report(
                    unit,
                    path,
                    expression,
                    "job argument '"
                            + Code.brief(expression)
                            + "': "
                            + problem.found()
                            + "; "
                            + problem.fix());
        }
    }

    private static List<? extends ExpressionTree> listLiteral(
            ExpressionTree expression, Unit unit) {
        ExpressionTree tree = Code.skipParens(expression);
        if (!(tree instanceof MethodInvocationTree)) {
            return null;
        }
        MethodInvocationTree call = (MethodInvocationTree) tree;
        ExecutableElement method = unit.method(call);
        if (method == null || !LIST_FACTORIES.contains(Code.methodName(call))) {
            return null;
        }
        String owner = ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString();
        return owner.startsWith("java.util.") ? call.getArguments() : null;
    }

    private static TypeMirror elementType(TypeMirror collection) {
        if (collection == null || collection.getKind() != TypeKind.DECLARED) {
            return null;
        }
        List<? extends TypeMirror> args = ((DeclaredType) collection).getTypeArguments();
        return args.size() == 1 ? args.get(0) : null;
    }
}
