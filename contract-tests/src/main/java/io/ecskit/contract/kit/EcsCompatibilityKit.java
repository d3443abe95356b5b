package io.ecskit.contract.kit;

import io.ecskit.contract.Backend;
import io.ecskit.contract.ClusterPortContract;
import io.ecskit.contract.ContainerInstancePortContract;
import io.ecskit.contract.ImageRepositoryPortContract;
import io.ecskit.contract.LogPortContract;
import io.ecskit.contract.ServicePortContract;
import io.ecskit.contract.TaskDefinitionPortContract;
import io.ecskit.contract.TaskPortContract;
import io.ecskit.contract.usecase.CleanUpContract;
import io.ecskit.contract.usecase.DeployServiceContract;
import io.ecskit.contract.usecase.DeploymentStrategiesContract;
import io.ecskit.contract.usecase.EcsRulesContract;
import io.ecskit.contract.usecase.ReadLogsContract;
import io.ecskit.contract.usecase.ServiceChangesContract;
import io.ecskit.contract.usecase.ServiceDeploymentsContract;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every contract suite against one backend: the compatibility kit. A subclass answers
 * {@link #newBackend()} and runs all the suites below as {@code @Nested} classes; the
 * {@link Scorecard} prints, at the end, what passed, what failed and which gaps the backend declared
 * (each capability with its reason and the tests it skipped), and writes the same as Markdown.
 *
 * <pre>{@code
 * class MyEmulatorCompatibilityIT extends EcsCompatibilityKit {
 *     protected Backend newBackend() {
 *         return EndpointBackend.builder(URI.create("http://localhost:4566")).build();   // ecskit-compat-kit
 *     }
 * }
 * }</pre>
 *
 * A failing test fails the build as it would in its own suite; only declared gaps are skipped. The
 * suites run in the order below (ports, then use cases), and the scorecard lists them so.
 */
@ExtendWith(Scorecard.class)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
public abstract class EcsCompatibilityKit {

    /** A new backend for one test (every test of every suite gets its own). */
    protected abstract Backend newBackend();

    @Nested
    @Order(1)
    public class ClusterPort extends ClusterPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(2)
    public class TaskDefinitionPort extends TaskDefinitionPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(3)
    public class ServicePort extends ServicePortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(4)
    public class TaskPort extends TaskPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(5)
    public class ContainerInstancePort extends ContainerInstancePortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(6)
    public class AccountSettingPort extends io.ecskit.contract.AccountSettingPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(7)
    public class TagPort extends io.ecskit.contract.TagPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(8)
    public class CapacityProviderPort extends io.ecskit.contract.CapacityProviderPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(9)
    public class TaskSetPort extends io.ecskit.contract.TaskSetPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(10)
    public class ExpressGatewayServicePort extends io.ecskit.contract.ExpressGatewayServicePortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(11)
    public class DaemonPort extends io.ecskit.contract.DaemonPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(12)
    public class GatewayPort extends io.ecskit.contract.GatewayPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(13)
    public class IdentityPort extends io.ecskit.contract.IdentityPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(13)
    public class NetworkPort extends io.ecskit.contract.NetworkPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(13)
    public class SecretsPort extends io.ecskit.contract.SecretsPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(13)
    public class MetricsPort extends io.ecskit.contract.MetricsPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(13)
    public class EventsPort extends io.ecskit.contract.EventsPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(13)
    public class LoadBalancingPort extends io.ecskit.contract.LoadBalancingPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(13)
    public class AutoScalingPort extends io.ecskit.contract.AutoScalingPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(13)
    public class IamPort extends io.ecskit.contract.IamPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(14)
    public class ImageRepositoryPort extends ImageRepositoryPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(15)
    public class LogPort extends LogPortContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(16)
    public class CleanUp extends CleanUpContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(17)
    public class DeployService extends DeployServiceContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(18)
    public class ServiceDeployments extends ServiceDeploymentsContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(19)
    public class ServiceChanges extends ServiceChangesContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(20)
    public class ReadLogs extends ReadLogsContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(21)
    public class DeploymentStrategies extends DeploymentStrategiesContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(22)
    public class EcsRules extends EcsRulesContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(23)
    public class RunTask extends io.ecskit.contract.usecase.RunTaskContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(24)
    public class Capacity extends io.ecskit.contract.CapacityContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }

    @Nested
    @Order(25)
    public class Ec2Placement extends io.ecskit.contract.Ec2PlacementContract {
        @Override
        protected Backend newBackend() {
            return EcsCompatibilityKit.this.newBackend();
        }
    }
}
