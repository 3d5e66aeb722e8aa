package org.backupconsole.engine.scenario;

import java.time.Duration;

/**
 * The organization the simulator starts with, played from the built-in scenario {@code demo}: Acme
 * Logistics with Basic, Standard and Advanced clusters and 45 days of backup history.
 *
 * <p>The demo's service-account keys are public on purpose, so that scripts and the local Cloud API can be
 * tried at once. They only work against the simulator.
 */
public final class DemoOrganization {

    public static final String NAME = "Acme Logistics";
    /** How much history the demo has when the app opens. */
    public static final Duration HISTORY = Duration.ofDays(45);

    /** Service account {@code ops-automation}: Cluster Operator on the whole organization, so it may restore. */
    public static final String OPERATOR_KEY =
            "CCDB1_Xq7LmR2vTn9KpW4cZs8HbJ_d3FgY6uPe5NaQ2wRt8VkM4xCj7LhS9bTz3GmWq5Ep";
    /** Service account {@code analytics-dev}: Cluster Developer only, so a restore is refused. */
    public static final String DEVELOPER_KEY =
            "CCDB1_Bv5NcH8sKd3TqL7mXr2WfZ_p9EyU4jGa6RtQ8nVb2LsD5kMw7HxC3fPz9TqJ4YeN";
    /** Service account {@code dr-runner}: Cluster Operator on demo-advanced only. */
    public static final String ADVANCED_OPERATOR_KEY =
            "CCDB1_Kt4WpZ9mQe2VbR7nLs5HcX_f8JuD3yTg6MaP2qNw9ErB5vKx7ZcL4hSd8GtF3UmR";

    private DemoOrganization() {
    }

    public static ScenarioFile scenario() {
        return ScenarioFile.builtIn("demo");
    }
}
