/* test-gui.c: the main window shows exactly what the model computes
 *
 * Runs the real application object and window (wep_gui_lib) on a display
 * (Xvfb in CI) and compares the results table, row by row and value by
 * value, with an independent run of the model on the built-in example.
 * Exits with 77 (skipped) when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wep-application.h"
#include "wep-example.h"
#include "wep-model.h"
#include "wep-result-row.h"
#include "wep-window.h"

#define WAIT_SECONDS 60

typedef struct
{
  WepApplication *app;
  WepWindow      *window;
  WepResults     *expected;
} Fixture;

static Fixture fixture;

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

/* Iterates the main context until check (widget) holds, or fails. */
static void
iterate_until (GtkWidget *widget,
               gboolean (*check) (GtkWidget *widget),
               const char *what)
{
  gboolean timed_out = FALSE;
  guint id;

  id = g_timeout_add_seconds (WAIT_SECONDS, timeout_cb, &timed_out);
  while (!check (widget) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out after %d s waiting until %s", WAIT_SECONDS, what);
  g_source_remove (id);
}

static guint
expected_n_rows (const WepResults *results)
{
  guint n = results->regions->len * (guint) results->n_years;

  if (results->total != NULL)
    n += (guint) results->n_years;

  return n;
}

/* The region result and year index that model row i must show: regions in
 * input order, year by year, then the total. */
static const WepRegionResult *
expected_row (const WepResults *results,
              guint             i,
              int              *year_index)
{
  guint region = i / (guint) results->n_years;

  *year_index = (int) (i % (guint) results->n_years);
  if (region < results->regions->len)
    return g_ptr_array_index (results->regions, region);

  g_assert_nonnull (results->total);
  g_assert_cmpuint (region, ==, results->regions->len);

  return results->total;
}

static void
assert_same_value (double      actual,
                   double      expected,
                   const char *key,
                   int         year)
{
  if (isnan (expected))
    {
      if (!isnan (actual))
        g_error ("%s in %d: the table has %.17g, the model an empty wait", key, year, actual);
      return;
    }

  if (actual != expected)
    g_error ("%s in %d: the table has %.17g, the model %.17g", key, year, actual, expected);
}

static void
test_columns (void)
{
  GtkColumnView *view = wep_window_get_results_view (fixture.window);
  GListModel *columns = gtk_column_view_get_columns (view);
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (columns);

  g_assert_cmpuint (n, ==, 2 + WEP_N_COLUMNS);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const char *id = wep_window_get_column_id (column);
      const char *title = gtk_column_view_column_get_title (column);

      if (i == 0)
        g_assert_cmpstr (id, ==, "region");
      else if (i == 1)
        g_assert_cmpstr (id, ==, "year");
      else
        g_assert_cmpstr (id, ==, wep_column_info (i - 2)->key);

      g_assert_nonnull (title);
      g_assert_cmpstr (title, !=, "");
      g_assert_true (gtk_column_view_column_get_visible (column));
      /* Every column can be told apart by its title. */
      g_assert_false (g_hash_table_contains (titles, title));
      g_hash_table_add (titles, (gpointer) title);
    }
}

static void
test_model_rows (void)
{
  const WepResults *expected = fixture.expected;
  GtkColumnView *view = wep_window_get_results_view (fixture.window);
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));
  guint n = g_list_model_get_n_items (model);
  guint n_nonzero = 0;

  g_assert_cmpuint (expected_n_rows (expected), >, 0);
  g_assert_cmpuint (n, ==, expected_n_rows (expected));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WepResultRow) row = g_list_model_get_item (model, i);
      const WepRegionResult *region;
      g_autofree char *region_name = NULL;
      int year_index;
      int year;

      g_assert_true (WEP_IS_RESULT_ROW (row));
      region = expected_row (expected, i, &year_index);

      g_object_get (row, "region", &region_name, "year", &year, NULL);
      g_assert_cmpstr (region_name, ==, region->region);
      g_assert_cmpint (year, ==, expected->base_year + year_index);
      g_assert_cmpint (wep_result_row_get_is_total (row), ==, region == expected->total);

      for (guint c = 0; c < WEP_N_COLUMNS; c++)
        {
          double value = wep_result_row_get_value (row, c);

          assert_same_value (value, wep_region_result_get (region, year_index, c),
                             wep_column_info (c)->key, year);
          if (!isnan (value) && value != 0.0)
            n_nonzero++;
        }
    }

  /* The example is not all zeros: a table of zeros would be a broken one. */
  g_assert_cmpuint (n_nonzero, >, n);
}

/* The texts of the labels in one row widget of the view, in column order. */
static GPtrArray *
collect_row_texts (GtkWidget *row)
{
  GPtrArray *texts = g_ptr_array_new ();

  for (GtkWidget *cell = gtk_widget_get_first_child (row);
       cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    {
      GtkWidget *child = gtk_widget_get_first_child (cell);

      if (GTK_IS_LABEL (child))
        g_ptr_array_add (texts, (gpointer) gtk_label_get_text (GTK_LABEL (child)));
    }

  return texts;
}

/* Calls func on every widget below the view whose CSS name is "row" and
 * that holds one label per column (the header row holds none). */
static guint
foreach_data_row (GtkWidget *widget,
                  void     (*func) (GPtrArray *texts))
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_strcmp0 (gtk_widget_get_css_name (child), "row") == 0)
        {
          g_autoptr(GPtrArray) texts = collect_row_texts (child);

          if (texts->len == 2 + WEP_N_COLUMNS && gtk_widget_get_mapped (child))
            {
              if (func != NULL)
                func (texts);
              n++;
            }
        }
      else
        {
          n += foreach_data_row (child, func);
        }
    }

  return n;
}

static gboolean
has_data_rows (GtkWidget *view)
{
  return foreach_data_row (view, NULL) > 0;
}

static void
check_row_texts (GPtrArray *texts)
{
  GtkColumnView *view = wep_window_get_results_view (fixture.window);
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));
  const char *year_text = g_ptr_array_index (texts, 1);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WepResultRow) row = g_list_model_get_item (model, i);
      g_autofree char *year = g_strdup_printf ("%d", wep_result_row_get_year (row));

      const char *region = wep_result_row_get_is_total (row)
                           ? _("Total") : wep_result_row_get_region (row);

      if (g_strcmp0 (year, year_text) != 0 ||
          g_strcmp0 (region, g_ptr_array_index (texts, 0)) != 0)
        continue;

      for (guint c = 0; c < WEP_N_COLUMNS; c++)
        {
          g_autofree char *shown = wep_result_row_format_value (row, c);

          g_assert_cmpstr (g_ptr_array_index (texts, 2 + c), ==, shown);
        }
      return;
    }

  g_error ("A row of the table shows %s, %s, which is no row of the model",
           (const char *) g_ptr_array_index (texts, 0), year_text);
}

static void
test_shown_texts (void)
{
  GtkWidget *view = GTK_WIDGET (wep_window_get_results_view (fixture.window));
  guint n_checked;

  iterate_until (view, has_data_rows, "the table shows its rows");
  n_checked = foreach_data_row (view, check_row_texts);
  g_test_message ("%u rows on screen show their model row", n_checked);
  g_assert_cmpuint (n_checked, >, 0);
}

static gboolean
is_mapped (GtkWidget *widget)
{
  return gtk_widget_get_mapped (widget);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WepModelInput) input = NULL;
  GtkWindow *window;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!gtk_init_check ())
    {
      g_printerr ("No display: skipping the GUI tests\n");
      return 77;
    }

  /* The expected figures, from a run of the model of our own. */
  input = wep_example_input ();
  if (!wep_model_input_validate (input, &error))
    g_error ("The built-in example is not valid: %s", error->message);
  fixture.expected = wep_model_run (input);

  fixture.app = wep_application_new ();
  /* Never hand the window over to an instance that is already running. */
  g_application_set_flags (G_APPLICATION (fixture.app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (fixture.app), NULL, &error))
    g_error ("Could not register the application: %s", error->message);
  g_application_activate (G_APPLICATION (fixture.app));

  window = gtk_application_get_active_window (GTK_APPLICATION (fixture.app));
  g_assert_true (WEP_IS_WINDOW (window));
  fixture.window = WEP_WINDOW (window);

  iterate_until (GTK_WIDGET (wep_window_get_results_view (fixture.window)),
                 is_mapped, "the results table is mapped");

  g_test_add_func ("/gui/window/columns", test_columns);
  g_test_add_func ("/gui/window/model-rows", test_model_rows);
  g_test_add_func ("/gui/window/shown-texts", test_shown_texts);

  ret = g_test_run ();

  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture.app);
  g_clear_pointer (&fixture.expected, wep_results_free);

  return ret;
}
