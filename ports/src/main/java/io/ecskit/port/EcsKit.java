package io.ecskit.port;

import io.ecskit.port.in.CleanUp;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DiffTaskDefinition;
import io.ecskit.port.in.InspectEcs;
import io.ecskit.port.in.PushImage;
import io.ecskit.port.in.ReadLogs;
import io.ecskit.port.in.RedeployService;
import io.ecskit.port.in.RollbackService;
import io.ecskit.port.in.ScaleService;
import io.ecskit.port.out.ClusterPort;
import io.ecskit.port.out.ContainerInstancePort;
import io.ecskit.port.out.ImageRegistryPort;
import io.ecskit.port.out.ImageRepositoryPort;
import io.ecskit.port.out.LogPort;
import io.ecskit.port.out.ServiceDeploymentPort;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TaskDefinitionPort;
import io.ecskit.port.out.TaskPort;
import io.ecskit.port.out.TimeSource;

/**
 * What every ecskit backend offers: the same entry points whether it is the in-memory ECS or
 * AWS. Obtain one from {@code InMemoryEcsKit.create()} or {@code AwsEcsKit.builder()...build()};
 * close it to release its clients.
 */
public interface EcsKit extends AutoCloseable {

    String region();

    String accountId();

    ClusterPort clusters();

    TaskDefinitionPort taskDefinitions();

    ServicePort services();

    TaskPort tasks();

    ContainerInstancePort containerInstances();

    ImageRepositoryPort imageRepositories();

    LogPort logs();

    /** Every deployment of a service, with status, stage, rollback (ListServiceDeployments, DescribeServiceDeployments, StopServiceDeployment). */
    ServiceDeploymentPort serviceDeployments();

    /** The registry protocol: pushing image content (ECR's API is {@link #imageRepositories()}). */
    ImageRegistryPort registry();

    TimeSource time();

    /** Deploy a service and follow the deployment it started to an outcome. */
    DeployService deploy();

    /** The seed's clean-up: scale to 0, delete services, instances and the cluster. */
    CleanUp cleanUp();

    RedeployService redeploy();

    ScaleService scale();

    RollbackService rollback();

    InspectEcs inspect();

    DiffTaskDefinition diff();

    /** Push or copy an image into ECR without a Docker daemon. */
    PushImage pushImage();

    /** A service's container logs, read or followed. */
    ReadLogs readLogs();

    @Override
    void close();
}
