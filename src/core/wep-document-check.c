/* wep-document-check.c: SQLite helpers, and the checks a received plan file
 * passes before anything is read from it
 *
 * Files from other municipalities are untrusted input. A received file is
 * opened read-only and immutable (no journal is replayed, nothing is
 * written), in defensive mode with triggers, views and extensions off; its
 * schema must be exactly the one its version describes, quick_check and
 * the foreign keys must pass, and its rows and texts stay within limits.
 * Its copy in memory then passes integrity_check, which sees the CHECK
 * constraints and the indexes that quick_check on the file cannot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "wep-document-private.h"

G_DEFINE_QUARK (wep-document-error-quark, wep_document_error)

void
_wep_sqlite_harden (sqlite3 *db)
{
  g_return_if_fail (db != NULL);

  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_FKEY, 1, NULL);
  sqlite3_limit (db, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
  sqlite3_limit (db, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
  sqlite3_limit (db, SQLITE_LIMIT_ATTACHED, 2);
  sqlite3_exec (db, "PRAGMA cell_size_check = ON", NULL, NULL, NULL);
}

gboolean
_wep_sqlite_fail (sqlite3     *db,
                  const char  *what,
                  GError     **error)
{
  int code = db != NULL ? sqlite3_errcode (db) : SQLITE_ERROR;
  WepDocumentError our = WEP_DOCUMENT_ERROR_IO;

  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
    our = WEP_DOCUMENT_ERROR_CORRUPT;
  else if (code == SQLITE_CONSTRAINT)
    our = WEP_DOCUMENT_ERROR_INVALID;
  else if (code == SQLITE_TOOBIG)
    our = WEP_DOCUMENT_ERROR_LIMIT;
  else if (code == SQLITE_READONLY)
    our = WEP_DOCUMENT_ERROR_READ_ONLY;

  g_set_error (error, WEP_DOCUMENT_ERROR, our, "%s: %s", what,
               db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (code));
  return FALSE;
}

gboolean
_wep_sqlite_exec (sqlite3     *db,
                  const char  *sql,
                  GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return _wep_sqlite_fail (db, _("Could not update the plan"), error);
  return TRUE;
}

sqlite3_stmt *
_wep_sqlite_prepare (sqlite3     *db,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      _wep_sqlite_fail (db, _("Could not read the plan"), error);
      return NULL;
    }
  return stmt;
}

gint64
_wep_sqlite_count (sqlite3    *db,
                   const char *sql)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK
      || sqlite3_step (stmt) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
}

/* FALSE when the pragma cannot be read; a value may be negative. */
static gboolean
pragma_int (sqlite3    *db,
            const char *pragma,
            gint64     *value)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s", pragma);
  g_autoptr (sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK
      || sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  *value = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

typedef struct
{
  char *type;
  char *name;
  char *sql;
} SchemaObject;

static void
schema_object_free (SchemaObject *o)
{
  g_free (o->type);
  g_free (o->name);
  g_free (o->sql);
  g_free (o);
}

/* The objects of a schema, sorted by name, without SQLite's own automatic
 * indexes (their sql is NULL; they follow from the tables). */
static GPtrArray *
read_schema (sqlite3 *db,
             GError **error)
{
  g_autoptr (GPtrArray) objects = g_ptr_array_new_with_free_func ((GDestroyNotify) schema_object_free);
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (db, "SELECT type, name, sql FROM sqlite_schema ORDER BY name", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchemaObject *o;

      if (sqlite3_column_type (stmt, 2) == SQLITE_NULL
          && g_str_has_prefix ((const char *) sqlite3_column_text (stmt, 1), "sqlite_autoindex_"))
        continue;
      o = g_new0 (SchemaObject, 1);
      o->type = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      o->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      o->sql = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (objects, o);
    }
  if (rc != SQLITE_DONE)
    {
      _wep_sqlite_fail (db, _("Could not read the plan's tables"), error);
      return NULL;
    }
  return g_steal_pointer (&objects);
}

static GPtrArray *
expected_schema (int       version,
                 GError  **error)
{
  sqlite3 *db = NULL;
  GPtrArray *objects = NULL;

  if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL)
      == SQLITE_OK
      && _wep_sqlite_exec (db, _wep_document_schema_sql (version), error))
    objects = read_schema (db, error);
  sqlite3_close (db);
  return objects;
}

static SchemaObject *
find_object (GPtrArray  *objects,
             const char *name)
{
  for (guint i = 0; i < objects->len; i++)
    {
      SchemaObject *o = g_ptr_array_index (objects, i);
      if (g_strcmp0 (o->name, name) == 0)
        return o;
    }
  return NULL;
}

static gboolean
compare_schema (sqlite3    *db,
                const char *display_name,
                int         version,
                GError    **error)
{
  g_autoptr (GPtrArray) found = read_schema (db, error);
  g_autoptr (GPtrArray) expected = found != NULL ? expected_schema (version, error) : NULL;

  if (expected == NULL)
    return FALSE;

  for (guint i = 0; i < found->len; i++)
    {
      SchemaObject *o = g_ptr_array_index (found, i);
      SchemaObject *e = find_object (expected, o->name);

      if (e == NULL)
        {
          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_UNEXPECTED_SCHEMA,
                       _("%s: the file contains %s “%s”, which a plan file does not have; it is "
                         "refused, and nothing in it is run."),
                       display_name, o->type, o->name);
          return FALSE;
        }
      if (g_strcmp0 (o->type, e->type) != 0 || g_strcmp0 (o->sql, e->sql) != 0)
        {
          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_UNEXPECTED_SCHEMA,
                       _("%s: the %s “%s” is not defined as format version %d defines it; the "
                         "file is refused."),
                       display_name, o->type, o->name, version);
          return FALSE;
        }
    }
  for (guint i = 0; i < expected->len; i++)
    {
      SchemaObject *e = g_ptr_array_index (expected, i);

      if (find_object (found, e->name) == NULL)
        {
          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_UNEXPECTED_SCHEMA,
                       _("%s: the %s “%s” is missing; the file is damaged or not a plan."),
                       display_name, e->type, e->name);
          return FALSE;
        }
    }
  return TRUE;
}

/* Text and blob columns of a table, from the table's own definition. */
static gboolean
check_table_limits (sqlite3             *db,
                    const char          *display_name,
                    const WepTableLimit *limit,
                    GError             **error)
{
  g_autofree char *count_sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", limit->table);
  g_autofree char *info_sql = g_strdup_printf ("PRAGMA table_info(\"%s\")", limit->table);
  g_autoptr (sqlite3_stmt) info = NULL;
  gint64 rows = _wep_sqlite_count (db, count_sql);

  if (rows < 0)
    return _wep_sqlite_fail (db, display_name, error);
  if (rows > limit->max_rows)
    {
      g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, rows);
      g_autofree char *max = g_strdup_printf ("%" G_GINT64_FORMAT, limit->max_rows);

      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_LIMIT,
                   _("%s: table “%s” has %s rows, more than the %s a plan may have."),
                   display_name, limit->table, n, max);
      return FALSE;
    }

  if ((info = _wep_sqlite_prepare (db, info_sql, error)) == NULL)
    return FALSE;
  while (sqlite3_step (info) == SQLITE_ROW)
    {
      const char *column = (const char *) sqlite3_column_text (info, 1);
      gboolean is_blob = g_strcmp0 ((const char *) sqlite3_column_text (info, 2), "BLOB") == 0;
      gint64 max = is_blob ? WEP_MAX_BLOB_BYTES : WEP_MAX_TEXT_CHARS;
      g_autofree char *sql =
        g_strdup_printf ("SELECT count(*) FROM \"%s\" WHERE length(\"%s\") > %" G_GINT64_FORMAT,
                         limit->table, column, max);
      gint64 too_long = _wep_sqlite_count (db, sql);

      if (too_long < 0)
        return _wep_sqlite_fail (db, display_name, error);
      if (too_long > 0)
        {
          g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, too_long);
          g_autofree char *limit_text = g_strdup_printf ("%" G_GINT64_FORMAT, max);

          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_LIMIT,
                       _("%s: table “%s”, column “%s”: %s values are longer than the %s a plan "
                         "allows (characters of text, bytes of a geometry)."),
                       display_name, limit->table, column, n, limit_text);
          return FALSE;
        }
    }
  return TRUE;
}

/* Runs quick_check or integrity_check; CORRUPT with what it found. */
static gboolean
run_check (sqlite3    *db,
           const char *pragma,
           const char *display_name,
           GError    **error)
{
  g_autoptr (sqlite3_stmt) check = _wep_sqlite_prepare (db, pragma, error);
  g_autoptr (GString) problems = g_string_new (NULL);
  int rc;

  if (check == NULL)
    return FALSE;
  while ((rc = sqlite3_step (check)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (check, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_string_append_printf (problems, "%s%s", problems->len ? "; " : "", line);
    }
  if (rc != SQLITE_DONE)
    return _wep_sqlite_fail (db, display_name, error);
  if (problems->len > 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_CORRUPT,
                   _("%s: the file is damaged (%s)."), display_name, problems->str);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_integrity (sqlite3    *db,
                 const char *display_name,
                 GError    **error)
{
  g_autoptr (sqlite3_stmt) fk = NULL;

  if (!run_check (db, "PRAGMA quick_check(5)", display_name, error))
    return FALSE;

  if ((fk = _wep_sqlite_prepare (db, "PRAGMA foreign_key_check", error)) == NULL)
    return FALSE;
  if (sqlite3_step (fk) == SQLITE_ROW)
    {
      g_autofree char *row = g_strdup_printf ("%" G_GINT64_FORMAT,
                                              (gint64) sqlite3_column_int64 (fk, 1));

      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_CORRUPT,
                   _("%s: table “%s”, row %s, refers to a row of “%s” that does not exist."),
                   display_name, (const char *) sqlite3_column_text (fk, 0), row,
                   (const char *) sqlite3_column_text (fk, 2));
      return FALSE;
    }
  return TRUE;
}

/* A failure deep in SQLite ("Could not read the plan: …") still says
 * which file it is about. */
static gboolean
name_the_file (const char  *display_name,
               GError     **error)
{
  if (error != NULL && *error != NULL && !g_str_has_prefix ((*error)->message, display_name))
    g_prefix_error (error, "%s: ", display_name);
  return FALSE;
}

gboolean
_wep_document_check_untrusted (sqlite3     *db,
                               const char  *display_name,
                               int         *version,
                               GError     **error)
{
  gint64 app_id = 0, user_version = 0;
  const WepTableLimit *limits;
  guint n_limits;

  if (!pragma_int (db, "application_id", &app_id)
      || !pragma_int (db, "user_version", &user_version))
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_A_PLAN,
                   _("%s: this is not a plan file (%s)."), display_name, sqlite3_errmsg (db));
      return FALSE;
    }
  if (app_id != WEP_DOCUMENT_APPLICATION_ID)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, app_id);

      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_A_PLAN,
                   _("%s: this SQLite file belongs to another application (application_id "
                     "%s); it is not a Wonen Eerst plan."),
                   display_name, id);
      return FALSE;
    }
  if (user_version < 1)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_A_PLAN,
                   _("%s: the file has no format version; it is not a finished plan file."),
                   display_name);
      return FALSE;
    }
  *version = (int) MIN (user_version, G_MAXINT);
  if (user_version > WEP_DOCUMENT_FORMAT_VERSION)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NEWER_VERSION,
                   _("%s: the file has format version %d; this Wonen Eerst Planner reads up "
                     "to version %d. Open it with a newer version of the planner."),
                   display_name, *version, WEP_DOCUMENT_FORMAT_VERSION);
      return FALSE;
    }

  if (!compare_schema (db, display_name, *version, error)
      || !check_integrity (db, display_name, error))
    return name_the_file (display_name, error);

  limits = _wep_document_table_limits (&n_limits);
  for (guint i = 0; i < n_limits; i++)
    if (!check_table_limits (db, display_name, &limits[i], error))
      return name_the_file (display_name, error);
  return TRUE;
}

/* SQLite leaves the CHECK constraints out of the schema of a read-only
 * database, so quick_check on the file cannot see them; nor does
 * quick_check compare indexes with their tables. The copy in memory is
 * writable: integrity_check there does both. */
gboolean
_wep_document_check_copy (sqlite3     *db,
                          const char  *display_name,
                          GError     **error)
{
  if (!run_check (db, "PRAGMA integrity_check(5)", display_name, error))
    return name_the_file (display_name, error);
  return TRUE;
}

char *
_wep_now_iso8601 (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}
