package dev.errand.lint.rules;

import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnionTypeTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.errand.lint.engine.Code;
import dev.errand.lint.engine.Rule;
import dev.errand.lint.engine.Severity;
import dev.errand.lint.engine.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeMirror;

/**
 * ERR005: a job reports failure by throwing; a catch block that swallows the exception makes a
 * failed run look like a success, so it is never retried and never reaches the dead set. Reports,
 * inside job classes, a catch of Exception, RuntimeException, Throwable or Error, or of a transient
 * failure that a retry would fix (IOException and its subclasses, timeouts, connection, SQL, mail
 * and HTTP client errors), whose block does not throw (a rethrow helper such as {@code rethrow},
 * {@code propagate} or {@code sneakyThrow} counts as throwing); and any catch whose block is empty
 * with no comment inside saying why. A block that adds the exception to a local collection which
 * the method later checks and throws for (collect-then-throw) does not swallow it. Narrow catches
 * with a body (say, discarding a job whose record is gone) are a deliberate choice and are not
 * reported. InterruptedException has its own rule, ERR006.
 */
public final class SwallowedException extends Rule {

    private static final Set<String> BROAD =
            Set.of(
                    "java.lang.Exception",
                    "java.lang.Throwable",
                    "java.lang.RuntimeException",
                    "java.lang.Error");
    private static final Pattern TRANSIENT =
            Pattern.compile(
                    ".*(IOException|TimeoutException"
                        + "|Timeout|SQLException|ExecutionException|Connect|Transient|Unavailable"
                        + "|Mail|Messaging"
                        + "|RestClient|HttpServerError|HttpClientError|WebClient|DataAccess"
                        + "|Socket|Network).*");
    private static final Set<String> RETHROW_HELPERS =
            Set.of("rethrow", "propagate", "sneaky", "throwIfUnchecked", "throwUnchecked");

    public SwallowedException() {
        super("ERR005", "SwallowedException", Severity.WARNING, true);
    }

    @Override
    public void onCatch(CatchTree node, TreePath path, Unit unit) {
        boolean empty = node.getBlock().getStatements().isEmpty() && !hasComment(node, unit);
        boolean broad = false;
        boolean interruptOnly = true;
        for (TypeMirror type : caughtTypes(node, unit)) {
            String name = type.toString();
            broad = broad || BROAD.contains(name) || isTransient(type, unit);
            interruptOnly = interruptOnly && name.equals("java.lang.InterruptedException");
        }
        if ((broad || empty)
                && !interruptOnly
                && !rethrows(node.getBlock())
                && !collectedAndThrownLater(node, path, unit)
                && unit.inJob(path)) {
            report(
                    unit,
                    path,
                    node,
                    "the catch of "
                            + node.getParameter().getType()
                            + " swallows the failure, so the job counts as done and is never"
                            + " retried. Rethrow it (wrapped if needed), or catch only the"
                            + " exceptions that really mean \"nothing to do\"");
        }
    }

    private static boolean hasComment(CatchTree node, Unit unit) {
        // Only comments on the lines inside the block count: a trailing comment on the catch line
        // is usually about the line, not a reason for the empty block.
        String text = unit.source(node.getBlock());
        int firstLineEnd = text.indexOf('\n');
        String inside = firstLineEnd < 0 ? "" : text.substring(firstLineEnd);
        return inside.contains("//") || inside.contains("/*");
    }

    /** An IOException, a timeout or a connection failure: the retry would likely succeed. */
    private static boolean isTransient(TypeMirror type, Unit unit) {
        TypeMirror io = unit.known().erasure("java.io.IOException");
        boolean isIo = io != null && unit.types().isSubtype(type, io);
        return isIo || TRANSIENT.matcher(unit.types().asElement(type).getSimpleName()).matches();
    }

    /**
     * Collect-then-throw: the block adds the exception to a local collection ({@code
     * failures.add(e)}), and after the try statement the method throws when that collection is not
     * empty, so one failed item still fails the run once the others are done.
     */
    private static boolean collectedAndThrownLater(CatchTree node, TreePath path, Unit unit) {
        Element exception = unit.element(node.getParameter());
        TreePath method = Code.enclosingMethod(path);
        if (exception == null || method == null) {
            return false;
        }
        Set<Element> collections = new HashSet<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                ExpressionTree receiver = Code.receiver(call);
                Element target = receiver == null ? null : unit.element(Code.skipParens(receiver));
                boolean passesException =
                        call.getArguments().stream().anyMatch(a -> mentions(a, exception, unit));
                if (passesException
                        && target != null
                        && target.getKind() == ElementKind.LOCAL_VARIABLE) {
                    collections.add(target);
                }
                return super.visitMethodInvocation(call, unused);
            }
        }.scan(node.getBlock(), null);
        if (collections.isEmpty()) {
            return false;
        }
        long after = unit.end(node);
        boolean[] thrown = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitIf(IfTree branch, Void unused) {
                if (unit.start(branch) > after
                        && rethrows(branch.getThenStatement())
                        && collections.stream()
                                .anyMatch(c -> mentions(branch.getCondition(), c, unit))) {
                    thrown[0] = true;
                }
                return super.visitIf(branch, unused);
            }

            @Override
            public Void visitThrow(ThrowTree statement, Void unused) {
                if (unit.start(statement) > after
                        && collections.stream()
                                .anyMatch(c -> mentions(statement.getExpression(), c, unit))) {
                    thrown[0] = true;
                }
                return null;
            }
        }.scan(((MethodTree) method.getLeaf()).getBody(), null);
        return thrown[0];
    }

    private static boolean mentions(Tree tree, Element variable, Unit unit) {
        boolean[] found = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree identifier, Void unused) {
                found[0] |= variable.equals(unit.element(identifier));
                return null;
            }
        }.scan(tree, null);
        return found[0];
    }

    static List<TypeMirror> caughtTypes(CatchTree node, Unit unit) {
        Tree type = node.getParameter().getType();
        if (type instanceof UnionTypeTree) {
            List<TypeMirror> types = new ArrayList<>();
            for (Tree alternative : ((UnionTypeTree) type).getTypeAlternatives()) {
                types.add(unit.type(alternative));
            }
            return types;
        }
        TypeMirror single = unit.type(type);
        return single == null ? List.of() : List.of(single);
    }

    static boolean rethrows(Tree block) {
        boolean[] found = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitThrow(ThrowTree node, Void unused) {
                found[0] = true;
                return null;
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                String name = Code.methodName(node);
                for (String helper : RETHROW_HELPERS) {
                    found[0] |= name.startsWith(helper);
                }
                return super.visitMethodInvocation(node, unused);
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                return null;
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                return null;
            }
        }.scan(block, null);
        return found[0];
    }
}
