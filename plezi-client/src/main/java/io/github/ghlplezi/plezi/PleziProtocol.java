package io.github.ghlplezi.plezi;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Every protocol choice Plezi does not document, in one immutable value with the most likely
 * answer as default. Plezi publishes no API reference: what is known comes from public client code
 * and integrators, so each item marked UNCONFIRMED below is an assumption to check against a real
 * account, and can be changed here without touching code.
 *
 * <pre>{@code
 * PleziClient plezi = PleziClient.builder()
 *     .apiKey(key).tenantCompany("Acme")
 *     .protocol(PleziProtocol.builder()
 *         .multiSelectEncoding(PleziProtocol.MultiSelectEncoding.COMMA)
 *         .signatureLineBreak(PleziProtocol.SignatureLineBreak.NEWLINE)
 *         .build())
 *     .build();
 * }</pre>
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>status</th></tr>
 *   <tr><td>{@code webformPath}</td><td>{@code create_contact_after_webform}</td><td>confirmed</td></tr>
 *   <tr><td>{@code contactsPath}</td><td>{@code contacts}</td><td>UNCONFIRMED</td></tr>
 *   <tr><td>{@code contactListsPath}</td><td>{@code contact_lists}</td><td>UNCONFIRMED</td></tr>
 *   <tr><td>{@code contactWriteFormat}</td><td>FORM</td><td>UNCONFIRMED</td></tr>
 *   <tr><td>{@code multiSelectEncoding}</td><td>BRACKETS</td><td>UNCONFIRMED (both seen)</td></tr>
 *   <tr><td>{@code dateFormat}, {@code dateTimeFormat}</td><td>ISO date, ISO instant (UTC)</td><td>UNCONFIRMED</td></tr>
 *   <tr><td>{@code listingPaging}</td><td>LIMIT_OFFSET</td><td>UNCONFIRMED</td></tr>
 *   <tr><td>{@code createdStatuses}</td><td>201</td><td>UNCONFIRMED</td></tr>
 *   <tr><td>{@code authenticationStatuses}</td><td>401, 403</td><td>UNCONFIRMED</td></tr>
 *   <tr><td>{@code validationStatuses}</td><td>400, 422</td><td>UNCONFIRMED</td></tr>
 *   <tr><td>{@code notFoundStatuses}</td><td>404</td><td>UNCONFIRMED</td></tr>
 *   <tr><td>{@code rateLimitedStatuses}</td><td>429</td><td>UNCONFIRMED</td></tr>
 *   <tr><td>{@code keyCheckValidStatuses}</td><td>200</td><td>confirmed</td></tr>
 *   <tr><td>{@code signatureLineBreak}</td><td>LITERAL_BACKSLASH_N</td><td>UNCONFIRMED</td></tr>
 *   <tr><td>{@code signatureHost}</td><td>HOST_HEADER</td><td>UNCONFIRMED</td></tr>
 *   <tr><td>{@code signatureHostOverride}</td><td>unset</td><td>-</td></tr>
 *   <tr><td>{@code maxWebformUrlLength}</td><td>8000 characters</td><td>UNCONFIRMED</td></tr>
 * </table>
 *
 * <p>Any 2xx is a success; a 5xx not listed elsewhere is a {@link PleziServerException}; any other
 * status is a plain {@link PleziApiException}.
 */
@Value.Immutable
public abstract class PleziProtocol {

  private static final PleziProtocol DEFAULTS = builder().build();

  PleziProtocol() {
  }

  /** @return the defaults listed in the class documentation */
  public static PleziProtocol defaults() {
    return DEFAULTS;
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the web-form upsert's path, relative to the legacy base URL */
  @Value.Default
  public String webformPath() {
    return "create_contact_after_webform";
  }

  /** @return the path of contact creation and listing, relative to the legacy base URL */
  @Value.Default
  public String contactsPath() {
    return "contacts";
  }

  /** @return the path of the contact-list listing, relative to the legacy base URL */
  @Value.Default
  public String contactListsPath() {
    return "contact_lists";
  }

  /** @return the body format of {@code POST contacts} */
  @Value.Default
  public ContactWriteFormat contactWriteFormat() {
    return ContactWriteFormat.FORM;
  }

  /** @return how a multi-select field with several options is written */
  @Value.Default
  public MultiSelectEncoding multiSelectEncoding() {
    return MultiSelectEncoding.BRACKETS;
  }

  /** @return how date fields are written */
  @Value.Default
  public DateTimeFormatter dateFormat() {
    return DateTimeFormatter.ISO_LOCAL_DATE;
  }

  /** @return how date-time fields are written (in UTC unless the formatter has a zone) */
  @Value.Default
  public DateTimeFormatter dateTimeFormat() {
    return DateTimeFormatter.ISO_INSTANT;
  }

  /** @return which paging parameters the contact and list listings take */
  @Value.Default
  public ListingPaging listingPaging() {
    return ListingPaging.LIMIT_OFFSET;
  }

  /** @return the 2xx statuses meaning "contact created" (others in 2xx mean "updated") */
  @Value.Default
  public Set<Integer> createdStatuses() {
    return Set.of(201);
  }

  /** @return the statuses reported as {@link PleziAuthenticationException} */
  @Value.Default
  public Set<Integer> authenticationStatuses() {
    return Set.of(401, 403);
  }

  /** @return the statuses reported as {@link PleziValidationException} */
  @Value.Default
  public Set<Integer> validationStatuses() {
    return Set.of(400, 422);
  }

  /** @return the statuses reported as {@link PleziNotFoundException} */
  @Value.Default
  public Set<Integer> notFoundStatuses() {
    return Set.of(404);
  }

  /** @return the statuses reported as {@link PleziRateLimitedException} */
  @Value.Default
  public Set<Integer> rateLimitedStatuses() {
    return Set.of(429);
  }

  /** @return the statuses of the brain key check ({@code POST api_keys/authenticate}) meaning "valid" */
  @Value.Default
  public Set<Integer> keyCheckValidStatuses() {
    return Set.of(200);
  }

  /** @return what separates the lines of the brain API's string to sign */
  @Value.Default
  public SignatureLineBreak signatureLineBreak() {
    return SignatureLineBreak.LITERAL_BACKSLASH_N;
  }

  /** @return how the host line of the brain API's string to sign is taken from the request URL */
  @Value.Default
  public SignatureHost signatureHost() {
    return SignatureHost.HOST_HEADER;
  }

  /**
   * @return a fixed host line to sign instead of the URL's (requests that reach
   *     {@code brain.plezi.co} through a proxy or tunnel under another name); unset by default
   */
  public abstract Optional<String> signatureHostOverride();

  /**
   * @return the longest web-form upsert URL sent, in characters: the upsert carries every value in
   *     its query string, and servers refuse long URLs (commonly above 8 KiB)
   */
  @Value.Default
  public int maxWebformUrlLength() {
    return 8000;
  }

  /** Checks paths are relative and statuses lie in their families. */
  @Value.Check
  protected void check() {
    path("webformPath", webformPath());
    path("contactsPath", contactsPath());
    path("contactListsPath", contactListsPath());
    statuses("createdStatuses", createdStatuses(), 200, 299);
    statuses("authenticationStatuses", authenticationStatuses(), 400, 499);
    statuses("validationStatuses", validationStatuses(), 400, 499);
    statuses("notFoundStatuses", notFoundStatuses(), 400, 499);
    statuses("rateLimitedStatuses", rateLimitedStatuses(), 400, 599);
    statuses("keyCheckValidStatuses", keyCheckValidStatuses(), 200, 299);
    signatureHostOverride().ifPresent(h -> {
      if (h.isBlank() || h.chars().anyMatch(c -> c <= ' ' || c == '/')) {
        throw new IllegalArgumentException("signatureHostOverride must be a host name, got '" + h + "'");
      }
    });
    if (maxWebformUrlLength() < 256) {
      throw new IllegalArgumentException(
          "maxWebformUrlLength must be at least 256, got " + maxWebformUrlLength());
    }
  }

  private static void path(String name, String path) {
    if (path.isBlank() || path.startsWith("/") || path.contains("://") || path.contains("?")
        || path.contains("#") || path.contains("..")) {
      throw new IllegalArgumentException(name + " must be a non-blank relative path, got '" + path + "'");
    }
  }

  private static void statuses(String name, Set<Integer> statuses, int min, int max) {
    for (Integer s : statuses) {
      if (s == null || s < min || s > max) {
        throw new IllegalArgumentException(name + " must lie in " + min + ".." + max + ", got " + s);
      }
    }
  }

  /** The body format of {@code POST contacts}; Plezi does not document it. */
  public enum ContactWriteFormat {
    /** {@code application/x-www-form-urlencoded}, as a public Plezi client sends it. The default. */
    FORM,
    /** {@code application/json}, a flat object of the same parameters. */
    JSON
  }

  /** How a multi-select field with several options is written; public clients use both. */
  public enum MultiSelectEncoding {
    /** One comma-joined value: {@code plz_x=a,b}. */
    COMMA,
    /** One repeated parameter with a bracket suffix: {@code plz_x[]=a&plz_x[]=b}. The default. */
    BRACKETS
  }

  /** Which paging parameters the legacy listings ({@code contacts}, {@code contact_lists}) take. */
  public enum ListingPaging {
    /** {@code limit=<n>&offset=<skip>} (the integrator's shape). The default. */
    LIMIT_OFFSET,
    /**
     * {@code page=<1-based>&per_page=<n>} (the brain API's shape); offsets must then be multiples of
     * the page size, and a server that caps {@code per_page} below the size asked is reported.
     */
    PAGE_PER_PAGE
  }

  /**
   * What separates the lines of the brain API's string to sign. Plezi's WordPress plugin builds the
   * string in PHP single quotes, so its separator is the two characters backslash and {@code n}.
   */
  public enum SignatureLineBreak {
    /** The two characters {@code \} and {@code n}, as the published plugin sends. The default. */
    LITERAL_BACKSLASH_N("\\n"),
    /** A real line feed ({@code U+000A}). */
    NEWLINE("\n");

    private final String separator;

    SignatureLineBreak(String separator) {
      this.separator = separator;
    }

    /** @return the separator text */
    public String separator() {
      return separator;
    }
  }

  /** How the host line of the brain API's string to sign is taken from the request URL. */
  public enum SignatureHost {
    /** As in the {@code Host} header: the name, plus {@code :port} when not the scheme's default. */
    HOST_HEADER,
    /** The host name only, never a port. */
    HOST_ONLY
  }

  /** Builder of {@link PleziProtocol}; unset values keep their defaults. */
  public static final class Builder extends ImmutablePleziProtocol.Builder {
    Builder() {
    }
  }
}
