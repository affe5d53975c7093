// GOOD: findAllById with the ids passed in
package com.acme.worker;

import com.acme.domain.Article;
import com.acme.repo.ArticleRepository;
import com.acme.search.SearchIndexer;
import dev.errand.Job1;
import dev.errand.JobSpec;
import java.util.List;
import java.util.Map;

public class BoundedFindByIdsJob implements Job1<List<Long>> {
    public static final JobSpec<BoundedFindByIdsJob> SPEC =
            JobSpec.of(BoundedFindByIdsJob.class).queue("search").build();
    private final ArticleRepository articles;
    private final SearchIndexer indexer;

    public BoundedFindByIdsJob(ArticleRepository articles, SearchIndexer indexer) {
        this.articles = articles;
        this.indexer = indexer;
    }

    @Override
    public void perform(List<Long> ids) {
        for (Article a : articles.findAllById(ids)) {
            indexer.index(
                    "article-" + a.getId(),
                    Map.of("title", a.getTitle(), "published", a.isPublished()));
        }
    }
}
