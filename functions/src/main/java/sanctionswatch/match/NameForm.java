package sanctionswatch.match;

import sanctionswatch.lists.Entity;

import java.util.List;

/**
 * One way a list entry can be written in a text, as folded words.
 *
 * @param entity the entry
 * @param words  the folded words of this form
 * @param rule   which rule this form stands for
 */
public record NameForm(Entity entity, List<String> words, MatchRule rule) {
    public NameForm {
        words = List.copyOf(words);
    }
}
