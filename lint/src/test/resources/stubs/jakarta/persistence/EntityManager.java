package jakarta.persistence;

import java.util.List;

public interface EntityManager {
    Query createQuery(String jpql);
    Query createNativeQuery(String sql);
    EntityTransaction getTransaction();
    void persist(Object entity);

    interface Query {
        Query setParameter(String name, Object value);
        Query setMaxResults(int max);
        List<?> getResultList();
        int executeUpdate();
    }

    interface EntityTransaction {
        void begin();
        void commit();
        void rollback();
    }
}
