package io.github.ghlplezi.sync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The clients' {@code internal} packages are public only because Java needs it across their own
 * packages; they are not API (docs/VERSIONING.md). sync-core is the first consumer and must hold
 * to that, or the clients could never change their internals.
 */
class InternalPackagesTest {

  private static final JavaClasses SYNC_CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.ghlplezi.sync");

  @Test
  void sync_core_uses_only_the_published_api_of_the_clients() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "io.github.ghlplezi.ghl.internal..", "io.github.ghlplezi.plezi.internal..", "io.github.ghlplezi.http.internal..")
        .because("the clients' internal packages may change in any release")
        .check(SYNC_CORE);
  }
}
