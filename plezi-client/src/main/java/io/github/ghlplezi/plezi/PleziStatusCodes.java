package io.github.ghlplezi.plezi;

import java.util.Objects;
import java.util.Set;

/**
 * How HTTP statuses are read. Plezi documents none of them, so every set is configurable; the
 * defaults follow common practice and what public Plezi clients accept.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>setting</th><th>default</th></tr>
 *   <tr><td>{@code created}: a successful upsert that created the contact</td><td>201</td></tr>
 *   <tr><td>{@code authentication}</td><td>401, 403</td></tr>
 *   <tr><td>{@code validation}</td><td>400, 422</td></tr>
 *   <tr><td>{@code notFound}</td><td>404</td></tr>
 *   <tr><td>{@code rateLimited}</td><td>429</td></tr>
 *   <tr><td>{@code keyCheckValid}: brain key check says "valid"</td><td>200</td></tr>
 * </table>
 *
 * <p>Any 2xx is a success; any 5xx not listed elsewhere is a {@link PleziServerException}; any other
 * status is a plain {@link PleziApiException}.
 */
public final class PleziStatusCodes {

  /** The family an error status belongs to. */
  enum Family { AUTHENTICATION, VALIDATION, NOT_FOUND, RATE_LIMITED, SERVER, OTHER }

  private static final PleziStatusCodes DEFAULTS = builder().build();

  private final Set<Integer> created;
  private final Set<Integer> authentication;
  private final Set<Integer> validation;
  private final Set<Integer> notFound;
  private final Set<Integer> rateLimited;
  private final Set<Integer> keyCheckValid;

  private PleziStatusCodes(Builder b) {
    this.created = Set.copyOf(b.created);
    this.authentication = Set.copyOf(b.authentication);
    this.validation = Set.copyOf(b.validation);
    this.notFound = Set.copyOf(b.notFound);
    this.rateLimited = Set.copyOf(b.rateLimited);
    this.keyCheckValid = Set.copyOf(b.keyCheckValid);
  }

  /** @return the defaults listed in the class documentation */
  public static PleziStatusCodes defaults() {
    return DEFAULTS;
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the statuses meaning "contact created" (others in 2xx mean "updated") */
  public Set<Integer> created() {
    return created;
  }

  /** @return the statuses reported as {@link PleziAuthenticationException} */
  public Set<Integer> authentication() {
    return authentication;
  }

  /** @return the statuses reported as {@link PleziValidationException} */
  public Set<Integer> validation() {
    return validation;
  }

  /** @return the statuses reported as {@link PleziNotFoundException} */
  public Set<Integer> notFound() {
    return notFound;
  }

  /** @return the statuses reported as {@link PleziRateLimitedException} */
  public Set<Integer> rateLimited() {
    return rateLimited;
  }

  /** @return the statuses of {@code POST api_keys/authenticate} that mean the key pair is valid */
  public Set<Integer> keyCheckValid() {
    return keyCheckValid;
  }

  Family familyOf(int status) {
    if (authentication.contains(status)) {
      return Family.AUTHENTICATION;
    }
    if (validation.contains(status)) {
      return Family.VALIDATION;
    }
    if (notFound.contains(status)) {
      return Family.NOT_FOUND;
    }
    if (rateLimited.contains(status)) {
      return Family.RATE_LIMITED;
    }
    if (status >= 500 && status <= 599) {
      return Family.SERVER;
    }
    return Family.OTHER;
  }

  @Override
  public String toString() {
    return "PleziStatusCodes{created=" + created + ", authentication=" + authentication
        + ", validation=" + validation + ", notFound=" + notFound + ", rateLimited=" + rateLimited
        + ", keyCheckValid=" + keyCheckValid + '}';
  }

  /** Builder of {@link PleziStatusCodes}; every setter replaces the whole set. */
  public static final class Builder {
    private Set<Integer> created = Set.of(201);
    private Set<Integer> authentication = Set.of(401, 403);
    private Set<Integer> validation = Set.of(400, 422);
    private Set<Integer> notFound = Set.of(404);
    private Set<Integer> rateLimited = Set.of(429);
    private Set<Integer> keyCheckValid = Set.of(200);

    private Builder() {
    }

    /** @param statuses 2xx statuses meaning "created" @return this builder */
    public Builder created(Integer... statuses) {
      this.created = checked("created", statuses, 200, 299);
      return this;
    }

    /** @param statuses statuses meaning "credentials refused" @return this builder */
    public Builder authentication(Integer... statuses) {
      this.authentication = checked("authentication", statuses, 400, 499);
      return this;
    }

    /** @param statuses statuses meaning "request content refused" @return this builder */
    public Builder validation(Integer... statuses) {
      this.validation = checked("validation", statuses, 400, 499);
      return this;
    }

    /** @param statuses statuses meaning "not found" @return this builder */
    public Builder notFound(Integer... statuses) {
      this.notFound = checked("notFound", statuses, 400, 499);
      return this;
    }

    /** @param statuses statuses meaning "slow down" @return this builder */
    public Builder rateLimited(Integer... statuses) {
      this.rateLimited = checked("rateLimited", statuses, 400, 599);
      return this;
    }

    /** @param statuses statuses of the brain key check meaning "valid" @return this builder */
    public Builder keyCheckValid(Integer... statuses) {
      this.keyCheckValid = checked("keyCheckValid", statuses, 200, 299);
      return this;
    }

    private static Set<Integer> checked(String name, Integer[] statuses, int min, int max) {
      Objects.requireNonNull(statuses, name);
      for (Integer s : statuses) {
        if (s == null || s < min || s > max) {
          throw new IllegalArgumentException(
              name + " statuses must lie in " + min + ".." + max + ", got " + s);
        }
      }
      return Set.of(statuses);
    }

    /** @return the configured status codes */
    public PleziStatusCodes build() {
      return new PleziStatusCodes(this);
    }
  }
}
