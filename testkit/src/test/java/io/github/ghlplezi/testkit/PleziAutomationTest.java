package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PleziAutomationTest {
  private Sandbox sandbox;
  private FakePlezi plezi;
  private Http http;
  private PleziList springList;
  private PleziWorkflow springWorkflow;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
    plezi = sandbox.plezi();
    http = PleziWebformTest.legacy(sandbox);
    springList = plezi.list("Spring Sale followers").orElseThrow();
    springWorkflow = plezi.workflow("Spring Sale nurture").orElseThrow();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private void submit(String email, String tags, boolean keep) {
    Http.Response r = http.get("create_contact_after_webform?form_id=" + plezi.formId() + "&email=" + Http.enc(email)
        + "&plz_social_tags=" + Http.enc(tags) + "&keep_multiple_select_values=" + keep);
    assertTrue(r.status() == 200 || r.status() == 201, r.toString());
  }

  @Test
  void seeds_smart_lists_and_a_workflow_on_the_tag_field() {
    assertTrue(springList.smart());
    assertEquals("plz_social_tags contains spring-sale", springList.rule());
    assertEquals(springList.id(), springWorkflow.listId());
    assertEquals("next", springWorkflow.mode());
    assertTrue(plezi.lists().stream().anyMatch(l -> !l.smart()), "a static list exists");
  }

  @Test
  void a_contact_enters_the_smart_list_and_its_workflow_when_the_field_changes() {
    submit("x@example.com", "new-product", false);
    assertFalse(plezi.listMembers(springList.id()).contains("x@example.com"));
    submit("x@example.com", "spring-sale", true);
    assertTrue(plezi.listMembers(springList.id()).contains("x@example.com"));
    assertTrue(plezi.hasEnteredWorkflow("x@example.com", springWorkflow.id()));
  }

  @Test
  void leaving_the_list_removes_membership_and_re_entering_does_not_restart_the_workflow() {
    submit("y@example.com", "spring-sale", false);
    submit("y@example.com", "new-product", false);
    assertFalse(plezi.listMembers(springList.id()).contains("y@example.com"));
    plezi.exitWorkflow(springWorkflow.id(), "y@example.com");
    submit("y@example.com", "spring-sale", false);
    assertTrue(plezi.listMembers(springList.id()).contains("y@example.com"));
    assertEquals(List.of("y@example.com"), plezi.workflowEntrants(springWorkflow.id()), "entered exactly once");
  }

  @Test
  void smart_lists_see_changes_only_after_the_configured_delay() {
    plezi.setSmartListDelay(Duration.ofMinutes(15));
    submit("d@example.com", "spring-sale", false);
    assertFalse(plezi.listMembers(springList.id()).contains("d@example.com"));
    sandbox.clock().advance(Duration.ofMinutes(15));
    assertTrue(plezi.listMembers(springList.id()).contains("d@example.com"));
    assertTrue(plezi.hasEnteredWorkflow("d@example.com", springWorkflow.id()));
  }

  @Test
  void a_form_submission_list_picks_up_webform_contacts_but_not_post_contacts() {
    PleziList formList = plezi.list("Submitted the connector form").orElseThrow();
    submit("f@example.com", "new-product", false);
    Http.Response created = http.postForm("contacts", java.util.Map.of("email", "g@example.com"));
    // Without these, a refused POST would make the exclusion below automatic.
    assertTrue(created.status() == 200 || created.status() == 201, created.toString());
    assertTrue(plezi.contact("g@example.com").isPresent(), "the POSTed contact exists");
    assertEquals(List.of("f@example.com"), plezi.listMembers(formList.id()));
  }

  @Test
  void a_static_list_changes_only_by_import() {
    PleziList imported = plezi.lists().stream().filter(l -> !l.smart()).findFirst().orElseThrow();
    submit("s@example.com", "spring-sale", false);
    assertFalse(plezi.listMembers(imported.id()).contains("s@example.com"));
    plezi.importIntoStaticList(imported.id(), "s@example.com");
    assertTrue(plezi.listMembers(imported.id()).contains("s@example.com"));
  }

  @Test
  void the_inspection_endpoint_shows_lists_workflows_and_history_of_a_contact() {
    submit("i@example.com", "spring-sale", false);
    Http.Response r = Http.at(plezi.inspectionBaseUrl()).get("contacts/i%40example.com");
    assertEquals(200, r.status(), r.body());
    JsonNode body = r.json();
    assertEquals("i@example.com", body.get("email").asText());
    boolean inList = false;
    for (JsonNode id : body.get("lists")) {
      inList |= id.asText().equals(springList.id());
    }
    assertTrue(inList);
    assertEquals(springWorkflow.id(), body.at("/workflows/0/id").asText());
    assertEquals("LIST_ENTERED", body.at("/events/0/kind").asText());
    assertEquals(200, Http.at(plezi.inspectionBaseUrl()).get("workflows").status());
    assertEquals(200, Http.at(plezi.inspectionBaseUrl()).get("lists").status());
    assertEquals(200, Http.at(plezi.inspectionBaseUrl()).get("fields").status());
    assertEquals(404, Http.at(plezi.inspectionBaseUrl()).get("contacts/nobody%40example.com").status());
  }
}
