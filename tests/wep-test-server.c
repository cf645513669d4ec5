/* wep-test-server.c: a stand-in for PDOK's OGC API Features on 127.0.0.1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "wep-test-server.h"

#define DATETIME      "2025-07-01T00:00:00Z"
#define DEFAULT_LIMIT 10
#define DEFAULT_CAP   1000

struct _WepTestServer
{
  WepTestServerOptions options;
  GPtrArray           *gemeenten;
  GPtrArray           *provincies;
  GPtrArray           *mixed;         /* gemeenten with some of 2024 among them */
  GPtrArray           *none;          /* what another datetime matches */

  GThread             *thread;
  GMainContext        *context;
  GMainLoop           *loop;
  SoupServer          *soup;          /* only touched in the thread */
  GPtrArray           *delayed;       /* GSource *: answers held back (SLOW) */
  char                *url;

  GMutex               lock;
  GCond                cond;
  gboolean             ready;
  int                  n_requests;    /* atomic */
  char                *user_agent;    /* under lock */
  char                *first_query;   /* under lock */
};

GPtrArray *
wep_test_load_features (const char *path,
                        int         year)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GPtrArray) features = g_ptr_array_new_with_free_func (g_free);
  JsonArray *array;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  if (!json_parser_load_from_file (parser, path, NULL))
    g_error ("%s is not JSON", path);
  array = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                        "features");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *feature = json_array_get_element (array, i);
      JsonObject *properties = json_object_get_object_member (json_node_get_object (feature),
                                                              "properties");

      json_object_set_int_member (properties, "jaarcode", year);
      g_ptr_array_add (features, json_to_string (feature, FALSE));
    }
  return g_steal_pointer (&features);
}

/* The municipalities with, after every tenth, a copy of 2024 (its
 * jaarcode a number, or every other time a text). */
static GPtrArray *
mix_in_other_year (GPtrArray *features)
{
  GPtrArray *mixed = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < features->len; i++)
    {
      const char *text = g_ptr_array_index (features, i);

      g_ptr_array_add (mixed, g_strdup (text));
      if (i % 10 == 0)
        {
          g_auto (GStrv) parts = g_strsplit (text, "\"jaarcode\":2025", 2);

          g_assert_cmpuint (g_strv_length (parts), ==, 2);
          g_ptr_array_add (mixed, g_strjoinv (i % 20 == 0 ? "\"jaarcode\":\"2024\""
                                                          : "\"jaarcode\":2024",
                                              parts));
        }
    }
  return mixed;
}

/* ---- answers --------------------------------------------------------------- */

static void
answer_text (SoupServerMessage *msg,
             guint              status,
             const char        *type,
             const char        *text)
{
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, type, SOUP_MEMORY_COPY, text, strlen (text));
}

static char *
next_href (WepTestServer *self,
           const char    *path,
           const char    *format,
           guint          limit,
           guint          offset)
{
  if (self->options.relative_links)
    return g_strdup_printf ("items?f=%s&limit=%u&datetime=%s&cursor=o%u", format, limit, DATETIME,
                            offset);
  return g_strdup_printf ("%s%s?f=%s&limit=%u&datetime=%s&cursor=o%u", self->url, path, format,
                          limit, DATETIME, offset);
}

/* One page: features [offset, offset + size) of all, and a next link when
 * there are more (or always, ENDLESS). */
static char *
build_page (WepTestServer     *self,
            SoupServerMessage *msg,
            const char        *path,
            GPtrArray         *all,
            guint              limit,
            guint              size,
            guint              offset)
{
  g_autoptr (GString) page = g_string_new (NULL);
  g_autofree char *self_href = g_uri_to_string (soup_server_message_get_uri (msg));
  guint end = MIN (offset + size, all->len);
  guint n = offset < end ? end - offset : 0;
  gboolean more = offset + n < all->len;
  guint next = offset + n;

  if (self->options.mode == WEP_TEST_SERVE_ENDLESS)
    {
      n = 0;
      more = TRUE;
      next = offset + 1;
    }
  else if (self->options.mode == WEP_TEST_SERVE_LOOP && offset == 2 * size)
    next = size;

  g_string_append_printf (page,
                          "{\"type\":\"FeatureCollection\",\"numberReturned\":%u,"
                          "\"numberMatched\":%u,\"timeStamp\":\"2025-11-27T09:00:00Z\","
                          "\"links\":[{\"rel\":\"self\",\"type\":\"application/geo+json\","
                          "\"href\":\"%s\"}",
                          n, self->options.mode == WEP_TEST_SERVE_ENDLESS ? 0 : all->len,
                          self_href);
  if (more)
    {
      g_autofree char *json = next_href (self, path, "json", limit, next);

      if (self->options.relative_links)
        {
          g_autofree char *html = next_href (self, path, "html", limit, next);

          g_string_append_printf (page, ",{\"rel\":\"next\",\"type\":\"text/html\","
                                        "\"href\":\"%s\"}", html);
        }
      g_string_append_printf (page, ",{\"rel\":\"next\",\"type\":\"application/geo+json\","
                                    "\"title\":\"Next page\",\"href\":\"%s\"}", json);
    }
  g_string_append (page, "],\"features\":[");
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (page, ',');
      g_string_append (page, g_ptr_array_index (all, offset + i));
    }
  g_string_append (page, "]}");
  return g_string_free (g_steal_pointer (&page), FALSE);
}

typedef struct
{
  WepTestServer     *self;
  SoupServerMessage *msg;
  char              *body;
  GSource           *source;
} Delayed;

static void
delayed_free (gpointer data)
{
  Delayed *delayed = data;

  g_object_unref (delayed->msg);
  g_free (delayed->body);
  g_free (delayed);
}

static gboolean
delayed_answer_cb (gpointer data)
{
  Delayed *delayed = data;

  answer_text (delayed->msg, SOUP_STATUS_OK, "application/geo+json", delayed->body);
  soup_server_message_unpause (delayed->msg);
  g_ptr_array_remove (delayed->self->delayed, delayed->source);
  return G_SOURCE_REMOVE;
}

static void
answer_later (WepTestServer     *self,
              SoupServerMessage *msg,
              char              *body)
{
  Delayed *delayed = g_new0 (Delayed, 1);

  delayed->self = self;
  delayed->msg = g_object_ref (msg);
  delayed->body = body;
  delayed->source = g_timeout_source_new (self->options.delay_ms);
  g_source_set_callback (delayed->source, delayed_answer_cb, delayed, delayed_free);
  g_source_attach (delayed->source, self->context);
  g_ptr_array_add (self->delayed, delayed->source);
  soup_server_message_pause (msg);
}

static gboolean
parse_uint (const char *text,
            guint      *value)
{
  guint64 v;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &v, NULL))
    return FALSE;
  *value = v;
  return TRUE;
}

static void
items_cb (SoupServer        *soup,
          SoupServerMessage *msg,
          const char        *path,
          GHashTable        *query,
          gpointer           user_data)
{
  WepTestServer *self = user_data;
  const char *format = query != NULL ? g_hash_table_lookup (query, "f") : NULL;
  const char *datetime = query != NULL ? g_hash_table_lookup (query, "datetime") : NULL;
  const char *cursor = query != NULL ? g_hash_table_lookup (query, "cursor") : NULL;
  const char *limit_text = query != NULL ? g_hash_table_lookup (query, "limit") : NULL;
  GPtrArray *all;
  guint limit = DEFAULT_LIMIT, size, offset = 0;
  char *page;

  g_mutex_lock (&self->lock);
  g_free (self->user_agent);
  self->user_agent = g_strdup (soup_message_headers_get_one (
    soup_server_message_get_request_headers (msg), "User-Agent"));
  if (self->first_query == NULL)
    self->first_query = g_strdup (g_uri_get_query (soup_server_message_get_uri (msg)));
  g_mutex_unlock (&self->lock);
  g_atomic_int_inc (&self->n_requests);

  if (g_str_equal (path, "/collections/gemeente_gegeneraliseerd/items"))
    all = self->options.mode == WEP_TEST_SERVE_OTHER_YEARS ? self->mixed : self->gemeenten;
  else if (g_str_equal (path, "/collections/provincie_gegeneraliseerd/items"))
    all = self->provincies;
  else
    {
      answer_text (msg, SOUP_STATUS_NOT_FOUND, "text/plain", "no such collection");
      return;
    }
  if (g_strcmp0 (format, "html") == 0)
    {
      answer_text (msg, SOUP_STATUS_OK, "text/html",
                   "<!DOCTYPE html><html><body>PDOK</body></html>");
      return;
    }
  if (g_strcmp0 (format, "json") != 0 || (limit_text != NULL && !parse_uint (limit_text, &limit))
      || limit == 0 || (cursor != NULL && (cursor[0] != 'o' || !parse_uint (cursor + 1, &offset))))
    {
      answer_text (msg, SOUP_STATUS_BAD_REQUEST, "text/plain", "bad query");
      return;
    }
  /* All years sit in one collection; datetime picks 2025 (or nothing). */
  if (g_strcmp0 (datetime, DATETIME) != 0)
    all = self->none;
  size = MIN (limit, self->options.cap);

  switch (self->options.mode)
    {
    case WEP_TEST_SERVE_FAIL_PAGE_3:
      if (offset == 2 * size)
        {
          answer_text (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, "text/plain", "database gone");
          return;
        }
      break;
    case WEP_TEST_SERVE_BAD_JSON:
      if (offset == size)
        {
          answer_text (msg, SOUP_STATUS_OK, "application/geo+json",
                       "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Fea");
          return;
        }
      break;
    case WEP_TEST_SERVE_NOT_FEATURES:
      answer_text (msg, SOUP_STATUS_OK, "application/geo+json",
                   "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}");
      return;
    case WEP_TEST_SERVE_PAGES:
    case WEP_TEST_SERVE_SLOW:
    case WEP_TEST_SERVE_LOOP:
    case WEP_TEST_SERVE_ENDLESS:
    case WEP_TEST_SERVE_OTHER_YEARS:
    default:
      break;
    }

  page = build_page (self, msg, path, all, limit, size, offset);
  if (self->options.mode == WEP_TEST_SERVE_SLOW)
    answer_later (self, msg, page);
  else
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "application/geo+json", SOUP_MEMORY_TAKE, page,
                                        strlen (page));
    }
}

/* ---- the thread -------------------------------------------------------------- */

static gboolean
ready_cb (gpointer data)
{
  WepTestServer *self = data;

  g_mutex_lock (&self->lock);
  self->ready = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->lock);
  return G_SOURCE_REMOVE;
}

static gpointer
server_thread (gpointer data)
{
  WepTestServer *self = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GSource) ready = g_idle_source_new ();
  GSList *uris;

  g_main_context_push_thread_default (self->context);
  self->soup = soup_server_new ("server-header", "wep-test-server ", NULL);
  soup_server_add_handler (self->soup, "/collections", items_cb, self, NULL);
  if (!soup_server_listen_local (self->soup, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error))
    g_error ("cannot listen on 127.0.0.1: %s", error->message);
  uris = soup_server_get_uris (self->soup);
  self->url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  /* Ready once the loop runs, so that a quit cannot come before it. */
  g_source_set_callback (ready, ready_cb, self, NULL);
  g_source_attach (ready, self->context);
  g_main_loop_run (self->loop);

  while (self->delayed->len > 0)
    {
      GSource *source = g_ptr_array_steal_index (self->delayed, self->delayed->len - 1);

      g_source_destroy (source);
      g_source_unref (source);
    }
  soup_server_disconnect (self->soup);
  g_clear_object (&self->soup);
  g_main_context_pop_thread_default (self->context);
  return NULL;
}

WepTestServer *
wep_test_server_new (GPtrArray                  *gemeenten,
                     GPtrArray                  *provincies,
                     const WepTestServerOptions *options)
{
  WepTestServer *self = g_new0 (WepTestServer, 1);

  self->options = *options;
  if (self->options.cap == 0)
    self->options.cap = DEFAULT_CAP;
  self->gemeenten = g_ptr_array_ref (gemeenten);
  self->provincies = g_ptr_array_ref (provincies);
  self->mixed = mix_in_other_year (gemeenten);
  self->none = g_ptr_array_new ();
  self->delayed = g_ptr_array_new_with_free_func ((GDestroyNotify) g_source_unref);
  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);

  self->thread = g_thread_new ("wep-test-server", server_thread, self);
  g_mutex_lock (&self->lock);
  while (!self->ready)
    g_cond_wait (&self->cond, &self->lock);
  g_mutex_unlock (&self->lock);
  return self;
}

void
wep_test_server_free (WepTestServer *self)
{
  g_main_loop_quit (self->loop);
  g_thread_join (self->thread);
  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_ptr_array_unref (self->delayed);
  g_ptr_array_unref (self->gemeenten);
  g_ptr_array_unref (self->provincies);
  g_ptr_array_unref (self->mixed);
  g_ptr_array_unref (self->none);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);
  g_free (self->url);
  g_free (self->user_agent);
  g_free (self->first_query);
  g_free (self);
}

const char *
wep_test_server_get_url (WepTestServer *self)
{
  return self->url;
}

guint
wep_test_server_get_n_requests (WepTestServer *self)
{
  return g_atomic_int_get (&self->n_requests);
}

char *
wep_test_server_get_user_agent (WepTestServer *self)
{
  char *user_agent;

  g_mutex_lock (&self->lock);
  user_agent = g_strdup (self->user_agent);
  g_mutex_unlock (&self->lock);
  return user_agent;
}

char *
wep_test_server_get_first_query (WepTestServer *self)
{
  char *query;

  g_mutex_lock (&self->lock);
  query = g_strdup (self->first_query);
  g_mutex_unlock (&self->lock);
  return query;
}
