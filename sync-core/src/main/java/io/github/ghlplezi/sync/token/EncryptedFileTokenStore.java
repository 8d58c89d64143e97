package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.sync.token.internal.TokenCipher;
import io.github.ghlplezi.sync.token.internal.TokenCodec;
import io.github.ghlplezi.sync.token.internal.VersionWatermark;
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
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link TokenStore} in one file, encrypted with AES-GCM under the current key of a
 * {@link KeyProvider} (any key it knows is accepted on read, so keys rotate without downtime;
 * {@link #reencryptAll()} rewrites the file under the current key).
 *
 * <p>The file carries a generation, +1 on every write; the generation, the key id and the store
 * identity are bound into the ciphertext as associated data. A file from another store (even under
 * the same key), or an older copy of this store's file rolled back over the current one while this
 * process runs, is refused as tampered, never returned (it could hold a refresh token already spent).
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
  private static final byte[] MAGIC = "GHLPTOK2".getBytes(StandardCharsets.US_ASCII);
  private static final String TEMP_PREFIX = ".tmp-";
  private static final String GENERATION = "generation";

  private final Path file;
  private final Path lockFile;
  private final KeyProvider keys;
  private final String storeId;
  private final VersionWatermark watermark = new VersionWatermark();
  private final AtomicLong generation = new AtomicLong();
  private final Clock clock;
  private final Runnable beforeRename;
  private final SecureRandom random = new SecureRandom();
  private final ReentrantLock jvmLock = new ReentrantLock();
  /** The OS lock while this JVM holds it; a thread that already holds it re-enters (agency minting). */
  private Held held;

  /**
   * Opens (or prepares to create) a store with one key (key id {@code default}).
   *
   * @param file the token file; its directory must exist
   * @param key an AES key of 128, 192 or 256 bits (see {@link #aesKey(byte[])})
   */
  public EncryptedFileTokenStore(Path file, SecretKey key) {
    this(file, KeyProvider.of("default", key));
  }

  /**
   * A store whose identity is the file's absolute path (moving the file needs an explicit store id).
   *
   * @param file the token file; created on first write, its directory must exist
   * @param keys the AES keys tokens are encrypted with
   */
  public EncryptedFileTokenStore(Path file, KeyProvider keys) {
    this(file, keys, null, Clock.systemUTC(), () -> { });
  }

  /**
   * @param storeId bound into the ciphertext: another store's file is refused; {@code null} for the
   *     file's absolute path
   * @param clock write times
   * @param file the token file; created on first write, its directory must exist
   * @param keys the AES keys tokens are encrypted with
   */
  public EncryptedFileTokenStore(Path file, KeyProvider keys, String storeId, Clock clock) {
    this(file, keys, storeId, clock, () -> { });
  }

  /** Tests use {@code beforeRename} to crash between the write and the rename. */
  EncryptedFileTokenStore(Path file, KeyProvider keys, String storeId, Clock clock, Runnable beforeRename) {
    this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    this.keys = Objects.requireNonNull(keys, "keys");
    if (this.file.getParent() == null || !Files.isDirectory(this.file.getParent())) {
      throw new IllegalArgumentException("file: directory does not exist: " + this.file.getParent());
    }
    if (storeId != null && storeId.isBlank()) {
      throw new IllegalArgumentException("storeId: must be null or non-blank");
    }
    this.storeId = storeId != null ? storeId : this.file.toString();
    this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.beforeRename = beforeRename;
  }

  /**
   * Wraps raw key bytes (16, 24 or 32) as an AES key.
   *
   * @param keyBytes 16, 24 or 32 random bytes
   * @return an AES key over those bytes
   * @throws IllegalArgumentException if the length is not 16, 24 or 32
   */
  public static SecretKey aesKey(byte[] keyBytes) {
    Objects.requireNonNull(keyBytes, "keyBytes");
    if (keyBytes.length != 16 && keyBytes.length != 24 && keyBytes.length != 32) {
      throw new IllegalArgumentException("keyBytes: must be 16, 24 or 32 bytes, was " + keyBytes.length);
    }
    return new SecretKeySpec(keyBytes, "AES");
  }

  /**
   * The token file.
   *
   * @return the path this store reads and writes
   */
  public Path file() {
    return file;
  }

  /**
   * Rewrites the file under the key provider's current key (after a rotation).
   *
   * @return the number of tokens rewritten
   */
  public int reencryptAll() {
    try (Held held = lock(Duration.ofSeconds(30), "re-encryption")) {
      Map<String, StoredToken> rows = readAll();
      writeAll(rows);
      return rows.size();
    }
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
    String what = "Token file " + file;
    if (bytes.length < MAGIC.length + Long.BYTES + 1 || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
      throw new TokenStoreException(what + " is not a token file or is truncated");
    }
    ByteBuffer header = ByteBuffer.wrap(bytes, MAGIC.length, bytes.length - MAGIC.length);
    long fileGeneration = header.getLong();
    int keyIdLength = header.get() & 0xff;
    if (header.remaining() < keyIdLength) {
      throw new TokenStoreException(what + " is truncated");
    }
    String keyId = new String(bytes, header.position(), keyIdLength, StandardCharsets.UTF_8);
    int headerLength = header.position() + keyIdLength;
    byte[] plain = TokenCipher.open(TokenCipher.key(keys, keyId, what), bytes, headerLength,
        aad(Arrays.copyOf(bytes, headerLength)), what);
    // Authentic, but possibly an older copy of this file: refuse to go back.
    watermark.check(GENERATION, fileGeneration, what);
    generation.accumulateAndGet(fileGeneration, Math::max);
    try {
      return TokenCodec.decode(plain);
    } catch (IOException e) {
      throw new TokenStoreException("Could not decode " + what, e);
    }
  }

  private byte[] aad(byte[] header) {
    byte[] id = ("|" + storeId).getBytes(StandardCharsets.UTF_8);
    byte[] aad = Arrays.copyOf(header, header.length + id.length);
    System.arraycopy(id, 0, aad, header.length, id.length);
    return aad;
  }

  private void writeAll(Map<String, StoredToken> rows) {
    String keyId = keys.currentKeyId();
    byte[] keyIdBytes = keyId.getBytes(StandardCharsets.UTF_8);
    long next = generation.get() + 1;
    byte[] header = ByteBuffer.allocate(MAGIC.length + Long.BYTES + 1 + keyIdBytes.length)
        .put(MAGIC).putLong(next).put((byte) keyIdBytes.length).put(keyIdBytes).array();
    byte[] sealed = TokenCipher.seal(TokenCipher.key(keys, keyId, "the current key"),
        TokenCodec.encode(rows.values()), aad(header));
    Path dir = file.getParent();
    Path temp = dir.resolve(file.getFileName() + TEMP_PREFIX + Long.toHexString(random.nextLong()));
    try {
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.allocate(header.length + sealed.length);
        buffer.put(header).put(sealed).flip();
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
      generation.accumulateAndGet(next, Math::max);
      watermark.check(GENERATION, next, "Token file " + file);
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
    // A filter, not a glob: a file name holding glob syntax ([, {, *) must not break every write.
    String prefix = file.getFileName() + TEMP_PREFIX;
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir,
        p -> p.getFileName().toString().startsWith(prefix))) {
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
