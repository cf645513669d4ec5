/* test-plans-view.c: the "Plannen" table shows, filters, sorts and edits
 * the plans of a document, and follows undo
 *
 * Puts a WepPlansView on a WepSession of the built-in example in a window
 * (Xvfb in CI; exits with 77, skipped, when there is no display), drives
 * it the way the user does, checks the document and the session's model
 * input after each step, and saves a screenshot of the view as
 * plans-view.png in the build folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "plans/wep-plan-object.h"
#include "plans/wep-plans-view.h"
#include "wep-example.h"
#include "wep-keys.h"

#include "gui-test-util.h"

/* How long GTK gets to lay out and draw what changed. */
#define SETTLE_MS 500

typedef struct
{
  WepDocument  *doc;
  WepSession   *session;
  GtkWindow    *window;
  WepPlansView *view;
  GListModel   *model;
} Fixture;

static gpointer
template_child (Fixture    *f,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (f->view), WEP_TYPE_PLANS_VIEW, name);

  g_assert_nonnull (child);
  return child;
}

static WepPlanObject *
item_at (Fixture *f,
         guint    position)
{
  WepPlanObject *item = g_list_model_get_item (f->model, position);

  g_object_unref (item); /* the model keeps it */
  return item;
}

static guint
position_of (Fixture *f,
             gint64   id)
{
  for (guint i = 0; i < g_list_model_get_n_items (f->model); i++)
    if (wep_plan_object_get_id (item_at (f, i)) == id)
      return i;
  g_error ("plan row %" G_GINT64_FORMAT " is not shown", id);
}

static double
input_new_units (Fixture    *f,
                 const char *pathway,
                 int         year)
{
  const WepModelInput *input = wep_session_get_input (f->session);
  const WepRegionInput *region;

  g_assert_nonnull (input);
  region = wep_model_input_region (input, 0);
  return region->yearly[WEP_Y_NEW_UNITS_HF + wep_pathway_from_key (pathway)]
                       [year - input->base_year];
}

static gboolean
n_items_is_cb (gpointer data)
{
  Fixture *f = data;
  guint expected = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (f->view), "expected"));

  return g_list_model_get_n_items (f->model) == expected;
}

static void
wait_for_n_items (Fixture *f,
                  guint    n)
{
  g_object_set_data (G_OBJECT (f->view), "expected", GUINT_TO_POINTER (n));
  gui_test_wait_until (n_items_is_cb, f, "the table shows the expected number of rows");
}

/* Saves what the view shows as NAME in the build folder. */
static void
save_screenshot (Fixture    *f,
                 const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

  /* A white page behind the view, as in the window. */
  gui_test_save_png (GTK_WIDGET (f->view), &(GdkRGBA) { 0.98f, 0.98f, 0.98f, 1.0f }, path);
}

/* Cells marked as holding a refused value, under widget. */
static guint
count_error_cells (GtkWidget *widget)
{
  guint n = GTK_IS_EDITABLE_LABEL (widget) && gtk_widget_has_css_class (widget, "error");

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_error_cells (child);
  return n;
}

/* The first editable cell under widget that shows text. */
static GtkEditableLabel *
find_editable_label (GtkWidget  *widget,
                     const char *text)
{
  if (GTK_IS_EDITABLE_LABEL (widget)
      && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text) == 0)
    return GTK_EDITABLE_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEditableLabel *found = find_editable_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
fixture_set_up (Fixture *f)
{
  f->doc = wep_example_document ();
  f->session = wep_session_new (f->doc);
  f->view = WEP_PLANS_VIEW (wep_plans_view_new (f->session));
  f->model = wep_plans_view_get_model (f->view);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1280, 720);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  gui_test_wait_until_drawn (GTK_WIDGET (f->view), "the view is shown");
}

static void
fixture_tear_down (Fixture *f)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->session);
  g_clear_object (&f->doc);
}

static void
test_view (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr (WepDocumentInfo) info = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (WepPlanRow) stored = NULL;
  g_autoptr (GError) error = NULL;
  GtkColumnView *column_view;
  WepPlanObject *item;
  guint n_kampen = 0;
  double max_units = 0;
  const char *undo_label;
  gint64 id;
  double old_units, old_input;
  int year;
  guint n_all;

  fixture_set_up (f);
  info = wep_document_get_info (f->doc);
  rows = wep_document_list_plans (f->doc);
  column_view = template_child (f, "column_view");

  /* Every plan of the document is a row. */
  n_all = g_list_model_get_n_items (f->model);
  g_assert_cmpuint (n_all, ==, info->n_plans);
  g_assert_cmpuint (n_all, ==, rows->len);
  for (guint i = 0; i < rows->len; i++)
    {
      const WepPlanRow *row = g_ptr_array_index (rows, i);

      n_kampen += g_str_equal (row->municipality_name, "Kampen");
      max_units = MAX (max_units, row->units);
    }
  g_assert_cmpuint (n_kampen, >, 0);

  /* The search keeps Kampen's rows only. */
  gtk_editable_set_text (GTK_EDITABLE (template_child (f, "search_entry")), "Kampen");
  wait_for_n_items (f, n_kampen);
  for (guint i = 0; i < n_kampen; i++)
    g_assert_cmpstr (wep_plan_object_get_municipality_name (item_at (f, i)), ==, "Kampen");

  /* Most homes first. */
  gtk_editable_set_text (GTK_EDITABLE (template_child (f, "search_entry")), "");
  wait_for_n_items (f, n_all);
  gtk_column_view_sort_by_column (column_view, template_child (f, "units_column"),
                                  GTK_SORT_DESCENDING);
  g_assert_cmpfloat (wep_plan_object_get_units (item_at (f, 0)), ==, max_units);
  for (guint i = 1; i < n_all; i++)
    g_assert_cmpfloat (wep_plan_object_get_units (item_at (f, i - 1)), >=,
                       wep_plan_object_get_units (item_at (f, i)));

  /* An edit of Aantal changes the plan and the model input of its year. */
  item = item_at (f, 0);
  id = wep_plan_object_get_id (item);
  year = wep_plan_object_get_year (item);
  old_units = wep_plan_object_get_units (item);
  old_input = input_new_units (f, wep_plan_object_get_pathway (item), year);
  g_assert_true (wep_plans_view_edit (f->view, 0, WEP_PLAN_FIELD_UNITS, "1234,5"));
  stored = wep_document_get_plan (f->doc, id, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (stored->units, ==, 1234.5);
  g_assert_cmpfloat_with_epsilon (input_new_units (f, stored->pathway, year),
                                  old_input - old_units + 1234.5, 1e-9);
  g_assert_cmpfloat (wep_plan_object_get_units (item), ==, 1234.5);
  g_assert_null (wep_plan_object_get_problem (item));
  g_assert_cmpstr (wep_document_get_undo_label (f->doc), ==,
                   g_dgettext (GETTEXT_PACKAGE, "Edit plan"));

  /* Undo in the window: the same row object shows the old value again. */
  g_assert_true (wep_document_undo (f->doc, &error));
  g_assert_no_error (error);
  g_assert_true (item_at (f, position_of (f, id)) == item);
  g_assert_cmpfloat (wep_plan_object_get_units (item), ==, old_units);
  g_assert_cmpfloat_with_epsilon (input_new_units (f, stored->pathway, year), old_input, 1e-9);
  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, n_all);

  /* Invalid values are refused with the reason and change nothing, not
   * even the undo history. */
  undo_label = wep_document_get_undo_label (f->doc);
  g_assert_false (wep_plans_view_edit (f->view, position_of (f, id), WEP_PLAN_FIELD_UNITS,
                                       "twaalf"));
  g_assert_nonnull (strstr (wep_plan_object_get_problem (item), "twaalf"));
  g_assert_false (wep_plans_view_edit (f->view, position_of (f, id), WEP_PLAN_FIELD_YEAR,
                                       "1999"));
  g_assert_nonnull (strstr (wep_plan_object_get_problem (item), "1999"));
  g_assert_false (wep_plans_view_edit (f->view, position_of (f, id), WEP_PLAN_FIELD_UNITS,
                                       "-5"));
  g_assert_nonnull (strstr (wep_plan_object_get_problem (item), "-5"));
  g_assert_cmpint (wep_plan_object_get_problem_field (item), ==, WEP_PLAN_FIELD_UNITS);
  g_assert_cmpfloat (wep_plan_object_get_units (item), ==, old_units);
  g_clear_pointer (&stored, wep_plan_row_free);
  stored = wep_document_get_plan (f->doc, id, &error);
  g_assert_cmpfloat (stored->units, ==, old_units);
  g_assert_true (wep_document_get_undo_label (f->doc) == undo_label);

  /* The screenshot: by municipality, the refused value marked. */
  gtk_column_view_sort_by_column (column_view, template_child (f, "municipality_column"),
                                  GTK_SORT_ASCENDING);
  g_assert_false (wep_plans_view_edit (f->view, 1, WEP_PLAN_FIELD_UNITS, "-5"));
  gui_test_settle (SETTLE_MS);
  /* The table kept the edited row in view through the sorts; back to the
   * top for the picture. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (template_child (f,
                                                                                 "scrolled_window")),
                            0);
  gui_test_settle (SETTLE_MS);
  /* The refused value is marked in its cell, and only there, and rebinding
   * the cells while scrolling kept it. */
  g_assert_nonnull (strstr (wep_plan_object_get_problem (item_at (f, 1)), "-5"));
  g_assert_cmpuint (count_error_cells (GTK_WIDGET (f->view)), ==, 1);
  save_screenshot (f, "plans-view.png");

  fixture_tear_down (f);
}

static void
test_add_remove (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  GtkSingleSelection *selection;
  AdwMessageDialog *dialog;
  GtkLabel *add_error;
  WepPlanObject *item;
  g_autoptr (GError) error = NULL;
  guint n_all;
  gint64 id;

  fixture_set_up (f);
  n_all = g_list_model_get_n_items (f->model);
  selection = GTK_SINGLE_SELECTION (f->model);
  add_error = template_child (f, "add_error");

  /* Nothing selected: nothing to remove. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->view), "plans.remove", NULL)
                  && g_list_model_get_n_items (f->model) != n_all);

  /* Adding where a counted plan exists is refused in the popover. */
  gtk_spin_button_set_value (template_child (f, "add_year"), wep_plan_object_get_year (item_at (f, 0)));
  gtk_drop_down_set_selected (template_child (f, "add_municipality"), 0);
  gtk_drop_down_set_selected (template_child (f, "add_pathway"),
                              (guint) wep_pathway_from_key (wep_plan_object_get_pathway (item_at (f, 0))));
  gtk_spin_button_set_value (template_child (f, "add_units"), 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "plans.add", NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (add_error)));
  {
    g_autofree char *year = g_strdup_printf ("%d", wep_plan_object_get_year (item_at (f, 0)));

    g_assert_nonnull (strstr (gtk_label_get_text (add_error), year));
    g_assert_nonnull (strstr (gtk_label_get_text (add_error), "Dalfsen"));
  }
  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, n_all);

  /* In a free year it is added, selected, and counts. */
  gtk_spin_button_set_value (template_child (f, "add_year"), 2100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "plans.add", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, n_all + 1);
  item = gtk_single_selection_get_selected_item (selection);
  g_assert_nonnull (item);
  g_assert_cmpint (wep_plan_object_get_year (item), ==, 2100);
  g_assert_cmpfloat (wep_plan_object_get_units (item), ==, 4);
  g_assert_true (g_str_has_prefix (wep_plan_object_get_provenance (item), "handmatig: "));
  g_assert_cmpstr (wep_document_get_undo_label (f->doc), ==,
                   g_dgettext (GETTEXT_PACKAGE, "Add plan"));

  /* Removing the counted row asks first. */
  id = wep_plan_object_get_id (item);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "plans.remove", NULL));
  dialog = gui_test_wait_for_message_dialog ("the remove dialog is shown");
  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, n_all + 1);
  adw_message_dialog_response (dialog, "remove");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, n_all);
  g_assert_null (wep_document_get_plan (f->doc, id, NULL));

  /* Undo brings it back. */
  g_assert_true (wep_document_undo (f->doc, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, n_all + 1);
  g_assert_cmpint (wep_plan_object_get_year (item_at (f, position_of (f, id))), ==, 2100);

  /* Typing into a cell: the editable label of a year, as the user does. */
  {
    GtkEditableLabel *cell = find_editable_label (GTK_WIDGET (f->view), "2026");
    gboolean found = FALSE;

    g_assert_nonnull (cell);
    gtk_editable_label_start_editing (cell);
    gtk_editable_set_text (GTK_EDITABLE (cell), "2101");
    gtk_editable_label_stop_editing (cell, TRUE);
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "error"));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell)), ==, "2101");
    g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (cell)), "2101"));
    for (guint i = 0; i < g_list_model_get_n_items (f->model); i++)
      {
        const char *problem = wep_plan_object_get_problem (item_at (f, i));

        g_assert_cmpint (wep_plan_object_get_year (item_at (f, i)), !=, 2101);
        found |= problem != NULL && strstr (problem, "2101") != NULL;
      }
    g_assert_true (found);
  }

  fixture_tear_down (f);
}

int
main (int   argc,
      char *argv[])
{
  /* This test writes no files but its screenshot: no home of its own. */
  if (!gui_test_init (&argc, &argv, NULL))
    return 77;

  g_test_add_func ("/plans-view/show-filter-sort-edit-undo", test_view);
  g_test_add_func ("/plans-view/add-remove", test_add_remove);

  return g_test_run ();
}
