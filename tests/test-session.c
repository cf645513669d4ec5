/* test-session.c: undo and redo of a plan, and the session that keeps the
 * results of the current scenario up to date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "wep-document-private.h"
#include "wep-example.h"
#include "wep-scenario-edit.h"
#include "wep-session.h"
#include "wep-test-util.h"

static char *
dump (WepDocument *doc)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (_wep_document_get_db (doc),
                         "SELECT municipality, year, pathway, units, counted FROM plans "
                         "ORDER BY 1, 2, 3, 5", NULL);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s %d %s %.17g %d\n", sqlite3_column_text (stmt, 0),
                            sqlite3_column_int (stmt, 1), sqlite3_column_text (stmt, 2),
                            sqlite3_column_double (stmt, 3), sqlite3_column_int (stmt, 4));
  g_string_append_printf (out, "scenarios %" G_GINT64_FORMAT "\n",
                          (gint64) _wep_sqlite_count (_wep_document_get_db (doc),
                                                      "SELECT count(*) FROM scenarios"));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
count_cb (gpointer  object,
          guint    *count)
{
  (*count)++;
}

static void
add_kampen_plan (WepDocument *doc,
                 int          year)
{
  g_autoptr (GError) error = NULL;
  WepPlan plan = { "GM0166", year, "hf", 25, "gepland", "Extra", "", "" };

  wep_document_begin_change (doc, "Plan toevoegen", &error);
  g_assert_no_error (error);
  sqlite3_exec (_wep_document_get_db (doc), "DELETE FROM plans WHERE municipality = 'GM0166' "
                "AND pathway = 'hf'", NULL, NULL, NULL);
  wep_document_add_plan (doc, &plan, 1, &error);
  g_assert_no_error (error);
  wep_document_end_change (doc);
}

static void
test_undo_redo (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GError) error = NULL;
  g_autofree char *before = dump (doc);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  guint changed = 0;

  g_signal_connect (doc, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_null (wep_document_get_undo_label (doc));

  add_kampen_plan (doc, 2027);
  after = dump (doc);
  g_assert_cmpstr (before, !=, after);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (wep_document_get_undo_label (doc), ==, "Plan toevoegen");
  g_assert_null (wep_document_get_redo_label (doc));

  wep_document_undo (doc, &error);
  g_assert_no_error (error);
  undone = dump (doc);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_null (wep_document_get_undo_label (doc));
  g_assert_cmpstr (wep_document_get_redo_label (doc), ==, "Plan toevoegen");

  wep_document_redo (doc, &error);
  g_assert_no_error (error);
  redone = dump (doc);
  g_assert_cmpstr (redone, ==, after);
  g_assert_true (wep_document_get_modified (doc));

  /* A change made of changes is one step. */
  wep_document_begin_change (doc, "Importeren", &error);
  wep_document_delete_scenario (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);
  add_kampen_plan (doc, 2028);
  wep_document_end_change (doc);
  g_assert_cmpuint (changed, ==, 4);
  g_assert_cmpstr (wep_document_get_undo_label (doc), ==, "Importeren");
  wep_document_undo (doc, &error);
  g_assert_no_error (error);
  g_clear_pointer (&undone, g_free);
  undone = dump (doc);
  g_assert_cmpstr (undone, ==, after);
  /* A new change forgets what could be redone. */
  add_kampen_plan (doc, 2029);
  g_assert_null (wep_document_get_redo_label (doc));
}

static void
wait_for_needs (WepSession *session)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (wep_session_get_needs (session) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (wep_session_get_needs (session));
}

static void
assert_results_of (WepSession *session)
{
  g_autoptr (WepResults) expected = wep_model_run (wep_session_get_input (session));
  const WepResults *got = wep_session_get_results (session);
  const WepRegionResult *a = g_ptr_array_index (expected->regions, 0);
  const WepRegionResult *b = g_ptr_array_index (got->regions, 0);

  g_assert_cmpmem (a->values, a->n_years * WEP_N_COLUMNS * sizeof (double), b->values,
                   b->n_years * WEP_N_COLUMNS * sizeof (double));
}

static void
test_session_follows_the_plan (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepSession) session = wep_session_new (doc);
  g_autoptr (WepModelInput) example = wep_example_input ();
  g_autoptr (GError) error = NULL;
  const WepRegionNeeds *needs;
  double hf_2027_before, hf_2027_after;
  guint results_changed = 0;

  g_assert_cmpstr (wep_session_get_scenario (session), ==, WEP_EXAMPLE_SCENARIO_NAME);
  g_assert_nonnull (wep_session_get_results (session));
  g_assert_null (wep_session_get_problem (session));
  assert_results_of (session);
  hf_2027_before = wep_model_input_region (wep_session_get_input (session), 0)
                     ->yearly[WEP_Y_NEW_UNITS_HF][1];
  g_assert_cmpfloat (hf_2027_before, ==,
                     wep_model_input_region (example, 0)->yearly[WEP_Y_NEW_UNITS_HF][1]);

  wait_for_needs (session);
  needs = g_ptr_array_index (wep_session_get_needs (session), 0);
  g_assert_true (needs->need[WEP_PATHWAY_HF].reachable);

  g_signal_connect (session, "results-changed", G_CALLBACK (count_cb), &results_changed);
  add_kampen_plan (doc, 2027);
  g_assert_cmpuint (results_changed, ==, 1);
  hf_2027_after = wep_model_input_region (wep_session_get_input (session), 0)
                    ->yearly[WEP_Y_NEW_UNITS_HF][1];
  g_assert_cmpfloat (hf_2027_after, !=, hf_2027_before);
  assert_results_of (session);
  /* The goal seek of the old plan is not shown for the new one. */
  g_assert_null (wep_session_get_needs (session));
  wait_for_needs (session);

  wep_document_undo (doc, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (wep_model_input_region (wep_session_get_input (session), 0)
                       ->yearly[WEP_Y_NEW_UNITS_HF][1], ==, hf_2027_before);

  /* A plan whose scenario cannot run says why. */
  wep_document_begin_change (doc, "Verhuringen wissen", &error);
  sqlite3_exec (_wep_document_get_db (doc), "DELETE FROM municipality_lettings WHERE year = 2030",
                NULL, NULL, NULL);
  wep_document_end_change (doc);
  g_assert_null (wep_session_get_results (session));
  g_assert_nonnull (strstr (wep_session_get_problem (session), "lettings"));

  /* Without scenarios there is nothing to run, and no problem either. */
  wep_document_begin_change (doc, "Scenario verwijderen", &error);
  wep_document_delete_scenario (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);
  wep_document_end_change (doc);
  g_assert_null (wep_session_get_scenario (session));
  g_assert_null (wep_session_get_results (session));
  g_assert_null (wep_session_get_problem (session));
}

/* Gives the example's relapse_hf a range, as the Aannames page would. */
static void
set_relapse_range (WepDocument *doc,
                   double       high)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) input =
    wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  WepRegionInput *region;

  g_assert_no_error (error);
  region = wep_model_input_region (input, 0);
  region->has_range[WEP_S_RELAPSE_HF] = TRUE;
  region->range[WEP_S_RELAPSE_HF] = (WepTriangle) { 0.0, region->scalar[WEP_S_RELAPSE_HF], high };
  wep_document_begin_change (doc, "Bandbreedte", &error);
  g_assert_no_error (error);
  wep_document_store_scenario (doc, WEP_EXAMPLE_SCENARIO_NAME, input, 1, &error);
  g_assert_no_error (error);
  wep_document_end_change (doc);
}

/* Waits until the background work ends; TRUE when some progress short of
 * the end was seen on the way. */
static gboolean
wait_idle (WepSession *session)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  gboolean saw_partial = FALSE;

  while (wep_session_get_busy (session) && g_get_monotonic_time () < deadline)
    {
      double progress = wep_session_get_progress (session);

      g_assert_cmpfloat (progress, >=, 0.0);
      g_assert_cmpfloat (progress, <=, 1.0);
      saw_partial |= progress < 1.0;
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_false (wep_session_get_busy (session));
  g_assert_cmpfloat (wep_session_get_progress (session), ==, 1.0);
  return saw_partial;
}

static void
test_session_uncertainty (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepSession) session = wep_session_new (doc);
  g_autoptr (WepUncertainty) expected = NULL;
  g_autoptr (WepModelInput) plain = NULL;
  g_autoptr (GError) error = NULL;
  const WepUncertainty *got;
  const WepRegionSpread *a, *b;
  guint changed = 0;

  /* The example has ranges: the runs start with the session. */
  g_assert_true (wep_session_get_busy (session));
  wait_idle (session);
  g_assert_nonnull (wep_session_get_uncertainty (session));
  g_assert_nonnull (wep_session_get_needs (session));

  /* Without ranges there is nothing uncertain to run. */
  g_signal_connect (session, "uncertainty-changed", G_CALLBACK (count_cb), &changed);
  plain = wep_model_input_copy (wep_session_get_input (session));
  for (guint k = 0; k < WEP_N_SCALARS; k++)
    wep_model_input_region (plain, 0)->has_range[k] = FALSE;
  for (guint k = 0; k < WEP_N_YEARLY; k++)
    g_clear_pointer (&wep_model_input_region (plain, 0)->yearly_range[k], g_free);
  wep_document_begin_change (doc, "Zonder bandbreedtes", &error);
  wep_document_store_scenario (doc, WEP_EXAMPLE_SCENARIO_NAME, plain, 1, &error);
  g_assert_no_error (error);
  wep_document_end_change (doc);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_null (wep_session_get_uncertainty (session));
  wait_idle (session);
  g_assert_null (wep_session_get_uncertainty (session));
  g_assert_cmpuint (changed, ==, 1);

  set_relapse_range (doc, 0.2);
  g_assert_true (wep_session_get_busy (session));
  /* A second change before the runs end cancels them and starts anew. */
  set_relapse_range (doc, 0.3);
  g_assert_true (wep_session_get_busy (session));
  g_assert_null (wep_session_get_uncertainty (session));
  g_assert_true (wait_idle (session));
  /* Only the runs of the newest input arrive. */
  g_assert_cmpuint (changed, ==, 2);
  got = wep_session_get_uncertainty (session);
  g_assert_nonnull (got);

  /* The same as running the layer directly on that input. */
  expected = wep_uncertainty_run (wep_session_get_input (session), NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (got->n_runs, ==, WEP_DEFAULT_RUNS);
  a = g_ptr_array_index (expected->regions, 0);
  b = g_ptr_array_index (got->regions, 0);
  g_assert_cmpfloat (wep_model_input_region (wep_session_get_input (session), 0)
                       ->range[WEP_S_RELAPSE_HF].high, ==, 0.3);
  g_assert_cmpmem (a->goal_share, sizeof a->goal_share, b->goal_share, sizeof b->goal_share);
  g_assert_cmpmem (a->percentile[WEP_PERCENTILE_P90],
                   expected->n_years * WEP_N_COLUMNS * sizeof (double),
                   b->percentile[WEP_PERCENTILE_P90],
                   got->n_years * WEP_N_COLUMNS * sizeof (double));

  /* Undo takes the newest range away, and its runs with it. */
  wep_document_undo (doc, &error);
  g_assert_no_error (error);
  g_assert_null (wep_session_get_uncertainty (session));
  g_assert_cmpuint (changed, ==, 3);
}

/* A rename of the scenario shown, and its undo, keep it shown. */
static void
test_session_follows_rename (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepSession) session = wep_session_new (doc);
  g_autoptr (GError) error = NULL;

  wep_document_begin_change (doc, "Scenario kopiëren", &error);
  g_assert_true (wep_document_duplicate_scenario (doc, WEP_EXAMPLE_SCENARIO_NAME, "Variant",
                                                  &error));
  wep_document_end_change (doc);
  wep_session_set_scenario (session, "Variant");

  wep_document_begin_change (doc, "Scenario hernoemen", &error);
  g_assert_true (wep_document_rename_scenario (doc, "Variant", "Meer preventie", &error));
  g_assert_no_error (error);
  wep_document_end_change (doc);
  g_assert_cmpstr (wep_session_get_scenario (session), ==, "Meer preventie");

  wep_document_undo (doc, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wep_session_get_scenario (session), ==, "Variant");

  /* A scenario deleted: the first one is shown. */
  wep_document_begin_change (doc, "Scenario verwijderen", &error);
  g_assert_true (wep_document_delete_scenario (doc, "Variant", &error));
  wep_document_end_change (doc);
  g_assert_cmpstr (wep_session_get_scenario (session), ==, WEP_EXAMPLE_SCENARIO_NAME);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/session/undo-redo", test_undo_redo);
  g_test_add_func ("/session/follows-the-plan", test_session_follows_the_plan);
  g_test_add_func ("/session/uncertainty", test_session_uncertainty);
  g_test_add_func ("/session/follows-rename", test_session_follows_rename);

  return g_test_run ();
}
