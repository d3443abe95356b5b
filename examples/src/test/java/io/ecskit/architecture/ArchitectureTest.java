package io.ecskit.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module boundaries of ecskit, checked on the production classes of every module (examples
 * depends on all of them). failOnEmptyShould stays on, so a mistyped package fails the build
 * instead of passing on no classes.
 */
@AnalyzeClasses(packages = "io.ecskit", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** adapter-aws's test harness reaches this module as a test jar: test code, not a module's classes. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }

    /** A value type read from text has both ways in: {@code parse} answering every problem, {@code of} for a literal. */
    @ArchTest
    static final ArchRule value_types_with_parse_have_of = classes()
            .that().resideInAPackage("io.ecskit.domain..").and().areRecords()
            .and(new com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>("have parse(String)") {
                @Override
                public boolean test(com.tngtech.archunit.core.domain.JavaClass c) {
                    return c.tryGetMethod("parse", String.class).isPresent();
                }
            })
            .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>("have a static of(String)") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass c, com.tngtech.archunit.lang.ConditionEvents events) {
                    boolean has = c.tryGetMethod("of", String.class).filter(m -> m.getModifiers()
                            .contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)).isPresent();
                    if (!has) {
                        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(c, c.getName() + " has parse(String) but no of(String)"));
                    }
                }
            });

    @ArchTest
    static final ArchRule domain_imports_only_java_and_vavr = classes()
            .that().resideInAPackage("io.ecskit.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "io.ecskit.domain..", "org.immutables..")
            .because("the domain is records and rules, nothing else; Immutables generates the records' builders at "
                    + "compile time, and its annotations (provided scope) are not needed at run time");

    /** Dagger writes {@code *_Factory} classes into the package of each @Inject class it wires. */
    private static final String DAGGER_GENERATED = "dagger.internal.DaggerGenerated";

    @ArchTest
    static final ArchRule ports_use_only_domain_vavr_and_jakarta_inject = classes()
            .that().resideInAnyPackage("io.ecskit.port..", "io.ecskit.usecase..")
            .and().areNotAnnotatedWith(DAGGER_GENERATED)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "io.vavr..", "jakarta.inject..", "io.ecskit.domain..", "io.ecskit.port..",
                    "io.ecskit.usecase..")
            .because("use cases are written only against the domain and the driven ports");

    @ArchTest
    static final ArchRule aws_sdk_only_where_aws_is_spoken = noClasses()
            .that().resideOutsideOfPackages("io.ecskit.adapter.aws..", "io.ecskit.adapter.server..", "io.ecskit.mapping..", "io.ecskit.json..",
                    "io.ecskit.compat..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon..")
            .because("AWS SDK types live in the AWS adapter, the AWS-protocol server and the one SDK <-> domain mapping (aws-mapping, and json on it), "
                    + "and the compatibility kit's EndpointBackend (ECR PutImage to seed images at any endpoint); "
                    + "the domain, ports, in-memory backend and CLI never see them");

    @ArchTest
    static final ArchRule jib_only_in_adapter_aws = noClasses()
            .that().resideOutsideOfPackage("io.ecskit.adapter.aws..")
            .should().dependOnClassesThat().resideInAPackage("com.google.cloud.tools.jib..");

    @ArchTest
    static final ArchRule no_dagger_in_domain_or_ports = noClasses()
            .that().resideInAnyPackage("io.ecskit.domain..", "io.ecskit.port..", "io.ecskit.usecase..")
            .and().areNotAnnotatedWith(DAGGER_GENERATED)
            .should().dependOnClassesThat().resideInAnyPackage("dagger..", "javax.inject..");

    @ArchTest
    static final ArchRule jackson_only_in_json = noClasses()
            .that().resideOutsideOfPackages("io.ecskit.json..", "io.ecskit.adapter.inmemory..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("ecskit's JSON format is one module's concern and the domain never sees Jackson; the in-memory adapter "
                    + "reads the JSON documents ECR and CloudWatch Logs themselves interpret (manifests, policies, JSON filter patterns) with it");

    @ArchTest
    static final ArchRule wiring_is_only_dagger_over_ports = classes()
            .that().resideInAPackage("io.ecskit.wiring..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "dagger..", "jakarta.inject..", "io.vavr..", "org.slf4j..", "io.ecskit.domain..", "io.ecskit.port..",
                    "io.ecskit.usecase..", "io.ecskit.wiring..")
            .because("the shared use-case bindings and the kit written once over them know ports and Dagger, never an adapter");

    @ArchTest
    static final ArchRule adapters_never_import_each_other = slices()
            .matching("io.ecskit.adapter.(*)..")
            .should().notDependOnEachOther()
            .because("each adapter implements the ports on its own; only the cli and examples know both");

    @ArchTest
    static final ArchRule inner_layers_do_not_know_adapters_or_cli = noClasses()
            .that().resideInAnyPackage("io.ecskit.domain..", "io.ecskit.port..", "io.ecskit.usecase..", "io.ecskit.json..",
                    "io.ecskit.mapping..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.ecskit.adapter..", "io.ecskit.cli..", "io.ecskit.examples..", "io.ecskit.contract..");

    @ArchTest
    static final ArchRule contract_suites_know_only_ports_and_junit = classes()
            .that().resideInAPackage("io.ecskit.contract..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "io.vavr..", "org.junit..", "org.opentest4j..", "org.assertj..", "io.ecskit.domain..",
                    "io.ecskit.port..", "io.ecskit.contract..")
            .because("the suites are written against the ports; a backend (in-memory, AWS at an endpoint) comes from outside");

    @ArchTest
    static final ArchRule no_package_cycles = slices()
            .matching("io.ecskit.(**)")
            .should().beFreeOfCycles();
}
