/* wep-results-table.c: the yearly results of one region in a GtkColumnView
 *
 * One row per model year, one column per result column of the model; the
 * rows are WepResultRow items in a GListStore.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-result-row.h"
#include "wep-results-table.h"

#define WEP_COLUMN_ID_REGION "region"
#define WEP_COLUMN_ID_YEAR   "year"

/* Where a column keeps its id (GTK 4.8 has no GtkColumnViewColumn:id). */
static GQuark column_id_quark;

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

/* Cells follow their row: a row updated in place (a change of the plan)
 * shows its new values without the view making its widgets again. */
static void
follow_row (GtkListItem *list_item,
            GCallback    sync)
{
  WepResultRow *row = gtk_list_item_get_item (list_item);

  g_signal_connect_object (row, "changed", sync, list_item, G_CONNECT_SWAPPED);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  WepResultRow *row = gtk_list_item_get_item (list_item);

  if (row != NULL)
    g_signal_handlers_disconnect_by_data (row, list_item);
}

static void
sync_region (GtkListItem *list_item)
{
  WepResultRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  if (wep_result_row_get_is_total (row))
    gtk_label_set_text (GTK_LABEL (label), _("Total"));
  else
    gtk_label_set_text (GTK_LABEL (label), wep_result_row_get_region (row));
}

static void
bind_region_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  sync_region (list_item);
  follow_row (list_item, G_CALLBACK (sync_region));
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
}

static GQuark value_column_quark;

static void
sync_value (GtkListItem *list_item)
{
  WepColumn column = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (list_item),
                                                           value_column_quark));
  WepResultRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;

  g_assert (column < WEP_N_COLUMNS);

  text = wep_result_row_format_value (row, column);
  gtk_label_set_text (GTK_LABEL (label), text);
}

static void
bind_value_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  g_object_set_qdata (G_OBJECT (list_item), value_column_quark, user_data);
  sync_value (list_item);
  follow_row (list_item, G_CALLBACK (sync_value));
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
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), NULL);

  return factory;
}

static void
append_column (GtkColumnView      *view,
               const char         *id,
               const char         *title,
               GtkListItemFactory *factory)
{
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_assert (GTK_IS_COLUMN_VIEW (view));
  g_assert (id != NULL);
  g_assert (title != NULL);

  /* The column takes the factory. */
  column = gtk_column_view_column_new (title, factory);
  g_object_set_qdata_full (G_OBJECT (column), column_id_quark, g_strdup (id), g_free);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (view, column);
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
create_columns (GtkColumnView *view)
{
  g_assert (GTK_IS_COLUMN_VIEW (view));

  append_column (view, WEP_COLUMN_ID_REGION, _("Region"),
                 create_factory (G_CALLBACK (setup_region_cb),
                                 G_CALLBACK (bind_region_cb), NULL));
  append_column (view, WEP_COLUMN_ID_YEAR, _("Year"),
                 create_factory (G_CALLBACK (setup_number_cb),
                                 G_CALLBACK (bind_year_cb), NULL));

  for (guint c = 0; c < WEP_N_COLUMNS; c++)
    {
      g_autofree char *title = describe_column (c);

      append_column (view, wep_column_info (c)->key, title,
                     create_factory (G_CALLBACK (setup_number_cb),
                                     G_CALLBACK (bind_value_cb),
                                     GUINT_TO_POINTER (c)));
    }
}

void
wep_results_table_setup (GtkColumnView *view)
{
  g_autoptr(GListStore) rows = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  if (column_id_quark == 0)
    column_id_quark = g_quark_from_static_string ("wep-results-table-column-id");
  if (value_column_quark == 0)
    value_column_quark = g_quark_from_static_string ("wep-results-table-value-column");

  rows = g_list_store_new (WEP_TYPE_RESULT_ROW);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&rows)));
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
  create_columns (view);
}

void
wep_results_table_show (GtkColumnView         *view,
                        const WepRegionResult *result,
                        gboolean               is_total)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  GtkSelectionModel *selection;
  GListStore *store;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  selection = gtk_column_view_get_model (view);
  store = G_LIST_STORE (gtk_no_selection_get_model (GTK_NO_SELECTION (selection)));

  /* The same years as shown: the rows take the new values in place, and
   * only the cells whose row changed are drawn again. */
  if (result != NULL && g_list_model_get_n_items (G_LIST_MODEL (store)) == (guint) result->n_years)
    {
      gboolean same_years = TRUE;

      for (int i = 0; i < result->n_years && same_years; i++)
        {
          g_autoptr (WepResultRow) row = g_list_model_get_item (G_LIST_MODEL (store), i);

          same_years = wep_result_row_get_year (row) == result->base_year + i;
        }
      if (same_years)
        {
          for (int i = 0; i < result->n_years; i++)
            {
              g_autoptr (WepResultRow) row = g_list_model_get_item (G_LIST_MODEL (store), i);

              wep_result_row_update (row, result->region, is_total,
                                     &result->values[(gsize) i * WEP_N_COLUMNS]);
            }
          return;
        }
    }

  for (int i = 0; result != NULL && i < result->n_years; i++)
    {
      const double *values = &result->values[(gsize) i * WEP_N_COLUMNS];

      g_ptr_array_add (rows, wep_result_row_new (result->region,
                                                 result->base_year + i,
                                                 is_total,
                                                 values));
    }

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       rows->pdata, rows->len);
}

const char *
wep_results_table_get_column_id (GtkColumnViewColumn *column)
{
  g_return_val_if_fail (GTK_IS_COLUMN_VIEW_COLUMN (column), NULL);

  return g_object_get_qdata (G_OBJECT (column), column_id_quark);
}
