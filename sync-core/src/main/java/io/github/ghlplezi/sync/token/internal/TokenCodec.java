package io.github.ghlplezi.sync.token.internal;

import io.github.ghlplezi.sync.token.StoredToken;
import io.github.ghlplezi.ghl.model.UserType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Binary form of a set of {@link StoredToken}s (the plaintext inside the encrypted file). */
public final class TokenCodec {
  private static final int FORMAT = 1;

  private TokenCodec() {
  }

  /** Encodes rows. */
  public static byte[] encode(Collection<StoredToken> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeInt(rows.size());
      for (StoredToken t : rows) {
        out.writeUTF(t.id());
        out.writeUTF(storedName(t.userType()));
        out.writeUTF(t.accessToken());
        writeInstant(out, t.accessExpiresAt());
        writeNullable(out, t.refreshToken());
        out.writeInt(t.scopes().size());
        for (String s : t.scopes()) {
          out.writeUTF(s);
        }
        out.writeLong(t.version());
        writeInstant(out, t.updatedAt());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Decodes rows, keyed by id. */
  public static Map<String, StoredToken> decode(byte[] plaintext) throws IOException {
    Map<String, StoredToken> rows = new LinkedHashMap<>();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plaintext))) {
      int format = in.readInt();
      if (format != FORMAT) {
        throw new IOException("unknown token file format " + format);
      }
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        String id = in.readUTF();
        UserType type = fromStoredName(in.readUTF());
        String access = in.readUTF();
        Instant expires = readInstant(in);
        String refresh = readNullable(in);
        int scopeCount = in.readInt();
        Set<String> scopes = new LinkedHashSet<>();
        for (int s = 0; s < scopeCount; s++) {
          scopes.add(in.readUTF());
        }
        long version = in.readLong();
        Instant updated = readInstant(in);
        rows.put(id, new StoredToken(id, type, access, expires, refresh, scopes, version, updated));
      }
    }
    return rows;
  }

  /** The stored form of a user type ({@code COMPANY} or {@code LOCATION}, as rows were always written). */
  public static String storedName(UserType type) {
    return UserType.COMPANY.equals(type) ? "COMPANY" : "LOCATION";
  }

  /** Parses {@link #storedName}. */
  public static UserType fromStoredName(String name) {
    return "COMPANY".equals(name) ? UserType.COMPANY : UserType.LOCATION;
  }

  private static void writeNullable(DataOutputStream out, String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeUTF(value);
    }
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static void writeInstant(DataOutputStream out, Instant value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeLong(value.getEpochSecond());
      out.writeInt(value.getNano());
    }
  }

  private static Instant readInstant(DataInputStream in) throws IOException {
    return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
  }
}
