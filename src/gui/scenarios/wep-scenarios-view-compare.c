/* wep-scenarios-view-compare.c: two scenarios side by side
 *
 * The second pane of the page: scenario A against scenario B, the inputs
 * that differ in one table and the results that differ in another, only
 * the differences (core: wep-scenario-compare.h), per region and year,
 * with a choice of region. It follows the plan: every change reruns both
 * scenarios (a millisecond or so each).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-difference-item.h"
#include "wep-scenario-compare.h"
#include "wep-scenarios-view-private.h"

typedef enum
{
  FIELD_REGION,
  FIELD_LABEL,
  FIELD_YEAR,
  FIELD_A,
  FIELD_B,
  FIELD_CHANGE,
} Field;

/* ---- the tables -------------------------------------------------------- */

#define REGION_WIDTH 150

static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  g_assert (GTK_IS_LIST_ITEM (list_item));

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
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
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         gpointer                  user_data)
{
  WepDifferenceItem *item = gtk_list_item_get_item (list_item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));
  g_autofree char *text = NULL;

  g_assert (WEP_IS_DIFFERENCE_ITEM (item));

  switch ((Field) GPOINTER_TO_UINT (user_data))
    {
    case FIELD_REGION:
      text = g_strdup (wep_difference_item_get_region_text (item));
      break;
    case FIELD_LABEL:
      text = wep_difference_item_get_label (item);
      /* The key of the specification, as in the files and the CLI. */
      gtk_widget_set_tooltip_text (GTK_WIDGET (label),
                                   wep_difference_item_get_difference (item)->key);
      break;
    case FIELD_YEAR:
      text = wep_difference_item_get_year_text (item);
      break;
    case FIELD_A:
      text = wep_difference_item_get_a_text (item);
      break;
    case FIELD_B:
      text = wep_difference_item_get_b_text (item);
      break;
    case FIELD_CHANGE:
    default:
      text = wep_difference_item_get_change_text (item);
      break;
    }
  gtk_label_set_text (label, text);
  if (GPOINTER_TO_UINT (user_data) == FIELD_REGION)
    gtk_widget_set_tooltip_text (GTK_WIDGET (label), text);
}

static GtkColumnViewColumn *
append_column (GtkColumnView *view,
               const char    *title,
               Field          field,
               int            fixed_width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkColumnViewColumn) column = NULL;
  gboolean text = field == FIELD_REGION || field == FIELD_LABEL;

  g_assert (GTK_IS_COLUMN_VIEW (view));

  g_signal_connect (factory, "setup", text ? G_CALLBACK (setup_text_cb)
                                           : G_CALLBACK (setup_number_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), GUINT_TO_POINTER (field));
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, field == FIELD_LABEL);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, fixed_width);
  gtk_column_view_append_column (view, column);
  return column;
}

/* Region | what | year | A | B | B − A; returns the region, A and B
 * columns. */
static void
setup_table (GtkColumnView        *view,
             const char           *what,
             GtkColumnViewColumn **region,
             GtkColumnViewColumn **a,
             GtkColumnViewColumn **b)
{
  *region = append_column (view, _("Region"), FIELD_REGION, REGION_WIDTH);
  /* At least this wide, and all the room left: narrower, it scrolls. */
  append_column (view, what, FIELD_LABEL, 160);
  append_column (view, _("Year"), FIELD_YEAR, 56);
  *a = append_column (view, "A", FIELD_A, 140);
  *b = append_column (view, "B", FIELD_B, 140);
  /* Translators: the column of B minus A in the comparison */
  append_column (view, _("Difference"), FIELD_CHANGE, 100);
}

static gboolean
filter_cb (gpointer object,
           gpointer user_data)
{
  WepScenariosView *self = user_data;
  const WepDifference *d = wep_difference_item_get_difference (WEP_DIFFERENCE_ITEM (object));

  /* A setting of the whole scenario holds for every region. */
  return self->region == NULL || d->region == NULL || g_str_equal (d->region, self->region);
}

/* ---- what is shown ----------------------------------------------------- */

static void
show_column (GtkColumnViewColumn *column,
             gboolean             visible)
{
  gtk_column_view_column_set_visible (column, visible);
  /* GTK 4.8 counts a hidden column's fixed width when it shares the
   * width out: none while hidden. */
  gtk_column_view_column_set_fixed_width (column, visible ? REGION_WIDTH : -1);
}

static void
update_headings (WepScenariosView *self)
{
  guint n_inputs = g_list_model_get_n_items (G_LIST_MODEL (self->input_model));
  guint n_results = g_list_model_get_n_items (G_LIST_MODEL (self->result_model));
  g_autofree char *inputs = NULL;
  g_autofree char *results = NULL;

  if (n_inputs == 0)
    inputs = g_strdup (_("No inputs differ"));
  else
    inputs = g_strdup_printf (ngettext ("%u input differs", "%u inputs differ", n_inputs),
                              n_inputs);
  if (n_results == 0)
    results = g_strdup (_("No results differ"));
  else
    results = g_strdup_printf (ngettext ("%u result differs", "%u results differ", n_results),
                               n_results);
  gtk_label_set_text (self->input_heading, inputs);
  gtk_label_set_text (self->result_heading, results);
}

static void
add_region (GPtrArray  *regions,
            const char *region)
{
  if (region == NULL)
    return;
  for (guint i = 0; i < regions->len; i++)
    if (g_str_equal (g_ptr_array_index (regions, i), region))
      return;
  g_ptr_array_add (regions, (gpointer) region);
}

/* The regions to choose from: those with differences, in order. */
static void
update_regions (WepScenariosView *self,
                GPtrArray        *inputs,
                GPtrArray        *results)
{
  g_autoptr (GPtrArray) regions = g_ptr_array_new ();
  g_autoptr (GStrvBuilder) labels = g_strv_builder_new ();
  g_auto (GStrv) shown = NULL;
  guint selected = 0;

  for (guint i = 0; inputs != NULL && i < inputs->len; i++)
    add_region (regions, ((WepDifference *) g_ptr_array_index (inputs, i))->region);
  for (guint i = 0; results != NULL && i < results->len; i++)
    add_region (regions, ((WepDifference *) g_ptr_array_index (results, i))->region);

  g_strv_builder_add (labels, _("All regions"));
  for (guint i = 0; i < regions->len; i++)
    {
      const char *region = g_ptr_array_index (regions, i);

      g_strv_builder_add (labels, g_str_equal (region, WEP_TOTAL_REGION_NAME) ? _("Total")
                                                                                : region);
      if (g_strcmp0 (region, self->region) == 0)
        selected = i + 1;
    }
  /* One region only: no choice to make, no column to show it in. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->region_dropdown), regions->len > 1);
  show_column (self->input_region_column, regions->len > 1);
  show_column (self->result_region_column, regions->len > 1);
  g_ptr_array_add (regions, NULL);
  g_strfreev (self->region_names);
  self->region_names = g_strdupv ((GStrv) regions->pdata);
  if (selected == 0)
    g_clear_pointer (&self->region, g_free);

  shown = g_strv_builder_end (labels);
  gtk_string_list_splice (self->regions, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->regions)),
                          (const char * const *) shown);
  gtk_drop_down_set_selected (self->region_dropdown, selected);
}

static void
show_message (WepScenariosView *self,
              const char       *icon_name,
              const char       *title,
              const char       *description)
{
  adw_status_page_set_icon_name (self->message_page, icon_name);
  adw_status_page_set_title (self->message_page, title);
  adw_status_page_set_description (self->message_page, description);
  gtk_stack_set_visible_child_name (self->compare_stack, "message");
}

static void
fill_store (GListStore *store,
            GPtrArray  *differences)
{
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; differences != NULL && i < differences->len; i++)
    g_ptr_array_add (items, wep_difference_item_new (g_ptr_array_index (differences, i)));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata,
                       items->len);
}

static void
update_differences (WepScenariosView *self)
{
  WepDocument *doc = wep_session_get_document (self->session);
  g_autoptr (GPtrArray) inputs = NULL;
  g_autoptr (GPtrArray) results = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *description = NULL;

  g_clear_pointer (&self->compare_problem, g_free);
  self->updating = TRUE;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->names)) < 2)
    {
      self->compare_problem =
        g_strdup (_("Comparing needs two scenarios. Duplicate a scenario, change the copy, and "
                    "compare the two."));
      show_message (self, "view-dual-symbolic", _("Nothing to Compare"), self->compare_problem);
    }
  else if (g_strcmp0 (self->compare_a, self->compare_b) == 0)
    {
      self->compare_problem = g_strdup (_("Choose two different scenarios to compare."));
      show_message (self, "view-dual-symbolic", _("The Same Scenario"), self->compare_problem);
    }
  else if (!wep_document_compare_scenarios (doc, self->compare_a, self->compare_b, &inputs,
                                            &results, &error))
    {
      self->compare_problem = g_strdup (error->message);
      show_message (self, "dialog-warning-symbolic", _("Cannot Compare"),
                    self->compare_problem);
    }
  else if (inputs->len == 0 && results->len == 0)
    {
      description = g_strdup_printf (_("“%s” and “%s” have the same inputs and results."),
                                     self->compare_a, self->compare_b);
      show_message (self, "view-dual-symbolic", _("No Differences"), description);
    }
  else
    {
      gtk_column_view_column_set_title (self->input_a_column, self->compare_a);
      gtk_column_view_column_set_title (self->result_a_column, self->compare_a);
      gtk_column_view_column_set_title (self->input_b_column, self->compare_b);
      gtk_column_view_column_set_title (self->result_b_column, self->compare_b);
      gtk_stack_set_visible_child_name (self->compare_stack, "differences");
    }

  update_regions (self, inputs, results);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  fill_store (self->input_store, inputs);
  fill_store (self->result_store, results);
  update_headings (self);
  self->updating = FALSE;
}

/* ---- the choices ------------------------------------------------------- */

static guint
index_of (GStrv       names,
          const char *name)
{
  for (guint i = 0; name != NULL && names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return i;
  return GTK_INVALID_LIST_POSITION;
}

void
_wep_scenarios_view_refresh_compare (WepScenariosView *self)
{
  g_auto (GStrv) names = wep_document_list_scenarios (wep_session_get_document (self->session));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->names));
  gboolean same = n == g_strv_length (names);
  guint a, b;

  for (guint i = 0; same && i < n; i++)
    same = g_str_equal (gtk_string_list_get_string (self->names, i), names[i]);

  self->updating = TRUE;
  if (!same)
    gtk_string_list_splice (self->names, 0, n, (const char * const *) names);

  /* A scenario that is gone: the one shown, and the next one. */
  if ((a = index_of (names, self->compare_a)) == GTK_INVALID_LIST_POSITION)
    {
      a = index_of (names, wep_session_get_scenario (self->session));
      if (a == GTK_INVALID_LIST_POSITION)
        a = 0;
    }
  if ((b = index_of (names, self->compare_b)) == GTK_INVALID_LIST_POSITION)
    b = names[0] == NULL ? 0 : names[a + 1] != NULL ? a + 1 : 0;
  g_free (self->compare_a);
  g_free (self->compare_b);
  self->compare_a = g_strdup (names[0] != NULL ? names[a] : NULL);
  self->compare_b = g_strdup (names[0] != NULL ? names[b] : NULL);
  gtk_drop_down_set_selected (self->compare_a_dropdown, names[0] != NULL ? a : GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (self->compare_b_dropdown, names[0] != NULL ? b : GTK_INVALID_LIST_POSITION);
  self->updating = FALSE;

  update_differences (self);
}

void
_wep_scenarios_view_compare_changed_cb (WepScenariosView *self)
{
  guint a, b;

  g_assert (WEP_IS_SCENARIOS_VIEW (self));

  if (self->updating || self->names == NULL)
    return;
  a = gtk_drop_down_get_selected (self->compare_a_dropdown);
  b = gtk_drop_down_get_selected (self->compare_b_dropdown);
  if (a == GTK_INVALID_LIST_POSITION || b == GTK_INVALID_LIST_POSITION)
    return;
  g_free (self->compare_a);
  g_free (self->compare_b);
  self->compare_a = g_strdup (gtk_string_list_get_string (self->names, a));
  self->compare_b = g_strdup (gtk_string_list_get_string (self->names, b));
  update_differences (self);
}

void
_wep_scenarios_view_region_changed_cb (WepScenariosView *self)
{
  guint selected;

  g_assert (WEP_IS_SCENARIOS_VIEW (self));

  if (self->updating || self->region_names == NULL)
    return;
  selected = gtk_drop_down_get_selected (self->region_dropdown);
  g_clear_pointer (&self->region, g_free);
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0
      && selected <= g_strv_length (self->region_names))
    self->region = g_strdup (self->region_names[selected - 1]);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_headings (self);
}

/* A choice of scenario that shows long names shortened, and whole in its
 * list. */
static void
setup_choice_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_choice_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  GtkStringObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (item));
  gtk_widget_set_tooltip_text (label, gtk_string_object_get_string (item));
}

static void
set_choice_factory (GtkDropDown *dropdown)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice_cb), NULL);
  gtk_drop_down_set_factory (dropdown, factory);
  /* The list shows whole names (the default factory's labels). */
  g_signal_connect (list_factory, "setup", G_CALLBACK (setup_text_cb), NULL);
  g_signal_connect (list_factory, "bind", G_CALLBACK (bind_choice_cb), NULL);
  gtk_drop_down_set_list_factory (dropdown, list_factory);
}

void
_wep_scenarios_view_init_compare (WepScenariosView *self)
{
  GtkNoSelection *selection;

  self->input_store = g_list_store_new (WEP_TYPE_DIFFERENCE_ITEM);
  self->result_store = g_list_store_new (WEP_TYPE_DIFFERENCE_ITEM);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->input_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->input_store)),
                                                 g_object_ref (GTK_FILTER (self->filter)));
  self->result_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->result_store)),
                                                  g_object_ref (GTK_FILTER (self->filter)));

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->input_model)));
  gtk_column_view_set_model (self->input_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->result_model)));
  gtk_column_view_set_model (self->result_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  setup_table (self->input_view, _("Input"), &self->input_region_column, &self->input_a_column,
               &self->input_b_column);
  setup_table (self->result_view, _("Result"), &self->result_region_column,
               &self->result_a_column, &self->result_b_column);
  set_choice_factory (self->compare_a_dropdown);
  set_choice_factory (self->compare_b_dropdown);
}

void
_wep_scenarios_view_dispose_compare (WepScenariosView *self)
{
  g_clear_object (&self->input_model);
  g_clear_object (&self->result_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->input_store);
  g_clear_object (&self->result_store);
  g_clear_pointer (&self->region_names, g_strfreev);
  g_clear_pointer (&self->compare_a, g_free);
  g_clear_pointer (&self->compare_b, g_free);
  g_clear_pointer (&self->region, g_free);
  g_clear_pointer (&self->compare_problem, g_free);
}
