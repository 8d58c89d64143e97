package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.sync.token.internal.TokenCodec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link TokenStore} in one file, encrypted with AES-GCM under a key the caller supplies.
 *
 * <p>Every write goes to a temporary file in the same directory, is forced to disk, then atomically
 * renamed over the old file (and the directory is forced): a crash at any point leaves either the
 * old or the new file, never a mix. A modified or truncated file, or a wrong key, is detected by
 * the GCM tag and reported as a {@link TokenStoreException}; it is never silently replaced.
 *
 * <p>Writers are serialised by a lock on {@code <file>.lock} (an OS file lock, released if the
 * holder dies), so several processes on one machine may share the file.
 */
public final class EncryptedFileTokenStore implements TokenStore {
  private static final byte[] MAGIC = "GHLPTOK1".getBytes(StandardCharsets.US_ASCII);
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String TEMP_PREFIX = ".tmp-";

  private final Path file;
  private final Path lockFile;
  private final SecretKey key;
  private final Clock clock;
  private final Runnable beforeRename;
  private final SecureRandom random = new SecureRandom();
  private final ReentrantLock jvmLock = new ReentrantLock();
  /** The OS lock while this JVM holds it; a thread that already holds it re-enters (agency minting). */
  private Held held;

  /**
   * Opens (or prepares to create) a store.
   *
   * @param file the token file; its directory must exist
   * @param key an AES key of 128, 192 or 256 bits (see {@link #aesKey(byte[])})
   */
  public EncryptedFileTokenStore(Path file, SecretKey key) {
    this(file, key, Clock.systemUTC(), () -> { });
  }

  /** As {@link #EncryptedFileTokenStore(Path, SecretKey)} with a clock for write times. */
  public EncryptedFileTokenStore(Path file, SecretKey key, Clock clock) {
    this(file, key, clock, () -> { });
  }

  /** Tests use {@code beforeRename} to crash between the write and the rename. */
  EncryptedFileTokenStore(Path file, SecretKey key, Clock clock, Runnable beforeRename) {
    this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
    Objects.requireNonNull(key, "key");
    if (!"AES".equalsIgnoreCase(key.getAlgorithm())) {
      throw new IllegalArgumentException("key: must be an AES key, was " + key.getAlgorithm());
    }
    int bits = key.getEncoded() == null ? -1 : key.getEncoded().length * 8;
    if (bits != 128 && bits != 192 && bits != 256) {
      throw new IllegalArgumentException("key: must be 128, 192 or 256 bits, was " + bits);
    }
    if (this.file.getParent() == null || !Files.isDirectory(this.file.getParent())) {
      throw new IllegalArgumentException("file: directory does not exist: " + this.file.getParent());
    }
    this.key = key;
    this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.beforeRename = beforeRename;
  }

  /** Wraps raw key bytes (16, 24 or 32) as an AES key. */
  public static SecretKey aesKey(byte[] keyBytes) {
    Objects.requireNonNull(keyBytes, "keyBytes");
    if (keyBytes.length != 16 && keyBytes.length != 24 && keyBytes.length != 32) {
      throw new IllegalArgumentException("keyBytes: must be 16, 24 or 32 bytes, was " + keyBytes.length);
    }
    return new SecretKeySpec(keyBytes, "AES");
  }

  /** The token file. */
  public Path file() {
    return file;
  }

  @Override
  public Optional<StoredToken> find(String id) {
    return Optional.ofNullable(readAll().get(id));
  }

  @Override
  public Optional<StoredToken> compareAndSet(long expectedVersion, StoredToken next) {
    try (Held held = lock(Duration.ofSeconds(30), next.id())) {
      return held.casLocked(expectedVersion, next);
    }
  }

  @Override
  public boolean delete(String id) {
    try (Held held = lock(Duration.ofSeconds(30), id)) {
      Map<String, StoredToken> rows = readAll();
      if (rows.remove(id) == null) {
        return false;
      }
      writeAll(rows);
      return true;
    }
  }

  @Override
  public RefreshLock lockForRefresh(String id, Duration timeout) {
    Held held = lock(timeout, id);
    return new RefreshLock() {
      private boolean closed;

      @Override
      public Optional<StoredToken> current() {
        return find(id);
      }

      @Override
      public StoredToken commit(long expectedVersion, StoredToken next) {
        return held.casLocked(expectedVersion, next).orElseThrow(() -> new TokenStoreException(
            "Version of " + id + " moved past " + expectedVersion + " while the refresh lock was held"));
      }

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          held.close();
        }
      }
    };
  }

  /** The in-JVM lock plus the OS file lock. */
  private final class Held implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock osLock;

    Held(FileChannel channel, FileLock osLock) {
      this.channel = channel;
      this.osLock = osLock;
    }

    Optional<StoredToken> casLocked(long expectedVersion, StoredToken next) {
      Map<String, StoredToken> rows = readAll();
      StoredToken old = rows.get(next.id());
      long oldVersion = old == null ? 0 : old.version();
      if (oldVersion != expectedVersion) {
        return Optional.empty();
      }
      StoredToken stored = next.withVersion(expectedVersion + 1, clock.instant());
      rows.put(stored.id(), stored);
      writeAll(rows);
      return Optional.of(stored);
    }

    @Override
    public void close() {
      boolean outermost = jvmLock.getHoldCount() == 1;
      try {
        if (outermost) {
          held = null;
          osLock.release();
          channel.close();
        }
      } catch (IOException e) {
        throw new TokenStoreException("Could not release the lock on " + lockFile, e);
      } finally {
        jvmLock.unlock();
      }
    }
  }

  private Held lock(Duration timeout, String id) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      if (!jvmLock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new TokenStoreException("Timed out after " + timeout + " waiting for the lock of " + file + " (" + id + ")");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TokenStoreException("Interrupted waiting for the lock of " + file, e);
    }
    if (jvmLock.getHoldCount() > 1) {
      return held;
    }
    FileChannel channel = null;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      long pauseNanos = TimeUnit.MILLISECONDS.toNanos(1);
      while (true) {
        FileLock osLock;
        try {
          osLock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          osLock = null;
        }
        if (osLock != null) {
          held = new Held(channel, osLock);
          return held;
        }
        if (System.nanoTime() > deadline) {
          throw new TokenStoreException("Timed out after " + timeout + " waiting for the lock of " + file + " (" + id + ")");
        }
        // Another process holds the file lock; FileChannel.lock() cannot time out, so poll.
        TimeUnit.NANOSECONDS.sleep(pauseNanos);
        pauseNanos = Math.min(pauseNanos * 2, TimeUnit.MILLISECONDS.toNanos(50));
      }
    } catch (IOException | RuntimeException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      closeQuietly(channel);
      jvmLock.unlock();
      if (e instanceof TokenStoreException tse) {
        throw tse;
      }
      throw new TokenStoreException("Could not lock " + lockFile, e);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // already failing
      }
    }
  }

  private Map<String, StoredToken> readAll() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new LinkedHashMap<>();
    } catch (IOException e) {
      throw new TokenStoreException("Could not read " + file, e);
    }
    if (bytes.length < MAGIC.length + NONCE_BYTES + TAG_BITS / 8
        || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
      throw new TokenStoreException("Token file " + file + " is not a token file or is truncated");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key,
          new GCMParameterSpec(TAG_BITS, bytes, MAGIC.length, NONCE_BYTES));
      cipher.updateAAD(MAGIC);
      int offset = MAGIC.length + NONCE_BYTES;
      byte[] plain = cipher.doFinal(bytes, offset, bytes.length - offset);
      return TokenCodec.decode(plain);
    } catch (AEADBadTagException e) {
      throw new TokenStoreException("Token file " + file + " failed authentication: it was modified, or the key is wrong", e);
    } catch (GeneralSecurityException | IOException e) {
      throw new TokenStoreException("Could not decrypt " + file, e);
    }
  }

  private void writeAll(Map<String, StoredToken> rows) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed;
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(MAGIC);
      sealed = cipher.doFinal(TokenCodec.encode(rows.values()));
    } catch (GeneralSecurityException e) {
      throw new TokenStoreException("Could not encrypt the token file", e);
    }
    Path dir = file.getParent();
    Path temp = dir.resolve(file.getFileName() + TEMP_PREFIX + Long.toHexString(random.nextLong()));
    try {
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.allocate(MAGIC.length + nonce.length + sealed.length);
        buffer.put(MAGIC).put(nonce).put(sealed).flip();
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      beforeRename.run();
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new TokenStoreException("The file system of " + file + " cannot rename atomically", e);
      }
      forceDirectory(dir);
      removeStaleTemps(dir);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the original file is intact; a leftover temp is removed by the next write
      }
      throw new TokenStoreException("Could not write " + file, e);
    }
  }

  private static void forceDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // Some platforms (Windows) cannot open a directory; the rename itself is still atomic.
    }
  }

  /** Temp files left by a crash before the rename: the real file is intact, they are garbage. */
  private void removeStaleTemps(Path dir) throws IOException {
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, file.getFileName() + TEMP_PREFIX + "*")) {
      for (Path p : stale) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Override
  public String toString() {
    return "EncryptedFileTokenStore[" + file + "]";
  }
}
