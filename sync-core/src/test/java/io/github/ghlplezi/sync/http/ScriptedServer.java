package io.github.ghlplezi.sync.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server on a raw socket. Each connection carries one request; what it gets is decided by
 * the current {@link Answer}: an HTTP reply with the given status and headers, or a dropped
 * connection (the request is read, then the socket is closed without a word: an I/O error).
 */
final class ScriptedServer implements AutoCloseable {

  /** What the server does with the next requests. */
  record Answer(int status, Map<String, String> headers) {
    static final Answer DROP = new Answer(0, Map.of());

    static Answer status(int status) {
      return new Answer(status, Map.of());
    }

    static Answer ok(Map<String, String> headers) {
      return new Answer(200, headers);
    }
  }

  private final ServerSocket socket;
  private final AtomicInteger requests = new AtomicInteger();
  private volatile Answer answer;

  ScriptedServer(Answer first) throws IOException {
    this.answer = first;
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread thread = new Thread(this::serve, "scripted-server");
    thread.setDaemon(true);
    thread.start();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
          // the request head; these tests send no bodies
        }
        requests.incrementAndGet();
        Answer a = answer;
        if (a.status() == 0) {
          continue;
        }
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(a.status()).append(" X\r\n")
            .append("Connection: close\r\nContent-Type: application/json\r\nContent-Length: 2\r\n");
        a.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        OutputStream out = s.getOutputStream();
        out.write(head.append("\r\n{}").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      } catch (IOException e) {
        // the client went away, or the server was closed
      }
    }
  }

  void answer(Answer next) {
    this.answer = next;
  }

  /** The requests that reached the server (dropped ones included). */
  int requests() {
    return requests.get();
  }

  String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + path;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
