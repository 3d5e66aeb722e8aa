package org.backupconsole.engine.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;

import org.backupconsole.json.DefaultMapper;
import org.backupconsole.json.JsonRefusal;
import org.backupconsole.json.StrictJson;

/** Reads JSON files with errors that say where, and renders them; {@link AtomicFiles} writes them. */
public final class JsonFiles {

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonFiles() {
    }


    /** The file's one JSON value, read by {@link StrictJson}: a key twice or anything after the value is refused. */
    public static JsonNode parse(String fileName, byte[] content) throws SimulationFileException {
        if (content.length == 0) {
            throw new SimulationFileException(fileName, "line 1", "the file is empty.");
        }
        try {
            return StrictJson.tree(content);
        } catch (JsonRefusal e) {
            throw new SimulationFileException(fileName, e.place(), e.reason());
        }
    }

    public static byte[] render(JsonNode node) {
        try {
            String text = DefaultMapper.get().writer(PRINTER).writeValueAsString(node) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON nodes always renders", e);
        }
    }
}
