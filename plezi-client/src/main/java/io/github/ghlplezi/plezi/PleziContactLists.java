package io.github.ghlplezi.plezi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ghlplezi.plezi.internal.LegacyApi;
import io.github.ghlplezi.plezi.internal.Resources;
import io.github.ghlplezi.plezi.model.ContactList;
import java.util.ArrayList;
import java.util.List;

/**
 * Contact lists of the legacy API, read-only: Plezi offers no way to create lists or change their
 * members through the API (smart lists follow contact fields; static lists come from imports).
 * Obtained from {@link PleziClient#contactLists()}; thread-safe.
 */
public final class PleziContactLists {

  private final LegacyApi api;
  private final Exchange exchange;
  private final LegacyPaths paths;

  PleziContactLists(LegacyApi api, Exchange exchange, LegacyPaths paths) {
    this.api = api;
    this.exchange = exchange;
    this.paths = paths;
  }

  /**
   * Reads every contact list: {@code GET contact_lists} (path configurable).
   *
   * @return the lists, in the order Plezi gives them
   * @throws PleziApiException when Plezi refuses the request or answers with no list collection
   */
  public List<ContactList> list() {
    Exchange.Reply reply = exchange.execute(api.list(paths.contactLists()), "contact-list listing");
    JsonNode json = reply.json(exchange.mapper(), "contact-list listing");
    if (!Resources.isCollection(json, "contact_lists")) {
      throw new PleziApiException("Plezi contact-list listing returned HTTP " + reply.status()
          + " without a list collection", reply.status(), null, reply.requestId(), List.of(), null);
    }
    List<ContactList> lists = new ArrayList<>();
    for (ObjectNode item : Resources.items(json, "contact_lists")) {
      Resources.contactList(item).ifPresent(lists::add);
    }
    return List.copyOf(lists);
  }
}
