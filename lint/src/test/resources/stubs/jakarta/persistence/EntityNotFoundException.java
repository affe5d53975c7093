package jakarta.persistence;

public class EntityNotFoundException extends RuntimeException {
    public EntityNotFoundException(String m) {
        super(m);
    }
}
