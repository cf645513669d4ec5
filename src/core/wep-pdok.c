/* wep-pdok.c: downloading the CBS Gebiedsindelingen from PDOK
 *
 * One GTask per download. Its worker thread owns a SoupSession of its own
 * (created, used and dropped there, with a private thread-default main
 * context so that none of libsoup's sources land in the caller's) and
 * walks the pages with the blocking API: GET the first page
 *
 *   {base}/collections/{gemeente|provincie}_gegeneraliseerd/items
 *     ?f=json&limit=1000&datetime={year}-07-01T00:00:00Z
 *
 * then the href of its link with rel "next" (resolved against the page's
 * own URL), until a page has none. The server may cap limit, so no page
 * is assumed to be full. Every page is checked (HTTP 200, JSON, a
 * FeatureCollection with a features array of Features); the features kept
 * are concatenated, and only a complete download is written, atomically,
 * into the cache. Progress goes to the caller's main context after each
 * page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "wep-pdok.h"

#define USER_AGENT   "WonenEerstPlanner/" PACKAGE_VERSION \
                     " (+https://github.com/woneneerst/planner)"
#define PAGE_LIMIT   1000
#define READ_SIZE    65536
#define CACHE_SUBDIR "wonen-eerst-planner", "pdok"

G_DEFINE_QUARK (wep-pdok-error-quark, wep_pdok_error)

/* What the caller asked for; the task data. */
typedef struct
{
  char                *base_url;   /* without a trailing slash */
  WepPdokLevel         level;
  int                  year;
  guint                timeout;
  char                *cache_path;
  WepPdokProgressFunc  progress;
  gpointer             progress_data;
} Fetch;

/* The worker's state during a download. */
typedef struct
{
  Fetch        *fetch;
  GTask        *task;
  GCancellable *cancellable;
  SoupSession  *session;
  GHashTable   *visited;      /* URLs of the pages read */
  GString      *features;     /* the features kept, as JSON, comma-separated */
  guint         n_kept;
  guint         n_pages;
  gint64        n_matched;    /* numberMatched of the first page, or -1 */
  gsize         n_bytes;
} Download;

typedef struct
{
  GTask  *task;
  guint   n_features;
  gint64  n_matched;
} Progress;

static void
fetch_free (Fetch *fetch)
{
  g_free (fetch->base_url);
  g_free (fetch->cache_path);
  g_free (fetch);
}

const char *
wep_pdok_level_collection (WepPdokLevel level)
{
  switch (level)
    {
    case WEP_PDOK_MUNICIPALITIES:
      return "gemeente_gegeneraliseerd";
    case WEP_PDOK_PROVINCES:
      return "provincie_gegeneraliseerd";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The base URL as the cache and the requests use it: no trailing slash. */
static char *
normalize_base_url (const char *base_url)
{
  char *url = g_strdup (base_url != NULL ? base_url : WEP_PDOK_DEFAULT_BASE_URL);
  gsize len = strlen (url);

  while (len > 0 && url[len - 1] == '/')
    url[--len] = '\0';
  return url;
}

static gboolean
is_web_address (const char *url)
{
  g_autoptr (GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);

  return uri != NULL && g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0'
         && (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") == 0
             || g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0);
}

WepImportPreview *
wep_pdok_import_preview (WepDocument   *doc,
                         const char    *path,
                         const char    *base_url,
                         WepPdokLevel   level,
                         int            year,
                         GError       **error)
{
  g_autoptr (WepImportPreview) preview = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if ((preview = wep_import_boundaries_preview (doc, path, NULL, NULL, error)) == NULL)
    return NULL;
  /* The provenance names the service, not the file in the cache. */
  base = g_strdup (base_url != NULL ? base_url : WEP_PDOK_DEFAULT_BASE_URL);
  while (strlen (base) > 1 && g_str_has_suffix (base, "/"))
    base[strlen (base) - 1] = '\0';
  g_free (preview->source);
  preview->source = g_strdup_printf ("%s/collections/%s (%d)", base,
                                     wep_pdok_level_collection (level), year);
  preview->provenance_kind = "service";
  return g_steal_pointer (&preview);
}

char *
wep_pdok_cache_path (const char   *base_url,
                     WepPdokLevel  level,
                     int           year)
{
  g_autofree char *base = normalize_base_url (base_url);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, base, -1);
  g_autofree char *name = NULL;

  g_return_val_if_fail (level == WEP_PDOK_MUNICIPALITIES || level == WEP_PDOK_PROVINCES, NULL);

  hash[12] = '\0';
  name = g_strdup_printf ("%s-%d-%s.geojson",
                          level == WEP_PDOK_MUNICIPALITIES ? "gemeente" : "provincie", year, hash);
  return g_build_filename (g_get_user_cache_dir (), CACHE_SUBDIR, name, NULL);
}

/* ---- progress, in the caller's main context ---------------------------- */

static gboolean
progress_cb (gpointer data)
{
  Progress *progress = data;
  Fetch *fetch = g_task_get_task_data (progress->task);

  /* Never after the callback: progress_data may be gone by then. */
  if (!g_task_get_completed (progress->task))
    fetch->progress (progress->n_features, progress->n_matched, fetch->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  g_object_unref (progress->task);
  g_free (progress);
}

static void
report_progress (Download *d)
{
  g_autoptr (GSource) source = NULL;
  Progress *progress;

  if (d->fetch->progress == NULL)
    return;
  progress = g_new0 (Progress, 1);
  progress->task = g_object_ref (d->task);
  progress->n_features = d->n_kept;
  progress->n_matched = d->n_matched;
  /* An idle source rather than g_main_context_invoke(), which would call
   * progress in this thread whenever it can acquire the context. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, progress_cb, progress, progress_free);
  g_source_set_static_name (source, "[wep] PDOK progress");
  g_source_attach (source, g_task_get_context (d->task));
}

/* ---- one page ------------------------------------------------------------ */

static char *
uri_host (const char *url)
{
  g_autoptr (GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);

  return g_strdup (uri != NULL && g_uri_get_host (uri) != NULL ? g_uri_get_host (uri) : url);
}

/* A network error, said so that the user knows what happened and where. */
static void
set_network_error (Download      *d,
                   GError       **error,
                   const GError  *cause,
                   const char    *url)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                 _("The download from PDOK was cancelled."));
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                 g_dngettext (GETTEXT_PACKAGE, "No answer within %u second from %s.",
                              "No answer within %u seconds from %s.", d->fetch->timeout),
                 d->fetch->timeout, url);
  else if (cause->domain == G_RESOLVER_ERROR
           || g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE)
           || g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE)
           || g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    {
      g_autofree char *host = uri_host (url);

      g_set_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_OFFLINE,
                   _("No connection to PDOK at %s (offline?): %s"), host, cause->message);
    }
  else
    g_set_error (error, cause->domain, cause->code, _("Could not download %s: %s"), url,
                 cause->message);
}

/* GETs url and reads the whole answer, within the limits. */
static GBytes *
fetch_page (Download    *d,
            const char  *url,
            GError     **error)
{
  g_autoptr (SoupMessage) msg = soup_message_new (SOUP_METHOD_GET, url);
  g_autoptr (GInputStream) stream = NULL;
  g_autoptr (GByteArray) body = NULL;
  g_autoptr (GError) local = NULL;
  g_autofree guint8 *buffer = NULL;
  guint status;

  if (msg == NULL)
    {
      g_set_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_BAD_URL,
                   _("“%s” is not an http or https address."), url);
      return NULL;
    }
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Accept",
                                "application/geo+json, application/json;q=0.9");

  stream = soup_session_send (d->session, msg, d->cancellable, &local);
  if (stream == NULL)
    {
      set_network_error (d, error, local, url);
      return NULL;
    }
  status = soup_message_get_status (msg);
  if (status != SOUP_STATUS_OK)
    {
      const char *reason = soup_message_get_reason_phrase (msg);

      g_input_stream_close (stream, NULL, NULL);
      g_set_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_HTTP,
                   _("The server answered %u %s to %s."), status,
                   reason != NULL ? reason : soup_status_get_phrase (status), url);
      return NULL;
    }

  body = g_byte_array_new ();
  buffer = g_malloc (READ_SIZE);
  for (;;)
    {
      gssize n = g_input_stream_read (stream, buffer, READ_SIZE, d->cancellable, &local);

      if (n < 0)
        {
          set_network_error (d, error, local, url);
          return NULL;
        }
      if (n == 0)
        break;
      if (d->n_bytes + body->len + n > WEP_PDOK_MAX_BYTES)
        {
          g_set_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_LIMIT,
                       _("The download passes %d MiB at %s; it stops there."),
                       WEP_PDOK_MAX_BYTES / (1024 * 1024), url);
          return NULL;
        }
      g_byte_array_append (body, buffer, n);
    }
  g_input_stream_close (stream, NULL, NULL);
  d->n_bytes += body->len;
  return g_byte_array_free_to_bytes (g_steal_pointer (&body));
}

/* Members of untrusted JSON: NULL where the member is absent or of
 * another type (the json-glib getters warn on a wrong type). */
static JsonNode *
get_member (JsonObject *object,
            const char *name,
            JsonNodeType type)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_TYPE (node) == type ? node : NULL;
}

static const char *
get_string_member (JsonObject *object,
                   const char *name)
{
  JsonNode *node = get_member (object, name, JSON_NODE_VALUE);

  return node != NULL && json_node_get_value_type (node) == G_TYPE_STRING
           ? json_node_get_string (node)
           : NULL;
}

/* Whether a feature belongs to the year: its "jaarcode" property (a
 * number, or a text of digits) names the year, or it has none. */
static gboolean
feature_in_year (JsonObject *feature,
                 int         year)
{
  JsonNode *properties = get_member (feature, "properties", JSON_NODE_OBJECT);
  JsonNode *code;
  gint64 value;

  if (properties == NULL
      || (code = get_member (json_node_get_object (properties), "jaarcode", JSON_NODE_VALUE))
           == NULL)
    return TRUE;
  if (json_node_get_value_type (code) == G_TYPE_INT64)
    return json_node_get_int (code) == year;
  if (json_node_get_value_type (code) == G_TYPE_STRING)
    return !g_ascii_string_to_signed (json_node_get_string (code), 10, 0, G_MAXINT, &value, NULL)
           || value == year;
  return TRUE;
}

/* The href of the page's link with rel "next" (one of a JSON type when
 * the links say their type), resolved against url; NULL when there is none. */
static char *
find_next_link (JsonObject  *page,
                const char  *url,
                GError     **error)
{
  JsonNode *links = get_member (page, "links", JSON_NODE_ARRAY);
  JsonArray *array;

  if (links == NULL)
    return NULL;
  array = json_node_get_array (links);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *link;
      const char *href, *type;
      g_autofree char *next = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      link = json_node_get_object (node);
      href = get_string_member (link, "href");
      type = get_string_member (link, "type");
      if (g_strcmp0 (get_string_member (link, "rel"), "next") != 0 || href == NULL
          || (type != NULL && strstr (type, "json") == NULL))
        continue;

      next = g_uri_resolve_relative (url, href, G_URI_FLAGS_NONE, NULL);
      if (next == NULL || !is_web_address (next))
        {
          g_set_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_BAD_URL,
                       _("The next link of %s, “%s”, is not an http or https address."), url,
                       href);
          return NULL;
        }
      return g_steal_pointer (&next);
    }
  return NULL;
}

/* Checks a page and keeps its features of the year; *next is the next
 * page's URL or NULL. */
static gboolean
read_page (Download    *d,
           const char  *url,
           GBytes      *body,
           char       **next,
           GError     **error)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GError) local = NULL;
  JsonNode *root, *features;
  JsonObject *page;
  JsonArray *array;
  gsize length;
  const char *data = g_bytes_get_data (body, &length);

  *next = NULL;
  if (length == 0 || !json_parser_load_from_data (parser, data, length, &local))
    {
      g_set_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_INVALID,
                   _("The answer of %s is not valid JSON: %s"), url,
                   local != NULL ? local->message : _("it is empty"));
      return FALSE;
    }
  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root)
      || g_strcmp0 (get_string_member (json_node_get_object (root), "type"),
                    "FeatureCollection") != 0)
    {
      g_set_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_INVALID,
                   _("The answer of %s is not a GeoJSON FeatureCollection."), url);
      return FALSE;
    }
  page = json_node_get_object (root);
  if ((features = get_member (page, "features", JSON_NODE_ARRAY)) == NULL)
    {
      g_set_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_INVALID,
                   _("The answer of %s has no list of features."), url);
      return FALSE;
    }

  if (d->n_pages == 1)
    {
      JsonNode *matched = get_member (page, "numberMatched", JSON_NODE_VALUE);

      if (matched != NULL && json_node_get_value_type (matched) == G_TYPE_INT64
          && json_node_get_int (matched) >= 0)
        d->n_matched = json_node_get_int (matched);
    }

  array = json_node_get_array (features);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *text = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node)
          || g_strcmp0 (get_string_member (json_node_get_object (node), "type"), "Feature") != 0)
        {
          g_set_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_INVALID,
                       _("Feature %u of %s is not a GeoJSON Feature."), i + 1, url);
          return FALSE;
        }
      if (!feature_in_year (json_node_get_object (node), d->fetch->year))
        continue;
      text = json_to_string (node, FALSE);
      if (d->n_kept > 0)
        g_string_append_c (d->features, ',');
      g_string_append (d->features, text);
      d->n_kept++;
    }

  *next = find_next_link (page, url, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

/* ---- the download, in the worker thread ----------------------------------- */

static gboolean
write_cache (Download  *d,
             GError   **error)
{
  Fetch *fetch = d->fetch;
  g_autofree char *dir = g_path_get_dirname (fetch->cache_path);
  g_autoptr (GString) out = g_string_sized_new (d->features->len + 128);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the cache folder %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }
  g_string_append_printf (out, "{\"type\":\"FeatureCollection\",\"name\":\"%s\",\"features\":[",
                          wep_pdok_level_collection (fetch->level));
  g_string_append_len (out, d->features->str, d->features->len);
  g_string_append (out, "]}\n");
  /* CONSISTENT: a temporary file, synced, renamed over the old one; on
   * failure the temporary file is removed. */
  if (!g_file_set_contents_full (fetch->cache_path, out->str, out->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, error))
    {
      g_prefix_error (error, _("Could not write the downloaded boundaries: "));
      return FALSE;
    }
  return TRUE;
}

static char *
first_page_url (Fetch *fetch)
{
  g_autofree char *url = g_strdup_printf ("%s/collections/%s/items?f=json&limit=%d"
                                          "&datetime=%04d-07-01T00:00:00Z",
                                          fetch->base_url,
                                          wep_pdok_level_collection (fetch->level), PAGE_LIMIT,
                                          fetch->year);

  /* The form every next link is compared in. */
  return g_uri_resolve_relative (NULL, url, G_URI_FLAGS_NONE, NULL);
}

static gboolean
download (Download  *d,
          GError   **error)
{
  g_autofree char *url = first_page_url (d->fetch);

  if (url == NULL)
    {
      g_set_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_BAD_URL,
                   _("“%s” is not an http or https address."), d->fetch->base_url);
      return FALSE;
    }

  while (url != NULL)
    {
      g_autoptr (GBytes) body = NULL;
      char *next = NULL;

      if (d->n_pages == WEP_PDOK_MAX_PAGES)
        {
          g_set_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_LIMIT,
                       _("More than %d pages from %s; the download stops there."),
                       WEP_PDOK_MAX_PAGES, d->fetch->base_url);
          return FALSE;
        }
      g_hash_table_add (d->visited, g_strdup (url));
      if ((body = fetch_page (d, url, error)) == NULL)
        return FALSE;
      d->n_pages++;
      if (!read_page (d, url, body, &next, error))
        return FALSE;
      report_progress (d);

      if (next != NULL && g_hash_table_contains (d->visited, next))
        {
          g_set_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_LOOP,
                       _("The next link of %s leads back to %s, a page already read."), url,
                       next);
          g_free (next);
          return FALSE;
        }
      g_free (url);
      url = next;
    }

  if (d->n_kept == 0)
    {
      g_set_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_EMPTY,
                   _("%s has no features of %s for %d."), d->fetch->base_url,
                   wep_pdok_level_collection (d->fetch->level), d->fetch->year);
      return FALSE;
    }
  return !g_cancellable_set_error_if_cancelled (d->cancellable, error)
         && write_cache (d, error);
}

static void
fetch_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_autoptr (GMainContext) context = g_main_context_new ();
  g_autoptr (GError) error = NULL;
  Download d = { 0 };
  gboolean ok;

  d.fetch = task_data;
  d.task = task;
  d.cancellable = cancellable;
  d.n_matched = -1;
  d.visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d.features = g_string_new (NULL);

  g_main_context_push_thread_default (context);
  /* No "proxy-resolver": the session then uses g_proxy_resolver_get_default(),
   * the system's proxy settings (GNOME's, or $https_proxy / $no_proxy).
   * Setting it, even to NULL, would turn that off. */
  d.session = soup_session_new_with_options ("user-agent", USER_AGENT,
                                             "timeout", d.fetch->timeout,
                                             NULL);
  ok = download (&d, &error);
  g_clear_object (&d.session);
  g_main_context_pop_thread_default (context);

  g_hash_table_unref (d.visited);
  g_string_free (d.features, TRUE);
  if (ok)
    g_task_return_pointer (task, g_strdup (d.fetch->cache_path), g_free);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
wep_pdok_fetch_async (const char          *base_url,
                      WepPdokLevel         level,
                      int                  year,
                      WepPdokFlags         flags,
                      guint                timeout_seconds,
                      WepPdokProgressFunc  progress,
                      gpointer             progress_data,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  Fetch *fetch;

  g_return_if_fail (level == WEP_PDOK_MUNICIPALITIES || level == WEP_PDOK_PROVINCES);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, wep_pdok_fetch_async);
  g_task_set_name (task, "[wep] PDOK download");

  fetch = g_new0 (Fetch, 1);
  fetch->base_url = normalize_base_url (base_url);
  fetch->level = level;
  fetch->year = year;
  fetch->timeout = timeout_seconds > 0 ? timeout_seconds : WEP_PDOK_DEFAULT_TIMEOUT;
  fetch->cache_path = wep_pdok_cache_path (fetch->base_url, level, year);
  fetch->progress = progress;
  fetch->progress_data = progress_data;
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);

  if (!is_web_address (fetch->base_url))
    {
      g_task_return_new_error (task, WEP_PDOK_ERROR, WEP_PDOK_ERROR_BAD_URL,
                               _("“%s” is not an http or https address."), fetch->base_url);
      return;
    }
  if (year < 1000 || year > 9999)
    {
      g_task_return_new_error (task, WEP_PDOK_ERROR, WEP_PDOK_ERROR_EMPTY,
                               _("%d is not a year PDOK has boundaries for."), year);
      return;
    }
  /* The boundaries of a year do not change: a complete earlier download
   * is the answer, without the network. */
  if ((flags & WEP_PDOK_REFRESH) == 0 && g_file_test (fetch->cache_path, G_FILE_TEST_IS_REGULAR))
    {
      g_task_return_pointer (task, g_strdup (fetch->cache_path), g_free);
      return;
    }
  g_task_run_in_thread (task, fetch_thread);
}

char *
wep_pdok_fetch_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == wep_pdok_fetch_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
fetch_sync_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

char *
wep_pdok_fetch_sync (const char           *base_url,
                     WepPdokLevel          level,
                     int                   year,
                     WepPdokFlags          flags,
                     guint                 timeout_seconds,
                     WepPdokProgressFunc   progress,
                     gpointer              progress_data,
                     GCancellable         *cancellable,
                     GError              **error)
{
  g_autoptr (GMainContext) context = g_main_context_new ();
  g_autoptr (GAsyncResult) result = NULL;
  char *path;

  g_main_context_push_thread_default (context);
  wep_pdok_fetch_async (base_url, level, year, flags, timeout_seconds, progress, progress_data,
                        cancellable, fetch_sync_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (context, TRUE);
  path = wep_pdok_fetch_finish (result, error);
  g_main_context_pop_thread_default (context);
  return path;
}
