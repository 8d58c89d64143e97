package io.github.ghlplezi.plezi;

import io.github.ghlplezi.http.RequestMetadata;
import io.github.ghlplezi.plezi.internal.LegacyApi;
import io.github.ghlplezi.plezi.internal.Resources;
import io.github.ghlplezi.plezi.internal.Wire;
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

  private static final String OPERATION = "contact-list listing";

  private final LegacyApi api;
  private final Exchange exchange;
  private final PleziProtocol settings;
  private final RequestMetadata listMeta;

  PleziContactLists(LegacyApi api, Exchange exchange, String basePath) {
    this.api = api;
    this.exchange = exchange;
    this.settings = exchange.settings();
    this.listMeta = new RequestMetadata("plezi.contactLists.list",
        basePath + settings.contactListsPath(), null, true);
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
    PleziContacts.checkPage(pageSize, 0);
    return OffsetPaging.stream(OPERATION, pageSize, settings.listingPaging(), this::page,
        ContactList::id);
  }

  private OffsetPaging.Page<ContactList> page(int limit, int offset) {
    Exchange.Reply<Wire.Listing> reply = exchange.execute(OffsetPaging.call(api,
        settings.listingPaging(), settings.contactListsPath(), limit, offset, OPERATION, listMeta),
        OPERATION);
    List<ContactList> lists = new ArrayList<>();
    for (Wire.Resource item : PleziContacts.collection(reply, OPERATION, "list")) {
      Resources.contactList(item).ifPresent(lists::add);
    }
    return new OffsetPaging.Page<>(lists, Resources.total(reply.value()));
  }
}
