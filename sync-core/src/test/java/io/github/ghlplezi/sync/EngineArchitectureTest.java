package io.github.ghlplezi.sync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The engine's layout, stated once: data flows trigger (run) → fetch → transform (tags, stats; pure) →
 * deliver → record (ledger, events, store), never backwards; the transform does no I/O; only the two
 * adapters (and the statistics fetch adapter) touch the vendor clients; engine packages stay out of the http and token internals.
 */
class EngineArchitectureTest {

  private static final JavaClasses ENGINE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.ghlplezi.sync");

  private static final String[] ENGINE_PACKAGES = {"..sync.run..", "..sync.fetch..", "..sync.tags..",
      "..sync.deliver..", "..sync.ledger..", "..sync.events..", "..sync.store..", "..sync.stats.."};

  @Test
  void data_flows_one_way_from_trigger_to_record() {
    ArchRule flow = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("trigger").definedBy("..sync.run..")
        .layer("fetch").definedBy("..sync.fetch..")
        .layer("transform").definedBy("..sync.tags..", "..sync.stats..")
        .layer("deliver").definedBy("..sync.deliver..")
        .layer("record").definedBy("..sync.ledger..", "..sync.events..", "..sync.store..")
        .whereLayer("trigger").mayNotBeAccessedByAnyLayer()
        .whereLayer("fetch").mayOnlyBeAccessedByLayers("trigger", "transform")
        .whereLayer("transform").mayOnlyBeAccessedByLayers("trigger", "record")
        .whereLayer("deliver").mayOnlyBeAccessedByLayers("trigger", "record")
        .whereLayer("record").mayOnlyBeAccessedByLayers("trigger");
    flow.check(ENGINE);
  }

  @Test
  void the_transform_is_pure_no_io_no_clients_no_store() {
    noClasses().that().resideInAnyPackage("..sync.tags..", "..sync.stats..")
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.net..", "java.nio.file..", "java.sql..",
            "javax.sql..", "okhttp3..", "io.github.ghlplezi.ghl..", "io.github.ghlplezi.plezi..",
            "io.github.ghlplezi.sync.http..", "io.github.ghlplezi.sync.token..", "org.slf4j..")
        .check(ENGINE);
  }

  @Test
  void only_the_two_adapters_call_the_vendor_clients() {
    noClasses().that().resideInAnyPackage(ENGINE_PACKAGES)
        .and().doNotHaveFullyQualifiedName("io.github.ghlplezi.sync.fetch.GhlTagSource")
        .and().doNotHaveFullyQualifiedName("io.github.ghlplezi.sync.fetch.GhlStatisticsSource")
        .and().doNotHaveFullyQualifiedName("io.github.ghlplezi.sync.deliver.PleziContactSink")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.ghlplezi.ghl..", "io.github.ghlplezi.plezi..")
        .check(ENGINE);
  }

  @Test
  void engine_packages_stay_out_of_http_and_token_internals() {
    noClasses().that().resideInAnyPackage(ENGINE_PACKAGES)
        .should().dependOnClassesThat().resideInAnyPackage("..sync.http.internal..", "..sync.token..")
        .check(ENGINE);
  }
}
