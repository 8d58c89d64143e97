package io.github.ghlplezi.connector.config;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The database every replica shares (PostgreSQL in production, H2 on a laptop).
 *
 * @param url the JDBC URL
 * @param user the user
 * @param password the password
 */
public record DatabaseConfig(
    @ConfigDoc(value = "JDBC URL (`jdbc:postgresql://...` or `jdbc:h2:...`)", defaultValue = "required")
    @NotNull @Pattern(regexp = "jdbc:(postgresql|h2):\\S+", message = "not a PostgreSQL or H2 JDBC URL") String url,
    @ConfigDoc("Database user")
    String user,
    @ConfigDoc("Database password (a secret reference)")
    Secret password) {
}
