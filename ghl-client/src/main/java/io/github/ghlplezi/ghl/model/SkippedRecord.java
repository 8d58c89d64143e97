package io.github.ghlplezi.ghl.model;

/**
 * A record of a HighLevel answer that could not be read (for example a tag without {@code _id})
 * and was left out, so that the rest of its page stays usable.
 *
 * @param index the record's position in the answer's list, from 0
 * @param reason why it was unreadable: the failure type and the JSON path, never a value
 */
public record SkippedRecord(int index, String reason) {
}
