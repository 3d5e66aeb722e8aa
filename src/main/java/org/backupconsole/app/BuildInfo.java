package org.backupconsole.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The version and build time stamped into the jar by the build. */
public final class BuildInfo implements IVersionProvider {

    private static final Properties PROPERTIES = load();

    public static String version() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    public static String buildTime() {
        return PROPERTIES.getProperty("built", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {
                "Backup Console " + version(),
                "built " + buildTime() + ", running on Java " + Runtime.version()
        };
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build-info.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read build-info.properties", e);
        }
        return properties;
    }
}
