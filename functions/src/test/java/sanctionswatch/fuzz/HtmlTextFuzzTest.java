package sanctionswatch.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import sanctionswatch.text.HtmlText;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any page: some text, bounded by the page's length, never the inside of a script. */
class HtmlTextFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void anyPage(FuzzedDataProvider data) {
        String html = data.consumeRemainingAsString();
        String text = HtmlText.extract(html);
        // A line break may become a blank line between paragraphs (found by this fuzzer, kept as a regression input):
        // at most twice the page.
        assertTrue(text.length() <= 2 * html.length(), "text more than twice as long as its page");
        // No end tag inside the script: removing "</" once can join "<" and "/" into a new one ("<<//"), so repeat.
        String script = html;
        while (script.contains("</")) {
            script = script.replace("</", "");
        }
        String marked = HtmlText.extract("<p>a</p><script>" + script + "</script><p>b</p>");
        assertFalse(marked.contains("<script"), marked);
        HtmlText.title(html);
    }
}
