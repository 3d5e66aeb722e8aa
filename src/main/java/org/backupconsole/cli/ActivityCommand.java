package org.backupconsole.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.backupconsole.activity.ActivityAction;
import org.backupconsole.activity.ActivityEntry;
import org.backupconsole.activity.JournalRead;
import org.backupconsole.json.Rfc3339;

/** {@code activity list}: the journal of the changes made from the app and the command line, oldest first. */
@Command(name = "activity", description = "The restores, settings changes and database drops made from this app and "
        + "its command line.")
public final class ActivityCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "list", description = "List the journal, oldest first, one row per change with how it went: the "
            + "--state session's on the simulator, the user's journal file on the Cloud API.")
    int list(@Mixin BackendOptions backend, @Mixin OutputOptions output,
             @Option(names = "--cluster", paramLabel = "NAME|ID",
                     description = "Only this cluster's entries, by name or id.") String cluster,
             @Option(names = "--action", paramLabel = "ACTION",
                     description = "Only this action: ${COMPLETION-CANDIDATES}.") ActivityAction action,
             @Option(names = "--since", paramLabel = "DATE|TIME",
                     description = "Only entries from this day (YYYY-MM-DD, UTC) or moment (RFC 3339) on.") String since) {
        return CommandRun.run(spec.commandLine().getErr(), () -> {
            Instant from = since == null ? Instant.MIN : moment(since);
            JournalRead read = backend.readActivity();
            read.damagedSummary().ifPresent(spec.commandLine().getErr()::println);
            List<ActivityEntry> rows = read.folded().stream()
                    .filter(entry -> cluster == null || cluster.equals(entry.clusterName()) || cluster.equals(entry.clusterId()))
                    .filter(entry -> action == null || action == entry.action())
                    .filter(entry -> !entry.at().isBefore(from))
                    .toList();
            ListingWriter.write(Results.activity(rows), output.format, spec.commandLine().getOut());
            return ExitStatus.SUCCESS;
        });
    }

    private static Instant moment(String since) {
        try {
            return LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADay) {
            return Rfc3339.parse(since).orElseThrow(() -> CliFailure.usage("--since: expected a day such as 2026-11-23 "
                    + "or " + Rfc3339.EXPECTED + ", found " + since + "."));
        }
    }
}
