package io.github.ghlplezi.sync.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback server whose first {@code cut} answers promise the whole body but send only half of it. */
final class TruncatingServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Thread thread;
  private final AtomicInteger requests = new AtomicInteger();

  TruncatingServer(int cut, String body) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    thread = new Thread(() -> {
      while (!socket.isClosed()) {
        try (Socket s = socket.accept()) {
          BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
          String line;
          while ((line = in.readLine()) != null && !line.isEmpty()) {
            // skip the request head
          }
          int n = requests.incrementAndGet();
          OutputStream out = s.getOutputStream();
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
              + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
          out.write(bytes, 0, n <= cut ? bytes.length / 2 : bytes.length);
          out.flush();
        } catch (IOException e) {
          // closed
        }
      }
    }, "truncating-server");
    thread.setDaemon(true);
    thread.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + path;
  }

  int requests() {
    return requests.get();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
