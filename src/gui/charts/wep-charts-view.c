/* wep-charts-view.c: the "Grafieken" page
 *
 * All eight charts, one under the other in the order a council asks its
 * questions: how many are homeless, how many homes are needed against
 * planned, how long people wait, who does their share, what it costs, how
 * sure we are, what another scenario changes, what has been done. Region
 * and year at the top apply to all of them; a chart with a choice of its
 * own (the column, the other scenario, the fair-share key) has it above
 * it. Each chart follows the session by itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-charts-view.h"

struct _WepChartsView
{
  AdwBin          parent_instance;

  WepSession     *session;
  char           *region;
  int             year;

  GtkDropDown    *region_dropdown;
  GtkStringList  *region_names;
  GtkDropDown    *year_dropdown;
  GtkStringList  *year_names;
  GtkBox         *charts_box;

  GtkWidget      *charts[WEP_N_CHART_KINDS];
  GPtrArray      *regions;        /* of char *, as region_names; NULL: the whole plan */
  GArray         *years;          /* of int, as year_names; 0: none */
  GtkDropDown    *key_dropdown;
  GtkDropDown    *other_dropdown;
  GtkStringList  *other_names;
  GtkWidget      *other_row;
  gboolean        syncing;        /* dropdowns set from here, not by the user */
};

G_DEFINE_FINAL_TYPE (WepChartsView, wep_charts_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_SELECTED_REGION,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The order of the page. */
static const WepChartKind page_order[] = {
  WEP_CHART_HOMELESS, WEP_CHART_NEEDS, WEP_CHART_WAIT, WEP_CHART_FAIR_SHARE,
  WEP_CHART_COSTS, WEP_CHART_UNCERTAINTY, WEP_CHART_COMPARE, WEP_CHART_MONITORING,
};

/* ---- the choices at the top -------------------------------------------- */

static gboolean
same_strings (GtkStringList *list,
              GPtrArray     *labels)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  if (n != labels->len)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (list, i), g_ptr_array_index (labels, i)) != 0)
      return FALSE;
  return TRUE;
}

static void
replace_strings (GtkStringList *list,
                 GPtrArray     *labels)
{
  g_ptr_array_add (labels, NULL);
  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                          (const char *const *) labels->pdata);
  g_ptr_array_set_size (labels, labels->len - 1);
}

static void
select_region_item (WepChartsView *self)
{
  guint index = 0;

  for (guint i = 0; i < self->regions->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->regions, i), self->region) == 0)
      index = i;
  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->region_dropdown, index);
  self->syncing = FALSE;
}

static void
select_year_item (WepChartsView *self)
{
  guint index = 0;

  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == self->year)
      index = i;
  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->year_dropdown, index);
  self->syncing = FALSE;
}

static void
sync_choices (WepChartsView *self)
{
  const WepModelInput *input = wep_session_get_input (self->session);
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  gboolean region_known = self->region == NULL;

  /* Regions: the whole plan first, when there is more than one. */
  g_ptr_array_set_size (self->regions, 0);
  if (input != NULL && input->regions->len > 1)
    {
      g_ptr_array_add (self->regions, NULL);
      g_ptr_array_add (labels, g_strdup (_("All regions")));
    }
  for (guint i = 0; input != NULL && i < input->regions->len; i++)
    {
      const char *name = wep_model_input_region (input, i)->name;

      /* A single region is the whole plan. */
      g_ptr_array_add (self->regions, input->regions->len > 1 ? g_strdup (name) : NULL);
      g_ptr_array_add (labels, g_strdup (name));
      region_known |= g_strcmp0 (name, self->region) == 0;
    }
  self->syncing = TRUE;
  if (!same_strings (self->region_names, labels))
    replace_strings (self->region_names, labels);
  self->syncing = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->region_dropdown), self->regions->len > 1);
  if (!region_known && input != NULL)
    wep_charts_view_set_selected_region (self, NULL);
  select_region_item (self);

  /* Years: none marked, then the model's years. */
  g_ptr_array_set_size (labels, 0);
  g_array_set_size (self->years, 0);
  g_array_append_val (self->years, (int) { 0 });
  g_ptr_array_add (labels, g_strdup (_("No year")));
  for (int y = 0; input != NULL && y < input->horizon_years; y++)
    {
      int year = input->base_year + y;

      g_array_append_val (self->years, year);
      g_ptr_array_add (labels, g_strdup_printf ("%d", year));
    }
  self->syncing = TRUE;
  if (!same_strings (self->year_names, labels))
    replace_strings (self->year_names, labels);
  self->syncing = FALSE;
  if (self->year != 0 && input != NULL
      && (self->year < input->base_year || self->year >= input->base_year + input->horizon_years))
    wep_charts_view_set_year (self, 0);
  select_year_item (self);
}

static void
region_selected_cb (WepChartsView *self)
{
  guint index = gtk_drop_down_get_selected (self->region_dropdown);

  g_assert (WEP_IS_CHARTS_VIEW (self));

  if (!self->syncing && index < self->regions->len)
    wep_charts_view_set_selected_region (self, g_ptr_array_index (self->regions, index));
}

static void
year_selected_cb (WepChartsView *self)
{
  guint index = gtk_drop_down_get_selected (self->year_dropdown);

  g_assert (WEP_IS_CHARTS_VIEW (self));

  if (!self->syncing && index < self->years->len)
    wep_charts_view_set_year (self, g_array_index (self->years, int, index));
}

/* ---- the choices of single charts -------------------------------------- */

static GtkWidget *
labelled (const char *mnemonic,
          const char *name,
          GtkWidget  *dropdown)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_mnemonic_widget (GTK_LABEL (label), dropdown);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), dropdown);
  return box;
}

static void
column_selected_cb (GtkDropDown *dropdown,
                    GParamSpec  *pspec,
                    WepChart    *chart)
{
  guint column = gtk_drop_down_get_selected (dropdown);

  g_assert (WEP_IS_CHART (chart));

  if (column < WEP_N_COLUMNS)
    wep_chart_set_column (chart, wep_column_info (column)->key);
}

static GtkWidget *
new_column_choice (WepChart *chart)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  for (guint c = 0; c < WEP_N_COLUMNS; c++)
    gtk_string_list_append (names, _(wep_column_info (c)->label));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), WEP_C_HOMELESS);
  gtk_widget_set_tooltip_text (dropdown, _("The result the chart shows"));
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (column_selected_cb), chart, 0);
  return labelled (_("_Show"), _("Result shown"), dropdown);
}

static void
key_selected_cb (WepChartsView *self)
{
  guint key = gtk_drop_down_get_selected (self->key_dropdown);

  g_assert (WEP_IS_CHARTS_VIEW (self));

  if (!self->syncing && key < WEP_N_FAIR_SHARE_KEYS)
    wep_session_set_fair_share_key (self->session, key);
}

static void
session_key_changed_cb (WepChartsView *self)
{
  g_assert (WEP_IS_CHARTS_VIEW (self));

  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->key_dropdown, wep_session_get_fair_share_key (self->session));
  self->syncing = FALSE;
}

static GtkWidget *
new_key_choice (WepChartsView *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);

  for (guint k = 0; k < WEP_N_FAIR_SHARE_KEYS; k++)
    gtk_string_list_append (names, wep_fair_share_key_label (k));
  self->key_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)),
                                                         NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->key_dropdown),
                               _("How the region's need is shared out over its municipalities"));
  session_key_changed_cb (self);
  g_signal_connect_object (self->key_dropdown, "notify::selected", G_CALLBACK (key_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::fair-share-key",
                           G_CALLBACK (session_key_changed_cb), self, G_CONNECT_SWAPPED);
  return labelled (_("_Key"), _("Fair-share key"), GTK_WIDGET (self->key_dropdown));
}

static void
other_selected_cb (WepChartsView *self)
{
  guint index = gtk_drop_down_get_selected (self->other_dropdown);

  g_assert (WEP_IS_CHARTS_VIEW (self));

  if (!self->syncing && index != GTK_INVALID_LIST_POSITION)
    wep_chart_set_other_scenario (WEP_CHART (self->charts[WEP_CHART_COMPARE]),
                                  gtk_string_list_get_string (self->other_names, index));
}

/* The scenarios to compare with: the plan's others. */
static void
sync_other_scenarios (WepChartsView *self)
{
  WepChart *chart = WEP_CHART (self->charts[WEP_CHART_COMPARE]);
  g_auto (GStrv) names = wep_document_list_scenarios (wep_session_get_document (self->session));
  const char *current = wep_session_get_scenario (self->session);
  const char *other = wep_chart_get_other_scenario (chart);
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint index = 0;

  for (guint i = 0; names[i] != NULL; i++)
    if (g_strcmp0 (names[i], current) != 0)
      {
        if (g_strcmp0 (names[i], other) == 0)
          index = labels->len;
        g_ptr_array_add (labels, g_strdup (names[i]));
      }
  self->syncing = TRUE;
  if (!same_strings (self->other_names, labels))
    replace_strings (self->other_names, labels);
  if (labels->len > 0)
    gtk_drop_down_set_selected (self->other_dropdown, index);
  self->syncing = FALSE;
  gtk_widget_set_visible (self->other_row, labels->len > 0);
  wep_chart_set_other_scenario (chart, labels->len > 0 ? g_ptr_array_index (labels, index) : NULL);
}

static GtkWidget *
new_other_choice (WepChartsView *self)
{
  self->other_names = gtk_string_list_new (NULL);
  self->other_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (self->other_names),
                                                           NULL));
  g_object_ref (self->other_names);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->other_dropdown),
                               _("The scenario compared with the one shown"));
  g_signal_connect_object (self->other_dropdown, "notify::selected",
                           G_CALLBACK (other_selected_cb), self, G_CONNECT_SWAPPED);
  self->other_row = labelled (_("_Compare with"), _("Scenario compared with"),
                              GTK_WIDGET (self->other_dropdown));
  return self->other_row;
}

/* ---- the page ---------------------------------------------------------- */

static void
add_chart (WepChartsView *self,
           WepChartKind   kind)
{
  GtkWidget *chart = wep_chart_new (self->session, kind);
  GtkWidget *controls = NULL;

  self->charts[kind] = chart;
  g_object_bind_property (self, "selected-region", chart, "selected-region", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "year", chart, "year", G_BINDING_SYNC_CREATE);

  if (kind == WEP_CHART_FAIR_SHARE || kind == WEP_CHART_UNCERTAINTY || kind == WEP_CHART_COMPARE)
    {
      controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
      gtk_widget_set_halign (controls, GTK_ALIGN_END);
      gtk_widget_add_css_class (controls, "wep-charts-controls");
      gtk_widget_set_margin_top (controls, 12);
      if (kind == WEP_CHART_FAIR_SHARE)
        gtk_box_append (GTK_BOX (controls), new_key_choice (self));
      if (kind == WEP_CHART_COMPARE)
        gtk_box_append (GTK_BOX (controls), new_other_choice (self));
      if (kind != WEP_CHART_FAIR_SHARE)
        gtk_box_append (GTK_BOX (controls), new_column_choice (WEP_CHART (chart)));
      gtk_box_append (self->charts_box, controls);
    }
  gtk_box_append (self->charts_box, chart);
}

static void
results_changed_cb (WepChartsView *self)
{
  g_assert (WEP_IS_CHARTS_VIEW (self));

  sync_choices (self);
  sync_other_scenarios (self);
}

static void
wep_charts_view_constructed (GObject *object)
{
  WepChartsView *self = WEP_CHARTS_VIEW (object);

  G_OBJECT_CLASS (wep_charts_view_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (page_order); i++)
    add_chart (self, page_order[i]);
  g_signal_connect_object (self->session, "results-changed", G_CALLBACK (results_changed_cb),
                           self, G_CONNECT_SWAPPED);
  results_changed_cb (self);
}

static void
wep_charts_view_dispose (GObject *object)
{
  WepChartsView *self = WEP_CHARTS_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WEP_TYPE_CHARTS_VIEW);
  g_clear_object (&self->other_names);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (wep_charts_view_parent_class)->dispose (object);
}

static void
wep_charts_view_finalize (GObject *object)
{
  WepChartsView *self = WEP_CHARTS_VIEW (object);

  g_free (self->region);
  g_ptr_array_unref (self->regions);
  g_array_unref (self->years);

  G_OBJECT_CLASS (wep_charts_view_parent_class)->finalize (object);
}

static void
wep_charts_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WepChartsView *self = WEP_CHARTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_SELECTED_REGION:
      g_value_set_string (value, self->region);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_charts_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  WepChartsView *self = WEP_CHARTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_SELECTED_REGION:
      wep_charts_view_set_selected_region (self, g_value_get_string (value));
      break;
    case PROP_YEAR:
      wep_charts_view_set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_charts_view_class_init (WepChartsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = wep_charts_view_constructed;
  object_class->dispose = wep_charts_view_dispose;
  object_class->finalize = wep_charts_view_finalize;
  object_class->get_property = wep_charts_view_get_property;
  object_class->set_property = wep_charts_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, WEP_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_REGION] =
    g_param_spec_string ("selected-region", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (WEP_TYPE_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/woneneerst/Planner/charts/"
                                               "wep-charts-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WepChartsView, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WepChartsView, region_names);
  gtk_widget_class_bind_template_child (widget_class, WepChartsView, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WepChartsView, year_names);
  gtk_widget_class_bind_template_child (widget_class, WepChartsView, charts_box);
  gtk_widget_class_bind_template_callback (widget_class, region_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, year_selected_cb);

  /* The charts' few style rules (wep-charts.css). */
  if (gdk_display_get_default () != NULL)
    {
      g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider,
                                           "/io/github/woneneerst/Planner/charts/wep-charts.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
}

static void
wep_charts_view_init (WepChartsView *self)
{
  self->regions = g_ptr_array_new_with_free_func (g_free);
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
wep_charts_view_new (WepSession *session)
{
  g_return_val_if_fail (WEP_IS_SESSION (session), NULL);

  return g_object_new (WEP_TYPE_CHARTS_VIEW, "session", session, NULL);
}

WepSession *
wep_charts_view_get_session (WepChartsView *self)
{
  g_return_val_if_fail (WEP_IS_CHARTS_VIEW (self), NULL);
  return self->session;
}

const char *
wep_charts_view_get_selected_region (WepChartsView *self)
{
  g_return_val_if_fail (WEP_IS_CHARTS_VIEW (self), NULL);
  return self->region;
}

void
wep_charts_view_set_selected_region (WepChartsView *self,
                                     const char    *region)
{
  g_return_if_fail (WEP_IS_CHARTS_VIEW (self));

  if (g_strcmp0 (self->region, region) == 0)
    return;
  g_free (self->region);
  self->region = g_strdup (region);
  if (self->regions->len > 0)
    select_region_item (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_REGION]);
}

int
wep_charts_view_get_year (WepChartsView *self)
{
  g_return_val_if_fail (WEP_IS_CHARTS_VIEW (self), 0);
  return self->year;
}

void
wep_charts_view_set_year (WepChartsView *self,
                          int            year)
{
  g_return_if_fail (WEP_IS_CHARTS_VIEW (self));

  if (self->year == year)
    return;
  self->year = year;
  if (self->years->len > 0)
    select_year_item (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

WepChart *
wep_charts_view_get_chart (WepChartsView *self,
                           WepChartKind   kind)
{
  g_return_val_if_fail (WEP_IS_CHARTS_VIEW (self), NULL);
  g_return_val_if_fail (kind < WEP_N_CHART_KINDS, NULL);

  return WEP_CHART (self->charts[kind]);
}
