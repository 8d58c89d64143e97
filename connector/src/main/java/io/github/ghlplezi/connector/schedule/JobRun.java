package io.github.ghlplezi.connector.schedule;

import java.time.Instant;

/**
 * One execution of a recurring job, as {@link Jobs} records it.
 *
 * @param job the job name ({@link Jobs#TAG_SYNC}, ...)
 * @param replica the replica that ran it
 * @param startedAt when it started
 * @param finishedAt when it ended
 * @param succeeded whether it ended without an exception
 * @param detail its summary, or the failure's type and message
 */
public record JobRun(String job, String replica, Instant startedAt, Instant finishedAt, boolean succeeded,
    String detail) {
}
