package dev.errand.testing;

/** How one field of one job compares with an expectation; the lines of a failure's diff. */
record FieldCheck(String field, boolean ok, String expected, String found, String hint) {

    static FieldCheck of(String field, boolean ok, String expected, String found) {
        return new FieldCheck(field, ok, expected, found, null);
    }

    FieldCheck withHint(String newHint) {
        return new FieldCheck(field, ok, expected, found, newHint);
    }
}
