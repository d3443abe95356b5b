package io.ecskit.domain;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.service.ServiceConnectClientAlias;
import io.ecskit.domain.service.ServiceConnectConfiguration;
import io.ecskit.domain.service.ServiceConnectService;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.TimeoutConfiguration;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ECS API model's min/max/pattern on members ecskit sends (ModelRules; docs/ecs-rules.md, "Model constraints"). */
class ModelRulesTest {

    private static CapacityProviderStrategyItem item(Integer weight, Integer base) {
        return CapacityProviderStrategyItem.builder().capacityProvider("FARGATE").weight(Option.of(weight)).base(Option.of(base)).build();
    }

    @Test
    void capacityProviderWeightRange_0to1000_andBaseRange_0to100000_inAwsWords_withTheWirePath() {
        var broken = ModelRules.capacityProviderStrategy("capacityProviderStrategy",
                List.of(item(1, 0), item(1001, 100_001), item(-1, -1)));

        assertThat(broken.map(Violation::path)).containsExactly("capacityProviderStrategy[1].weight",
                "capacityProviderStrategy[1].base", "capacityProviderStrategy[2].weight", "capacityProviderStrategy[2].base");
        assertThat(broken.head().message()).isEqualTo("1 validation error detected: Value '1001' at "
                + "'capacityProviderStrategy.2.member.weight' failed to satisfy constraint: Member must have value less than or equal to 1000");
        assertThat(broken.get(3).message()).endsWith("'capacityProviderStrategy.3.member.base' failed to satisfy constraint: "
                + "Member must have value greater than or equal to 0");
        assertThat(broken.map(v -> v.rule().get())).containsExactly(EcsRule.CAPACITY_PROVIDER_WEIGHT_RANGE,
                EcsRule.CAPACITY_PROVIDER_BASE_RANGE, EcsRule.CAPACITY_PROVIDER_WEIGHT_RANGE, EcsRule.CAPACITY_PROVIDER_BASE_RANGE);
        assertThat(broken.map(Violation::kind)).containsOnly(ErrorKind.INVALID_PARAMETER_EXCEPTION);
        assertThat(ModelRules.capacityProviderStrategy("c", List.of(item(0, 0), item(1000, 100_000)))).isEmpty();
    }

    @Test
    void serviceConnectPortRange_andTimeoutRange() {
        ServiceConnectService service = ServiceConnectService.builder().portName("http")
                .clientAliases(List.of(ServiceConnectClientAlias.builder().port(70_000).build()))
                .ingressPortOverride(-1)
                .timeout(TimeoutConfiguration.builder().idleTimeoutSeconds(-5).perRequestTimeoutSeconds(0).build()).build();
        ServiceConnectConfiguration sc = ServiceConnectConfiguration.builder().enabled(true).services(List.of(service)).build();

        var broken = io.ecskit.domain.service.ServiceRules.serviceConnect("serviceConnectConfiguration", Option.of(sc));

        assertThat(broken.map(Violation::path)).containsExactly("serviceConnectConfiguration.services[0].clientAliases[0].port",
                "serviceConnectConfiguration.services[0].ingressPortOverride", "serviceConnectConfiguration.services[0].timeout.idleTimeoutSeconds");
        assertThat(broken.head().message()).contains("Value '70000' at 'serviceConnectConfiguration.services.1.member.clientAliases.1.member.port'")
                .endsWith("Member must have value less than or equal to 65535");
        assertThat(broken.last().rule()).contains(EcsRule.SERVICE_CONNECT_TIMEOUT_RANGE);
    }

    @Test
    void tagCharacters_lettersDigitsSpacesAndSomePunctuation_inAnyScript() {
        assertThat(ModelRules.tags("tags", List.of(Tag.of("team name", "Zürich café_1:/=+-@."), Tag.of("环境", "生产")))).isEmpty();

        var broken = ModelRules.tags("tags", List.of(Tag.of("ok", "fine"), Tag.of("owner!", "a#b")));

        assertThat(broken.map(Violation::path)).containsExactly("tags[1].key", "tags[1].value");
        assertThat(broken.head().message()).isEqualTo("1 validation error detected: Value 'owner!' at 'tags.2.member.key' failed to "
                + "satisfy constraint: Member must satisfy regular expression pattern: ([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)");
    }

    @Test
    void createService_collectsEveryModelProblem_andServiceRulesIncludeThem() {
        ServiceSpec spec = ServiceSpec.builder().cluster(new ClusterName("apps")).serviceName("web")
                .capacityProviderStrategy(List.of(item(2000, 0))).tags(List.of(Tag.of("a*", "b"))).build();

        assertThat(io.ecskit.domain.service.ServiceRules.model(spec).map(v -> v.rule().get().id()))
                .containsExactly("capacityProviderWeightRange", "tagCharacters");
    }
}
