/**
 * The weekly digest: per recipient, each location's numbers this week against last, tag changes,
 * alerts raised and sync health, rendered as text and HTML from overridable Pebble templates with a
 * PNG chart per location, and sent once per recipient and week across replicas
 * ({@link io.github.ghlplezi.notify.digest.DigestService}).
 */
package io.github.ghlplezi.notify.digest;
