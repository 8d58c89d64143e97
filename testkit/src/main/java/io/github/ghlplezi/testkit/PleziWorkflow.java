package io.github.ghlplezi.testkit;

/**
 * A Plezi workflow with a contact-list trigger.
 *
 * @param id 24-hex id
 * @param name the workflow's name
 * @param listId the trigger list
 * @param mode {@code current} (members at publication), {@code next} (future entrants) or {@code both}
 */
public record PleziWorkflow(String id, String name, String listId, String mode) {}
