package io.ecskit.usecase;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceDefaults;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.taskdef.TaskDefinitionDiff;
import io.ecskit.domain.taskdef.TaskDefinitionDiff.Change;
import io.ecskit.port.in.DiffTaskDefinition;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Set;

/**
 * The settings a deploy asks for that differ from the live service: what UpdateService is sent
 * (nothing at all when nothing differs) and what a diff shows, from one comparison so the two
 * never disagree. Every UpdateService member is compared by name between the desired
 * CreateService settings and the described service, after {@link ServiceDefaults} filled in what
 * ECS fills in; a member the settings leave out is kept as it is.
 */
record ServiceChanges(ServiceUpdate update, Seq<Change> fields) {

    /** UpdateService members that are not settings compared here. */
    private static final Set<String> NOT_SETTINGS = Set.of("cluster", "service", "taskDefinition", "forceNewDeployment");

    static ServiceChanges between(Service live, ServiceSpec desired, ClusterName cluster, ServiceName name) {
        RecordComponent[] members = ServiceUpdate.class.getRecordComponents();
        Object[] values = new Object[members.length];
        List<Change> changes = List.empty();
        for (int i = 0; i < members.length; i++) {
            String member = members[i].getName();
            values[i] = Option.none();
            if (NOT_SETTINGS.contains(member)) {
                continue;
            }
            Option<Object> wanted = read(desired, member);
            if (wanted.isEmpty() || !given(wanted.get())) {
                continue;
            }
            Object want = ServiceDefaults.normalized(member, wanted.get());
            Object have = ServiceDefaults.normalized(member, read(live, member).getOrNull());
            if (!java.util.Objects.equals(want, have)) {
                values[i] = Option.of(wanted.get() instanceof Option<?> o ? o.get() : wanted.get());
                changes = changes.appendAll(TaskDefinitionDiff.walk(DiffTaskDefinition.SERVICE + member, have, want));
            }
        }
        values[index(members, "cluster")] = Option.of(cluster);
        values[index(members, "service")] = name;
        return new ServiceChanges(construct(values), changes);
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    private static boolean given(Object value) {
        return value instanceof Option<?> o ? o.isDefined() : !(value instanceof Seq<?> s && s.isEmpty());
    }

    private static Option<Object> read(Object record, String member) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(member)) {
                try {
                    return Option.of(c.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + member, e);
                }
            }
        }
        return Option.none();
    }

    private static int index(RecordComponent[] members, String name) {
        for (int i = 0; i < members.length; i++) {
            if (members[i].getName().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("UpdateService has no member " + name);
    }

    private static ServiceUpdate construct(Object[] values) {
        try {
            Class<?>[] types = List.of(ServiceUpdate.class.getRecordComponents()).map(RecordComponent::getType).toJavaArray(Class[]::new);
            Constructor<ServiceUpdate> canonical = ServiceUpdate.class.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record has its canonical constructor", e);
        }
    }
}
