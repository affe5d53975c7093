package com.acme.util;

public class WorkBuffer<T> {
    private final java.util.ArrayDeque<T> q = new java.util.ArrayDeque<>();

    public void enqueue(T t) {
        q.add(t);
    }

    public T poll() {
        return q.poll();
    }

    public int size() {
        return q.size();
    }
}
