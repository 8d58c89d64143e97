package io.github.ghlplezi.sync.tags;

/**
 * A tag that is not sent because the Plezi field has no option for it (per configuration, or because
 * Plezi refused the value).
 *
 * @param tagId the tag id
 * @param tagName the tag text
 * @param option the option slug the admin should add
 * @param fieldKey the Plezi field that lacks it
 */
public record MissingOption(String tagId, String tagName, String option, String fieldKey) {

  /**
   * What the admin should do, in one sentence.
   *
   * @return the advice, naming the field and the option to add
   */
  public String advice() {
    return "add option " + option + " to field " + fieldKey + " (tag '" + tagName + "')";
  }
}
