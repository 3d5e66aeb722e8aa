package org.backupconsole.ui.about;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the About dialog shows: the app's version and build time, the Java and JavaFX it runs on, and the
 * libraries it bundles with their licenses (listed by the build in third-party.txt).
 */
public final class AboutViewModel {

    private final String version;
    private final String buildTime;
    private final String javaRuntime;
    private final String javaFxVersion;
    private final List<BundledLibrary> libraries;

    public AboutViewModel(String version, String buildTime, String javaRuntime, String javaFxVersion,
                          List<BundledLibrary> libraries) {
        this.version = version;
        this.buildTime = buildTime;
        this.javaRuntime = javaRuntime;
        this.javaFxVersion = javaFxVersion;
        this.libraries = List.copyOf(libraries);
    }

    /** Reads the library list the build wrote beside this class. */
    public static List<BundledLibrary> bundledLibraries() {
        InputStream in = AboutViewModel.class.getResourceAsStream("third-party.txt");
        if (in == null) {
            return List.of();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the list of bundled libraries", e);
        }
    }

    static List<BundledLibrary> parse(List<String> lines) {
        List<BundledLibrary> result = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields.length == 3) {
                result.add(new BundledLibrary(fields[0].strip(), fields[1].strip(), fields[2].strip()));
            }
        }
        return result;
    }

    public String title() {
        return "Backup Console " + version;
    }

    public String buildLine() {
        return "Built " + buildTime;
    }

    public String runtimeLine() {
        return "Java " + javaRuntime;
    }

    public String javaFxLine() {
        return "JavaFX " + javaFxVersion;
    }

    public List<BundledLibrary> libraries() {
        return libraries;
    }
}
