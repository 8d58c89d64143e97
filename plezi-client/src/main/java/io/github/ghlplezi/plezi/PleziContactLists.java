package io.github.ghlplezi.plezi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ghlplezi.plezi.internal.LegacyApi;
import io.github.ghlplezi.plezi.internal.PageCheck;
import io.github.ghlplezi.plezi.internal.RequestValidator;
import io.github.ghlplezi.plezi.internal.Resources;
import io.github.ghlplezi.plezi.model.ContactList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Contact lists of the legacy API, read-only: Plezi offers no way to create lists or change their
 * members through the API (smart lists follow contact fields; static lists come from imports).
 * Obtained from {@link PleziClient#contactLists()}; thread-safe.
 */
public final class PleziContactLists {

  private final LegacyApi api;
  private final Exchange exchange;
  private final LegacyPaths paths;
  private final ListingPaging paging;

  PleziContactLists(LegacyApi api, Exchange exchange, LegacyPaths paths, ListingPaging paging) {
    this.paging = paging;
    this.api = api;
    this.exchange = exchange;
    this.paths = paths;
  }

  /**
   * Reads every contact list: {@code GET contact_lists?limit=100&offset=...} (path configurable),
   * following pages as {@link PleziContacts#stream(int)} does. A server that ignores the paging
   * parameters and answers with all lists at once is read correctly too.
   *
   * @return the lists, in the order Plezi gives them
   * @throws PleziApiException when Plezi refuses the request or answers with no list collection
   */
  public List<ContactList> list() {
    try (Stream<ContactList> all = stream(100)) {
      return all.collect(Collectors.toUnmodifiableList());
    }
  }

  /**
   * Every contact list, fetched lazily page by page.
   *
   * @param pageSize the lists per request, 1 to 1000
   * @return the lists
   * @throws PleziRequestInvalidException for a page size out of range, before any call
   */
  public Stream<ContactList> stream(int pageSize) {
    List<PleziRequestInvalidException.Violation> violations =
        RequestValidator.validate(new PageCheck(pageSize, 0));
    if (!violations.isEmpty()) {
      throw new PleziRequestInvalidException("contact-list listing", violations);
    }
    return OffsetPaging.stream("contact-list listing", pageSize, paging, this::page,
        ContactList::id);
  }

  private OffsetPaging.Page<ContactList> page(int limit, int offset) {
    String op = "contact-list listing";
    Exchange.Reply reply = exchange.execute(
        OffsetPaging.call(api, paging, paths.contactLists(), limit, offset, op), op);
    JsonNode json = reply.json(exchange.mapper(), op);
    if (!Resources.isCollection(json, "contact_lists")) {
      throw new PleziApiException("Plezi " + op + " returned HTTP " + reply.status()
          + " without a list collection", reply.status(), null, reply.requestId(), List.of(), null);
    }
    List<ContactList> lists = new ArrayList<>();
    for (ObjectNode item : Resources.items(json, "contact_lists")) {
      Resources.contactList(item).ifPresent(lists::add);
    }
    return new OffsetPaging.Page<>(lists, Resources.total(json));
  }
}
