package sanctionswatch.local;

import sanctionswatch.lists.ListFormatException;
import sanctionswatch.scan.ArticleScanner;
import sanctionswatch.scan.Corpus;
import sanctionswatch.scan.Evaluation;
import sanctionswatch.scan.LabelledText;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code eval CORPUS.jsonl... [--list PATH]... [--half dev|test|all]}: precision, recall and F1 of the scanner on
 * labelled texts, by category, language and rule, then every error with its span, so that the next failure to look
 * at is one command away.
 */
final class EvalCommand {
    private EvalCommand() {}

    static int run(List<String> args, PrintStream out) throws Exception {
        List<Path> lists = new ArrayList<>();
        List<Path> corpora = new ArrayList<>();
        Corpus.Half half = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--list" -> lists.add(Path.of(ScanCommand.value(args, ++i, "--list")));
                case "--half" -> {
                    String h = ScanCommand.value(args, ++i, "--half").toLowerCase(Locale.ROOT);
                    half = switch (h) {
                        case "dev" -> Corpus.Half.DEV;
                        case "test" -> Corpus.Half.TEST;
                        case "all" -> null;
                        default -> throw new Main.UsageException("--half is dev, test or all, not " + h);
                    };
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new Main.UsageException("unknown option " + a);
                    }
                    corpora.add(Path.of(a));
                }
            }
        }
        if (corpora.isEmpty()) {
            throw new Main.UsageException("eval needs at least one CORPUS.jsonl");
        }
        List<LabelledText> texts = new ArrayList<>();
        for (Path p : corpora) {
            try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                for (LabelledText t : Corpus.read(r)) {
                    if (half == null || Corpus.Half.of(t.publisher()) == half) {
                        texts.add(t);
                    }
                }
            } catch (NoSuchFileException e) {
                System.err.println("sanctions-watch: " + p + ": no such file");
                return 1;
            } catch (IllegalArgumentException e) {
                System.err.println("sanctions-watch: " + p + ": " + e.getMessage());
                return 1;
            }
        }
        ArticleScanner scanner;
        try {
            scanner = lists.isEmpty() ? ArticleScanner.bundled() : ArticleScanner.of(ScanCommand.readLists(lists));
        } catch (ListFormatException | IOException e) {
            System.err.println("sanctions-watch: cannot read the list: " + e.getMessage());
            return 1;
        }
        print(out, Evaluation.of(texts, scanner::scan), half);
        return 0;
    }

    private static void print(PrintStream out, Evaluation.Report r, Corpus.Half half) {
        out.println(r.texts() + " texts" + (half == null ? "" : ", " + half.name().toLowerCase(Locale.ROOT)
                + " half"));
        out.println("entities   " + r.entities());
        out.println("countries  " + r.countries());
        section(out, "entities by category", r.byCategory());
        section(out, "entities by language", r.byLanguage());
        section(out, "countries by language", r.countriesByLanguage());
        section(out, "entries found, by the rule of their strongest mention", r.byRule());
        out.println();
        out.println("errors (" + r.errors().size() + ")");
        r.errors().forEach(e -> out.println("  " + e));
    }

    private static void section(PrintStream out, String title, Map<String, Evaluation.Score> scores) {
        out.println();
        out.println(title);
        scores.forEach((k, s) -> out.printf("  %-16s %s%n", k.isEmpty() ? "(none)" : k, s));
    }
}
