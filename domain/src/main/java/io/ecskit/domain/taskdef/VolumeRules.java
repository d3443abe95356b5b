package io.ecskit.domain.taskdef;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.vavr.collection.Seq;

import static io.ecskit.domain.taskdef.Rule.when;

/** Task volumes and the containers' mount points that name them (RegisterTaskDefinition). */
final class VolumeRules {

    private VolumeRules() {
    }

    /** Up to 255 letters, digits, hyphens and underscores [Volume API reference], each name once. */
    static Seq<Violation> volumeNames(TaskDefinition td) {
        return td.volumes().zipWithIndex().flatMap(vi -> {
            String at = "volumes[" + vi._2 + "].name";
            String name = vi._1.name().getOrElse("");
            Seq<Violation> format = when(!name.isEmpty() && !TaskRules.NAME.matcher(name).matches(),
                    () -> EcsRule.VOLUME_NAME_FORMAT.at(at));
            Seq<Violation> unique = when(!name.isEmpty()
                            && td.volumes().take(vi._2).exists(earlier -> earlier.name().contains(name)),
                    () -> EcsRule.VOLUME_NAMES_UNIQUE.at(at, name));
            return format.appendAll(unique);
        });
    }

    /**
     * Each mount point names a volume of the task (MOUNT_POINT_VOLUME_EXISTS); a mount point without sourceVolume is
     * refused as naming volume 'null', as ECS does (blinkist/terraform-aws-airship-ecs-service#46).
     */
    static Seq<Violation> mountPointVolumeExists(TaskDefinition td, String path, ContainerDefinition c) {
        Seq<String> volumes = td.volumes().flatMap(Volume::name);
        return c.mountPoints().zipWithIndex().flatMap(mi -> {
            String source = mi._1.sourceVolume().getOrElse("null");
            return when(!volumes.contains(source),
                    () -> EcsRule.MOUNT_POINT_VOLUME_EXISTS.at(path + ".mountPoints[" + mi._2 + "].sourceVolume", source));
        });
    }
}
