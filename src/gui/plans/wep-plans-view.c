/* wep-plans-view.c: the "Plannen" page — the municipalities' plans in a
 * table, filtered, sorted and edited in place
 *
 * The rows come from the core (wep-plan-rows.h) as WepPlanObjects in a
 * GListStore, filtered (search, pathway, year) and sorted by the column
 * headers. Every edit is one undoable change of the document; when the
 * document changes (an edit here, an undo in the window, an import) the
 * rows are updated in place by id, so sorting, filters, the selection and
 * the scroll position stay as they were.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "wep-plans-view-private.h"

G_DEFINE_FINAL_TYPE (WepPlansView, wep_plans_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gboolean
wep_plans_view_edit (WepPlansView *self,
                     guint         position,
                     WepPlanField  field,
                     const char   *text)
{
  g_autoptr (WepPlanObject) item = NULL;

  g_return_val_if_fail (WEP_IS_PLANS_VIEW (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  g_return_val_if_fail (item != NULL, FALSE);
  return _wep_plans_view_commit_text (self, item, field, text);
}

/* ---- filtering --------------------------------------------------------- */

static gboolean
contains_casefolded (const char *haystack,
                     const char *needle)
{
  g_autofree char *folded = g_utf8_casefold (haystack != NULL ? haystack : "", -1);

  return strstr (folded, needle) != NULL;
}

static gboolean
filter_cb (gpointer object,
           gpointer user_data)
{
  WepPlansView *self = user_data;
  WepPlanObject *item = object;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint pathway = gtk_drop_down_get_selected (self->pathway_filter);
  guint year = gtk_drop_down_get_selected (self->year_filter);
  g_autofree char *needle = NULL;

  if (pathway != GTK_INVALID_LIST_POSITION && pathway > 0
      && g_strcmp0 (_wep_plans_pathway_keys[pathway - 1], wep_plan_object_get_pathway (item)) != 0)
    return FALSE;
  if (year != GTK_INVALID_LIST_POSITION && year > 0
      && atoi (gtk_string_list_get_string (self->years, year)) != wep_plan_object_get_year (item))
    return FALSE;
  if (search == NULL || *search == '\0')
    return TRUE;

  needle = g_utf8_casefold (search, -1);
  return contains_casefolded (wep_plan_object_get_municipality_name (item), needle)
         || contains_casefolded (wep_plan_object_get_municipality (item), needle)
         || contains_casefolded (wep_plan_object_get_source_document (item), needle)
         || contains_casefolded (wep_plan_object_get_note (item), needle);
}

static void
filter_changed_cb (WepPlansView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
shown_changed_cb (WepPlansView *self)
{
  gboolean empty;

  if (self->sort_model == NULL || self->stack == NULL)
    return; /* disposing */
  empty = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) == 0;
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "table");
}

static void
selection_changed_cb (WepPlansView *self)
{
  gboolean read_only;

  if (self->selection == NULL || self->session == NULL)
    return; /* disposing, or not yet following a plan */
  read_only = wep_document_get_read_only (wep_session_get_document (self->session));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.add", !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.remove",
                                 !read_only
                                 && gtk_single_selection_get_selected_item (self->selection) != NULL);
}

/* A read-only plan is shown, not edited; saved under another name, it can
 * be: every cell looks again. */
static void
read_only_changed_cb (WepPlansView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  selection_changed_cb (self);
  g_list_model_items_changed (G_LIST_MODEL (self->store), 0, n, n);
}

/* ---- following the document ------------------------------------------ */

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  int ia = *(const int *) a;
  int ib = *(const int *) b;

  return (ia > ib) - (ia < ib);
}

static void
update_years (WepPlansView *self,
              GPtrArray    *rows)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) years = NULL;
  g_autofree char *selected = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->years));
  guint index = gtk_drop_down_get_selected (self->year_filter);
  int last = G_MININT;
  g_autoptr (GArray) sorted = g_array_new (FALSE, FALSE, sizeof (int));
  gboolean same;

  for (guint i = 0; i < rows->len; i++)
    g_array_append_val (sorted, ((WepPlanRow *) g_ptr_array_index (rows, i))->year);
  g_array_sort (sorted, compare_ints);

  g_strv_builder_add (builder, _("All years"));
  for (guint i = 0; i < sorted->len; i++)
    if (g_array_index (sorted, int, i) != last)
      {
        g_autofree char *text = g_strdup_printf ("%d", g_array_index (sorted, int, i));

        last = g_array_index (sorted, int, i);
        g_strv_builder_add (builder, text);
      }
  years = g_strv_builder_end (builder);

  same = n == g_strv_length (years);
  for (guint i = 0; same && i < n; i++)
    same = g_str_equal (gtk_string_list_get_string (self->years, i), years[i]);
  if (same)
    return;

  if (index != GTK_INVALID_LIST_POSITION && index > 0 && index < n)
    selected = g_strdup (gtk_string_list_get_string (self->years, index));
  gtk_string_list_splice (self->years, 0, n, (const char * const *) years);
  index = 0;
  for (guint i = 1; selected != NULL && years[i] != NULL; i++)
    if (g_str_equal (years[i], selected))
      index = i;
  gtk_drop_down_set_selected (self->year_filter, index);
}

static void
refresh (WepPlansView *self)
{
  WepDocument *doc = wep_session_get_document (self->session);
  g_autoptr (GPtrArray) rows = wep_document_list_plans (doc);
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto (GStrv) names = NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      WepPlanRow *row = g_ptr_array_index (rows, i);
      g_hash_table_insert (by_id, &row->id, row);
    }

  /* Rows that stay are updated in place; a row whose values changed is put
   * back at its own place, so that filter and sort see it again. */
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->store)); i-- > 0;)
    {
      g_autoptr (WepPlanObject) item = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      gint64 id = wep_plan_object_get_id (item);
      WepPlanRow *row = g_hash_table_lookup (by_id, &id);

      if (row == NULL)
        g_list_store_remove (self->store, i);
      else
        {
          if (wep_plan_object_update (item, row))
            g_list_store_splice (self->store, i, 1, (gpointer *) &item, 1);
          g_hash_table_remove (by_id, &id);
        }
    }
  for (guint i = 0; i < rows->len; i++)
    {
      WepPlanRow *row = g_ptr_array_index (rows, i);

      if (g_hash_table_contains (by_id, &row->id))
        g_ptr_array_add (added, wep_plan_object_new (row));
    }
  if (added->len > 0)
    g_list_store_splice (self->store, g_list_model_get_n_items (G_LIST_MODEL (self->store)), 0,
                         added->pdata, added->len);

  update_years (self, rows);

  g_clear_pointer (&self->municipality_codes, g_strfreev);
  wep_document_list_municipalities (doc, &self->municipality_codes, &names);
  gtk_string_list_splice (self->municipality_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->municipality_names)),
                          (const char * const *) names);
}

static void
document_changed_cb (WepPlansView *self)
{
  refresh (self);
}

/* ---- actions ----------------------------------------------------------- */

static void
add_popover_show_cb (WepPlansView *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->add_error), FALSE);
}

/* Shows the row with id, selected: clears the filters if they hide it. */
static void
select_id (WepPlansView *self,
           gint64        id)
{
  for (int attempt = 0; attempt < 2; attempt++)
    {
      GListModel *model = G_LIST_MODEL (self->selection);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr (WepPlanObject) item = g_list_model_get_item (model, i);

          if (wep_plan_object_get_id (item) == id)
            {
              gtk_single_selection_set_selected (self->selection, i);
              return;
            }
        }
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->pathway_filter, 0);
      gtk_drop_down_set_selected (self->year_filter, 0);
      filter_changed_cb (self);
    }
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  WepPlansView *self = WEP_PLANS_VIEW (widget);
  WepDocument *doc = wep_session_get_document (self->session);
  guint municipality = gtk_drop_down_get_selected (self->add_municipality);
  guint pathway = gtk_drop_down_get_selected (self->add_pathway);
  g_autoptr (GError) error = NULL;
  WepPlan plan = { 0 };
  gint64 id;

  if (municipality == GTK_INVALID_LIST_POSITION || self->municipality_codes == NULL
      || municipality >= g_strv_length (self->municipality_codes))
    {
      gtk_label_set_text (self->add_error, _("Choose a municipality."));
      gtk_widget_set_visible (GTK_WIDGET (self->add_error), TRUE);
      return;
    }
  plan.municipality = self->municipality_codes[municipality];
  plan.year = gtk_spin_button_get_value_as_int (self->add_year);
  plan.pathway = _wep_plans_pathway_keys[pathway != GTK_INVALID_LIST_POSITION ? pathway : 0];
  plan.units = gtk_spin_button_get_value (self->add_units);
  plan.status = "gepland";

  if (!wep_document_check_plan_row (doc, &plan, &error)
      || !wep_document_begin_change (doc, _("Add plan"), &error))
    {
      gtk_label_set_text (self->add_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->add_error), TRUE);
      return;
    }
  id = wep_document_add_plan_row (doc, &plan, &error);
  wep_document_end_change (doc);
  if (id < 0)
    {
      gtk_label_set_text (self->add_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->add_error), TRUE);
      return;
    }
  gtk_popover_popdown (self->add_popover);
  select_id (self, id);
}

static void
remove_id (WepPlansView *self,
           gint64        id)
{
  WepDocument *doc = wep_session_get_document (self->session);
  g_autoptr (GError) error = NULL;

  if (!wep_document_begin_change (doc, _("Remove plan"), &error))
    {
      g_warning ("%s", error->message);
      return;
    }
  if (!wep_document_delete_plan (doc, id, &error))
    g_warning ("%s", error->message);
  wep_document_end_change (doc);
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    WepPlansView     *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "plan-id");

  if (g_strcmp0 (response, "remove") == 0)
    remove_id (self, id);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WepPlansView *self = WEP_PLANS_VIEW (widget);
  WepPlanObject *item = gtk_single_selection_get_selected_item (self->selection);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *units = NULL;
  GtkWidget *dialog;

  if (item == NULL)
    return;
  if (!wep_plan_object_get_counted (item) || !GTK_IS_WINDOW (root))
    {
      remove_id (self, wep_plan_object_get_id (item));
      return;
    }

  units = _wep_plans_format_units (wep_plan_object_get_units (item));
  dialog = adw_message_dialog_new (GTK_WINDOW (root), _("Remove Plan?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The plan of %s for %d (%s, %s homes) counts towards the "
                                    "region’s homes; the results change without it. "
                                    "You can undo this."),
                                  wep_plan_object_get_municipality_name (item),
                                  wep_plan_object_get_year (item),
                                  wep_plan_pathway_label (wep_plan_object_get_pathway (item)),
                                  units);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "plan-id",
                          g_memdup2 (&(gint64) { wep_plan_object_get_id (item) }, sizeof (gint64)),
                          g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (WEP_PLANS_VIEW (widget)->search_entry));
}

/* ---- the object -------------------------------------------------------- */

static void
wep_plans_view_constructed (GObject *object)
{
  WepPlansView *self = (WepPlansView *) object;

  G_OBJECT_CLASS (wep_plans_view_parent_class)->constructed (object);

  g_assert (WEP_IS_SESSION (self->session));
  g_signal_connect_object (wep_session_get_document (self->session), "changed",
                           G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (wep_session_get_document (self->session), "notify::read-only",
                           G_CALLBACK (read_only_changed_cb), self, G_CONNECT_SWAPPED);
  refresh (self);
  selection_changed_cb (self);
  gtk_column_view_sort_by_column (self->column_view, self->columns[COLUMN_MUNICIPALITY],
                                  GTK_SORT_ASCENDING);
}

static void
wep_plans_view_dispose (GObject *object)
{
  WepPlansView *self = (WepPlansView *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), WEP_TYPE_PLANS_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (wep_plans_view_parent_class)->dispose (object);
}

static void
wep_plans_view_finalize (GObject *object)
{
  WepPlansView *self = (WepPlansView *) object;

  g_clear_pointer (&self->municipality_codes, g_strfreev);

  G_OBJECT_CLASS (wep_plans_view_parent_class)->finalize (object);
}

static void
wep_plans_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WepPlansView *self = WEP_PLANS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_plans_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  WepPlansView *self = WEP_PLANS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_set_object (&self->session, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_plans_view_class_init (WepPlansViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char * const column_names[N_COLUMNS] = {
    "municipality_column", "year_column", "pathway_column", "units_column", "status_column",
    "source_document_column", "source_date_column", "note_column", "provenance_column",
  };

  object_class->constructed = wep_plans_view_constructed;
  object_class->dispose = wep_plans_view_dispose;
  object_class->finalize = wep_plans_view_finalize;
  object_class->get_property = wep_plans_view_get_property;
  object_class->set_property = wep_plans_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         WEP_TYPE_SESSION,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/woneneerst/Planner/plans/"
                                               "wep-plans-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WepPlansView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, WepPlansView, pathway_filter);
  gtk_widget_class_bind_template_child (widget_class, WepPlansView, year_filter);
  gtk_widget_class_bind_template_child (widget_class, WepPlansView, years);
  gtk_widget_class_bind_template_child (widget_class, WepPlansView, stack);
  gtk_widget_class_bind_template_child (widget_class, WepPlansView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, WepPlansView, column_view);
  gtk_widget_class_bind_template_child (widget_class, WepPlansView, add_popover);
  gtk_widget_class_bind_template_child (widget_class, WepPlansView, add_municipality);
  gtk_widget_class_bind_template_child (widget_class, WepPlansView, municipality_names);
  gtk_widget_class_bind_template_child (widget_class, WepPlansView, add_year);
  gtk_widget_class_bind_template_child (widget_class, WepPlansView, add_pathway);
  gtk_widget_class_bind_template_child (widget_class, WepPlansView, add_units);
  gtk_widget_class_bind_template_child (widget_class, WepPlansView, add_error);
  for (guint i = 0; i < N_COLUMNS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, column_names[i], FALSE,
                                               G_STRUCT_OFFSET (WepPlansView, columns)
                                               + i * sizeof (GtkColumnViewColumn *));
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_popover_show_cb);

  gtk_widget_class_install_action (widget_class, "plans.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "plans.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "plans.focus-search", NULL,
                                   focus_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "plans.focus-search", NULL);

  /* The table's own few style rules (wep-plans-view.css). */
  if (gdk_display_get_default () != NULL)
    {
      g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, "/io/github/woneneerst/Planner/plans/"
                                                     "wep-plans-view.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

}

static void
wep_plans_view_init (WepPlansView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->store = g_list_store_new (WEP_TYPE_PLAN_OBJECT);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->store)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->sort_model =
    gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                             g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  _wep_plans_view_setup_columns (self);

  g_signal_connect_object (self->sort_model, "items-changed", G_CALLBACK (shown_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  selection_changed_cb (self);
}

GtkWidget *
wep_plans_view_new (WepSession *session)
{
  g_return_val_if_fail (WEP_IS_SESSION (session), NULL);

  return g_object_new (WEP_TYPE_PLANS_VIEW, "session", session, NULL);
}

WepSession *
wep_plans_view_get_session (WepPlansView *self)
{
  g_return_val_if_fail (WEP_IS_PLANS_VIEW (self), NULL);
  return self->session;
}

GListModel *
wep_plans_view_get_model (WepPlansView *self)
{
  g_return_val_if_fail (WEP_IS_PLANS_VIEW (self), NULL);
  return G_LIST_MODEL (self->selection);
}
