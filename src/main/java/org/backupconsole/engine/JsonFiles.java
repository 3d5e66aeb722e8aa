package org.backupconsole.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads JSON files with errors that say where, and renders them; {@link AtomicFiles} writes them. */
final class JsonFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonFiles() {
    }

    static JsonNode parse(String fileName, byte[] content) throws SimulationFileException {
        if (content.length == 0) {
            throw new SimulationFileException(fileName, "line 1", "the file is empty");
        }
        try {
            return MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null ? "the start" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new SimulationFileException(fileName, place, "not valid JSON (" + e.getOriginalMessage()
                    + "); the file may be truncated or damaged");
        } catch (IOException e) {
            throw new SimulationFileException(fileName, "the start", "cannot be read: " + e.getMessage());
        }
    }

    static byte[] render(JsonNode node) {
        try {
            String text = MAPPER.writer(PRINTER).writeValueAsString(node) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON nodes always renders", e);
        }
    }
}
