package io.github.ghlplezi.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Enough of Social Planner posts and categories for client tests: seeded, read-only. */
final class GhlPosts {
  private static final Pattern CATEGORIES = Pattern.compile("/social-media-posting/([^/]+)/categories");
  private static final Pattern CATEGORY = Pattern.compile("/social-media-posting/([^/]+)/categories/([^/]+)");
  private static final Pattern POSTS_LIST = Pattern.compile("/social-media-posting/([^/]+)/posts/list");
  private static final Pattern POST = Pattern.compile("/social-media-posting/([^/]+)/posts/([^/]+)");
  private static final Pattern POSTS = Pattern.compile("/social-media-posting/([^/]+)/posts");
  private static final Pattern BULK_DELETE = Pattern.compile("/social-media-posting/([^/]+)/posts/bulk-delete");
  /** HighLevel's limit for one bulk delete (spec: "The maximum number ... is '50'"). */
  static final int BULK_DELETE_MAX = 50;
  private static final Set<String> TYPES =
      Set.of("recent", "all", "scheduled", "draft", "failed", "in_review", "published", "in_progress", "deleted");
  private static final String[][] CATEGORY_SEED = {{"Promotions", "#F97316", "#FFEDD5"}, {"Education", "#2563EB", "#DBEAFE"}};
  private static final String[] SUMMARIES = {
    "Fresh this week: come and see what is new in store.",
    "Three tips our customers asked for, in one short video.",
    "Meet the team behind the counter.",
    "Last days of the offer: see you soon!",
    "Thank you for 1,000 followers!",
  };
  private static final String[] STATUSES = {"published", "published", "scheduled", "draft", "failed"};

  private final GhlService ghl;
  private final Map<String, List<Map<String, Object>>> categories = new LinkedHashMap<>();
  private final Map<String, List<Map<String, Object>>> posts = new LinkedHashMap<>();
  private final Ids newIds;

  GhlPosts(GhlService ghl) {
    this.ghl = ghl;
    this.newIds = new Ids(ghl.seed.seed() ^ 0x51EDL);
    Random random = new Random(ghl.seed.seed() ^ 0x9057L);
    Ids ids = new Ids(ghl.seed.seed() ^ 0x9057L);
    Instant base = Instant.parse("2026-09-01T08:00:00Z");
    for (SeedData.Location l : ghl.seed.locations()) {
      String user = l.tags().isEmpty() ? ghl.seed.company().userId() : l.tags().get(0).createdBy();
      List<Map<String, Object>> cats = new ArrayList<>();
      int c = 0;
      for (String[] cat : CATEGORY_SEED) {
        Instant created = base.minus(Duration.ofDays(60 - c));
        Map<String, Object> m = Json.obj("_id", ids.objectId(created), "name", cat[0], "primaryColor", cat[1],
            "secondaryColor", cat[2], "locationId", l.id(), "createdBy", user, "deleted", false,
            "createdAt", Iso.format(created), "updatedAt", Iso.format(created));
        cats.add(m);
        c++;
      }
      categories.put(l.id(), cats);
      List<Map<String, Object>> list = new ArrayList<>();
      for (int p = 0; p < 5 && !l.accounts().isEmpty(); p++) {
        SeedData.Account account = l.accounts().get(p % l.accounts().size());
        Instant display = base.plus(Duration.ofDays(7L * p)).plusSeconds(random.nextInt(20_000));
        List<String> tagIds = new ArrayList<>();
        if (!l.tags().isEmpty()) {
          tagIds.add(l.tags().get(p % l.tags().size()).id());
        }
        String status = STATUSES[p % STATUSES.length];
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("_id", ids.objectId(display.minus(Duration.ofDays(2))));
        post.put("source", "composer");
        post.put("locationId", l.id());
        post.put("platform", account.platform());
        post.put("displayDate", Iso.format(display));
        post.put("createdAt", Iso.format(display.minus(Duration.ofDays(2))));
        post.put("updatedAt", Iso.format(display.minus(Duration.ofDays(1))));
        post.put("accountId", account.id());
        post.put("accountIds", List.of(account.id()));
        post.put("summary", SUMMARIES[p % SUMMARIES.length]);
        post.put("media", List.of());
        post.put("status", status);
        post.put("createdBy", user);
        post.put("type", "post");
        post.put("tags", tagIds);
        post.put("categoryId", cats.get(p % cats.size()).get("_id"));
        if ("published".equals(status)) {
          post.put("publishedAt", Iso.format(display));
          post.put("postId", ids.digits(17));
        }
        if ("failed".equals(status)) {
          post.put("error", "Failed due to auth token");
        }
        list.add(post);
      }
      posts.put(l.id(), list);
    }
  }

  /** Routes posts/categories paths; null when not one of them. */
  HttpResponse handle(HttpRequest req) {
    String path = req.path();
    Matcher m;
    if ("GET".equals(req.method()) && (m = CATEGORIES.matcher(path)).matches()) {
      return ghl.resource(req, m.group(1), "socialplanner/category.readonly", p -> listCategories(req, p));
    }
    if ("GET".equals(req.method()) && (m = CATEGORY.matcher(path)).matches()) {
      String id = m.group(2);
      return ghl.resource(req, m.group(1), "socialplanner/category.readonly", p -> category(p, id));
    }
    if ("POST".equals(req.method()) && (m = POSTS_LIST.matcher(path)).matches()) {
      return ghl.resource(req, m.group(1), "socialplanner/post.readonly", p -> listPosts(req, p));
    }
    if ("GET".equals(req.method()) && (m = POST.matcher(path)).matches()) {
      String id = m.group(2);
      return ghl.resource(req, m.group(1), "socialplanner/post.readonly", p -> post(p, id));
    }
    if ("POST".equals(req.method()) && (m = BULK_DELETE.matcher(path)).matches()) {
      return ghl.resource(req, m.group(1), "socialplanner/csv.write", p -> bulkDelete(req, p));
    }
    if ("POST".equals(req.method()) && (m = POSTS.matcher(path)).matches()) {
      return ghl.resource(req, m.group(1), "socialplanner/post.write", p -> create(req, p));
    }
    if ("PUT".equals(req.method()) && (m = POST.matcher(path)).matches()) {
      String id = m.group(2);
      return ghl.resource(req, m.group(1), "socialplanner/post.write", p -> edit(req, p, id));
    }
    if ("DELETE".equals(req.method()) && (m = POST.matcher(path)).matches()) {
      String id = m.group(2);
      return ghl.resource(req, m.group(1), "socialplanner/post.write", p -> delete(p, id));
    }
    return null;
  }

  /** The fields of a create or edit body HighLevel checks; an error response, or null when valid. */
  private HttpResponse invalidPostBody(JsonNode body) {
    List<String> problems = new ArrayList<>();
    if (body == null || !body.isObject()) {
      return ghl.error(422, List.of("type must be a string", "accountIds must be an array"), "Unprocessable Entity");
    }
    if (!body.path("type").isTextual()) {
      problems.add("type must be a string");
    }
    if (!body.path("accountIds").isArray() || body.path("accountIds").isEmpty()) {
      problems.add("accountIds should not be empty");
    }
    return problems.isEmpty() ? null : ghl.error(422, problems, "Unprocessable Entity");
  }

  private static void apply(Map<String, Object> post, JsonNode body) {
    List<String> accountIds = new ArrayList<>();
    body.path("accountIds").forEach(a -> accountIds.add(a.asText()));
    post.put("accountIds", accountIds);
    post.put("accountId", accountIds.isEmpty() ? null : accountIds.get(0));
    post.put("type", body.path("type").asText("post"));
    // a field present in the body replaces the stored one, an empty string or list included
    if (body.has("summary")) {
      post.put("summary", body.get("summary").asText());
    }
    if (body.has("tags")) {
      List<String> tags = new ArrayList<>();
      body.get("tags").forEach(t -> tags.add(t.asText()));
      post.put("tags", tags);
    }
    if (body.has("status")) {
      post.put("status", body.get("status").asText());
    }
    if (body.has("categoryId")) {
      post.put("categoryId", body.get("categoryId").asText());
    }
  }

  private HttpResponse create(HttpRequest req, GhlService.Principal p) {
    JsonNode body = Json.parseOrNull(req.body());
    HttpResponse invalid = invalidPostBody(body);
    if (invalid != null) {
      return invalid;
    }
    Instant now = ghl.clock.instant();
    Map<String, Object> post = new LinkedHashMap<>();
    post.put("_id", newIds.objectId(now));
    post.put("source", "composer");
    post.put("locationId", p.location().id);
    post.put("displayDate", body.has("scheduleDate") ? body.get("scheduleDate").asText() : Iso.format(now));
    post.put("createdAt", Iso.format(now));
    post.put("updatedAt", Iso.format(now));
    post.put("summary", "");
    post.put("media", List.of());
    post.put("status", "draft");
    post.put("createdBy", body.path("userId").asText(""));
    post.put("tags", List.of());
    post.put("error", ""); // required by HighLevel's post schema, empty until publishing fails
    apply(post, body);
    synchronized (posts) {
      posts.computeIfAbsent(p.location().id, k -> new ArrayList<>()).add(post);
    }
    return HttpResponse.json(201, Json.obj("success", true, "statusCode", 201, "message", "Created Post",
        "results", Json.obj("post", post)));
  }

  /** A post published from a CSV import: scheduled on its accounts, like one made in the composer. */
  void addFromCsv(String locationId, Map<String, Object> row, String userId, Instant now) {
    @SuppressWarnings("unchecked")
    List<String> accountIds = (List<String>) row.get("accountIds");
    Map<String, Object> post = new LinkedHashMap<>();
    post.put("_id", newIds.objectId(now));
    post.put("source", "csv");
    post.put("locationId", locationId);
    post.put("displayDate", row.containsKey("scheduleDate") ? row.get("scheduleDate") : Iso.format(now));
    post.put("createdAt", Iso.format(now));
    post.put("updatedAt", Iso.format(now));
    post.put("accountId", accountIds.get(0));
    post.put("accountIds", accountIds);
    post.put("summary", row.get("summary"));
    post.put("media", List.of());
    post.put("status", "scheduled");
    post.put("createdBy", userId);
    post.put("type", "post");
    post.put("tags", List.of());
    post.put("error", "");
    synchronized (posts) {
      posts.computeIfAbsent(locationId, k -> new ArrayList<>()).add(post);
    }
  }

  private HttpResponse edit(HttpRequest req, GhlService.Principal p, String id) {
    JsonNode body = Json.parseOrNull(req.body());
    HttpResponse invalid = invalidPostBody(body);
    if (invalid != null) {
      return invalid;
    }
    Map<String, Object> post = find(p, id);
    if (post == null) {
      return ghl.error(404, "Post not found", "Not Found");
    }
    apply(post, body);
    post.put("updatedAt", Iso.format(ghl.clock.instant()));
    return HttpResponse.json(200, Json.obj("success", true, "statusCode", 200, "message", "Updated Post"));
  }

  private HttpResponse delete(GhlService.Principal p, String id) {
    Map<String, Object> post = find(p, id);
    if (post == null) {
      return ghl.error(404, "Post not found", "Not Found");
    }
    synchronized (posts) {
      posts.get(p.location().id).remove(post);
    }
    return HttpResponse.json(200, Json.obj("success", true, "statusCode", 200, "message", "Deleted Post",
        "results", Json.obj("postId", id)));
  }

  private HttpResponse bulkDelete(HttpRequest req, GhlService.Principal p) {
    JsonNode body = Json.parseOrNull(req.body());
    if (body == null || !body.path("postIds").isArray()) {
      return ghl.error(422, List.of("postIds must be an array"), "Unprocessable Entity");
    }
    if (body.get("postIds").size() > BULK_DELETE_MAX) {
      return ghl.error(400, "Cannot delete more than 50 posts at a time.", "Bad Request");
    }
    Set<String> ids = new LinkedHashSet<>();
    body.get("postIds").forEach(i -> ids.add(i.asText()));
    int deleted;
    synchronized (posts) {
      List<Map<String, Object>> list = posts.getOrDefault(p.location().id, new ArrayList<>());
      int before = list.size();
      list.removeIf(post -> ids.contains((String) post.get("_id")));
      deleted = before - list.size();
    }
    if (deleted == 0) {
      return ghl.error(404, "No posts found with the given IDs.", "Not Found");
    }
    return HttpResponse.json(201, Json.obj("success", true, "statusCode", 201, "message", "Posts Deleted Successfully",
        "results", Json.obj("message", "Posts deleted successfully", "deletedCount", deleted)));
  }

  private Map<String, Object> find(GhlService.Principal p, String id) {
    synchronized (posts) {
      for (Map<String, Object> post : posts.getOrDefault(p.location().id, List.of())) {
        if (post.get("_id").equals(id)) {
          return post;
        }
      }
    }
    return null;
  }

  private HttpResponse listCategories(HttpRequest req, GhlService.Principal p) {
    int limit;
    int skip;
    try {
      limit = Integer.parseInt(req.queryParam("limit").orElse("10"));
      skip = Integer.parseInt(req.queryParam("skip").orElse("0"));
    } catch (NumberFormatException e) {
      return ghl.error(422, List.of("limit and skip must be number strings"), "Unprocessable Entity");
    }
    String search = req.queryParam("searchText").orElse("").toLowerCase(Locale.ROOT);
    List<Map<String, Object>> matching = new ArrayList<>();
    for (Map<String, Object> c : categories.getOrDefault(p.location().id, List.of())) {
      if (search.isEmpty() || ((String) c.get("name")).toLowerCase(Locale.ROOT).contains(search)) {
        matching.add(c);
      }
    }
    List<Map<String, Object>> page = matching.subList(Math.min(skip, matching.size()), Math.min(matching.size(), skip + limit));
    return HttpResponse.json(200, Json.obj("success", true, "statusCode", 200,
        "message", "Fetched Categories by Location ID",
        "results", Json.obj("count", matching.size(), "categories", new ArrayList<>(page))));
  }

  private HttpResponse category(GhlService.Principal p, String id) {
    for (Map<String, Object> c : categories.getOrDefault(p.location().id, List.of())) {
      if (c.get("_id").equals(id)) {
        return HttpResponse.json(200, Json.obj("success", true, "statusCode", 200, "message", "Fetched Category",
            "results", Json.obj("category", c)));
      }
    }
    return ghl.error(404, "Category not found", "Not Found");
  }

  private HttpResponse post(GhlService.Principal p, String id) {
    for (Map<String, Object> post : posts.getOrDefault(p.location().id, List.of())) {
      if (post.get("_id").equals(id)) {
        return HttpResponse.json(200, Json.obj("success", true, "statusCode", 200, "message", "Fetched Post",
            "results", Json.obj("post", post)));
      }
    }
    return ghl.error(404, "Post not found", "Not Found");
  }

  private HttpResponse listPosts(HttpRequest req, GhlService.Principal p) {
    JsonNode body = Json.parseOrNull(req.body());
    List<String> problems = new ArrayList<>();
    if (body == null || !body.isObject()) {
      return ghl.error(422, List.of("skip must be a string", "limit must be a string", "fromDate must be a string",
          "toDate must be a string", "includeUsers must be a string"), "Unprocessable Entity");
    }
    for (String f : List.of("skip", "limit", "fromDate", "toDate", "includeUsers")) {
      if (!body.path(f).isTextual()) {
        problems.add(f + " must be a string");
      }
    }
    String type = body.path("type").asText("all");
    if (!TYPES.contains(type)) {
      problems.add("type must be one of the following values: recent, all, scheduled, draft, failed, in_review, published, in_progress, deleted");
    }
    if (!problems.isEmpty()) {
      return ghl.error(422, problems, "Unprocessable Entity");
    }
    int skip;
    int limit;
    Instant from;
    Instant to;
    try {
      skip = Integer.parseInt(body.get("skip").asText());
      limit = Integer.parseInt(body.get("limit").asText());
      from = OffsetDateTime.parse(body.get("fromDate").asText()).toInstant();
      to = OffsetDateTime.parse(body.get("toDate").asText()).toInstant();
    } catch (RuntimeException e) {
      return ghl.error(400, "Invalid skip, limit or date", "Bad Request");
    }
    Set<String> accounts = new LinkedHashSet<>();
    for (String a : body.path("accounts").asText("").split(",")) {
      if (!a.isBlank()) {
        accounts.add(a.trim());
      }
    }
    List<Map<String, Object>> matching = new ArrayList<>();
    for (Map<String, Object> post : posts.getOrDefault(p.location().id, List.of())) {
      Instant display = Instant.parse((String) post.get("displayDate"));
      if (display.isBefore(from) || display.isAfter(to)) {
        continue;
      }
      if (!"all".equals(type) && !"recent".equals(type) && !type.equals(post.get("status"))) {
        continue;
      }
      if (!accounts.isEmpty() && !accounts.contains((String) post.get("accountId"))) {
        continue;
      }
      matching.add(post);
    }
    List<Map<String, Object>> page = matching.subList(Math.min(skip, matching.size()), Math.min(matching.size(), skip + limit));
    return HttpResponse.json(201, Json.obj("success", true, "statusCode", 201, "message", "Fetched Posts",
        "results", Json.obj("posts", new ArrayList<>(page), "count", matching.size())));
  }
}
