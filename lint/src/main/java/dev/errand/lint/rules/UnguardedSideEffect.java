package dev.errand.lint.rules;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import dev.errand.lint.engine.Code;
import dev.errand.lint.engine.Guards;
import dev.errand.lint.engine.Rule;
import dev.errand.lint.engine.Severity;
import dev.errand.lint.engine.Unit;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * ERR003: an external side effect (an e-mail or SMS sent, a card charged, a message published, an
 * HTTP POST) that a retry would repeat, with nothing in sight that stops the repeat. A call counts
 * as a side effect when its name starts with send, deliver, charge, publish, post, push, notify,
 * refund, payout, capture or transfer, or contains Send or Publish
 * ({@code convertAndSend}, {@code basicPublish}), or pairs an action verb with a payment or
 * message noun ({@code processPayment}, {@code createNotification}), or creates a payment
 * resource ({@code Charge.create}); and it is declared outside the JDK, the Errand library,
 * in-process event buses and the job itself. Mail through {@code Transport.send} counts; HTTP
 * {@code send}, {@code execute} and {@code exchange} count only when the method builds a POST,
 * PUT, PATCH or DELETE request.
 *
 * <p>The finding is dropped when {@link Guards} sees an "already done" check, an idempotency key
 * or an {@code @Idempotent} declaration.
 */
public final class UnguardedSideEffect extends Rule {

    private static final Set<String> SINK_VERBS = Set.of("send", "deliver", "charge", "publish",
            "post", "push", "notify", "refund", "payout", "capture", "transfer", "resend", "email",
            "mail", "sms", "broadcast");
    private static final Set<String> NOT_A_SINK = Set.of("get", "set", "is", "has", "build",
            "with", "to", "new", "should", "can", "find", "create", "prepare", "render", "format");
    private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");
    private static final Set<String> ACTION_VERBS = Set.of("process", "make", "submit", "execute",
            "create", "issue", "initiate", "place", "trigger", "fire", "dispatch");
    private static final Set<String> EFFECT_NOUNS = Set.of("payment", "charge", "refund",
            "payout", "transfer", "sms", "email", "mail", "message", "notification", "webhook");
    private static final Set<String> PAYMENT_RESOURCES =
            Set.of("Charge", "PaymentIntent", "Refund", "Transfer", "Payout", "Message");
    private static final List<String> IN_PROCESS = List.of("java.", "javax.", "dev.errand.",
            "org.slf4j.", "org.springframework.context.", "com.google.common.eventbus.");

    public UnguardedSideEffect() {
        super("ERR003", "UnguardedSideEffect", Severity.WARNING, true);
    }

    @Override
    public void onInvocation(MethodInvocationTree call, ExecutableElement method, TreePath path,
            Unit unit) {
        if (isSink(call, method, path) && unit.inJob(path)
                && !Guards.isGuarded(path, call, unit)) {
            report(unit, path, call, "'" + Code.brief(call) + "' has an external effect that a"
                    + " retry repeats, and no guard is visible. Return early when it was already"
                    + " done (check a sent/processed flag or claim a unique key), pass an"
                    + " idempotency key to the call, or declare @Idempotent(reason = \"...\")");
        }
    }

    private static boolean isSink(MethodInvocationTree call, ExecutableElement method,
            TreePath path) {
        String name = Code.methodName(call);
        List<String> words = Code.words(name);
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0);
        boolean named = !NOT_A_SINK.contains(first) && (SINK_VERBS.contains(first)
                || words.contains("send") || words.contains("publish"));
        boolean action = ACTION_VERBS.contains(first)
                && words.stream().skip(1).anyMatch(EFFECT_NOUNS::contains);
        boolean http = name.equals("execute") || name.equals("exchange") || name.equals("send");
        if (!named && !action && !http && !name.equals("create")) {
            return false;
        }
        if (method == null) {
            return false;
        }
        String owner = ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString();
        String ownerSimple = method.getEnclosingElement().getSimpleName().toString();
        if (owner.endsWith(".mail.Transport")) {
            return true;
        }
        if (http && (owner.equals("java.net.http.HttpClient")
                || ownerSimple.matches(".*(Http|Rest|Web).*"))) {
            return buildsWriteRequest(path);
        }
        if (name.equals("create") && !PAYMENT_RESOURCES.contains(ownerSimple)) {
            return false;
        }
        if (!named && !action && !name.equals("create")) {
            return false;
        }
        ExpressionTree receiver = Code.receiver(call);
        boolean own = receiver == null || receiver.toString().equals("this");
        return !own && IN_PROCESS.stream().noneMatch(owner::startsWith);
    }

    private static boolean buildsWriteRequest(TreePath path) {
        TreePath method = Code.enclosingMethod(path);
        if (method == null) {
            return true;
        }
        Set<String> words = Code.words(method.getLeaf());
        return words.stream().anyMatch(WRITE_METHODS::contains);
    }
}
