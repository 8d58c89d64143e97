package io.github.ghlplezi.ghl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.ghl.internal.OAuthApi;
import io.github.ghlplezi.ghl.internal.SocialPlannerApi;
import io.github.ghlplezi.ghl.support.SpecFiles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every operationId of both specification files maps to a public client method and a Retrofit method. */
class SpecCoverageTest {

  static Set<String> annotated(Class<?>... types) {
    Set<String> ids = new TreeSet<>();
    for (Class<?> type : types) {
      for (Method m : type.getDeclaredMethods()) {
        GhlOperation op = m.getAnnotation(GhlOperation.class);
        if (op != null && (type.isInterface() || Modifier.isPublic(m.getModifiers()))) {
          ids.add(op.value());
        }
      }
    }
    return ids;
  }

  @Test
  void every_operation_id_of_both_specifications_has_a_public_client_method() {
    Path dir = SpecFiles.requireDir();
    Set<String> spec = new LinkedHashSet<>(SpecFiles.operationIds(dir.resolve(SpecFiles.SOCIAL_PLANNER)));
    assertEquals(40, spec.size(), "Social Planner operations in the spec");
    Set<String> oauth = SpecFiles.operationIds(dir.resolve(SpecFiles.OAUTH));
    assertEquals(3, oauth.size(), "OAuth operations in the spec");
    spec.addAll(oauth);

    Set<String> publicMethods = annotated(TagService.class, PostService.class, AccountService.class,
        StatisticsService.class, CategoryService.class, CsvService.class, OAuthClient.class);
    SocialPlanner planner = GhlClient.builder().tokenSource(TokenSource.privateIntegrationToken("pit"))
        .build().socialPlanner("loc1");
    planner.connectors().forEach(c -> publicMethods.addAll(c.operations()));
    Set<String> missing = new TreeSet<>(spec);
    missing.removeAll(publicMethods);
    Set<String> unknown = new TreeSet<>(publicMethods);
    unknown.removeAll(spec);

    assertEquals(Set.of(), missing, "operations without a public method");
    assertEquals(Set.of(), unknown, "methods naming operations the spec does not have");
    System.out.println("ghl-client spec coverage: " + (spec.size() - missing.size()) + "/" + spec.size() + " operations");
  }

  @Test
  void every_operation_id_has_exactly_one_retrofit_method() {
    Path dir = SpecFiles.requireDir();
    Set<String> spec = new TreeSet<>(SpecFiles.operationIds(dir.resolve(SpecFiles.SOCIAL_PLANNER)));
    spec.addAll(SpecFiles.operationIds(dir.resolve(SpecFiles.OAUTH)));
    int methods = 0;
    for (Class<?> api : new Class<?>[] {SocialPlannerApi.class, OAuthApi.class}) {
      for (Method m : api.getDeclaredMethods()) {
        assertTrue(m.isAnnotationPresent(GhlOperation.class), m + " names no operation");
        methods++;
      }
    }
    assertEquals(spec, annotated(SocialPlannerApi.class, OAuthApi.class));
    assertEquals(43, methods);
  }
}
