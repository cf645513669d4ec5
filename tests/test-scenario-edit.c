/* test-scenario-edit.c: new, duplicated, renamed and deleted scenarios,
 * their undo, and the comparison of two scenarios
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wep-document-private.h"
#include "wep-example.h"
#include "wep-scenario-compare.h"
#include "wep-scenario-edit.h"
#include "wep-test-util.h"
#include "wep-uncertainty.h"

#define BASIS WEP_EXAMPLE_SCENARIO_NAME

static WepModelInput *
input_of (WepDocument *doc,
          const char  *scenario)
{
  g_autoptr (GError) error = NULL;
  WepModelInput *input = wep_document_scenario_input (doc, scenario, &error);

  g_assert_no_error (error);
  g_assert_nonnull (input);
  return input;
}

static guint
n_inputs_differ (const WepModelInput *a,
                 const WepModelInput *b)
{
  g_autoptr (GPtrArray) differences = wep_compare_inputs (a, b);

  return differences->len;
}

static void
assert_error_names (const GError *error,
                    GQuark        domain,
                    int           code,
                    const char   *first,
                    ...) G_GNUC_NULL_TERMINATED;

/* error is (domain, code) and its message holds every string given. */
static void
assert_error_names (const GError *error,
                    GQuark        domain,
                    int           code,
                    const char   *first,
                    ...)
{
  va_list args;

  g_assert_error (error, domain, code);
  g_test_message ("%s", error->message);
  va_start (args, first);
  for (const char *s = first; s != NULL; s = va_arg (args, const char *))
    if (strstr (error->message, s) == NULL)
      g_error ("“%s” does not name “%s”", error->message, s);
  va_end (args);
}

static gint64
count (WepDocument *doc,
       const char  *sql)
{
  return _wep_sqlite_count (_wep_document_get_db (doc), sql);
}

static void
exec (WepDocument *doc,
      const char  *sql)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (_wep_sqlite_exec (_wep_document_get_db (doc), sql, &error));
  g_assert_no_error (error);
}

/* ---- names and rename -------------------------------------------------- */

static void
test_names (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autofree char *long_name = g_strnfill (WEP_MAX_NAME_LENGTH + 1, 'a');
  g_autofree char *longest = g_strnfill (WEP_MAX_NAME_LENGTH, 'a');
  g_autoptr (GError) error = NULL;

  g_assert_true (wep_document_check_scenario_name (doc, "Extra woningen", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (wep_document_check_scenario_name (doc, longest, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (wep_document_check_scenario_name (doc, "", NULL, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, "name", NULL);
  g_clear_error (&error);
  g_assert_false (wep_document_check_scenario_name (doc, long_name, NULL, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, "201", "200", NULL);
  g_clear_error (&error);
  g_assert_false (wep_document_check_scenario_name (doc, " Extra", NULL, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, "space", NULL);
  g_clear_error (&error);
  g_assert_false (wep_document_check_scenario_name (doc, "Extra ", NULL, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, "space", NULL);
  g_clear_error (&error);
  g_assert_false (wep_document_check_scenario_name (doc, "Twee\nregels", NULL, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, "line breaks",
                      NULL);
  g_clear_error (&error);

  /* Used already, whatever the case; but a scenario keeps its own name. */
  g_assert_false (wep_document_check_scenario_name (doc, "BASIS", NULL, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_EXISTS, "“" BASIS "”", NULL);
  g_clear_error (&error);
  g_assert_true (wep_document_check_scenario_name (doc, "BASIS", BASIS, &error));
  g_assert_no_error (error);
}

static void
test_rename (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepModelInput) before = input_of (doc, BASIS);
  g_autoptr (WepModelInput) after = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) names = NULL;

  exec (doc, "UPDATE scenarios SET description = 'De plannen zoals ze zijn'");
  g_assert_true (wep_document_duplicate_scenario (doc, BASIS, "Extra", &error));
  g_assert_no_error (error);

  /* To a name in use: refused, naming it; nothing changed. */
  g_assert_false (wep_document_rename_scenario (doc, BASIS, "extra", &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_EXISTS, "“Extra”", NULL);
  g_clear_error (&error);
  g_assert_false (wep_document_rename_scenario (doc, "Geen", "Iets", &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND, "“Geen”", NULL);
  g_clear_error (&error);
  g_assert_false (wep_document_rename_scenario (doc, BASIS, "", &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID);
  g_clear_error (&error);
  names = wep_document_list_scenarios (doc);
  g_assert_cmpuint (g_strv_length (names), ==, 2);
  g_assert_cmpstr (names[0], ==, BASIS);

  /* Its own name in other letters is fine. */
  g_assert_true (wep_document_rename_scenario (doc, BASIS, "BASIS", &error));
  g_assert_no_error (error);
  g_assert_true (wep_document_rename_scenario (doc, "BASIS", "Plannen zoals ze zijn", &error));
  g_assert_no_error (error);

  /* The same scenario under another name, in the same place in the list. */
  g_clear_pointer (&names, g_strfreev);
  names = wep_document_list_scenarios (doc);
  g_assert_cmpuint (g_strv_length (names), ==, 2);
  g_assert_cmpstr (names[0], ==, "Plannen zoals ze zijn");
  g_assert_cmpstr (names[1], ==, "Extra");
  after = input_of (doc, "Plannen zoals ze zijn");
  g_assert_cmpuint (n_inputs_differ (before, after), ==, 0);
  g_assert_cmpint (count (doc, "SELECT count(*) FROM scenarios WHERE name = 'Plannen zoals ze zijn' "
                               "AND description = 'De plannen zoals ze zijn'"), ==, 1);
  g_assert_null (wep_document_scenario_input (doc, BASIS, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND);
}

/* ---- duplicate --------------------------------------------------------- */

static void
test_duplicate (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepModelInput) original = input_of (doc, BASIS);
  g_autoptr (WepModelInput) copy = NULL;
  g_autoptr (WepModelInput) copy_later = NULL;
  g_autoptr (WepModelInput) original_later = NULL;
  g_autoptr (GError) error = NULL;
  const WepRegionInput *region;
  double pinned;

  /* Basis pins new_units_hf of 2027 at what the plans give now: an own
   * value equal to the data's, kept as the scenario's. */
  pinned = wep_model_input_region (original, 0)->yearly[WEP_Y_NEW_UNITS_HF][1];
  {
    g_autofree char *sql =
      g_strdup_printf ("INSERT INTO scenario_inputs (scenario, region, key, year, value) "
                       "SELECT id, '%s', 'new_units_hf', 2027, %.17g FROM scenarios",
                       WEP_EXAMPLE_REGION_CODE, pinned);
    exec (doc, sql);
  }
  exec (doc, "UPDATE scenarios SET seed = 4242, description = 'Het voorbeeld'");
  g_clear_pointer (&original, wep_model_input_free);
  original = input_of (doc, BASIS);
  g_assert_true (original->seed == 4242);

  g_assert_true (wep_document_duplicate_scenario (doc, BASIS, "Kopie", &error));
  g_assert_no_error (error);
  copy = input_of (doc, "Kopie");

  /* Equal in every value, range, year and the seed. */
  g_assert_cmpuint (n_inputs_differ (original, copy), ==, 0);
  region = wep_model_input_region (copy, 0);
  g_assert_true (region->has_range[WEP_S_RELAPSE_HF]);
  g_assert_nonnull (region->yearly_range[WEP_Y_INFLOW]);
  g_assert_true (copy->has_seed && copy->seed == 4242);
  g_assert_cmpint (count (doc, "SELECT count(*) FROM scenarios WHERE name = 'Kopie' "
                               "AND description = 'Het voorbeeld'"), ==, 1);
  /* Made by hand, now. */
  g_assert_cmpint (count (doc, "SELECT count(*) FROM scenarios s JOIN provenance p "
                               "ON p.id = s.provenance_id WHERE s.name = 'Kopie' "
                               "AND p.kind = 'handmatig'"), ==, 1);

  /* Row for row: when the plans change, the copy follows them exactly as
   * the original does (the pinned year stays, the others follow). */
  exec (doc, "UPDATE plans SET units = units + 7 WHERE pathway = 'hf' AND municipality = 'GM0193'");
  original_later = input_of (doc, BASIS);
  copy_later = input_of (doc, "Kopie");
  g_assert_cmpuint (n_inputs_differ (original_later, copy_later), ==, 0);
  g_assert_cmpfloat (wep_model_input_region (copy_later, 0)->yearly[WEP_Y_NEW_UNITS_HF][1], ==,
                     pinned);
  g_assert_cmpfloat (wep_model_input_region (copy_later, 0)->yearly[WEP_Y_NEW_UNITS_HF][2], >,
                     wep_model_input_region (copy, 0)->yearly[WEP_Y_NEW_UNITS_HF][2]);

  /* Refused: a name in use, a scenario that is not there. */
  g_assert_false (wep_document_duplicate_scenario (doc, BASIS, "kopie", &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_EXISTS, "“Kopie”", NULL);
  g_clear_error (&error);
  g_assert_false (wep_document_duplicate_scenario (doc, "Weg", "Nieuw", &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND, "“Weg”", NULL);
  g_clear_error (&error);
  g_assert_cmpint (count (doc, "SELECT count(*) FROM scenarios"), ==, 2);
}

/* ---- delete and undo --------------------------------------------------- */

static void
test_delete_and_undo (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepModelInput) original = input_of (doc, BASIS);
  g_autoptr (WepModelInput) back = NULL;
  g_autoptr (GError) error = NULL;
  gint64 n_inputs = count (doc, "SELECT count(*) FROM scenario_inputs");
  g_auto (GStrv) names = NULL;

  /* Duplicate, rename, new and delete: each one step, undone and redone. */
  g_assert_true (wep_document_begin_change (doc, "Scenario dupliceren", &error));
  g_assert_true (wep_document_duplicate_scenario (doc, BASIS, "Kopie", &error));
  g_assert_no_error (error);
  wep_document_end_change (doc);
  g_assert_cmpint (count (doc, "SELECT count(*) FROM scenario_inputs"), ==, 2 * n_inputs);

  g_assert_true (wep_document_begin_change (doc, "Scenario hernoemen", &error));
  g_assert_true (wep_document_rename_scenario (doc, "Kopie", "Variant", &error));
  g_assert_no_error (error);
  wep_document_end_change (doc);

  g_assert_true (wep_document_begin_change (doc, "Nieuw scenario", &error));
  g_assert_true (wep_document_new_scenario (doc, "Leeg", 2026, 5, &error));
  g_assert_no_error (error);
  wep_document_end_change (doc);

  g_assert_true (wep_document_begin_change (doc, "Scenario verwijderen", &error));
  g_assert_true (wep_document_delete_scenario (doc, BASIS, &error));
  g_assert_no_error (error);
  wep_document_end_change (doc);
  names = wep_document_list_scenarios (doc);
  g_assert_cmpstrv (names, ((const char *[]) { "Variant", "Leeg", NULL }));
  /* Its regions and own values went with it. */
  g_assert_cmpint (count (doc, "SELECT count(*) FROM scenario_inputs WHERE scenario NOT IN "
                               "(SELECT id FROM scenarios)"), ==, 0);
  g_assert_cmpint (count (doc, "SELECT count(*) FROM scenario_regions WHERE scenario NOT IN "
                               "(SELECT id FROM scenarios)"), ==, 0);

  g_assert_cmpstr (wep_document_get_undo_label (doc), ==, "Scenario verwijderen");
  g_assert_true (wep_document_undo (doc, &error));
  back = input_of (doc, BASIS);
  g_assert_cmpuint (n_inputs_differ (original, back), ==, 0);

  g_assert_cmpstr (wep_document_get_undo_label (doc), ==, "Nieuw scenario");
  g_assert_true (wep_document_undo (doc, &error));
  g_clear_pointer (&names, g_strfreev);
  names = wep_document_list_scenarios (doc);
  g_assert_cmpstrv (names, ((const char *[]) { BASIS, "Variant", NULL }));

  g_assert_cmpstr (wep_document_get_undo_label (doc), ==, "Scenario hernoemen");
  g_assert_true (wep_document_undo (doc, &error));
  g_clear_pointer (&names, g_strfreev);
  names = wep_document_list_scenarios (doc);
  g_assert_cmpstrv (names, ((const char *[]) { BASIS, "Kopie", NULL }));

  g_assert_cmpstr (wep_document_get_undo_label (doc), ==, "Scenario dupliceren");
  g_assert_true (wep_document_undo (doc, &error));
  g_clear_pointer (&names, g_strfreev);
  names = wep_document_list_scenarios (doc);
  g_assert_cmpstrv (names, ((const char *[]) { BASIS, NULL }));
  g_assert_cmpint (count (doc, "SELECT count(*) FROM scenario_inputs"), ==, n_inputs);

  /* And forward again, all the way. */
  for (int i = 0; i < 4; i++)
    g_assert_true (wep_document_redo (doc, &error));
  g_assert_no_error (error);
  g_clear_pointer (&names, g_strfreev);
  names = wep_document_list_scenarios (doc);
  g_assert_cmpstrv (names, ((const char *[]) { "Variant", "Leeg", NULL }));
}

/* ---- new --------------------------------------------------------------- */

static void
test_new_from_data (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepModelInput) example = wep_example_input ();
  g_autoptr (WepModelInput) made = NULL;
  g_autoptr (GPtrArray) differences = NULL;
  g_autoptr (GError) error = NULL;
  const WepRegionInput *region, *expected = wep_model_input_region (example, 0);

  /* The example's data and the documented defaults give the example's
   * every value; the ranges it gives the data's values (homeless0,
   * inflow) are its own, not defaults. */
  g_assert_true (wep_document_new_scenario (doc, "Nieuw", 2026, 10, &error));
  g_assert_no_error (error);
  made = input_of (doc, "Nieuw");
  differences = wep_compare_inputs (example, made);
  g_assert_cmpuint (differences->len, ==, 1 + 10);
  for (guint i = 0; i < differences->len; i++)
    {
      const WepDifference *d = g_ptr_array_index (differences, i);

      g_assert_cmpint (d->kind, ==, WEP_DIFFERENCE_RANGE);
      g_assert_true (g_str_equal (d->key, "homeless0") || g_str_equal (d->key, "inflow"));
      g_assert_true (isnan (d->range_b.low));
    }
  region = wep_model_input_region (made, 0);
  g_assert_cmpstr (region->name, ==, WEP_EXAMPLE_REGION_NAME);
  g_assert_true (made->has_seed && made->seed == WEP_DEFAULT_SEED);
  /* The defaults keep their documented ranges. */
  g_assert_true (region->has_range[WEP_S_RELAPSE_HF]);
  g_assert_cmpfloat (region->range[WEP_S_RELAPSE_HF].high, ==, 0.27);
  g_assert_false (region->has_range[WEP_S_HOMELESS0]);

  /* Other years: per-year defaults of the same year; the target year the
   * example's 2030 or the nearest year of the scenario. */
  exec (doc, "INSERT INTO region_figures (region, year, key, value, provenance_id) "
             "SELECT region, 2028, key, value, provenance_id FROM region_figures "
             "WHERE year = 2026 AND key NOT IN ('inflow', 'shelter_capacity')");
  g_clear_pointer (&made, wep_model_input_free);
  g_assert_true (wep_document_new_scenario (doc, "Kort", 2028, 2, &error));
  g_assert_no_error (error);
  made = input_of (doc, "Kort");
  region = wep_model_input_region (made, 0);
  g_assert_cmpfloat (region->yearly[WEP_Y_PREVENTION][0], ==, expected->yearly[WEP_Y_PREVENTION][2]);
  g_assert_cmpfloat (region->yearly[WEP_Y_QUOTA_HF][1], ==, expected->yearly[WEP_Y_QUOTA_HF][3]);
  g_assert_cmpfloat (region->scalar[WEP_S_TARGET_YEAR], ==, 2029);
  g_assert_cmpfloat (region->yearly[WEP_Y_INFLOW][1], ==, expected->yearly[WEP_Y_INFLOW][3]);
  g_assert_cmpfloat (region->yearly[WEP_Y_LETTINGS][0], ==, expected->yearly[WEP_Y_LETTINGS][2]);
  /* The starting position is the data's of the first year: here none. */
  g_assert_false (wep_document_new_scenario (doc, "Later", 2030, 5, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                      WEP_EXAMPLE_REGION_NAME, "“homeless0”", "2030", NULL);
  g_clear_error (&error);

  /* A year past the example's: its last value. */
  exec (doc, "INSERT INTO region_figures (region, year, key, value, provenance_id) "
             "SELECT region, 2036, key, value, provenance_id FROM region_figures "
             "WHERE year = 2035 AND key IN ('inflow', 'shelter_capacity')");
  exec (doc, "INSERT INTO municipality_lettings (municipality, year, lettings, provenance_id) "
             "SELECT municipality, 2036, lettings, provenance_id FROM municipality_lettings "
             "WHERE year = 2035");
  g_clear_pointer (&made, wep_model_input_free);
  g_assert_true (wep_document_new_scenario (doc, "Verder", 2026, 11, &error));
  g_assert_no_error (error);
  made = input_of (doc, "Verder");
  region = wep_model_input_region (made, 0);
  g_assert_cmpfloat (region->yearly[WEP_Y_PREVENTION][10], ==, expected->yearly[WEP_Y_PREVENTION][9]);
  g_assert_cmpfloat (region->yearly[WEP_Y_NEW_UNITS_HF][10], ==, 0); /* nothing planned */
  g_assert_cmpfloat (region->scalar[WEP_S_TARGET_YEAR], ==, 2030);
}

static void
count_changed_cb (guint *changed)
{
  (*changed)++;
}

static void
test_new_refused (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepDocument) empty = wep_document_new ();
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) names = NULL;
  gint64 n_provenance = count (doc, "SELECT count(*) FROM provenance");

  /* A check changes nothing, not even the modified flag, and tells no
   * one. */
  {
    g_autofree char *path = wep_test_tmp_path ("check" WEP_DOCUMENT_EXTENSION);
    g_autoptr (WepDocument) saved = NULL;
    guint changed = 0;

    g_assert_true (wep_document_save_as (doc, path, &error));
    g_assert_no_error (error);
    wep_document_close (doc);
    saved = wep_document_open (path, WEP_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
    g_assert_false (wep_document_get_modified (saved));
    g_signal_connect_swapped (saved, "changed", G_CALLBACK (count_changed_cb), &changed);
    g_assert_true (wep_document_check_new_scenario (saved, "Nieuw", 2026, 10, &error));
    g_assert_no_error (error);
    g_assert_false (wep_document_check_new_scenario (saved, "Nieuw", 2026, 11, &error));
    g_clear_error (&error);
    g_assert_false (wep_document_get_modified (saved));
    g_assert_cmpuint (changed, ==, 0);
    g_assert_cmpint (count (saved, "SELECT count(*) FROM scenarios"), ==, 1);
    g_assert_cmpint (count (saved, "SELECT count(*) FROM provenance"), ==, n_provenance);
    wep_document_close (saved);
  }

  /* Data missing for a year of the scenario: named. */
  g_assert_false (wep_document_check_new_scenario (doc, "Nieuw", 2026, 11, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                      WEP_EXAMPLE_REGION_NAME, "“inflow”", "2036", NULL);
  g_clear_error (&error);
  exec (doc, "DELETE FROM municipality_lettings WHERE municipality IN ('GM0166', 'GM0244') "
             "AND year = 2028");
  g_assert_false (wep_document_new_scenario (doc, "Nieuw", 2026, 10, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                      WEP_EXAMPLE_REGION_NAME, "“lettings”", "2028", "Hattem, Kampen", NULL);
  g_clear_error (&error);
  exec (doc, "DELETE FROM region_figures WHERE key = 'grp_places'");
  g_assert_false (wep_document_new_scenario (doc, "Nieuw", 2026, 10, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                      WEP_EXAMPLE_REGION_NAME, "“grp_places0”", "2026", NULL);
  g_clear_error (&error);
  /* A region without municipalities has no lettings. */
  exec (doc, "INSERT INTO regions (code, name, kind, provenance_id) "
             "VALUES ('EIGEN1', 'Lege regio', 'eigen', 1)");
  exec (doc, "INSERT INTO region_figures (region, year, key, value, provenance_id) "
             "SELECT 'EIGEN1', year, key, value, provenance_id FROM region_figures");
  exec (doc, "DELETE FROM region_figures WHERE region = 'EIGEN1' AND key = 'inflow' "
             "AND year = 2027");
  g_assert_false (wep_document_new_scenario (doc, "Nieuw", 2027, 3, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, "homeless0", NULL);
  g_clear_error (&error);
  exec (doc, "INSERT INTO region_figures (region, year, key, value, provenance_id) "
             "VALUES ('EIGEN1', 2026, 'grp_places', 200, 1), (" "'" WEP_EXAMPLE_REGION_CODE
             "', 2026, 'grp_places', 200, 1)");
  g_assert_false (wep_document_new_scenario (doc, "Nieuw", 2026, 2, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, "Lege regio",
                      "“inflow”", "2027", NULL);
  g_clear_error (&error);
  g_assert_false (wep_document_new_scenario (doc, "Nieuw", 2026, 1, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, "Lege regio",
                      "“lettings”", "no member municipalities", NULL);
  g_clear_error (&error);

  /* Values the data give that break the model's rules: refused by the
   * validation, naming them. */
  exec (doc, "DELETE FROM regions WHERE code = 'EIGEN1'");
  exec (doc, "UPDATE region_figures SET value = 5000 WHERE key = 'exit_ready' AND year = 2026");
  g_assert_false (wep_document_new_scenario (doc, "Nieuw", 2026, 1, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, "exit_ready0",
                      NULL);
  g_clear_error (&error);

  /* Names and years. */
  g_assert_false (wep_document_new_scenario (doc, "basis", 2026, 1, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_false (wep_document_new_scenario (doc, "Nieuw", 1999, 1, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, "1999", NULL);
  g_clear_error (&error);
  g_assert_false (wep_document_new_scenario (doc, "Nieuw", 2026, 31, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, "31", NULL);
  g_clear_error (&error);
  names = wep_document_list_scenarios (doc);
  g_assert_cmpstrv (names, ((const char *[]) { BASIS, NULL }));

  /* A plan without regions. */
  g_assert_false (wep_document_new_scenario (empty, "Nieuw", 2026, 5, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, "no regions", NULL);
  g_assert_false (wep_document_get_modified (empty));
}

static void
test_suggest_years (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepDocument) empty = wep_document_new ();
  int base_year, horizon_years;

  wep_document_suggest_scenario_years (doc, &base_year, &horizon_years);
  g_assert_cmpint (base_year, ==, 2026);
  g_assert_cmpint (horizon_years, ==, 10);
  wep_document_suggest_scenario_years (empty, &base_year, &horizon_years);
  g_assert_cmpint (horizon_years, ==, WEP_DEFAULT_HORIZON_YEARS);
  g_assert_cmpint (base_year, >=, 2024);
}

static void
test_summaries (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GPtrArray) summaries = NULL;
  g_autoptr (GError) error = NULL;
  const WepScenarioSummary *summary;

  g_assert_true (wep_document_new_scenario (doc, "Kort", 2026, 3, &error));
  g_assert_no_error (error);
  summaries = wep_document_list_scenario_summaries (doc);
  g_assert_cmpuint (summaries->len, ==, 2);
  summary = g_ptr_array_index (summaries, 0);
  g_assert_cmpstr (summary->name, ==, BASIS);
  g_assert_cmpint (summary->base_year, ==, 2026);
  g_assert_cmpint (summary->horizon_years, ==, 10);
  g_assert_cmpuint (summary->n_regions, ==, 1);
  summary = g_ptr_array_index (summaries, 1);
  g_assert_cmpstr (summary->name, ==, "Kort");
  g_assert_cmpint (summary->horizon_years, ==, 3);
}

/* ---- compare ----------------------------------------------------------- */

static void
test_compare_inputs (void)
{
  g_autoptr (WepModelInput) a = wep_example_input ();
  g_autoptr (WepModelInput) b = wep_model_input_copy (a);
  g_autoptr (GPtrArray) differences = NULL;
  WepRegionInput *rb = wep_model_input_region (b, 0);
  const WepDifference *d;

  differences = wep_compare_inputs (a, b);
  g_assert_cmpuint (differences->len, ==, 0);
  g_clear_pointer (&differences, g_ptr_array_unref);

  /* One value, one range, one scalar: exactly these, in order. */
  rb->yearly[WEP_Y_QUOTA_HF][3] = 0.08;
  rb->scalar[WEP_S_MIX_HF] = 0.30;
  rb->yearly_range[WEP_Y_INFLOW][0].high = 800;
  differences = wep_compare_inputs (a, b);
  g_assert_cmpuint (differences->len, ==, 3);
  d = g_ptr_array_index (differences, 0);
  g_assert_cmpint (d->kind, ==, WEP_DIFFERENCE_VALUE);
  g_assert_cmpstr (d->region, ==, WEP_EXAMPLE_REGION_NAME);
  g_assert_cmpstr (d->key, ==, "mix_hf");
  g_assert_cmpint (d->year, ==, 0);
  g_assert_cmpfloat (d->a, ==, 0.25);
  g_assert_cmpfloat (d->b, ==, 0.30);
  d = g_ptr_array_index (differences, 1);
  g_assert_cmpint (d->kind, ==, WEP_DIFFERENCE_RANGE);
  g_assert_cmpstr (d->key, ==, "inflow");
  g_assert_cmpint (d->year, ==, 2026);
  g_assert_cmpfloat (d->range_a.high, ==, 725);
  g_assert_cmpfloat (d->range_b.high, ==, 800);
  g_assert_cmpfloat (d->range_b.mode, ==, 580);
  d = g_ptr_array_index (differences, 2);
  g_assert_cmpint (d->kind, ==, WEP_DIFFERENCE_VALUE);
  g_assert_cmpstr (d->key, ==, "quota_hf");
  g_assert_cmpint (d->year, ==, 2029);
  g_assert_cmpfloat (d->a, ==, 0.055);
  g_assert_cmpfloat (d->b, ==, 0.08);
  g_clear_pointer (&differences, g_ptr_array_unref);

  /* Other settings, years and regions: the side without has NAN. */
  {
    g_autoptr (WepModelInput) c = wep_model_input_new (a->base_year, a->horizon_years - 1);
    WepRegionInput *rc = wep_model_input_add_region (c, "Elders");
    gboolean seen_seed = FALSE, seen_horizon = FALSE;
    guint only_a = 0, only_c = 0, last_year_only_a = 0;

    for (guint k = 0; k < WEP_N_SCALARS; k++)
      rc->scalar[k] = 1;
    differences = wep_compare_inputs (a, c);
    for (guint i = 0; i < differences->len; i++)
      {
        d = g_ptr_array_index (differences, i);
        if (d->kind == WEP_DIFFERENCE_SETTING)
          {
            g_assert_null (d->region);
            seen_seed |= g_str_equal (d->key, "seed") && d->a == WEP_DEFAULT_SEED && isnan (d->b);
            seen_horizon |= g_str_equal (d->key, "horizon_years") && d->a == 10 && d->b == 9;
          }
        else if (d->kind == WEP_DIFFERENCE_VALUE && g_str_equal (d->region, "Elders"))
          only_c += isnan (d->a) && !isnan (d->b);
        else if (d->kind == WEP_DIFFERENCE_VALUE)
          {
            only_a += !isnan (d->a) && isnan (d->b);
            last_year_only_a += d->year == 2035;
          }
      }
    g_assert_true (seen_seed && seen_horizon);
    /* Every scalar and every per-year value of the one region, and the
     * whole other region. */
    g_assert_cmpuint (only_a, ==, WEP_N_SCALARS + WEP_N_YEARLY * 10);
    g_assert_cmpuint (last_year_only_a, ==, WEP_N_YEARLY);
    g_assert_cmpuint (only_c, ==, WEP_N_SCALARS + WEP_N_YEARLY * 9);
  }
}

static void
test_compare_results (void)
{
  g_autoptr (WepModelInput) a = wep_example_input ();
  g_autoptr (WepModelInput) b = wep_model_input_copy (a);
  g_autoptr (WepResults) ra = wep_model_run (a);
  g_autoptr (WepResults) rb = NULL;
  g_autoptr (GPtrArray) differences = NULL;
  WepRegionResult *region;
  gboolean moves_hf_2027 = FALSE;

  differences = wep_compare_results (ra, ra);
  g_assert_cmpuint (differences->len, ==, 0);
  g_clear_pointer (&differences, g_ptr_array_unref);

  /* More Housing First homes from 2027: nothing differs in 2026, the
   * moves into them do from 2027. */
  wep_model_input_region (b, 0)->yearly[WEP_Y_NEW_UNITS_HF][1] += 40;
  rb = wep_model_run (b);
  differences = wep_compare_results (ra, rb);
  g_assert_cmpuint (differences->len, >, 0);
  for (guint i = 0; i < differences->len; i++)
    {
      const WepDifference *d = g_ptr_array_index (differences, i);

      g_assert_cmpint (d->kind, ==, WEP_DIFFERENCE_RESULT);
      g_assert_cmpstr (d->region, ==, WEP_EXAMPLE_REGION_NAME);
      g_assert_cmpint (d->year, >=, 2027);
      g_assert_cmpint (wep_column_from_key (d->key), >=, 0);
      g_assert_false (isnan (d->a) && isnan (d->b));
      moves_hf_2027 |= d->year == 2027 && g_str_equal (d->key, "moves_hf") && d->b > d->a;
    }
  g_assert_true (moves_hf_2027);
  g_clear_pointer (&differences, g_ptr_array_unref);

  /* Noise below the model's precision is no difference; more is. */
  g_clear_pointer (&rb, wep_results_free);
  rb = wep_model_run (a);
  region = g_ptr_array_index (rb->regions, 0);
  region->values[WEP_C_HOMELESS] *= 1 + 1e-12;
  differences = wep_compare_results (ra, rb);
  g_assert_cmpuint (differences->len, ==, 0);
  g_clear_pointer (&differences, g_ptr_array_unref);
  region->values[WEP_C_HOMELESS] *= 1 + 1e-6;
  differences = wep_compare_results (ra, rb);
  g_assert_cmpuint (differences->len, ==, 1);
  g_assert_cmpstr (((WepDifference *) g_ptr_array_index (differences, 0))->key, ==, "homeless");
}

static void
test_compare_scenarios (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepModelInput) input = input_of (doc, BASIS);
  g_autoptr (GPtrArray) inputs = NULL;
  g_autoptr (GPtrArray) results = NULL;
  g_autoptr (GError) error = NULL;
  const WepDifference *d;

  wep_model_input_region (input, 0)->yearly[WEP_Y_PREVENTION][4] = 0.3;
  g_assert_true (wep_document_store_scenario (doc, "Meer preventie", input, 1, &error));
  g_assert_no_error (error);
  g_assert_true (wep_document_compare_scenarios (doc, BASIS, "Meer preventie", &inputs, &results,
                                                 &error));
  g_assert_no_error (error);
  g_assert_cmpuint (inputs->len, ==, 1);
  d = g_ptr_array_index (inputs, 0);
  g_assert_cmpstr (d->key, ==, "prevention");
  g_assert_cmpint (d->year, ==, 2030);
  g_assert_cmpfloat (d->a, ==, 0.17);
  g_assert_cmpfloat (d->b, ==, 0.3);
  g_assert_cmpuint (results->len, >, 0);
  d = g_ptr_array_index (results, 0);
  g_assert_cmpint (d->year, ==, 2030);
  g_clear_pointer (&inputs, g_ptr_array_unref);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* A scenario that cannot run: named. */
  exec (doc, "DELETE FROM municipality_lettings WHERE year = 2031");
  g_assert_false (wep_document_compare_scenarios (doc, BASIS, "Meer preventie", &inputs,
                                                  &results, &error));
  assert_error_names (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, BASIS, "lettings",
                      "2031", NULL);
  g_assert_null (inputs);
  g_assert_null (results);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  wep_test_tmp_init ("test-scenario-edit");

  g_test_add_func ("/scenario-edit/names", test_names);
  g_test_add_func ("/scenario-edit/rename", test_rename);
  g_test_add_func ("/scenario-edit/duplicate", test_duplicate);
  g_test_add_func ("/scenario-edit/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/scenario-edit/new-from-data", test_new_from_data);
  g_test_add_func ("/scenario-edit/new-refused", test_new_refused);
  g_test_add_func ("/scenario-edit/suggest-years", test_suggest_years);
  g_test_add_func ("/scenario-edit/summaries", test_summaries);
  g_test_add_func ("/scenario-compare/inputs", test_compare_inputs);
  g_test_add_func ("/scenario-compare/results", test_compare_results);
  g_test_add_func ("/scenario-compare/scenarios", test_compare_scenarios);

  status = g_test_run ();
  wep_test_tmp_remove ();
  return status;
}
