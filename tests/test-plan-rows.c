/* test-plan-rows.c: the plans of a document row by row — list, edit with
 * validation, add, remove, and undo of an edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wep-document-private.h"
#include "wep-example.h"
#include "wep-keys.h"
#include "wep-plan-rows.h"
#include "wep-test-util.h"

/* The first counted row of code for pathway (and year, unless 0). */
static const WepPlanRow *
find_row (GPtrArray  *rows,
          const char *code,
          const char *pathway,
          int         year)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const WepPlanRow *row = g_ptr_array_index (rows, i);

      if (g_str_equal (row->municipality, code) && g_str_equal (row->pathway, pathway)
          && (year == 0 || row->year == year) && row->counted)
        return row;
    }
  return NULL;
}

static double
scenario_new_units (WepDocument *doc,
                    WepPathway   pathway,
                    int          year)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) input =
    wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  const WepRegionInput *region;

  g_assert_no_error (error);
  region = wep_model_input_region (input, 0);
  return region->yearly[WEP_Y_NEW_UNITS_HF + pathway][year - input->base_year];
}

static gboolean
update_int (WepDocument  *doc,
            gint64        id,
            WepPlanField  field,
            int           number,
            GError      **error)
{
  g_auto (GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, number);
  return wep_document_update_plan (doc, id, field, &value, error);
}

static gboolean
update_double (WepDocument  *doc,
               gint64        id,
               double        number,
               GError      **error)
{
  g_auto (GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, number);
  return wep_document_update_plan (doc, id, WEP_PLAN_FIELD_UNITS, &value, error);
}

static gboolean
update_text (WepDocument  *doc,
             gint64        id,
             WepPlanField  field,
             const char   *text,
             GError      **error)
{
  g_auto (GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  return wep_document_update_plan (doc, id, field, &value, error);
}

static void
assert_refused (gboolean    ok,
                GError    **error,
                int         code,
                const char *fragment)
{
  g_assert_false (ok);
  g_assert_error (*error, WEP_DOCUMENT_ERROR, code);
  g_test_message ("%s", (*error)->message);
  if (strstr ((*error)->message, fragment) == NULL)
    g_error ("“%s” does not name “%s”", (*error)->message, fragment);
  g_clear_error (error);
}

static void
test_list (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GPtrArray) rows = wep_document_list_plans (doc);
  const WepPlanRow *kampen;

  g_assert_cmpuint (rows->len, ==,
                    _wep_sqlite_count (_wep_document_get_db (doc), "SELECT count(*) FROM plans"));
  g_assert_cmpuint (rows->len, >, 0);
  kampen = find_row (rows, "GM0166", "hf", 0);
  g_assert_nonnull (kampen);
  g_assert_cmpstr (kampen->municipality_name, ==, "Kampen");
  g_assert_true (kampen->counted);
  g_assert_cmpfloat (kampen->units, >, 0);
  g_assert_cmpstr (kampen->provenance, ==,
                   "handmatig: Ingebouwd voorbeeld, illustratieve cijfers (Wonen Eerst Planner)");
  g_assert_true (g_str_has_prefix (kampen->source_document, "Woonzorgvisie Kampen"));

  /* Ids are distinct and find their rows again. */
  for (guint i = 0; i < rows->len; i++)
    {
      const WepPlanRow *row = g_ptr_array_index (rows, i);
      g_autoptr (WepPlanRow) again = wep_document_get_plan (doc, row->id, NULL);

      g_assert_nonnull (again);
      g_assert_cmpstr (again->municipality, ==, row->municipality);
      g_assert_cmpint (again->year, ==, row->year);
      g_assert_cmpstr (again->pathway, ==, row->pathway);
    }
}

static void
test_update (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GPtrArray) rows = wep_document_list_plans (doc);
  g_autoptr (GError) error = NULL;
  g_autoptr (WepPlanRow) after = NULL;
  const WepPlanRow *row = find_row (rows, "GM0166", "hf", 0);
  double before = scenario_new_units (doc, WEP_PATHWAY_HF, row->year);

  g_assert_true (update_double (doc, row->id, row->units + 10, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (scenario_new_units (doc, WEP_PATHWAY_HF, row->year),
                                  before + 10, 1e-9);
  g_assert_true (update_text (doc, row->id, WEP_PLAN_FIELD_STATUS, "gerealiseerd", &error)
                 && update_text (doc, row->id, WEP_PLAN_FIELD_SOURCE_DOCUMENT, "Raadsbesluit",
                                 &error)
                 && update_text (doc, row->id, WEP_PLAN_FIELD_SOURCE_DATE, "2024-02-29", &error)
                 && update_text (doc, row->id, WEP_PLAN_FIELD_NOTE, "Locatie Brunnepe", &error));
  g_assert_no_error (error);

  after = wep_document_get_plan (doc, row->id, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (after->units, ==, row->units + 10);
  g_assert_cmpstr (after->status, ==, "gerealiseerd");
  g_assert_cmpstr (after->source_document, ==, "Raadsbesluit");
  g_assert_cmpstr (after->source_date, ==, "2024-02-29");
  g_assert_cmpstr (after->note, ==, "Locatie Brunnepe");
}

static void
test_validation (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GPtrArray) rows = wep_document_list_plans (doc);
  g_autoptr (GError) error = NULL;
  g_autoptr (WepPlanRow) after = NULL;
  const WepPlanRow *row = find_row (rows, "GM0166", "hf", 0);

  assert_refused (update_double (doc, row->id, -3, &error), &error,
                  WEP_DOCUMENT_ERROR_INVALID, "-3");
  assert_refused (update_double (doc, row->id, NAN, &error), &error,
                  WEP_DOCUMENT_ERROR_INVALID, "Kampen");
  assert_refused (update_int (doc, row->id, WEP_PLAN_FIELD_YEAR, 1999, &error), &error,
                  WEP_DOCUMENT_ERROR_INVALID, "1999");
  assert_refused (update_int (doc, row->id, WEP_PLAN_FIELD_YEAR, 2101, &error), &error,
                  WEP_DOCUMENT_ERROR_INVALID, "2101");
  assert_refused (update_text (doc, row->id, WEP_PLAN_FIELD_PATHWAY, "own", &error), &error,
                  WEP_DOCUMENT_ERROR_INVALID, "“own”");
  assert_refused (update_text (doc, row->id, WEP_PLAN_FIELD_STATUS, "klaar", &error), &error,
                  WEP_DOCUMENT_ERROR_INVALID, "“klaar”");
  assert_refused (update_text (doc, row->id, WEP_PLAN_FIELD_SOURCE_DATE, "30-06-2025", &error),
                  &error, WEP_DOCUMENT_ERROR_INVALID, "“30-06-2025”");
  assert_refused (update_text (doc, row->id, WEP_PLAN_FIELD_SOURCE_DATE, "2025-02-30", &error),
                  &error, WEP_DOCUMENT_ERROR_INVALID, "“2025-02-30”");
  assert_refused (update_double (doc, 999999, 1, &error), &error,
                  WEP_DOCUMENT_ERROR_NOT_FOUND, "999999");

  /* The check alone says the same, and a good value passes it unwritten. */
  {
    g_auto (GValue) value = G_VALUE_INIT;

    g_value_init (&value, G_TYPE_DOUBLE);
    g_value_set_double (&value, -4);
    assert_refused (wep_document_check_plan_update (doc, row->id, WEP_PLAN_FIELD_UNITS, &value,
                                                    &error),
                    &error, WEP_DOCUMENT_ERROR_INVALID, "-4");
    g_value_set_double (&value, 40);
    g_assert_true (wep_document_check_plan_update (doc, row->id, WEP_PLAN_FIELD_UNITS, &value,
                                                   &error));
    g_assert_no_error (error);
  }

  /* Nothing of it was written. */
  after = wep_document_get_plan (doc, row->id, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (after->units, ==, row->units);
  g_assert_cmpint (after->year, ==, row->year);
  g_assert_cmpstr (after->source_date, ==, row->source_date);
}

static void
test_counted (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GPtrArray) rows = wep_document_list_plans (doc);
  g_autoptr (GError) error = NULL;
  sqlite3 *db = _wep_document_get_db (doc);
  const WepPlanRow *row = find_row (rows, "GM0166", "hf", 0);
  const WepPlanRow *next = find_row (rows, "GM0166", "hf", row->year + 1);
  const WepPlanRow *grp = find_row (rows, "GM0166", "grp", row->year);
  gint64 other;
  g_autoptr (WepPlanRow) moved = NULL;

  g_assert_nonnull (next);
  g_assert_nonnull (grp);

  /* Onto a year or pathway that already has a counted row: refused. */
  assert_refused (update_int (doc, row->id, WEP_PLAN_FIELD_YEAR, row->year + 1, &error), &error,
                  WEP_DOCUMENT_ERROR_EXISTS, "counted");
  assert_refused (update_text (doc, row->id, WEP_PLAN_FIELD_PATHWAY, "grp", &error), &error,
                  WEP_DOCUMENT_ERROR_EXISTS, "counted");

  /* Once that row is gone, the move is fine. */
  g_assert_true (wep_document_delete_plan (doc, grp->id, &error));
  g_assert_true (update_text (doc, row->id, WEP_PLAN_FIELD_PATHWAY, "grp", &error));
  g_assert_no_error (error);

  /* A row kept from a merge (another source, not counted) may share its
   * municipality, year and pathway with the counted one, and move. */
  g_assert_true (_wep_sqlite_exec (db, "INSERT INTO provenance (kind, source, date) "
                                       "VALUES ('merge', 'Gemeente Kampen', '2025-01-01')", NULL));
  other = sqlite3_last_insert_rowid (db);
  {
    g_autofree char *sql =
      g_strdup_printf ("INSERT INTO plans (municipality, year, pathway, units, provenance_id, "
                       "counted) VALUES ('GM0166', %d, 'hf', 7, %" G_GINT64_FORMAT ", 0)",
                       next->year, other);
    g_assert_true (_wep_sqlite_exec (db, sql, NULL));
  }
  other = sqlite3_last_insert_rowid (db);
  g_assert_true (update_int (doc, other, WEP_PLAN_FIELD_YEAR, row->year, &error));
  g_assert_no_error (error);
  moved = wep_document_get_plan (doc, other, &error);
  g_assert_false (moved->counted);
  g_assert_cmpint (moved->year, ==, row->year);
}

static void
test_add_delete (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GPtrArray) rows = wep_document_list_plans (doc);
  g_autoptr (GError) error = NULL;
  g_autoptr (WepPlanRow) added = NULL;
  const WepPlanRow *row = find_row (rows, "GM0166", "ind", 0);
  WepPlan plan = { "GM0166", row->year, "ind", 12.5, NULL, "Nota", "", "Nieuw" };
  sqlite3 *db = _wep_document_get_db (doc);
  gint64 n_provenance;
  gint64 id;
  double before = scenario_new_units (doc, WEP_PATHWAY_IND, row->year);

  g_assert_cmpint (wep_document_add_plan_row (doc, &plan, &error), ==, -1);
  assert_refused (FALSE, &error, WEP_DOCUMENT_ERROR_EXISTS, "counted");

  plan.municipality = "GM9999";
  g_assert_cmpint (wep_document_add_plan_row (doc, &plan, &error), ==, -1);
  assert_refused (FALSE, &error, WEP_DOCUMENT_ERROR_NOT_FOUND, "GM9999");
  plan.municipality = "GM0166";
  plan.units = -1;
  g_assert_cmpint (wep_document_add_plan_row (doc, &plan, &error), ==, -1);
  assert_refused (FALSE, &error, WEP_DOCUMENT_ERROR_INVALID, "-1");
  plan.units = 12.5;

  g_assert_true (wep_document_delete_plan (doc, row->id, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (scenario_new_units (doc, WEP_PATHWAY_IND, row->year),
                                  before - row->units, 1e-9);
  g_assert_null (wep_document_get_plan (doc, row->id, &error));
  assert_refused (FALSE, &error, WEP_DOCUMENT_ERROR_NOT_FOUND, "removed");
  assert_refused (wep_document_delete_plan (doc, row->id, &error), &error,
                  WEP_DOCUMENT_ERROR_NOT_FOUND, "removed");

  n_provenance = _wep_sqlite_count (db, "SELECT count(*) FROM provenance");
  g_assert_true (wep_document_check_plan_row (doc, &plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (_wep_sqlite_count (db, "SELECT count(*) FROM plans WHERE municipality = "
                                          "'GM0166' AND pathway = 'ind'"), ==,
                   _wep_sqlite_count (db, "SELECT count(*) FROM plans WHERE municipality = "
                                          "'GM0166' AND pathway = 'grp'") - 1);
  g_assert_cmpint (_wep_sqlite_count (db, "SELECT count(*) FROM provenance"), ==, n_provenance);

  id = wep_document_add_plan_row (doc, &plan, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  added = wep_document_get_plan (doc, id, &error);
  g_assert_cmpstr (added->status, ==, "gepland");
  g_assert_cmpstr (added->note, ==, "Nieuw");
  g_assert_true (added->counted);
  g_assert_cmpstr (added->provenance, ==,
                   "handmatig: " WEP_PLAN_MANUAL_SOURCE " (Wonen Eerst Planner (voorbeeld))");
  g_assert_cmpfloat_with_epsilon (scenario_new_units (doc, WEP_PATHWAY_IND, row->year),
                                  before - row->units + 12.5, 1e-9);

  /* A second row by hand is recorded with the same provenance. */
  g_assert_cmpint (_wep_sqlite_count (db, "SELECT count(*) FROM provenance"), ==,
                   n_provenance + 1);
  plan.year = WEP_PLAN_YEAR_MAX;
  g_assert_cmpint (wep_document_add_plan_row (doc, &plan, &error), >, id);
  g_assert_no_error (error);
  g_assert_cmpint (_wep_sqlite_count (db, "SELECT count(*) FROM provenance"), ==,
                   n_provenance + 1);
}

static void
test_undo (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GPtrArray) rows = wep_document_list_plans (doc);
  g_autoptr (GError) error = NULL;
  g_autoptr (WepPlanRow) changed = NULL;
  g_autoptr (WepPlanRow) restored = NULL;
  g_autoptr (GPtrArray) rows_after = NULL;
  const WepPlanRow *row = find_row (rows, "GM0166", "hf", 0);

  g_assert_true (wep_document_begin_change (doc, "Edit plan", &error));
  g_assert_true (update_double (doc, row->id, 321, &error));
  wep_document_end_change (doc);
  g_assert_no_error (error);
  changed = wep_document_get_plan (doc, row->id, &error);
  g_assert_cmpfloat (changed->units, ==, 321);
  g_assert_cmpstr (wep_document_get_undo_label (doc), ==, "Edit plan");

  g_assert_true (wep_document_undo (doc, &error));
  g_assert_no_error (error);
  restored = wep_document_get_plan (doc, row->id, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (restored->units, ==, row->units);

  /* Every id still names the same row. */
  rows_after = wep_document_list_plans (doc);
  g_assert_cmpuint (rows_after->len, ==, rows->len);
  for (guint i = 0; i < rows->len; i++)
    {
      const WepPlanRow *a = g_ptr_array_index (rows, i);
      const WepPlanRow *b = g_ptr_array_index (rows_after, i);

      g_assert_cmpint (a->id, ==, b->id);
      g_assert_cmpfloat (a->units, ==, b->units);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/plan-rows/list", test_list);
  g_test_add_func ("/plan-rows/update", test_update);
  g_test_add_func ("/plan-rows/validation", test_validation);
  g_test_add_func ("/plan-rows/counted", test_counted);
  g_test_add_func ("/plan-rows/add-delete", test_add_delete);
  g_test_add_func ("/plan-rows/undo", test_undo);

  return g_test_run ();
}
