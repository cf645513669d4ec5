/* test-pdok.c: the PDOK download against a stand-in on 127.0.0.1
 *
 * The server (wep-test-server.c) serves pages built from the reference
 * geography in ../shared/data/reference (never part of the project); the
 * cases that need it skip where it is absent. Every case has its own
 * cache folder (G_TEST_OPTION_ISOLATE_DIRS).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "wep-pdok.h"
#include "wep-test-util.h"
#include "wep-test-server.h"

#define N_GEMEENTEN  342
#define N_PROVINCIES 12
#define SHORT        5     /* seconds: the timeout of the cases that do not test it */

static GPtrArray *gemeenten;
static GPtrArray *provincies;

typedef struct
{
  guint  n_calls;
  guint  last;
  gint64 matched;
  gboolean went_back;
} Progress;

static void
progress_cb (guint    n_features,
             gint64   n_matched,
             gpointer user_data)
{
  Progress *progress = user_data;

  if (n_features < progress->last)
    progress->went_back = TRUE;
  progress->n_calls++;
  progress->last = n_features;
  progress->matched = n_matched;
}

static gboolean
have_reference (void)
{
  if (gemeenten == NULL || provincies == NULL)
    {
      g_test_skip ("../shared/data/reference is absent");
      return FALSE;
    }
  return TRUE;
}

/* A server of the reference data, or NULL (and the case skipped) without it. */
static WepTestServer *
start_server (WepTestServeMode mode,
              guint            cap)
{
  WepTestServerOptions options = { .mode = mode, .cap = cap };

  if (!have_reference ())
    return NULL;
  return wep_test_server_new (gemeenten, provincies, &options);
}

static char *
cache_dir (void)
{
  return g_build_filename (g_get_user_cache_dir (), "wonen-eerst-planner", "pdok", NULL);
}

/* Nothing in the cache folder: no file, no temporary one. */
static void
assert_cache_empty (void)
{
  g_autofree char *dir = cache_dir ();
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    g_error ("the cache holds %s after a failed download", name);
}

/* The features of a cached file; asserts that it is a FeatureCollection
 * of distinct municipalities (statcode) of 2025. */
static guint
count_cached_features (const char *path)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GError) error = NULL;
  JsonObject *root;
  JsonArray *features;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "type"), ==, "FeatureCollection");
  features = json_object_get_array_member (root, "features");
  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      JsonObject *feature = json_array_get_object_element (features, i);
      JsonObject *properties = json_object_get_object_member (feature, "properties");
      const char *code = json_object_get_string_member (properties, "statcode");

      g_assert_cmpstr (json_object_get_string_member (feature, "type"), ==, "Feature");
      g_assert_true (json_object_has_member (feature, "geometry"));
      g_assert_cmpint (json_object_get_int_member (properties, "jaarcode"), ==, 2025);
      g_assert_false (g_hash_table_contains (codes, code));
      g_hash_table_add (codes, (gpointer) code);
    }
  return json_array_get_length (features);
}

static char *
fetch (WepTestServer *server,
       WepPdokLevel   level,
       WepPdokFlags   flags,
       guint          timeout,
       Progress      *progress,
       GError       **error)
{
  return wep_pdok_fetch_sync (wep_test_server_get_url (server), level, 2025, flags, timeout,
                              progress != NULL ? progress_cb : NULL, progress, NULL, error);
}

/* limit 1000 asked, 100 given: four pages, all 342, in the cache. */
static void
test_pages (void)
{
  g_autoptr (WepTestServer) server = start_server (WEP_TEST_SERVE_PAGES, 100);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *query = NULL;
  g_autofree char *agent = NULL;
  Progress progress = { 0 };

  if (server == NULL)
    return;
  path = fetch (server, WEP_PDOK_MUNICIPALITIES, WEP_PDOK_DEFAULT, SHORT, &progress, &error);
  g_assert_no_error (error);

  expected = wep_pdok_cache_path (wep_test_server_get_url (server), WEP_PDOK_MUNICIPALITIES, 2025);
  dir = cache_dir ();
  g_assert_cmpstr (path, ==, expected);
  g_assert_true (g_str_has_prefix (path, dir));
  g_assert_true (g_str_has_suffix (path, ".geojson"));
  g_assert_cmpuint (count_cached_features (path), ==, N_GEMEENTEN);

  g_assert_cmpuint (wep_test_server_get_n_requests (server), ==, 4);
  g_assert_cmpuint (progress.n_calls, ==, 4);
  g_assert_cmpuint (progress.last, ==, N_GEMEENTEN);
  g_assert_cmpint (progress.matched, ==, N_GEMEENTEN);
  g_assert_false (progress.went_back);

  query = wep_test_server_get_first_query (server);
  g_assert_cmpstr (query, ==, "f=json&limit=1000&datetime=2025-07-01T00:00:00Z");
  agent = wep_test_server_get_user_agent (server);
  g_assert_true (g_str_has_prefix (agent, "WonenEerstPlanner/" PACKAGE_VERSION " (+https://"));
}

/* Seven to a page, next links relative to the page, an HTML next link
 * before the JSON one. */
static void
test_small_pages (void)
{
  WepTestServerOptions options = { .mode = WEP_TEST_SERVE_PAGES, .cap = 7,
                                   .relative_links = TRUE };
  g_autoptr (WepTestServer) server = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  Progress progress = { 0 };

  if (!have_reference ())
    return;
  server = wep_test_server_new (gemeenten, provincies, &options);
  path = fetch (server, WEP_PDOK_MUNICIPALITIES, WEP_PDOK_DEFAULT, SHORT, &progress, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_cached_features (path), ==, N_GEMEENTEN);
  g_assert_cmpuint (wep_test_server_get_n_requests (server), ==, (N_GEMEENTEN + 6) / 7);
  g_assert_cmpuint (progress.n_calls, ==, (N_GEMEENTEN + 6) / 7);
  g_assert_cmpuint (progress.last, ==, N_GEMEENTEN);
}

/* The preview of a download names the service as its source. */
static void
test_import_preview (void)
{
  g_autoptr (WepTestServer) server = start_server (WEP_TEST_SERVE_PAGES, 100);
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepImportPreview) preview = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;
  g_autofree char *expected = NULL;

  if (server == NULL)
    return;
  path = fetch (server, WEP_PDOK_MUNICIPALITIES, WEP_PDOK_DEFAULT, SHORT, NULL, &error);
  g_assert_no_error (error);

  doc = wep_document_new ();
  /* A slash at the end of the base URL is not doubled. */
  base = g_strconcat (wep_test_server_get_url (server), "/", NULL);
  preview = wep_pdok_import_preview (doc, path, base, WEP_PDOK_MUNICIPALITIES, 2025, &error);
  g_assert_no_error (error);
  expected = g_strdup_printf ("%s/collections/gemeente_gegeneraliseerd (2025)",
                              wep_test_server_get_url (server));
  g_assert_cmpstr (preview->source, ==, expected);
  g_assert_cmpstr (preview->provenance_kind, ==, "service");
  g_assert_cmpuint (preview->n_rows, ==, N_GEMEENTEN);
  g_assert_cmpuint (preview->rejected->len, ==, 0);
  g_assert_true (wep_import_apply (doc, preview, &error));
  g_assert_no_error (error);
  {
    g_autoptr (WepDocumentInfo) info = wep_document_get_info (doc);

    g_assert_cmpuint (info->n_boundaries, ==, N_GEMEENTEN);
    g_assert_nonnull (strstr (info->provenance[0], "service: "));
    g_assert_nonnull (strstr (info->provenance[0], expected));
  }
}

static void
test_provinces (void)
{
  g_autoptr (WepTestServer) server = start_server (WEP_TEST_SERVE_PAGES, 100);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *municipalities = NULL;
  Progress progress = { 0 };

  if (server == NULL)
    return;
  path = fetch (server, WEP_PDOK_PROVINCES, WEP_PDOK_DEFAULT, SHORT, &progress, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_cached_features (path), ==, N_PROVINCIES);
  g_assert_true (strstr (path, "provincie-2025-") != NULL);
  municipalities = wep_pdok_cache_path (wep_test_server_get_url (server),
                                        WEP_PDOK_MUNICIPALITIES, 2025);
  g_assert_cmpstr (path, !=, municipalities);
  g_assert_cmpuint (wep_test_server_get_n_requests (server), ==, 1);
}

/* Features whose jaarcode names 2024 are left out. */
static void
test_other_years (void)
{
  g_autoptr (WepTestServer) server = start_server (WEP_TEST_SERVE_OTHER_YEARS, 100);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  Progress progress = { 0 };

  if (server == NULL)
    return;
  path = fetch (server, WEP_PDOK_MUNICIPALITIES, WEP_PDOK_DEFAULT, SHORT, &progress, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_cached_features (path), ==, N_GEMEENTEN);
  g_assert_cmpint (progress.matched, ==, N_GEMEENTEN + (N_GEMEENTEN + 9) / 10);
  g_assert_cmpuint (progress.last, ==, N_GEMEENTEN);
}

/* A year the server has nothing for. */
static void
test_empty_year (void)
{
  g_autoptr (WepTestServer) server = start_server (WEP_TEST_SERVE_PAGES, 100);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  if (server == NULL)
    return;
  path = wep_pdok_fetch_sync (wep_test_server_get_url (server), WEP_PDOK_MUNICIPALITIES, 2024,
                              WEP_PDOK_DEFAULT, SHORT, NULL, NULL, NULL, &error);
  g_assert_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_EMPTY);
  g_assert_null (path);
  g_assert_true (strstr (error->message, "2024") != NULL);
  assert_cache_empty ();
}

/* The error of a download that must fail, with nothing in the cache;
 * its message must hold each of the strings given. */
static void
assert_fails (WepTestServeMode  mode,
              guint             cap,
              guint             timeout,
              GQuark            domain,
              int               code,
              guint             n_requests,
              const char       *first,
              ...)
{
  g_autoptr (WepTestServer) server = start_server (mode, cap);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  Progress progress = { 0 };
  va_list args;

  if (server == NULL)
    return;
  path = fetch (server, WEP_PDOK_MUNICIPALITIES, WEP_PDOK_DEFAULT, timeout, &progress, &error);
  g_assert_null (path);
  g_assert_error (error, domain, code);
  g_test_message ("%s", error->message);
  va_start (args, first);
  for (const char *s = first; s != NULL; s = va_arg (args, const char *))
    if (strstr (error->message, s) == NULL)
      g_error ("“%s” does not say “%s”", error->message, s);
  va_end (args);
  if (n_requests > 0)
    g_assert_cmpuint (wep_test_server_get_n_requests (server), ==, n_requests);
  g_assert_cmpuint (progress.last, <, N_GEMEENTEN);
  assert_cache_empty ();
}

static void
test_fail_half_way (void)
{
  assert_fails (WEP_TEST_SERVE_FAIL_PAGE_3, 100, SHORT, WEP_PDOK_ERROR, WEP_PDOK_ERROR_HTTP, 3,
                "500", "Internal Server Error", "http://127.0.0.1:", "cursor=o200", NULL);
}

static void
test_bad_json (void)
{
  assert_fails (WEP_TEST_SERVE_BAD_JSON, 100, SHORT, WEP_PDOK_ERROR, WEP_PDOK_ERROR_INVALID, 2,
                "JSON", "cursor=o100", NULL);
}

static void
test_not_features (void)
{
  assert_fails (WEP_TEST_SERVE_NOT_FEATURES, 100, SHORT, WEP_PDOK_ERROR, WEP_PDOK_ERROR_INVALID,
                1, "FeatureCollection", "/collections/gemeente_gegeneraliseerd/items", NULL);
}

static void
test_loop (void)
{
  assert_fails (WEP_TEST_SERVE_LOOP, 100, SHORT, WEP_PDOK_ERROR, WEP_PDOK_ERROR_LOOP, 3,
                "cursor=o200", "cursor=o100", NULL);
}

static void
test_endless (void)
{
  assert_fails (WEP_TEST_SERVE_ENDLESS, 100, SHORT, WEP_PDOK_ERROR, WEP_PDOK_ERROR_LIMIT,
                WEP_PDOK_MAX_PAGES, "1000", NULL);
}

/* The server answers after 3 s; the download gives up after 1 s. */
static void
test_timeout (void)
{
  WepTestServerOptions options = { .mode = WEP_TEST_SERVE_SLOW, .delay_ms = 3000 };
  g_autoptr (WepTestServer) server = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 start;

  if (!have_reference ())
    return;
  server = wep_test_server_new (gemeenten, provincies, &options);
  start = g_get_monotonic_time ();
  path = wep_pdok_fetch_sync (wep_test_server_get_url (server), WEP_PDOK_MUNICIPALITIES, 2025,
                              WEP_PDOK_DEFAULT, 1, NULL, NULL, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);
  g_assert_null (path);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2500 * G_TIME_SPAN_MILLISECOND);
  g_assert_true (strstr (error->message, "1 second") != NULL);
  g_assert_true (strstr (error->message, wep_test_server_get_url (server)) != NULL);
  assert_cache_empty ();
}

typedef struct
{
  GMainLoop    *loop;
  GAsyncResult *result;
} Waiter;

static void
fetched_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Waiter *waiter = user_data;

  waiter->result = g_object_ref (result);
  g_main_loop_quit (waiter->loop);
}

static gboolean
cancel_cb (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

/* The async API from the test's main loop, cancelled after 200 ms while
 * the server holds its answer back. */
static void
test_cancel (void)
{
  WepTestServerOptions options = { .mode = WEP_TEST_SERVE_SLOW, .delay_ms = 3000 };
  g_autoptr (WepTestServer) server = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  Waiter waiter = { loop, NULL };
  Progress progress = { 0 };
  gint64 start;

  if (!have_reference ())
    return;
  server = wep_test_server_new (gemeenten, provincies, &options);
  start = g_get_monotonic_time ();
  wep_pdok_fetch_async (wep_test_server_get_url (server), WEP_PDOK_MUNICIPALITIES, 2025,
                        WEP_PDOK_DEFAULT, SHORT, progress_cb, &progress, cancellable, fetched_cb,
                        &waiter);
  g_timeout_add (200, cancel_cb, cancellable);
  g_main_loop_run (loop);

  path = wep_pdok_fetch_finish (waiter.result, &error);
  g_object_unref (waiter.result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (path);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_TIME_SPAN_SECOND);
  g_assert_cmpuint (progress.n_calls, ==, 0);
  assert_cache_empty ();
}

/* A port with nothing listening: the offline message, naming the host. */
static void
test_offline (void)
{
  g_autoptr (GSocket) socket = NULL;
  g_autoptr (GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr (GSocketAddress) bound = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *path = NULL;

  /* A port that was free a moment ago, and is again once closed. */
  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP,
                         &error);
  g_assert_no_error (error);
  g_socket_bind (socket, address, FALSE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  url = g_strdup_printf ("http://127.0.0.1:%u/",
                         g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_socket_close (socket, NULL);

  path = wep_pdok_fetch_sync (url, WEP_PDOK_MUNICIPALITIES, 2025, WEP_PDOK_DEFAULT, SHORT, NULL,
                              NULL, NULL, &error);
  g_assert_null (path);
  g_assert_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_OFFLINE);
  g_test_message ("%s", error->message);
  g_assert_true (strstr (error->message, "127.0.0.1") != NULL);
  g_assert_true (strstr (error->message, "offline") != NULL);
  assert_cache_empty ();
}

static void
test_bad_url (void)
{
  static const char *urls[] = { "ftp://example.org/ogc", "api.pdok.nl/cbs", "", "http://" };

  for (guint i = 0; i < G_N_ELEMENTS (urls); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *path = wep_pdok_fetch_sync (urls[i], WEP_PDOK_MUNICIPALITIES, 2025,
                                                   WEP_PDOK_DEFAULT, SHORT, NULL, NULL, NULL,
                                                   &error);

      g_assert_null (path);
      g_assert_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_BAD_URL);
    }
  assert_cache_empty ();
}

/* The second fetch comes from the cache without a request; a refresh
 * asks again; a refresh that fails keeps the complete file. */
static void
test_cache (void)
{
  g_autoptr (WepTestServer) server = start_server (WEP_TEST_SERVE_PAGES, 100);
  g_autoptr (GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *with_slash = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *fourth = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Progress progress = { 0 };
  gint64 start;

  if (server == NULL)
    return;
  url = g_strdup (wep_test_server_get_url (server));
  first = fetch (server, WEP_PDOK_MUNICIPALITIES, WEP_PDOK_DEFAULT, SHORT, &progress, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (wep_test_server_get_n_requests (server), ==, 4);

  progress = (Progress) { 0 };
  start = g_get_monotonic_time ();
  with_slash = g_strconcat (url, "/", NULL);
  second = wep_pdok_fetch_sync (with_slash, WEP_PDOK_MUNICIPALITIES, 2025, WEP_PDOK_DEFAULT,
                                SHORT, progress_cb, &progress, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (second, ==, first);
  g_assert_cmpuint (wep_test_server_get_n_requests (server), ==, 4);
  g_assert_cmpuint (progress.n_calls, ==, 0);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 100 * G_TIME_SPAN_MILLISECOND);

  third = fetch (server, WEP_PDOK_MUNICIPALITIES, WEP_PDOK_REFRESH, SHORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (third, ==, first);
  g_assert_cmpuint (wep_test_server_get_n_requests (server), ==, 8);

  g_file_get_contents (first, &before, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&server, wep_test_server_free);
  fourth = wep_pdok_fetch_sync (url, WEP_PDOK_MUNICIPALITIES, 2025, WEP_PDOK_REFRESH, SHORT, NULL,
                                NULL, NULL, &error);
  g_assert_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_OFFLINE);
  g_assert_null (fourth);
  g_file_get_contents (first, &after, NULL, NULL);
  g_assert_cmpstr (after, ==, before);
}

/* ---- `wep fetch-boundaries` ------------------------------------------------- */


/* The number `wep info` gives after label ("Municipalities:"). */
static guint
info_count (const char *plan,
            const char *label)
{
  g_auto (WepTestRun) r = { 0 };
  const char *line;

  wep_test_run_wep (&r, "info", plan, NULL);
  g_assert_cmpint (r.status, ==, 0);
  line = strstr (r.out, label);
  if (line == NULL)
    g_error ("wep info does not say “%s”:\n%s", label, r.out);
  return (guint) g_ascii_strtoull (line + strlen (label), NULL, 10);
}

/* A new plan in this case's own data folder. */
static char *
new_plan (void)
{
  g_autofree char *plan = g_build_filename (g_get_user_data_dir (), "plan.weplan", NULL);
  g_auto (WepTestRun) r = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  wep_test_run_wep (&r, "new", plan, NULL);
  g_assert_cmpint (r.status, ==, 0);
  return g_steal_pointer (&plan);
}

static gboolean
have_wep (void)
{
  if (g_getenv ("WEP") == NULL)
    {
      g_test_skip ("WEP (the wep binary) is not set");
      return FALSE;
    }
  return have_reference ();
}

/* From an empty plan to 342 municipalities with their boundaries, then
 * the provinces. */
static void
test_cli (void)
{
  g_autoptr (WepTestServer) server = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *cached = NULL;
  const char *url;

  if (!have_wep ())
    return;
  server = start_server (WEP_TEST_SERVE_PAGES, 100);
  url = wep_test_server_get_url (server);
  plan = new_plan ();
  {
    g_auto (WepTestRun) r = { 0 };

    wep_test_run_wep (&r, "fetch-boundaries", plan, "--year", "2025", "--base-url", url, NULL);
    g_test_message ("%s%s", r.out, r.err);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (strstr (r.err, "100 of 342 features") != NULL);
    g_assert_true (strstr (r.err, "342 of 342 features") != NULL);
    g_assert_true (strstr (r.out, "gemeente_gegeneraliseerd (2025)") != NULL);
  }
  g_assert_cmpuint (wep_test_server_get_n_requests (server), ==, 4);
  cached = wep_pdok_cache_path (url, WEP_PDOK_MUNICIPALITIES, 2025);
  g_assert_true (g_file_test (cached, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (info_count (plan, "Municipalities:"), ==, N_GEMEENTEN);
  g_assert_cmpuint (info_count (plan, "With boundaries:"), ==, N_GEMEENTEN);
  /* The rows are recorded as coming from the service. */
  {
    g_auto (WepTestRun) r = { 0 };

    wep_test_run_wep (&r, "info", plan, NULL);
    g_assert_nonnull (strstr (r.out, "service: "));
    g_assert_nonnull (strstr (r.out, "gemeente_gegeneraliseerd (2025)"));
  }

  {
    g_auto (WepTestRun) r = { 0 };

    wep_test_run_wep (&r, "fetch-boundaries", plan, "--year", "2025", "--base-url", url, "--provinces", NULL);
    g_test_message ("%s%s", r.out, r.err);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (strstr (r.err, "12 of 12 features") != NULL);
  }
  g_assert_cmpuint (wep_test_server_get_n_requests (server), ==, 5);
  g_assert_cmpuint (info_count (plan, "Municipalities:"), ==, N_GEMEENTEN);
  g_assert_cmpuint (info_count (plan, "Regions:"), >=, N_PROVINCIES);
}

/* A download that fails half-way changes nothing; wrong use is exit 2. */
static void
test_cli_failure (void)
{
  g_autoptr (WepTestServer) server = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (!have_wep ())
    return;
  server = start_server (WEP_TEST_SERVE_FAIL_PAGE_3, 100);
  plan = new_plan ();
  g_assert_true (g_file_get_contents (plan, &before, NULL, NULL));
  {
    g_auto (WepTestRun) r = { 0 };

    wep_test_run_wep (&r, "fetch-boundaries", plan, "--year", "2025", "--base-url",
         wep_test_server_get_url (server), NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_true (strstr (r.err, "Nothing was imported") != NULL);
    g_assert_true (strstr (r.err, "500") != NULL);
    g_assert_true (strstr (r.err, "cursor=o200") != NULL);
  }
  g_assert_true (g_file_get_contents (plan, &after, NULL, NULL));
  g_assert_true (g_str_equal (before, after));
  g_assert_cmpuint (info_count (plan, "Municipalities:"), ==, 0);
  assert_cache_empty ();
  {
    g_auto (WepTestRun) r = { 0 };

    wep_test_run_wep (&r, "fetch-boundaries", plan, "--base-url", wep_test_server_get_url (server), NULL);
    g_assert_cmpint (r.status, ==, 2);
    g_assert_true (strstr (r.err, "--year") != NULL);
  }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *gemeenten_path = g_build_filename (SHARED_DIR, "data", "reference",
                                                      "gemeenten-2025.geojson", NULL);
  g_autofree char *provincies_path = g_build_filename (SHARED_DIR, "data", "reference",
                                                       "provincies-2025.geojson", NULL);
  int status;

  /* The download uses the system's GProxyResolver. Here it must not: the
   * server is on 127.0.0.1, and GNOME's resolver needs the GSettings
   * schemas that the isolated XDG_DATA_DIRS hide (it aborts without them).
   * GLib's own resolver connects directly; wep children inherit it. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  gemeenten = wep_test_load_features (gemeenten_path, 2025);
  provincies = wep_test_load_features (provincies_path, 2025);
  if (gemeenten != NULL)
    g_assert_cmpuint (gemeenten->len, ==, N_GEMEENTEN);
  if (provincies != NULL)
    g_assert_cmpuint (provincies->len, ==, N_PROVINCIES);

  g_test_add_func ("/pdok/pages", test_pages);
  g_test_add_func ("/pdok/small-pages", test_small_pages);
  g_test_add_func ("/pdok/provinces", test_provinces);
  g_test_add_func ("/pdok/import-preview", test_import_preview);
  g_test_add_func ("/pdok/other-years", test_other_years);
  g_test_add_func ("/pdok/empty-year", test_empty_year);
  g_test_add_func ("/pdok/fail-half-way", test_fail_half_way);
  g_test_add_func ("/pdok/bad-json", test_bad_json);
  g_test_add_func ("/pdok/not-features", test_not_features);
  g_test_add_func ("/pdok/loop", test_loop);
  g_test_add_func ("/pdok/endless", test_endless);
  g_test_add_func ("/pdok/timeout", test_timeout);
  g_test_add_func ("/pdok/cancel", test_cancel);
  g_test_add_func ("/pdok/offline", test_offline);
  g_test_add_func ("/pdok/bad-url", test_bad_url);
  g_test_add_func ("/pdok/cache", test_cache);
  g_test_add_func ("/pdok/cli", test_cli);
  g_test_add_func ("/pdok/cli-failure", test_cli_failure);

  status = g_test_run ();
  g_clear_pointer (&gemeenten, g_ptr_array_unref);
  g_clear_pointer (&provincies, g_ptr_array_unref);
  return status;
}
