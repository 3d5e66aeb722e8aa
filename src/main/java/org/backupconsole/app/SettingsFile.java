package org.backupconsole.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backupconsole.backend.Sentences;
import org.backupconsole.cli.BackendChoice;
import org.backupconsole.json.DefaultMapper;
import org.backupconsole.json.JsonRefusal;
import org.backupconsole.json.StrictJson;
import org.backupconsole.live.ApiUrl;
import org.backupconsole.ui.common.Theme;

/**
 * The user's settings in {@code settings.json}, read strictly: a file that cannot be read, or holds an unknown
 * field or a value out of its set, is logged with a warning saying where and why, the defaults are used, and the
 * file is left as it is for this run, never overwritten with what the app knows of it. Changes are written whole,
 * on the given executor, through a temporary file renamed over the old one.
 */
final class SettingsFile {

    static final String FILE_NAME = "settings.json";

    private static final Logger LOG = Logger.getLogger(SettingsFile.class.getName());
    private static final int FORMAT = 1;
    private static final Set<String> FIELDS = Set.of("format", "api_url", "backend", "theme");

    private final Optional<Path> file;
    private final Executor writes;
    private volatile UserSettings current;

    private SettingsFile(Optional<Path> file, Executor writes, UserSettings current) {
        this.file = file;
        this.writes = writes;
        this.current = current;
    }

    /** The settings in {@code folder}; the defaults, and no writing, when the file there cannot be used. */
    static SettingsFile open(Path folder, Executor writes) {
        Path path = folder.resolve(FILE_NAME);
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return new SettingsFile(Optional.of(path), writes, UserSettings.DEFAULTS);
        } catch (IOException e) {
            return refused("The settings file " + path + " cannot be read (" + e + ").");
        }
        try {
            return new SettingsFile(Optional.of(path), writes, read(content));
        } catch (JsonRefusal e) {
            return refused(e.describe("The settings file " + path));
        }
    }

    /** Settings that start as the defaults and are never written, for windows opened by tests. */
    static SettingsFile none() {
        return new SettingsFile(Optional.empty(), Runnable::run, UserSettings.DEFAULTS);
    }

    private static SettingsFile refused(String why) {
        LOG.warning(() -> Sentences.end(why) + " Backup Console starts with its default settings and leaves the file "
                + "unchanged; correct it or delete it.");
        return new SettingsFile(Optional.empty(), Runnable::run, UserSettings.DEFAULTS);
    }

    UserSettings current() {
        return current;
    }

    /**
     * Changes the settings and writes them, unless the file was refused at start or nothing changed: every start
     * names its backend, and writing the same settings again would build a JSON writer beside the first page.
     */
    synchronized void update(UnaryOperator<UserSettings> change) {
        UserSettings changed = change.apply(current);
        if (changed.equals(current)) {
            return;
        }
        current = changed;
        file.ifPresent(path -> writes.execute(() -> write(path, changed)));
    }

    static UserSettings read(byte[] content) {
        JsonNode tree = StrictJson.tree(content);
        if (!tree.isObject()) {
            throw new JsonRefusal("$", "expected an object.");
        }
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new JsonRefusal("$." + name, "unknown field; the fields are " + FIELDS.stream().sorted().toList() + ".");
            }
        }
        JsonNode format = tree.path("format");
        if (!format.isInt() || format.intValue() != FORMAT) {
            throw new JsonRefusal("$.format", "expected " + FORMAT + ", found " + format + ".");
        }
        Optional<ApiUrl> apiUrl = text(tree, "api_url").map(url -> {
            try {
                return ApiUrl.parse(url);
            } catch (IllegalArgumentException e) {
                throw new JsonRefusal("$.api_url", Sentences.end(e.getMessage()));
            }
        });
        Optional<BackendChoice> backend = text(tree, "backend").map(name -> oneOf("backend", name, BackendChoice.class));
        Theme theme = text(tree, "theme").map(name -> oneOf("theme", name, Theme.class)).orElse(Theme.LIGHT);
        return new UserSettings(apiUrl, backend, theme);
    }

    static byte[] write(UserSettings settings) {
        ObjectNode tree = DefaultMapper.get().createObjectNode().put("format", FORMAT);
        settings.apiUrl().ifPresent(url -> tree.put("api_url", url.toString()));
        settings.backend().ifPresent(backend -> tree.put("backend", word(backend)));
        tree.put("theme", word(settings.theme()));
        try {
            return (DefaultMapper.get().writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("a tree of strings is always writable", e);
        }
    }

    private static void write(Path path, UserSettings settings) {
        Path temporary = path.resolveSibling(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(path.getParent());
            Files.write(temporary, write(settings));
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot write the settings to " + path + "; they apply until the app closes.", e);
        }
    }

    private static Optional<String> text(JsonNode tree, String field) {
        JsonNode value = tree.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new JsonRefusal("$." + field, "expected a string, found " + value + ".");
        }
        return Optional.of(value.textValue());
    }

    private static <E extends Enum<E>> E oneOf(String field, String word, Class<E> type) {
        Map<String, E> byWord = new TreeMap<>();
        Arrays.stream(type.getEnumConstants()).forEach(constant -> byWord.put(word(constant), constant));
        E found = byWord.get(word);
        if (found == null) {
            throw new JsonRefusal("$." + field, "expected one of " + byWord.keySet() + ", found \"" + word + "\".");
        }
        return found;
    }

    private static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
