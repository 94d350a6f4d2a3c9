package sanctionswatch.country;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer's forms as the build made them ({@code process-classes}, this class's {@link #main}), written beside
 * the classes: a cold start reads them rather than making them again from {@code countries.tsv}, its other languages'
 * file and the JDK's CLDR names of every state in 13 languages. Making them took 230 ms of CPU at a cold start with
 * Lambda's flags, a third of the bundled list's scanner (the JDK's locale data for each language loaded, 6,000
 * phrases tokenized one by one); reading them takes a fraction (bench/README.md, "The list's scanner at a cold start").
 *
 * <p>The layout: the distinct strings as one UTF-8 text, one a line (decoded at once, not string by string), then
 * every number as one array of ints (read in bulk): the states (code and name), the forms (code, kind, flags, words,
 * each word's capitalisation), the ambiguous names and the joined abbreviations, each string by its line number. The
 * names the file holds are those of the JDK that built it, which the tests run on too.
 */
public final class BundledCountries {
    static final String RESOURCE = "/sanctionswatch/country/countries.swc";
    /** "SWC" and the layout's version; a file of another is not read (the gazetteer is made from its sources). */
    private static final int MAGIC = 0x53574301;
    private static final CountryForm.Kind[] KINDS = CountryForm.Kind.values();

    private BundledCountries() {}

    /** The gazetteer as the build wrote it, or null where the classes come without it (an IDE's own build). */
    static Countries read() {
        try (InputStream in = BundledCountries.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gazetteer {@link #write} wrote into {@code data}. */
    static Countries read(byte[] data) {
        try {
            ByteBuffer b = ByteBuffer.wrap(data);
            if (b.getInt() != MAGIC) {
                throw new IllegalStateException("not a gazetteer of this layout");
            }
            String[] strings = new String[b.getInt()];
            int length = b.getInt();
            String text = new String(data, b.position(), length, StandardCharsets.UTF_8);
            b.position(b.position() + length);
            for (int i = 0, from = 0; i < strings.length; i++) {
                int end = text.indexOf('\n', from);
                strings[i] = text.substring(from, end);
                from = end + 1;
            }
            int[] numbers = new int[b.getInt()];
            b.asIntBuffer().get(numbers);
            IntBuffer in = IntBuffer.wrap(numbers);
            Map<String, Country> states = new LinkedHashMap<>();
            for (int n = in.get(); n > 0; n--) {
                Country c = new Country(strings[in.get()], strings[in.get()]);
                states.put(c.code(), c);
            }
            List<CountryForm> forms = new ArrayList<>();
            for (int n = in.get(); n > 0; n--) {
                int code = in.get();
                CountryForm.Kind kind = KINDS[in.get()];
                int flags = in.get();
                String[] words = new String[in.get()];
                Boolean[] capitalised = new Boolean[words.length];
                for (int w = 0; w < words.length; w++) {
                    words[w] = strings[in.get()];
                    capitalised[w] = in.get() == 1;
                }
                forms.add(new CountryForm(code < 0 ? null : strings[code], List.of(words), (flags & 1) != 0, kind,
                        (flags & 2) != 0, List.of(capitalised)));
            }
            Map<List<String>, Countries.Ambiguity> ambiguities = new HashMap<>();
            for (int n = in.get(); n > 0; n--) {
                List<String> words = List.of(words(in, strings));
                boolean personalName = in.get() == 1;
                ambiguities.put(words, new Countries.Ambiguity(personalName, Set.of(words(in, strings))));
            }
            Map<String, String> joined = new HashMap<>();
            for (int n = in.get(); n > 0; n--) {
                joined.put(strings[in.get()], strings[in.get()]);
            }
            if (in.hasRemaining()) {
                throw new IllegalStateException("numbers left over");
            }
            return new Countries(states, forms, ambiguities, joined);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the bundled gazetteer " + RESOURCE + " is corrupt (" + e
                    + "): build it again (mvn package)", e);
        }
    }

    private static String[] words(IntBuffer in, String[] strings) {
        String[] words = new String[in.get()];
        for (int w = 0; w < words.length; w++) {
            words[w] = strings[in.get()];
        }
        return words;
    }

    /** Writes the gazetteer for {@link #read}. */
    static void write(Countries countries, OutputStream out) throws IOException {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Integer> ints = new ArrayList<>();
        Map<String, Country> states = countries.states();
        ints.add(states.size());
        for (Country c : states.values()) {
            ints.add(number(numbers, c.code()));
            ints.add(number(numbers, c.name()));
        }
        ints.add(countries.forms().size());
        for (CountryForm f : countries.forms()) {
            ints.add(f.code() == null ? -1 : number(numbers, f.code()));
            ints.add(f.kind().ordinal());
            ints.add((f.caseSensitive() ? 1 : 0) | (f.inflects() ? 2 : 0));
            ints.add(f.words().size());
            for (int w = 0; w < f.words().size(); w++) {
                ints.add(number(numbers, f.words().get(w)));
                ints.add(f.capitalised().get(w) ? 1 : 0);
            }
        }
        Map<List<String>, Countries.Ambiguity> ambiguities = countries.ambiguities();
        ints.add(ambiguities.size());
        ambiguities.forEach((words, a) -> {
            words(ints, numbers, words);
            ints.add(a.personalName() ? 1 : 0);
            words(ints, numbers, List.copyOf(a.otherSense()));
        });
        ints.add(countries.joined().size());
        countries.joined().forEach((abbreviation, code) -> {
            ints.add(number(numbers, abbreviation));
            ints.add(number(numbers, code));
        });
        StringBuilder text = new StringBuilder();
        for (String s : numbers.keySet()) {
            if (s.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a line end in a gazetteer's string: " + s);
            }
            text.append(s).append('\n');
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
        data.writeInt(MAGIC);
        data.writeInt(numbers.size());
        data.writeInt(utf8.length);
        data.write(utf8);
        data.writeInt(ints.size());
        for (int i : ints) {
            data.writeInt(i);
        }
        data.flush();
    }

    private static int number(Map<String, Integer> numbers, String s) {
        return numbers.computeIfAbsent(s, k -> numbers.size());
    }

    private static void words(List<Integer> ints, Map<String, Integer> numbers, List<String> words) {
        ints.add(words.size());
        words.forEach(w -> ints.add(number(numbers, w)));
    }

    /** Writes the bundled gazetteer, made from its sources, to the file {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BundledCountries OUTPUT_FILE");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            write(Countries.made(), o);
        }
    }
}
