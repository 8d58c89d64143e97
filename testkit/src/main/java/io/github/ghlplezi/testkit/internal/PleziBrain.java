package io.github.ghlplezi.testkit.internal;

import io.github.ghlplezi.testkit.BrainSignatures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The brain API of the fake Plezi: key check, HMAC verification, content web forms. */
final class PleziBrain {
  private final PleziService plezi;

  PleziBrain(PleziService plezi) {
    this.plezi = plezi;
  }

  HttpResponse handle(HttpRequest req) {
    String path = req.path();
    if ("/api/v1/api_keys/authenticate".equals(path)) {
      if (!"POST".equals(req.method())) {
        return PleziService.jsonApiError(405, "Method Not Allowed", "use POST");
      }
      return authenticate(req);
    }
    BrainSignatures.Result r = verify(req);
    if (r != BrainSignatures.Result.VALID) {
      plezi.count("brainRejected");
      plezi.count("brainRejected:" + r.name());
      return PleziService.jsonApiError(401, "Unauthorized", describe(r));
    }
    if ("/api/v1/content_web_forms".equals(path) && "GET".equals(req.method())) {
      return contentWebForms(req);
    }
    if ("/api/v1/analytics_script".equals(path) && "GET".equals(req.method())) {
      String tenant = plezi.seed.plezi().brainPublicKey();
      return HttpResponse.json(200, Json.obj("data", Json.obj("script",
          "<script async src=\"https://brain.plezi.co/api/v1/analytics?tenant=" + tenant + "&tw=" + tenant
              + "\"></script>")));
    }
    return PleziService.jsonApiError(404, "Not Found", "No route matches " + req.method() + " " + path);
  }

  private static String describe(BrainSignatures.Result r) {
    switch (r) {
      case MISSING:
        return "Missing X-AUTHORIZATION header";
      case MALFORMED:
        return "Malformed X-AUTHORIZATION header";
      case UNKNOWN_KEY:
        return "Unknown API key";
      case BAD_SIGNATURE:
        return "Invalid signature";
      case STALE_TIMESTAMP:
        return "Request timestamp outside the allowed window";
      default:
        return "Unauthorized";
    }
  }

  BrainSignatures.Result verify(HttpRequest req) {
    Set<String> hosts = new LinkedHashSet<>();
    hosts.add(plezi.settings.brainSigningHost());
    if (!req.host().isEmpty()) {
      hosts.add(req.host());
      int colon = req.host().lastIndexOf(':');
      if (colon > 0) {
        hosts.add(req.host().substring(0, colon));
      }
    }
    return BrainSignatures.verify(req.header("x-authorization").orElse(null), req.method(), hosts, req.path(),
        req.rawQuery(), plezi.seed.plezi().brainPublicKey(), plezi.seed.plezi().brainSecretKey(),
        plezi.clock.instant(), plezi.settings.brainTimestampWindow());
  }

  private HttpResponse authenticate(HttpRequest req) {
    Map<String, List<String>> form = req.isFormEncoded() ? req.form() : req.query();
    String id = PleziService.first(form, "client_id");
    String secret = PleziService.first(form, "client_secret");
    if (plezi.seed.plezi().brainPublicKey().equals(id) && plezi.seed.plezi().brainSecretKey().equals(secret)) {
      return HttpResponse.json(200, Json.obj("data", Json.obj("id", id, "type", "api_keys",
          "attributes", Json.obj("valid", true))));
    }
    return PleziService.jsonApiError(401, "Unauthorized", "These keys don't exist");
  }

  private HttpResponse contentWebForms(HttpRequest req) {
    String sortBy = req.queryParam("sort_by").orElse("created_at");
    String sortDir = req.queryParam("sort_dir").orElse("desc");
    if (!List.of("title", "created_at").contains(sortBy) || !List.of("asc", "desc").contains(sortDir)) {
      return PleziService.jsonApiError(422, "Unprocessable Entity", "sort_by must be title or created_at, sort_dir asc or desc");
    }
    PleziService.Paging p = PleziService.paging(req, 20, 100);
    if (p.error() != null) {
      return PleziService.jsonApiError(422, "Unprocessable Entity", p.error());
    }
    List<SeedData.Form> forms = new ArrayList<>(plezi.seed.plezi().forms());
    Comparator<SeedData.Form> cmp = "title".equals(sortBy)
        ? Comparator.comparing(SeedData.Form::title, String.CASE_INSENSITIVE_ORDER)
        : Comparator.comparing(SeedData.Form::createdAt);
    forms.sort("asc".equals(sortDir) ? cmp : cmp.reversed());
    List<Object> data = new ArrayList<>();
    for (int i = p.offset(); i < Math.min(forms.size(), p.offset() + p.limit()); i++) {
      SeedData.Form f = forms.get(i);
      data.add(Json.obj("id", f.contentWebFormId(), "type", "content_web_forms", "attributes",
          Json.obj("title", f.title(), "form_id", f.formId(), "created_at", Iso.format(f.createdAt()),
              "updated_at", Iso.format(f.createdAt()))));
    }
    return HttpResponse.json(200, Json.obj("data", data, "meta", Json.obj("total_results", forms.size())));
  }
}
