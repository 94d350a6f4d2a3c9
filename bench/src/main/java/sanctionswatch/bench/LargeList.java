package sanctionswatch.bench;

import sanctionswatch.country.Countries;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.CompiledWatchlist;
import sanctionswatch.lists.formats.ListFiles;
import sanctionswatch.lists.formats.OfacSdnCsv;
import sanctionswatch.match.EntityMatcher;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A list the size of OpenSanctions' default collection, 3,000,000 names (primary names and aliases), compiled to
 * {@code .swl} with the matcher's index beside it ({@code .swx}) as the refresh stores a version. It holds the real
 * bundled SDN list (13,821 entries, as OpenSanctions' collection holds OFAC's) and synthetic entries up to the size,
 * shaped by the real lists in the repository, read with the project's readers (the bundled SDN trio, the UN
 * consolidated list, the OpenSanctions fixtures):
 * <ul>
 *   <li>the mix of people, organisations, vessels and aircraft, and the number of aliases an entry has, drawn from
 *       the real entries of each type (an SDN person with 3 aliases is as likely to be drawn as any other);</li>
 *   <li>the share of names in Cyrillic, Arabic and Chinese script: that of the OpenSanctions fixtures' names (the only
 *       sample that carries other scripts; none of its names is Chinese, so Chinese is given the Arabic share); such an alias renders the entry's primary name in that script;</li>
 *   <li>the words of names: people's given names from the real people's given names, their family names half from
 *       the real ones and half made up (3 million names need more family names than the lists hold, and real ones
 *       recur: Kim, Ivanov, Al-Hassan); organisations and vessels from the words of real ones and made-up words, with
 *       as many words as the real names of their type have.</li>
 * </ul>
 * From a seed, so every run makes the same list. Run as
 * {@code java -Xmx10g -cp bench/target/benchmarks.jar sanctionswatch.bench.LargeList [NAMES [DIR]]} (3,000,000 and
 * {@code bench/target/lists}); generated files are not committed. Prints the shape it made.
 */
public final class LargeList {
    public static final int NAMES = 3_000_000;
    public static final String NAME = "opensanctions-3m";
    private static final String[] SYLLABLES = {"ka", "ri", "mo", "ten", "vla", "dim", "ash", "ot", "ser", "gei", "pu",
            "lin", "ko", "va", "zhu", "nov", "al", "ha", "san", "mir", "bek", "dor", "yu", "shi", "tar", "en", "ov",
            "ich", "el", "ra", "bar", "ghi", "mun", "sa", "tek", "lo", "fa", "rid", "ze", "qa"};
    /** Common characters of Chinese names, for the renderings in Chinese script. */
    private static final String HAN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            + "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华文国建新海金龙";

    private LargeList() {}

    /** The files of the list in {@code dir}: {@code opensanctions-3m.swl} and {@code .swx}. */
    public static Path compiled(Path dir) {
        return dir.resolve(NAME + ".swl");
    }

    public static Path index(Path dir) {
        return dir.resolve(NAME + ".swx");
    }

    /** Where the bench command writes them. */
    public static Path defaultDir() {
        return Inputs.root().resolve("bench/target/lists");
    }

    public static void main(String[] args) throws IOException {
        int names = args.length > 0 ? Integer.parseInt(args[0]) : NAMES;
        Path dir = args.length > 1 ? Path.of(args[1]) : defaultDir();
        long t0 = System.nanoTime();
        Watchlist list = generate(names, Inputs.SEED);
        long t1 = System.nanoTime();
        Files.createDirectories(dir);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(compiled(dir)), 1 << 20)) {
            CompiledWatchlist.write(list, out);
        }
        long t2 = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(index(dir)), 1 << 20)) {
            EntityMatcher.writeIndex(list, out);
        }
        long t3 = System.nanoTime();
        System.out.printf("generated %,d entries in %.1f s; %s %,d bytes in %.1f s; %s %,d bytes (indexed and written)"
                        + " in %.1f s%n", list.size(), (t1 - t0) / 1e9, compiled(dir), Files.size(compiled(dir)),
                (t2 - t1) / 1e9, index(dir), Files.size(index(dir)), (t3 - t2) / 1e9);
    }

    /** The real lists the shape is taken from: the bundled SDN trio, the UN list, the OpenSanctions fixtures. */
    record Sample(Watchlist sdn, List<Entity> all, List<Entity> ftm) {
        static Sample read() {
            Path lists = Inputs.root().resolve("functions/src/test/resources/sanctionswatch/lists");
            ListFiles files = new ListFiles(Countries.bundled());
            try {
                Watchlist sdn = OfacSdnCsv.bundled();
                List<Entity> un = List.copyOf(files.read(lists.resolve("un_sc/UN_consolidated.xml")).list().entities());
                // The fixtures' first dataset and the entities of the second's updates (each read as its own list).
                List<Entity> ftm = new ArrayList<>();
                Path fixtures = lists.resolve("opensanctions/yente-fixtures");
                try (var found = Files.walk(fixtures)) {
                    for (Path f : found.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                        ftm.addAll(files.read(f).list().entities());
                    }
                }
                List<Entity> all = new ArrayList<>(sdn.entities());
                all.addAll(un);
                all.addAll(ftm);
                return new Sample(sdn, all, List.copyOf(ftm));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The real SDN list and synthetic entries after it, until the list holds {@code names} names. */
    public static Watchlist generate(int names, long seed) {
        Sample sample = Sample.read();
        Random r = new Random(seed);
        Shape shape = Shape.of(sample);
        System.out.println(shape.describe());
        List<Entity> out = new ArrayList<>(names / 2);
        out.addAll(sample.sdn().entities());
        int count = 0;
        for (Entity e : out) {
            count += 1 + e.aliases().size();
        }
        Map<EntityType, Integer> made = new EnumMap<>(EntityType.class);
        Map<String, Integer> scripts = new HashMap<>();
        for (int i = 0; count < names; i++) {
            Entity model = shape.models.get(r.nextInt(shape.models.size()));
            Entity e = shape.entity(r, "opensanctions:NK-" + i, model.type(), model.aliases().size(), scripts);
            out.add(e);
            count += 1 + e.aliases().size();
            made.merge(e.type(), 1, Integer::sum);
        }
        System.out.printf("%,d entries (%,d of them the SDN list's), %,d names; synthetic by type %s; aliases in "
                + "other scripts %s%n", out.size(), sample.sdn().size(), count, made, scripts);
        return new Watchlist(out);
    }

    /** What the real lists say an entry looks like, and the words to make new ones of. */
    static final class Shape {
        final List<Entity> models;
        final List<String> givenNames = new ArrayList<>();
        final List<String> familyNames = new ArrayList<>();
        final Map<EntityType, List<String>> words = new EnumMap<>(EntityType.class);
        final Map<EntityType, List<Integer>> wordCounts = new EnumMap<>(EntityType.class);
        double cyrillic;
        double arabic;
        double han;
        int ftmNames;

        private Shape(List<Entity> models) {
            this.models = models;
        }

        static Shape of(Sample sample) {
            Shape s = new Shape(sample.all());
            for (Entity e : sample.all()) {
                for (String n : names(e)) {
                    if (!latin(n)) {
                        continue;
                    }
                    if (e.type() == EntityType.PERSON) {
                        int comma = n.indexOf(',');
                        if (comma > 0) {
                            s.familyNames.add(n.substring(0, comma).strip());
                            String[] given = n.substring(comma + 1).strip().split("\\s+");
                            if (!given[0].isEmpty()) {
                                s.givenNames.add(given[0]);
                            }
                        }
                    } else {
                        String[] w = n.strip().split("\\s+");
                        s.words.computeIfAbsent(e.type(), t -> new ArrayList<>()).addAll(List.of(w));
                        s.wordCounts.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(w.length);
                    }
                }
            }
            int cyr = 0;
            int ara = 0;
            int han = 0;
            for (Entity e : sample.ftm()) {
                for (String n : names(e)) {
                    s.ftmNames++;
                    Character.UnicodeScript script = script(n);
                    cyr += script == Character.UnicodeScript.CYRILLIC ? 1 : 0;
                    ara += script == Character.UnicodeScript.ARABIC ? 1 : 0;
                    han += script == Character.UnicodeScript.HAN ? 1 : 0;
                }
            }
            s.cyrillic = cyr / (double) s.ftmNames;
            s.arabic = ara / (double) s.ftmNames;
            s.han = han > 0 ? han / (double) s.ftmNames : s.arabic;
            return s;
        }

        String describe() {
            Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
            Map<EntityType, Integer> aliases = new EnumMap<>(EntityType.class);
            for (Entity e : models) {
                types.merge(e.type(), 1, Integer::sum);
                aliases.merge(e.type(), e.aliases().size(), Integer::sum);
            }
            return String.format(Locale.ROOT, "shape from %,d real entries: by type %s, aliases by type %s; "
                            + "%,d given and %,d family names of people; of the %d names of the OpenSanctions fixtures "
                            + "%.1f %% Cyrillic, %.1f %% Arabic, Chinese given %.1f %%", models.size(), types, aliases,
                    givenNames.size(), familyNames.size(), ftmNames, 100 * cyrillic, 100 * arabic, 100 * han);
        }

        Entity entity(Random r, String id, EntityType type, int aliasCount, Map<String, Integer> scripts) {
            String name = name(r, type);
            List<Alias> aliases = new ArrayList<>(aliasCount);
            for (int a = 0; a < aliasCount; a++) {
                double p = r.nextDouble();
                String alias;
                if (p < cyrillic) {
                    alias = Scripts.cyrillic(name);
                    scripts.merge("Cyrillic", 1, Integer::sum);
                } else if (p < cyrillic + arabic) {
                    alias = Scripts.arabic(name);
                    scripts.merge("Arabic", 1, Integer::sum);
                } else if (p < cyrillic + arabic + han) {
                    alias = Scripts.han(name, HAN);
                    scripts.merge("Chinese", 1, Integer::sum);
                } else {
                    alias = name(r, type);
                }
                aliases.add(new Alias(alias, a % 5 == 4 ? Alias.Kind.FKA : Alias.Kind.AKA, false));
            }
            List<String> imo = type == EntityType.VESSEL ? List.of(imo(r)) : List.of();
            return new Entity(id, type, name, aliases, List.of("SANCTIONS"), List.of(), imo);
        }

        private String name(Random r, EntityType type) {
            if (type == EntityType.PERSON) {
                String family = r.nextBoolean() ? pick(r, familyNames) : made(r).toUpperCase(Locale.ROOT);
                String given = pick(r, givenNames);
                return family + ", " + given + (r.nextInt(3) == 0 ? " " + pick(r, givenNames) : "");
            }
            List<String> pool = words.getOrDefault(type, words.get(EntityType.ORGANISATION));
            List<Integer> counts = wordCounts.getOrDefault(type, wordCounts.get(EntityType.ORGANISATION));
            int n = counts.get(r.nextInt(counts.size()));
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < n; w++) {
                b.append(w == 0 ? "" : " ").append(r.nextBoolean() ? pick(r, pool) : made(r).toUpperCase(Locale.ROOT));
            }
            return b.toString();
        }

        private static String pick(Random r, List<String> pool) {
            return pool.get(r.nextInt(pool.size()));
        }

        private static String made(Random r) {
            int n = 2 + r.nextInt(3);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            }
            return Character.toUpperCase(b.charAt(0)) + b.substring(1);
        }

        /** A valid IMO number: seven digits, the last the sum of the others weighted 7 to 2, modulo 10. */
        private static String imo(Random r) {
            int[] d = new int[6];
            int sum = 0;
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                d[i] = (i == 0 ? 1 + r.nextInt(9) : r.nextInt(10));
                sum += d[i] * (7 - i);
                b.append(d[i]);
            }
            return b.append(sum % 10).toString();
        }
    }

    private static List<String> names(Entity e) {
        List<String> n = new ArrayList<>(1 + e.aliases().size());
        n.add(e.name());
        e.aliases().forEach(a -> n.add(a.name()));
        return n;
    }

    private static boolean latin(String s) {
        return script(s) == Character.UnicodeScript.LATIN;
    }

    /** The script of most of the letters of {@code s}. */
    static Character.UnicodeScript script(String s) {
        Map<Character.UnicodeScript, Integer> n = new EnumMap<>(Character.UnicodeScript.class);
        s.codePoints().filter(Character::isLetter).forEach(c -> n.merge(Character.UnicodeScript.of(c), 1, Integer::sum));
        return n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Character.UnicodeScript.COMMON);
    }

    /** A Latin name rendered letter by letter in another script, as lists carry a name's native spelling. */
    static final class Scripts {
        private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";
        private static final String[] CYRILLIC = {"а", "б", "ц", "д", "е", "ф", "г", "х", "и", "й", "к", "л", "м", "н",
                "о", "п", "к", "р", "с", "т", "у", "в", "в", "кс", "ы", "з"};
        private static final String[] ARABIC = {"ا", "ب", "ك", "د", "", "ف", "غ", "ه", "ي", "ج", "ك", "ل", "م", "ن",
                "و", "ب", "ق", "ر", "س", "ت", "و", "ف", "و", "كس", "ي", "ز"};

        private Scripts() {}

        static String cyrillic(String name) {
            return map(natural(name), CYRILLIC, true);
        }

        static String arabic(String name) {
            return map(natural(name), ARABIC, false);
        }

        /** Two or three characters for each word, chosen by the word's letters, as a Chinese rendering has. */
        static String han(String name, String chars) {
            StringBuilder b = new StringBuilder();
            for (String w : natural(name).split("\\s+")) {
                int h = Math.abs(w.toLowerCase(Locale.ROOT).hashCode());
                b.append(chars.charAt(h % chars.length())).append(chars.charAt((h / 7) % chars.length()));
            }
            return b.toString();
        }

        /** "IVANOV, Petr" as "Petr Ivanov": the order other scripts write a name in. */
        private static String natural(String name) {
            int comma = name.indexOf(',');
            return comma > 0 ? name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip() : name;
        }

        private static String map(String s, String[] to, boolean capitals) {
            StringBuilder b = new StringBuilder(s.length() + 4);
            boolean start = true;
            for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
                int i = LATIN.indexOf(c);
                if (i < 0) {
                    b.append(c == ' ' || c == '-' ? c : ' ');
                    start = true;
                    continue;
                }
                String t = to[i];
                b.append(capitals && start && !t.isEmpty() ? t.toUpperCase(Locale.ROOT) : t);
                start = t.isEmpty() && start;
            }
            return b.toString().strip();
        }
    }
}
