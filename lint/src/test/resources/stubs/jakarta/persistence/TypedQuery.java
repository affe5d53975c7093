package jakarta.persistence;

public interface TypedQuery<X> {
    TypedQuery<X> setParameter(String n, Object v);

    TypedQuery<X> setMaxResults(int n);

    TypedQuery<X> setFirstResult(int n);

    java.util.List<X> getResultList();

    X getSingleResult();

    java.util.stream.Stream<X> getResultStream();
}
