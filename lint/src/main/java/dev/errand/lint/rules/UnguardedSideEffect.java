package dev.errand.lint.rules;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import dev.errand.lint.engine.Code;
import dev.errand.lint.engine.ErrandApi;
import dev.errand.lint.engine.Guards;
import dev.errand.lint.engine.Rule;
import dev.errand.lint.engine.Severity;
import dev.errand.lint.engine.Unit;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * ERR003: an external side effect (an e-mail or SMS sent, a card charged, a message published, an
 * HTTP POST) that a retry would repeat, with nothing in sight that stops the repeat. A call counts
 * as a side effect when its name starts with send, deliver, charge, publish, post, push, notify,
 * refund, payout, capture or transfer, or contains Send or Publish ({@code convertAndSend}, {@code
 * basicPublish}), or pairs an action verb with a payment or message noun ({@code processPayment},
 * {@code createNotification}), or creates a payment resource ({@code Charge.create}); and it is
 * declared outside the JDK, the Errand library, in-process event buses and the job itself. Mail
 * through {@code Transport.send} counts. HTTP client calls ({@code send}, {@code execute}, {@code
 * exchange}, OkHttp's {@code enqueue}) count unless the request is visibly a GET, HEAD, PUT or
 * DELETE, which a retry may repeat safely (see {@link HttpRequests}); {@code post*} and {@code
 * patch*} client methods always count, and request builders never do.
 *
 * <p>The finding is dropped when {@link Guards} sees an "already done" check, an idempotency key or
 * an {@code @Idempotent} declaration.
 */
public final class UnguardedSideEffect extends Rule {

    private static final Set<String> SINK_VERBS =
            Set.of(
                    "send",
                    "deliver",
                    "charge",
                    "publish",
                    "post",
                    "push",
                    "notify",
                    "refund",
                    "payout",
                    "capture",
                    "transfer",
                    "resend",
                    "email",
                    "mail",
                    "sms",
                    "broadcast");
    private static final Set<String> NOT_A_SINK =
            Set.of(
                    "get", "set", "is", "has", "build", "with", "to", "new", "should", "can",
                    "find", "create", "prepare", "render", "format");
    private static final Set<String> CHANNEL_NOUNS = Set.of("email", "mail", "sms");
    private static final Set<String> HTTP_CALLS =
            Set.of("send", "sendAsync", "execute", "exchange", "enqueue");
    private static final Set<String> ACTION_VERBS =
            Set.of(
                    "process",
                    "make",
                    "submit",
                    "execute",
                    "create",
                    "issue",
                    "initiate",
                    "place",
                    "trigger",
                    "fire",
                    "dispatch");
    private static final Set<String> EFFECT_NOUNS =
            Set.of(
                    "payment",
                    "charge",
                    "refund",
                    "payout",
                    "transfer",
                    "sms",
                    "email",
                    "mail",
                    "message",
                    "notification",
                    "webhook");
    private static final Set<String> PAYMENT_RESOURCES =
            Set.of("Charge", "PaymentIntent", "Refund", "Transfer", "Payout", "Message");
    private static final Pattern HTTP_CLIENT_NAME = Pattern.compile("Http|Rest|Web");
    private static final List<String> IN_PROCESS =
            List.of(
                    "java.",
                    "javax.",
                    "org.slf4j.",
                    "org.springframework.context.",
                    "com.google.common.eventbus.");

    public UnguardedSideEffect() {
        super("ERR003", "UnguardedSideEffect", Severity.WARNING, true);
    }

    @Override
    public boolean mayFlagCallsOf(ExecutableElement method, ErrandApi api) {
        String name = api.name(method);
        return method.getEnclosingElement() instanceof TypeElement
                && mayBeSinkName(name, Code.words(name));
    }

    @Override
    public void onInvocation(
            MethodInvocationTree call, ExecutableElement method, TreePath path, Unit unit) {
        if (isSink(call, method, path, unit)
                && unit.inJob(path)
                && !Guards.isGuarded(path, call, unit)) {
            report(
                    unit,
                    path,
                    call,
                    "'"
                            + Code.brief(call)
                            + "' has an external effect that a retry repeats, and no guard is"
                            + " visible. Return early when it was already done (check a"
                            + " sent/processed flag or claim a unique key), pass an idempotency key"
                            + " to the call, or declare @Idempotent(reason = \"...\")");
        }
    }

    /**
     * A getter named like a channel ({@code user.email()}, {@code contact.sms()}): no parameters, a
     * value returned, and either a record component or a single-word name.
     */
    private static boolean isAccessor(ExecutableElement method) {
        if (!method.getParameters().isEmpty()
                || method.getReturnType().getKind() == TypeKind.VOID) {
            return false;
        }
        Element owner = method.getEnclosingElement();
        if (owner.getKind() == ElementKind.RECORD) {
            return owner.getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.RECORD_COMPONENT)
                    .anyMatch(e -> e.getSimpleName().equals(method.getSimpleName()));
        }
        return CHANNEL_NOUNS.contains(method.getSimpleName().toString());
    }

    private static boolean isSink(
            MethodInvocationTree call, ExecutableElement method, TreePath path, Unit unit) {
        String name = unit.methodName(call);
        List<String> words = Code.words(name);
        if (words.isEmpty()
                || method == null
                || !(method.getEnclosingElement() instanceof TypeElement)) {
            return false;
        }
        if (!mayBeSinkName(name, words)) {
            return false;
        }
        String first = words.get(0);
        boolean named = isNamedSink(first, words);
        boolean action = isAction(first, words);
        boolean http = HTTP_CALLS.contains(name);
        boolean patch = first.equals("patch");
        if (isAccessor(method)) {
            return false;
        }
        TypeElement ownerType = (TypeElement) method.getEnclosingElement();
        String owner = unit.api().ownerName(method);
        String ownerSimple = unit.api().ownerSimpleName(method);
        if (owner.endsWith(".mail.Transport")) {
            return true;
        }
        if (HttpRequests.isRequestBuilder(owner)) {
            // Building a request sends nothing; the client call that sends it is judged instead.
            return false;
        }
        boolean httpClient =
                owner.startsWith("java.net.http.")
                        || owner.startsWith("okhttp3.")
                        || HTTP_CLIENT_NAME.matcher(ownerSimple).find();
        if (http && httpClient) {
            return HttpRequests.mayWrite(call, path, unit);
        }
        if (patch && httpClient) {
            return true;
        }
        if (name.equals("create") && !PAYMENT_RESOURCES.contains(ownerSimple)) {
            return false;
        }
        if (!named && !action && !name.equals("create")) {
            return false;
        }
        ExpressionTree receiver = Code.receiver(call);
        boolean own = receiver == null || Code.isThis(receiver);
        if (own || unit.api().isErrandClass(ownerType)) {
            return false;
        }
        for (String inProcess : IN_PROCESS) {
            if (owner.startsWith(inProcess)) {
                return false;
            }
        }
        return true;
    }

    /** The name test of {@link #isSink}, which almost every call fails. */
    private static boolean mayBeSinkName(String name, List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0);
        return isNamedSink(first, words)
                || isAction(first, words)
                || HTTP_CALLS.contains(name)
                || first.equals("patch")
                || name.equals("create");
    }

    private static boolean isNamedSink(String first, List<String> words) {
        return !NOT_A_SINK.contains(first)
                && (SINK_VERBS.contains(first)
                        || words.contains("send")
                        || words.contains("publish"));
    }

    private static boolean isAction(String first, List<String> words) {
        return ACTION_VERBS.contains(first) && anyAfterFirst(words, EFFECT_NOUNS);
    }

    private static boolean anyAfterFirst(List<String> words, Set<String> set) {
        for (int i = 1; i < words.size(); i++) {
            if (set.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }
}
