/* wep-pdok.h: official municipal and provincial boundaries from PDOK
 *
 * PDOK publishes the CBS Gebiedsindelingen as an OGC API Features service.
 * wep_pdok_fetch_async() downloads every feature of one level (gemeente or
 * provincie, generalised) and one year, page by page along the "next"
 * links, and writes them as one GeoJSON FeatureCollection (CRS84 lon/lat)
 * into the user's cache, where wep_import_boundaries_preview() reads it.
 * A second fetch of the same level, year and base URL returns the cached
 * file at once, without the network. The base URL is a parameter so that
 * tests and offices without internet can point to another server.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wep-import.h"

G_BEGIN_DECLS

#define WEP_PDOK_DEFAULT_BASE_URL "https://api.pdok.nl/cbs/gebiedsindelingen/ogc/v1"
/* Per request: connecting, and waiting for each part of the answer. */
#define WEP_PDOK_DEFAULT_TIMEOUT  30
/* What one download may take at most. */
#define WEP_PDOK_MAX_PAGES        1000
#define WEP_PDOK_MAX_BYTES        (100 * 1024 * 1024)

#define WEP_PDOK_ERROR (wep_pdok_error_quark ())

/* Besides these: G_IO_ERROR_CANCELLED, G_IO_ERROR_TIMED_OUT, other
 * network errors (TLS, proxy …) with the URL in the message, and the
 * G_FILE_ERROR of writing the cache. */
typedef enum
{
  WEP_PDOK_ERROR_BAD_URL,     /* the base URL or a next link is no http(s) address */
  WEP_PDOK_ERROR_OFFLINE,     /* no route, no name resolution, connection refused */
  WEP_PDOK_ERROR_HTTP,        /* an HTTP status other than 200 */
  WEP_PDOK_ERROR_INVALID,     /* not JSON, or not a FeatureCollection page */
  WEP_PDOK_ERROR_LOOP,        /* a next link back to a page already read */
  WEP_PDOK_ERROR_LIMIT,       /* more than WEP_PDOK_MAX_PAGES or WEP_PDOK_MAX_BYTES */
  WEP_PDOK_ERROR_EMPTY,       /* no feature of that year at all */
} WepPdokError;

GQuark wep_pdok_error_quark (void);

typedef enum
{
  WEP_PDOK_MUNICIPALITIES,    /* collection gemeente_gegeneraliseerd */
  WEP_PDOK_PROVINCES,         /* collection provincie_gegeneraliseerd */
} WepPdokLevel;

typedef enum
{
  WEP_PDOK_DEFAULT = 0,
  /* Download even when the cache has the file; the cached file is
   * replaced only when the new download is complete. */
  WEP_PDOK_REFRESH = 1 << 0,
} WepPdokFlags;

/* After each page: the features kept so far, and the number the server
 * says match (numberMatched of the first page), or -1 when it does not
 * say. Called in the thread-default main context of the caller of
 * wep_pdok_fetch_async(), never after its callback. */
typedef void (*WepPdokProgressFunc) (guint    n_features,
                                     gint64   n_matched,
                                     gpointer user_data);

/* "gemeente_gegeneraliseerd" or "provincie_gegeneraliseerd". */
const char *wep_pdok_level_collection (WepPdokLevel level);

/* Where the file of this level, year and base URL (NULL: the default) is
 * cached: $XDG_CACHE_HOME/wonen-eerst-planner/pdok/LEVEL-YEAR-HASH.geojson,
 * HASH being a short hash of the base URL. */
char       *wep_pdok_cache_path       (const char   *base_url,
                                       WepPdokLevel  level,
                                       int           year);

/* Downloads all features of level whose year is year (the datetime
 * YEAR-07-01T00:00:00Z; a feature whose "jaarcode" property names
 * another year is left out, one without that property is kept).
 * base_url NULL: WEP_PDOK_DEFAULT_BASE_URL; timeout_seconds 0:
 * WEP_PDOK_DEFAULT_TIMEOUT. The work runs in a worker thread; the system
 * proxy settings (GProxyResolver) are used. progress may be NULL;
 * progress_data must stay valid until callback has run. */
void        wep_pdok_fetch_async      (const char          *base_url,
                                       WepPdokLevel         level,
                                       int                  year,
                                       WepPdokFlags         flags,
                                       guint                timeout_seconds,
                                       WepPdokProgressFunc  progress,
                                       gpointer             progress_data,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
/* The path of the complete GeoJSON file in the cache, or NULL with error
 * set; after a failure (or a cancel) no new file is left in the cache. */
char       *wep_pdok_fetch_finish     (GAsyncResult        *result,
                                       GError             **error);

/* The same, waiting for the result: iterates a main context of its own,
 * in which progress is called. For the command line and tests. */
char       *wep_pdok_fetch_sync       (const char          *base_url,
                                       WepPdokLevel         level,
                                       int                  year,
                                       WepPdokFlags         flags,
                                       guint                timeout_seconds,
                                       WepPdokProgressFunc  progress,
                                       gpointer             progress_data,
                                       GCancellable        *cancellable,
                                       GError             **error);

/* The preview of importing a downloaded file (path, from
 * wep_pdok_fetch_finish ()) into doc: as wep_import_boundaries_preview (),
 * with the service as the source of what it imports ("BASE/collections/
 * COLLECTION (YEAR)", provenance kind "service"), not the cache file. */
WepImportPreview *wep_pdok_import_preview (WepDocument   *doc,
                                           const char    *path,
                                           const char    *base_url,
                                           WepPdokLevel   level,
                                           int            year,
                                           GError       **error);

G_END_DECLS
