/* wep-map-view-values.c: what the map shows — the indicator, pathway,
 * level, classes and colours chosen, the values and legend they give, the
 * fair share by the session's key and the years of the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wep-custom-region.h"
#include "wep-map-view-private.h"

/* ---- values and colours ------------------------------------------------- */

int
_wep_map_view_get_pathway (WepMapView *self)
{
  guint selected = gtk_drop_down_get_selected (self->pathway_dropdown);

  /* All pathways first, then hf, ind, grp. */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return WEP_N_HOUSING;
  return (int) selected - 1;
}

char *
_wep_map_view_format_value (WepMapView *self,
                            double      value)
{
  g_autofree char *number = NULL;

  if (self->legend == NULL || isnan (value))
    return g_strdup (_("no data"));
  number = wep_legend_format_value (self->legend, value);
  /* Translators: a value on the map and its unit: "3,2 per 10.000 inwoners" */
  return g_strdup_printf (_("%s %s"), number, self->legend->unit);
}

/* The legend options the choices make; FALSE (and the error shown) when
 * the breaks typed by hand cannot be read. */
static gboolean
get_legend_options (WepMapView        *self,
                    WepLegendOptions  *options,
                    double           **breaks)
{
  g_autoptr (GError) error = NULL;
  guint method = gtk_drop_down_get_selected (self->method_dropdown);
  guint palette = gtk_drop_down_get_selected (self->palette_dropdown);

  *options = (WepLegendOptions) { 0 };
  options->method = method < WEP_N_CLASSIFY_METHODS ? method : WEP_CLASSIFY_QUANTILES;
  options->n_classes = (guint) gtk_spin_button_get_value_as_int (self->classes_spin);
  options->palette = palette < WEP_N_PALETTES ? palette : WEP_PALETTE_BLUES;
  options->decimals = -1;
  gtk_widget_set_sensitive (GTK_WIDGET (self->breaks_entry),
                            options->method == WEP_CLASSIFY_MANUAL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->classes_spin),
                            options->method != WEP_CLASSIFY_MANUAL);
  gtk_widget_set_visible (GTK_WIDGET (self->breaks_error), FALSE);
  if (options->method != WEP_CLASSIFY_MANUAL)
    return TRUE;

  *breaks = wep_class_breaks_parse (gtk_editable_get_text (GTK_EDITABLE (self->breaks_entry)),
                                    &options->n_breaks, &error);
  if (*breaks == NULL)
    {
      gtk_label_set_text (self->breaks_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->breaks_error), TRUE);
      options->method = WEP_CLASSIFY_QUANTILES;
      return FALSE;
    }
  options->breaks = *breaks;
  return TRUE;
}

/* The regions drawn with an outline: the scenario's and the custom ones. */
static void
update_outlines (WepMapView *self)
{
  g_autoptr (GArray) regions = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint r = 0; r < self->data->regions->len; r++)
    if ((self->values != NULL && self->values->in_scenario[r])
        || g_str_equal (wep_map_data_region (self->data, r)->kind, WEP_CUSTOM_REGION_KIND))
      g_array_append_val (regions, r);
  wep_map_scene_set_regions (self->scene, (const guint *) regions->data, regions->len);
}

void
_wep_map_view_update_values (WepMapView *self)
{
  WepMapIndicator indicator = wep_map_view_get_indicator (self);
  WepMapLevel level = wep_map_view_get_level (self);
  WepMapSources sources = { 0 };
  g_autofree double *colours = NULL;
  g_autofree double *classified = NULL;
  g_autofree double *breaks = NULL;
  WepLegendOptions options;
  g_autoptr (GError) error = NULL;
  guint n_classified = 0;

  if (self->data == NULL)
    return;

  sources.input = wep_session_get_input (self->session);
  sources.results = wep_session_get_results (self->session);
  sources.fair_share = self->fair_share;
  sources.problem = self->problem;
  g_clear_pointer (&self->values, wep_map_values_free);
  self->values = wep_map_values_compute (self->data, &sources, self->year,
                                         _wep_map_view_get_pathway (self));

  /* The legend classifies what is shown: every municipality on the map,
   * or each region of the scenario once (also for a region's own figure
   * shown on its municipalities). */
  colours = wep_map_values_for_municipalities (self->values, indicator, level);
  if (level == WEP_MAP_REGIONS || wep_map_indicator_is_regional (indicator))
    {
      classified = wep_map_values_for_regions (self->values, indicator);
      for (guint r = 0; r < self->values->n_regions; r++)
        if (self->values->in_scenario[r])
          classified[n_classified++] = classified[r];
    }
  else
    {
      classified = g_new (double, MAX (self->values->n_municipalities, 1));
      for (guint i = 0; i < self->values->n_municipalities; i++)
        if (wep_map_data_municipality (self->data, i)->shape != NULL)
          classified[n_classified++] = colours[i];
    }

  get_legend_options (self, &options, &breaks);
  g_clear_pointer (&self->legend, wep_legend_free);
  self->legend = wep_map_legend_new (indicator, _wep_map_view_get_pathway (self), self->year,
                                     classified, n_classified, &options, &error);
  if (self->legend == NULL)
    {
      /* Breaks that do not fit: quantiles, and the reason shown. */
      gtk_label_set_text (self->breaks_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->breaks_error), TRUE);
      options.method = WEP_CLASSIFY_QUANTILES;
      self->legend = wep_map_legend_new (indicator, _wep_map_view_get_pathway (self), self->year,
                                         classified, n_classified, &options, NULL);
    }

  wep_map_scene_set_values (self->scene, colours, self->legend);
  wep_map_scene_set_show_labels (self->scene, gtk_check_button_get_active (self->labels_check));
  update_outlines (self);
  _wep_map_view_update_selection (self);
  _wep_map_view_update_legend (self);
}

/* ---- the plan's years, fair share and boundaries ------------------------- */

void
_wep_map_view_compute_fair_share (WepMapView *self)
{
  const char *scenario = wep_session_get_scenario (self->session);
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->fair_share, wep_fair_share_free);
  g_clear_pointer (&self->problem, g_free);
  if (wep_session_get_problem (self->session) != NULL)
    self->problem = g_strdup (wep_session_get_problem (self->session));
  else if (scenario == NULL)
    self->problem = g_strdup (_("The plan has no scenario yet, so there are no results to map; "
                                "plan realisation is shown all the same."));
  else
    {
      self->fair_share = wep_fair_share_compute (wep_session_get_document (self->session),
                                                 scenario,
                                                 wep_session_get_fair_share_key (self->session),
                                                 &error);
      if (self->fair_share == NULL)
        self->problem = g_strdup (error->message);
    }
}

void
_wep_map_view_update_years (WepMapView *self)
{
  const WepModelInput *input = wep_session_get_input (self->session);
  WepMapSources sources = { input, NULL, NULL, NULL };
  int first = 0, last = 0, year = self->year;

  if (!wep_map_years (self->data, &sources, &first, &last))
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();

      first = last = year = g_date_time_get_year (now);
    }
  /* A new plan starts at the goal's year, as the overview does. */
  if (year < first || year > last || self->first_year != first)
    year = input != NULL && input->regions->len > 0
             ? (int) wep_model_input_region (input, 0)->scalar[WEP_S_TARGET_YEAR] : last;
  year = CLAMP (year, first, last);
  self->first_year = first;
  self->last_year = last;
  self->year = year;

  self->updating = TRUE;
  gtk_adjustment_configure (self->year_adjustment, year, first, last, 1, 1, 0);
  gtk_scale_clear_marks (self->year_scale);
  for (int y = first; y <= last; y++)
    {
      g_autofree char *text = g_strdup_printf ("%d", y);

      gtk_scale_add_mark (self->year_scale, y, GTK_POS_BOTTOM,
                          y == first || y == last ? text : NULL);
    }
  gtk_widget_set_visible (self->year_box, last > first);
  self->updating = FALSE;
  {
    g_autofree char *text = g_strdup_printf ("%d", year);

    gtk_label_set_text (self->year_label, text);
  }
}

/* Which municipalities are not on the map, for the notice above it. */
void
_wep_map_view_update_missing (WepMapView *self)
{
  g_autoptr (GString) names = g_string_new (NULL);
  guint n_missing = self->data->municipalities->len - self->data->n_with_shape, listed = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->data->municipalities->len && listed < 4; i++)
    if (wep_map_data_municipality (self->data, i)->shape == NULL)
      {
        g_string_append_printf (names, "%s%s", listed > 0 ? ", " : "",
                                wep_map_data_municipality (self->data, i)->name);
        listed++;
      }
  if (n_missing > listed)
    /* Translators: the end of a list of names, "and 12 more" */
    g_string_append_printf (names, _(", and %u more"), n_missing - listed);
  text = g_strdup_printf (ngettext (
                                       "%u municipality has no boundary and is not on the map: "
                                       "%s. The plan file keeps no other location for it.",
                                       "%u municipalities have no boundary and are not on the "
                                       "map: %s. The plan file keeps no other location for "
                                       "them.", n_missing),
                          n_missing, names->str);
  gtk_label_set_text (self->missing_label, text);
  gtk_revealer_set_reveal_child (self->missing_revealer,
                                 n_missing > 0 && self->data->n_with_shape > 0);
}

/* ---- the choices -------------------------------------------------------- */

WepMapIndicator
wep_map_view_get_indicator (WepMapView *self)
{
  guint selected;

  g_return_val_if_fail (WEP_IS_MAP_VIEW (self), WEP_MAP_NEED_PER_10K);

  selected = gtk_drop_down_get_selected (self->indicator_dropdown);
  return selected < WEP_N_MAP_INDICATORS ? selected : WEP_MAP_NEED_PER_10K;
}

void
wep_map_view_set_indicator (WepMapView      *self,
                            WepMapIndicator  indicator)
{
  g_return_if_fail (WEP_IS_MAP_VIEW (self));
  g_return_if_fail (indicator < WEP_N_MAP_INDICATORS);

  gtk_drop_down_set_selected (self->indicator_dropdown, indicator);
}

WepMapLevel
wep_map_view_get_level (WepMapView *self)
{
  g_return_val_if_fail (WEP_IS_MAP_VIEW (self), WEP_MAP_MUNICIPALITIES);
  return gtk_toggle_button_get_active (self->regions_toggle) ? WEP_MAP_REGIONS
                                                             : WEP_MAP_MUNICIPALITIES;
}

void
wep_map_view_set_level (WepMapView  *self,
                        WepMapLevel  level)
{
  g_return_if_fail (WEP_IS_MAP_VIEW (self));

  gtk_toggle_button_set_active (level == WEP_MAP_REGIONS ? self->regions_toggle
                                                         : self->municipalities_toggle, TRUE);
}

void
_wep_map_view_choice_changed_cb (WepMapView *self)
{
  g_assert (WEP_IS_MAP_VIEW (self));

  if (!self->updating)
    _wep_map_view_update_values (self);
}

void
_wep_map_view_indicator_selected_cb (WepMapView *self)
{
  WepMapIndicator indicator;

  g_assert (WEP_IS_MAP_VIEW (self));

  if (self->updating)
    return;
  indicator = wep_map_view_get_indicator (self);
  /* Each indicator has the colours that suit it (diverging for the gap). */
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->palette_dropdown, wep_map_indicator_palette (indicator));
  self->updating = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->pathway_dropdown),
                            wep_map_indicator_has_pathways (indicator));
  gtk_widget_set_visible (self->key_box, wep_map_indicator_uses_fair_share (indicator));
  _wep_map_view_update_values (self);
}

void
_wep_map_view_palette_selected_cb (WepMapView *self)
{
  g_assert (WEP_IS_MAP_VIEW (self));

  if (!self->updating)
    _wep_map_view_update_values (self);
}

void
_wep_map_view_key_selected_cb (WepMapView *self)
{
  guint selected;

  g_assert (WEP_IS_MAP_VIEW (self));

  selected = gtk_drop_down_get_selected (self->key_dropdown);
  if (!self->updating && selected < WEP_N_FAIR_SHARE_KEYS)
    wep_session_set_fair_share_key (self->session, selected);
}
