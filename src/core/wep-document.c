/* wep-document.c: a plan file (.weplan)
 *
 * The document lives in an in-memory SQLite database. Opening checks the
 * file (wep-document-check.c) and copies it into memory with the backup
 * API; the file itself is never written by opening. Saving copies memory
 * into a temporary file in the same folder, syncs it and renames it over
 * the plan, so that a crash at any moment leaves the old file or the new
 * one. While a plan is open for editing, a lock file next to it tells
 * other processes who has it (wep-document-lock.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "wep-document-private.h"

#define MKSTEMP_PLACEHOLDER "XX" "XX" "XX"

struct _WepDocument
{
  GObject   parent_instance;

  sqlite3  *db;
  char     *path;
  char     *read_only_reason;
  char     *autosave_id;
  WepUndoHistory *history;
  GHashTable *stmts;        /* SQL → sqlite3_stmt, see _wep_document_cached_stmt () */
  int       file_version;
  guint     read_only : 1;
  guint     locked : 1;
  guint     modified : 1;
};

G_DEFINE_FINAL_TYPE (WepDocument, wep_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_MODIFIED,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
wep_document_finalize (GObject *object)
{
  WepDocument *self = (WepDocument *) object;

  wep_document_close (self);
  g_clear_pointer (&self->stmts, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->read_only_reason, g_free);
  g_clear_pointer (&self->autosave_id, g_free);
  g_clear_pointer (&self->history, _wep_undo_history_free);

  G_OBJECT_CLASS (wep_document_parent_class)->finalize (object);
}

static void
wep_document_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  WepDocument *self = WEP_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_document_class_init (WepDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wep_document_finalize;
  object_class->get_property = wep_document_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * WepDocument:read-only:
   *
   * The plan may not be saved to its file (wep_document_get_read_only_reason()
   * says why); the window shows it without letting it be changed, until it
   * is saved under another name.
   */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WepDocument::changed:
   *
   * The plan changed: an edit ended (wep_document_end_change ()), or it
   * was undone or redone.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

void
_wep_document_emit_changed (WepDocument *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

WepUndoHistory *
_wep_document_get_history (WepDocument *self)
{
  if (self->history == NULL)
    self->history = _wep_undo_history_new ();
  return self->history;
}

static void
wep_document_init (WepDocument *self)
{
  self->file_version = WEP_DOCUMENT_FORMAT_VERSION;
}

static sqlite3 *
open_memory (GError **error)
{
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL)
      != SQLITE_OK)
    {
      _wep_sqlite_fail (db, _("Could not make room for the plan"), error);
      sqlite3_close (db);
      return NULL;
    }
  _wep_sqlite_harden (db);
  sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  return db;
}

static gboolean
set_meta (sqlite3    *db,
          const char *key,
          const char *value,
          GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (db, "INSERT OR REPLACE INTO metadata (key, value) VALUES (?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return _wep_sqlite_fail (db, _("Could not update the plan"), error);
  return TRUE;
}

WepDocument *
wep_document_new (void)
{
  g_autoptr (WepDocument) self = g_object_new (WEP_TYPE_DOCUMENT, NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *now = _wep_now_iso8601 ();
  g_autofree char *pragmas =
    g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                     WEP_DOCUMENT_APPLICATION_ID, WEP_DOCUMENT_FORMAT_VERSION);
  g_autofree char *version = g_strdup_printf ("%d", WEP_DOCUMENT_FORMAT_VERSION);

  self->db = open_memory (&error);
  if (self->db == NULL
      || !_wep_sqlite_exec (self->db, pragmas, &error)
      || !_wep_sqlite_exec (self->db, _wep_document_schema_sql (WEP_DOCUMENT_FORMAT_VERSION), &error)
      || !set_meta (self->db, "format_version", version, &error)
      || !set_meta (self->db, "app_version", PACKAGE_VERSION, &error)
      || !set_meta (self->db, "title", "", &error)
      || !set_meta (self->db, "description", "", &error)
      || !set_meta (self->db, "organisation", "", &error)
      || !set_meta (self->db, "created", now, &error)
      || !set_meta (self->db, "modified", now, &error)
      || !set_meta (self->db, "division_year", "", &error))
    g_error ("Could not create an empty plan in memory: %s", error->message);
  return g_steal_pointer (&self);
}

static gboolean
migrate (WepDocument *self,
         GError     **error)
{
  for (int v = self->file_version; v < WEP_DOCUMENT_FORMAT_VERSION; v++)
    {
      g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version = %d", v + 1);

      if (!_wep_sqlite_exec (self->db, "BEGIN", error))
        return FALSE;
      if (!_wep_sqlite_exec (self->db, _wep_document_migration_sql (v), error)
          || !_wep_sqlite_exec (self->db, pragma, error)
          || !_wep_sqlite_exec (self->db, "COMMIT", error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }
  return TRUE;
}

/* Copies the whole database src into dst (schema "main" of each). */
static gboolean
copy_database (sqlite3    *dst,
               const char *dst_schema,
               sqlite3    *src,
               const char *what,
               GError    **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (dst, dst_schema, src, "main");
  int rc;

  if (backup == NULL)
    return _wep_sqlite_fail (dst, what, error);
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR,
                   rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB ? WEP_DOCUMENT_ERROR_CORRUPT
                                                               : WEP_DOCUMENT_ERROR_IO,
                   "%s: %s", what, sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

WepDocument *
wep_document_copy (WepDocument  *self,
                   GError      **error)
{
  g_autoptr (WepDocument) copy = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), NULL);

  copy = g_object_new (WEP_TYPE_DOCUMENT, NULL);
  copy->file_version = self->file_version;
  copy->read_only = TRUE;
  copy->read_only_reason = g_strdup (_("A copy of the plan, for reading only."));
  if ((copy->db = open_memory (error)) == NULL
      || !copy_database (copy->db, "main", self->db, _("Could not copy the plan"), error))
    return NULL;
  return g_steal_pointer (&copy);
}

static gboolean
check_header (const char  *path,
              const char  *display,
              GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  char header[16] = { 0 };
  GStatBuf st;
  FILE *file;
  gsize n;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", display,
                   g_strerror (saved));
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_A_PLAN,
                   _("%s: not a file."), display);
      return FALSE;
    }
  if (st.st_size > WEP_MAX_FILE_BYTES)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_LIMIT,
                   _("%s: the file is larger than 1 GiB; that is not a plan file."), display);
      return FALSE;
    }
  if ((file = g_fopen (path, "rb")) == NULL)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", display,
                   g_strerror (saved));
      return FALSE;
    }
  n = fread (header, 1, sizeof header, file);
  fclose (file);
  if (n < sizeof header || memcmp (header, magic, sizeof magic) != 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_A_PLAN,
                   n == 0 ? _("%s: the file is empty; it is not a plan file.")
                          : _("%s: this is not a plan file (it is not an SQLite database)."),
                   display);
      return FALSE;
    }
  return TRUE;
}

/* Reads a file that may come from anyone into a checked in-memory copy. */
static sqlite3 *
load_checked (const char  *path,
              int         *version,
              GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *uri = NULL;
  g_autofree char *escaped = NULL;
  sqlite3 *file_db = NULL;
  sqlite3 *memory = NULL;
  gboolean ok;

  if (!check_header (path, display, error))
    return NULL;

  /* immutable: no journal is replayed and no lock taken, so the file is
   * not changed whatever it contains. */
  escaped = g_uri_escape_string (path, "/", FALSE);
  uri = g_strdup_printf ("file:%s?mode=ro&immutable=1", escaped);
  if (sqlite3_open_v2 (uri, &file_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_IO, "%s: %s", display,
                   sqlite3_errmsg (file_db));
      sqlite3_close (file_db);
      return NULL;
    }
  _wep_sqlite_harden (file_db);

  ok = _wep_document_check_untrusted (file_db, display, version, error)
       && (memory = open_memory (error)) != NULL
       && copy_database (memory, "main", file_db, display, error)
       && _wep_document_check_copy (memory, display, error);
  sqlite3_close (file_db);
  if (!ok)
    {
      sqlite3_close (memory);
      return NULL;
    }
  return memory;
}

WepDocument *
wep_document_open (const char    *path,
                   WepOpenFlags   flags,
                   GError       **error)
{
  g_autoptr (WepDocument) self = NULL;
  g_autofree char *owner = NULL;
  g_autoptr (GError) lock_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (WEP_TYPE_DOCUMENT, NULL);
  self->path = g_canonicalize_filename (path, NULL);
  if ((self->db = load_checked (self->path, &self->file_version, error)) == NULL)
    return NULL;

  if (self->file_version < WEP_DOCUMENT_FORMAT_VERSION && !migrate (self, error))
    return NULL;

  if (flags & WEP_OPEN_READ_ONLY)
    {
      self->read_only = TRUE;
      self->read_only_reason = g_strdup (_("Opened read-only."));
    }
  else if (access (self->path, W_OK) != 0)
    {
      self->read_only = TRUE;
      self->read_only_reason = g_strdup (_("You may not change this file (no write permission)."));
    }
  else if (!_wep_lock_acquire (self->path, &owner, &lock_error))
    {
      self->read_only = TRUE;
      self->read_only_reason = g_strdup (lock_error->message);
    }
  else
    self->locked = TRUE;

  return g_steal_pointer (&self);
}

/* A plan is written in rollback-journal mode. The backup API copies page 1
 * as it is, so a plan read from a file in WAL mode would hand that mode on
 * (header bytes 18 and 19, 2 for WAL), and every other SQLite tool reading
 * the plan would leave -wal and -shm files next to it. Sets them back to 1,
 * as SQLite itself does when it leaves WAL mode. */
static gboolean
set_rollback_mode (const char  *path,
                   const char  *display,
                   GError     **error)
{
  static const guint8 rollback[2] = { 1, 1 };
  guint8 version[2] = { 0 };
  int fd = g_open (path, O_RDWR | O_CLOEXEC, 0);
  gboolean ok = fd >= 0 && pread (fd, version, 2, 18) == 2
                && (memcmp (version, rollback, 2) == 0 || pwrite (fd, rollback, 2, 18) == 2);

  if (!ok)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not save %s: %s"), display, g_strerror (saved));
    }
  if (fd >= 0)
    close (fd);
  return ok;
}

static gboolean
sync_path (const char  *path,
           gboolean     directory,
           GError     **error)
{
  int fd = g_open (path, (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC, 0);

  if (fd < 0 || fsync (fd) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (path);

      if (fd >= 0)
        close (fd);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write %s to disk: %s"), display, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/* Writes the in-memory database to path: a temporary file in the same
 * folder, synced, renamed over path, and the folder synced. */
static gboolean
write_atomically (sqlite3     *db,
                  const char  *path,
                  GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  /* mkstemp's template: six placeholder characters it replaces. */
  g_autofree char *tmpl = g_strdup_printf ("%s/.%s.%s", dir, base, MKSTEMP_PLACEHOLDER);
  g_autofree char *display = g_filename_display_name (path);
  sqlite3 *out = NULL;
  gboolean ok;
  int fd;

  if ((fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, 0644)) < 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not save %s: %s"), display, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  ok = sqlite3_open_v2 (tmpl, &out, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK;
  if (ok)
    {
      /* The copy is synced and renamed by us: no journal needed. Before
       * hardening: defensive mode refuses journal_mode = OFF, and a save
       * killed half-way would leave a journal next to the temporary file. */
      sqlite3_exec (out, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", NULL, NULL, NULL);
      _wep_sqlite_harden (out);
      ok = copy_database (out, "main", db, display, error);
    }
  else
    _wep_sqlite_fail (out, display, error);
  if (sqlite3_close (out) != SQLITE_OK && ok)
    ok = _wep_sqlite_fail (out, display, error);

  ok = ok && set_rollback_mode (tmpl, display, error) && sync_path (tmpl, FALSE, error);
  if (ok && g_rename (tmpl, path) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not save %s: %s"), display, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    {
      g_unlink (tmpl);
      return FALSE;
    }
  return sync_path (dir, TRUE, error);
}

gboolean
wep_document_save_as (WepDocument  *self,
                      const char   *path,
                      GError      **error)
{
  g_autofree char *canonical = NULL;
  g_autofree char *now = _wep_now_iso8601 ();
  g_autofree char *owner = NULL;
  gboolean same;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  canonical = g_canonicalize_filename (path, NULL);
  same = g_strcmp0 (canonical, self->path) == 0;
  if (same && self->read_only)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_READ_ONLY, "%s %s",
                   self->read_only_reason, _("Save it under another name."));
      return FALSE;
    }
  if (!same && !_wep_lock_acquire (canonical, &owner, error))
    return FALSE;

  if (!set_meta (self->db, "modified", now, error)
      || !set_meta (self->db, "app_version", PACKAGE_VERSION, error)
      || !write_atomically (self->db, canonical, error))
    {
      if (!same)
        _wep_lock_release (canonical);
      return FALSE;
    }

  if (!same)
    {
      if (self->locked)
        _wep_lock_release (self->path);
      g_free (self->path);
      self->path = g_steal_pointer (&canonical);
      self->locked = TRUE;
      g_clear_pointer (&self->read_only_reason, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
      if (self->read_only)
        {
          self->read_only = FALSE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
        }
    }
  self->file_version = WEP_DOCUMENT_FORMAT_VERSION;
  if (self->modified)
    {
      self->modified = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
  return TRUE;
}

gboolean
wep_document_save (WepDocument  *self,
                   GError      **error)
{
  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);

  if (self->path == NULL)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   _("The plan has no file name yet; save it under a name first."));
      return FALSE;
    }
  return wep_document_save_as (self, self->path, error);
}

void
wep_document_close (WepDocument *self)
{
  g_autofree char *autosave = NULL;

  g_return_if_fail (WEP_IS_DOCUMENT (self));

  if (self->locked)
    {
      _wep_lock_release (self->path);
      self->locked = FALSE;
    }
  if (self->autosave_id != NULL && (autosave = wep_document_get_autosave_path (self)) != NULL)
    g_unlink (autosave);
}

const char *
wep_document_get_path (WepDocument *self)
{
  g_return_val_if_fail (WEP_IS_DOCUMENT (self), NULL);
  return self->path;
}

gboolean
wep_document_get_read_only (WepDocument *self)
{
  g_return_val_if_fail (WEP_IS_DOCUMENT (self), TRUE);
  return self->read_only;
}

const char *
wep_document_get_read_only_reason (WepDocument *self)
{
  g_return_val_if_fail (WEP_IS_DOCUMENT (self), NULL);
  return self->read_only_reason;
}

int
wep_document_get_file_version (WepDocument *self)
{
  g_return_val_if_fail (WEP_IS_DOCUMENT (self), 0);
  return self->file_version;
}

gboolean
wep_document_get_modified (WepDocument *self)
{
  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  return self->modified;
}

sqlite3 *
_wep_document_get_db (WepDocument *self)
{
  return self->db;
}

void
_wep_document_set_modified (WepDocument *self)
{
  if (!self->modified)
    {
      self->modified = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
}

char *
wep_document_get_meta (WepDocument *self,
                       const char  *key)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), NULL);

  stmt = _wep_sqlite_prepare (self->db, "SELECT value FROM metadata WHERE key = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

gboolean
wep_document_set_meta (WepDocument *self,
                       const char  *key,
                       const char  *value,
                       GError     **error)
{
  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (key != NULL && value != NULL, FALSE);

  if (!set_meta (self->db, key, value, error))
    return FALSE;
  _wep_document_set_modified (self);
  return TRUE;
}

gboolean
_wep_document_attach_copy (WepDocument *self,
                           WepDocument *source,
                           const char  *schema,
                           GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("ATTACH DATABASE ':memory:' AS %s", schema);

  if (!_wep_sqlite_exec (self->db, sql, error))
    return FALSE;
  if (!copy_database (self->db, schema, source->db, source->path ? source->path : "", error))
    {
      _wep_document_detach (self, schema);
      return FALSE;
    }
  return TRUE;
}

void
_wep_document_detach (WepDocument *self,
                      const char  *schema)
{
  g_autofree char *sql = g_strdup_printf ("DETACH DATABASE %s", schema);

  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
}

/* The key that names this document's autosave copy. */
static const char *
autosave_id (WepDocument *self)
{
  if (self->autosave_id == NULL)
    {
      if (self->path != NULL)
        self->autosave_id = g_compute_checksum_for_string (G_CHECKSUM_SHA256, self->path, -1);
      else
        self->autosave_id = g_uuid_string_random ();
    }
  return self->autosave_id;
}

static char *
autosave_dir (void)
{
  return g_build_filename (g_get_user_cache_dir (), "wonen-eerst-planner", "autosave", NULL);
}

char *
wep_document_get_autosave_path (WepDocument *self)
{
  g_autofree char *dir = autosave_dir ();
  g_autofree char *name = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), NULL);

  name = g_strconcat (autosave_id (self), WEP_DOCUMENT_EXTENSION, NULL);
  return g_build_filename (dir, name, NULL);
}

gboolean
wep_document_autosave (WepDocument  *self,
                       GError      **error)
{
  g_autofree char *dir = autosave_dir ();
  g_autofree char *path = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", dir,
                   g_strerror (saved));
      return FALSE;
    }
  if (!set_meta (self->db, "autosave_of", self->path != NULL ? self->path : "", error))
    return FALSE;
  path = wep_document_get_autosave_path (self);
  if (!write_atomically (self->db, path, error))
    return FALSE;
  /* The note is for the copy only, never for the plan itself. */
  return _wep_sqlite_exec (self->db, "DELETE FROM metadata WHERE key = 'autosave_of'", error);
}

GStrv
wep_autosave_list (void)
{
  g_autofree char *dir = autosave_dir ();
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_suffix (name, WEP_DOCUMENT_EXTENSION) && name[0] != '.')
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_strv_builder_add (builder, path);
      }
  return g_strv_builder_end (builder);
}

char *
wep_autosave_get_original (const char *autosave_path)
{
  g_autoptr (WepDocument) doc = NULL;

  g_return_val_if_fail (autosave_path != NULL, NULL);

  doc = wep_document_open (autosave_path, WEP_OPEN_READ_ONLY, NULL);
  if (doc == NULL)
    return NULL;
  return wep_document_get_meta (doc, "autosave_of");
}

WepCachedStmt *
_wep_document_cached_stmt (WepDocument *self,
                           const char  *sql,
                           GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  if (self->stmts == NULL)
    self->stmts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) sqlite3_finalize);
  stmt = g_hash_table_lookup (self->stmts, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  if ((stmt = _wep_sqlite_prepare (self->db, sql, error)) != NULL)
    g_hash_table_insert (self->stmts, g_strdup (sql), stmt);
  return stmt;
}

void
_wep_document_flush_stmts (WepDocument *self)
{
  g_return_if_fail (WEP_IS_DOCUMENT (self));

  if (self->stmts != NULL)
    g_hash_table_remove_all (self->stmts);
}
