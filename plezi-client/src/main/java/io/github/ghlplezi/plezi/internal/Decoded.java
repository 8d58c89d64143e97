package io.github.ghlplezi.plezi.internal;

/**
 * A success body as read: the typed value, or, when the body was not the expected JSON, a short
 * quote of what came back. Lets the caller, who knows the status, report the answer.
 *
 * @param value the decoded value, or {@code null}
 * @param unreadable a quote (truncated, not yet redacted) of an unexpected body, or {@code null}
 * @param <T> the expected type
 */
public record Decoded<T>(T value, String unreadable) {
}
