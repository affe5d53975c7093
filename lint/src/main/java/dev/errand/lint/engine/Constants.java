package dev.errand.lint.engine;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * Evaluates the compile-time value of an argument when it is visible: a literal, a negated number,
 * or a {@code static final} constant. Anything else is unknown. A {@code null} literal is returned
 * as {@link #NULL} so callers can tell it from "unknown".
 */
public final class Constants {

    /** Stands for the literal {@code null}. */
    public static final Object NULL = new Object();

    private Constants() {}

    public static Optional<Object> valueOf(ExpressionTree expression, Unit unit) {
        ExpressionTree tree = Code.skipParens(expression);
        if (tree.getKind() == Tree.Kind.NULL_LITERAL) {
            return Optional.of(NULL);
        }
        if (tree instanceof LiteralTree) {
            return Optional.ofNullable(((LiteralTree) tree).getValue());
        }
        if (tree.getKind() == Tree.Kind.UNARY_MINUS) {
            return valueOf(((UnaryTree) tree).getExpression(), unit)
                    .filter(Number.class::isInstance)
                    .map(n -> -((Number) n).longValue());
        }
        Element element = unit.element(tree);
        if (element instanceof VariableElement) {
            return Optional.ofNullable(((VariableElement) element).getConstantValue());
        }
        return Optional.empty();
    }

    /** The value as a whole number, when it is one. */
    public static Optional<Long> longValue(ExpressionTree expression, Unit unit) {
        return valueOf(expression, unit)
                .filter(v -> v instanceof Integer || v instanceof Long || v instanceof Short)
                .map(v -> ((Number) v).longValue());
    }
}
