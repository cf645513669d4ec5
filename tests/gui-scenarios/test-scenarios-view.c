/* test-scenarios-view.c: the "Scenario's" page lists, switches, makes,
 * duplicates, renames, deletes and compares the scenarios of a plan, and
 * follows undo
 *
 * Puts a WepScenariosView on a WepSession of the built-in example in a
 * window of 1024×768 (Xvfb in CI; exits with 77, skipped, when there is no
 * display), in Dutch, drives it through its public functions, its actions
 * and its dialogs as the user does, checks the document and the session
 * after each step, and saves screenshots into the build folder:
 * scenarios-light.png, scenarios-dark.png (list and comparison),
 * compare-light.png (two regions, filtered to the total), compare-narrow.png
 * (folded: the comparison alone), new-scenario-refused.png (the New dialog
 * saying what the data lack) and scenarios-empty.png.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "scenarios/wep-difference-item.h"
#include "scenarios/wep-scenarios-view.h"
#include "wep-document-private.h"
#include "wep-example.h"
#include "wep-keys.h"

#include "gui-test-util.h"

/* How long GTK gets to lay out and draw what changed. */
#define SETTLE_MS 500
#define BASIS WEP_EXAMPLE_SCENARIO_NAME

typedef struct
{
  WepDocument      *doc;
  WepSession       *session;
  GtkWindow        *window;
  WepScenariosView *view;
} Fixture;

static gpointer
template_child (Fixture    *f,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (f->view), WEP_TYPE_SCENARIOS_VIEW,
                                                  name);

  g_assert_nonnull (child);
  return child;
}

/* Lets window settle and saves what it shows as NAME in the build folder. */
static void
save_window (GtkWindow  *window,
             const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

  gui_test_settle (SETTLE_MS);
  gui_test_save_png (GTK_WIDGET (window), NULL, path);
}

static void
save_screenshot (Fixture    *f,
                 const char *name)
{
  save_window (f->window, name);
}

static void
fixture_set_up_with (Fixture     *f,
                     WepDocument *doc)
{
  f->doc = doc;
  f->session = wep_session_new (f->doc);
  f->view = WEP_SCENARIOS_VIEW (wep_scenarios_view_new (f->session));
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1024, 768);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  gui_test_wait_until_drawn (GTK_WIDGET (f->view), "the view is shown");
}

static void
fixture_set_up (Fixture *f)
{
  fixture_set_up_with (f, wep_example_document ());
}

static void
fixture_tear_down (Fixture *f)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->session);
  g_clear_object (&f->doc);
}

/* ---- the list ---------------------------------------------------------- */

static GStrv
listed (Fixture *f)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  GtkWidget *list = template_child (f, "list");

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    g_strv_builder_add (builder, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  return g_strv_builder_end (builder);
}

/* The row of scenario name. */
static GtkWidget *
row_of (Fixture    *f,
        const char *name)
{
  GtkWidget *list = template_child (f, "list");

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), name) == 0)
      return row;
  g_error ("scenario “%s” is not listed", name);
}

/* The row's "show this one" choice. */
static GtkCheckButton *
row_check (Fixture    *f,
           const char *name)
{
  return g_object_get_data (G_OBJECT (row_of (f, name)), "check");
}

static void
assert_listed (Fixture           *f,
               const char *const *expected)
{
  g_auto (GStrv) names = listed (f);
  g_auto (GStrv) stored = wep_document_list_scenarios (f->doc);

  g_assert_cmpstrv (names, expected);
  g_assert_cmpstrv (stored, expected);
}

static const char *
label_of (const char *source)
{
  return g_dgettext (GETTEXT_PACKAGE, source);
}

/* The example with new_units_hf of 2027 raised by extra, as scenario name
 * (one undoable change, as an edit elsewhere in the window makes it). */
static void
store_changed_copy (Fixture    *f,
                    const char *name,
                    double      extra)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) input = wep_document_scenario_input (f->doc, name, &error);

  g_assert_no_error (error);
  wep_model_input_region (input, 0)->yearly[WEP_Y_NEW_UNITS_HF][1] += extra;
  g_assert_true (wep_document_begin_change (f->doc, "Invoer wijzigen", &error));
  g_assert_true (wep_document_store_scenario (f->doc, name, input, 1, &error));
  g_assert_no_error (error);
  wep_document_end_change (f->doc);
}

static double
session_result (Fixture   *f,
                int        year,
                WepColumn  column)
{
  const WepResults *results = wep_session_get_results (f->session);

  g_assert_nonnull (results);
  return wep_region_result_get (g_ptr_array_index (results->regions, 0),
                                year - results->base_year, column);
}

static void
test_edit_and_switch (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr (GError) error = NULL;
  double moves_basis, moves_extra;

  fixture_set_up (f);
  assert_listed (f, (const char *[]) { BASIS, NULL });
  g_assert_true (gtk_check_button_get_active (row_check (f, BASIS)));
  g_assert_nonnull (wep_scenarios_view_get_compare_problem (f->view));
  moves_basis = session_result (f, 2027, WEP_C_MOVES_HF);

  /* Duplicate: listed, shown, one step of undo. */
  g_assert_true (wep_scenarios_view_duplicate (f->view, BASIS, "Extra woningen", &error));
  g_assert_no_error (error);
  assert_listed (f, (const char *[]) { BASIS, "Extra woningen", NULL });
  g_assert_cmpstr (wep_session_get_scenario (f->session), ==, "Extra woningen");
  g_assert_true (gtk_check_button_get_active (row_check (f, "Extra woningen")));
  g_assert_false (gtk_check_button_get_active (row_check (f, BASIS)));
  g_assert_cmpstr (wep_document_get_undo_label (f->doc), ==, label_of ("Duplicate Scenario"));

  /* Choosing the other row shows the other scenario's results. */
  store_changed_copy (f, "Extra woningen", 40);
  moves_extra = session_result (f, 2027, WEP_C_MOVES_HF);
  g_assert_cmpfloat (moves_extra, >, moves_basis);
  gtk_widget_activate (GTK_WIDGET (row_check (f, BASIS)));
  g_assert_cmpstr (wep_session_get_scenario (f->session), ==, BASIS);
  g_assert_cmpfloat (session_result (f, 2027, WEP_C_MOVES_HF), ==, moves_basis);
  gtk_widget_activate (GTK_WIDGET (row_check (f, "Extra woningen")));
  g_assert_cmpstr (wep_session_get_scenario (f->session), ==, "Extra woningen");
  g_assert_cmpfloat (session_result (f, 2027, WEP_C_MOVES_HF), ==, moves_extra);

  /* Rename the one shown: it stays shown under its new name. */
  g_assert_true (wep_scenarios_view_rename (f->view, "Extra woningen", "Meer Housing First",
                                            &error));
  g_assert_no_error (error);
  assert_listed (f, (const char *[]) { BASIS, "Meer Housing First", NULL });
  g_assert_cmpstr (wep_session_get_scenario (f->session), ==, "Meer Housing First");
  g_assert_cmpfloat (session_result (f, 2027, WEP_C_MOVES_HF), ==, moves_extra);
  g_assert_cmpstr (wep_document_get_undo_label (f->doc), ==, label_of ("Rename Scenario"));
  /* Refused: a name in use (named), nothing changed, no step to undo. */
  g_assert_false (wep_scenarios_view_rename (f->view, BASIS, "meer housing first", &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "Meer Housing First"));
  g_clear_error (&error);
  g_assert_cmpstr (wep_document_get_undo_label (f->doc), ==, label_of ("Rename Scenario"));

  /* New, from the plan's data: shown. */
  g_assert_true (wep_scenarios_view_new_scenario (f->view, "Nieuw", 2026, 5, &error));
  g_assert_no_error (error);
  assert_listed (f, (const char *[]) { BASIS, "Meer Housing First", "Nieuw", NULL });
  g_assert_cmpstr (wep_session_get_scenario (f->session), ==, "Nieuw");
  g_assert_cmpint (wep_session_get_input (f->session)->horizon_years, ==, 5);
  g_assert_cmpstr (wep_document_get_undo_label (f->doc), ==, label_of ("New Scenario"));
  g_assert_false (wep_scenarios_view_new_scenario (f->view, "Later", 2031, 5, &error));
  g_assert_nonnull (strstr (error->message, "homeless0"));
  g_clear_error (&error);

  /* Delete the one shown: the first is shown. */
  g_assert_true (wep_scenarios_view_delete (f->view, "Nieuw", &error));
  g_assert_no_error (error);
  assert_listed (f, (const char *[]) { BASIS, "Meer Housing First", NULL });
  g_assert_cmpstr (wep_session_get_scenario (f->session), ==, BASIS);
  g_assert_true (gtk_check_button_get_active (row_check (f, BASIS)));
  g_assert_cmpstr (wep_document_get_undo_label (f->doc), ==, label_of ("Delete Scenario"));

  /* Undo, step by step. */
  g_assert_true (wep_document_undo (f->doc, &error));
  assert_listed (f, (const char *[]) { BASIS, "Meer Housing First", "Nieuw", NULL });
  g_assert_true (wep_document_undo (f->doc, &error));
  assert_listed (f, (const char *[]) { BASIS, "Meer Housing First", NULL });
  g_assert_true (wep_document_undo (f->doc, &error));
  assert_listed (f, (const char *[]) { BASIS, "Extra woningen", NULL });
  g_assert_true (wep_document_undo (f->doc, &error)); /* the changed input */
  g_assert_true (wep_document_undo (f->doc, &error));
  g_assert_no_error (error);
  assert_listed (f, (const char *[]) { BASIS, NULL });
  g_assert_cmpstr (wep_session_get_scenario (f->session), ==, BASIS);
  g_assert_cmpfloat (session_result (f, 2027, WEP_C_MOVES_HF), ==, moves_basis);

  fixture_tear_down (f);
}

/* ---- the comparison ---------------------------------------------------- */

static WepDifferenceItem *
item_at (GListModel *model,
         guint       i)
{
  WepDifferenceItem *item = g_list_model_get_item (model, i);

  g_object_unref (item); /* the model keeps it */
  return item;
}

static void
test_compare (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) two = NULL;
  GListModel *inputs, *results;
  const WepDifference *d;
  WepDifferenceItem *item;
  gboolean moves_hf_2027 = FALSE, cost_seen = FALSE;
  double planned;
  guint n_results, n_second = 0, n_total = 0;

  fixture_set_up (f);
  inputs = wep_scenarios_view_get_input_differences (f->view);
  results = wep_scenarios_view_get_result_differences (f->view);
  planned = wep_model_input_region (wep_session_get_input (f->session), 0)
              ->yearly[WEP_Y_NEW_UNITS_HF][1];

  /* A changed duplicate: exactly the changed input, and results. */
  g_assert_true (wep_scenarios_view_duplicate (f->view, BASIS, "Meer Housing First", &error));
  g_assert_no_error (error);
  store_changed_copy (f, "Meer Housing First", 40);
  wep_scenarios_view_compare (f->view, BASIS, "Meer Housing First");
  g_assert_null (wep_scenarios_view_get_compare_problem (f->view));
  g_assert_cmpuint (g_list_model_get_n_items (inputs), ==, 1);
  item = item_at (inputs, 0);
  d = wep_difference_item_get_difference (item);
  g_assert_cmpint (d->kind, ==, WEP_DIFFERENCE_VALUE);
  g_assert_cmpstr (d->region, ==, WEP_EXAMPLE_REGION_NAME);
  g_assert_cmpstr (d->key, ==, "new_units_hf");
  g_assert_cmpint (d->year, ==, 2027);
  g_assert_cmpfloat (d->a, ==, planned);
  g_assert_cmpfloat (d->b, ==, planned + 40);
  {
    g_autofree char *a = wep_difference_item_get_a_text (item);
    g_autofree char *b = wep_difference_item_get_b_text (item);
    g_autofree char *change = wep_difference_item_get_change_text (item);
    g_autofree char *expected_a = g_strdup_printf ("%.0f", planned);
    g_autofree char *expected_b = g_strdup_printf ("%.0f", planned + 40);

    g_assert_cmpstr (a, ==, expected_a);
    g_assert_cmpstr (b, ==, expected_b);
    g_assert_cmpstr (change, ==, "+40");
  }

  n_results = g_list_model_get_n_items (results);
  g_assert_cmpuint (n_results, >, 0);
  for (guint i = 0; i < n_results; i++)
    {
      item = item_at (results, i);
      d = wep_difference_item_get_difference (item);
      g_assert_cmpint (d->kind, ==, WEP_DIFFERENCE_RESULT);
      g_assert_cmpint (d->year, >=, 2027);
      moves_hf_2027 |= d->year == 2027 && g_str_equal (d->key, "moves_hf");
      if (g_str_equal (d->key, "cost") && fabs (d->a) >= 1e6)
        {
          g_autofree char *a = wep_difference_item_get_a_text (item);
          g_autofree char *expected = g_strdup_printf ("€ %'.0f", round (d->a));

          /* Dutch: "€ 12.345.678". */
          g_assert_cmpstr (a, ==, expected);
          g_assert_nonnull (strchr (a, '.'));
          cost_seen = TRUE;
        }
    }
  g_assert_true (moves_hf_2027);
  g_assert_true (cost_seen);
  /* The columns are named after the scenarios; the heading counts. */
  {
    GListModel *columns = gtk_column_view_get_columns (template_child (f, "input_view"));
    g_autoptr (GtkColumnViewColumn) a = g_list_model_get_item (columns, 3);
    g_autoptr (GtkColumnViewColumn) b = g_list_model_get_item (columns, 4);
    g_autofree char *heading = g_strdup_printf (ngettext ("%u input differs",
                                                          "%u inputs differ", 1), 1);

    g_assert_cmpstr (gtk_column_view_column_get_title (a), ==, BASIS);
    g_assert_cmpstr (gtk_column_view_column_get_title (b), ==, "Meer Housing First");
    g_assert_cmpstr (gtk_label_get_text (template_child (f, "input_heading")), ==, heading);
  }

  /* The screenshots: the list and the comparison, light and dark. */
  g_assert_true (wep_scenarios_view_new_scenario (f->view, "Vanaf de data", 2026, 10, &error));
  g_assert_no_error (error);
  wep_session_set_scenario (f->session, BASIS);
  wep_scenarios_view_compare (f->view, BASIS, "Meer Housing First");
  save_screenshot (f, "scenarios-light.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  save_screenshot (f, "scenarios-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);

  /* Two regions against one: the second region only on B's side, the
   * total only on B's; the region filter shows one at a time. */
  two = wep_document_scenario_input (f->doc, BASIS, &error);
  g_assert_no_error (error);
  {
    WepRegionInput *second = wep_model_input_add_region (two, "Tweede regio");
    const WepRegionInput *first = wep_model_input_region (two, 0);

    memcpy (second->scalar, first->scalar, sizeof first->scalar);
    for (guint k = 0; k < WEP_N_YEARLY; k++)
      memcpy (second->yearly[k], first->yearly[k], two->horizon_years * sizeof (double));
  }
  g_assert_true (wep_document_begin_change (f->doc, "Invoer wijzigen", &error));
  g_assert_true (wep_document_store_scenario (f->doc, "Twee regio's", two, 1, &error));
  g_assert_no_error (error);
  wep_document_end_change (f->doc);
  wep_scenarios_view_compare (f->view, BASIS, "Twee regio's");
  g_assert_null (wep_scenarios_view_get_compare_problem (f->view));
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      d = wep_difference_item_get_difference (item_at (results, i));
      n_second += g_strcmp0 (d->region, "Tweede regio") == 0;
      n_total += g_strcmp0 (d->region, WEP_TOTAL_REGION_NAME) == 0;
    }
  g_assert_cmpuint (n_second, >, 0);
  g_assert_cmpuint (n_total, >, 0);
  wep_scenarios_view_set_region_filter (f->view, "Tweede regio");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, n_second);
  for (guint i = 0; i < g_list_model_get_n_items (inputs); i++)
    {
      d = wep_difference_item_get_difference (item_at (inputs, i));
      g_assert_cmpstr (d->region, ==, "Tweede regio");
      g_assert_true (isnan (d->a));
    }
  wep_scenarios_view_set_region_filter (f->view, WEP_TOTAL_REGION_NAME);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, n_total);
  g_assert_cmpuint (g_list_model_get_n_items (inputs), ==, 0);
  g_assert_cmpstr (wep_difference_item_get_region_text (item_at (results, 0)), ==, _("Total"));
  save_screenshot (f, "compare-light.png");
  wep_scenarios_view_set_region_filter (f->view, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, n_second + n_total);

  /* Narrow: the page folds, and shows the comparison alone. */
  gtk_window_set_default_size (f->window, 560, 700);
  gui_test_settle (SETTLE_MS);
  g_assert_true (adw_leaflet_get_folded (template_child (f, "leaflet")));
  wep_scenarios_view_show_compare (f->view);
  save_screenshot (f, "compare-narrow.png");

  g_assert_false (gtk_widget_get_visible (g_object_get_data (G_OBJECT (row_of (f, BASIS)),
                                                             "warning")));

  /* A scenario that cannot run: why, naming it, in the comparison and in
   * the list. */
  g_assert_true (wep_document_begin_change (f->doc, "Verhuringen wissen", &error));
  g_assert_true (_wep_sqlite_exec (_wep_document_get_db (f->doc),
                                   "DELETE FROM municipality_lettings WHERE year = 2031", &error));
  wep_document_end_change (f->doc);
  g_assert_nonnull (strstr (wep_scenarios_view_get_compare_problem (f->view), "lettings"));
  g_assert_nonnull (strstr (wep_scenarios_view_get_compare_problem (f->view), "2031"));
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
  {
    /* The row of the scenario shown says why it cannot run. */
    GtkWidget *warning = g_object_get_data (G_OBJECT (row_of (f, BASIS)), "warning");

    g_assert_true (gtk_widget_get_visible (warning));
    g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (warning), "2031"));
  }
  g_assert_true (wep_document_undo (f->doc, &error));
  g_assert_no_error (error);
  g_assert_null (wep_scenarios_view_get_compare_problem (f->view));
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, n_second + n_total);

  fixture_tear_down (f);
}

/* ---- the dialogs ------------------------------------------------------- */

typedef struct
{
  GType      type;
  guint      nth;
  guint      seen;
  GtkWidget *found;
} Search;

static void
search (GtkWidget *widget,
        Search    *s)
{
  if (s->found != NULL)
    return;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, s->type) && s->seen++ == s->nth)
    {
      s->found = widget;
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    search (child, s);
}

/* The nth widget of type under widget, or NULL. */
static gpointer
find_widget (GtkWidget *widget,
             GType      type,
             guint      nth)
{
  Search s = { type, nth, 0, NULL };

  search (widget, &s);
  return s.found;
}

static GtkLabel *
dialog_problem (AdwMessageDialog *dialog)
{
  GtkWidget *last = gtk_widget_get_last_child (adw_message_dialog_get_extra_child (dialog));

  g_assert_true (GTK_IS_LABEL (last));
  return GTK_LABEL (last);
}

static GtkEditable *
dialog_entry (AdwMessageDialog *dialog)
{
  GtkEditable *entry = find_widget (adw_message_dialog_get_extra_child (dialog),
                                    ADW_TYPE_ENTRY_ROW, 0);

  g_assert_nonnull (entry);
  return entry;
}

/* Types name; whether the dialog lets it through, and why not. */
static gboolean
type_name (AdwMessageDialog *dialog,
           const char       *name)
{
  gtk_editable_set_text (dialog_entry (dialog), name);
  return adw_message_dialog_get_response_enabled (dialog, "ok");
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
problem_says (AdwMessageDialog *dialog,
              const char       *what)
{
  GtkLabel *problem = dialog_problem (dialog);

  return gtk_widget_get_visible (GTK_WIDGET (problem))
         && strstr (gtk_label_get_text (problem), what) != NULL;
}

static void
test_dialogs (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr (GError) error = NULL;
  g_autofree char *long_name = g_strnfill (WEP_MAX_NAME_LENGTH + 1, 'x');
  g_autofree char *copy = NULL;
  AdwMessageDialog *dialog;
  GtkSpinButton *first_year, *years;

  fixture_set_up (f);

  /* Duplicate: a free name offered; checked as typed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scenarios.duplicate", "s",
                                             BASIS));
  dialog = gui_test_wait_for_message_dialog ("a dialog is shown");
  copy = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "%s (copy)"), BASIS);
  g_assert_cmpstr (gtk_editable_get_text (dialog_entry (dialog)), ==, copy);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "ok"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog_problem (dialog))));
  g_assert_false (type_name (dialog, "  "));
  g_assert_true (problem_says (dialog, label_of ("Give the scenario a name.")));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (dialog_entry (dialog)), "error"));
  g_assert_false (type_name (dialog, "basis"));
  g_assert_true (problem_says (dialog, "“" BASIS "”"));
  g_assert_false (type_name (dialog, long_name));
  g_assert_true (problem_says (dialog, "201"));
  g_assert_true (type_name (dialog, "  Kopie "));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog_problem (dialog))));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (dialog_entry (dialog)), "error"));
  respond (dialog, "ok");
  assert_listed (f, (const char *[]) { BASIS, "Kopie", NULL });
  g_assert_cmpstr (wep_session_get_scenario (f->session), ==, "Kopie");

  /* Rename: its own name is no change; a new one is. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scenarios.rename", "s",
                                             "Kopie"));
  dialog = gui_test_wait_for_message_dialog ("a dialog is shown");
  g_assert_cmpstr (gtk_editable_get_text (dialog_entry (dialog)), ==, "Kopie");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "ok"));
  g_assert_false (type_name (dialog, BASIS));
  g_assert_true (problem_says (dialog, "“" BASIS "”"));
  g_assert_true (type_name (dialog, "Variant"));
  respond (dialog, "ok");
  assert_listed (f, (const char *[]) { BASIS, "Variant", NULL });
  g_assert_cmpstr (wep_session_get_scenario (f->session), ==, "Variant");

  /* New: years the data cover are offered; others are refused, saying
   * what the data lack. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scenarios.new", NULL));
  dialog = gui_test_wait_for_message_dialog ("a dialog is shown");
  g_assert_cmpstr (gtk_editable_get_text (dialog_entry (dialog)), ==, label_of ("New Scenario"));
  first_year = find_widget (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_SPIN_BUTTON, 0);
  years = find_widget (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_SPIN_BUTTON, 1);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (first_year), ==, 2026);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (years), ==, 10);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "ok"));
  gtk_spin_button_set_value (years, 12);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "ok"));
  g_assert_true (problem_says (dialog, "inflow"));
  g_assert_true (problem_says (dialog, "2036"));
  /* The name is fine: not marked. */
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (dialog_entry (dialog)), "error"));
  gtk_spin_button_set_value (years, 4);
  gtk_spin_button_set_value (first_year, 2027);
  g_assert_true (problem_says (dialog, "homeless0"));
  save_window (GTK_WINDOW (dialog), "new-scenario-refused.png");
  gtk_spin_button_set_value (first_year, 2026);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "ok"));
  g_assert_true (type_name (dialog, "Vier jaar"));
  respond (dialog, "ok");
  assert_listed (f, (const char *[]) { BASIS, "Variant", "Vier jaar", NULL });
  g_assert_cmpstr (wep_session_get_scenario (f->session), ==, "Vier jaar");
  g_assert_cmpint (wep_session_get_input (f->session)->horizon_years, ==, 4);

  /* Delete asks, naming the scenario; Cancel keeps it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scenarios.delete", "s",
                                             "Variant"));
  dialog = gui_test_wait_for_message_dialog ("a dialog is shown");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“Variant”"));
  respond (dialog, "cancel");
  assert_listed (f, (const char *[]) { BASIS, "Variant", "Vier jaar", NULL });
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scenarios.delete", "s",
                                             "Variant"));
  dialog = gui_test_wait_for_message_dialog ("a dialog is shown");
  respond (dialog, "delete");
  assert_listed (f, (const char *[]) { BASIS, "Vier jaar", NULL });

  /* Every dialog's change undoes. */
  g_assert_cmpstr (wep_document_get_undo_label (f->doc), ==, label_of ("Delete Scenario"));
  g_assert_true (wep_document_undo (f->doc, &error));
  assert_listed (f, (const char *[]) { BASIS, "Variant", "Vier jaar", NULL });
  g_assert_cmpstr (wep_document_get_undo_label (f->doc), ==, label_of ("New Scenario"));
  g_assert_true (wep_document_undo (f->doc, &error));
  g_assert_cmpstr (wep_document_get_undo_label (f->doc), ==, label_of ("Rename Scenario"));
  g_assert_true (wep_document_undo (f->doc, &error));
  assert_listed (f, (const char *[]) { BASIS, "Kopie", NULL });
  g_assert_cmpstr (wep_document_get_undo_label (f->doc), ==, label_of ("Duplicate Scenario"));
  g_assert_true (wep_document_undo (f->doc, &error));
  g_assert_no_error (error);
  assert_listed (f, (const char *[]) { BASIS, NULL });
  g_assert_null (wep_document_get_undo_label (f->doc));

  fixture_tear_down (f);
}

/* ---- read-only and empty ----------------------------------------------- */

static void
test_read_only (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr (WepDocument) example = wep_example_document ();
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wep-scenarios-XXXXXX", &error);
  g_autofree char *path = NULL;
  WepDocument *doc;

  /* A plan with two scenarios, opened read-only. */
  g_assert_no_error (error);
  path = g_build_filename (dir, "plan" WEP_DOCUMENT_EXTENSION, NULL);
  input = wep_document_scenario_input (example, BASIS, &error);
  g_assert_no_error (error);
  wep_model_input_region (input, 0)->yearly[WEP_Y_PREVENTION][2] = 0.2;
  g_assert_true (wep_document_store_scenario (example, "Meer preventie", input, 1, &error));
  g_assert_true (wep_document_save_as (example, path, &error));
  g_assert_no_error (error);
  wep_document_close (example);
  doc = wep_document_open (path, WEP_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (wep_document_get_read_only (doc));
  fixture_set_up_with (f, doc);

  /* Listed, shown and compared; nothing to change them with. */
  assert_listed (f, (const char *[]) { BASIS, "Meer preventie", NULL });
  g_assert_false (gtk_widget_get_visible (template_child (f, "new_button")));
  g_assert_true (gtk_widget_get_visible (template_child (f, "read_only_label")));
  g_assert_null (find_widget (template_child (f, "list"), GTK_TYPE_MENU_BUTTON, 0));
  gtk_widget_activate (GTK_WIDGET (row_check (f, "Meer preventie")));
  g_assert_cmpstr (wep_session_get_scenario (f->session), ==, "Meer preventie");
  wep_scenarios_view_compare (f->view, BASIS, "Meer preventie");
  g_assert_cmpuint (g_list_model_get_n_items (wep_scenarios_view_get_input_differences (f->view)),
                    ==, 1);
  {
    g_autoptr (WepDifferenceItem) item =
      g_list_model_get_item (wep_scenarios_view_get_input_differences (f->view), 0);
    g_autofree char *a = wep_difference_item_get_a_text (item);
    g_autofree char *b = wep_difference_item_get_b_text (item);
    g_autofree char *change = wep_difference_item_get_change_text (item);
    g_autofree char *year = wep_difference_item_get_year_text (item);

    /* Fractions with a decimal comma, as exact as they are. */
    g_assert_cmpstr (wep_difference_item_get_difference (item)->key, ==, "prevention");
    g_assert_cmpstr (year, ==, "2028");
    g_assert_cmpstr (a, ==, "0,11");
    g_assert_cmpstr (b, ==, "0,2");
    g_assert_cmpstr (change, ==, "+0,09");
  }

  g_assert_false (wep_scenarios_view_duplicate (f->view, BASIS, "Kopie", &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (wep_scenarios_view_delete (f->view, BASIS, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_READ_ONLY);
  g_clear_error (&error);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "scenarios.new", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "scenarios.delete", "s", BASIS);
  gui_test_settle (SETTLE_MS);
  g_assert_null (gui_test_find_message_dialog ());
  assert_listed (f, (const char *[]) { BASIS, "Meer preventie", NULL });
  g_assert_false (wep_document_get_modified (doc));
  g_assert_null (wep_document_get_undo_label (doc));

  fixture_tear_down (f);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_empty (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr (GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkStack *stack;

  fixture_set_up (f);
  stack = template_child (f, "stack");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "scenarios");

  /* Without scenarios: a page that offers to make one. */
  g_assert_true (wep_scenarios_view_delete (f->view, BASIS, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_null (wep_session_get_scenario (f->session));
  g_assert_true (gtk_widget_get_visible (template_child (f, "empty_new_button")));
  save_screenshot (f, "scenarios-empty.png");

  gtk_widget_activate (template_child (f, "empty_new_button"));
  dialog = gui_test_wait_for_message_dialog ("a dialog is shown");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "ok"));
  respond (dialog, "ok");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "scenarios");
  assert_listed (f, (const char *[]) { label_of ("New Scenario"), NULL });
  g_assert_cmpstr (wep_session_get_scenario (f->session), ==, label_of ("New Scenario"));
  g_assert_nonnull (wep_session_get_results (f->session));

  /* And back. */
  g_assert_true (wep_document_undo (f->doc, &error));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_true (wep_document_undo (f->doc, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "scenarios");
  assert_listed (f, (const char *[]) { BASIS, NULL });

  fixture_tear_down (f);
}

int
main (int   argc,
      char *argv[])
{
  /* This test writes no files but its screenshots and a plan in a
   * temporary folder: no home of its own. */
  if (!gui_test_init (&argc, &argv, NULL))
    return 77;

  g_test_add_func ("/scenarios-view/edit-and-switch", test_edit_and_switch);
  g_test_add_func ("/scenarios-view/compare", test_compare);
  g_test_add_func ("/scenarios-view/dialogs", test_dialogs);
  g_test_add_func ("/scenarios-view/read-only", test_read_only);
  g_test_add_func ("/scenarios-view/empty", test_empty);

  return g_test_run ();
}
