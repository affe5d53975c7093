package dev.errand.lint.engine;

import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;

/**
 * How loudly a rule reports. NOTE never fails a build, WARNING fails it only under {@code -Werror},
 * ERROR always fails it; OFF turns the rule off.
 */
public enum Severity {
    OFF(null),
    NOTE(Diagnostic.Kind.NOTE),
    WARNING(Diagnostic.Kind.WARNING),
    ERROR(Diagnostic.Kind.ERROR);

    private final Diagnostic.Kind kind;

    Severity(Diagnostic.Kind kind) {
        this.kind = kind;
    }

    /** The javac diagnostic kind, or null for OFF. */
    public Diagnostic.Kind kind() {
        return kind;
    }

    /** Reads an option value such as "off", "warning" or "error"; empty when it is not one. */
    public static Optional<Severity> parse(String value) {
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "off":
            case "none":
            case "false":
            case "disabled":
                return Optional.of(OFF);
            case "note":
            case "info":
                return Optional.of(NOTE);
            case "warning":
            case "warn":
            case "on":
            case "true":
                return Optional.of(WARNING);
            case "error":
                return Optional.of(ERROR);
            default:
                return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
