/* test-gui-flows.c: a policy advisor's day, driving the real window
 *
 * In Dutch, under a display (Xvfb in CI): open the example; change an
 * assumption on the Aannames page and find the Overzicht figure equal to
 * what the engine computes for the changed input; a refused value; undo;
 * save and reopen; import a spreadsheet with one bad row (rejected with its
 * reason) and then a good one; merge a neighbour's plan with a conflict,
 * settled both ways; a screenshot of every page at 1024×768, light and
 * dark, into the build folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dialogs/wep-import-dialog.h"
#include "dialogs/wep-merge-dialog.h"
#include "wep-assumptions-view.h"
#include "wep-example.h"
#include "wep-fair-share.h"
#include "wep-plan-rows.h"
#include "wep-window.h"

#include "gui-test-util.h"

static struct
{
  WepApplication *app;
  WepWindow      *window;
  char           *tmpdir;
} fx;

/* ---- helpers ----------------------------------------------------------- */

static WepDocument *
document (void)
{
  return wep_window_get_document (fx.window);
}

/* The homeless figure of the Overzicht (the whole plan, in its year). */
static const char *
shown_homeless (void)
{
  WepOverviewView *overview = wep_window_get_overview (fx.window);

  return gtk_label_get_text (wep_overview_view_get_figure (overview, WEP_FIGURE_HOMELESS));
}

/* The same figure as the engine gives it for input, formatted as shown. */
static char *
engine_homeless (const WepModelInput *input)
{
  WepOverviewView *overview = wep_window_get_overview (fx.window);
  g_autoptr (WepResults) results = wep_model_run (input);
  const WepRegionResult *region = results->total != NULL
                                  ? results->total : g_ptr_array_index (results->regions, 0);
  int index = wep_overview_view_get_year (overview) - results->base_year;

  return g_strdup_printf ("%'.0f", round (wep_region_result_get (region, index, WEP_C_HOMELESS)));
}

/* What the engine gives for the plan as the document now holds it. */
static char *
engine_homeless_of_document (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) input =
    wep_document_scenario_input (document (), wep_session_get_scenario (
                                   wep_window_get_session (fx.window)), &error);

  g_assert_no_error (error);
  return engine_homeless (input);
}

static gpointer
find_dialog (GType type)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data)
        && gtk_window_get_transient_for (l->data) == GTK_WINDOW (fx.window))
      return l->data;
  return NULL;
}

static gboolean
import_idle (gpointer dialog)
{
  return !wep_import_dialog_get_busy (dialog);
}

static gboolean
merge_idle (gpointer dialog)
{
  return !wep_merge_dialog_get_busy (dialog);
}

static GFile *
write_file (const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (fx.tmpdir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static const char *
undo_label (void)
{
  return wep_document_get_undo_label (document ());
}

/* ---- the flows ---------------------------------------------------------- */

static void
test_open_example (void)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.open-example", NULL));
  g_assert_nonnull (document ());
  gui_test_wait_until (gui_test_is_mapped, wep_window_get_overview (fx.window),
                       "the overview is shown");
  g_assert_cmpstr (wep_session_get_scenario (wep_window_get_session (fx.window)), ==,
                   WEP_EXAMPLE_SCENARIO_NAME);
  /* The Overzicht shows what the engine computes for the example. */
  {
    g_autoptr (WepModelInput) example = wep_example_input ();
    g_autofree char *expected = engine_homeless (example);

    g_assert_cmpstr (shown_homeless (), ==, expected);
  }
}

static void
test_change_assumption (void)
{
  WepSession *session = wep_window_get_session (fx.window);
  WepAssumptionsView *page;
  g_autoptr (WepModelInput) changed = wep_model_input_copy (wep_session_get_input (session));
  g_autofree char *before = g_strdup (shown_homeless ());
  g_autofree char *expected = NULL;
  g_autoptr (GError) error = NULL;
  const char *region = wep_model_input_region (changed, 0)->name;
  int year = changed->base_year + 1;

  adw_view_stack_set_visible_child_name (wep_window_get_view_stack (fx.window), "assumptions");
  page = WEP_ASSUMPTIONS_VIEW (wep_window_get_page (fx.window, "assumptions"));
  g_assert_nonnull (page);

  /* Twice the inflow of the second year, typed as a Dutch number. */
  wep_model_input_region (changed, 0)->yearly[WEP_Y_INFLOW][1] *= 2;
  {
    g_autofree char *text = g_strdup_printf ("%'.0f",
                                             wep_model_input_region (changed, 0)->yearly[WEP_Y_INFLOW][1]);

    g_assert_true (wep_assumptions_view_edit (page, region, "inflow", year, text, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpfloat (wep_model_input_region (wep_session_get_input (session), 0)
                       ->yearly[WEP_Y_INFLOW][1], ==,
                     wep_model_input_region (changed, 0)->yearly[WEP_Y_INFLOW][1]);
  expected = engine_homeless (changed);
  g_assert_cmpstr (expected, !=, before);
  g_assert_cmpstr (shown_homeless (), ==, expected);
  g_assert_cmpstr (undo_label (), ==, _("Change Assumption"));

  /* A value the engine refuses: its message, in Dutch, and nothing stored. */
  g_assert_false (wep_assumptions_view_edit (page, region, "relapse_hf", 0, "1,5", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "relapse_hf"));
  g_assert_nonnull (strstr (error->message, "Regio"));
  g_clear_error (&error);
  g_assert_cmpstr (shown_homeless (), ==, expected);

  /* Undo brings the figure back; redo takes it forward again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.undo", NULL));
  g_assert_cmpstr (shown_homeless (), ==, before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.redo", NULL));
  g_assert_cmpstr (shown_homeless (), ==, expected);
}

static void
test_save_and_reopen (void)
{
  g_autofree char *path = g_build_filename (fx.tmpdir, "regio.weplan", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *before = g_strdup (shown_homeless ());

  g_assert_true (wep_window_save_to (fx.window, file));
  g_assert_false (wep_document_get_modified (document ()));
  wep_window_set_document (fx.window, NULL);
  wep_window_open_file (fx.window, file);
  g_assert_nonnull (document ());
  g_assert_cmpstr (wep_document_get_path (document ()), ==, path);
  /* The changed assumption was saved with the plan. */
  g_assert_cmpstr (shown_homeless (), ==, before);
}

static void
test_import_rejected_row (void)
{
  g_autoptr (GFile) bad = write_file ("plannen.csv",
    "gemeente;jaar;woonvorm;aantal;status;bron;datum bron;opmerking\n"
    "Zwolle;2028;hf;40;gepland;Woonzorgvisie Zwolle;2025-06-30;\n"
    "Kampen;2028;ind;-4;gepland;Woonzorgvisie Kampen;2025-06-30;nog bespreken\n");
  g_autoptr (GFile) good = write_file ("plannen-verbeterd.csv",
    "gemeente;jaar;woonvorm;aantal;status;bron;datum bron;opmerking\n"
    "Zwolle;2028;hf;40;gepland;Woonzorgvisie Zwolle;2025-06-30;\n"
    "Kampen;2028;ind;4;gepland;Woonzorgvisie Kampen;2025-06-30;nog bespreken\n");
  g_autofree char *before = g_strdup (shown_homeless ());
  g_autofree char *expected = NULL;
  g_autoptr (GError) error = NULL;
  const WepImportProblem *problem;
  const WepImportPreview *preview;
  WepImportDialog *dialog;

  /* The main menu's Import… opens the dialog over the window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.import", NULL));
  dialog = find_dialog (WEP_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  wep_import_dialog_load (dialog, WEP_IMPORT_PLANS, bad);
  gui_test_wait_until (import_idle, dialog, "the file is read");
  preview = wep_import_dialog_get_preview (dialog);
  g_assert_nonnull (preview);
  g_assert_cmpuint (preview->rejected->len, ==, 1);
  problem = g_ptr_array_index (preview->rejected, 0);
  g_assert_cmpuint (problem->line, ==, 3);
  g_assert_cmpstr (problem->column_name, ==, "aantal");
  g_assert_nonnull (strstr (problem->reason, "-4"));
  g_assert_false (wep_import_dialog_can_apply (dialog));
  g_assert_false (wep_import_dialog_apply (dialog, &error));
  g_clear_error (&error);
  gui_test_save_screenshot (GTK_WIDGET (dialog), "flow-import-rejected");
  /* Nothing of it reached the plan. */
  g_assert_cmpstr (shown_homeless (), ==, before);
  g_assert_false (wep_document_get_modified (document ()));

  /* The corrected file: imported as one change that undo takes back. */
  wep_import_dialog_load (dialog, WEP_IMPORT_PLANS, good);
  gui_test_wait_until (import_idle, dialog, "the file is read");
  g_assert_true (wep_import_dialog_can_apply (dialog));
  g_assert_true (wep_import_dialog_apply (dialog, &error));
  g_assert_no_error (error);
  /* Done: the dialog closes by itself. */
  g_assert_null (find_dialog (WEP_TYPE_IMPORT_DIALOG));
  g_assert_nonnull (strstr (undo_label (), "plannen-verbeterd.csv"));
  expected = engine_homeless_of_document ();
  g_assert_cmpstr (shown_homeless (), ==, expected);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.undo", NULL));
  g_assert_cmpstr (shown_homeless (), ==, before);
}

/* A neighbour's copy of the plan with one plan figure changed. */
static GFile *
neighbour_plan (gint64 *id,
                double *ours,
                double *theirs)
{
  g_autofree char *path = g_build_filename (fx.tmpdir, "buurgemeente.weplan", NULL);
  g_autoptr (WepDocument) other = wep_example_document ();
  g_autoptr (GPtrArray) rows = wep_document_list_plans (other);
  g_auto (GValue) value = G_VALUE_INIT;
  g_autoptr (GError) error = NULL;
  const WepPlanRow *row = NULL;

  /* A plan of a model year, so that the figures move with it. */
  for (guint i = 0; i < rows->len && row == NULL; i++)
    if (((WepPlanRow *) g_ptr_array_index (rows, i))->year == 2027)
      row = g_ptr_array_index (rows, i);
  g_assert_nonnull (row);
  *id = row->id;
  *ours = row->units;
  *theirs = row->units + 25;
  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, *theirs);
  g_assert_true (wep_document_update_plan (other, row->id, WEP_PLAN_FIELD_UNITS, &value, &error));
  g_assert_true (wep_document_save_as (other, path, &error));
  g_assert_no_error (error);
  wep_document_close (other);
  return g_file_new_for_path (path);
}

/* The counted plan of the row's municipality, year and pathway: a merge
 * that takes their figure keeps ours beside it, no longer counted. */
static double
plan_units (gint64 id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WepPlanRow) row = wep_document_get_plan (document (), id, &error);
  g_autoptr (GPtrArray) rows = wep_document_list_plans (document ());
  double units = NAN;

  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      const WepPlanRow *other = g_ptr_array_index (rows, i);

      if (other->counted && other->year == row->year
          && g_str_equal (other->municipality, row->municipality)
          && g_str_equal (other->pathway, row->pathway))
        {
          g_assert_true (isnan (units));
          units = other->units;
        }
    }
  return units;
}

static void
merge (GFile          *file,
       WepMergeChoice  choice)
{
  g_autoptr (GError) error = NULL;
  WepMergeDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.merge", NULL));
  dialog = find_dialog (WEP_TYPE_MERGE_DIALOG);
  g_assert_nonnull (dialog);
  wep_merge_dialog_load (dialog, file);
  gui_test_wait_until (merge_idle, dialog, "the plans are compared");
  g_assert_null (wep_merge_dialog_get_error (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (wep_merge_dialog_get_conflicts (dialog)), >=, 1);
  /* Nothing is merged while a conflict is undecided. */
  g_assert_false (wep_merge_dialog_can_apply (dialog));
  if (choice == WEP_MERGE_THEIRS)
    gui_test_save_screenshot (GTK_WIDGET (dialog), "flow-merge-conflict");
  wep_merge_dialog_choose_all (dialog, choice);
  g_assert_true (wep_merge_dialog_can_apply (dialog));
  g_assert_true (wep_merge_dialog_apply (dialog, &error));
  g_assert_no_error (error);
  g_assert_null (find_dialog (WEP_TYPE_MERGE_DIALOG));
}

static void
test_merge_conflict (void)
{
  g_autofree char *before = g_strdup (shown_homeless ());
  g_autofree char *expected = NULL;
  double ours, theirs;
  gint64 id;
  g_autoptr (GFile) file = neighbour_plan (&id, &ours, &theirs);

  g_assert_cmpfloat (plan_units (id), ==, ours);

  /* Ours: the plan stays as it was. */
  merge (file, WEP_MERGE_OURS);
  g_assert_cmpfloat (plan_units (id), ==, ours);
  g_assert_cmpstr (shown_homeless (), ==, before);

  /* Theirs: their figure counts, and the Overzicht follows it. */
  merge (file, WEP_MERGE_THEIRS);
  g_assert_cmpfloat (plan_units (id), ==, theirs);
  expected = engine_homeless_of_document ();
  g_assert_cmpstr (shown_homeless (), ==, expected);
  g_assert_nonnull (strstr (undo_label (), "buurgemeente.weplan"));

  /* Undo takes the merge back as one change. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fx.window), "win.undo", NULL));
  g_assert_cmpfloat (plan_units (id), ==, ours);
  g_assert_cmpstr (shown_homeless (), ==, before);
}

static gboolean
shares_ready (gpointer data)
{
  return wep_overview_view_get_shares_ready (data);
}

/* The number shown last in an action row's subtitle, e.g. "gepland 8". */
static double
shown_share (AdwPreferencesGroup *group,
             const char          *municipality)
{
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (group)); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    {
      if (ADW_IS_ACTION_ROW (w)
          && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), municipality) == 0)
        {
          const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (w));
          const char *digits = subtitle + strcspn (subtitle, "0123456789");

          return g_ascii_strtod (digits, NULL);
        }
      if (gtk_widget_get_first_child (w) != NULL)
        {
          double found = shown_share ((AdwPreferencesGroup *) w, municipality);

          if (!isnan (found))
            return found;
        }
    }
  return NAN;
}

/* Who does their share: the Overzicht divides the selected region's need
 * over its municipalities by the key, as the map does, and follows a new
 * key. */
static void
test_fair_share (void)
{
  WepOverviewView *overview = wep_window_get_overview (fx.window);
  WepSession *session = wep_window_get_session (fx.window);
  AdwPreferencesGroup *group = wep_overview_view_get_shares_group (overview);
  const char *region = wep_model_input_region (wep_session_get_input (session), 0)->name;
  int year = wep_overview_view_get_year (overview);

  adw_view_stack_set_visible_child_name (wep_window_get_view_stack (fx.window), "overview");
  wep_window_set_selected_region (fx.window, region);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (group)));

  for (int k = 0; k < 2; k++)
    {
      WepFairShareKey key = k == 0 ? WEP_FAIR_SHARE_POPULATION : WEP_FAIR_SHARE_EQUAL;
      g_autoptr (GError) error = NULL;
      g_autoptr (WepFairShare) expected = NULL;
      const char *name = NULL;
      double share = 0.0;

      /* The key chosen here is the session's, which the map follows. */
      gtk_drop_down_set_selected (wep_overview_view_get_shares_key (overview), key);
      g_assert_cmpint (wep_session_get_fair_share_key (session), ==, key);
      gui_test_wait_until (shares_ready, overview, "the fair shares are computed");

      expected = wep_fair_share_compute (document (), wep_session_get_scenario (session), key,
                                         &error);
      g_assert_no_error (error);
      for (guint i = 0; i < expected->rows->len; i++)
        {
          const WepFairShareRow *row = wep_fair_share_row (expected, i);

          if (row->year == year && g_strcmp0 (row->region, region) == 0
              && (name == NULL || g_strcmp0 (row->name, name) == 0))
            {
              name = row->name;
              share += row->share;
            }
        }
      g_assert_nonnull (name);
      g_assert_cmpfloat (shown_share (group, name), ==, round (share));
    }
  /* All of the page, down to the shares, for review. */
  gtk_window_set_default_size (GTK_WINDOW (fx.window), 1280, 1500);
  gui_test_save_screenshot (GTK_WIDGET (fx.window), "flow-fair-share");
  gtk_window_set_default_size (GTK_WINDOW (fx.window), 1280, 800);
  wep_window_set_selected_region (fx.window, NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (group)));
}

/* A button that shows only an icon must say what it does: its tooltip is
 * also what a screen reader reads (GTK 4.8 has no getter for an accessible
 * label, so the tooltip is what can be checked). */
static void
assert_icon_buttons_named (GtkWidget  *widget,
                           const char *page)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* GTK names its own window buttons. */
      if (!gtk_widget_get_visible (child) || GTK_IS_WINDOW_CONTROLS (child))
        continue;
      if (GTK_IS_BUTTON (child) && gtk_button_get_label (GTK_BUTTON (child)) == NULL
          && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (child))))
        {
          const char *tooltip = gtk_widget_get_tooltip_text (child);

          if (tooltip == NULL || *tooltip == '\0')
            g_error ("Page %s: a button with the icon %s has no tooltip", page,
                     gtk_image_get_icon_name (GTK_IMAGE (gtk_button_get_child (GTK_BUTTON (child)))));
        }
      assert_icon_buttons_named (child, page);
    }
}

/* Every page at the smallest size the brief names, in both styles. */
static void
test_screenshots (void)
{
  static const char *pages[] = { "overview", "map", "charts", "plans", "assumptions", "scenarios" };
  static const char *styles[] = { "light", "dark" };
  AdwStyleManager *style = adw_style_manager_get_default ();
  AdwViewStack *stack = wep_window_get_view_stack (fx.window);

  gtk_window_set_default_size (GTK_WINDOW (fx.window), 1024, 768);
  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    {
      adw_style_manager_set_color_scheme (style, s == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                        : ADW_COLOR_SCHEME_FORCE_DARK);
      for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
        {
          g_autofree char *name = g_strdup_printf ("1024x768-%s-%s", pages[p], styles[s]);

          adw_view_stack_set_visible_child_name (stack, pages[p]);
          gui_test_save_screenshot (GTK_WIDGET (fx.window), name);
          assert_icon_buttons_named (GTK_WIDGET (fx.window), pages[p]);
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fx.window)), <=, 1024);
        }
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  adw_view_stack_set_visible_child_name (stack, "overview");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  fx.tmpdir = gui_test_make_tmp_dir ("wep-gui");
  if (!gui_test_init (&argc, &argv, fx.tmpdir))
    {
      gui_test_remove_tree (fx.tmpdir);
      return 77;
    }
  fx.app = gui_test_start_app ();
  fx.window = WEP_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (fx.app)));

  g_test_add_func ("/flows/open-example", test_open_example);
  g_test_add_func ("/flows/change-assumption", test_change_assumption);
  g_test_add_func ("/flows/save-and-reopen", test_save_and_reopen);
  g_test_add_func ("/flows/import-rejected-row", test_import_rejected_row);
  g_test_add_func ("/flows/merge-conflict", test_merge_conflict);
  g_test_add_func ("/flows/fair-share", test_fair_share);
  g_test_add_func ("/flows/screenshots", test_screenshots);

  ret = g_test_run ();

  gui_test_stop_app (g_steal_pointer (&fx.app), fx.window);
  gui_test_remove_tree (fx.tmpdir);
  g_free (fx.tmpdir);

  return ret;
}
