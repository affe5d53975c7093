package dev.errand.lint.rules;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import dev.errand.lint.engine.Code;
import dev.errand.lint.engine.Constants;
import dev.errand.lint.engine.ErrandApi;
import dev.errand.lint.engine.Rule;
import dev.errand.lint.engine.Severity;
import dev.errand.lint.engine.Unit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;

/**
 * ERR011: JobSpec options that the builder rejects at run time, caught at compile time when the
 * value is a literal or a constant: {@code retry(n)} with n below 0, {@code retryOn(error, backoff,
 * attempts)} with attempts below 1, {@code backtrace(n)} below 0, a null, empty or blank name given
 * to {@code queue}, {@code retryQueue}, {@code named}, {@code className} or {@code tags}, and
 * {@code discardOn()} with no exception class. Only methods of the Errand library are checked.
 * Defaults to error, since the program would fail anyway when the spec is built.
 */
public final class InvalidJobSpec extends Rule {

    private static final Set<String> NAMES =
            Set.of("queue", "retryQueue", "named", "className", "tags");

    public InvalidJobSpec() {
        super("ERR011", "InvalidJobSpec", Severity.ERROR, false);
    }

    @Override
    public boolean mayFlagCallsOf(ExecutableElement method, ErrandApi api) {
        return api.isErrandMethod(method);
    }

    @Override
    public void onInvocation(
            MethodInvocationTree call, ExecutableElement method, TreePath path, Unit unit) {
        if (unit.api().isErrandMethod(method)) {
            check(call, method.getSimpleName().toString(), path, unit);
        }
    }

    private void check(MethodInvocationTree call, String name, TreePath path, Unit unit) {
        List<? extends ExpressionTree> args = call.getArguments();
        if (name.equals("retry") && args.size() == 1) {
            atLeast(
                    args.get(0),
                    0,
                    "retry",
                    "retries must be 0 or more; use noRetry() to turn" + " retries off",
                    path,
                    unit);
        } else if (name.equals("retryOn") && args.size() == 3) {
            atLeast(
                    args.get(2),
                    1,
                    "retryOn",
                    "attempts count the first run, so they must be 1 or" + " more",
                    path,
                    unit);
        } else if (name.equals("backtrace") && args.size() == 1) {
            atLeast(
                    args.get(0),
                    0,
                    "backtrace",
                    "lines must be 0 or more (0 keeps none)",
                    path,
                    unit);
        } else if (name.equals("discardOn") && args.isEmpty()) {
            report(
                    unit,
                    path,
                    call,
                    "discardOn() with no exception class is rejected when the spec"
                            + " is built; name at least one exception class");
        } else if (NAMES.contains(name)) {
            for (ExpressionTree arg : args) {
                Optional<Object> value = Constants.valueOf(arg, unit);
                boolean blank =
                        value.isPresent()
                                && (value.get() == Constants.NULL
                                        || (value.get() instanceof String
                                                && ((String) value.get()).isBlank()));
                if (blank) {
                    report(
                            unit,
                            path,
                            arg,
                            name
                                    + "("
                                    + Code.brief(arg)
                                    + ") is rejected when the spec is built: a name must not be"
                                    + " null, empty or blank. Give a real name, or leave the option"
                                    + " out to keep the default");
                }
            }
        }
    }

    private void atLeast(
            ExpressionTree arg,
            long minimum,
            String option,
            String rule,
            TreePath path,
            Unit unit) {
        Optional<Long> value = Constants.longValue(arg, unit);
        if (value.isPresent() && value.get() < minimum) {
            report(
                    unit,
                    path,
                    arg,
                    option
                            + "("
                            + value.get()
                            + ") is rejected when the spec is"
                            + " built: "
                            + rule);
        }
    }
}
