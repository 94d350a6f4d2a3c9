package sanctionswatch.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class HtmlTextTest {
    @Test
    void readsTheArticleAndLeavesOutScriptsStylesAndNavigation() {
        String html = "<html><head><title>T &amp; U</title><style>p{}</style></head><body>"
                + "<nav><a href=/>Home</a> Putin menu</nav><article><h1>Russia&#8217;s   arms</h1>"
                + "<p>WASHINGTON: The <b>White House</b>&nbsp;said.</p><script>var Kim = 1;</script>"
                + "<!-- Kim Jong Un --><p>Second&hellip;</p></article><footer>Lazarus Group</footer></body></html>";
        assertEquals("Russia’s arms\n\nWASHINGTON: The White House said.\n\nSecond…", HtmlText.extract(html));
        assertEquals("T & U", HtmlText.title(html));
    }

    @Test
    void withoutAnArticleTheWholeBodyIsReadButNotItsScripts() {
        String text = HtmlText.extract("<body><div>One</div><script>Two</script><div>Three<br>Four</div></body>");
        assertEquals("One\n\nThree\n\nFour", text);
        assertFalse(text.contains("Two"));
    }

    @Test
    void plainTextStaysAsItIsParagraphByParagraph() {
        assertEquals("A b.\n\nC d.", HtmlText.extract("A  b.\n\n\nC d.\n"));
    }

    @org.junit.jupiter.api.Test
    void aMainOrArticleTagInsideAScriptDoesNotChooseTheText() {
        String page = "<html><head><title>Title</title><script>var t = '<main>not this</main>';</script></head>"
                + "<body><p>The story.</p></body></html>";
        org.junit.jupiter.api.Assertions.assertEquals("The story.", HtmlText.extract(page));
        org.junit.jupiter.api.Assertions.assertEquals("Title", HtmlText.title(page));
        org.junit.jupiter.api.Assertions.assertEquals("Inside.", HtmlText.extract(
                "<script>'<article>'</script><ARTICLE class=x><p>Inside.</p></Article><p>Footer</p>"));
    }
}
