/* test-document.c: plan files: round trip of every table, the example
 * plan, the scenario derivation, locks, read-only files and autosave
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <sys/wait.h>
#include <unistd.h>

#include "wep-document-private.h"
#include "wep-example.h"
#include "wep-test-util.h"

static char *
temp_plan (const char *name)
{
  return g_build_filename (g_get_tmp_dir (), name, NULL);
}

/* Every row of every table, as text, in a fixed order. */
static char *
dump_tables (WepDocument *doc)
{
  sqlite3 *db = _wep_document_get_db (doc);
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (sqlite3_stmt) tables = NULL;

  tables = _wep_sqlite_prepare (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                    "ORDER BY name", NULL);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2, 3", table);
      g_autoptr (sqlite3_stmt) rows = _wep_sqlite_prepare (db, sql, NULL);

      g_string_append_printf (out, "[%s]\n", table);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (rows); c++)
            {
              if (sqlite3_column_type (rows, c) == SQLITE_BLOB)
                g_string_append_printf (out, "<blob %d>|", sqlite3_column_bytes (rows, c));
              else if (sqlite3_column_type (rows, c) == SQLITE_FLOAT)
                g_string_append_printf (out, "%.17g|", sqlite3_column_double (rows, c));
              else
                g_string_append_printf (out, "%s|", (const char *) sqlite3_column_text (rows, c));
            }
          g_string_append_c (out, '\n');
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_inputs_identical (const WepModelInput *a,
                         const WepModelInput *b)
{
  g_autofree char *ja = wep_model_input_to_json (a);
  g_autofree char *jb = wep_model_input_to_json (b);

  g_assert_cmpstr (ja, ==, jb);
}

static void
test_new_save_open (void)
{
  g_autofree char *path = temp_plan ("new.weplan");
  g_autoptr (WepDocument) doc = wep_document_new ();
  g_autoptr (WepDocument) back = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;

  g_assert_null (wep_document_get_path (doc));
  g_assert_false (wep_document_get_modified (doc));
  wep_document_set_meta (doc, "title", "Regioplan Wonen Eerst 2026", &error);
  g_assert_no_error (error);
  g_assert_true (wep_document_get_modified (doc));
  g_assert_false (wep_document_save (doc, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  wep_document_save_as (doc, path, &error);
  g_assert_no_error (error);
  g_assert_false (wep_document_get_modified (doc));
  wep_document_close (doc);

  back = wep_document_open (path, WEP_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (wep_document_get_read_only (back));
  g_assert_cmpint (wep_document_get_file_version (back), ==, WEP_DOCUMENT_FORMAT_VERSION);
  title = wep_document_get_meta (back, "title");
  g_assert_cmpstr (title, ==, "Regioplan Wonen Eerst 2026");
  wep_document_close (back);
  g_unlink (path);
}

static void
test_example_scenario_is_the_example (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepModelInput) expected = wep_example_input ();
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) input = wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME,
                                                                 &error);
  g_autoptr (GPtrArray) problems = wep_document_check (doc);
  sqlite3 *db = _wep_document_get_db (doc);

  g_assert_no_error (error);
  assert_inputs_identical (input, expected);
  g_assert_cmpuint (problems->len, ==, 0);

  /* Lettings, plans and figures come from the data: the scenario keeps
   * none of them as its own values. */
  g_assert_cmpint (_wep_sqlite_count (db, "SELECT count(*) FROM scenario_inputs WHERE value IS "
                                          "NOT NULL AND key IN ('lettings', 'new_units_hf', "
                                          "'new_units_ind', 'new_units_grp', 'inflow', "
                                          "'shelter_capacity', 'homeless0', 'exit_ready0')"),
                   ==, 0);
  g_assert_cmpint (_wep_sqlite_count (db, "SELECT count(*) FROM municipalities"), >=, 8);
  g_assert_cmpint (_wep_sqlite_count (db, "SELECT count(*) FROM municipalities"), <=, 15);
}

static void
test_derivation_follows_data (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepModelInput) before = NULL;
  g_autoptr (WepModelInput) after = NULL;
  g_autoptr (GError) error = NULL;
  WepPlan plan = { "GM0166", 2027, "hf", 40, "gepland", "Extra project", "2026-01-01", "" };
  gint64 prov;

  before = wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);

  /* Kampen adds a plan from another source: it is not counted while
   * Kampen's own counted plan for that year and pathway exists... */
  prov = wep_document_add_provenance (doc, "handmatig", "test", "Gemeente Kampen", &error);
  g_assert_no_error (error);
  wep_document_add_plan (doc, &plan, prov, &error);
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID);
  g_clear_error (&error);

  /* ...but a plan for a year nobody planned adds up. */
  plan.year = 2034;
  plan.pathway = "grp";
  plan.municipality = "GM0244";
  sqlite3_exec (_wep_document_get_db (doc),
                "DELETE FROM plans WHERE municipality = 'GM0244' AND year = 2034 "
                "AND pathway = 'grp'", NULL, NULL, NULL);
  wep_document_add_plan (doc, &plan, prov, &error);
  g_assert_no_error (error);
  after = wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (wep_model_input_region (after, 0)->yearly[WEP_Y_NEW_UNITS_GRP][8], >,
                     wep_model_input_region (before, 0)->yearly[WEP_Y_NEW_UNITS_GRP][8]);

  /* Lettings need every member: without Hattem's 2030 figure the year
   * has no value, and the message names it. */
  sqlite3_exec (_wep_document_get_db (doc),
                "DELETE FROM municipality_lettings WHERE municipality = 'GM0244' AND year = 2030",
                NULL, NULL, NULL);
  g_clear_pointer (&after, wep_model_input_free);
  after = wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_null (after);
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "lettings"));
  g_assert_nonnull (strstr (error->message, "2030"));
  g_assert_nonnull (strstr (error->message, WEP_EXAMPLE_SCENARIO_NAME));
}

static void
test_round_trip_every_table (void)
{
  g_autofree char *path = temp_plan ("round-trip.weplan");
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepDocument) back = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) geometry = g_bytes_new_static ("\x01\x02\x03\x00\x04", 5);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *db;
  gint64 prov;

  prov = wep_document_add_provenance (doc, "file", "grenzen.gpkg", "GIS Zwolle", &error);
  g_assert_no_error (error);
  wep_document_set_boundary (doc, "GM0193", geometry, "PDOK", 2025, prov, &error);
  g_assert_no_error (error);
  wep_document_add_region (doc, "WMR-ZW", "Woningmarktregio Zwolle", "woningmarktregio", prov,
                           &error);
  g_assert_no_error (error);
  wep_document_add_region_member (doc, "WMR-ZW", "GM0193", prov, &error);
  g_assert_no_error (error);

  db = _wep_document_get_db (doc);
  /* Every table has rows. */
  {
    g_autoptr (sqlite3_stmt) tables = _wep_sqlite_prepare (db, "SELECT name FROM sqlite_schema "
                                                               "WHERE type = 'table'", NULL);
    while (sqlite3_step (tables) == SQLITE_ROW)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"",
                                                sqlite3_column_text (tables, 0));
        if (_wep_sqlite_count (db, sql) == 0)
          g_error ("table %s is empty: the round trip would not test it",
                   sqlite3_column_text (tables, 0));
      }
  }

  wep_document_save_as (doc, path, &error);
  g_assert_no_error (error);
  before = dump_tables (doc);
  back = wep_document_open (path, WEP_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  after = dump_tables (back);
  g_assert_cmpstr (before, ==, after);
  wep_document_close (doc);
  g_unlink (path);
}

static void
test_scenario_round_trip (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (11);
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < 10; i++)
    {
      g_autoptr (WepModelInput) input = wep_test_random_input (rand, 1 + i % 3);
      g_autoptr (WepModelInput) back = NULL;
      g_autoptr (WepModelInput) again = NULL;
      g_autofree char *name = g_strdup_printf ("Scenario %u", i);

      input->has_seed = TRUE;
      input->seed = 1000 + i;
      /* One region is the example region, by its name: the data's values
       * stand underneath. */
      g_free (wep_model_input_region (input, 0)->name);
      wep_model_input_region (input, 0)->name = g_strdup (WEP_EXAMPLE_REGION_NAME);

      wep_document_store_scenario (doc, name, input, 1, &error);
      g_assert_no_error (error);
      back = wep_document_scenario_input (doc, name, &error);
      g_assert_no_error (error);
      assert_inputs_identical (input, back);

      /* Storing what came out again changes nothing. */
      wep_document_store_scenario (doc, name, back, 1, &error);
      g_assert_no_error (error);
      again = wep_document_scenario_input (doc, name, &error);
      g_assert_no_error (error);
      assert_inputs_identical (back, again);
    }
}

static void
test_unknown_scenario (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) input = wep_document_scenario_input (doc, "Bestaat niet", &error);

  g_assert_null (input);
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Bestaat niet"));
  g_assert_nonnull (strstr (error->message, WEP_EXAMPLE_SCENARIO_NAME));
}

static void
write_lock (const char *plan,
            const char *host,
            int         pid)
{
  g_autofree char *dir = g_path_get_dirname (plan);
  g_autofree char *base = g_path_get_basename (plan);
  g_autofree char *name = g_strdup_printf (".~lock.%s#", base);
  g_autofree char *lock = g_build_filename (dir, name, NULL);
  g_autofree char *content = g_strdup_printf ("Anne de Vries\n%s\n%d\n2026-11-27T08:00:00Z\n",
                                              host, pid);

  g_assert_true (g_file_set_contents (lock, content, -1, NULL));
}

static void
test_locks (void)
{
  g_autofree char *path = temp_plan ("shared.weplan");
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepDocument) second = NULL;
  g_autoptr (WepDocument) third = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *unchanged = NULL;
  int child;

  wep_document_save_as (doc, path, &error);
  g_assert_no_error (error);
  wep_document_close (doc);
  g_file_get_contents (path, &before, NULL, NULL);

  /* A colleague on another computer has it open. */
  write_lock (path, "werkplek-17.gemeente.local", 4242);
  second = wep_document_open (path, WEP_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (wep_document_get_read_only (second));
  g_assert_nonnull (strstr (wep_document_get_read_only_reason (second), "Anne de Vries"));
  g_assert_nonnull (strstr (wep_document_get_read_only_reason (second), "werkplek-17"));
  wep_document_set_meta (second, "title", "changed", &error);
  g_assert_no_error (error);
  g_assert_false (wep_document_save (second, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_file_get_contents (path, &unchanged, NULL, NULL);
  g_assert_cmpstr (before, ==, unchanged);

  /* A lock of a process of this host that is gone is taken over. */
  child = fork ();
  if (child == 0)
    _exit (0);
  waitpid (child, NULL, 0);
  write_lock (path, g_get_host_name (), child);
  third = wep_document_open (path, WEP_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (wep_document_get_read_only (third));
  wep_document_close (third);
  g_unlink (path);
}

static void
test_autosave (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GError) error = NULL;
  g_autofree char *autosave = NULL;
  g_autofree char *original = NULL;
  g_autofree char *meta = NULL;
  g_auto (GStrv) list = NULL;

  wep_document_set_meta (doc, "title", "Nog niet bewaard", &error);
  g_assert_no_error (error);
  wep_document_autosave (doc, &error);
  g_assert_no_error (error);
  autosave = wep_document_get_autosave_path (doc);
  g_assert_true (g_file_test (autosave, G_FILE_TEST_EXISTS));
  list = wep_autosave_list ();
  g_assert_true (g_strv_contains ((const char *const *) list, autosave));
  original = wep_autosave_get_original (autosave);
  g_assert_cmpstr (original, ==, "");
  /* The note about the copy stays out of the plan itself. */
  meta = wep_document_get_meta (doc, "autosave_of");
  g_assert_null (meta);

  wep_document_close (doc);
  g_assert_false (g_file_test (autosave, G_FILE_TEST_EXISTS));
}

/* A copy holds the plan as it was, is read-only (cannot be saved over a
 * file), and goes its own way. */
static void
test_copy (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepDocument) copy = NULL;
  g_autoptr (WepDocumentInfo) before = wep_document_get_info (doc);
  g_autoptr (WepDocumentInfo) after = NULL;
  g_autoptr (WepDocumentInfo) copied = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  WepPlan plan = { "GM0166", 2099, "ind", 12, "gepland", "Kopie", "2026-02-01", "" };
  gint64 prov;

  copy = wep_document_copy (doc, &error);
  g_assert_no_error (error);
  g_assert_true (wep_document_get_read_only (copy));
  g_assert_nonnull (wep_document_get_read_only_reason (copy));
  g_assert_null (wep_document_get_path (copy));
  copied = wep_document_get_info (copy);
  g_assert_cmpuint (copied->n_plans, ==, before->n_plans);
  g_assert_cmpuint (copied->n_municipalities, ==, before->n_municipalities);
  g_assert_cmpuint (copied->n_scenarios, ==, before->n_scenarios);

  /* A change of the plan does not reach the copy. */
  prov = wep_document_add_provenance (doc, "handmatig", "test", NULL, &error);
  g_assert_no_error (error);
  wep_document_add_plan (doc, &plan, prov, &error);
  g_assert_no_error (error);
  after = wep_document_get_info (doc);
  g_assert_cmpuint (after->n_plans, ==, before->n_plans + 1);
  g_clear_pointer (&copied, wep_document_info_free);
  copied = wep_document_get_info (copy);
  g_assert_cmpuint (copied->n_plans, ==, before->n_plans);

  /* Nor the other way round. */
  wep_document_set_meta (copy, "title", "Kopie", &error);
  g_assert_no_error (error);
  title = wep_document_get_meta (doc, "title");
  g_assert_cmpstr (title, !=, "Kopie");
}

/* A file of every earlier format version is kept in tests/data, with the
 * model input its scenario gave when it was made. Format 1 is the first;
 * when format 2 comes, this file is what its migration is tested on. */
static void
test_format_v1_file (void)
{
  g_autofree char *path = wep_test_data_path ("plan-v1.weplan");
  g_autofree char *expected_path = wep_test_data_path ("plan-v1-basis.json");
  g_autofree char *expected = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;

  doc = wep_document_open (path, WEP_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (wep_document_get_file_version (doc), ==, 1);
  problems = wep_document_check (doc);
  g_assert_cmpuint (problems->len, ==, 0);

  input = wep_document_scenario_input (doc, "Basis", &error);
  g_assert_no_error (error);
  text = wep_model_input_to_json (input);
  json = g_strconcat (text, "\n", NULL);
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  g_assert_cmpstr (json, ==, expected);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/document/new-save-open", test_new_save_open);
  g_test_add_func ("/document/example", test_example_scenario_is_the_example);
  g_test_add_func ("/document/derivation", test_derivation_follows_data);
  g_test_add_func ("/document/round-trip", test_round_trip_every_table);
  g_test_add_func ("/document/scenario-round-trip", test_scenario_round_trip);
  g_test_add_func ("/document/unknown-scenario", test_unknown_scenario);
  g_test_add_func ("/document/locks", test_locks);
  g_test_add_func ("/document/autosave", test_autosave);
  g_test_add_func ("/document/copy", test_copy);
  g_test_add_func ("/document/format-v1-file", test_format_v1_file);

  return g_test_run ();
}
