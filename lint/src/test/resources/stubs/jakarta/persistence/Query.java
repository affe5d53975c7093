package jakarta.persistence;

public interface Query {
    Query setParameter(String n, Object v);

    int executeUpdate();

    java.util.List getResultList();

    Query setMaxResults(int n);
}
