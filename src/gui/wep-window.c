/* wep-window.c: the main window
 *
 * Shows the yearly results of the built-in example region in a table:
 * one row per region and year (and the "Totaal" rows when there are several
 * regions), one column per result column of the model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-example.h"
#include "wep-model.h"
#include "wep-result-row.h"
#include "wep-window.h"

#define WEP_COLUMN_ID_REGION "region"
#define WEP_COLUMN_ID_YEAR   "year"

struct _WepWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkLabel             *heading_label;
  GtkColumnView        *results_view;

  GListStore           *rows;
};

G_DEFINE_FINAL_TYPE (WepWindow, wep_window, ADW_TYPE_APPLICATION_WINDOW)

/* Where a column keeps its id (GTK 4.8 has no GtkColumnViewColumn:id). */
static GQuark column_id_quark;

static void
set_total_style (GtkWidget    *label,
                 WepResultRow *row)
{
  g_assert (GTK_IS_LABEL (label));
  g_assert (WEP_IS_RESULT_ROW (row));

  if (wep_result_row_get_is_total (row))
    gtk_widget_add_css_class (label, "wep-total");
  else
    gtk_widget_remove_css_class (label, "wep-total");
}

static void
setup_region_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  g_assert (GTK_IS_LIST_ITEM (list_item));

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_region_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  WepResultRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  if (wep_result_row_get_is_total (row))
    gtk_label_set_text (GTK_LABEL (label), _("Total"));
  else
    gtk_label_set_text (GTK_LABEL (label), wep_result_row_get_region (row));
  set_total_style (label, row);
}

static void
setup_number_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  g_assert (GTK_IS_LIST_ITEM (list_item));

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_add_css_class (label, "wep-number");
  gtk_list_item_set_child (list_item, label);
}

static void
bind_year_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  WepResultRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  char text[16];

  /* A year is a name, not a quantity: no thousands separator. */
  g_snprintf (text, sizeof text, "%d", wep_result_row_get_year (row));
  gtk_label_set_text (GTK_LABEL (label), text);
  set_total_style (label, row);
}

static void
bind_value_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  WepColumn column = GPOINTER_TO_UINT (user_data);
  WepResultRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;

  g_assert (column < WEP_N_COLUMNS);

  text = wep_result_row_format_value (row, column);
  gtk_label_set_text (GTK_LABEL (label), text);
  set_total_style (label, row);
}

static GtkListItemFactory *
create_factory (GCallback setup,
                GCallback bind,
                gpointer  user_data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_assert (setup != NULL);
  g_assert (bind != NULL);

  g_signal_connect (factory, "setup", setup, user_data);
  g_signal_connect (factory, "bind", bind, user_data);

  return factory;
}

static void
append_column (WepWindow          *self,
               const char         *id,
               const char         *title,
               GtkListItemFactory *factory)
{
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_assert (WEP_IS_WINDOW (self));
  g_assert (id != NULL);
  g_assert (title != NULL);

  /* The column takes the factory. */
  column = gtk_column_view_column_new (title, factory);
  g_object_set_qdata_full (G_OBJECT (column), column_id_quark, g_strdup (id), g_free);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->results_view, column);
}

/* The title of a result column. Labels of the form "what, pathway" go on
 * two lines, so that 24 columns stay narrow; units other than persons (which
 * the caption names) follow the label. */
static char *
describe_column (WepColumn column)
{
  const WepKeyInfo *info = wep_column_info (column);
  g_autoptr(GString) title = g_string_new (_(info->label));

  g_string_replace (title, ", ", "\n", 1);

  if (wep_column_is_wait (column) || column == WEP_C_COST)
    {
      g_autofree char *label = g_string_free (g_steal_pointer (&title), FALSE);

      /* Translators: a column title: the column's label and its unit,
       * e.g. "Wait HF (months)" */
      return g_strdup_printf (_("%s (%s)"), label, _(info->unit));
    }

  return g_string_free (g_steal_pointer (&title), FALSE);
}

static void
create_columns (WepWindow *self)
{
  g_assert (WEP_IS_WINDOW (self));

  append_column (self, WEP_COLUMN_ID_REGION, _("Region"),
                 create_factory (G_CALLBACK (setup_region_cb),
                                 G_CALLBACK (bind_region_cb), NULL));
  append_column (self, WEP_COLUMN_ID_YEAR, _("Year"),
                 create_factory (G_CALLBACK (setup_number_cb),
                                 G_CALLBACK (bind_year_cb), NULL));

  for (guint c = 0; c < WEP_N_COLUMNS; c++)
    {
      g_autofree char *title = describe_column (c);

      append_column (self, wep_column_info (c)->key, title,
                     create_factory (G_CALLBACK (setup_number_cb),
                                     G_CALLBACK (bind_value_cb),
                                     GUINT_TO_POINTER (c)));
    }
}

static void
append_region_rows (GPtrArray             *rows,
                    const WepRegionResult *result,
                    gboolean               is_total)
{
  g_assert (rows != NULL);
  g_assert (result != NULL);

  for (int i = 0; i < result->n_years; i++)
    {
      const double *values = &result->values[(gsize) i * WEP_N_COLUMNS];

      g_ptr_array_add (rows, wep_result_row_new (result->region,
                                                 result->base_year + i,
                                                 is_total,
                                                 values));
    }
}

static void
wep_window_show_results (WepWindow        *self,
                         const WepResults *results)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *heading = NULL;

  g_assert (WEP_IS_WINDOW (self));
  g_assert (results != NULL);

  for (guint i = 0; i < results->regions->len; i++)
    append_region_rows (rows, g_ptr_array_index (results->regions, i), FALSE);
  if (results->total != NULL)
    append_region_rows (rows, results->total, TRUE);

  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       rows->pdata, rows->len);

  if (results->n_years == 1)
    {
      /* Translators: the heading above the table, %d is a year */
      heading = g_strdup_printf (_("Results for %d"), results->base_year);
    }
  else
    {
      /* Translators: the heading above the table, from the first to the
       * last model year, e.g. "Results per year, 2026–2030" */
      heading = g_strdup_printf (_("Results per year, %d–%d"),
                                 results->base_year,
                                 results->base_year + results->n_years - 1);
    }
  gtk_label_set_text (self->heading_label, heading);
}

static void
wep_window_show_input (WepWindow           *self,
                       const WepModelInput *input)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WepResults) results = NULL;
  guint n_regions;

  g_assert (WEP_IS_WINDOW (self));
  g_assert (input != NULL);

  if (!wep_model_input_validate (input, &error))
    {
      g_critical ("The built-in example is not a valid model input: %s", error->message);
      return;
    }

  n_regions = input->regions->len;
  if (n_regions == 1)
    {
      adw_window_title_set_subtitle (self->window_title,
                                     wep_model_input_region (input, 0)->name);
    }
  else
    {
      g_autofree char *subtitle =
        g_strdup_printf (ngettext ("%u region", "%u regions", n_regions), n_regions);

      adw_window_title_set_subtitle (self->window_title, subtitle);
    }

  results = wep_model_run (input);
  wep_window_show_results (self, results);
}

static void
wep_window_dispose (GObject *object)
{
  WepWindow *self = (WepWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), WEP_TYPE_WINDOW);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (wep_window_parent_class)->dispose (object);
}

static void
wep_window_class_init (WepWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wep_window_dispose;

  column_id_quark = g_quark_from_static_string ("wep-window-column-id");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/woneneerst/Planner/wep-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WepWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, WepWindow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, WepWindow, results_view);
}

static void
wep_window_init (WepWindow *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autoptr(WepModelInput) input = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_list_store_new (WEP_TYPE_RESULT_ROW);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_column_view_set_model (self->results_view, GTK_SELECTION_MODEL (selection));
  create_columns (self);

  input = wep_example_input ();
  wep_window_show_input (self, input);
}

WepWindow *
wep_window_new (AdwApplication *application)
{
  g_return_val_if_fail (application == NULL || ADW_IS_APPLICATION (application), NULL);

  return g_object_new (WEP_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

GtkColumnView *
wep_window_get_results_view (WepWindow *self)
{
  g_return_val_if_fail (WEP_IS_WINDOW (self), NULL);

  return self->results_view;
}

const char *
wep_window_get_column_id (GtkColumnViewColumn *column)
{
  g_return_val_if_fail (GTK_IS_COLUMN_VIEW_COLUMN (column), NULL);

  return g_object_get_qdata (G_OBJECT (column), column_id_quark);
}
