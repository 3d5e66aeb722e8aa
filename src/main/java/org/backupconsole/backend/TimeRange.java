package org.backupconsole.backend;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A time window for listing backups: start inclusive, end exclusive, either side open when empty. */
public record TimeRange(Optional<Instant> start, Optional<Instant> end) {

    public static final TimeRange ALL = new TimeRange(Optional.empty(), Optional.empty());

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
            throw new IllegalArgumentException("the start of a time range must be before its end");
        }
    }

    public static TimeRange between(Instant startInclusive, Instant endExclusive) {
        return new TimeRange(Optional.of(startInclusive), Optional.of(endExclusive));
    }

    public boolean contains(Instant instant) {
        return start.map(s -> !instant.isBefore(s)).orElse(true)
                && end.map(instant::isBefore).orElse(true);
    }
}
