package io.github.ghlplezi.plezi;

import io.github.ghlplezi.http.RequestMetadata;
import io.github.ghlplezi.plezi.internal.BrainApi;
import io.github.ghlplezi.plezi.internal.Checks;
import io.github.ghlplezi.plezi.internal.Paging;
import io.github.ghlplezi.plezi.internal.Resources;
import io.github.ghlplezi.plezi.internal.Wire;
import io.github.ghlplezi.plezi.model.ContentWebForm;
import io.github.ghlplezi.plezi.model.ContentWebFormPage;
import io.github.ghlplezi.plezi.model.ContentWebFormQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Published forms of the brain API ({@code content_web_forms}), signed with the brain keys. Obtained
 * from {@link PleziClient#forms()}; thread-safe. Use a form's id as the {@code contentWebFormId} of a
 * web-form upsert.
 */
public final class PleziForms {

  private static final String OPERATION = "content web form listing";

  private final BrainApi signed;
  private final Exchange exchange;
  private final RequestMetadata listMeta;

  PleziForms(BrainApi signed, Exchange exchange, String basePath) {
    this.signed = signed;
    this.exchange = exchange;
    this.listMeta = new RequestMetadata("plezi.forms.list", basePath + "content_web_forms", null,
        true);
  }

  /**
   * Reads one page of published forms: signed
   * {@code GET content_web_forms?sort_by=&sort_dir=&page=&per_page=}.
   *
   * @param query the page, size and order
   * @return the page, with {@code meta.total_results}
   * @throws PleziRequestInvalidException for a query out of range, before any call
   * @throws PleziApiException when Plezi refuses the request or the body lacks {@code data}
   */
  public ContentWebFormPage list(ContentWebFormQuery query) {
    check(query);
    Exchange.Reply<Wire.Listing> reply = exchange.execute(signed.contentWebForms(query.sortBy(),
        query.sortDirection().wire(), query.page(), query.perPage(), listMeta), OPERATION);
    List<ContentWebForm> forms = new ArrayList<>();
    for (Wire.Resource item : PleziContacts.collection(reply, OPERATION, "form")) {
      Resources.contentWebForm(item).ifPresent(forms::add);
    }
    return ContentWebFormPage.builder().forms(forms).page(query.page()).perPage(query.perPage())
        .totalResults(Resources.total(reply.value())).build();
  }

  /**
   * Every published form, 20 per request, by title ascending; fetched lazily.
   *
   * @return the forms
   */
  public Stream<ContentWebForm> stream() {
    return stream(ContentWebFormQuery.defaults());
  }

  /**
   * Every published form from {@code first.page()} on, fetched lazily page by page until
   * {@code meta.total_results} is reached or a page is empty.
   *
   * @param first the first page to read, its size and the order
   * @return the forms
   * @throws PleziRequestInvalidException for a query out of range, before any call
   */
  public Stream<ContentWebForm> stream(ContentWebFormQuery first) {
    // Checked now, not when the lazy stream asks for its first page far from this call.
    check(first);
    return Paging.stream(index -> {
      ContentWebFormPage page = list(ContentWebFormQuery.builder().from(first)
          .page(first.page() + index).build());
      return new Paging.Chunk<>(page.forms(), page.last());
    });
  }

  private static void check(ContentWebFormQuery query) {
    Objects.requireNonNull(query, "query");
    Checks checks = new Checks();
    checks.range("page", query.page(), 1, Integer.MAX_VALUE);
    checks.range("perPage", query.perPage(), 1, 100);
    checks.token("sortBy", query.sortBy(), Checks.ATTRIBUTE, 64,
        "must be an attribute name such as title or created_at");
    checks.throwIfAny(OPERATION);
  }
}
