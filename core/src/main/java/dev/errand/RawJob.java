package dev.errand;

import java.util.List;

/**
 * A job that receives its argument list as decoded from JSON: strings, numbers (Integer, Long,
 * BigInteger, Double), booleans, nulls, lists and maps. Use it for jobs pushed by Ruby whose arity
 * varies, or to handle several wire classes with one piece of code.
 */
@FunctionalInterface
public non-sealed interface RawJob extends Job {
    void perform(List<Object> args) throws Exception;
}
