/* wep-overview-view.c: the "Overzicht" page of the window
 *
 * For the selected region (or the whole plan) and year: the homeless, who
 * waits for which home and how long, the homes needed against those
 * planned, whether the goal is met in the target year and the cost, above
 * the full yearly table. Follows the session: every change of the plan
 * updates the labels in place; widgets are only made again when the set of
 * regions or years changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "charts/wep-chart-widget.h"
#include "wep-format.h"
#include "wep-gui-util.h"
#include "wep-overview-view-private.h"
#include "wep-results-table.h"

G_DEFINE_FINAL_TYPE (WepOverviewView, wep_overview_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_SELECTED_REGION,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const WepColumn figure_columns[WEP_N_FIGURES] = {
  WEP_C_HOMELESS, WEP_C_SHELTERED, WEP_C_UNSHELTERED, WEP_C_COST,
};

static const char *figure_captions[WEP_N_FIGURES] = {
  N_("Homeless persons"), N_("In shelter"), N_("Sleeping rough"), N_("Cost this year"),
};

static void refresh (WepOverviewView *self);

/* ---- the region list --------------------------------------------------- */

static GtkWidget *
create_region_row (WepOverviewView *self,
                   const char      *region,
                   const char      *title)
{
  RegionRow entry;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_label_new (title);

  g_assert (WEP_IS_OVERVIEW_VIEW (self));

  gtk_label_set_xalign (GTK_LABEL (name), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (box), name);

  entry.value = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (entry.value), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (entry.value), "wep-number");
  gtk_widget_set_tooltip_text (GTK_WIDGET (entry.value), _("Homeless persons"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (entry.value));

  entry.icon = GTK_IMAGE (gtk_image_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (entry.icon));

  entry.row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (entry.row), box);
  g_object_set_data_full (G_OBJECT (entry.row), "region", g_strdup (region), g_free);
  if (region == NULL)
    gtk_widget_add_css_class (name, "heading");

  g_array_append_val (self->region_rows, entry);
  gtk_list_box_append (self->region_list, entry.row);

  return entry.row;
}

/* Makes the region rows again, but only when the regions changed. */
static void
sync_regions (WepOverviewView  *self,
              const WepResults *results)
{
  g_autoptr(GString) key = g_string_new (NULL);
  GtkWidget *child;

  for (guint i = 0; i < results->regions->len; i++)
    {
      const WepRegionResult *result = g_ptr_array_index (results->regions, i);

      g_string_append (key, result->region);
      g_string_append_c (key, '\n');
    }
  if (g_strcmp0 (key->str, self->regions_key) == 0)
    return;
  g_free (self->regions_key);
  self->regions_key = g_string_free (g_steal_pointer (&key), FALSE);

  self->updating = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->region_list))) != NULL)
    gtk_list_box_remove (self->region_list, child);
  g_array_set_size (self->region_rows, 0);

  if (results->total != NULL)
    create_region_row (self, NULL, _("Total"));
  for (guint i = 0; i < results->regions->len; i++)
    {
      const WepRegionResult *result = g_ptr_array_index (results->regions, i);

      create_region_row (self, result->region, result->region);
    }
  self->updating = FALSE;

  /* A list of one region says nothing: the page shows that region. */
  gtk_widget_set_visible (self->sidebar, results->regions->len > 1);
}

static void
sync_years (WepOverviewView     *self,
            const WepResults    *results,
            const WepModelInput *input)
{
  g_autoptr(GtkStringList) years = NULL;
  int year = self->year;

  if (results->base_year == self->base_year && results->n_years == self->n_years)
    return;
  self->base_year = results->base_year;
  self->n_years = results->n_years;

  years = gtk_string_list_new (NULL);
  for (int i = 0; i < results->n_years; i++)
    {
      char text[16];

      /* A year is a name, not a quantity: no thousands separator. */
      g_snprintf (text, sizeof text, "%d", results->base_year + i);
      gtk_string_list_append (years, text);
    }
  self->updating = TRUE;
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (years));
  self->updating = FALSE;

  /* Keep the year the user chose; start at the target year. */
  if (year < results->base_year || year >= results->base_year + results->n_years)
    year = (int) wep_model_input_region (input, 0)->scalar[WEP_S_TARGET_YEAR];
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->year_dropdown, (guint) (year - results->base_year));
  self->updating = FALSE;
  if (self->year != year)
    {
      self->year = year;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
    }
}

static void
show_region_rows (WepOverviewView     *self,
                  const WepResults    *results,
                  const WepModelInput *input,
                  int                  index)
{
  for (guint i = 0; i < self->region_rows->len; i++)
    {
      RegionRow *entry = &g_array_index (self->region_rows, RegionRow, i);
      int region = (int) i - (results->total != NULL ? 1 : 0);
      const WepRegionResult *result = region < 0 ? results->total
                                                 : g_ptr_array_index (results->regions, region);
      g_autofree char *value = wep_format_count (wep_region_result_get (result, index,
                                                                        WEP_C_HOMELESS));

      gtk_label_set_text (entry->value, value);
      if (region >= 0)
        {
          WepGoal goal;

          _wep_overview_evaluate_goal (input, region, result, &goal);
          gtk_image_set_from_icon_name (entry->icon, goal.met ? "emblem-ok-symbolic"
                                                              : "dialog-warning-symbolic");
          wep_gui_set_tooltip (GTK_WIDGET (entry->icon),
                               goal.met ? _("Goal met") : _("Goal not met"));
          gtk_widget_set_css_classes (GTK_WIDGET (entry->icon),
                                      (const char *[]) { goal.met ? "success" : "error",
                                                         NULL });
        }
    }
}

static void
refresh (WepOverviewView *self)
{
  const WepResults *results;
  const WepModelInput *input;
  const WepRegionResult *result;
  g_autofree char *caption = NULL;
  int region = -1;
  int index;

  if (self->session == NULL)
    return;

  results = wep_session_get_results (self->session);
  input = wep_session_get_input (self->session);
  if (results == NULL || input == NULL)
    {
      const char *problem = wep_session_get_problem (self->session);

      if (problem != NULL)
        {
          adw_status_page_set_title (self->problem_page, _("This Scenario Cannot Be Computed"));
          adw_status_page_set_description (self->problem_page, problem);
        }
      else
        {
          adw_status_page_set_title (self->problem_page, _("No Scenario Yet"));
          adw_status_page_set_description (self->problem_page,
                                           _("Add the region's municipalities, figures and "
                                             "plans, and a scenario: its results appear here."));
        }
      gtk_stack_set_visible_child_name (self->stack, "problem");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "results");

  sync_regions (self, results);
  sync_years (self, results, input);
  index = CLAMP (self->year - results->base_year, 0, results->n_years - 1);

  /* The selection: a region by name, or the total (the only region when
   * there is one). */
  for (guint i = 0; self->selected_region != NULL && i < results->regions->len; i++)
    if (g_strcmp0 (((WepRegionResult *) g_ptr_array_index (results->regions, i))->region,
                   self->selected_region) == 0)
      region = (int) i;
  if (results->total == NULL)
    region = MAX (region, 0);
  result = region < 0 ? results->total : g_ptr_array_index (results->regions, region);

  self->updating = TRUE;
  gtk_list_box_select_row (self->region_list,
                           GTK_LIST_BOX_ROW (g_array_index (self->region_rows, RegionRow,
                                                            region + (results->total != NULL))
                                             .row));
  self->updating = FALSE;

  gtk_label_set_text (self->region_title, region < 0 ? _("All Regions") : result->region);
  /* Translators: %d is the selected year */
  caption = g_strdup_printf (_("Persons at the end of %d; cost over the year, in euros. "
                               "Homes are per year."), self->year);
  gtk_label_set_text (self->caption_label, caption);

  _wep_overview_show_goal (self, results, input, region);
  for (guint f = 0; f < WEP_N_FIGURES; f++)
    {
      double value = wep_region_result_get (result, index, figure_columns[f]);
      g_autofree char *text = f == WEP_FIGURE_COST ? wep_format_euros (value)
                                                   : wep_format_count (value);

      gtk_label_set_text (self->figures[f], text);
    }

  for (int k = 0; k < WEP_N_HOUSING; k++)
    {
      g_autofree char *queue = wep_format_count (wep_region_result_get (result, index,
                                                                        WEP_C_QUEUE_HF + k));
      g_autofree char *wait = wep_format_months (wep_region_result_get (result, index,
                                                                        WEP_C_WAIT_HF + k));
      g_autofree char *subtitle = NULL;
      g_autofree char *text = NULL;

      /* Translators: %s is a number of persons */
      subtitle = g_strdup_printf (_("%s waiting"), queue);
      /* Translators: %s is a number of months, e.g. "2,5" */
      text = g_strdup_printf (_("%s months"), wait);
      adw_action_row_set_subtitle (self->wait_rows[k], subtitle);
      gtk_label_set_text (self->wait_labels[k], text);
      /* Longer than the region accepts: in red. */
      if (region >= 0 && wep_region_result_get (result, index, WEP_C_WAIT_HF + k)
                         > wep_model_input_region (input, region)->scalar[WEP_S_MAX_WAIT_MONTHS])
        gtk_widget_add_css_class (GTK_WIDGET (self->wait_labels[k]), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->wait_labels[k]), "error");
    }

  _wep_overview_show_homes (self, input, region, index);
  _wep_overview_show_shares (self);
  show_region_rows (self, results, input, index);
  wep_results_table_show (self->results_view, result, region < 0);
}

/* ---- the two charts ---------------------------------------------------- */

/* The two questions a council asks first: how many are homeless, and how
 * many homes are needed against planned. They follow the region and year
 * shown here; the Grafieken page has the others. */
static void
setup_charts (WepOverviewView *self)
{
  static const WepChartKind kinds[] = { WEP_CHART_HOMELESS, WEP_CHART_NEEDS };
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->charts_box))) != NULL)
    gtk_box_remove (self->charts_box, child);
  if (self->session == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GtkWidget *chart = wep_chart_new (self->session, kinds[i]);

      g_object_bind_property (self, "selected-region", chart, "selected-region",
                              G_BINDING_SYNC_CREATE);
      g_object_bind_property (self, "year", chart, "year", G_BINDING_SYNC_CREATE);
      gtk_box_append (self->charts_box, chart);
    }
}

/* ---- signals ----------------------------------------------------------- */

static void
progress_cb (WepOverviewView *self)
{
  gboolean busy = self->session != NULL && wep_session_get_busy (self->session);

  g_assert (WEP_IS_OVERVIEW_VIEW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->work_progress), busy);
  if (busy)
    gtk_progress_bar_set_fraction (self->work_progress,
                                   wep_session_get_progress (self->session));
}

static void results_changed_cb (WepOverviewView *self);

/* The plan changed: the fair shares of the old one go. */
static void
plan_changed_cb (WepOverviewView *self)
{
  g_assert (WEP_IS_OVERVIEW_VIEW (self));

  _wep_overview_forget_shares (self);
  results_changed_cb (self);
}

static void
results_changed_cb (WepOverviewView *self)
{
  g_assert (WEP_IS_OVERVIEW_VIEW (self));

  refresh (self);
}

static void
row_selected_cb (WepOverviewView *self,
                 GtkListBoxRow   *row,
                 GtkListBox      *list)
{
  g_assert (WEP_IS_OVERVIEW_VIEW (self));

  if (self->updating || row == NULL)
    return;
  wep_overview_view_set_selected_region (self, g_object_get_data (G_OBJECT (row), "region"));
}

static void
year_selected_cb (WepOverviewView *self,
                  GParamSpec      *pspec,
                  GtkDropDown     *dropdown)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  g_assert (WEP_IS_OVERVIEW_VIEW (self));

  if (self->updating || position == GTK_INVALID_LIST_POSITION)
    return;
  wep_overview_view_set_year (self, self->base_year + (int) position);
}

/* ---- set-up ------------------------------------------------------------ */

static void
create_figures (WepOverviewView *self)
{
  for (guint f = 0; f < WEP_N_FIGURES; f++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *value = gtk_label_new (NULL);
      GtkWidget *caption = gtk_label_new (_(figure_captions[f]));

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "wep-figure");
      gtk_widget_add_css_class (value, "wep-figure-value");
      gtk_widget_add_css_class (value, "wep-number");
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
      gtk_label_set_justify (GTK_LABEL (caption), GTK_JUSTIFY_CENTER);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (value),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, caption, NULL, -1);
      gtk_box_append (GTK_BOX (card), value);
      gtk_box_append (GTK_BOX (card), caption);
      gtk_grid_attach (self->figure_grid, card, (int) f, 0, 1, 1);
      self->figures[f] = GTK_LABEL (value);
    }
}

static void
create_pathway_rows (AdwPreferencesGroup *group,
                     AdwActionRow       **rows,
                     GtkLabel           **labels)
{
  for (int k = 0; k < WEP_N_HOUSING; k++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      rows[k] = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows[k]), wep_pathway_label (k));
      gtk_widget_add_css_class (label, "wep-number");
      adw_action_row_add_suffix (rows[k], label);
      adw_preferences_group_add (group, GTK_WIDGET (rows[k]));
      labels[k] = GTK_LABEL (label);
    }
}

static void
wep_overview_view_dispose (GObject *object)
{
  GtkWidget *child;
  WepOverviewView *self = (WepOverviewView *) object;

  _wep_overview_forget_shares (self);
  g_clear_pointer (&self->share_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), WEP_TYPE_OVERVIEW_VIEW);
  /* dispose_template leaves the children it did not bind. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (wep_overview_view_parent_class)->dispose (object);
}

static void
wep_overview_view_finalize (GObject *object)
{
  WepOverviewView *self = (WepOverviewView *) object;

  g_clear_pointer (&self->selected_region, g_free);
  g_clear_pointer (&self->regions_key, g_free);
  g_clear_pointer (&self->region_rows, g_array_unref);

  G_OBJECT_CLASS (wep_overview_view_parent_class)->finalize (object);
}

static void
wep_overview_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  WepOverviewView *self = WEP_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_SELECTED_REGION:
      g_value_set_string (value, self->selected_region);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_overview_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  WepOverviewView *self = WEP_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      wep_overview_view_set_session (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_REGION:
      wep_overview_view_set_selected_region (self, g_value_get_string (value));
      break;

    case PROP_YEAR:
      wep_overview_view_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_overview_view_class_init (WepOverviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wep_overview_view_dispose;
  object_class->finalize = wep_overview_view_finalize;
  object_class->get_property = wep_overview_view_get_property;
  object_class->set_property = wep_overview_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, WEP_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SELECTED_REGION] =
    g_param_spec_string ("selected-region", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/woneneerst/Planner/wep-overview-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, stack);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, problem_page);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, region_list);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, region_title);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, caption_label);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, goal_box);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, goal_title);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, goal_label);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, chance_label);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, work_progress);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, figure_grid);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, charts_box);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, wait_group);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, homes_group);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, needs_spinner);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, shares_group);
  gtk_widget_class_bind_template_child (widget_class, WepOverviewView, results_view);
}

static void
wep_overview_view_init (WepOverviewView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->region_rows = g_array_new (FALSE, FALSE, sizeof (RegionRow));
  create_figures (self);
  create_pathway_rows (self->wait_group, self->wait_rows, self->wait_labels);
  create_pathway_rows (self->homes_group, self->homes_rows, self->homes_labels);
  _wep_overview_setup_shares (self);
  wep_results_table_setup (self->results_view);
  /* The heading names the region: its column would only repeat it. */
  {
    g_autoptr(GtkColumnViewColumn) region_column =
      g_list_model_get_item (gtk_column_view_get_columns (self->results_view), 0);

    gtk_column_view_column_set_visible (region_column, FALSE);
  }

  g_signal_connect_object (self->region_list, "row-selected", G_CALLBACK (row_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->year_dropdown, "notify::selected",
                           G_CALLBACK (year_selected_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
wep_overview_view_new (WepSession *session)
{
  g_return_val_if_fail (session == NULL || WEP_IS_SESSION (session), NULL);

  return g_object_new (WEP_TYPE_OVERVIEW_VIEW, "session", session, NULL);
}

WepSession *
wep_overview_view_get_session (WepOverviewView *self)
{
  g_return_val_if_fail (WEP_IS_OVERVIEW_VIEW (self), NULL);

  return self->session;
}

void
wep_overview_view_set_session (WepOverviewView *self,
                               WepSession      *session)
{
  g_return_if_fail (WEP_IS_OVERVIEW_VIEW (self));
  g_return_if_fail (session == NULL || WEP_IS_SESSION (session));

  if (self->session == session)
    return;
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  _wep_overview_forget_shares (self);
  setup_charts (self);

  /* Another plan: other regions and years. */
  g_clear_pointer (&self->regions_key, g_free);
  self->base_year = self->n_years = 0;
  self->year = 0;
  if (session != NULL)
    {
      g_signal_connect_object (session, "results-changed", G_CALLBACK (plan_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::fair-share-key",
                               G_CALLBACK (_wep_overview_sync_share_key), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "needs-changed", G_CALLBACK (results_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "uncertainty-changed", G_CALLBACK (results_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::progress", G_CALLBACK (progress_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::busy", G_CALLBACK (progress_cb),
                               self, G_CONNECT_SWAPPED);
      progress_cb (self);
      self->updating = TRUE;
      gtk_drop_down_set_selected (self->shares_key, wep_session_get_fair_share_key (session));
      self->updating = FALSE;
      refresh (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

const char *
wep_overview_view_get_selected_region (WepOverviewView *self)
{
  g_return_val_if_fail (WEP_IS_OVERVIEW_VIEW (self), NULL);

  return self->selected_region;
}

void
wep_overview_view_set_selected_region (WepOverviewView *self,
                                       const char      *region)
{
  g_return_if_fail (WEP_IS_OVERVIEW_VIEW (self));

  if (g_strcmp0 (self->selected_region, region) == 0)
    return;
  g_free (self->selected_region);
  self->selected_region = g_strdup (region);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_REGION]);
}

int
wep_overview_view_get_year (WepOverviewView *self)
{
  g_return_val_if_fail (WEP_IS_OVERVIEW_VIEW (self), 0);

  return self->year;
}

void
wep_overview_view_set_year (WepOverviewView *self,
                            int              year)
{
  g_return_if_fail (WEP_IS_OVERVIEW_VIEW (self));

  if (self->year == year)
    return;
  self->year = year;
  if (year >= self->base_year && year < self->base_year + self->n_years)
    {
      self->updating = TRUE;
      gtk_drop_down_set_selected (self->year_dropdown, (guint) (year - self->base_year));
      self->updating = FALSE;
    }
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

GtkLabel *
wep_overview_view_get_figure (WepOverviewView *self,
                              WepFigure        figure)
{
  g_return_val_if_fail (WEP_IS_OVERVIEW_VIEW (self), NULL);
  g_return_val_if_fail (figure < WEP_N_FIGURES, NULL);

  return self->figures[figure];
}

GtkLabel *
wep_overview_view_get_goal_label (WepOverviewView *self)
{
  g_return_val_if_fail (WEP_IS_OVERVIEW_VIEW (self), NULL);

  return self->goal_title;
}

GtkColumnView *
wep_overview_view_get_results_view (WepOverviewView *self)
{
  g_return_val_if_fail (WEP_IS_OVERVIEW_VIEW (self), NULL);

  return self->results_view;
}
