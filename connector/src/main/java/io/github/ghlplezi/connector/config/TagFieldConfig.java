package io.github.ghlplezi.connector.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * The Plezi multi-select field that receives the tags, and its options.
 *
 * @param field the field key
 * @param options the option slugs the field has in Plezi
 * @param overrides tag id or exact tag name to option slug
 */
public record TagFieldConfig(
    @ConfigDoc(value = "Key of the Plezi multi-select field", defaultValue = "required")
    @NotBlank String field,
    @ConfigDoc(value = "The option slugs that field has in Plezi (its API cannot list them)", defaultValue = "required")
    @NotEmpty List<@NotBlank String> options,
    @ConfigDoc("Tag id or exact tag name -> option slug")
    Map<@NotBlank String, @NotBlank String> overrides) {

  /** Fills defaults. */
  public TagFieldConfig {
    overrides = Copies.map(overrides);
  }

  /** @return whether every override names a listed option */
  @jakarta.validation.constraints.AssertTrue(message = "every override must name one of `options`")
  public boolean isOverridesListed() {
    return options == null || overrides.values().stream().allMatch(options::contains);
  }

  /** @return the options, never null (after validation) */
  public List<@NotNull String> optionList() {
    return options == null ? List.of() : options;
  }
}
