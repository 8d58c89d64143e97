package io.github.ghlplezi.testkit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derived state of the fake Plezi: smart lists re-evaluated when a contact changes (optionally after
 * a delay on the sandbox clock) and workflows triggered by entering a list. A contact enters a
 * workflow at most once: after it exits it never re-enters.
 */
public final class PleziAutomation implements PleziService.ChangeListener {

  /** One thing that happened to a contact. */
  public record Event(Instant at, String email, String kind, String targetId) {}

  /** A list and its rule; fieldKey null means static, formId set means "submitted form". */
  public static final class ListDef {
    public final String id;
    public final String name;
    public final String fieldKey;
    public final String value;
    public final String formId;
    public final Instant createdAt;
    public final Set<String> members = new LinkedHashSet<>();

    ListDef(String id, String name, String fieldKey, String value, String formId, Instant createdAt) {
      this.id = id;
      this.name = name;
      this.fieldKey = fieldKey;
      this.value = value;
      this.formId = formId;
      this.createdAt = createdAt;
    }

    public boolean smart() {
      return fieldKey != null || formId != null;
    }

    public String rule() {
      if (formId != null) {
        return "submitted form " + formId;
      }
      if (fieldKey == null) {
        return "static";
      }
      return value == null ? fieldKey + " is set" : fieldKey + " contains " + value;
    }
  }

  /** A workflow and who went through it. */
  public static final class WorkflowDef {
    public final String id;
    public final String name;
    public final String listId;
    public final String mode;
    public final Set<String> entered = new LinkedHashSet<>();
    public final Set<String> exited = new LinkedHashSet<>();

    WorkflowDef(String id, String name, String listId, String mode) {
      this.id = id;
      this.name = name;
      this.listId = listId;
      this.mode = mode;
    }
  }

  private record Pending(String email, Instant due) {}

  private final PleziService plezi;
  private final Clock clock;
  private final Map<String, ListDef> lists = new LinkedHashMap<>();
  private final Map<String, WorkflowDef> workflows = new LinkedHashMap<>();
  private final List<Event> events = new ArrayList<>();
  private final Deque<Pending> pending = new ArrayDeque<>();
  private volatile Duration delay = Duration.ZERO;

  public PleziAutomation(PleziService plezi, Clock clock) {
    this.plezi = plezi;
    this.clock = clock;
    for (SeedData.ContactList l : plezi.seed.plezi().lists()) {
      lists.put(l.id(), new ListDef(l.id(), l.name(), l.fieldKey(), l.value(), null, l.createdAt()));
    }
    String hiddenForm = plezi.seed.plezi().forms().get(0).formId();
    String formListId = plezi.ids.objectId(plezi.seed.plezi().forms().get(0).createdAt());
    lists.put(formListId, new ListDef(formListId, "Submitted the connector form", null, null, hiddenForm,
        plezi.seed.plezi().forms().get(0).createdAt()));
    for (SeedData.Workflow w : plezi.seed.plezi().workflows()) {
      workflows.put(w.id(), new WorkflowDef(w.id(), w.name(), w.listId(), w.mode()));
    }
    plezi.addListener(this);
  }

  public void setDelay(Duration delay) {
    this.delay = delay;
  }

  @Override
  public void changed(PleziService.Contact contact, Instant at) {
    if (delay.isZero()) {
      evaluate(contact, at);
    } else {
      pending.add(new Pending(contact.email, at.plus(delay)));
    }
  }

  /** Applies evaluations whose delay has passed. Caller holds the Plezi lock. */
  void catchUp() {
    Instant now = clock.instant();
    while (!pending.isEmpty() && !pending.peekFirst().due().isAfter(now)) {
      Pending p = pending.pollFirst();
      PleziService.Contact c = plezi.contacts.get(p.email());
      if (c != null) {
        evaluate(c, p.due());
      }
    }
  }

  private boolean matches(ListDef l, PleziService.Contact c) {
    if (l.formId != null) {
      return c.submittedForms.contains(l.formId);
    }
    if (l.fieldKey == null) {
      return l.members.contains(c.email);
    }
    List<String> values = c.fields.getOrDefault(l.fieldKey, List.of());
    return l.value == null ? !values.isEmpty() : values.contains(l.value);
  }

  private void evaluate(PleziService.Contact c, Instant at) {
    for (ListDef l : lists.values()) {
      if (!l.smart()) {
        continue;
      }
      boolean now = matches(l, c);
      boolean before = l.members.contains(c.email);
      if (now && !before) {
        enterList(l, c.email, at);
      } else if (!now && before) {
        l.members.remove(c.email);
        events.add(new Event(at, c.email, "LIST_EXITED", l.id));
      }
    }
  }

  private void enterList(ListDef l, String email, Instant at) {
    l.members.add(email);
    events.add(new Event(at, email, "LIST_ENTERED", l.id));
    for (WorkflowDef w : workflows.values()) {
      if (!w.listId.equals(l.id) || "current".equals(w.mode) || w.entered.contains(email)) {
        continue;
      }
      w.entered.add(email);
      events.add(new Event(at, email, "WORKFLOW_ENTERED", w.id));
    }
  }

  // ------------------------------------------------------------------ Java API (caller holds the lock)

  public Map<String, ListDef> lists() {
    catchUp();
    return lists;
  }

  public Map<String, WorkflowDef> workflows() {
    catchUp();
    return workflows;
  }

  public List<Event> events() {
    catchUp();
    return List.copyOf(events);
  }

  /** Adds a contact to a static list (as a CSV import would). */
  public void importIntoStaticList(String listId, String email) {
    ListDef l = lists.get(listId);
    if (l == null || l.smart()) {
      throw new IllegalArgumentException("not a static list: " + listId);
    }
    if (!l.members.contains(email)) {
      enterList(l, email, clock.instant());
    }
  }

  /** The contact passes the workflow's exit node: it will never re-enter. */
  public void exitWorkflow(String workflowId, String email) {
    WorkflowDef w = workflows.get(workflowId);
    if (w == null) {
      throw new IllegalArgumentException("unknown workflow: " + workflowId);
    }
    if (!w.entered.contains(email)) {
      throw new IllegalStateException(email + " is not in workflow " + workflowId);
    }
    if (w.exited.add(email)) {
      events.add(new Event(clock.instant(), email, "WORKFLOW_EXITED", w.id));
    }
  }

  public Map<String, Object> inspectContact(PleziService.Contact c) {
    catchUp();
    List<String> inLists = new ArrayList<>();
    lists.values().forEach(l -> {
      if (l.members.contains(c.email)) {
        inLists.add(l.id);
      }
    });
    List<Map<String, Object>> inWorkflows = new ArrayList<>();
    workflows.values().forEach(w -> {
      if (w.entered.contains(c.email)) {
        inWorkflows.add(Json.obj("id", w.id, "name", w.name, "exited", w.exited.contains(c.email)));
      }
    });
    List<Map<String, Object>> history = new ArrayList<>();
    for (Event e : events) {
      if (e.email().equals(c.email)) {
        history.add(Json.obj("at", Iso.format(e.at()), "kind", e.kind(), "id", e.targetId()));
      }
    }
    return Json.obj("email", c.email, "id", c.id, "fields", c.fields, "submittedForms", c.submittedForms,
        "writes", c.writes, "lists", inLists, "workflows", inWorkflows, "events", history);
  }
}
