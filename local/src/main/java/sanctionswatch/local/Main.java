package sanctionswatch.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bin/sanctions-watch}: scan texts on the embedded default, invoke a function as SAM does, manage watches;
 * what each command takes is in {@link Help}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err, System.getenv(),
                Path.of("").toAbsolutePath()));
    }

    /**
     * Runs a command. Exit status 0, 1 when it failed (one line on {@code err} says what happened and what to do;
     * the stack trace of an unexpected error too with {@code --debug}), 2 when the command line says nothing to do.
     *
     * @param env        the environment (AWS settings, where watches are kept, the fetch policy)
     * @param workingDir where relative paths start
     */
    static int run(List<String> arguments, PrintStream out, PrintStream err, Map<String, String> env,
                   Path workingDir) {
        boolean debug = arguments.contains("--debug");
        List<String> args = arguments.stream().filter(a -> !a.equals("--debug")).toList();
        if (args.isEmpty()) {
            out.print(Help.usage());
            return 2;
        }
        Optional<String> help = Help.asked(args);
        if (help.isPresent()) {
            out.print(help.get());
            return 0;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "scan" -> ScanCommand.run(rest, out, err, env, workingDir);
                case "eval" -> EvalCommand.run(rest, out);
                case "invoke" -> InvokeCommand.run(rest);
                case "watch" -> WatchCommand.run(rest, out, err, env, workingDir);
                case "emulators" -> EmulatorsCommand.run(out);
                case "serve" -> ServeCommand.run(rest, out);
                case "lists" -> ListsCommand.run(rest, out, err);
                case "decisions" -> DecisionsCommand.run(rest, out, env);
                default -> throw new UsageException("unknown command '" + args.get(0) + "'");
            };
        } catch (UsageException e) {
            err.println("sanctions-watch: " + e.getMessage());
            err.print(Help.of(args));
            return 2;
        } catch (Failure e) {
            err.println("sanctions-watch: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            return unexpected(e, debug, err);
        }
    }

    /** An error no command foresaw: what it says, in one line; where it happened only when asked. */
    static int unexpected(Exception e, boolean debug, PrintStream err) {
        if (debug) {
            err.println("sanctions-watch: " + oneLine(e));
            e.printStackTrace(err);
        } else {
            err.println("sanctions-watch: " + oneLine(e) + " (run again with --debug for the stack trace)");
        }
        return 1;
    }

    /** What an exception says, on one line: its message, or its kind when it says nothing. */
    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** A failure the command has explained: its message is the one line printed, after {@code sanctions-watch: }. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    /** A command line that does not say what to do. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
