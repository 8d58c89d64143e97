package io.github.ghlplezi.testkit;

/**
 * A Plezi contact list of the fake.
 *
 * @param id 24-hex id
 * @param name the list's name
 * @param smart true for a smart list (rule over contact fields or form submissions), false for a
 *     static (imported) list
 * @param rule a human-readable rule, e.g. {@code plz_social_tags contains spring-sale}
 */
public record PleziList(String id, String name, boolean smart, String rule) {}
