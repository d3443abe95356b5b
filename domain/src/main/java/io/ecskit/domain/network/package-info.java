/**
 * EC2 networking as far as ECS workloads use it (issue 25 item 2): VPCs, subnets in Availability Zones and security
 * groups, the IPv4 blocks they span, and EC2's filters. The records' members are EC2's (botocore's EC2 model, written by
 * {@code tools/records-from-model.py}); ECS refuses a task or service whose subnets or groups EC2 does not know.
 */
package io.ecskit.domain.network;
