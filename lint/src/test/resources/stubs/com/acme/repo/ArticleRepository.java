package com.acme.repo;

public interface ArticleRepository
        extends org.springframework.data.jpa.repository.JpaRepository<
                com.acme.domain.Article, Long> {
    java.util.List<com.acme.domain.Article> findByPublishedTrue(
            org.springframework.data.domain.Pageable p);
}
