/* test-hostile.c: a corpus of hostile and damaged plan files, built here
 *
 * Every file starts as a valid plan (the built-in example, saved) or as
 * something that merely looks like one, and is then changed with the plain
 * SQLite API the way a stranger could change it. Opening each must refuse
 * it with its own error code and a message that names the file and the
 * problem: never a crash or a hang, and never a changed file. The folder
 * the file is in must look the same afterwards, byte for byte: no journal,
 * WAL, shared-memory or lock file may appear or disappear. What a crashed
 * writer leaves next to a plan (a journal, a WAL) may be ignored, so those
 * files may also open; then they must be usable plans, and save as such.
 *
 * WEP_TEST_KEEP=1 keeps the files (the folder is printed) for a look with
 * other tools.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "wep-document-private.h"
#include "wep-example.h"
#include "wep-test-util.h"

typedef void (*MakeFunc) (const char *path);

typedef enum
{
  CASE_DEFAULT     = 0,
  CASE_MAY_OPEN    = 1 << 0,   /* opening may also succeed: then it must save */
  CASE_NOT_REGULAR = 1 << 1,   /* a folder or a pipe: there are no bytes to compare */
  CASE_SPARSE      = 1 << 2,   /* too large to read: compare status and head */
} CaseFlags;

typedef struct
{
  const char *name;            /* the test's path and the file's name */
  MakeFunc    make;
  int         code;            /* the WepDocumentError expected */
  int         alt_code;        /* also accepted, or -1 */
  const char *words[4];        /* the message names these too */
  CaseFlags   flags;
} HostileCase;

static GBytes *base_bytes;

/* ---- building the corpus ------------------------------------------------- */

static const char *
root (void)
{
  return wep_test_tmp_dir ();
}

/* The valid plan every hostile file starts from: the example, saved. */
static GBytes *
base_plan (void)
{
  if (base_bytes == NULL)
    {
      g_autofree char *dir = g_build_filename (root (), "base", NULL);
      g_autofree char *path = g_build_filename (dir, "example.weplan", NULL);
      g_autoptr (WepDocument) doc = wep_example_document ();
      g_autoptr (WepDocument) back = NULL;
      g_autoptr (GError) error = NULL;
      char *contents = NULL;
      gsize length;

      g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
      wep_document_save_as (doc, path, &error);
      g_assert_no_error (error);
      wep_document_close (doc);

      /* The starting point itself is fine. */
      back = wep_document_open (path, WEP_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);

      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      base_bytes = g_bytes_new_take (contents, length);
    }
  return base_bytes;
}

static void
write_bytes (const char   *path,
             gconstpointer data,
             gsize         length)
{
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

static void
write_base (const char *path)
{
  gsize length;
  gconstpointer data = g_bytes_get_data (base_plan (), &length);

  write_bytes (path, data, length);
}

static guint8 *
random_bytes (guint32 seed,
              gsize   length)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  guint8 *bytes = g_malloc (length);

  for (gsize i = 0; i < length; i++)
    bytes[i] = g_rand_int_range (rand, 0, 256);
  return bytes;
}

static sqlite3 *
sql_open (const char *path)
{
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    g_error ("%s: %s", path, sqlite3_errmsg (db));
  return db;
}

static void
sql_exec (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Changes a copy of the valid plan with plain SQLite, no hardening. */
static void
base_with_sql (const char *path,
               const char *sql)
{
  sqlite3 *db;

  write_base (path);
  db = sql_open (path);
  sql_exec (db, sql);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  write_bytes (to, contents, length);
}

static void
make_trigger (const char *path)
{
  /* Would add a row to metadata whenever anyone changes a plan. */
  base_with_sql (path, "CREATE TRIGGER plans_audit AFTER UPDATE ON plans BEGIN "
                       "  INSERT OR REPLACE INTO metadata (key, value) VALUES ('pwned', 'yes'); "
                       "END;");
}

static void
make_trigger_named_as_index (const char *path)
{
  /* A trigger in the place of an object the schema does have. */
  base_with_sql (path, "DROP INDEX plans_counted; "
                       "CREATE TRIGGER plans_counted AFTER INSERT ON metadata BEGIN "
                       "  DELETE FROM plans; "
                       "END;");
}

static void
make_view (const char *path)
{
  base_with_sql (path, "CREATE VIEW all_plans AS SELECT * FROM plans");
}

static void
make_extra_table (const char *path)
{
  base_with_sql (path, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hello')");
}

static void
make_extra_index (const char *path)
{
  base_with_sql (path, "CREATE INDEX plans_by_year ON plans (year)");
}

static void
make_extra_column (const char *path)
{
  base_with_sql (path, "ALTER TABLE plans ADD COLUMN payload TEXT");
}

static void
make_missing_table (const char *path)
{
  base_with_sql (path, "DROP TABLE allocations");
}

static void
make_stat_table (const char *path)
{
  /* sqlite_stat1 steers the query planner of whoever reads the file. */
  base_with_sql (path, "ANALYZE");
}

static void
make_schema_garbage (const char *path)
{
  base_with_sql (path, "PRAGMA writable_schema = ON; "
                       "UPDATE sqlite_schema SET sql = 'CREATE TABLE plans (' "
                       "WHERE name = 'plans'");
}

static void
make_application_id (const char *path)
{
  /* A GeoPackage ("GPKG"), which is an SQLite file too. */
  base_with_sql (path, "PRAGMA application_id = 1196444487");
}

static void
make_newer_version (const char *path)
{
  base_with_sql (path, "PRAGMA user_version = 2");
}

static void
make_version_zero (const char *path)
{
  base_with_sql (path, "PRAGMA user_version = 0");
}

static void
make_version_negative (const char *path)
{
  base_with_sql (path, "PRAGMA user_version = -1");
}

static void
make_truncated_half (const char *path)
{
  gsize length;
  gconstpointer data = g_bytes_get_data (base_plan (), &length);

  write_bytes (path, data, length / 2);
}

static void
make_truncated_100 (const char *path)
{
  write_bytes (path, g_bytes_get_data (base_plan (), NULL), 100);
}

static void
make_header_only (const char *path)
{
  write_bytes (path, "SQLite format 3", 16);
}

static void
make_random (const char *path)
{
  g_autofree guint8 *bytes = random_bytes (1, 65536);

  write_bytes (path, bytes, 65536);
}

static void
make_empty (const char *path)
{
  write_bytes (path, "", 0);
}

static void
make_text (const char *path)
{
  static const char text[] =
    "gemeente;jaar;pad;woningen\nGM0193;2027;hf;40\nGM0166;2027;ind;12\n";

  write_bytes (path, text, sizeof text - 1);
}

static void
make_magic_then_garbage (const char *path)
{
  g_autofree guint8 *bytes = random_bytes (2, 65536);

  memcpy (bytes, "SQLite format 3", 16);
  write_bytes (path, bytes, 65536);
}

static void
make_garbage_pages (const char *path)
{
  gsize length;
  const guint8 *base = g_bytes_get_data (base_plan (), &length);
  g_autofree guint8 *bytes = random_bytes (3, length);

  /* The whole 100-byte header is the valid plan's. */
  memcpy (bytes, base, 100);
  write_bytes (path, bytes, length);
}

static void
make_damaged_page (const char *path)
{
  gsize length;
  const guint8 *base = g_bytes_get_data (base_plan (), &length);
  g_autofree guint8 *bytes = g_memdup2 (base, length);
  guint page_size = (base[16] << 8) | base[17];
  gsize n_pages = length / page_size;
  gsize page = n_pages / 2;
  g_autofree guint8 *garbage = random_bytes (4, page_size);

  g_assert_cmpuint (n_pages, >=, 3);
  memcpy (bytes + page * page_size, garbage, page_size);
  write_bytes (path, bytes, length);
}

static void
make_enormous_text (const char *path)
{
  /* 20,000 characters (40,000 bytes) of a municipality's name. */
  base_with_sql (path, "UPDATE municipalities SET name = replace(hex(zeroblob(10000)), '0', 'ä') "
                       "WHERE code = 'GM0193'");
}

static void
make_large_blob (const char *path)
{
  base_with_sql (path, "INSERT OR REPLACE INTO boundaries "
                       "  (municipality, geometry, source, year, provenance_id) "
                       "VALUES ('GM0193', zeroblob(16 * 1024 * 1024 + 1), 'PDOK', 2025, "
                       "        (SELECT min(id) FROM provenance))");
}

static void
make_huge_blob (const char *path)
{
  /* Beyond the length SQLite itself is allowed to hand out when reading. */
  base_with_sql (path, "INSERT OR REPLACE INTO boundaries "
                       "  (municipality, geometry, source, year, provenance_id) "
                       "VALUES ('GM0166', zeroblob(65 * 1024 * 1024), 'PDOK', 2025, "
                       "        (SELECT min(id) FROM provenance))");
}

static void
make_foreign_key (const char *path)
{
  base_with_sql (path, "PRAGMA foreign_keys = OFF; "
                       "INSERT INTO plans (municipality, year, pathway, units, provenance_id) "
                       "VALUES ('GM9999', 2030, 'hf', 5, (SELECT min(id) FROM provenance))");
}

static void
make_check_broken (const char *path)
{
  base_with_sql (path, "PRAGMA ignore_check_constraints = ON; "
                       "UPDATE plans SET units = -5 WHERE rowid = (SELECT min(rowid) FROM plans)");
}

static void
make_check_horizon (const char *path)
{
  base_with_sql (path, "PRAGMA ignore_check_constraints = ON; "
                       "UPDATE scenarios SET horizon_years = 1000000, seed = -1");
}

static void
make_check_kind (const char *path)
{
  base_with_sql (path, "PRAGMA ignore_check_constraints = ON; "
                       "UPDATE regions SET kind = 'evil'; UPDATE region_members SET kind = 'evil'");
}

static void
make_check_counted (const char *path)
{
  base_with_sql (path, "PRAGMA ignore_check_constraints = ON; "
                       "UPDATE plans SET counted = 7, pathway = 'zzz', status = '' "
                       "WHERE rowid = (SELECT max(rowid) FROM plans)");
}

static void
make_unique_broken (const char *path)
{
  sqlite3 *db;

  /* The index is maintained under another definition for a moment, so
   * that the table ends up with two counted plans for one municipality,
   * year and pathway that the index does not know about. */
  base_with_sql (path, "PRAGMA writable_schema = ON; "
                       "UPDATE sqlite_schema SET sql = 'CREATE UNIQUE INDEX plans_counted "
                       "ON plans (municipality, year, pathway) WHERE counted = 2' "
                       "WHERE name = 'plans_counted'");
  db = sql_open (path);
  sql_exec (db, "INSERT INTO provenance (kind, source, date) "
                "  VALUES ('file', 'dubbel.weplan', '2026-01-01'); "
                "INSERT INTO plans (municipality, year, pathway, units, provenance_id, counted) "
                "  SELECT municipality, year, pathway, units * 100, "
                "         (SELECT max(id) FROM provenance), 1 "
                "  FROM plans WHERE counted = 1");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  db = sql_open (path);
  sql_exec (db, "PRAGMA writable_schema = ON; "
                "UPDATE sqlite_schema SET sql = 'CREATE UNIQUE INDEX plans_counted "
                "ON plans (municipality, year, pathway) WHERE counted = 1' "
                "WHERE name = 'plans_counted'");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
make_too_many_scenarios (const char *path)
{
  base_with_sql (path, "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                       "                         WHERE i < 1001) "
                       "INSERT INTO scenarios "
                       "  (name, base_year, horizon_years, seed, created, modified, provenance_id) "
                       "SELECT 'Extra ' || i, 2026, 10, i, '2026-01-01', '2026-01-01', "
                       "       (SELECT min(id) FROM provenance) FROM n");
}

static void
make_too_many_metadata (const char *path)
{
  base_with_sql (path, "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                       "                         WHERE i < 200) "
                       "INSERT INTO metadata (key, value) SELECT 'key ' || i, 'x' FROM n");
}

static void
make_garbage_journal (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree guint8 *garbage = random_bytes (5, 8192);

  write_base (path);
  write_bytes (journal, garbage, 8192);
}

/* What a writer killed in the middle of a transaction leaves: pages of the
 * transaction already in the file, and the journal to roll them back. */
static void
make_hot_journal (const char *path)
{
  g_autofree char *work = g_strconcat (path, ".work", NULL);
  g_autofree char *work_journal = g_strconcat (work, "-journal", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *torn = NULL;
  sqlite3 *db;
  gsize length;

  write_base (work);
  db = sql_open (work);
  sql_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 10; BEGIN; "
                "UPDATE metadata SET value = 'half written' WHERE key = 'title'; "
                "UPDATE plans SET note = hex(randomblob(200)); "
                "UPDATE scenario_inputs SET value = value + 1 WHERE value IS NOT NULL; "
                "UPDATE allocations SET homes = homes + 1");
  copy_file (work, path);
  copy_file (work_journal, journal);
  sql_exec (db, "ROLLBACK");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  g_assert_cmpint (g_unlink (work), ==, 0);

  /* The transaction did reach the file. */
  g_assert_true (g_file_get_contents (path, &torn, &length, NULL));
  g_assert_false (length == g_bytes_get_size (base_plan ())
                  && memcmp (torn, g_bytes_get_data (base_plan (), NULL), length) == 0);
}

static void
make_wal_mode (const char *path)
{
  base_with_sql (path, "PRAGMA journal_mode = WAL");
}

/* A file in WAL mode with committed changes still in the WAL beside it. */
static void
make_wal_frames (const char *path)
{
  g_autofree char *work = g_strconcat (path, ".work", NULL);
  g_autofree char *work_wal = g_strconcat (work, "-wal", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  sqlite3 *db;

  write_base (work);
  db = sql_open (work);
  sql_exec (db, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; "
                "UPDATE metadata SET value = 'in the WAL' WHERE key = 'title'");
  copy_file (work, path);
  copy_file (work_wal, wal);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  g_assert_cmpint (g_unlink (work), ==, 0);
}

static void
make_folder (const char *path)
{
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
}

static void
make_fifo (const char *path)
{
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
}

static void
make_over_1gib (const char *path)
{
  int fd;

  write_base (path);
  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, WEP_MAX_FILE_BYTES + 4096), ==, 0);
  close (fd);
}

/* ---- what must stay the same ------------------------------------------- */

/* The folder's entries with their sizes and times, and the file's bytes. */
typedef struct
{
  char   *listing;
  GBytes *contents;
  char   *head;
} Snapshot;

static void
snapshot_clear (Snapshot *s)
{
  g_clear_pointer (&s->listing, g_free);
  g_clear_pointer (&s->contents, g_bytes_unref);
  g_clear_pointer (&s->head, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Snapshot, snapshot_clear)

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static char *
list_folder (const char *dir)
{
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) out = g_string_new (NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      struct stat st;

      g_assert_cmpint (lstat (path, &st), ==, 0);
      g_string_append_printf (out, "%s mode %o size %" G_GINT64_FORMAT " mtime %ld.%09ld "
                              "ctime %ld.%09ld\n",
                              (const char *) g_ptr_array_index (names, i), (guint) st.st_mode,
                              (gint64) st.st_size, (long) st.st_mtim.tv_sec,
                              (long) st.st_mtim.tv_nsec, (long) st.st_ctim.tv_sec,
                              (long) st.st_ctim.tv_nsec);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
take_snapshot (Snapshot          *s,
               const HostileCase *c,
               const char        *dir,
               const char        *path)
{
  s->listing = list_folder (dir);
  if (c->flags & CASE_NOT_REGULAR)
    return;
  if (c->flags & CASE_SPARSE)
    {
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (GFileInputStream) in = g_file_read (file, NULL, NULL);
      g_autofree guint8 *head = g_malloc (1024 * 1024);
      gsize n = 0;

      g_assert_nonnull (in);
      g_input_stream_read_all (G_INPUT_STREAM (in), head, 1024 * 1024, &n, NULL, NULL);
      s->head = g_compute_checksum_for_data (G_CHECKSUM_SHA256, head, n);
    }
  else
    {
      char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      s->contents = g_bytes_new_take (contents, length);
    }
}

static void
assert_unchanged (const Snapshot *before,
                  const Snapshot *after)
{
  g_assert_cmpstr (before->listing, ==, after->listing);
  g_assert_cmpstr (before->head, ==, after->head);
  if (before->contents != NULL)
    g_assert_true (g_bytes_equal (before->contents, after->contents));
}

/* ---- the test ------------------------------------------------------------ */

static const char *
error_code_name (int code)
{
  static const char *const names[] = {
    "IO", "NOT_A_PLAN", "NEWER_VERSION", "CORRUPT", "UNEXPECTED_SCHEMA", "LIMIT",
    "INVALID", "READ_ONLY", "LOCKED", "NOT_FOUND", "EXISTS", "CONFLICT",
  };

  return code >= 0 && code < (int) G_N_ELEMENTS (names) ? names[code] : "?";
}

/* A file that opened after all must be a usable plan: it can be read,
 * checked and saved, and the copy opens again, with no WAL or journal
 * next to it. */
static void
assert_usable (WepDocument *doc,
               const char  *dir)
{
  g_autofree char *copy_dir = g_build_filename (dir, "resaved", NULL);
  g_autofree char *copy = g_build_filename (copy_dir, "resaved.weplan", NULL);
  g_autoptr (WepDocument) back = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *title = NULL;
  g_autofree char *header = NULL;
  g_auto (GStrv) scenarios = wep_document_list_scenarios (doc);
  g_autoptr (WepDocumentInfo) info = wep_document_get_info (doc);
  g_autoptr (GPtrArray) problems = wep_document_check (doc);

  g_assert_cmpint (info->format_version, ==, WEP_DOCUMENT_FORMAT_VERSION);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("problem: %s", (const char *) g_ptr_array_index (problems, i));
  for (guint i = 0; scenarios[i] != NULL; i++)
    {
      g_autoptr (WepModelInput) input = wep_document_scenario_input (doc, scenarios[i], &error);

      g_test_message ("scenario “%s”: %s", scenarios[i], input != NULL ? "ok" : error->message);
      g_clear_error (&error);
    }

  g_assert_cmpint (g_mkdir (copy_dir, 0700), ==, 0);
  wep_document_save_as (doc, copy, &error);
  g_assert_no_error (error);
  wep_document_close (doc);
  back = wep_document_open (copy, WEP_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  title = wep_document_get_meta (back, "title");
  g_test_message ("it opened; its title is “%s”", title);
  /* A saved plan is in rollback-journal mode (header bytes 18 and 19 are
   * 1), whatever the file it came from: in WAL mode, any other SQLite
   * tool that reads it would leave -wal and -shm files next to it. */
  g_file_get_contents (copy, &header, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (header[18], ==, 1);
  g_assert_cmpint (header[19], ==, 1);
  listing = list_folder (copy_dir);
  g_assert_null (strstr (listing, "-wal"));
  g_assert_null (strstr (listing, "-journal"));
  g_assert_null (strstr (listing, "-shm"));
  g_clear_object (&back);
  g_assert_cmpint (g_unlink (copy), ==, 0);
  g_assert_cmpint (g_rmdir (copy_dir), ==, 0);
}

static void
test_hostile (gconstpointer data)
{
  const HostileCase *c = data;
  g_autofree char *dir = g_build_filename (root (), c->name, NULL);
  g_autofree char *file_name = g_strconcat (c->name, WEP_DOCUMENT_EXTENSION, NULL);
  g_autofree char *path = g_build_filename (dir, file_name, NULL);
  g_auto (Snapshot) before = { 0 };
  g_auto (Snapshot) after = { 0 };
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (GError) error = NULL;
  gint64 start, elapsed;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  c->make (path);
  take_snapshot (&before, c, dir, path);

  start = g_get_monotonic_time ();
  doc = wep_document_open (path, WEP_OPEN_DEFAULT, &error);
  elapsed = g_get_monotonic_time () - start;

  if (doc != NULL)
    {
      if (!(c->flags & CASE_MAY_OPEN))
        g_error ("%s: the file was opened; it should have been refused", c->name);
      g_assert_no_error (error);
      g_test_message ("%s: opened in %.1f ms", c->name, elapsed / 1000.0);
      /* The lock it took is gone again once closed. */
      wep_document_close (doc);
    }
  else
    {
      g_assert_nonnull (error);
      g_test_message ("%s: refused in %.1f ms, %s: %s", c->name, elapsed / 1000.0,
                      error->domain == WEP_DOCUMENT_ERROR ? error_code_name (error->code)
                                                          : g_quark_to_string (error->domain),
                      error->message);
      if (error->domain != WEP_DOCUMENT_ERROR
          || (error->code != c->code && error->code != c->alt_code))
        g_error ("%s: expected WEP_DOCUMENT_ERROR_%s%s%s, got %s %d: %s", c->name,
                 error_code_name (c->code), c->alt_code >= 0 ? " or " : "",
                 c->alt_code >= 0 ? error_code_name (c->alt_code) : "",
                 g_quark_to_string (error->domain), error->code, error->message);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      /* The message names the file and the problem. */
      if (strstr (error->message, file_name) == NULL)
        g_error ("%s: the message does not name the file: %s", c->name, error->message);
      for (guint i = 0; i < G_N_ELEMENTS (c->words) && c->words[i] != NULL; i++)
        if (strstr (error->message, c->words[i]) == NULL)
          g_error ("%s: the message does not say “%s”: %s", c->name, c->words[i],
                   error->message);
    }

  take_snapshot (&after, c, dir, path);
  assert_unchanged (&before, &after);

  if (doc != NULL)
    assert_usable (doc, dir);
}

#define NONE (-1)

static const HostileCase cases[] = {
  /* Things that would run, or change what is read. */
  { "trigger", make_trigger, WEP_DOCUMENT_ERROR_UNEXPECTED_SCHEMA, NONE,
    { "trigger", "plans_audit", "nothing in it is run" } },
  { "trigger-named-as-index", make_trigger_named_as_index,
    WEP_DOCUMENT_ERROR_UNEXPECTED_SCHEMA, NONE, { "trigger", "plans_counted" } },
  { "view", make_view, WEP_DOCUMENT_ERROR_UNEXPECTED_SCHEMA, NONE, { "view", "all_plans" } },
  { "extra-table", make_extra_table, WEP_DOCUMENT_ERROR_UNEXPECTED_SCHEMA, NONE,
    { "table", "notes" } },
  { "extra-index", make_extra_index, WEP_DOCUMENT_ERROR_UNEXPECTED_SCHEMA, NONE,
    { "index", "plans_by_year" } },
  { "extra-column", make_extra_column, WEP_DOCUMENT_ERROR_UNEXPECTED_SCHEMA, NONE,
    { "table", "plans", "format version 1" } },
  { "missing-table", make_missing_table, WEP_DOCUMENT_ERROR_UNEXPECTED_SCHEMA, NONE,
    { "allocations", "missing" } },
  { "statistics-table", make_stat_table, WEP_DOCUMENT_ERROR_UNEXPECTED_SCHEMA, NONE,
    { "sqlite_stat1" } },
  { "schema-garbage", make_schema_garbage, WEP_DOCUMENT_ERROR_CORRUPT,
    WEP_DOCUMENT_ERROR_UNEXPECTED_SCHEMA, { "malformed" } },

  /* Not ours, or not this version. */
  { "application-id", make_application_id, WEP_DOCUMENT_ERROR_NOT_A_PLAN, NONE,
    { "application_id", "1196444487" } },
  { "newer-version", make_newer_version, WEP_DOCUMENT_ERROR_NEWER_VERSION, NONE,
    { "format version 2", "up to version 1" } },
  { "version-zero", make_version_zero, WEP_DOCUMENT_ERROR_NOT_A_PLAN, NONE,
    { "no format version" } },
  { "version-negative", make_version_negative, WEP_DOCUMENT_ERROR_NOT_A_PLAN, NONE,
    { "format version" } },

  /* Not SQLite, or damaged. */
  { "truncated-half", make_truncated_half, WEP_DOCUMENT_ERROR_CORRUPT,
    WEP_DOCUMENT_ERROR_NOT_A_PLAN },
  { "truncated-100", make_truncated_100, WEP_DOCUMENT_ERROR_CORRUPT,
    WEP_DOCUMENT_ERROR_NOT_A_PLAN },
  { "header-only", make_header_only, WEP_DOCUMENT_ERROR_NOT_A_PLAN,
    WEP_DOCUMENT_ERROR_CORRUPT },
  { "random-bytes", make_random, WEP_DOCUMENT_ERROR_NOT_A_PLAN, NONE,
    { "not an SQLite database" } },
  { "empty", make_empty, WEP_DOCUMENT_ERROR_NOT_A_PLAN, NONE, { "empty" } },
  { "text", make_text, WEP_DOCUMENT_ERROR_NOT_A_PLAN, NONE, { "not an SQLite database" } },
  { "magic-then-garbage", make_magic_then_garbage, WEP_DOCUMENT_ERROR_NOT_A_PLAN,
    WEP_DOCUMENT_ERROR_CORRUPT },
  { "garbage-pages", make_garbage_pages, WEP_DOCUMENT_ERROR_CORRUPT,
    WEP_DOCUMENT_ERROR_NOT_A_PLAN },
  { "damaged-page", make_damaged_page, WEP_DOCUMENT_ERROR_CORRUPT, NONE, { "damaged" } },
  { "check-broken", make_check_broken, WEP_DOCUMENT_ERROR_CORRUPT, NONE,
    { "damaged", "plans" } },
  { "check-horizon", make_check_horizon, WEP_DOCUMENT_ERROR_CORRUPT, NONE,
    { "damaged", "scenarios" } },
  { "check-kind", make_check_kind, WEP_DOCUMENT_ERROR_CORRUPT, NONE,
    { "damaged", "regions" } },
  { "check-counted", make_check_counted, WEP_DOCUMENT_ERROR_CORRUPT, NONE,
    { "damaged", "plans" } },
  { "unique-broken", make_unique_broken, WEP_DOCUMENT_ERROR_CORRUPT, NONE,
    { "plans_counted" } },
  { "foreign-key", make_foreign_key, WEP_DOCUMENT_ERROR_CORRUPT, NONE,
    { "“plans”", "“municipalities”" } },

  /* Too much. */
  { "enormous-text", make_enormous_text, WEP_DOCUMENT_ERROR_LIMIT, NONE,
    { "“municipalities”", "“name”", "10000" } },
  { "large-blob", make_large_blob, WEP_DOCUMENT_ERROR_LIMIT, NONE,
    { "“boundaries”", "“geometry”", "16777216" } },
  { "huge-blob", make_huge_blob, WEP_DOCUMENT_ERROR_LIMIT, NONE, { "“boundaries”" } },
  { "too-many-scenarios", make_too_many_scenarios, WEP_DOCUMENT_ERROR_LIMIT, NONE,
    { "“scenarios”", "1002", "1000" } },
  { "too-many-metadata", make_too_many_metadata, WEP_DOCUMENT_ERROR_LIMIT, NONE,
    { "“metadata”", "100" } },
  { "over-1gib", make_over_1gib, WEP_DOCUMENT_ERROR_LIMIT, NONE, { "1 GiB" }, CASE_SPARSE },

  /* What a crashed writer leaves next to a file: never replayed here. */
  { "garbage-journal", make_garbage_journal, WEP_DOCUMENT_ERROR_CORRUPT,
    WEP_DOCUMENT_ERROR_NOT_A_PLAN, { NULL }, CASE_MAY_OPEN },
  { "hot-journal", make_hot_journal, WEP_DOCUMENT_ERROR_CORRUPT,
    WEP_DOCUMENT_ERROR_LIMIT, { NULL }, CASE_MAY_OPEN },
  { "wal-mode", make_wal_mode, WEP_DOCUMENT_ERROR_CORRUPT, WEP_DOCUMENT_ERROR_NOT_A_PLAN,
    { NULL }, CASE_MAY_OPEN },
  { "wal-frames", make_wal_frames, WEP_DOCUMENT_ERROR_CORRUPT,
    WEP_DOCUMENT_ERROR_NOT_A_PLAN, { NULL }, CASE_MAY_OPEN },

  /* Not a file at all; a pipe would block whoever reads it. */
  { "folder", make_folder, WEP_DOCUMENT_ERROR_NOT_A_PLAN, NONE, { "not a file" },
    CASE_NOT_REGULAR },
  { "fifo", make_fifo, WEP_DOCUMENT_ERROR_NOT_A_PLAN, NONE, { "not a file" },
    CASE_NOT_REGULAR },
};

/* Defence in depth: even a connection that has a trigger or a view in its
 * schema runs neither, once hardened as every connection of ours is. */
static void
test_hardened_connection (void)
{
  g_autofree char *dir = g_build_filename (root (), "hardened", NULL);
  g_autofree char *path = g_build_filename (dir, "hardened.weplan", NULL);
  sqlite3 *db;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  make_trigger (path);
  db = sql_open (path);
  sql_exec (db, "CREATE VIEW all_plans AS SELECT * FROM plans");
  _wep_sqlite_harden (db);
  sql_exec (db, "UPDATE plans SET note = 'changed'");
  g_assert_cmpint (_wep_sqlite_count (db, "SELECT count(*) FROM metadata WHERE key = 'pwned'"),
                   ==, 0);
  g_assert_cmpint (_wep_sqlite_count (db, "SELECT count(*) FROM all_plans"), ==, -1);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  /* Unhardened, the same trigger does run: the test above means something. */
  db = sql_open (path);
  sql_exec (db, "UPDATE plans SET note = 'changed again'");
  g_assert_cmpint (_wep_sqlite_count (db, "SELECT count(*) FROM metadata WHERE key = 'pwned'"),
                   >, 0);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  wep_test_tmp_init ("wep-hostile");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *test_path = g_strconcat ("/hostile/", cases[i].name, NULL);

      g_test_add_data_func (test_path, &cases[i], test_hostile);
    }
  g_test_add_func ("/hostile/hardened-connection", test_hardened_connection);

  status = g_test_run ();

  /* WEP_TEST_KEEP=1 keeps the corpus for a look with other tools. */
  if (g_getenv ("WEP_TEST_KEEP") == NULL)
    wep_test_tmp_remove ();
  else
    g_printerr ("The hostile files are in %s\n", wep_test_tmp_dir ());
  g_clear_pointer (&base_bytes, g_bytes_unref);
  return status;
}
