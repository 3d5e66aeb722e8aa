package org.backupconsole.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine as an earlier commit had it, built from git beside the current one, so that a benchmark can run the
 * same workload on both in one JVM and on one machine. Its sources ({@code src/main/java/org/backupconsole/engine}
 * at that commit) are compiled against today's domain, backend and json packages, which the engine then shared;
 * its classes load first from their own folder and everything else from the test's class path.
 */
final class BaselineEngine {

    private static final String ENGINE = "src/main/java/org/backupconsole/engine/";
    private static final String RESOURCES = "src/main/resources/org/backupconsole/engine/";

    private BaselineEngine() {
    }

    /** A class loader holding the engine of {@code revision}, built into a temporary folder. */
    static ClassLoader build(String revision) {
        try {
            Path root = Files.createTempDirectory("baseline-engine-");
            Path sources = root.resolve("src");
            Path classes = root.resolve("classes");
            List<String> files = new ArrayList<>();
            for (String file : git("ls-tree", "-r", "--name-only", revision, ENGINE, RESOURCES).split("\n")) {
                boolean java = file.endsWith(".java");
                Path target = (java ? sources : classes).resolve(file.substring(file.indexOf("org/backupconsole/")));
                Files.createDirectories(target.getParent());
                Files.write(target, gitBytes("show", revision + ":" + file));
                if (java) {
                    files.add(target.toString());
                }
            }
            List<String> javac = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                    "-d", classes.toString(), "-nowarn", "-proc:none", "--release", "17",
                    "-cp", System.getProperty("java.class.path")));
            javac.addAll(files);
            run(javac);
            return new EngineFirst(classes.toUri().toURL(), BaselineEngine.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String git(String... arguments) throws IOException {
        return new String(gitBytes(arguments), StandardCharsets.UTF_8);
    }

    private static byte[] gitBytes(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        return run(command);
    }

    /** Runs a command and returns what it printed; its error messages go to the test's output. */
    private static byte[] run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] output = process.getInputStream().readAllBytes();
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException("The command " + String.join(" ", command) + " failed; see its messages above.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the baseline engine from git.", e);
        }
        return output;
    }

    /** Loads what the baseline folder holds from there, and the rest (domain, backend, json, libraries) as usual. */
    private static final class EngineFirst extends URLClassLoader {

        EngineFirst(URL classes, ClassLoader parent) throws MalformedURLException {
            super(new URL[] {classes}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null && findResource(name.replace('.', '/') + ".class") != null) {
                    loaded = findClass(name);
                }
                if (loaded == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
