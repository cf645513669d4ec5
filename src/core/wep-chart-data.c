/* wep-chart-data.c: what the charts show — the region, the years, and the
 * charts read from the yearly results: the homeless, the waiting times,
 * the uncertainty band
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-chart-data-private.h"
#include "wep-chart-format.h"
#include "wep-plan-rows.h"

/* ---- shared ------------------------------------------------------------ */

WepChartRegion
_wep_chart_region (const WepChartSources   *sources,
                   const WepChartSelection *selection)
{
  const WepModelInput *input = sources->input;
  WepChartRegion region = { -1, NULL, FALSE };

  if (input == NULL)
    return region;
  if (selection->region == NULL)
    {
      region.found = input->regions->len > 0;
      if (input->regions->len == 1)
        {
          region.index = 0;
          region.label = wep_model_input_region (input, 0)->name;
        }
      else
        region.label = _("All regions");
      return region;
    }
  for (guint i = 0; i < input->regions->len; i++)
    if (g_str_equal (wep_model_input_region (input, i)->name, selection->region))
      {
        region.index = (int) i;
        region.label = wep_model_input_region (input, i)->name;
        region.found = TRUE;
        return region;
      }
  region.label = selection->region;
  return region;
}

char *
_wep_chart_subtitle (const WepChartSources *sources,
                     const WepChartRegion  *region,
                     const char            *extra)
{
  g_autofree char *where = NULL;

  if (sources->scenario != NULL && region->label != NULL)
    /* Translators: a chart's subtitle: the region, then the scenario */
    where = g_strdup_printf (_("%s · scenario “%s”"), region->label, sources->scenario);
  else
    where = g_strdup (region->label != NULL ? region->label : "");
  if (extra == NULL)
    return g_steal_pointer (&where);
  /* Translators: a chart's subtitle followed by what it shows */
  return g_strdup_printf (_("%s · %s"), where, extra);
}

WepChartData *
_wep_chart_message (WepChartKind  kind,
                    char         *subtitle,
                    const char   *message)
{
  WepChartData *data = wep_chart_data_new (kind, 0);

  data->subtitle = subtitle;
  data->message = g_strdup (message);
  return data;
}

int
_wep_chart_target_year (const WepModelInput *input,
                        int                  region)
{
  int year = 0;

  if (region >= 0)
    return (int) wep_model_input_region (input, region)->scalar[WEP_S_TARGET_YEAR];
  for (guint i = 0; i < input->regions->len; i++)
    {
      int y = (int) wep_model_input_region (input, i)->scalar[WEP_S_TARGET_YEAR];

      if (i > 0 && y != year)
        return 0;
      year = y;
    }
  return year;
}

gboolean
_wep_chart_column_is_stock (WepColumn column)
{
  return (column >= WEP_C_HOMELESS && column <= WEP_C_WAIT_GRP);
}

char *
_wep_chart_year_axis (gboolean stocks)
{
  if (stocks)
    /* Translators: the axis of years in a chart of stocks, counted on 31 December */
    return g_strdup (_("Year (situation at the end of December)"));
  /* Translators: the axis of years in a chart of what happens in a year */
  return g_strdup (_("Year"));
}

WepChartData *
_wep_chart_years (WepChartKind             kind,
                  const WepModelInput     *input,
                  const WepChartSelection *selection)
{
  WepChartData *data = wep_chart_data_new (kind, input->horizon_years);
  gboolean stocks = kind == WEP_CHART_HOMELESS || kind == WEP_CHART_WAIT
                    || (kind == WEP_CHART_UNCERTAINTY
                        && _wep_chart_column_is_stock (selection->column));

  wep_chart_data_set_years (data, input->base_year);
  data->highlight = wep_chart_data_year_index (data, selection->year);
  data->category_label = _wep_chart_year_axis (stocks);
  return data;
}

const WepRegionResult *
_wep_chart_region_result (const WepResults     *results,
               const WepChartRegion *region)
{
  if (region->index >= 0)
    return g_ptr_array_index (results->regions, region->index);
  return results->total != NULL ? results->total : g_ptr_array_index (results->regions, 0);
}

void
_wep_chart_mark_target_year (WepChartData        *data,
                  const WepModelInput *input,
                  int                  region)
{
  int target = _wep_chart_target_year (input, region);

  data->marker = wep_chart_data_year_index (data, target);
  if (data->marker >= 0)
    /* Translators: the year by which the goal must be met, marked in a chart */
    data->marker_label = g_strdup (_("target year"));
}

WepChartUnit
_wep_chart_column_unit (WepColumn column)
{
  if (wep_column_is_wait (column))
    return WEP_CHART_UNIT_MONTHS;
  if (column == WEP_C_COST)
    return WEP_CHART_UNIT_EUROS;
  return WEP_CHART_UNIT_PERSONS;
}

char *
_wep_chart_column_axis_title (WepColumn column)
{
  const WepKeyInfo *info = wep_column_info (column);

  if (column == WEP_C_COST)
    return g_strdup (_(info->label));
  return wep_chart_axis_title (_(info->label), _(info->unit));
}

/* ---- 1. the homeless --------------------------------------------------- */

static WepChartData *
build_homeless (const WepChartSources   *sources,
                const WepChartSelection *selection,
                const WepChartRegion    *region)
{
  const WepRegionResult *result = _wep_chart_region_result (sources->results, region);
  WepChartData *data = _wep_chart_years (WEP_CHART_HOMELESS, sources->input, selection);
  WepChartSeries *total, *sheltered, *unsheltered, *places;

  data->subtitle = _wep_chart_subtitle (sources, region, NULL);
  data->unit = WEP_CHART_UNIT_PERSONS;
  /* Translators: the value axis of the chart of homeless persons: its unit */
  data->value_label = g_strdup (_("Persons"));
  data->value_labels = TRUE;
  total = wep_chart_data_add_series (data, _("Homeless in total"), wep_palette_series (7),
                                     WEP_CHART_MARK_NONE);
  sheltered = wep_chart_data_add_series (data, _(wep_column_info (WEP_C_SHELTERED)->label),
                                         wep_palette_series (0), WEP_CHART_MARK_BAR);
  unsheltered = wep_chart_data_add_series (data, _(wep_column_info (WEP_C_UNSHELTERED)->label),
                                           wep_palette_series (5), WEP_CHART_MARK_BAR);
  places = wep_chart_data_add_series (data, _(wep_yearly_info (WEP_Y_SHELTER_CAPACITY)->label),
                                      wep_palette_series (2), WEP_CHART_MARK_STEP);
  for (int y = 0; y < result->n_years; y++)
    {
      double capacity = 0.0;

      total->values[y] = wep_region_result_get (result, y, WEP_C_HOMELESS);
      sheltered->values[y] = wep_region_result_get (result, y, WEP_C_SHELTERED);
      unsheltered->values[y] = wep_region_result_get (result, y, WEP_C_UNSHELTERED);
      for (guint i = 0; i < sources->input->regions->len; i++)
        if (region->index < 0 || (int) i == region->index)
          capacity += wep_model_input_region (sources->input, i)->yearly[WEP_Y_SHELTER_CAPACITY][y];
      places->values[y] = capacity;
    }
  data->note = g_strdup (_("Homeless persons are in the shelter up to its places; the others "
                           "sleep rough or stay with others."));
  return data;
}

/* ---- 3. waiting times -------------------------------------------------- */

static WepChartData *
build_wait (const WepChartSources   *sources,
            const WepChartSelection *selection,
            const WepChartRegion    *region)
{
  const WepRegionResult *result = _wep_chart_region_result (sources->results, region);
  WepChartData *data = _wep_chart_years (WEP_CHART_WAIT, sources->input, selection);
  static const guint colors[WEP_N_HOUSING] = { 0, 2, 3 };
  gboolean gaps = FALSE, same_wait = TRUE;
  double max_wait = NAN;
  int target;

  data->subtitle = _wep_chart_subtitle (sources, region, NULL);
  data->unit = WEP_CHART_UNIT_MONTHS;
  /* Translators: the value axis of the waiting time chart */
  data->value_label = g_strdup (_("Waiting time for a home (months)"));
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    {
      WepChartSeries *series =
        wep_chart_data_add_series (data, wep_plan_pathway_label (wep_pathway_key (k)),
                                   wep_palette_series (colors[k]), WEP_CHART_MARK_LINE);

      for (int y = 0; y < result->n_years; y++)
        {
          series->values[y] = wep_region_result_get (result, y, WEP_C_WAIT_HF + k);
          gaps |= isnan (series->values[y]);
        }
    }

  for (guint i = 0; i < sources->input->regions->len; i++)
    if (region->index < 0 || (int) i == region->index)
      {
        double wait = wep_model_input_region (sources->input, i)->scalar[WEP_S_MAX_WAIT_MONTHS];

        same_wait &= isnan (max_wait) || wait == max_wait;
        max_wait = wait;
      }
  target = _wep_chart_target_year (sources->input, region->index);
  _wep_chart_mark_target_year (data, sources->input, region->index);
  if (same_wait && target != 0 && isfinite (max_wait))
    {
      g_autofree char *months = wep_chart_format_number (max_wait, max_wait == round (max_wait)
                                                                     ? 0 : 1);

      data->goal = max_wait;
      /* Translators: the goal line of the waiting time chart; %d is the
       * target year, %s the months */
      data->goal_label = g_strdup_printf (_("Goal: from the end of %d nobody waits longer than "
                                            "%s months"), target, months);
    }
  if (gaps)
    data->note = g_strdup (_("A line stops where nobody moved into a home on that pathway in "
                             "a year: without moves there is no waiting time. The waiting "
                             "time is those waiting at the end of the year divided by the moves "
                             "per month."));
  else if (isnan (data->goal))
    data->note = g_strdup (_("The regions have different goals, so no single goal line is "
                             "drawn. The waiting time is those waiting at the end of the year "
                             "divided by the moves per month."));
  else
    data->note = g_strdup (_("The waiting time is those waiting at the end of the year divided "
                             "by the moves per month."));
  return data;
}

/* ---- 4. uncertainty ---------------------------------------------------- */

static WepChartData *
build_uncertainty (const WepChartSources   *sources,
                   const WepChartSelection *selection,
                   const WepChartRegion    *region)
{
  const WepUncertainty *u = sources->uncertainty;
  const WepRegionResult *result = _wep_chart_region_result (sources->results, region);
  const WepRegionSpread *spread;
  WepColumn column = selection->column < WEP_N_COLUMNS ? selection->column : WEP_C_HOMELESS;
  const char *label = _(wep_column_info (column)->label);
  g_autofree char *runs = NULL, *count = NULL;
  WepChartSeries *band, *median, *plain;
  WepChartData *data;

  if (u == NULL)
    {
      WepChartData *empty =
        _wep_chart_message (WEP_CHART_UNCERTAINTY, _wep_chart_subtitle (sources, region, label),
                            sources->busy
                              ? _("Computing the uncertainty…")
                              : _("No input of this scenario has a range (low, most likely, "
                                  "high), so there is no uncertainty to show. Give an input a "
                                  "range to see how far the outcomes can spread."));

      g_free (empty->title);
      empty->title = g_strdup_printf (_("Uncertainty: %s"), label);
      return empty;
    }

  spread = region->index >= 0 ? g_ptr_array_index (u->regions, region->index)
                              : u->total != NULL ? u->total : g_ptr_array_index (u->regions, 0);
  count = wep_chart_format_number (u->n_runs, 0);
  /* Translators: %s is the number of model runs */
  runs = g_strdup_printf (ngettext ("%s run", "%s runs", u->n_runs), count);
  data = _wep_chart_years (WEP_CHART_UNCERTAINTY, sources->input, selection);
  g_free (data->title);
  /* Translators: the title of the uncertainty chart, %s is what it shows ("Homeless") */
  data->title = g_strdup_printf (_("Uncertainty: %s"), label);
  data->subtitle = _wep_chart_subtitle (sources, region, runs);
  data->unit = _wep_chart_column_unit (column);
  data->value_label = _wep_chart_column_axis_title (column);

  band = wep_chart_data_add_series (data, _("8 in 10 runs (P10 to P90)"), wep_palette_series (0),
                                    WEP_CHART_MARK_BAND);
  median = wep_chart_data_add_series (data, _("Median (P50)"), wep_palette_series (0),
                                      WEP_CHART_MARK_LINE);
  plain = wep_chart_data_add_series (data, _("Without uncertainty"), wep_palette_series (1),
                                     WEP_CHART_MARK_LINE);
  plain->dashed = TRUE;
  for (int y = 0; y < u->n_years && y < (int) data->n_categories; y++)
    {
      gsize cell = (gsize) y * WEP_N_COLUMNS + column;

      band->values[y] = spread->percentile[WEP_PERCENTILE_P10][cell];
      band->high[y] = spread->percentile[WEP_PERCENTILE_P90][cell];
      median->values[y] = spread->percentile[WEP_PERCENTILE_P50][cell];
      plain->values[y] = wep_region_result_get (result, y, column);
    }
  _wep_chart_mark_target_year (data, sources->input, region->index);
  data->note = g_strdup (_("Every input with a range is drawn anew in each run. In 8 of every 10 "
                           "runs the outcome lies within the band; half lie above the median."));
  return data;
}

/* ---- all --------------------------------------------------------------- */

WepChartData *
wep_chart_data_build (WepChartKind             kind,
                      const WepChartSources   *sources,
                      const WepChartSelection *selection)
{
  WepChartRegion region;

  g_return_val_if_fail (kind < WEP_N_CHART_KINDS, NULL);
  g_return_val_if_fail (sources != NULL && selection != NULL, NULL);

  region = _wep_chart_region (sources, selection);
  if (sources->input == NULL || sources->results == NULL)
    return _wep_chart_message (kind, NULL,
                               sources->problem != NULL
                                 ? sources->problem
                                 : _("There are no results to show: the plan has no scenario "
                                     "that can be computed."));
  if (!region.found)
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a region of this scenario."), region.label);

      return _wep_chart_message (kind, NULL, message);
    }

  switch (kind)
    {
    case WEP_CHART_HOMELESS:
      return build_homeless (sources, selection, &region);
    case WEP_CHART_NEEDS:
      return _wep_chart_build_needs (sources, selection);
    case WEP_CHART_WAIT:
      return build_wait (sources, selection, &region);
    case WEP_CHART_UNCERTAINTY:
      return build_uncertainty (sources, selection, &region);
    case WEP_CHART_FAIR_SHARE:
      return _wep_chart_build_fair_share (sources, selection);
    case WEP_CHART_COMPARE:
      return _wep_chart_build_compare (sources, selection);
    case WEP_CHART_COSTS:
      return _wep_chart_build_costs (sources, selection);
    case WEP_CHART_MONITORING:
      return _wep_chart_build_monitoring (sources, selection);
    case WEP_N_CHART_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}
