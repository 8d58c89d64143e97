package io.github.ghlplezi.plezi.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * Signs every request with {@link BrainSignature}, using a fresh nonce and the current time of the
 * injected clock. Installed as a network interceptor so that the URL signed is the URL sent.
 */
public final class SigningInterceptor implements Interceptor {

  private final BrainSignature signature;
  private final Clock clock;
  private final Supplier<String> nonces;

  /**
   * @param signature the signature scheme with its keys
   * @param clock the source of {@code ts}
   * @param nonces the source of nonces
   */
  public SigningInterceptor(BrainSignature signature, Clock clock, Supplier<String> nonces) {
    this.signature = Objects.requireNonNull(signature, "signature");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.nonces = Objects.requireNonNull(nonces, "nonces");
  }

  /**
   * @param random a random source
   * @return nonces of 16 random bytes in lower-case hexadecimal
   */
  public static Supplier<String> randomNonces(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return () -> {
      byte[] bytes = new byte[16];
      synchronized (random) {
        random.nextBytes(bytes);
      }
      return HexFormat.of().formatHex(bytes);
    };
  }

  @Override
  public okhttp3.Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long ts = clock.instant().getEpochSecond();
    String header = signature.header(request.method(), request.url(), nonces.get(), ts);
    return chain.proceed(request.newBuilder().header(BrainSignature.HEADER, header).build());
  }
}
