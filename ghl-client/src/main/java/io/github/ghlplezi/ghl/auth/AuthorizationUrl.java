package io.github.ghlplezi.ghl.auth;

import io.github.ghlplezi.ghl.GhlInvalidArgumentException;
import io.github.ghlplezi.ghl.internal.Validate;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The consent URL a user opens to install a Marketplace app:
 * {@code https://marketplace.gohighlevel.com/v2/oauth/chooselocation?response_type=code&redirect_uri=…&client_id=…&scope=…}.
 * After consent HighLevel redirects the browser to the redirect URI with {@code ?code=…}; exchange
 * it with {@link OAuthClient#exchangeCode(String, String, io.github.ghlplezi.ghl.model.UserType)}.
 *
 * <p>White-label apps must use {@link #WHITE_LABEL_HOST} (the standard host answers "No
 * integration found with the ID"). A {@code state} value is added when set; whether HighLevel
 * echoes it back on the redirect is not documented, so do not rely on it alone for CSRF
 * protection.
 */
public final class AuthorizationUrl {

  /** The standard consent host. */
  public static final String STANDARD_HOST = "https://marketplace.gohighlevel.com/";
  /** The white-label consent host. */
  public static final String WHITE_LABEL_HOST = "https://marketplace.leadconnectorhq.com/";
  /** The consent path (the {@code /v2} segment was added to HighLevel's docs in 2026-05). */
  public static final String PATH = "v2/oauth/chooselocation";

  private final URI uri;
  private final List<String> scopes;
  private final Optional<String> state;

  private AuthorizationUrl(URI uri, List<String> scopes, Optional<String> state) {
    this.uri = uri;
    this.scopes = scopes;
    this.state = state;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the URL */
  public URI toUri() {
    return uri;
  }

  /** @return the requested scopes, in order */
  public List<String> scopes() {
    return scopes;
  }

  /** @return the {@code state} value, when set */
  public Optional<String> state() {
    return state;
  }

  @Override
  public String toString() {
    return uri.toString();
  }

  /** Builds an {@link AuthorizationUrl}; client id, redirect URI and at least one scope are required. */
  public static final class Builder {

    private String host = STANDARD_HOST;
    private String clientId;
    private String redirectUri;
    private final LinkedHashSet<String> scopes = new LinkedHashSet<>();
    private String state;
    private String loginWindowOpenMode;

    private Builder() {
    }

    /**
     * @param host the consent host, for example {@link #WHITE_LABEL_HOST} or an agency's own
     *     white-label domain; default {@link #STANDARD_HOST}
     * @return this builder
     */
    public Builder host(String host) {
      Objects.requireNonNull(host, "host");
      HttpUrl parsed = HttpUrl.parse(host.endsWith("/") ? host : host + "/");
      if (parsed == null) {
        throw new GhlInvalidArgumentException("host", "is not an http(s) URL");
      }
      this.host = parsed.toString();
      return this;
    }

    /** @return this builder, using {@link #WHITE_LABEL_HOST} */
    public Builder whiteLabel() {
      return host(WHITE_LABEL_HOST);
    }

    /**
     * @param clientId the app's client id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Validate.notBlank("clientId", clientId);
      return this;
    }

    /**
     * @param redirectUri where HighLevel sends the browser with the code; must be one of the
     *     app's configured redirect URLs
     * @return this builder
     */
    public Builder redirectUri(String redirectUri) {
      Validate.notBlank("redirectUri", redirectUri);
      URI parsed;
      try {
        parsed = URI.create(redirectUri);
      } catch (IllegalArgumentException e) {
        throw new GhlInvalidArgumentException("redirectUri", "is not a URI");
      }
      if (!parsed.isAbsolute()) {
        throw new GhlInvalidArgumentException("redirectUri", "must be absolute");
      }
      this.redirectUri = redirectUri;
      return this;
    }

    /**
     * @param scope a scope, for example {@code socialplanner/tag.readonly}
     * @return this builder
     */
    public Builder addScope(String scope) {
      Validate.notBlank("scopes", scope);
      if (scope.chars().anyMatch(Character::isWhitespace)) {
        throw new GhlInvalidArgumentException("scopes", "a scope must not contain whitespace");
      }
      scopes.add(scope);
      return this;
    }

    /**
     * @param scopes scopes to add
     * @return this builder
     */
    public Builder addScopes(String... scopes) {
      for (String s : scopes) {
        addScope(s);
      }
      return this;
    }

    /**
     * @param scopes scopes to add
     * @return this builder
     */
    public Builder addScopes(Collection<String> scopes) {
      scopes.forEach(this::addScope);
      return this;
    }

    /**
     * @param state an opaque value to correlate the redirect with the user's session
     * @return this builder
     */
    public Builder state(String state) {
      this.state = Validate.notBlank("state", state);
      return this;
    }

    /**
     * @param mode HighLevel's {@code loginWindowOpenMode}; {@code self} opens the login in the same
     *     tab (default: a new tab)
     * @return this builder
     */
    public Builder loginWindowOpenMode(String mode) {
      this.loginWindowOpenMode = Validate.notBlank("loginWindowOpenMode", mode);
      return this;
    }

    /** @return the URL */
    public AuthorizationUrl build() {
      if (clientId == null) {
        throw new GhlInvalidArgumentException("clientId", "is required");
      }
      if (redirectUri == null) {
        throw new GhlInvalidArgumentException("redirectUri", "is required");
      }
      if (scopes.isEmpty()) {
        throw new GhlInvalidArgumentException("scopes", "at least one scope is required");
      }
      HttpUrl.Builder url = HttpUrl.get(host).newBuilder()
          .addPathSegments(PATH)
          .addQueryParameter("response_type", "code")
          .addQueryParameter("redirect_uri", redirectUri)
          .addQueryParameter("client_id", clientId)
          .addQueryParameter("scope", String.join(" ", scopes));
      if (state != null) {
        url.addQueryParameter("state", state);
      }
      if (loginWindowOpenMode != null) {
        url.addQueryParameter("loginWindowOpenMode", loginWindowOpenMode);
      }
      return new AuthorizationUrl(url.build().uri(), List.copyOf(new ArrayList<>(scopes)), Optional.ofNullable(state));
    }
  }
}
