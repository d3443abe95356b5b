package io.ecskit.port.out;

import io.ecskit.domain.capacity.AutoScalingGroupProviderUpdate;
import io.ecskit.domain.capacity.CapacityProvider;
import io.ecskit.domain.capacity.CapacityProviderSpec;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/**
 * Capacity providers of one region: FARGATE and FARGATE_SPOT, which every account has, and Auto Scaling group
 * providers created here. Errors as ECS answers them: ClientException for a name taken or reserved (rules
 * capacityProviderNameTaken, capacityProviderNameReserved), for the built-in providers (rule capacityProviderBuiltIn)
 * and for a provider a service still uses (rule capacityProviderInUse); InvalidParameterException for what the
 * model refuses.
 */
public interface CapacityProviderPort {

    /** CreateCapacityProvider: an Auto Scaling group provider, ACTIVE with updateStatus CREATE_COMPLETE. */
    Either<EcsError, CapacityProvider> create(CapacityProviderSpec spec);

    /**
     * DescribeCapacityProviders, every page: the providers named (names or ARNs; unknown ones are failures), or every
     * provider when {@code namesOrArns} is empty. Tags only with {@code includeTags}, as ECS answers them.
     */
    Either<EcsError, Descriptions<CapacityProvider>> describe(Seq<String> namesOrArns, boolean includeTags);

    /** UpdateCapacityProvider: managed scaling, termination protection and draining of an Auto Scaling group provider. */
    Either<EcsError, CapacityProvider> update(String name, AutoScalingGroupProviderUpdate update);

    /** DeleteCapacityProvider: INACTIVE with updateStatus DELETE_COMPLETE, removed from every cluster it served. */
    Either<EcsError, CapacityProvider> delete(String nameOrArn);
}
