package io.github.ghlplezi.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSV import flow of Social Planner: upload, set accounts, list imports, list an import's
 * posts, publish, delete an import, delete one of its posts. Response shapes follow
 * apps/social-media-posting.json (operations upload-csv, set-accounts, get-upload-status,
 * get-csv-post, start-csv-finalize, delete-csv, delete-csv-post).
 */
final class GhlCsv {
  private static final Pattern UPLOADS = Pattern.compile("/social-media-posting/([^/]+)/csv");
  private static final Pattern IMPORT = Pattern.compile("/social-media-posting/([^/]+)/csv/([^/]+)");
  private static final Pattern IMPORT_POST = Pattern.compile("/social-media-posting/([^/]+)/csv/([^/]+)/post/([^/]+)");
  private static final Pattern SET_ACCOUNTS = Pattern.compile("/social-media-posting/([^/]+)/set-accounts");
  private static final String READ = "socialplanner/csv.readonly";
  private static final String WRITE = "socialplanner/csv.write";

  /** An uploaded file not yet bound to accounts. */
  private record Upload(String fileName, List<Map<String, String>> rows) {}

  private final GhlService ghl;
  private final Ids ids;
  /** Guarded by {@code ghl.lock}. */
  private final Map<String, Upload> uploads = new HashMap<>();
  /** Imports per location, oldest first. Guarded by {@code ghl.lock}. */
  private final Map<String, List<Map<String, Object>>> imports = new HashMap<>();
  /** Posts per import id. Guarded by {@code ghl.lock}. */
  private final Map<String, List<Map<String, Object>>> importPosts = new HashMap<>();
  private final GhlPosts posts;

  GhlCsv(GhlService ghl, GhlPosts posts) {
    this.ghl = ghl;
    this.posts = posts;
    this.ids = new Ids(ghl.seed.seed() ^ 0xC5FL);
  }

  /** Routes the CSV paths; null when not one of them. */
  HttpResponse handle(HttpRequest req) {
    String path = req.path();
    String method = req.method();
    Matcher m;
    if ("DELETE".equals(method) && (m = IMPORT_POST.matcher(path)).matches()) {
      String csvId = m.group(2);
      String postId = m.group(3);
      return ghl.resource(req, m.group(1), WRITE, p -> deletePost(p, csvId, postId));
    }
    if ((m = IMPORT.matcher(path)).matches()) {
      String csvId = m.group(2);
      switch (method) {
        case "GET":
          return ghl.resource(req, m.group(1), READ, p -> importPosts(req, p, csvId));
        case "PATCH":
          return ghl.resource(req, m.group(1), WRITE, p -> publish(req, p, csvId));
        case "DELETE":
          return ghl.resource(req, m.group(1), WRITE, p -> deleteImport(p, csvId));
        default:
          return null;
      }
    }
    if ((m = UPLOADS.matcher(path)).matches()) {
      if ("POST".equals(method)) {
        return ghl.resource(req, m.group(1), WRITE, p -> upload(req, p));
      }
      if ("GET".equals(method)) {
        return ghl.resource(req, m.group(1), READ, p -> listImports(req, p));
      }
    }
    if ("POST".equals(method) && (m = SET_ACCOUNTS.matcher(path)).matches()) {
      return ghl.resource(req, m.group(1), WRITE, p -> setAccounts(req, p));
    }
    return null;
  }

  private static HttpResponse ok(int status, String message, Object results) {
    Map<String, Object> body = Json.obj("success", true, "statusCode", status, "message", message);
    if (results != null) {
      body.put("results", results);
    }
    return HttpResponse.json(status, body);
  }

  private HttpResponse upload(HttpRequest req, GhlService.Principal p) {
    Optional<String[]> file = multipartFile(req);
    if (file.isEmpty()) {
      return ghl.error(400, "file is required", "Bad Request");
    }
    List<Map<String, String>> rows = rows(file.get()[1]);
    if (rows.isEmpty()) {
      return ghl.error(400, "CSV has no posts", "Bad Request");
    }
    String filePath = p.location().id + "/social-planner-import/" + ids.uuid() + ".csv";
    synchronized (ghl.lock) {
      uploads.put(filePath, new Upload(file.get()[0], rows));
    }
    return ok(201, "Uploaded CSV", Json.obj("filePath", filePath, "rowsCount", rows.size(), "fileName", file.get()[0]));
  }

  private HttpResponse setAccounts(HttpRequest req, GhlService.Principal p) {
    JsonNode body = Json.parseOrNull(req.body());
    List<String> problems = new ArrayList<>();
    if (body == null || !body.path("accountIds").isArray()) {
      problems.add("accountIds must be an array");
    }
    for (String field : List.of("filePath", "fileName")) {
      if (body == null || !body.path(field).isTextual()) {
        problems.add(field + " must be a string");
      }
    }
    if (body == null || !body.path("rowsCount").isNumber()) {
      problems.add("rowsCount must be a number conforming to the specified constraints");
    }
    if (!problems.isEmpty()) {
      return ghl.error(422, problems);
    }
    List<String> accountIds = new ArrayList<>();
    body.get("accountIds").forEach(n -> accountIds.add(n.asText()));
    List<String> known = p.location().accounts.stream().map(SeedData.Account::id).toList();
    if (accountIds.isEmpty() || !known.containsAll(accountIds)) {
      return ghl.error(400, "Invalid accountIds", "Bad Request");
    }
    int rowsCount = body.get("rowsCount").asInt();
    Instant now = ghl.clock.instant();
    synchronized (ghl.lock) {
      Upload upload = uploads.get(body.get("filePath").asText());
      if (upload == null || !body.get("filePath").asText().startsWith(p.location().id + "/")) {
        return ghl.error(400, "File not found", "Bad Request");
      }
      // SetAccountsDTO.rowsCount: "rowcCount must be between 1 and number of posts in CSV".
      if (rowsCount < 1 || rowsCount > upload.rows().size()) {
        return ghl.error(400, "rowsCount must be between 1 and number of posts in CSV", "Bad Request");
      }
      String csvId = ids.objectId(now);
      String user = body.path("userId").asText(p.location().userId);
      Map<String, Object> csv = Json.obj("_id", csvId, "locationId", p.location().id,
          "fileName", body.get("fileName").asText(), "accountIds", accountIds, "file", body.get("filePath").asText(),
          "status", "pending", "count", rowsCount, "createdBy", user, "createdAt", Iso.format(now));
      if (body.path("approver").isTextual()) {
        csv.put("approver", body.get("approver").asText());
      }
      List<Map<String, Object>> list = new ArrayList<>();
      for (Map<String, String> row : upload.rows().subList(0, rowsCount)) {
        Map<String, Object> post = Json.obj("_id", ids.objectId(now), "accountIds", accountIds, "medias", List.of(),
            "summary", row.getOrDefault("summary", ""), "type", "post");
        if (row.containsKey("scheduledate")) {
          post.put("scheduleDate", row.get("scheduledate"));
        }
        list.add(post);
      }
      imports.computeIfAbsent(p.location().id, k -> new ArrayList<>()).add(csv);
      importPosts.put(csvId, list);
    }
    return ok(201, "Accounts Set Successfully", null);
  }

  /** Imports not deleted, newest first. Caller holds the lock. */
  private List<Map<String, Object>> live(String locationId) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> csv : imports.getOrDefault(locationId, List.of())) {
      if (!"deleted".equals(csv.get("status"))) {
        out.add(0, csv);
      }
    }
    return out;
  }

  private HttpResponse listImports(HttpRequest req, GhlService.Principal p) {
    int skip = nonNegative(req, "skip", 0);
    String userId = req.queryParam("userId").orElse(null);
    synchronized (ghl.lock) {
      List<Map<String, Object>> matching = new ArrayList<>();
      for (Map<String, Object> csv : live(p.location().id)) {
        if (userId == null || userId.equals(csv.get("createdBy"))) {
          matching.add(csv);
        }
      }
      // GetUploadStatusResponseSchema declares "csvs" as ONE CSVImportSchema (allOf), not an
      // array, with "count" beside it; the fake answers that shape: the newest import after
      // "skip", and the number of imports in "count". With no import there is nothing to put in
      // the required object, so an empty array is answered (a case the spec does not cover).
      Object csvs = skip < matching.size() ? new LinkedHashMap<>(matching.get(skip)) : List.of();
      return ok(200, "Fetched CSV Upload Status", Json.obj("csvs", csvs, "count", matching.size()));
    }
  }

  /** The import, or null when it is unknown to the location or deleted. Caller holds the lock. */
  private Map<String, Object> find(GhlService.Principal p, String csvId) {
    for (Map<String, Object> csv : live(p.location().id)) {
      if (csvId.equals(csv.get("_id"))) {
        return csv;
      }
    }
    return null;
  }

  private HttpResponse notFound() {
    return ghl.error(400, "CSV not found", "Bad Request");
  }

  private HttpResponse importPosts(HttpRequest req, GhlService.Principal p, String csvId) {
    int skip = nonNegative(req, "skip", 0);
    int limit = nonNegative(req, "limit", 10);
    synchronized (ghl.lock) {
      Map<String, Object> csv = find(p, csvId);
      if (csv == null) {
        return notFound();
      }
      List<Map<String, Object>> all = importPosts.get(csvId);
      List<Map<String, Object>> page = all.subList(Math.min(skip, all.size()), Math.min(all.size(), skip + limit));
      return ok(200, "Fetched CSV Post", Json.obj("csv", new LinkedHashMap<>(csv), "count", all.size(),
          "posts", new ArrayList<>(page)));
    }
  }

  private HttpResponse publish(HttpRequest req, GhlService.Principal p, String csvId) {
    JsonNode body = Json.parseOrNull(req.body());
    Instant now = ghl.clock.instant();
    synchronized (ghl.lock) {
      Map<String, Object> csv = find(p, csvId);
      if (csv == null) {
        return notFound();
      }
      if (!"pending".equals(csv.get("status"))) {
        return ghl.error(400, "CSV is already " + csv.get("status"), "Bad Request");
      }
      String user = body != null && body.path("userId").isTextual() ? body.get("userId").asText() : (String) csv.get("createdBy");
      for (Map<String, Object> row : importPosts.get(csvId)) {
        posts.addFromCsv(p.location().id, row, user, now);
      }
      csv.put("status", "completed");
    }
    return ok(200, "Updated Successfully", null);
  }

  private HttpResponse deleteImport(GhlService.Principal p, String csvId) {
    synchronized (ghl.lock) {
      Map<String, Object> csv = find(p, csvId);
      if (csv == null) {
        return notFound();
      }
      csv.put("status", "deleted");
      // DeleteCsvResponseDTO carries CsvResponse, which has no _id.
      Map<String, Object> answer = new LinkedHashMap<>(csv);
      answer.remove("_id");
      answer.remove("createdAt");
      return ok(200, "Deleted Post", Json.obj("csv", answer));
    }
  }

  private HttpResponse deletePost(GhlService.Principal p, String csvId, String postId) {
    synchronized (ghl.lock) {
      Map<String, Object> csv = find(p, csvId);
      if (csv == null) {
        return notFound();
      }
      List<Map<String, Object>> list = importPosts.get(csvId);
      if (!list.removeIf(post -> postId.equals(post.get("_id")))) {
        return ghl.error(400, "Post not found", "Bad Request");
      }
      csv.put("count", list.size());
      return ok(200, "Deleted Post", Json.obj("postId", postId));
    }
  }

  private static int nonNegative(HttpRequest req, String name, int dflt) {
    try {
      return Math.max(0, Integer.parseInt(req.queryParam(name).orElse(Integer.toString(dflt)).trim()));
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

  /** The {@code file} part of a multipart body: file name and text, or empty. */
  private static Optional<String[]> multipartFile(HttpRequest req) {
    String type = req.header("content-type").orElse("");
    int b = type.indexOf("boundary=");
    if (!type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") || b < 0) {
      return Optional.empty();
    }
    String boundary = "--" + type.substring(b + 9).replace("\"", "").trim();
    for (String part : req.bodyText().split(Pattern.quote(boundary))) {
      int headerEnd = part.indexOf("\r\n\r\n");
      if (headerEnd < 0 || !part.substring(0, headerEnd).contains("name=\"file\"")) {
        continue;
      }
      Matcher name = Pattern.compile("filename=\"([^\"]*)\"").matcher(part.substring(0, headerEnd));
      String content = part.substring(headerEnd + 4);
      if (content.endsWith("\r\n")) {
        content = content.substring(0, content.length() - 2);
      }
      return Optional.of(new String[] {name.find() ? name.group(1) : "upload.csv", content});
    }
    return Optional.empty();
  }

  /** Data rows keyed by lower-cased header; the fake reads {@code summary} and {@code scheduleDate}. */
  static List<Map<String, String>> rows(String csv) {
    List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
    List<Map<String, String>> out = new ArrayList<>();
    if (lines.size() < 2) {
      return out;
    }
    List<String> header = cells(lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = cells(line);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size() && i < cells.size(); i++) {
        row.put(header.get(i).trim().toLowerCase(Locale.ROOT), cells.get(i));
      }
      out.add(row);
    }
    return out;
  }

  /** One CSV line split on commas outside double quotes ("" inside quotes is a quote). */
  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }
}
