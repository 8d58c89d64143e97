package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.ghl.model.UserType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;

/**
 * Child process: writes version 2 of a token into an encrypted file store and freezes between the
 * fsync of the temporary file and the rename, waiting to be killed.
 * Args: file, key (hex), id, new access token, new refresh token.
 */
public final class FileStoreCrashChild {
  private FileStoreCrashChild() {
  }

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    EncryptedFileTokenStore store = new EncryptedFileTokenStore(file,
        KeyProvider.of("default", EncryptedFileTokenStore.aesKey(HexFormat.of().parseHex(args[1]))), null,
        Clock.systemUTC(), () -> {
          System.out.println("TEMP-WRITTEN");
          System.out.flush();
          try {
            new CountDownLatch(1).await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    Instant now = Instant.now();
    StoredToken current = store.find(args[2]).orElseThrow();
    store.compareAndSet(current.version(), new StoredToken(args[2], UserType.LOCATION, args[3],
        now.plus(Duration.ofHours(24)), args[4], current.scopes(), 0, now));
    System.out.println("RENAMED");
  }
}
