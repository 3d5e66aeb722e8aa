package org.backupconsole.ui.activity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Collectors;

import org.backupconsole.activity.ActivityEntry;
import org.backupconsole.ui.common.TimeFormats;

/**
 * One row of the Activity page: a change with its latest outcome, in the words the table shows.
 *
 * @param key where the row is in the journal, which stays its identity across refreshes
 */
public record ActivityRow(int key, ActivityEntry entry, String time, LocalDate day, String outcome) {

    static ActivityRow of(int key, ActivityEntry entry, ZoneId zone) {
        String outcome = entry.outcome().displayName() + entry.reason().map(reason -> ": " + reason).orElse("");
        return new ActivityRow(key, entry, TimeFormats.local(entry.at(), zone), entry.at().atZone(zone).toLocalDate(),
                outcome);
    }

    public String actor() {
        return entry.actor();
    }

    public String cluster() {
        return entry.clusterName();
    }

    public String action() {
        return entry.action().displayName();
    }

    public String what() {
        return entry.what();
    }

    public String jobId() {
        return entry.jobId().orElse("");
    }

    public String origin() {
        return entry.origin().displayName();
    }

    /** Everything the row holds, for the details below the table and for copying. */
    public String details() {
        String facts = entry.sortedDetails().entrySet().stream()
                .map(detail -> "  " + detail.getKey() + ": " + detail.getValue())
                .collect(Collectors.joining("\n"));
        return time + " · " + action() + " · " + origin() + "\n"
                + what() + "\n"
                + "Outcome: " + outcome + "\n"
                + "Cluster: " + cluster() + " (" + entry.clusterId() + ")\n"
                + "By: " + actor() + " on " + entry.where() + "\n"
                + (entry.jobId().isPresent() ? "Job: " + jobId() + "\n" : "")
                + (facts.isEmpty() ? "" : "Details:\n" + facts);
    }

    /** True when the search words are all in one of the row's texts, ignoring case. */
    boolean matches(String search) {
        String all = String.join("\n", time, actor(), cluster(), entry.clusterId(), action(), what(), outcome, jobId(),
                origin(), String.join(" ", entry.details().values())).toLowerCase(Locale.ROOT);
        for (String word : search.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !all.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
