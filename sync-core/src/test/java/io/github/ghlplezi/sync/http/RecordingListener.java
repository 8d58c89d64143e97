package io.github.ghlplezi.sync.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

final class RecordingListener implements HttpEventListener {
  final List<RequestEvent> requests = new CopyOnWriteArrayList<>();
  final List<RetryEvent> retries = new CopyOnWriteArrayList<>();
  final List<ThrottleEvent> throttles = new CopyOnWriteArrayList<>();
  final List<CircuitEvent> circuits = new CopyOnWriteArrayList<>();

  @Override
  public void onRequest(RequestEvent event) {
    requests.add(event);
  }

  @Override
  public void onRetry(RetryEvent event) {
    retries.add(event);
  }

  @Override
  public void onThrottled(ThrottleEvent event) {
    throttles.add(event);
  }

  @Override
  public void onCircuitStateChange(CircuitEvent event) {
    circuits.add(event);
  }
}
