package org.backupconsole.engine.model;

import java.util.List;
import java.util.Optional;

import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RoleBinding;

/**
 * Where a command reads its fields back from the saved log, without knowing the file's format. Each reading takes
 * only its own kind of value and refuses, with the place, what does not fit.
 */
public interface FieldReader {

    /** Refuses fields the command does not know, beside those every logged command has. */
    FieldReader allowing(String... fields);

    String text(String field);

    Optional<String> optionalText(String field);

    <E extends Enum<E>> E enumValue(String field, Class<E> type);

    /** The field {@code name}, a name as {@link Catalog#NAMES} says. */
    String name();

    /** The optional field {@code version}, such as "v24.3"; without one, the current version. */
    CockroachVersion version();

    List<String> texts(String field);

    Catalog catalog(String field);

    List<RoleBinding> roles(String field);

    BackupSettingsUpdate settingsUpdate(String field);

    RestoreRequest restoreRequest(String field);

    /** A fault rule from the fields beside the command's own, without an id yet. */
    FaultRule faultRule();
}
