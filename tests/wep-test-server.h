/* wep-test-server.h: a stand-in for PDOK's OGC API Features on 127.0.0.1
 *
 * A SoupServer in a thread of its own (its own GMainContext and loop), so
 * that it answers while the test blocks in a synchronous download or in
 * a child process. It serves
 *
 *   /collections/{gemeente,provincie}_gegeneraliseerd/items?f=json&limit=N&datetime=…&cursor=…
 *
 * as PDOK does: FeatureCollection pages with numberReturned, numberMatched
 * and links (self, and next with a cursor parameter), honouring limit up
 * to a cap; features only for the datetime 2025-07-01T00:00:00Z. The
 * modes break it in the ways the download must survive.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  WEP_TEST_SERVE_PAGES,         /* as PDOK */
  WEP_TEST_SERVE_FAIL_PAGE_3,   /* 500 Internal Server Error for the third page */
  WEP_TEST_SERVE_BAD_JSON,      /* the second page is cut off in the middle */
  WEP_TEST_SERVE_NOT_FEATURES,  /* the first page is a Feature, not a FeatureCollection */
  WEP_TEST_SERVE_SLOW,          /* every answer starts after delay_ms */
  WEP_TEST_SERVE_LOOP,          /* the third page's next link is the second page again */
  WEP_TEST_SERVE_ENDLESS,       /* empty pages, each with a next link to another */
  WEP_TEST_SERVE_OTHER_YEARS,   /* also features whose jaarcode is 2024 */
} WepTestServeMode;

typedef struct
{
  WepTestServeMode mode;
  guint            cap;             /* the most features on a page; 0: 1000 */
  gboolean         relative_links;  /* next links relative to the page (and an HTML one first) */
  guint            delay_ms;        /* WEP_TEST_SERVE_SLOW */
} WepTestServerOptions;

typedef struct _WepTestServer WepTestServer;

/* The features of a reference GeoJSON file, each as JSON text with
 * "jaarcode": year added to its properties; NULL when the file is absent. */
GPtrArray     *wep_test_load_features          (const char                 *path,
                                                int                         year);

/* gemeenten and provincies (of char *, as from wep_test_load_features())
 * must outlive the server. */
WepTestServer *wep_test_server_new             (GPtrArray                  *gemeenten,
                                                GPtrArray                  *provincies,
                                                const WepTestServerOptions *options);
void           wep_test_server_free            (WepTestServer              *server);
/* "http://127.0.0.1:PORT" */
const char    *wep_test_server_get_url         (WepTestServer              *server);
guint          wep_test_server_get_n_requests  (WepTestServer              *server);
/* Of the latest request. */
char          *wep_test_server_get_user_agent  (WepTestServer              *server);
char          *wep_test_server_get_first_query (WepTestServer              *server);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepTestServer, wep_test_server_free)

G_END_DECLS
