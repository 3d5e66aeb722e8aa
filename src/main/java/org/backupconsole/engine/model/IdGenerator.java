package org.backupconsole.engine.model;

import java.util.SplittableRandom;
import java.util.UUID;

/** UUID-shaped identifiers drawn from the engine's seeded randomness, so that the same seed gives the same ids. */
final class IdGenerator {

    private final SplittableRandom random;

    IdGenerator(SplittableRandom random) {
        this.random = random;
    }

    String next() {
        return nextUuid().toString();
    }

    /** The next id as its two halves, for backups, which keep them as longs and write the string when read. */
    UUID nextUuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
