package org.backupconsole.engine.model;

import java.util.List;
import java.util.Optional;

import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RoleBinding;

/** Where a command writes its fields for the saved log, in order, without knowing the file's format. */
public interface FieldWriter {

    FieldWriter text(String field, String value);

    /** Writes nothing when the value is empty. */
    FieldWriter optionalText(String field, Optional<String> value);

    FieldWriter texts(String field, List<String> values);

    FieldWriter catalog(String field, Catalog catalog);

    FieldWriter roles(String field, List<RoleBinding> roles);

    FieldWriter settingsUpdate(String field, BackupSettingsUpdate update);

    FieldWriter restoreRequest(String field, RestoreRequest request);

    /** The rule's fields beside the command's own, without its id, which the engine gives it. */
    FieldWriter faultRule(FaultRule rule);
}
