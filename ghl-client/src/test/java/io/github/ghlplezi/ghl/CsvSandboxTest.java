package io.github.ghlplezi.ghl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.model.CsvImport;
import io.github.ghlplezi.ghl.model.CsvImportStatus;
import io.github.ghlplezi.ghl.model.CsvPost;
import io.github.ghlplezi.ghl.model.CsvPosts;
import io.github.ghlplezi.ghl.model.CsvQuery;
import io.github.ghlplezi.ghl.model.CsvUpload;
import io.github.ghlplezi.ghl.model.Post;
import io.github.ghlplezi.ghl.model.PostQuery;
import io.github.ghlplezi.ghl.model.SetCsvAccountsRequest;
import io.github.ghlplezi.ghl.support.ContractCheckExtension;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.SandboxExtension;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The CSV import flow of {@code socialPlanner(id).csv()} against the testkit's HighLevel. */
@ExtendWith({SandboxExtension.class, ContractCheckExtension.class})
class CsvSandboxTest {

  private static final byte[] THREE_POSTS = ("summary,scheduleDate\n"
      + "\"Spring menu, now served\",2026-12-01T09:00:00.000Z\n"
      + "Happy hour at six,2026-12-02T09:00:00.000Z\n"
      + "Closed on Monday,2026-12-03T09:00:00.000Z\n").getBytes(StandardCharsets.UTF_8);

  private static SetCsvAccountsRequest bind(CsvUpload upload, String account, String fileName, int rows) {
    return SetCsvAccountsRequest.builder().addAccountIds(account).filePath(upload.filePath().orElseThrow())
        .fileName(fileName).rowsCount(rows).build();
  }

  @Test
  void uploads_binds_accounts_lists_deletes_one_post_and_publishes_a_csv_import(FakeGhl ghl) {
    String loc = ghl.locations().get(0).id();
    SocialPlanner sp = SandboxTest.pitClient(ghl, loc).socialPlanner(loc);
    String account = sp.accounts().list().accounts().get(0).id();

    CsvUpload upload = sp.csv().upload("spring.csv", THREE_POSTS);
    assertEquals(3, upload.rowsCount().orElseThrow());
    assertEquals("spring.csv", upload.fileName().orElseThrow());

    sp.csv().setAccounts(bind(upload, account, "spring.csv", 3));
    CsvImport pending = sp.csv().imports(CsvQuery.builder().build()).csvs().get(0);
    assertEquals(CsvImportStatus.PENDING, pending.status().orElseThrow());
    String csvId = pending.id().orElseThrow();

    CsvPosts posts = sp.csv().posts(csvId, CsvQuery.builder().build());
    assertEquals(List.of("Spring menu, now served", "Happy hour at six", "Closed on Monday"),
        posts.posts().stream().map(p -> p.summary().orElseThrow()).collect(Collectors.toList()));
    assertEquals(List.of(account), posts.posts().get(0).accountIds());

    String second = posts.posts().get(1).id().orElseThrow();
    assertEquals(second, sp.csv().deletePost(csvId, second));
    List<CsvPost> left = sp.csv().posts(csvId, CsvQuery.builder().build()).posts();
    assertEquals(2, left.size());

    sp.csv().publish(csvId, null);
    assertEquals(CsvImportStatus.COMPLETED, sp.csv().imports(CsvQuery.builder().build()).csvs().get(0).status().orElseThrow());
    List<String> scheduled = sp.posts().stream(PostQuery.builder()
            .fromDate(Instant.parse("2026-11-01T00:00:00Z")).toDate(Instant.parse("2027-01-01T00:00:00Z")).limit(100).build())
        .map(Post::summary).map(s -> s.orElse("")).collect(Collectors.toList());
    assertTrue(scheduled.contains("Spring menu, now served"), scheduled.toString());
    assertTrue(scheduled.contains("Closed on Monday"), scheduled.toString());
    assertTrue(!scheduled.contains("Happy hour at six"), "the deleted CSV post is not published");

    CsvUpload another = sp.csv().upload("winter.csv", THREE_POSTS);
    sp.csv().setAccounts(bind(another, account, "winter.csv", 1));
    assertEquals(2, sp.csv().imports(CsvQuery.builder().build()).count().orElseThrow());
    assertEquals(CsvImportStatus.DELETED, sp.csv().delete(csvId).status().orElseThrow());
    assertEquals(1, sp.csv().imports(CsvQuery.builder().build()).count().orElseThrow());
    assertThrows(GhlValidationException.class, () -> sp.csv().posts(csvId, CsvQuery.builder().build()));
  }

  @Test
  void set_accounts_refuses_more_rows_than_the_upload_has(FakeGhl ghl) {
    String loc = ghl.locations().get(0).id();
    SocialPlanner sp = SandboxTest.pitClient(ghl, loc).socialPlanner(loc);
    String account = sp.accounts().list().accounts().get(0).id();
    CsvUpload upload = sp.csv().upload("spring.csv", THREE_POSTS);

    GhlValidationException e = assertThrows(GhlValidationException.class,
        () -> sp.csv().setAccounts(bind(upload, account, "spring.csv", 4)));

    assertEquals(400, e.status());
  }
}
