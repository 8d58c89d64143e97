package io.github.ghlplezi.testkit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Token records of the GHL fake. Mutable fields are guarded by the GhlService lock. */
public final class GhlTokens {
  private GhlTokens() {}

  /** The class of an access token. */
  public enum Kind {
    LOCATION_OAUTH,
    COMPANY_OAUTH,
    LOCATION_PIT,
    AGENCY_PIT;

    public boolean isLocation() {
      return this == LOCATION_OAUTH || this == LOCATION_PIT;
    }

    public boolean isPit() {
      return this == LOCATION_PIT || this == AGENCY_PIT;
    }
  }

  /** An access token or a Private Integration Token. */
  public static final class Access {
    public final String value;
    public final Kind kind;
    /** The rate-limit client: the OAuth client id, or the PIT's integration id. */
    public final String client;
    public final String companyId;
    public final String locationId;
    public final Set<String> scopes;
    public final String userId;
    public Instant expiresAt;
    public boolean revoked;

    public Access(String value, Kind kind, String client, String companyId, String locationId,
        Set<String> scopes, String userId, Instant expiresAt) {
      this.value = value;
      this.kind = kind;
      this.client = client;
      this.companyId = companyId;
      this.locationId = locationId;
      this.scopes = Set.copyOf(scopes);
      this.userId = userId;
      this.expiresAt = expiresAt;
    }
  }

  /** A refresh token (single use). */
  public static final class Refresh {
    public final String value;
    public final String id;
    public final String clientId;
    public final String userType;
    public final String companyId;
    public final String locationId;
    public final Set<String> scopes;
    public final String userId;
    public final List<String> approvedLocations;
    public final Instant expiresAt;
    public boolean used;

    public Refresh(String value, String id, String clientId, String userType, String companyId,
        String locationId, Set<String> scopes, String userId, List<String> approvedLocations,
        Instant expiresAt) {
      this.value = value;
      this.id = id;
      this.clientId = clientId;
      this.userType = userType;
      this.companyId = companyId;
      this.locationId = locationId;
      this.scopes = Set.copyOf(scopes);
      this.userId = userId;
      this.approvedLocations = List.copyOf(approvedLocations);
      this.expiresAt = expiresAt;
    }
  }

  /** An authorization code from the consent redirect (single use, short lived). */
  public static final class Code {
    public final String value;
    public final String clientId;
    public final String redirectUri;
    public final String userType;
    public final String companyId;
    public final String locationId;
    public final Set<String> scopes;
    public final List<String> approvedLocations;
    public final Instant expiresAt;
    public boolean used;

    public Code(String value, String clientId, String redirectUri, String userType, String companyId,
        String locationId, Set<String> scopes, List<String> approvedLocations, Instant expiresAt) {
      this.value = value;
      this.clientId = clientId;
      this.redirectUri = redirectUri;
      this.userType = userType;
      this.companyId = companyId;
      this.locationId = locationId;
      this.scopes = Set.copyOf(scopes);
      this.approvedLocations = List.copyOf(approvedLocations);
      this.expiresAt = expiresAt;
    }
  }
}
