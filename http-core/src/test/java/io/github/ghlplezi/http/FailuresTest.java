package io.github.ghlplezi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.api.Test;

class FailuresTest {

  /** The rule, written as ranges a reader can check against HOUSE.md habit 4. */
  private record Range(int from, int to, FailureKind kind) {}

  private static final List<Range> STATUS_TABLE = List.of(
      new Range(100, 399, FailureKind.NONE),
      new Range(400, 407, FailureKind.PERMANENT),
      new Range(408, 408, FailureKind.TRANSIENT),
      new Range(409, 428, FailureKind.PERMANENT),
      new Range(429, 429, FailureKind.RATE_LIMITED),
      new Range(430, 499, FailureKind.PERMANENT),
      new Range(500, 599, FailureKind.TRANSIENT));

  @Test
  void every_status_from_100_to_599_has_the_kind_of_the_table() {
    int checked = 0;
    for (Range range : STATUS_TABLE) {
      for (int status = range.from(); status <= range.to(); status++) {
        assertEquals(range.kind(), Failures.classify(status), "status " + status);
        checked++;
      }
    }
    assertEquals(500, checked, "the table covers 100..599 exactly once");
  }

  @Test
  void numbers_that_are_not_http_statuses_are_refused() {
    for (int bad : new int[] {Integer.MIN_VALUE, -1, 0, 99, 600, 999, Integer.MAX_VALUE}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Failures.classify(bad));
      assertEquals("status must be an HTTP status code (100-599): " + bad, e.getMessage());
    }
  }

  @Test
  void io_failures_are_transient_except_broken_tls_peers_and_cancelled_calls() {
    record Row(Throwable failure, FailureKind kind) {}
    List<Row> table = List.of(
        new Row(new IOException("unexpected end of stream"), FailureKind.TRANSIENT),
        new Row(new ConnectException("Connection refused"), FailureKind.TRANSIENT),
        new Row(new UnknownHostException("no.such.host"), FailureKind.TRANSIENT),
        new Row(new SocketTimeoutException("timeout"), FailureKind.TRANSIENT),
        new Row(new SSLHandshakeException("handshake reset"), FailureKind.TRANSIENT),
        new Row(certificateFailure(), FailureKind.PERMANENT),
        new Row(new SSLPeerUnverifiedException("hostname mismatch"), FailureKind.PERMANENT),
        new Row(new InterruptedIOException("canceled"), FailureKind.PERMANENT),
        new Row(new IllegalStateException("a bug"), FailureKind.PERMANENT),
        new Row(new RuntimeException("wrapped", new ConnectException("refused")),
            FailureKind.TRANSIENT));
    for (Row row : table) {
      assertEquals(row.kind(), Failures.classify(row.failure()), row.failure().toString());
    }
  }

  @Test
  void an_exception_that_knows_its_kind_answers_for_itself_even_when_wrapped() {
    class Refused extends IOException implements ClassifiedFailure {
      @Override
      public FailureKind failureKind() {
        return FailureKind.RATE_LIMITED;
      }
    }
    assertEquals(FailureKind.RATE_LIMITED, Failures.classify(new Refused()));
    assertEquals(FailureKind.RATE_LIMITED,
        Failures.classify(new IllegalStateException("outer", new Refused())));
  }

  @Test
  void a_cause_chain_that_loops_ends_as_permanent() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertEquals(FailureKind.PERMANENT, Failures.classify(a));
  }

  @Test
  void a_failed_call_is_never_none_and_without_an_answer_follows_its_cause() {
    assertEquals(FailureKind.PERMANENT, Failures.classifyFailedCall(200, null));
    assertEquals(FailureKind.PERMANENT, Failures.classifyFailedCall(307, null));
    assertEquals(FailureKind.RATE_LIMITED, Failures.classifyFailedCall(429, null));
    assertEquals(FailureKind.TRANSIENT, Failures.classifyFailedCall(503, null));
    assertEquals(FailureKind.PERMANENT, Failures.classifyFailedCall(422, new ConnectException("ignored")));
    assertEquals(FailureKind.TRANSIENT, Failures.classifyFailedCall(0, new ConnectException("refused")));
    assertEquals(FailureKind.PERMANENT, Failures.classifyFailedCall(0, new InterruptedIOException("canceled")));
    assertEquals(FailureKind.PERMANENT, Failures.classifyFailedCall(0, null));
  }

  @Test
  void only_rate_limited_and_transient_are_retriable() {
    assertEquals(List.of(FailureKind.RATE_LIMITED, FailureKind.TRANSIENT),
        java.util.Arrays.stream(FailureKind.values()).filter(FailureKind::isRetriable).toList());
  }

  private static SSLHandshakeException certificateFailure() {
    SSLHandshakeException e = new SSLHandshakeException("PKIX path building failed");
    e.initCause(new CertificateException("untrusted"));
    return e;
  }
}
