/* wep-plans-view-cells.c: the columns of the plans table, their cells and
 * the edits made in them
 *
 * A cell shows one value of a WepPlanObject and follows the item's
 * notifications while bound. Text cells (GtkEditableLabel) commit when
 * editing ends, choices (GtkDropDown) when another one is chosen; a value
 * the core refuses stays in its cell, marked as an error with the core's
 * message as tooltip, until it is corrected or the plan changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wep-format.h"
#include "wep-gui-util.h"
#include "wep-plans-view-private.h"

typedef enum
{
  CELL_LABEL,    /* read only */
  CELL_TEXT,     /* GtkEditableLabel */
  CELL_CHOICE,   /* GtkDropDown over keys */
} CellKind;

typedef struct
{
  CellKind            kind;
  int                 field;       /* WepPlanField; -1 when read only */
  float               xalign;
  const char * const *keys;        /* CELL_CHOICE: the values, in order */
} ColumnInfo;

const char * const _wep_plans_pathway_keys[] = { "hf", "ind", "grp", NULL };
static const char * const status_keys[] = { "gepland", "in_aanbouw", "gerealiseerd", NULL };

static const ColumnInfo column_info[N_COLUMNS] = {
  [COLUMN_MUNICIPALITY] = { CELL_LABEL, -1, 0.0f, NULL },
  [COLUMN_YEAR] = { CELL_TEXT, WEP_PLAN_FIELD_YEAR, 1.0f, NULL },
  [COLUMN_PATHWAY] = { CELL_CHOICE, WEP_PLAN_FIELD_PATHWAY, 0.0f, _wep_plans_pathway_keys },
  [COLUMN_UNITS] = { CELL_TEXT, WEP_PLAN_FIELD_UNITS, 1.0f, NULL },
  [COLUMN_STATUS] = { CELL_CHOICE, WEP_PLAN_FIELD_STATUS, 0.0f, status_keys },
  [COLUMN_SOURCE_DOCUMENT] = { CELL_TEXT, WEP_PLAN_FIELD_SOURCE_DOCUMENT, 0.0f, NULL },
  [COLUMN_SOURCE_DATE] = { CELL_TEXT, WEP_PLAN_FIELD_SOURCE_DATE, 0.0f, NULL },
  [COLUMN_NOTE] = { CELL_TEXT, WEP_PLAN_FIELD_NOTE, 0.0f, NULL },
  [COLUMN_PROVENANCE] = { CELL_LABEL, -1, 0.0f, NULL },
};

static GQuark item_quark;
static GQuark handler_quark;
static GQuark column_quark;
static GQuark view_quark;
static GQuark syncing_quark;

static int
key_index (const char * const *keys,
           const char         *key)
{
  for (int i = 0; keys[i] != NULL; i++)
    if (g_strcmp0 (keys[i], key) == 0)
      return i;
  return -1;
}

char *
_wep_plans_format_units (double units)
{
  if (fabs (units - round (units)) < 0.05)
    return g_strdup_printf ("%.0f", units);
  return g_strdup_printf ("%.1f", units);
}

/* What a text or label cell shows for item. */
static char *
cell_text (WepPlanObject *item,
           int            column)
{
  switch (column)
    {
    case COLUMN_MUNICIPALITY:
      return g_strdup (wep_plan_object_get_municipality_name (item));
    case COLUMN_YEAR:
      return g_strdup_printf ("%d", wep_plan_object_get_year (item));
    case COLUMN_UNITS:
      return _wep_plans_format_units (wep_plan_object_get_units (item));
    case COLUMN_SOURCE_DOCUMENT:
      return g_strdup (wep_plan_object_get_source_document (item));
    case COLUMN_SOURCE_DATE:
      return g_strdup (wep_plan_object_get_source_date (item));
    case COLUMN_NOTE:
      return g_strdup (wep_plan_object_get_note (item));
    case COLUMN_PROVENANCE:
      return g_strdup (wep_plan_object_get_provenance (item));
    default:
      g_assert_not_reached ();
    }
}

static const char *
cell_key (WepPlanObject *item,
          int            column)
{
  return column == COLUMN_PATHWAY ? wep_plan_object_get_pathway (item)
                                  : wep_plan_object_get_status (item);
}

/* ---- edits ------------------------------------------------------------- */

/* One undoable change: checked first, so that a refused edit leaves no
 * empty step in the undo history. */
static gboolean
commit_value (WepPlansView  *self,
              WepPlanObject *item,
              WepPlanField   field,
              const GValue  *value)
{
  WepDocument *doc = wep_session_get_document (self->session);
  gint64 id = wep_plan_object_get_id (item);
  g_autoptr (GError) error = NULL;
  gboolean ok;

  g_assert (WEP_IS_PLANS_VIEW (self));
  g_assert (WEP_IS_PLAN_OBJECT (item));

  if (wep_document_get_read_only (doc))
    {
      wep_plan_object_set_problem (item, field,
                                   _("This plan is read-only: save it under another name to "
                                     "change it."));
      return FALSE;
    }
  if (!wep_document_check_plan_update (doc, id, field, value, &error)
      || !wep_document_begin_change (doc, _("Edit plan"), &error))
    {
      wep_plan_object_set_problem (item, field, error->message);
      return FALSE;
    }
  ok = wep_document_update_plan (doc, id, field, value, &error);
  wep_document_end_change (doc);
  wep_plan_object_set_problem (item, field, ok ? NULL : error->message);
  return ok;
}

gboolean
_wep_plans_view_commit_text (WepPlansView  *self,
                             WepPlanObject *item,
                             WepPlanField   field,
                             const char    *text)
{
  g_auto (GValue) value = G_VALUE_INIT;
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  switch (field)
    {
    case WEP_PLAN_FIELD_YEAR:
      {
        gint64 year;

        if (!g_ascii_string_to_signed (stripped, 10, G_MININT, G_MAXINT, &year, NULL))
          {
            g_autofree char *message =
              g_strdup_printf (_("“%s” is not a year; enter a year such as 2027."), stripped);
            wep_plan_object_set_problem (item, field, message);
            return FALSE;
          }
        g_value_init (&value, G_TYPE_INT);
        g_value_set_int (&value, (int) year);
      }
      break;

    case WEP_PLAN_FIELD_UNITS:
      {
        double units;

        if (!wep_parse_number (stripped, &units))
          {
            g_autofree char *message =
              g_strdup_printf (_("“%s” is not a number; enter a number of homes such as 12."),
                               stripped);
            wep_plan_object_set_problem (item, field, message);
            return FALSE;
          }
        g_value_init (&value, G_TYPE_DOUBLE);
        g_value_set_double (&value, units);
      }
      break;

    default:
      g_value_init (&value, G_TYPE_STRING);
      g_value_set_string (&value, stripped);
      break;
    }
  return commit_value (self, item, field, &value);
}

/* ---- cells ------------------------------------------------------------- */

static void
sync_cell (GtkWidget *cell)
{
  WepPlanObject *item = g_object_get_qdata (G_OBJECT (cell), item_quark);
  int column = GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (cell), column_quark));
  const ColumnInfo *info = &column_info[column];
  WepPlansView *view;
  gboolean has_problem, read_only;
  g_autofree char *tooltip = NULL;

  if (item == NULL)
    return;

  view = g_object_get_qdata (G_OBJECT (cell), view_quark);
  read_only = wep_document_get_read_only (wep_session_get_document (view->session));
  has_problem = info->field >= 0 && wep_plan_object_get_problem_field (item) == info->field;
  /* What is set here is shown, not edited by the user. */
  g_object_set_qdata (G_OBJECT (cell), syncing_quark, GINT_TO_POINTER (TRUE));
  switch (info->kind)
    {
    case CELL_LABEL:
      {
        g_autofree char *text = cell_text (item, column);
        gtk_label_set_text (GTK_LABEL (cell), text);
      }
      break;

    case CELL_TEXT:
      gtk_editable_set_editable (GTK_EDITABLE (cell), !read_only);
      /* A refused value stays visible, marked, until it is corrected. */
      if (!has_problem && !gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (cell)))
        {
          g_autofree char *text = cell_text (item, column);
          gtk_editable_set_text (GTK_EDITABLE (cell), text);
        }
      break;

    case CELL_CHOICE:
      /* Shown as it is, but not for choosing. */
      gtk_widget_set_can_target (cell, !read_only);
      gtk_widget_set_focusable (cell, !read_only);
      if (!has_problem)
        {
          int index = key_index (info->keys, cell_key (item, column));
          gtk_drop_down_set_selected (GTK_DROP_DOWN (cell),
                                      index >= 0 ? (guint) index : GTK_INVALID_LIST_POSITION);
        }
      break;

    default:
      g_assert_not_reached ();
    }
  g_object_set_qdata (G_OBJECT (cell), syncing_quark, NULL);

  if (has_problem)
    {
      gtk_widget_add_css_class (cell, "error");
      tooltip = g_strdup (wep_plan_object_get_problem (item));
    }
  else
    {
      gtk_widget_remove_css_class (cell, "error");
      if (!wep_plan_object_get_counted (item))
        tooltip = g_strdup (_("Not counted: another source’s plan for this municipality, year "
                              "and pathway counts instead. The row was kept from a merge."));
      else if (column == COLUMN_MUNICIPALITY)
        tooltip = g_strdup (wep_plan_object_get_municipality (item));
      else if (column == COLUMN_PROVENANCE)
        tooltip = g_strdup (wep_plan_object_get_provenance (item));
    }
  wep_gui_set_tooltip (cell, tooltip);

  if (wep_plan_object_get_counted (item))
    gtk_widget_remove_css_class (cell, "dim-label");
  else
    gtk_widget_add_css_class (cell, "dim-label");
}

static void
clear_problem (WepPlanObject *item,
               int            field)
{
  if (wep_plan_object_get_problem_field (item) == field)
    wep_plan_object_set_problem (item, -1, NULL);
}

static void
editing_changed_cb (GtkEditableLabel *cell,
                    GParamSpec       *pspec,
                    ColumnBinding    *binding)
{
  WepPlanObject *item = g_object_get_qdata (G_OBJECT (cell), item_quark);
  const ColumnInfo *info = &column_info[binding->column];
  g_autofree char *shown = NULL;
  const char *text;

  if (item == NULL || gtk_editable_label_get_editing (cell))
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (cell));
  shown = cell_text (item, binding->column);
  if (g_strcmp0 (text, shown) == 0)
    {
      /* Back to what the plan holds: nothing to change, nothing wrong. */
      clear_problem (item, info->field);
      return;
    }
  _wep_plans_view_commit_text (binding->view, item, info->field, text);
  sync_cell (GTK_WIDGET (cell));
}

static void
selected_changed_cb (GtkDropDown   *cell,
                     GParamSpec    *pspec,
                     ColumnBinding *binding)
{
  WepPlanObject *item = g_object_get_qdata (G_OBJECT (cell), item_quark);
  const ColumnInfo *info = &column_info[binding->column];
  guint selected = gtk_drop_down_get_selected (cell);
  g_auto (GValue) value = G_VALUE_INIT;

  if (item == NULL || selected == GTK_INVALID_LIST_POSITION
      || g_object_get_qdata (G_OBJECT (cell), syncing_quark) != NULL)
    return;
  if (g_strcmp0 (info->keys[selected], cell_key (item, binding->column)) == 0)
    {
      /* Back to what the plan holds: nothing to change, nothing wrong. */
      clear_problem (item, info->field);
      return;
    }
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, info->keys[selected]);
  commit_value (binding->view, item, info->field, &value);
  sync_cell (GTK_WIDGET (cell));
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               ColumnBinding            *binding)
{
  const ColumnInfo *info = &column_info[binding->column];
  const char *title = gtk_column_view_column_get_title (binding->view->columns[binding->column]);
  GtkWidget *cell;

  switch (info->kind)
    {
    case CELL_LABEL:
      cell = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (cell), info->xalign);
      gtk_label_set_ellipsize (GTK_LABEL (cell), PANGO_ELLIPSIZE_END);
      break;

    case CELL_TEXT:
      cell = gtk_editable_label_new ("");
      gtk_editable_set_alignment (GTK_EDITABLE (cell), info->xalign);
      if (binding->column == COLUMN_YEAR || binding->column == COLUMN_UNITS)
        {
          gtk_editable_set_width_chars (GTK_EDITABLE (cell),
                                        binding->column == COLUMN_YEAR ? 4 : 6);
          gtk_widget_add_css_class (cell, "numeric");
        }
      g_signal_connect (cell, "notify::editing", G_CALLBACK (editing_changed_cb), binding);
      break;

    case CELL_CHOICE:
      {
        g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);

        for (int i = 0; info->keys[i] != NULL; i++)
          gtk_string_list_append (labels, binding->column == COLUMN_PATHWAY
                                          ? wep_plan_pathway_label (info->keys[i])
                                          : wep_plan_status_label (info->keys[i]));
        cell = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
        gtk_widget_add_css_class (cell, "wep-cell");
        g_signal_connect (cell, "notify::selected", G_CALLBACK (selected_changed_cb), binding);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  g_object_set_qdata (G_OBJECT (cell), column_quark, GINT_TO_POINTER (binding->column));
  g_object_set_qdata (G_OBJECT (cell), view_quark, binding->view);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_list_item_set_child (list_item, cell);
}

static void
item_notify_cb (WepPlanObject *item,
                GParamSpec    *pspec,
                GtkWidget     *cell)
{
  sync_cell (cell);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              ColumnBinding            *binding)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  WepPlanObject *item = gtk_list_item_get_item (list_item);
  gulong handler;

  g_object_set_qdata_full (G_OBJECT (cell), item_quark, g_object_ref (item), g_object_unref);
  handler = g_signal_connect_object (item, "notify", G_CALLBACK (item_notify_cb), cell, 0);
  g_object_set_qdata (G_OBJECT (cell), handler_quark, GSIZE_TO_POINTER (handler));
  sync_cell (cell);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                ColumnBinding            *binding)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  WepPlanObject *item = g_object_get_qdata (G_OBJECT (cell), item_quark);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_qdata (G_OBJECT (cell), handler_quark));

  if (item != NULL && handler != 0)
    g_signal_handler_disconnect (item, handler);
  g_object_set_qdata (G_OBJECT (cell), handler_quark, NULL);
  g_object_set_qdata (G_OBJECT (cell), item_quark, NULL);
}

/* ---- sorting ----------------------------------------------------------- */

static int
compare_keys_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  int column = GPOINTER_TO_INT (user_data);
  const char * const *keys = column_info[column].keys;
  int ia = key_index (keys, cell_key ((WepPlanObject *) a, column));
  int ib = key_index (keys, cell_key ((WepPlanObject *) b, column));

  return ia < ib ? GTK_ORDERING_SMALLER : ia > ib ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static GtkSorter *
make_sorter (int column)
{
  static const char * const property_names[N_COLUMNS] = {
    "municipality-name", "year", NULL, "units", NULL,
    "source-document", "source-date", "note", "provenance",
  };
  const char *name = property_names[column];
  GtkExpression *expression;

  if (name == NULL)
    return GTK_SORTER (gtk_custom_sorter_new (compare_keys_cb, GINT_TO_POINTER (column), NULL));
  expression = gtk_property_expression_new (WEP_TYPE_PLAN_OBJECT, NULL, name);
  if (column == COLUMN_YEAR || column == COLUMN_UNITS)
    return GTK_SORTER (gtk_numeric_sorter_new (expression));
  return GTK_SORTER (gtk_string_sorter_new (expression));
}

void
_wep_plans_view_setup_columns (WepPlansView *self)
{
  g_assert (WEP_IS_PLANS_VIEW (self));

  if (item_quark == 0)
    {
      item_quark = g_quark_from_static_string ("wep-plans-view-item");
      handler_quark = g_quark_from_static_string ("wep-plans-view-handler");
      column_quark = g_quark_from_static_string ("wep-plans-view-column");
      view_quark = g_quark_from_static_string ("wep-plans-view-view");
      syncing_quark = g_quark_from_static_string ("wep-plans-view-syncing");
    }

  for (int i = 0; i < N_COLUMNS; i++)
    {
      g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr (GtkSorter) sorter = make_sorter (i);

      self->bindings[i] = (ColumnBinding) { self, i };
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), &self->bindings[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), &self->bindings[i]);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), &self->bindings[i]);
      gtk_column_view_column_set_factory (self->columns[i], factory);
      gtk_column_view_column_set_sorter (self->columns[i], sorter);
    }
}
