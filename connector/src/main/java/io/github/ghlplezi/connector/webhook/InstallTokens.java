package io.github.ghlplezi.connector.webhook;

import io.github.ghlplezi.ghl.webhook.AppInstallEvent;

/**
 * What happens to OAuth tokens when a location installs or uninstalls the app. With Private
 * Integration Tokens there is nothing to do ({@link #NONE}).
 */
public interface InstallTokens {

  /** Private Integration Tokens: no token follows installs. */
  InstallTokens NONE = new InstallTokens() {
    @Override
    public void installed(AppInstallEvent event) {
    }

    @Override
    public void uninstalled(String locationId) {
    }
  };

  /**
   * Stores the location's token (for an agency install, minted from the agency token).
   *
   * @param event the install
   */
  void installed(AppInstallEvent event);

  /**
   * Deletes the location's tokens.
   *
   * @param locationId the uninstalled location
   */
  void uninstalled(String locationId);
}
