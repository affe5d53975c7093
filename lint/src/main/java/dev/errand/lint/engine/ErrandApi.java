package dev.errand.lint.engine;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Recognises the parts of the Errand API the rules care about, without depending on the core
 * library: job classes, enqueue calls and their job arguments, and the JobSpec builder.
 *
 * <p>A job class implements {@code dev.errand.Job0..Job3} or {@code RawJob}, directly or through a
 * superclass. So that stub copies and look-alike APIs also count, an interface with one of those
 * simple names counts when the class has a {@code perform} method, and so does a class that only
 * has a {@code perform} method and a name ending in Job or Worker.
 *
 * <p>An enqueue call is one of {@code enqueue, enqueueIn, enqueueAt, enqueueAll, enqueueArgs,
 * enqueueTo, push} declared by a type in package {@code dev.errand} or {@code dev.errand.testing}
 * (the client, its implementations, the {@code with(spec)} builder, the test harness), or {@code
 * enqueueAllArgs}. Its job arguments are the arguments after the spec, after the delay or time of
 * {@code enqueueIn}/{@code enqueueAt}, and after the class and queue names of {@code push}; push
 * options are skipped.
 */
public final class ErrandApi {

    private static final Set<String> JOB_INTERFACES =
            Set.of("Job", "Job0", "Job1", "Job2", "Job3", "RawJob");
    private static final List<String> LIBRARY_PACKAGES =
            List.of(
                    "dev.errand.client",
                    "dev.errand.config",
                    "dev.errand.middleware",
                    "dev.errand.backend",
                    "dev.errand.worker",
                    "dev.errand.wire",
                    "dev.errand.testing");
    private static final Set<String> CLIENT_PACKAGES = Set.of("dev.errand", "dev.errand.testing");
    private static final Set<String> ENQUEUE_METHODS =
            Set.of(
                    "enqueue",
                    "enqueueIn",
                    "enqueueAt",
                    "enqueueAll",
                    "enqueueAllArgs",
                    "enqueueArgs",
                    "enqueueTo",
                    "push");

    /** How a job argument expression is to be read. */
    public enum Shape {
        /** The expression is one job argument. */
        VALUE,
        /** The expression is the whole argument list ({@code enqueueArgs}, {@code push}). */
        ARGUMENT_LIST,
        /** Each element is the argument of one job ({@code enqueueAll}). */
        EACH
    }

    /** One job argument at an enqueue call. */
    public record JobArgument(ExpressionTree expression, Shape shape) {}

    private final Types types;
    private final Map<TypeElement, Boolean> jobs = new HashMap<>();
    private final Map<Element, TypeFacts> typeFacts = new HashMap<>();
    private final Map<ExecutableElement, MethodFacts> methodFacts = new HashMap<>();

    /** What the lint asks about a class or interface, computed once per compilation. */
    private static final class TypeFacts {
        final String qualifiedName;
        final String simpleName;
        final boolean errand;
        final boolean jobInterfaceName;
        Boolean hasPerform;

        TypeFacts(TypeElement type) {
            this.qualifiedName = type.getQualifiedName().toString();
            this.simpleName = type.getSimpleName().toString();
            this.errand = isErrandType(type, qualifiedName);
            this.jobInterfaceName = JOB_INTERFACES.contains(simpleName);
        }
    }

    /** What the lint asks about a called method, computed once per compilation. */
    private static final class MethodFacts {
        final String name;
        final TypeFacts owner;
        final boolean enqueue;

        MethodFacts(ExecutableElement method, TypeFacts owner) {
            this.name = method.getSimpleName().toString();
            this.owner = owner;
            this.enqueue =
                    ENQUEUE_METHODS.contains(name)
                            && CLIENT_PACKAGES.contains(packageOf(method.getEnclosingElement()));
        }
    }

    public ErrandApi(Types types) {
        this.types = types;
    }

    private TypeFacts facts(TypeElement type) {
        TypeFacts facts = typeFacts.get(type);
        if (facts == null) {
            facts = new TypeFacts(type);
            typeFacts.put(type, facts);
        }
        return facts;
    }

    private MethodFacts facts(ExecutableElement method) {
        MethodFacts facts = methodFacts.get(method);
        if (facts == null) {
            Element owner = method.getEnclosingElement();
            facts =
                    new MethodFacts(
                            method,
                            owner instanceof TypeElement ? facts((TypeElement) owner) : null);
            methodFacts.put(method, facts);
        }
        return facts;
    }

    /** The simple name of a method, as a String. */
    public String name(ExecutableElement method) {
        return facts(method).name;
    }

    /** The qualified name of the class that declares a method, or "" when there is none. */
    public String ownerName(ExecutableElement method) {
        TypeFacts owner = facts(method).owner;
        return owner == null ? "" : owner.qualifiedName;
    }

    /** The simple name of the class that declares a method, or "" when there is none. */
    public String ownerSimpleName(ExecutableElement method) {
        TypeFacts owner = facts(method).owner;
        return owner == null ? "" : owner.simpleName;
    }

    /** The qualified name of a class, as a String. */
    public String qualifiedName(TypeElement type) {
        return facts(type).qualifiedName;
    }

    public boolean isJob(TypeElement type) {
        Boolean job = jobs.get(type);
        if (job == null) {
            job = decideJob(type);
            jobs.put(type, job);
        }
        return job;
    }

    private boolean decideJob(TypeElement type) {
        if (type.getKind() != ElementKind.CLASS
                && type.getKind() != ElementKind.RECORD
                && type.getKind() != ElementKind.ENUM) {
            return false;
        }
        boolean perform = hasPerform(type);
        if (implementsJobInterface(type, perform)) {
            return true;
        }
        String name = facts(type).simpleName;
        return perform && (name.endsWith("Job") || name.endsWith("Worker"));
    }

    /**
     * Walks the declared superclass and interfaces, as elements: the type arguments do not matter
     * here, and substituting them (as {@code Types.directSupertypes} does) costs more than the rest
     * of the test. The implicit {@code Object} supertype of interfaces is not a job.
     */
    private boolean implementsJobInterface(TypeElement type, boolean hasPerform) {
        if (supertypeIsJob(type.getSuperclass(), hasPerform)) {
            return true;
        }
        for (TypeMirror supertype : type.getInterfaces()) {
            if (supertypeIsJob(supertype, hasPerform)) {
                return true;
            }
        }
        return false;
    }

    private boolean supertypeIsJob(TypeMirror supertype, boolean hasPerform) {
        if (supertype.getKind() != TypeKind.DECLARED && supertype.getKind() != TypeKind.ERROR) {
            return false;
        }
        Element element = types.asElement(supertype);
        if (!(element instanceof TypeElement)) {
            return false;
        }
        TypeElement te = (TypeElement) element;
        TypeFacts facts = facts(te);
        if (facts.jobInterfaceName && (facts.errand || hasPerform)) {
            return true;
        }
        return implementsJobInterface(te, hasPerform || hasPerform(te));
    }

    private boolean hasPerform(TypeElement type) {
        TypeFacts facts = facts(type);
        if (facts.hasPerform == null) {
            facts.hasPerform = Boolean.FALSE;
            for (Element member : type.getEnclosedElements()) {
                if (member.getKind() == ElementKind.METHOD
                        && member.getSimpleName().contentEquals("perform")) {
                    facts.hasPerform = Boolean.TRUE;
                    break;
                }
            }
        }
        return facts.hasPerform;
    }

    /**
     * Whether a type belongs to the Errand library: package {@code dev.errand} and its library
     * packages (client, worker, backend, testing...). Applications that share the prefix, such as
     * Errand's own samples, and this lint are not the library.
     */
    public static boolean isErrandType(Element type) {
        return type instanceof TypeElement
                && isErrandType(type, ((TypeElement) type).getQualifiedName().toString());
    }

    private static boolean isErrandType(Element type, String name) {
        if (!name.startsWith("dev.errand.")) {
            return false;
        }
        String pkg = packageOf(type);
        if (pkg.equals("dev.errand")) {
            return true;
        }
        for (String library : LIBRARY_PACKAGES) {
            if (pkg.equals(library) || pkg.startsWith(library + ".")) {
                return true;
            }
        }
        return false;
    }

    /** {@link #isErrandType(Element)}, remembered per class. */
    public boolean isErrandClass(TypeElement type) {
        return facts(type).errand;
    }

    /**
     * Whether a call enqueues jobs: an enqueue or push method of the public client API (package
     * {@code dev.errand}, or the test harness in {@code dev.errand.testing}). The backend SPI
     * ({@code Backend.push} of already serialised jobs) and internal packages are not enqueues.
     */
    public boolean isEnqueue(ExecutableElement method) {
        return method != null && facts(method).enqueue;
    }

    private static String packageOf(Element element) {
        Element e = element;
        while (e != null && !(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        return e == null ? "" : ((PackageElement) e).getQualifiedName().toString();
    }

    /** Whether a call is a method of the Errand library itself (JobSpec builder, client...). */
    public boolean isErrandMethod(ExecutableElement method) {
        if (method == null) {
            return false;
        }
        TypeFacts owner = facts(method).owner;
        return owner != null && owner.errand;
    }

    /** The job arguments of an enqueue call, in order. */
    public List<JobArgument> jobArguments(
            MethodInvocationTree call, ExecutableElement method, Unit unit) {
        String name = name(method);
        List<? extends TypeMirror> params = ((ExecutableType) method.asType()).getParameterTypes();
        List<? extends ExpressionTree> args = call.getArguments();
        List<JobArgument> result = new ArrayList<>();
        int delayToSkip = name.equals("enqueueIn") || name.equals("enqueueAt") ? 1 : 0;
        for (int i = 0; i < args.size(); i++) {
            TypeMirror param = params.isEmpty() ? null : params.get(Math.min(i, params.size() - 1));
            if (param != null && isSpecOrOptions(param)) {
                continue;
            }
            boolean named = name.equals("push") || name.equals("enqueueTo");
            if (named && result.isEmpty() && isString(param)) {
                continue; // the class and queue names of push(...) and enqueueTo(...)
            }
            if (delayToSkip > 0) {
                delayToSkip--;
                continue;
            }
            if (method.isVarArgs()
                    && i == params.size() - 1
                    && args.size() == params.size()
                    && isArrayPassedAsVarargs(unit.type(args.get(i)), param)) {
                continue;
            }
            Shape shape =
                    switch (name) {
                        case "enqueueArgs", "enqueueAllArgs", "enqueueTo", "push" ->
                                Shape.ARGUMENT_LIST;
                        case "enqueueAll" -> Shape.EACH;
                        default -> Shape.VALUE;
                    };
            result.add(new JobArgument(args.get(i), shape));
        }
        return result;
    }

    /** Whether the call pushes many jobs at once (enqueueAll, enqueueAllArgs, bulk push). */
    public boolean isBulk(ExecutableElement method) {
        String name = name(method);
        List<? extends javax.lang.model.element.VariableElement> params = method.getParameters();
        return name.startsWith("enqueueAll")
                || (name.equals("push")
                        && !params.isEmpty()
                        && isSpecOrOptions(params.get(0).asType()));
    }

    private static boolean isString(TypeMirror type) {
        return type != null && type.toString().equals("java.lang.String");
    }

    private boolean isSpecOrOptions(TypeMirror param) {
        Element element = types.asElement(types.erasure(param));
        if (!(element instanceof TypeElement)) {
            return false;
        }
        TypeFacts facts = facts((TypeElement) element);
        return facts.qualifiedName.equals("java.lang.Class")
                || (facts.errand
                        && (facts.simpleName.endsWith("Spec")
                                || facts.simpleName.endsWith("Options")));
    }

    private boolean isArrayPassedAsVarargs(TypeMirror arg, TypeMirror param) {
        // An array passed in the varargs position is spread into the argument list; its elements
        // are not visible here, so it is not judged as one array argument.
        return arg != null && arg.getKind() == TypeKind.ARRAY && types.isAssignable(arg, param);
    }

    /** The declared type's erasure name, or "" for primitives and others. */
    public String qualifiedName(TypeMirror type) {
        if (type == null || type.getKind() != TypeKind.DECLARED) {
            return "";
        }
        return qualifiedName((TypeElement) ((DeclaredType) type).asElement());
    }
}
