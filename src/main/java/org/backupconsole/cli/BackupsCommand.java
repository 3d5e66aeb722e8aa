package org.backupconsole.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.backupconsole.backend.TimeOrder;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Cluster;

/** {@code backups list}. */
@Command(name = "backups", description = "The managed backups of a cluster.")
public final class BackupsCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "list", description = "List a cluster's backups, newest first.")
    int list(@Mixin BackendOptions backend, @Mixin OutputOptions output,
             @Option(names = "--cluster", paramLabel = "NAME|ID", required = true,
                     description = "The cluster, by name or id.") String cluster,
             @Option(names = "--date", paramLabel = "YYYY-MM-DD",
                     description = "Only the backups whose data is from this day (UTC).") String date,
             @Option(names = "--from", paramLabel = "TIME",
                     description = "Only the backups whose data is from this time on: RFC 3339 or a day (UTC).") String from,
             @Option(names = "--to", paramLabel = "TIME",
                     description = "Only the backups whose data is from before this time: RFC 3339 or a day (UTC).") String to,
             @Option(names = "--limit", paramLabel = "N", description = "At most this many, the newest.") Integer limit) {
        return CommandRun.show(spec, backend, output, service -> {
            TimeRange range = range(date, from, to);
            if (limit != null && limit < 1) {
                throw CliFailure.usage("--limit must be 1 or more, was " + limit + ".");
            }
            Cluster found = ClusterLookup.find(service, cluster);
            return Results.backups(limit == null ? service.listBackups(found.id(), range)
                    : service.listBackups(found.id(), range, TimeOrder.NEWEST_FIRST, limit));
        });
    }

    private static TimeRange range(String date, String from, String to) {
        if (date != null) {
            if (from != null || to != null) {
                throw CliFailure.usage("--date cannot be used with --from or --to: give a day, or a range.");
            }
            Instant start = day("--date", date);
            return TimeRange.between(start, start.plusSeconds(86_400));
        }
        Optional<Instant> start = Optional.ofNullable(from).map(text -> time("--from", text));
        Optional<Instant> end = Optional.ofNullable(to).map(text -> time("--to", text));
        if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
            throw CliFailure.usage("--from must be before --to.");
        }
        return new TimeRange(start, end);
    }

    private static Instant time(String option, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return day(option, text);
        }
    }

    private static Instant day(String option, String text) {
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw CliFailure.usage(option + ": '" + text + "' is neither a day (YYYY-MM-DD) nor a time in RFC 3339 "
                    + "(such as 2026-03-01T12:00:00Z).");
        }
    }
}
