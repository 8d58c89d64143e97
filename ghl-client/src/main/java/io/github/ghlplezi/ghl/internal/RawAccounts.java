package io.github.ghlplezi.ghl.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.util.List;

/**
 * The connected accounts and groups as received, each record still unparsed, so that one malformed record cannot make the
 * page unreadable ({@link Calls#readEach}).
 *
 * @param accounts the accounts' JSON
 * @param groups the groups' JSON
 */
public record RawAccounts(@JsonProperty("accounts") List<TokenBuffer> accounts, @JsonProperty("groups") List<TokenBuffer> groups) {
}
