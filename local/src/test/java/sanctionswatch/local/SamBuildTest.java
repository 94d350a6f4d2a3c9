package sanctionswatch.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code sam build} does with a Java/Maven CodeUri: the folder copied alone (no parent, no siblings), built with
 * {@code mvn clean install}, its runtime dependencies copied beside the classes; then each Handler of the template must
 * resolve in that artifact alone.
 */
class SamBuildTest {
    @Test
    void eachCodeUriBuildsAloneAndItsHandlersResolve(@TempDir Path scratch) throws Exception {
        Template template = Template.read(TemplateResources.ROOT.resolve("template.yaml"));
        for (String codeUri : template.functions().stream().map(template::codeUri).distinct().toList()) {
            Path copy = scratch.resolve(codeUri);
            copyTree(TemplateResources.ROOT.resolve(codeUri), copy);
            mvn(copy, "clean", "install", "-DskipTests");
            mvn(copy, "dependency:copy-dependencies", "-DincludeScope=runtime",
                    "-DoutputDirectory=target/dependency");
            List<URL> urls = new ArrayList<>();
            urls.add(copy.resolve("target/classes").toUri().toURL());
            try (Stream<Path> jars = Files.list(copy.resolve("target/dependency"))) {
                for (Path jar : jars.toList()) {
                    urls.add(jar.toUri().toURL());
                }
            }
            try (URLClassLoader artifact = new URLClassLoader(urls.toArray(URL[]::new),
                    ClassLoader.getPlatformClassLoader())) {
                for (String function : template.functions()) {
                    if (!template.codeUri(function).equals(codeUri)) {
                        continue;
                    }
                    List<String> handler = Template.handlerParts(template.handler(function));
                    Class<?> type = Class.forName(handler.get(0), false, artifact);
                    assertTrue(Arrays.stream(type.getMethods()).anyMatch(m -> isHandler(m, handler.get(1))),
                            function + ": no " + handler + "(event, Context) in the built artifact");
                    assertEquals(artifact, type.getClassLoader());
                }
                assertTrue(artifact.getResource("sanctionswatch/lists/ofac_sdn/sdn.csv") != null,
                        "the bundled list is in the artifact");
            }
        }
    }

    private static boolean isHandler(Method m, String name) {
        return m.getName().equals(name) && !m.isBridge() && m.getParameterCount() == 2
                && m.getParameterTypes()[1].getName().equals("com.amazonaws.services.lambda.runtime.Context");
    }

    private static void mvn(Path dir, String... goals) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q"));
        command.addAll(Arrays.asList(goals));
        Path log = Files.createTempFile("sam-build", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "mvn " + Arrays.toString(goals) + " did not finish");
        assertEquals(0, p.exitValue(), "mvn " + Arrays.toString(goals) + " in " + dir + ":\n" + Files.readString(log));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path rel = from.relativize(p);
                if (rel.startsWith("target")) {
                    continue;
                }
                Path dest = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
