/* test-gui.c: the main window, driven as a user would, in Dutch
 *
 * Runs the real application object and window (wep_gui_lib) on a display
 * (Xvfb in CI) in the nl_NL.UTF-8 locale with the build's translations, and
 * compares what the window shows with independent runs of the model:
 * the example opened from the welcome page, a change and its undo, save and
 * reopen, a plan someone else has open, and the results table cell by cell.
 * Saves a PNG of every view into the build folder for review.
 * Exits with 77 (skipped) when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "wep-application.h"
#include "wep-example.h"
#include "wep-model.h"
#include "wep-plan-object.h"
#include "wep-plans-view.h"
#include "wep-result-row.h"
#include "wep-results-table.h"
#include "wep-window.h"

#include "gui-test-util.h"

typedef struct
{
  WepApplication *app;
  WepWindow      *window;
  WepResults     *expected;
  int             target_year;
  char           *tmpdir;
  char           *saved_path;
} Fixture;

static Fixture fixture;

/* The figure as the window must show it: whole persons, Dutch grouping. */
static char *
expected_count (const WepResults *results,
                int               year,
                WepColumn         column)
{
  const WepRegionResult *region = results->total != NULL
                                  ? results->total : g_ptr_array_index (results->regions, 0);

  return g_strdup_printf ("%'.0f", round (wep_region_result_get (region,
                                                                  year - results->base_year,
                                                                  column)));
}

static const char *
figure_text (WepFigure figure)
{
  WepOverviewView *overview = wep_window_get_overview (fixture.window);

  return gtk_label_get_text (wep_overview_view_get_figure (overview, figure));
}

static WepResults *
run_document (WepDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WepModelInput) input = NULL;

  input = wep_document_scenario_input (document, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);
  g_assert_no_error ((wep_model_input_validate (input, &error), error));

  return wep_model_run (input);
}

/* ---- tests ------------------------------------------------------------- */

static void
test_locale (void)
{
  /* The tests run in Dutch, with the build's catalogue. */
  g_autofree char *number = g_strdup_printf ("%'.1f", 1234.5);

  g_assert_cmpstr (_("Total"), ==, "Totaal");
  g_assert_cmpstr (number, ==, "1.234,5");
}

static void
test_welcome (void)
{
  WepWindow *window = fixture.window;
  g_autoptr(GListModel) pages = NULL;

  g_assert_null (wep_window_get_session (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (wep_window_get_view_stack (window)))
                  && gtk_widget_get_mapped (GTK_WIDGET (wep_window_get_view_stack (window))));
  gui_test_save_screenshot (GTK_WIDGET (window), "welcome");

  /* "Voorbeeld openen" on the welcome page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL));
  g_assert_nonnull (wep_window_get_session (window));
  gui_test_wait_until (gui_test_is_mapped, wep_window_get_overview (window),
                       "the overview is shown");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (wep_window_get_view_stack (window)),
                   ==, "overview");
  /* Overzicht, Kaart, Grafieken, Plannen, Aannames and Scenario's: every page. */
  pages = G_LIST_MODEL (adw_view_stack_get_pages (wep_window_get_view_stack (window)));
  g_assert_cmpuint (g_list_model_get_n_items (pages), ==, 6);
  g_assert_nonnull (adw_view_stack_get_child_by_name (wep_window_get_view_stack (window),
                                                      "plans"));
}

static void
test_figures (void)
{
  WepOverviewView *overview = wep_window_get_overview (fixture.window);
  g_autofree char *homeless = expected_count (fixture.expected, fixture.target_year,
                                              WEP_C_HOMELESS);
  g_autofree char *sheltered = expected_count (fixture.expected, fixture.target_year,
                                               WEP_C_SHELTERED);
  g_autofree char *cost = expected_count (fixture.expected, fixture.target_year, WEP_C_COST);
  const char *goal = gtk_label_get_text (wep_overview_view_get_goal_label (overview));

  /* The target year is where the overview starts. */
  g_assert_cmpint (wep_overview_view_get_year (overview), ==, fixture.target_year);
  g_assert_cmpstr (figure_text (WEP_FIGURE_HOMELESS), ==, homeless);
  g_assert_cmpstr (figure_text (WEP_FIGURE_SHELTERED), ==, sheltered);
  g_assert_nonnull (strstr (figure_text (WEP_FIGURE_COST), cost));
  /* A cost of millions in Dutch form: grouped with dots. */
  g_assert_nonnull (strchr (cost, '.'));
  g_assert_true (g_str_has_prefix (goal, "✓") || g_str_has_prefix (goal, "✗"));

  /* Another year shows that year's figure. */
  wep_overview_view_set_year (overview, fixture.expected->base_year);
  g_clear_pointer (&homeless, g_free);
  homeless = expected_count (fixture.expected, fixture.expected->base_year, WEP_C_HOMELESS);
  g_assert_cmpstr (figure_text (WEP_FIGURE_HOMELESS), ==, homeless);
  wep_overview_view_set_year (overview, fixture.target_year);

  gui_test_save_screenshot (GTK_WIDGET (fixture.window), "overview");
  /* All of it, down to the table, for review. */
  gtk_window_set_default_size (GTK_WINDOW (fixture.window), 1280, 1700);
  gui_test_save_screenshot (GTK_WIDGET (fixture.window), "overview-full");
  gtk_window_set_default_size (GTK_WINDOW (fixture.window), 1280, 800);

  adw_view_stack_set_visible_child_name (wep_window_get_view_stack (fixture.window), "plans");
  gui_test_save_screenshot (GTK_WIDGET (fixture.window), "plans");
  adw_view_stack_set_visible_child_name (wep_window_get_view_stack (fixture.window), "overview");
}

static void
test_table (void)
{
  WepOverviewView *overview = wep_window_get_overview (fixture.window);
  GtkColumnView *view = wep_overview_view_get_results_view (overview);
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));
  GListModel *columns = gtk_column_view_get_columns (view);
  const WepRegionResult *region = g_ptr_array_index (fixture.expected->regions, 0);
  guint n = g_list_model_get_n_items (model);

  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 2 + WEP_N_COLUMNS);
  for (guint i = 0; i < 2 + WEP_N_COLUMNS; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const char *id = wep_results_table_get_column_id (column);

      g_assert_cmpstr (id, ==, i == 0 ? "region" : i == 1 ? "year"
                                                          : wep_column_info (i - 2)->key);
    }

  g_assert_cmpuint (n, ==, (guint) fixture.expected->n_years);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WepResultRow) row = g_list_model_get_item (model, i);

      g_assert_cmpstr (wep_result_row_get_region (row), ==, region->region);
      g_assert_cmpint (wep_result_row_get_year (row), ==, fixture.expected->base_year + (int) i);
      for (guint c = 0; c < WEP_N_COLUMNS; c++)
        {
          double shown = wep_result_row_get_value (row, c);
          double value = wep_region_result_get (region, (int) i, c);

          if (isnan (value))
            g_assert_true (isnan (shown));
          else
            g_assert_cmpfloat (shown, ==, value);
        }
    }
}

/* An edit as the views make it: fewer newly homeless from next year on. */
static WepResults *
change_inflow (WepDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WepModelInput) input = NULL;
  WepRegionInput *region;

  input = wep_document_scenario_input (document, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);
  region = wep_model_input_region (input, 0);
  for (int y = 1; y < input->horizon_years; y++)
    region->yearly[WEP_Y_INFLOW][y] *= 0.5;

  g_assert_true (wep_document_begin_change (document, "Instroom wijzigen", &error));
  g_assert_no_error (error);
  wep_document_store_scenario (document, WEP_EXAMPLE_SCENARIO_NAME, input, -1, &error);
  g_assert_no_error (error);
  wep_document_end_change (document);

  return run_document (document);
}

static void
test_change_and_undo (void)
{
  WepDocument *document = wep_window_get_document (fixture.window);
  g_autofree char *before = g_strdup (figure_text (WEP_FIGURE_HOMELESS));
  g_autoptr(WepResults) changed = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undo_label = NULL;
  GMenuModel *menu = wep_window_get_undo_menu (fixture.window);

  changed = change_inflow (document);
  after = expected_count (changed, fixture.target_year, WEP_C_HOMELESS);

  /* Half the inflow: fewer homeless in the target year. */
  g_assert_cmpstr (after, !=, before);
  g_assert_cmpstr (figure_text (WEP_FIGURE_HOMELESS), ==, after);

  /* The menu names the change; undo brings the figure back. */
  g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_LABEL, "s",
                                                  &undo_label));
  g_assert_true (g_str_has_suffix (undo_label, "Instroom wijzigen"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.undo", NULL));
  g_assert_cmpstr (figure_text (WEP_FIGURE_HOMELESS), ==, before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.redo", NULL));
  g_assert_cmpstr (figure_text (WEP_FIGURE_HOMELESS), ==, after);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.undo", NULL));
  g_assert_cmpstr (figure_text (WEP_FIGURE_HOMELESS), ==, before);
}

static AdwMessageDialog *
find_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data)
        && gtk_window_get_transient_for (l->data) == GTK_WINDOW (fixture.window))
      return l->data;
  return NULL;
}

static void
test_unsaved_question (void)
{
  WepDocument *document = wep_window_get_document (fixture.window);
  AdwMessageDialog *dialog;

  /* Undone changes are still changes since the last save. */
  g_assert_true (wep_document_get_modified (document));
  gtk_window_close (GTK_WINDOW (fixture.window));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));

  /* Cancel: the window and its plan stay. */
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (find_dialog ());
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture.window)));
  g_assert_true (wep_window_get_document (fixture.window) == document);
}

static void
test_save_and_reopen (void)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *before = g_strdup (figure_text (WEP_FIGURE_HOMELESS));
  WepDocument *document;

  fixture.saved_path = g_build_filename (fixture.tmpdir, "regio.weplan", NULL);
  file = g_file_new_for_path (fixture.saved_path);
  g_assert_true (wep_window_save_to (fixture.window, file));
  document = wep_window_get_document (fixture.window);
  g_assert_false (wep_document_get_modified (document));
  g_assert_true (g_file_test (fixture.saved_path, G_FILE_TEST_IS_REGULAR));

  /* Close it and open it again: the same figures. */
  wep_window_set_document (fixture.window, NULL);
  g_assert_null (wep_window_get_session (fixture.window));
  wep_window_open_file (fixture.window, file);
  document = wep_window_get_document (fixture.window);
  g_assert_nonnull (document);
  g_assert_cmpstr (wep_document_get_path (document), ==, fixture.saved_path);
  g_assert_false (wep_document_get_read_only (document));
  g_assert_false (gtk_revealer_get_reveal_child (wep_window_get_banner (fixture.window)));
  g_assert_cmpstr (figure_text (WEP_FIGURE_HOMELESS), ==, before);

  /* One window per file: opening it again shows this window. */
  g_application_open (G_APPLICATION (fixture.app), &file, 1, "");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (fixture.app))),
                    ==, 1);
}

/* Unsaved work after a crash: offered on the welcome page, and saved to the
 * plan it belongs to. */
static void
test_recover (void)
{
  WepDocument *document = wep_window_get_document (fixture.window);
  g_autoptr(WepResults) changed = NULL;
  g_autofree char *autosave = NULL;
  g_autofree char *crashed = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) autosaves = NULL;

  g_assert_cmpstr (wep_document_get_path (document), ==, fixture.saved_path);
  changed = change_inflow (document);
  expected = expected_count (changed, fixture.target_year, WEP_C_HOMELESS);
  g_assert_true (wep_document_autosave (document, &error));
  g_assert_no_error (error);

  /* A crash leaves the copy behind; closing normally would remove it. */
  autosave = wep_document_get_autosave_path (document);
  dir = g_path_get_dirname (autosave);
  crashed = g_build_filename (dir, "crashed.weplan", NULL);
  g_assert_cmpint (g_rename (autosave, crashed), ==, 0);
  wep_window_set_document (fixture.window, NULL);
  autosaves = wep_autosave_list ();
  g_assert_true (g_strv_contains ((const char *const *) autosaves, crashed));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.recover", "s",
                                             crashed));
  document = wep_window_get_document (fixture.window);
  g_assert_nonnull (document);
  g_assert_cmpstr (figure_text (WEP_FIGURE_HOMELESS), ==, expected);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (fixture.window)), "•"));

  /* Save goes to the plan, not to the copy, and the copy goes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.save", NULL));
  g_assert_cmpstr (wep_document_get_path (document), ==, fixture.saved_path);
  g_assert_false (wep_document_get_modified (document));
  g_assert_false (g_file_test (crashed, G_FILE_TEST_EXISTS));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (fixture.window)), "•"));
}

/* The first button below widget that activates action. */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  if (GTK_IS_BUTTON (widget)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_read_only (void)
{
  g_autofree char *path = g_build_filename (fixture.tmpdir, "anne.weplan", NULL);
  g_autofree char *lock = g_build_filename (fixture.tmpdir, ".~lock.anne.weplan#", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gsize length;
  WepDocument *document;

  g_assert_true (g_file_get_contents (fixture.saved_path, &contents, &length, &error));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, &error));
  g_assert_true (g_file_set_contents (lock, "Anne\nother-host\n1234\n2026-11-27T08:00:00Z\n", -1,
                                      &error));
  g_assert_no_error (error);

  wep_window_open_file (fixture.window, file);
  document = wep_window_get_document (fixture.window);
  g_assert_cmpstr (wep_document_get_path (document), ==, path);
  g_assert_true (wep_document_get_read_only (document));
  g_assert_true (gtk_revealer_get_reveal_child (wep_window_get_banner (fixture.window)));
  g_assert_nonnull (strstr (gtk_label_get_text (wep_window_get_banner_label (fixture.window)),
                            "Anne"));
  /* Save is off; Save As is the way out. */
  g_assert_false (gtk_widget_get_sensitive (find_action_button (GTK_WIDGET (fixture.window),
                                                                "win.save")));
  g_assert_true (gtk_widget_get_sensitive (find_action_button (GTK_WIDGET (fixture.window),
                                                               "win.save-as")));
  gui_test_save_screenshot (GTK_WIDGET (fixture.window), "read-only");

  /* Shown, not changed: the plans page refuses an edit and says why. */
  {
    WepPlansView *plans = WEP_PLANS_VIEW (wep_window_get_page (fixture.window, "plans"));
    g_autoptr (WepPlanObject) first = g_list_model_get_item (wep_plans_view_get_model (plans), 0);
    g_autofree char *copy = g_build_filename (fixture.tmpdir, "anne-eigen.weplan", NULL);
    g_autoptr (GFile) copy_file = g_file_new_for_path (copy);

    g_assert_false (gtk_widget_get_sensitive (find_action_button (GTK_WIDGET (plans),
                                                                  "plans.add")));
    g_assert_false (wep_plans_view_edit (plans, 0, WEP_PLAN_FIELD_UNITS, "7"));
    g_assert_cmpstr (wep_plan_object_get_problem (first), ==,
                     _("This plan is read-only: save it under another name to change it."));
    g_assert_false (wep_document_get_modified (document));

    /* Saved under another name, it is the user's own to change. */
    g_assert_true (wep_window_save_to (fixture.window, copy_file));
    g_assert_false (wep_document_get_read_only (document));
    g_assert_false (gtk_revealer_get_reveal_child (wep_window_get_banner (fixture.window)));
    g_assert_true (gtk_widget_get_sensitive (find_action_button (GTK_WIDGET (plans),
                                                                 "plans.add")));
    g_assert_true (wep_plans_view_edit (plans, 0, WEP_PLAN_FIELD_UNITS, "7"));
    g_assert_true (wep_document_get_modified (document));
  }
}

/* A plan of two regions: the region list, the total and the selection. */
static void
test_regions (void)
{
  g_autoptr(WepDocument) document = wep_example_document ();
  g_autoptr(WepModelInput) input = NULL;
  g_autoptr(WepResults) results = NULL;
  g_autoptr(GError) error = NULL;
  WepOverviewView *overview = wep_window_get_overview (fixture.window);
  WepRegionInput *second;
  g_autofree char *total = NULL;
  g_autofree char *region = NULL;
  const WepRegionInput *first;
  gint64 provenance;

  input = wep_document_scenario_input (document, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);
  first = wep_model_input_region (input, 0);
  second = wep_model_input_add_region (input, "Tweede regio (illustratief)");
  memcpy (second->scalar, first->scalar, sizeof second->scalar);
  for (int k = 0; k < WEP_N_YEARLY; k++)
    for (int y = 0; y < input->horizon_years; y++)
      second->yearly[k][y] = first->yearly[k][y] * (k == WEP_Y_INFLOW ? 1.5 : 1.0);
  provenance = wep_document_add_provenance (document, "handmatig", "test-gui", NULL, &error);
  g_assert_no_error (error);
  wep_document_store_scenario (document, WEP_EXAMPLE_SCENARIO_NAME, input, provenance, &error);
  g_assert_no_error (error);
  results = run_document (document);
  g_assert_nonnull (results->total);

  wep_window_set_document (fixture.window, document);
  g_assert_null (wep_window_get_selected_region (fixture.window));
  total = g_strdup_printf ("%'.0f", round (wep_region_result_get (results->total,
                                                                  fixture.target_year
                                                                  - results->base_year,
                                                                  WEP_C_HOMELESS)));
  g_assert_cmpstr (figure_text (WEP_FIGURE_HOMELESS), ==, total);
  gui_test_save_screenshot (GTK_WIDGET (fixture.window), "overview-regions");

  /* Selecting a region is the window's selection too. */
  wep_overview_view_set_selected_region (overview, "Tweede regio (illustratief)");
  g_assert_cmpstr (wep_window_get_selected_region (fixture.window), ==,
                   "Tweede regio (illustratief)");
  region = g_strdup_printf ("%'.0f", round (wep_region_result_get (g_ptr_array_index (results->regions, 1),
                                                                   fixture.target_year
                                                                   - results->base_year,
                                                                   WEP_C_HOMELESS)));
  g_assert_cmpstr (figure_text (WEP_FIGURE_HOMELESS), ==, region);
  g_assert_cmpstr (region, !=, total);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WepModelInput) input = NULL;
  int ret;

  fixture.tmpdir = gui_test_make_tmp_dir ("wep-gui");
  if (!gui_test_init (&argc, &argv, fixture.tmpdir))
    {
      gui_test_remove_tree (fixture.tmpdir);
      return 77;
    }

  /* The expected figures, from a run of the model of our own. */
  input = wep_example_input ();
  if (!wep_model_input_validate (input, &error))
    g_error ("The built-in example is not valid: %s", error->message);
  fixture.expected = wep_model_run (input);
  fixture.target_year = (int) wep_model_input_region (input, 0)->scalar[WEP_S_TARGET_YEAR];
  fixture.app = gui_test_start_app ();
  fixture.window = WEP_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (fixture.app)));

  g_test_add_func ("/gui/locale", test_locale);
  g_test_add_func ("/gui/welcome", test_welcome);
  g_test_add_func ("/gui/figures", test_figures);
  g_test_add_func ("/gui/table", test_table);
  g_test_add_func ("/gui/change-and-undo", test_change_and_undo);
  g_test_add_func ("/gui/unsaved-question", test_unsaved_question);
  g_test_add_func ("/gui/save-and-reopen", test_save_and_reopen);
  g_test_add_func ("/gui/recover", test_recover);
  g_test_add_func ("/gui/read-only", test_read_only);
  g_test_add_func ("/gui/regions", test_regions);

  ret = g_test_run ();

  gui_test_stop_app (g_steal_pointer (&fixture.app), fixture.window);
  g_clear_pointer (&fixture.expected, wep_results_free);
  g_free (fixture.saved_path);
  gui_test_remove_tree (fixture.tmpdir);
  g_free (fixture.tmpdir);

  return ret;
}
