package org.backupconsole.engine.file;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RoleBinding;
import org.backupconsole.engine.model.FaultRule;
import org.backupconsole.engine.model.FieldReader;
import org.backupconsole.engine.model.FieldWriter;

/** A command's fields as one JSON object of the saved log, in {@link DomainJson}'s forms. */
final class JsonFields {

    private JsonFields() {
    }

    static final class Writer implements FieldWriter {

        private final ObjectNode node;

        Writer(ObjectNode node) {
            this.node = node;
        }

        @Override
        public FieldWriter text(String field, String value) {
            node.put(field, value);
            return this;
        }

        @Override
        public FieldWriter optionalText(String field, Optional<String> value) {
            value.ifPresent(text -> node.put(field, text));
            return this;
        }

        @Override
        public FieldWriter texts(String field, List<String> values) {
            values.forEach(node.putArray(field)::add);
            return this;
        }

        @Override
        public FieldWriter catalog(String field, Catalog catalog) {
            return set(field, DomainJson.catalog(catalog));
        }

        @Override
        public FieldWriter roles(String field, List<RoleBinding> roles) {
            return set(field, DomainJson.roles(roles));
        }

        @Override
        public FieldWriter settingsUpdate(String field, BackupSettingsUpdate update) {
            return set(field, DomainJson.settingsUpdate(update));
        }

        @Override
        public FieldWriter restoreRequest(String field, RestoreRequest request) {
            return set(field, DomainJson.restoreRequest(request));
        }

        @Override
        public FieldWriter faultRule(FaultRule rule) {
            DomainJson.faultRule(node, rule);
            return this;
        }

        private FieldWriter set(String field, JsonNode value) {
            node.set(field, value);
            return this;
        }
    }

    static final class Reader implements FieldReader {

        private final JsonIn in;
        private final List<String> shared;

        /** {@code shared} are the fields every object of its kind has beside its own, such as "at" and "op". */
        Reader(JsonIn in, String... shared) {
            this.in = in;
            this.shared = List.of(shared);
        }

        @Override
        public FieldReader allowing(String... fields) {
            List<String> known = new ArrayList<>(shared);
            known.addAll(Arrays.asList(fields));
            in.allowing(known.toArray(String[]::new));
            return this;
        }

        @Override
        public String text(String field) {
            return in.field(field).text();
        }

        @Override
        public Optional<String> optionalText(String field) {
            return in.optional(field).map(JsonIn::text);
        }

        @Override
        public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
            return in.field(field).enumValue(type);
        }

        @Override
        public String name() {
            return DomainJson.name(in);
        }

        @Override
        public CockroachVersion version() {
            return DomainJson.version(in);
        }

        @Override
        public List<String> texts(String field) {
            return in.field(field).texts();
        }

        @Override
        public Catalog catalog(String field) {
            return DomainJson.catalog(in.field(field));
        }

        @Override
        public List<RoleBinding> roles(String field) {
            return DomainJson.roles(in.field(field));
        }

        @Override
        public BackupSettingsUpdate settingsUpdate(String field) {
            return DomainJson.settingsUpdate(in.field(field).allowing("enabled", "frequencyMinutes", "retentionDays"));
        }

        @Override
        public RestoreRequest restoreRequest(String field) {
            return DomainJson.restoreRequest(in.field(field));
        }

        @Override
        public FaultRule faultRule() {
            return DomainJson.faultRule(in);
        }
    }
}
