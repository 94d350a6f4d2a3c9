package sanctionswatch.article;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ArticleIdsTest {
    @Test
    void theSameArticleUnderItsUsualVariantsHasOneId() {
        String id = ArticleIds.of("https://news.example/a/b?id=7");
        assertEquals(id, ArticleIds.of("HTTPS://News.Example:443/a/b?id=7&utm_source=x&utm_medium=rss#top"));
        assertEquals(id, ArticleIds.of("https://news.example/a/b?fbclid=1&id=7"));
        assertNotEquals(id, ArticleIds.of("https://news.example/a/b?id=8"));
        assertEquals(32, id.length());
    }

    @Test
    void canonicalForm() {
        assertEquals("http://news.example/", ArticleIds.canonical("http://NEWS.example:80"));
    }
}
