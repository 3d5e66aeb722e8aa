package org.backupconsole.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Plan;

/** The organization the simulator starts with: a few clusters with weeks of backup history already behind them. */
public final class DemoOrganization {

    public static final String NAME = "Acme Logistics";
    /** How much history the demo has when the app opens. */
    public static final Duration HISTORY = Duration.ofDays(45);

    private static final long GIB = 1L << 30;

    private DemoOrganization() {
    }

    /** An engine whose clusters were created {@link #HISTORY} before {@code now} and has run up to {@code now}. */
    public static BackupEngine create(long seed, Instant now) {
        BackupEngine engine = new BackupEngine(seed, now.minus(HISTORY));
        engine.createCluster("payments-prod", Plan.BASIC, CloudProvider.GCP,
                List.of("us-east1", "us-west2", "europe-west1"), 38 * GIB);
        engine.createCluster("inventory-eu", Plan.BASIC, CloudProvider.AWS,
                List.of("eu-central-1", "eu-west-1"), 12 * GIB);
        engine.createCluster("loyalty-sandbox", Plan.BASIC, CloudProvider.AZURE,
                List.of("westeurope"), 2 * GIB);
        engine.advanceTo(now);
        return engine;
    }
}
