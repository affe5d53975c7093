package jakarta.persistence;

public interface EntityManagerFactory {
    EntityManager createEntityManager();
}
