package jakarta.persistence;

public interface EntityManager {
    <T> T find(Class<T> c, Object id);

    void persist(Object e);

    <T> T merge(T e);

    void flush();

    void remove(Object e);

    <T> TypedQuery<T> createQuery(String q, Class<T> c);

    Query createQuery(String q);

    Query createNativeQuery(String q);

    EntityTransaction getTransaction();

    void close();
}
