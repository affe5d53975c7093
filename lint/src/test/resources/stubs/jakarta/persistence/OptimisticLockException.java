package jakarta.persistence;

public class OptimisticLockException extends RuntimeException {}
