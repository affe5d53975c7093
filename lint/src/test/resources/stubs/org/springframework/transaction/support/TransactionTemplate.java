package org.springframework.transaction.support;

import java.util.function.Consumer;
import java.util.function.Function;

public class TransactionTemplate {
    public <T> T execute(Function<Object, T> action) { return action.apply(null); }
    public void executeWithoutResult(Consumer<Object> action) { action.accept(null); }
}
