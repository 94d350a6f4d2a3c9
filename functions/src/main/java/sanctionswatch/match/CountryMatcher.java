package sanctionswatch.match;

import sanctionswatch.country.Countries;
import sanctionswatch.country.CountryForm;

import java.util.ArrayList;
import java.util.List;

/** Finds the states a text names: by name, demonym, capital or seat of power. */
public final class CountryMatcher {
    private final PhraseIndex<CountryForm> index = new PhraseIndex<>();

    public CountryMatcher(Countries countries) {
        for (CountryForm f : countries.forms()) {
            index.add(f.words(), f);
        }
        index.built();
    }

    public List<CountryMention> find(String text, List<Token> tokens) {
        List<CountryMention> out = new ArrayList<>();
        List<PhraseIndex.Hit<CountryForm>> hits = new ArrayList<>(2);
        int i = 0;
        while (i < tokens.size()) {
            hits.clear();
            index.matchAt(tokens, i, hits::add);
            PhraseIndex.Hit<CountryForm> longest = null;
            CountryForm form = null;
            for (PhraseIndex.Hit<CountryForm> hit : hits) {
                CountryForm f = firstAcceptable(hit, tokens);
                if (f != null) {
                    longest = hit;
                    form = f;
                }
            }
            if (longest == null) {
                i++;
                continue;
            }
            if (form.code() != null) {
                Token first = tokens.get(longest.from());
                Token last = tokens.get(longest.to() - 1);
                out.add(new CountryMention(form.code(), text.substring(first.start(), last.end()), first.start(),
                        last.end(), first.paragraph(), first.sentence()));
            }
            i = longest.to();
        }
        return out;
    }

    private static CountryForm firstAcceptable(PhraseIndex.Hit<CountryForm> hit, List<Token> tokens) {
        for (CountryForm f : hit.values()) {
            if (acceptable(f, tokens, hit.from(), hit.to())) {
                return f;
            }
        }
        return null;
    }

    private static boolean acceptable(CountryForm form, List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (form.caseSensitive() ? !t.upper() : !t.capitalised() && !Words.PARTICLES.contains(t.norm())) {
                return false;
            }
        }
        return true;
    }
}
