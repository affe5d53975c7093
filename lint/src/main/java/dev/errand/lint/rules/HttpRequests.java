package dev.errand.lint.rules;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.errand.lint.engine.Code;
import dev.errand.lint.engine.Unit;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Decides which HTTP method a client call sends, for ERR003. GET, HEAD, OPTIONS, PUT and DELETE are
 * safe or idempotent by definition (RFC 9110), so a retry does no harm; POST and PATCH are not, and
 * neither is a method the lint cannot tell.
 *
 * <p>Only what names the method counts: an {@code HttpMethod} argument ({@code rest.exchange(url,
 * HttpMethod.PUT, ...)}), or calls on a request builder (types such as {@code
 * java.net.http.HttpRequest.Builder}, OkHttp's {@code Request.Builder} and Spring's {@code
 * RequestEntity}) in the calling method, in the same-class methods it calls, and failing those in
 * the rest of the class. A builder with no method call sends a GET. Other calls that happen to be
 * named put or post ({@code map.put}, {@code blobStore.put}) say nothing.
 */
final class HttpRequests {

    private static final Set<String> IDEMPOTENT =
            Set.of("get", "head", "options", "trace", "put", "delete");
    private static final Set<String> NOT_IDEMPOTENT = Set.of("post", "patch");
    private static final Pattern REQUEST_BUILDER =
            Pattern.compile(".*\\.(\\w*Request|RequestEntity)(\\.\\w*Builder)?");

    /** What the request builders in a piece of code say. */
    private enum Evidence {
        NONE,
        IDEMPOTENT,
        WRITE
    }

    private HttpRequests() {}

    /** Whether the type declaring a method builds HTTP requests rather than sending them. */
    static boolean isRequestBuilder(TypeElement owner) {
        return isRequestBuilder(owner.getQualifiedName().toString());
    }

    /** {@link #isRequestBuilder(TypeElement)} by the declaring type's qualified name. */
    static boolean isRequestBuilder(String name) {
        return name.contains("Request")
                && name.toLowerCase(Locale.ROOT).contains("http")
                && REQUEST_BUILDER.matcher(name).matches();
    }

    /** Whether the HTTP call at {@code path} may send a request that is not idempotent. */
    static boolean mayWrite(MethodInvocationTree call, TreePath path, Unit unit) {
        for (ExpressionTree argument : call.getArguments()) {
            TypeMirror type = unit.type(argument);
            Element element = type == null ? null : unit.types().asElement(type);
            if (element != null && element.getSimpleName().contentEquals("HttpMethod")) {
                String constant = constantName(argument);
                return constant == null || !IDEMPOTENT.contains(constant);
            }
        }
        TreePath method = Code.enclosingMethod(path);
        if (method == null) {
            return true;
        }
        Evidence evidence = evidence(method.getLeaf(), unit, true);
        if (evidence == Evidence.NONE && method.getParentPath() != null) {
            evidence = evidence(method.getParentPath().getLeaf(), unit, false);
        }
        return evidence != Evidence.IDEMPOTENT;
    }

    private static String constantName(ExpressionTree argument) {
        ExpressionTree tree = Code.skipParens(argument);
        if (tree instanceof MemberSelectTree) {
            return ((MemberSelectTree) tree).getIdentifier().toString().toLowerCase(Locale.ROOT);
        }
        if (tree instanceof IdentifierTree) {
            return ((IdentifierTree) tree).getName().toString().toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /**
     * The request-builder calls under {@code scope}; with {@code followCalls}, also those in the
     * same-class methods called there (one level).
     */
    private static Evidence evidence(Tree scope, Unit unit, boolean followCalls) {
        Evidence[] found = {Evidence.NONE};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                ExecutableElement target = unit.method(node);
                if (target != null && target.getEnclosingElement() instanceof TypeElement) {
                    TypeElement owner = (TypeElement) target.getEnclosingElement();
                    if (isRequestBuilder(owner)) {
                        found[0] = max(found[0], builderCall(node));
                    } else if (followCalls && isOwnCall(node)) {
                        Tree callee = unit.tree(target);
                        if (callee instanceof MethodTree && callee != scope) {
                            found[0] = max(found[0], evidence(callee, unit, false));
                        }
                    }
                }
                return super.visitMethodInvocation(node, unused);
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                return node == scope ? super.visitClass(node, unused) : null;
            }
        }.scan(scope, null);
        return found[0];
    }

    private static Evidence builderCall(MethodInvocationTree call) {
        String name = Code.methodName(call).toLowerCase(Locale.ROOT);
        if (NOT_IDEMPOTENT.contains(name)) {
            return Evidence.WRITE;
        }
        if (name.equals("method") && !call.getArguments().isEmpty()) {
            ExpressionTree first = Code.skipParens(call.getArguments().get(0));
            Object value = first instanceof LiteralTree ? ((LiteralTree) first).getValue() : null;
            String method = value instanceof String ? (String) value : constantName(first);
            return method != null && IDEMPOTENT.contains(method.toLowerCase(Locale.ROOT))
                    ? Evidence.IDEMPOTENT
                    : Evidence.WRITE;
        }
        return Evidence.IDEMPOTENT;
    }

    private static boolean isOwnCall(MethodInvocationTree call) {
        ExpressionTree receiver = Code.receiver(call);
        return receiver == null || Code.isThis(receiver);
    }

    private static Evidence max(Evidence a, Evidence b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
