// INTENDED: ERR002 - setViews(getViews() + delta) read-modify-write of an entity
package com.acme.jobs;

import com.acme.domain.Article;
import com.acme.repo.ArticleRepository;
import dev.errand.Job2;
import dev.errand.JobSpec;

public class RecordArticleViewJob implements Job2<Long, Integer> {
    public static final JobSpec<RecordArticleViewJob> SPEC =
            JobSpec.of(RecordArticleViewJob.class).queue("low").build();
    private final ArticleRepository articles;

    public RecordArticleViewJob(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public void perform(Long articleId, Integer delta) {
        Article article = articles.findById(articleId).orElseThrow();
        article.setViews(article.getViews() + delta);
        articles.save(article);
    }
}
