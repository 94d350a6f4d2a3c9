package sanctionswatch;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps the test run readable: what a test class prints (the functions' JSON log lines and metrics, a corpus run's
 * figures, the emulators' messages) goes to {@code target/test-logs/<class>.log}, and the console shows only which
 * classes ran and the summary. A test that fails prints its own lines after it, so the failure comes with the logs
 * that explain it, e.g. {@code {"level":"ERROR","message":"article failed","error":"…"}} under the failed
 * {@code PipelineTest} case.
 *
 * <p>Every test class of {@code functions} and {@code local} has it: it is registered in
 * {@code META-INF/services/org.junit.jupiter.api.extension.Extension}, which JUnit reads with
 * {@code junit.jupiter.extensions.autodetection.enabled} (set in the surefire configuration of both modules).
 */
public final class TestLogs implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    /** How much of a class's file a failure before or after its tests (starting an emulator, say) prints. */
    private static final int CLASS_FAILURE_LINES = 200;

    /** The class whose output is being kept; one at a time, as the tests of a module run one class after another. */
    private static Capture current;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (current == null) {
            current = new Capture(context.getUniqueId(), logFile(context.getRequiredTestClass()));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (current != null) {
            current.startTest();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (current != null && context.getExecutionException().isPresent()) {
            current.console.println("---- what " + context.getRequiredTestClass().getSimpleName() + "."
                    + context.getDisplayName() + " printed (the class's whole run: " + current.file + ")");
            current.console.print(current.testOutput());
            current.console.println("---- end of " + context.getDisplayName());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (current == null || !current.owner.equals(context.getUniqueId())) {
            return;
        }
        Capture done = current;
        current = null;
        done.close();
        if (context.getExecutionException().isPresent()) {
            List<String> lines = Files.readAllLines(done.file, StandardCharsets.UTF_8);
            done.console.println("---- the last " + CLASS_FAILURE_LINES + " lines " + context.getDisplayName()
                    + " printed (all of them: " + done.file + ")");
            lines.subList(Math.max(0, lines.size() - CLASS_FAILURE_LINES), lines.size())
                    .forEach(done.console::println);
            done.console.println("---- end of " + context.getDisplayName());
        }
    }

    private static Path logFile(Class<?> testClass) throws IOException {
        Path dir = Path.of("target", "test-logs");
        Files.createDirectories(dir);
        return dir.resolve(testClass.getName() + ".log");
    }

    /** Standard output and error of one test class, into its file and the running test's buffer. */
    private static final class Capture {
        final String owner;
        final Path file;
        final PrintStream console = System.out;
        final PrintStream consoleErr = System.err;
        private final OutputStream fileOut;
        private final ByteArrayOutputStream test = new ByteArrayOutputStream();
        private boolean closed;

        Capture(String owner, Path file) throws IOException {
            this.owner = owner;
            this.file = file;
            this.fileOut = Files.newOutputStream(file);
            PrintStream kept = new PrintStream(new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    synchronized (Capture.this) {
                        if (closed) {
                            // A thread that outlived its class (a server's, an emulator's reader): its last words.
                            consoleErr.write(b, off, len);
                            return;
                        }
                        try {
                            fileOut.write(b, off, len);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        test.write(b, off, len);
                    }
                }

                @Override
                public void flush() throws IOException {
                    synchronized (Capture.this) {
                        if (!closed) {
                            fileOut.flush();
                        }
                    }
                }
            }, true, StandardCharsets.UTF_8);
            System.setOut(kept);
            System.setErr(kept);
        }

        synchronized void startTest() {
            test.reset();
        }

        synchronized String testOutput() {
            return test.toString(StandardCharsets.UTF_8);
        }

        void close() throws IOException {
            System.setOut(console);
            System.setErr(consoleErr);
            synchronized (this) {
                closed = true;
                fileOut.close();
            }
        }
    }
}
