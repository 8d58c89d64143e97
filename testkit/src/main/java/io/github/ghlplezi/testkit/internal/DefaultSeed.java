package io.github.ghlplezi.testkit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Builds the default data set from a seed: same seed, same ids, names and timestamps. */
public final class DefaultSeed {
  private static final Instant EPOCH = Instant.parse("2026-01-05T09:00:00Z");

  private static final String[] LOCATION_NAMES = {
    "Maple Street Bakery",
    "Northwind Dental Care",
    "Atelier Lumière Paris",
    "Summit Peak Fitness",
    "Harbor View Realty",
    "Green Leaf Landscaping",
  };

  private static final String[] TAG_NAMES = {
    "Behind the Scenes",
    "Customer Stories",
    "Café Specials",
    "Weekly Tips",
    "Événements",
    "Team Spotlight",
    "Holiday Hours",
    "Promo -20%",
    "Webinar",
    "Case Study",
    "How-To",
    "Giveaway",
    "Black Friday",
    "Open House",
  };

  private static final String[][] ACCOUNT_KINDS = {
    {"facebook", "page"},
    {"instagram", "business"},
    {"linkedin", "page"},
    {"google", "location"},
    {"tiktok", "business"},
    {"linkedin", "profile"},
  };

  private DefaultSeed() {}

  /** What one location should contain; ids and timestamps are generated from the seed. */
  public record LocationSpec(String name, List<String> tags, List<AccountSpec> accounts) {}

  /** One connected social account. */
  public record AccountSpec(String platform, String type, String name, boolean expired) {}

  public static SeedData build(long seed, int locationCount) {
    if (locationCount < 1 || locationCount > LOCATION_NAMES.length) {
      throw new IllegalArgumentException("locationCount must be 1.." + LOCATION_NAMES.length);
    }
    Random random = new Random(seed);
    List<LocationSpec> specs = new ArrayList<>();
    for (int i = 0; i < locationCount; i++) {
      int tagCount = 3 + random.nextInt(6);
      Set<String> names = new LinkedHashSet<>();
      if (i == 0) {
        names.add("Spring Sale!");
        names.add("New Product");
      }
      while (names.size() < tagCount) {
        names.add(TAG_NAMES[random.nextInt(TAG_NAMES.length)]);
      }
      int accountCount = 2 + random.nextInt(2);
      int kindStart = random.nextInt(ACCOUNT_KINDS.length);
      List<AccountSpec> accounts = new ArrayList<>();
      for (int a = 0; a < accountCount; a++) {
        String[] kind = ACCOUNT_KINDS[(kindStart + a) % ACCOUNT_KINDS.length];
        boolean expired = a == accountCount - 1 && (i % 2 == 0);
        accounts.add(new AccountSpec(kind[0], kind[1], accountName(LOCATION_NAMES[i], kind[0]), expired));
      }
      specs.add(new LocationSpec(LOCATION_NAMES[i], List.copyOf(names), accounts));
    }
    return build(seed, "Sunrise Marketing Agency", specs, null, null);
  }

  /** Builds the data for the given locations; null apiKey/tenant are generated. */
  public static SeedData build(long seed, String companyName, List<LocationSpec> specs, String apiKey, String tenant) {
    if (specs.isEmpty()) {
      throw new IllegalArgumentException("at least one location is needed");
    }
    Random random = new Random(seed ^ 0x51ED51EDL);
    Ids ids = new Ids(seed);
    SeedData.Company company = new SeedData.Company(ids.ghlId(), companyName, ids.ghlId());
    String appId = ids.objectId(EPOCH.minus(Duration.ofDays(90)));
    SeedData.OAuthApp app =
        new SeedData.OAuthApp(
            appId,
            appId + "-" + ids.lowerAlnum(8),
            ids.uuid().toString(),
            ids.objectId(EPOCH.minus(Duration.ofDays(60))),
            "http://127.0.0.1/oauth/callback");

    List<SeedData.Location> locations = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      LocationSpec spec = specs.get(i);
      String locationId = ids.ghlId();
      String userId = ids.ghlId();
      List<SeedData.Tag> tags = new ArrayList<>();
      int n = 0;
      for (String name : spec.tags()) {
        Instant created = EPOCH.plus(Duration.ofDays(7L * i + 2L * n)).plusSeconds(random.nextInt(36_000));
        tags.add(new SeedData.Tag(ids.objectId(created), name, userId, created));
        n++;
      }
      List<SeedData.Account> accounts = new ArrayList<>();
      int a = 0;
      for (AccountSpec acc : spec.accounts()) {
        String oauthId = ids.ghlId();
        String platformAccountId = ids.digits("facebook".equals(acc.platform()) ? 15 : 19);
        String suffix = "linkedin".equals(acc.platform()) ? ("page".equals(acc.type()) ? "_page" : "_profile") : "";
        Instant expire =
            acc.expired()
                ? EPOCH.plus(Duration.ofDays(20 + random.nextInt(40)))
                : Instant.parse("2027-06-01T00:00:00Z").plus(Duration.ofDays(random.nextInt(300)));
        accounts.add(
            new SeedData.Account(
                oauthId + "_" + locationId + "_" + platformAccountId + suffix,
                oauthId,
                ids.objectId(EPOCH.minus(Duration.ofDays(30 - a))),
                acc.name() == null ? accountName(spec.name(), acc.platform()) : acc.name(),
                acc.platform(),
                acc.type(),
                expire));
        a++;
      }
      String pit = "pit-" + ids.uuid();
      locations.add(new SeedData.Location(locationId, spec.name(), pit, tags, accounts));
    }

    Set<String> slugs = new LinkedHashSet<>();
    for (SeedData.Location l : locations) {
      for (SeedData.Tag t : l.tags()) {
        slugs.add(Slugs.slug(t.name()));
      }
    }
    List<SeedData.Form> forms =
        List.of(
            new SeedData.Form(ids.objectId(EPOCH.minus(Duration.ofDays(200))), ids.uuid().toString(),
                "Social connector (hidden)", EPOCH.minus(Duration.ofDays(200))),
            new SeedData.Form(ids.objectId(EPOCH.minus(Duration.ofDays(150))), ids.uuid().toString(),
                "Newsletter sign-up", EPOCH.minus(Duration.ofDays(150))),
            new SeedData.Form(ids.objectId(EPOCH.minus(Duration.ofDays(100))), ids.uuid().toString(),
                "Contact us", EPOCH.minus(Duration.ofDays(100))),
            new SeedData.Form(ids.objectId(EPOCH.minus(Duration.ofDays(50))), ids.uuid().toString(),
                "Agency white paper download", EPOCH.minus(Duration.ofDays(50))));
    List<SeedData.Field> fields =
        List.of(
            new SeedData.Field("plz_social_tags", "Social tags", "multi_select", List.copyOf(slugs)),
            new SeedData.Field("plz_ghl_engagement_tier", "Engagement tier", "select", List.of("low", "medium", "high")),
            new SeedData.Field("plz_ghl_engagement_score", "Engagement score", "number", List.of()),
            new SeedData.Field("plz_ghl_last_post_clicks", "Last post clicks", "number", List.of()),
            new SeedData.Field("plz_ghl_stats_updated_at", "Statistics updated at", "date", List.of()),
            new SeedData.Field("plz_ghl_tag_changed_at", "Tags changed at", "date", List.of()),
            new SeedData.Field("plz_ghl_trigger", "Connector trigger", "text", List.of()),
            new SeedData.Field("plz_ma_region", "Region", "select", List.of("ile-de-france", "auvergne-rhone-alpes", "occitanie", "autre")));
    String boostList = ids.objectId(EPOCH.minus(Duration.ofDays(40)));
    String highList = ids.objectId(EPOCH.minus(Duration.ofDays(39)));
    String triggerList = ids.objectId(EPOCH.minus(Duration.ofDays(38)));
    String importList = ids.objectId(EPOCH.minus(Duration.ofDays(37)));
    List<SeedData.ContactList> lists =
        List.of(
            new SeedData.ContactList(boostList, "Social boost candidates", "plz_ghl_engagement_tier", "low", EPOCH.minus(Duration.ofDays(40))),
            new SeedData.ContactList(highList, "Highly engaged on social", "plz_ghl_engagement_tier", "high", EPOCH.minus(Duration.ofDays(39))),
            new SeedData.ContactList(triggerList, "Spring Sale followers", "plz_social_tags", "spring-sale", EPOCH.minus(Duration.ofDays(38))),
            new SeedData.ContactList(importList, "Trade show import 2025", null, null, EPOCH.minus(Duration.ofDays(37))));
    List<SeedData.Workflow> workflows =
        List.of(
            new SeedData.Workflow(ids.objectId(EPOCH.minus(Duration.ofDays(35))), "Social boost", boostList, "next"),
            new SeedData.Workflow(ids.objectId(EPOCH.minus(Duration.ofDays(34))), "Spring Sale nurture", triggerList, "next"));
    SeedData.Plezi plezi =
        new SeedData.Plezi(
            apiKey != null ? apiKey : ids.hex(32),
            tenant != null ? tenant : "sunrise-marketing",
            ids.uuid().toString(),
            ids.hex(64),
            forms,
            fields,
            lists,
            workflows);
    return new SeedData(seed, company, app, List.copyOf(locations), plezi);
  }

  private static String accountName(String business, String platform) {
    switch (platform) {
      case "google":
        return business + " (Google Business Profile)";
      case "linkedin":
        return business;
      case "instagram":
        return "@" + Slugs.slug(business).replace("-", "");
      case "tiktok":
        return "@" + Slugs.slug(business).replace("-", "_");
      default:
        return business;
    }
  }
}
