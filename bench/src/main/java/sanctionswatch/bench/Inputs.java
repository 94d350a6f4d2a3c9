package sanctionswatch.bench;

import sanctionswatch.feeds.FeedFormatException;
import sanctionswatch.feeds.FeedItem;
import sanctionswatch.feeds.FeedParser;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.CompiledWatchlist;
import sanctionswatch.scan.ArticleScanner;
import sanctionswatch.text.HtmlText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** The benchmarks' inputs: real texts from the repository, and synthetic lists and articles made from a seed. */
public final class Inputs {
    public static final long SEED = 20_240_503L;
    private static final String[] SYLLABLES = {"ka", "ri", "mo", "ten", "vla", "dim", "ash", "ot", "ser", "gei", "pu",
            "lin", "ko", "va", "zhu", "nov", "al", "ha", "san", "mir", "bek", "dor", "yu", "shi", "tar", "en", "ov",
            "ich", "el", "ra", "bar", "ghi", "mun", "sa", "tek", "lo", "fa", "rid", "ze", "qa"};
    private static final String[] ORG_WORDS = {"TRADING", "SHIPPING", "INDUSTRIAL", "GROUP", "HOLDING", "BANK",
            "INVESTMENT", "ENERGY", "MARINE", "LOGISTICS", "TECHNOLOGY", "IMPORT", "EXPORT", "DEVELOPMENT"};
    private static final String[] LEGAL = {"LLC", "JSC", "LTD", "CO", "OOO", "FZE", "SA", "GMBH"};

    private Inputs() {}

    /** The repository's root: {@code -Dproject.root}, else the working folder's parent when it is {@code bench}. */
    public static Path root() {
        String p = System.getProperty("project.root");
        if (p != null) {
            return Path.of(p);
        }
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("template.yaml")) ? here : here.getParent();
    }

    public static String afpStory() {
        return read(root().resolve("events/seed-russia-nk-arms.txt"));
    }

    /** The readable text of every item of the real feeds in the test resources, one article per item. */
    public static List<String> feedArticles() {
        List<String> out = new ArrayList<>();
        FeedParser parser = new FeedParser();
        try (Stream<Path> files = Files.list(root().resolve("functions/src/test/resources/feeds"))) {
            for (Path f : files.filter(p -> !p.toString().endsWith(".md")).sorted().toList()) {
                for (FeedItem item : parser.parse(Files.readAllBytes(f), "http://feeds.example/" + f.getFileName())) {
                    out.add(item.title() + "\n\n" + HtmlText.extract(item.summary()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FeedFormatException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /**
     * A synthetic article of about {@code chars} characters: paragraphs of news-like sentences of ordinary words,
     * with a list name or a country now and then, from a seed.
     */
    public static String syntheticArticle(int chars, List<String> names, long seed) {
        Random r = new Random(seed);
        String[] words = ("the of and to in a said that for on was with as by at from officials government "
                + "ministry weapons sanctions report deal talks meeting security council week minister forces "
                + "company shipment trade border president statement people military economy bank").split(" ");
        String[] places = {"Russia", "North Korea", "Pyongyang", "China", "Iran", "Ukraine", "Washington", "Moscow"};
        StringBuilder b = new StringBuilder(chars + 200);
        while (b.length() < chars) {
            int sentences = 3 + r.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                int n = 8 + r.nextInt(14);
                for (int w = 0; w < n; w++) {
                    int pick = r.nextInt(100);
                    String word = pick < 3 ? names.get(r.nextInt(names.size()))
                            : pick < 6 ? places[r.nextInt(places.length)] : words[r.nextInt(words.length)];
                    if (w == 0) {
                        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    }
                    b.append(word).append(w == n - 1 ? ". " : " ");
                }
            }
            b.append("\n\n");
        }
        return b.toString();
    }

    /** {@code count} synthetic entries, people written "LAST, First" and organisations, from a seed. */
    public static Watchlist syntheticList(int count, long seed) {
        Random r = new Random(seed);
        List<Entity> entities = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean person = r.nextInt(3) > 0;
            String name = person ? (word(r, 2, 3).toUpperCase() + ", " + capital(word(r, 2, 3)))
                    : word(r, 2, 4).toUpperCase() + " " + ORG_WORDS[r.nextInt(ORG_WORDS.length)] + " "
                    + LEGAL[r.nextInt(LEGAL.length)];
            entities.add(new Entity("synthetic:" + i, person ? EntityType.PERSON : EntityType.ORGANISATION, name,
                    List.<Alias>of(), List.of("SYNTH"), List.of()));
        }
        return new Watchlist(entities);
    }

    /**
     * The OpenSanctions-size list as {@link LargeList} wrote it ({@code bench/target/lists}), read as a scanner reads a
     * published version: the compiled list, then its index. Fails, saying the command, when it was not generated.
     */
    public static ArticleScanner largeListScanner() {
        Path dir = LargeList.defaultDir();
        if (!Files.exists(LargeList.index(dir))) {
            throw new IllegalStateException(LargeList.index(dir) + " is missing: generate it first with "
                    + "`java -Xmx10g -cp bench/target/benchmarks.jar sanctionswatch.bench.LargeList`");
        }
        try (InputStream in = Files.newInputStream(LargeList.compiled(dir))) {
            Watchlist list = CompiledWatchlist.read(in, LargeList.compiled(dir).toString());
            return ArticleScanner.of(list, Files.readAllBytes(LargeList.index(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Some names of a list as news would write them: "First Last" for people, the name for others. */
    public static List<String> sampleNames(Watchlist list, int count, long seed) {
        Random r = new Random(seed);
        List<Entity> all = new ArrayList<>(list.entities());
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Entity e = all.get(r.nextInt(all.size()));
            int comma = e.name().indexOf(',');
            String n = comma > 0 ? e.name().substring(comma + 1).strip() + " " + e.name().substring(0, comma) : e.name();
            out.add(titleCase(n));
        }
        return out;
    }

    private static String word(Random r, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return b.toString();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c) && c != '\'';
        }
        return b.toString();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
