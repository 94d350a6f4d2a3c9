package sanctionswatch.match;

import sanctionswatch.watchlist.Alias;
import sanctionswatch.watchlist.Entity;
import sanctionswatch.watchlist.EntityType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ways a list entry's names are written in running text. */
public final class NameForms {
    private NameForms() {}

    /** Every form of the entry's primary name and aliases, the strongest rule kept where two forms coincide. */
    public static List<NameForm> of(Entity entity) {
        Map<List<String>, NameForm> forms = new LinkedHashMap<>();
        boolean person = entity.type() == EntityType.PERSON;
        addName(forms, entity, entity.name(), person, MatchRule.EXACT, MatchRule.REORDERED, MatchRule.PARTIAL);
        for (Alias alias : entity.aliases()) {
            MatchRule rule = alias.weak() ? MatchRule.WEAK_ALIAS : MatchRule.ALIAS;
            addName(forms, entity, alias.name(), person, rule, rule, rule);
        }
        return List.copyOf(forms.values());
    }

    /**
     * The surname of a person's name written "LAST, First": the folded words before the comma; empty when the name
     * has no comma.
     */
    public static List<String> surname(String name) {
        int comma = name.indexOf(',');
        return comma <= 0 ? List.of() : words(name.substring(0, comma));
    }

    static List<String> words(String phrase) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.norm());
        }
        return out;
    }

    private static void addName(Map<List<String>, NameForm> forms, Entity entity, String name, boolean person,
                                MatchRule asWritten, MatchRule reordered, MatchRule partial) {
        int comma = name.indexOf(',');
        if (!person || comma <= 0) {
            add(forms, new NameForm(entity, words(name), asWritten));
            return;
        }
        List<String> last = words(name.substring(0, comma));
        List<String> given = words(name.substring(comma + 1));
        List<String> listOrder = new ArrayList<>(last);
        listOrder.addAll(given);
        add(forms, new NameForm(entity, listOrder, asWritten));
        if (given.isEmpty()) {
            return;
        }
        List<String> natural = new ArrayList<>(given);
        natural.addAll(last);
        add(forms, new NameForm(entity, natural, reordered));
        if (given.size() > 1) {
            // A middle name or patronymic may be left out, never the surname.
            List<String> firstLast = new ArrayList<>();
            firstLast.add(given.get(0));
            firstLast.addAll(last);
            add(forms, new NameForm(entity, firstLast, partial));
        }
        if (last.size() == 2 && !Words.PARTICLES.contains(last.get(0)) && !Words.PARTICLES.contains(last.get(1))) {
            // Two surnames, as in Spanish: the news often gives the first only ("Nicolas Maduro").
            add(forms, new NameForm(entity, List.of(given.get(0), last.get(0)), partial));
        }
        if (given.size() == 2 && last.size() == 1 && given.get(0).length() <= 4 && given.get(1).length() <= 4) {
            // A Korean given name of two syllables, also run together: "Kim Jongun", "Jongun Kim".
            String joined = given.get(0) + given.get(1);
            add(forms, new NameForm(entity, List.of(last.get(0), joined), partial));
            add(forms, new NameForm(entity, List.of(joined, last.get(0)), partial));
        }
        String surname = String.join("", last);
        if (surname.length() >= 5 && asWritten != MatchRule.WEAK_ALIAS && !Words.common().contains(surname)) {
            // "V. Putin": the initial of the first given name, then the surname.
            List<String> initialLast = new ArrayList<>();
            initialLast.add(given.get(0).substring(0, 1));
            initialLast.addAll(last);
            add(forms, new NameForm(entity, initialLast, MatchRule.INITIALS));
        }
    }

    private static void add(Map<List<String>, NameForm> forms, NameForm form) {
        if (form.words().isEmpty()) {
            return;
        }
        forms.merge(form.words(), form, (a, b) -> a.rule().score() >= b.rule().score() ? a : b);
    }
}
