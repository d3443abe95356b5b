package io.ecskit.domain.service;

import io.vavr.collection.List;

/**
 * The awsvpc network configuration of a service or task: 1..16 subnets, at most 5 security
 * groups, and whether the task gets a public IP (default DISABLED).
 */
public record AwsVpcConfiguration(List<String> subnets, List<String> securityGroups, AssignPublicIp assignPublicIp) {

    public static final int MAX_SUBNETS = 16;
    public static final int MAX_SECURITY_GROUPS = 5;

    public AwsVpcConfiguration {
        subnets = subnets == null ? List.empty() : subnets;
        securityGroups = securityGroups == null ? List.empty() : securityGroups;
        assignPublicIp = assignPublicIp == null ? AssignPublicIp.DISABLED : assignPublicIp;
    }

    public static AwsVpcConfiguration of(Iterable<String> subnets, Iterable<String> securityGroups, AssignPublicIp assignPublicIp) {
        return new AwsVpcConfiguration(List.ofAll(subnets), List.ofAll(securityGroups), assignPublicIp);
    }
}
