package io.github.ghlplezi.plezi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ghlplezi.http.RequestMetadata;
import io.github.ghlplezi.plezi.model.NewContact;
import io.github.ghlplezi.plezi.model.WebformContact;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** The shared HTTP seam: request metadata from creation, one log line per exchange. */
class SeamTest {

  @RegisterExtension
  static final WireMockExtension wm = WireMockExtension.newInstance()
      .options(options().dynamicPort().bindAddress("127.0.0.1"))
      .build();

  final List<RequestMetadata> seen = new CopyOnWriteArrayList<>();
  final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  final Logger calls = (Logger) LoggerFactory.getLogger(PleziClient.CALL_LOGGER);

  @BeforeEach
  void capture() {
    lines.start();
    calls.addAppender(lines);
    calls.setLevel(Level.DEBUG);
    calls.setAdditive(false);
  }

  @AfterEach
  void release() {
    calls.detachAppender(lines);
    calls.setLevel(null);
    calls.setAdditive(true);
  }

  PleziClient client() {
    // an application interceptor of the caller's client runs before the Plezi client's own
    OkHttpClient callers = new OkHttpClient.Builder().addInterceptor(chain -> {
      seen.add(RequestMetadata.of(chain.request()).orElse(null));
      return chain.proceed(chain.request());
    }).build();
    String base = "http://127.0.0.1:" + wm.getPort() + "/api/v1/";
    return PleziClient.builder().okHttpClient(callers).legacyBaseUrl(base).brainBaseUrl(base)
        .apiKey("key-12345").tenantCompany("Acme").publicKey("pub").secretKey("secret-12345")
        .build();
  }

  @Test
  void every_request_carries_its_metadata_before_the_clients_interceptors_run() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withBody("{\"data\":{\"script\":\"s\"}}")));
    wm.stubFor(any(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(
        ".*/(contacts|contact_lists|content_web_forms)")).atPriority(1)
        .willReturn(aResponse().withStatus(200).withBody("{\"data\":[]}")));
    PleziClient client = client();

    client.contacts().upsertFromWebform(WebformContact.builder().email("a@example.com")
        .formId("5d5188d4f420874ad39371d6").contentWebFormId("6311128ae317a70f550b73fc").build());
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(anyUrl()).atPriority(0)
        .willReturn(aResponse().withStatus(201).withBody("{}")));
    client.contacts().create(NewContact.builder().email("b@example.com").build());
    client.contacts().list(10, 0);
    client.contactLists().list();
    client.forms().list(io.github.ghlplezi.plezi.model.ContentWebFormQuery.defaults());
    client.analyticsScript();
    client.authenticateBrainKeys();

    assertEquals(List.of(
        new RequestMetadata("plezi.contacts.upsertFromWebform",
            "/api/v1/create_contact_after_webform", null, true),
        new RequestMetadata("plezi.contacts.create", "/api/v1/contacts", null, false),
        new RequestMetadata("plezi.contacts.list", "/api/v1/contacts", null, true),
        new RequestMetadata("plezi.contactLists.list", "/api/v1/contact_lists", null, true),
        new RequestMetadata("plezi.forms.list", "/api/v1/content_web_forms", null, true),
        new RequestMetadata("plezi.brain.analyticsScript", "/api/v1/analytics_script", null, true),
        new RequestMetadata("plezi.brain.authenticate", "/api/v1/api_keys/authenticate", null,
            true)), seen);
  }

  @Test
  void each_exchange_is_logged_once_without_query_or_headers() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));

    client().contacts().upsertFromWebform(WebformContact.builder().email("a@example.com")
        .formId("5d5188d4f420874ad39371d6").contentWebFormId("6311128ae317a70f550b73fc").build());

    assertEquals(1, lines.list.size(), lines.list.toString());
    String line = lines.list.get(0).getFormattedMessage();
    assertTrue(line.startsWith("GET /api/v1/create_contact_after_webform"
        + " [plezi.contacts.upsertFromWebform] 200"), line);
    assertTrue(!line.contains("a@example.com") && !line.contains("key-12345"), line);
  }
}
