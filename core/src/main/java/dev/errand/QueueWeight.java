package dev.errand;

/**
 * A queue the worker reads and its weight. Weight 0 means "no weight": when every queue has weight
 * 0 the order is strict (a queue is served only when those before it are empty); otherwise each
 * fetch shuffles the queues so that each comes first in proportion to its weight (an unweighted
 * queue counts as 1), as Sidekiq does.
 */
public record QueueWeight(String name, int weight) {
    public QueueWeight {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(
                    "queues: a queue name must be non-blank, got "
                            + (name == null ? "null" : "\"" + name + "\""));
        }
        if (weight < 0) {
            throw new IllegalArgumentException(
                    "queues: weight of \"" + name + "\" must be 0 or more, got " + weight);
        }
    }
}
