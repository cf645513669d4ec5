/* wep-document-private.h: what the parts of WepDocument share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "wep-document.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

#define WEP_MAX_FILE_BYTES   ((gint64) 1024 * 1024 * 1024)
#define WEP_MAX_TEXT_CHARS   10000
#define WEP_MAX_BLOB_BYTES   (16 * 1024 * 1024)

typedef struct
{
  const char *table;
  gint64      max_rows;
} WepTableLimit;

const char          *_wep_document_schema_sql     (int          version);
const char          *_wep_document_migration_sql  (int          from_version);
const WepTableLimit *_wep_document_table_limits   (guint       *n_tables);

/* The in-memory database every edit goes to. */
sqlite3             *_wep_document_get_db         (WepDocument *self);
void                 _wep_document_set_modified   (WepDocument *self);

/* Makes a connection safe for untrusted content: defensive mode, no
 * triggers, no views, no extensions, an untrusted schema, limits. */
void                 _wep_sqlite_harden           (sqlite3     *db);
/* Runs SQL; on failure sets error (WEP_DOCUMENT_ERROR_IO unless code). */
gboolean             _wep_sqlite_exec             (sqlite3     *db,
                                                   const char  *sql,
                                                   GError     **error);
sqlite3_stmt        *_wep_sqlite_prepare          (sqlite3     *db,
                                                   const char  *sql,
                                                   GError     **error);
/* The SQLite error of db as a GError, with what was being done. */
gboolean             _wep_sqlite_fail             (sqlite3     *db,
                                                   const char  *what,
                                                   GError     **error);
gint64               _wep_sqlite_count            (sqlite3     *db,
                                                   const char  *sql);

/* Statements the document keeps prepared, for the queries a change of the
 * plan runs for every region (deriving a scenario's input, storing it):
 * the statement of sql, reset and without bindings. Hold it in a
 * g_autoptr (WepCachedStmt), which resets it again when it goes out of
 * scope, so that no read stays open; never finalize it. */
typedef sqlite3_stmt WepCachedStmt;
WepCachedStmt       *_wep_document_cached_stmt    (WepDocument *self,
                                                   const char  *sql,
                                                   GError     **error);
/* Finalizes every kept statement (before the database is replaced). */
void                 _wep_document_flush_stmts    (WepDocument *self);

static inline void
_wep_cached_stmt_release (WepCachedStmt *stmt)
{
  sqlite3_reset (stmt);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepCachedStmt, _wep_cached_stmt_release)

/* Undo history (wep-document-undo.c). */
typedef struct _WepUndoHistory WepUndoHistory;
WepUndoHistory      *_wep_undo_history_new        (void);
void                 _wep_undo_history_free       (WepUndoHistory *history);
WepUndoHistory      *_wep_document_get_history    (WepDocument    *self);
void                 _wep_document_emit_changed   (WepDocument    *self);

/* Copies the validated in-memory database of source into this document's
 * connection as the attached schema "theirs" (for merging). */
gboolean             _wep_document_attach_copy    (WepDocument *self,
                                                   WepDocument *source,
                                                   const char  *schema,
                                                   GError     **error);
void                 _wep_document_detach         (WepDocument *self,
                                                   const char  *schema);

/* Checks a database that came from outside: application_id, version,
 * schema, quick_check, foreign keys and size limits. *version is set to
 * its format version. */
gboolean             _wep_document_check_untrusted (sqlite3     *db,
                                                    const char  *display_name,
                                                    int         *version,
                                                    GError     **error);
/* Checks the writable in-memory copy of such a database: CHECK
 * constraints and indexes (integrity_check). */
gboolean             _wep_document_check_copy     (sqlite3     *db,
                                                   const char  *display_name,
                                                   GError     **error);

/* Lock files next to a plan (".~lock.NAME#"), as office suites do. */
gboolean             _wep_lock_acquire            (const char  *path,
                                                   char       **owner,
                                                   GError     **error);
void                 _wep_lock_release            (const char  *path);

/* Fills region with what the data alone give the region with code for
 * the model years of input; NAN where they give nothing
 * (wep-document-scenario.c). */
gboolean             _wep_document_derive_region  (WepDocument          *self,
                                                   const char           *code,
                                                   const WepModelInput  *input,
                                                   WepRegionInput       *region,
                                                   GError              **error);

/* An ISO 8601 timestamp of now, UTC. */
char                *_wep_now_iso8601             (void);

G_END_DECLS
