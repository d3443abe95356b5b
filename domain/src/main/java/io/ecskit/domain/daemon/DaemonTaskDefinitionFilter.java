package io.ecskit.domain.daemon;

import io.vavr.control.Option;

/**
 * Which daemon task definitions ListDaemonTaskDefinitions answers. Source: ECS API reference (ListDaemonTaskDefinitions).
 *
 * @param familyPrefix Families beginning with this.
 * @param family Exactly this family.
 * @param lastRegisteredOnly Only each family's last registered revision ({@code revision: LAST_REGISTERED}).
 * @param status ACTIVE (the default), DELETE_IN_PROGRESS, or none for ALL.
 * @param descending Newest first ({@code sort: DESC}); by family, then revision, ascending by default.
 */
public record DaemonTaskDefinitionFilter(Option<String> familyPrefix, Option<String> family, boolean lastRegisteredOnly,
                                         Option<DaemonTaskDefinitionStatus> status, boolean descending) {

    /** ECS's defaults: every family, every ACTIVE revision, ascending. */
    public static DaemonTaskDefinitionFilter active() {
        return new DaemonTaskDefinitionFilter(Option.none(), Option.none(), false, Option.some(DaemonTaskDefinitionStatus.ACTIVE), false);
    }
}
