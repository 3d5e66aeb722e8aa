package org.backupconsole.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.ClusterState;
import org.backupconsole.domain.Plan;

class ClusterMappingTest {

    /** Each cloud's own machine of 4 vCPUs and 16 GiB: an AWS cluster never reports a GCP machine type. */
    @ParameterizedTest
    @CsvSource({"AWS, m6i.xlarge, us-east-1", "GCP, n2-standard-4, us-central1", "AZURE, Standard_D4s_v5, eastus"})
    void anAdvancedClusterReportsAMachineTypeOfItsOwnCloud(CloudProvider provider, String machineType, String region) {
        Cluster cluster = new Cluster("c0ffee00-0000-4000-8000-000000000001", "prod", Plan.ADVANCED,
                ClusterState.CREATED, provider, List.of(region), Optional.of(region), Instant.EPOCH,
                Optional.empty(), Optional.empty());
        ClusterConfigJson.Dedicated dedicated = ClusterMapping.toWire(cluster).config().dedicated();
        assertEquals(machineType, dedicated.machineType());
        assertEquals(4, dedicated.numVirtualCpus());
        assertEquals(16f, dedicated.memoryGib());
    }
}
