/* wep-map-indicator.c: the figures a map colours municipalities and
 * regions by
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-map-indicator.h"

typedef struct
{
  const char *key;
  const char *label;
  const char *unit;
  gboolean    pathways;
  gboolean    fair_share;
  WepPalette  palette;
} IndicatorInfo;

static const IndicatorInfo indicators[WEP_N_MAP_INDICATORS] = {
  [WEP_MAP_NEED_PER_10K] = { "need_per_10k", N_("Homes needed"), N_("per 10,000 inhabitants"),
                             TRUE, TRUE, WEP_PALETTE_BLUES },
  [WEP_MAP_GAP_PER_10K] = { "gap_per_10k", N_("Planned minus fair share"),
                            N_("per 10,000 inhabitants"), TRUE, TRUE,
                            WEP_PALETTE_ORANGE_PURPLE },
  [WEP_MAP_WAIT] = { "wait", N_("Waiting time"), N_("months"), TRUE, FALSE,
                     WEP_PALETTE_YELLOW_ORANGE_RED },
  [WEP_MAP_HOMELESS_PER_1K] = { "homeless_per_1k", N_("Homeless persons"),
                                N_("per 1,000 inhabitants"), FALSE, FALSE,
                                WEP_PALETTE_YELLOW_GREEN_BLUE },
  [WEP_MAP_REALISATION] = { "realisation", N_("Plan realisation"), N_("% of planned units"),
                            TRUE, FALSE, WEP_PALETTE_GREENS },
};

const char *
wep_map_indicator_key (WepMapIndicator indicator)
{
  g_return_val_if_fail (indicator < WEP_N_MAP_INDICATORS, NULL);
  return indicators[indicator].key;
}

gboolean
wep_map_indicator_from_key (const char      *key,
                            WepMapIndicator *indicator)
{
  g_return_val_if_fail (indicator != NULL, FALSE);

  for (guint i = 0; key != NULL && i < WEP_N_MAP_INDICATORS; i++)
    if (g_str_equal (key, indicators[i].key))
      {
        *indicator = i;
        return TRUE;
      }
  return FALSE;
}

const char *
wep_map_indicator_label (WepMapIndicator indicator)
{
  g_return_val_if_fail (indicator < WEP_N_MAP_INDICATORS, NULL);
  return _(indicators[indicator].label);
}

const char *
wep_map_indicator_unit (WepMapIndicator indicator)
{
  g_return_val_if_fail (indicator < WEP_N_MAP_INDICATORS, NULL);
  return _(indicators[indicator].unit);
}

gboolean
wep_map_indicator_has_pathways (WepMapIndicator indicator)
{
  g_return_val_if_fail (indicator < WEP_N_MAP_INDICATORS, FALSE);
  return indicators[indicator].pathways;
}

gboolean
wep_map_indicator_is_regional (WepMapIndicator indicator)
{
  g_return_val_if_fail (indicator < WEP_N_MAP_INDICATORS, FALSE);
  return indicator == WEP_MAP_WAIT || indicator == WEP_MAP_HOMELESS_PER_1K;
}

gboolean
wep_map_indicator_uses_fair_share (WepMapIndicator indicator)
{
  g_return_val_if_fail (indicator < WEP_N_MAP_INDICATORS, FALSE);
  return indicators[indicator].fair_share;
}

WepPalette
wep_map_indicator_palette (WepMapIndicator indicator)
{
  g_return_val_if_fail (indicator < WEP_N_MAP_INDICATORS, WEP_PALETTE_BLUES);
  return indicators[indicator].palette;
}

/* ---- computing ---------------------------------------------------------- */

static void
figures_init (WepMapFigures *f)
{
  f->population = NAN;
  f->need = NAN;
  f->planned = 0.0;
  f->realised = 0.0;
  f->gap = NAN;
  f->wait = NAN;
  f->homeless = NAN;
  f->region = -1;
}

void
wep_map_values_free (WepMapValues *values)
{
  if (values == NULL)
    return;
  g_free (values->municipalities);
  g_free (values->regions);
  g_free (values->in_scenario);
  g_free (values);
}

/* The region's wait and homeless of the year from the model's results. */
static void
set_results (WepMapFigures         *f,
             const WepRegionResult *result,
             int                    year,
             int                    pathway)
{
  int y = year - result->base_year;
  double queue = 0.0, moves = 0.0;

  if (y < 0 || y >= result->n_years)
    return;
  f->homeless = wep_region_result_get (result, y, WEP_C_HOMELESS);
  if (pathway < WEP_N_HOUSING)
    {
      f->wait = wep_region_result_get (result, y, WEP_C_WAIT_HF + pathway);
      return;
    }
  for (int k = 0; k < WEP_N_HOUSING; k++)
    {
      queue += wep_region_result_get (result, y, WEP_C_QUEUE_HF + k);
      moves += wep_region_result_get (result, y, WEP_C_MOVES_HF + k);
    }
  f->wait = moves > 0.0 ? queue / (moves / 12.0) : NAN;
}

/* Shares and gaps of the fair share rows of the year and pathway: each
 * municipality's of its own region, each region's need (the same on every
 * member's row) once per pathway. */
static void
apply_fair_share (WepMapValues       *values,
                  const WepMapData   *data,
                  const WepFairShare *fair_share)
{
  g_autofree gboolean *region_seen = g_new0 (gboolean, (gsize) MAX (values->n_regions, 1)
                                                       * WEP_N_HOUSING);

  for (guint i = 0; i < fair_share->rows->len; i++)
    {
      const WepFairShareRow *row = wep_fair_share_row (fair_share, i);
      int m, r;
      WepMapFigures *f;

      if (row->year != values->year
          || (values->pathway < WEP_N_HOUSING && (int) row->pathway != values->pathway))
        continue;
      m = wep_map_data_find_municipality (data, row->municipality);
      r = wep_map_data_find_region (data, row->region_code);
      if (m < 0 || r < 0)
        continue;

      f = &values->municipalities[m];
      if (f->region == r)
        {
          f->need = (isnan (f->need) ? 0.0 : f->need) + row->share;
          f->gap = (isnan (f->gap) ? 0.0 : f->gap) + row->gap;
        }
      f = &values->regions[r];
      f->gap = (isnan (f->gap) ? 0.0 : f->gap) + row->gap;
      if (!region_seen[r * WEP_N_HOUSING + row->pathway])
        {
          region_seen[r * WEP_N_HOUSING + row->pathway] = TRUE;
          f->need = (isnan (f->need) ? 0.0 : f->need) + row->need;
        }
    }
}

WepMapValues *
wep_map_values_compute (const WepMapData    *data,
                        const WepMapSources *sources,
                        int                  year,
                        int                  pathway)
{
  WepMapValues *values;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (pathway >= 0 && pathway <= WEP_N_HOUSING, NULL);

  values = g_new0 (WepMapValues, 1);
  values->year = year;
  values->pathway = pathway;
  values->n_municipalities = data->municipalities->len;
  values->n_regions = data->regions->len;
  values->municipalities = g_new (WepMapFigures, MAX (values->n_municipalities, 1));
  values->regions = g_new (WepMapFigures, MAX (values->n_regions, 1));
  values->in_scenario = g_new0 (gboolean, MAX (values->n_regions, 1));

  for (guint i = 0; i < values->n_municipalities; i++)
    {
      const WepMapMunicipality *m = wep_map_data_municipality (data, i);
      WepMapFigures *f = &values->municipalities[i];

      figures_init (f);
      if (m->population >= 0)
        f->population = (double) m->population;
      wep_map_municipality_plans (m, year, pathway, &f->planned, &f->realised);
    }

  /* The regions: every member's sums; the scenario's also the results. */
  for (guint r = 0; r < values->n_regions; r++)
    {
      const WepMapRegion *region = wep_map_data_region (data, r);
      WepMapFigures *f = &values->regions[r];

      figures_init (f);
      f->population = region->members->len > 0 ? 0.0 : NAN;
      for (guint i = 0; i < region->members->len; i++)
        {
          const WepMapFigures *member = &values->municipalities[g_array_index (region->members,
                                                                               guint, i)];

          f->population += member->population;   /* NAN when one is unknown */
          f->planned += member->planned;
          f->realised += member->realised;
        }
    }
  for (guint i = 0; sources->results != NULL && i < sources->results->regions->len; i++)
    {
      const WepRegionResult *result = g_ptr_array_index (sources->results->regions, i);
      int r = wep_map_data_find_region_by_name (data, result->region);
      const WepMapRegion *region;

      if (r < 0 || values->in_scenario[r])
        continue;
      values->in_scenario[r] = TRUE;
      set_results (&values->regions[r], result, year, pathway);
      /* A municipality follows the first region of the scenario it is in. */
      region = wep_map_data_region (data, r);
      for (guint j = 0; j < region->members->len; j++)
        {
          WepMapFigures *member = &values->municipalities[g_array_index (region->members,
                                                                         guint, j)];

          if (member->region < 0)
            member->region = r;
        }
    }
  if (sources->fair_share != NULL)
    apply_fair_share (values, data, sources->fair_share);

  /* A region the scenario does not model (a custom one) needs what its
   * members need by their own regions' fair shares, when all of them do. */
  for (guint r = 0; sources->fair_share != NULL && r < values->n_regions; r++)
    {
      const WepMapRegion *region = wep_map_data_region (data, r);
      WepMapFigures *f = &values->regions[r];

      if (values->in_scenario[r] || region->members->len == 0)
        continue;
      f->need = f->gap = 0.0;
      for (guint i = 0; i < region->members->len; i++)
        {
          const WepMapFigures *member = &values->municipalities[g_array_index (region->members,
                                                                               guint, i)];

          f->need += member->need;   /* NAN when one has no fair share */
          f->gap += member->gap;
        }
    }

  /* The whole scenario: its regions summed; the wait and the homeless of
   * the model's total (the region itself when there is one). */
  figures_init (&values->total);
  if (sources->results != NULL && sources->results->regions->len > 0)
    {
      const WepRegionResult *total = sources->results->total != NULL
                                       ? sources->results->total
                                       : g_ptr_array_index (sources->results->regions, 0);
      gboolean any = FALSE;

      values->total.population = 0.0;
      values->total.need = sources->fair_share != NULL ? 0.0 : NAN;
      values->total.gap = sources->fair_share != NULL ? 0.0 : NAN;
      for (guint r = 0; r < values->n_regions; r++)
        if (values->in_scenario[r])
          {
            const WepMapFigures *f = &values->regions[r];

            any = TRUE;
            values->total.population += f->population;
            values->total.planned += f->planned;
            values->total.realised += f->realised;
            if (sources->fair_share != NULL)
              {
                values->total.need += isnan (f->need) ? 0.0 : f->need;
                values->total.gap += isnan (f->gap) ? 0.0 : f->gap;
              }
          }
      if (!any)
        values->total.population = NAN;
      set_results (&values->total, total, year, pathway);
    }

  for (guint i = 0; i < values->n_municipalities; i++)
    {
      WepMapFigures *f = &values->municipalities[i];

      if (f->region >= 0)
        {
          f->wait = values->regions[f->region].wait;
          f->homeless = values->regions[f->region].homeless;
        }
    }
  return values;
}

double
wep_map_figures_get (const WepMapFigures *f,
                     WepMapIndicator      indicator)
{
  g_return_val_if_fail (f != NULL, NAN);

  switch (indicator)
    {
    case WEP_MAP_NEED_PER_10K:
      return f->population > 0.0 ? f->need / f->population * 10000.0 : NAN;
    case WEP_MAP_GAP_PER_10K:
      return f->population > 0.0 ? f->gap / f->population * 10000.0 : NAN;
    case WEP_MAP_WAIT:
      return f->wait;
    case WEP_MAP_HOMELESS_PER_1K:
      return f->population > 0.0 ? f->homeless / f->population * 1000.0 : NAN;
    case WEP_MAP_REALISATION:
      return f->planned > 0.0 ? f->realised / f->planned * 100.0 : NAN;
    case WEP_N_MAP_INDICATORS:
    default:
      g_return_val_if_reached (NAN);
    }
}

double *
wep_map_values_for_municipalities (const WepMapValues *values,
                                   WepMapIndicator     indicator,
                                   WepMapLevel         level)
{
  double *out;

  g_return_val_if_fail (values != NULL, NULL);

  out = g_new (double, MAX (values->n_municipalities, 1));
  for (guint i = 0; i < values->n_municipalities; i++)
    {
      const WepMapFigures *f = &values->municipalities[i];

      if (level == WEP_MAP_REGIONS)
        out[i] = f->region >= 0 ? wep_map_figures_get (&values->regions[f->region], indicator)
                                : NAN;
      else
        out[i] = wep_map_figures_get (f, indicator);
    }
  return out;
}

double *
wep_map_values_for_regions (const WepMapValues *values,
                            WepMapIndicator     indicator)
{
  double *out;

  g_return_val_if_fail (values != NULL, NULL);

  out = g_new (double, MAX (values->n_regions, 1));
  for (guint r = 0; r < values->n_regions; r++)
    out[r] = values->in_scenario[r] ? wep_map_figures_get (&values->regions[r], indicator) : NAN;
  return out;
}

gboolean
wep_map_years (const WepMapData    *data,
               const WepMapSources *sources,
               int                 *first,
               int                 *last)
{
  gboolean any = FALSE;

  g_return_val_if_fail (data != NULL && sources != NULL, FALSE);
  g_return_val_if_fail (first != NULL && last != NULL, FALSE);

  if (sources->input != NULL)
    {
      *first = sources->input->base_year;
      *last = sources->input->base_year + sources->input->horizon_years - 1;
      return TRUE;
    }
  for (guint i = 0; i < data->municipalities->len; i++)
    {
      const GArray *plans = wep_map_data_municipality (data, i)->plans;

      for (guint j = 0; j < plans->len; j++)
        {
          int year = g_array_index (plans, WepMapPlanSum, j).year;

          *first = any ? MIN (*first, year) : year;
          *last = any ? MAX (*last, year) : year;
          any = TRUE;
        }
    }
  return any;
}

WepLegend *
wep_map_legend_new (WepMapIndicator          indicator,
                    int                      pathway,
                    int                      year,
                    const double            *values,
                    guint                    n_values,
                    const WepLegendOptions  *options,
                    GError                 **error)
{
  WepLegendOptions with_title;
  g_autofree char *title = NULL;

  g_return_val_if_fail (indicator < WEP_N_MAP_INDICATORS, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (wep_map_indicator_has_pathways (indicator) && pathway < WEP_N_HOUSING)
    /* Translators: a map legend's title: indicator, pathway, year */
    title = g_strdup_printf (_("%s, %s, %d"), wep_map_indicator_label (indicator),
                             wep_pathway_label (pathway), year);
  else
    /* Translators: a map legend's title: indicator, year */
    title = g_strdup_printf (_("%s, %d"), wep_map_indicator_label (indicator), year);
  with_title = *options;
  with_title.title = title;
  with_title.unit = wep_map_indicator_unit (indicator);
  return wep_legend_new (values, n_values, &with_title, error);
}
