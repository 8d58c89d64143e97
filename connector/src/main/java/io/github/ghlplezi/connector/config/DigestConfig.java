package io.github.ghlplezi.connector.config;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * The digest; read and validated, not acted on yet.
 *
 * @param recipients who receives it
 */
public record DigestConfig(
    @ConfigDoc(value = "E-mail addresses that receive the digest", notYetActive = true)
    List<@NotBlank @Email(message = "not an e-mail") String> recipients) {
}
