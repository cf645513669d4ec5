/* wep-model.c: the monthly stock-and-flow model (docs/model.md)
 *
 * The update order follows the specification step by step, so that two
 * independent implementations agree to 1e-9 relative.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wep-model-private.h"

/* A yearly chance as a monthly one. */
static inline double
monthly_chance (double yearly)
{
  return 1.0 - pow (1.0 - yearly, 1.0 / 12.0);
}

/* The share of a first-order delay with mean d months that leaves in one
 * month. */
static inline double
delay_share (double months)
{
  return months <= 1.0 ? 1.0 : 1.0 / months;
}

void
wep_region_params_init (WepRegionParams *params,
                        const double    *scalar,
                        double *const   *yearly)
{
  g_return_if_fail (params != NULL);
  g_return_if_fail (scalar != NULL);
  g_return_if_fail (yearly != NULL);

  for (guint k = 0; k < WEP_N_PATHWAYS; k++)
    {
      params->mix[k] = scalar[WEP_S_MIX_HF + k];
      params->ready_share[k] = delay_share (scalar[WEP_S_READY_MONTHS_HF + k]);
    }
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    {
      params->relapse_month[k] = monthly_chance (scalar[WEP_S_RELAPSE_HF + k]);
      params->support_end_month[k] = monthly_chance (scalar[WEP_S_SUPPORT_END_HF + k]);
      params->housed0[k] = scalar[WEP_S_HOUSED0_HF + k];
      params->cost_support[k] = scalar[WEP_S_COST_SUPPORT_HF + k];
      params->cost_unit[k] = scalar[WEP_S_COST_UNIT_HF + k];
    }
  params->homeless0 = scalar[WEP_S_HOMELESS0];
  params->exit_ready0 = scalar[WEP_S_EXIT_READY0];
  params->grp_places0 = scalar[WEP_S_GRP_PLACES0];
  params->cost_shelter = scalar[WEP_S_COST_SHELTER];
  params->cost_unsheltered = scalar[WEP_S_COST_UNSHELTERED];
  for (guint k = 0; k < WEP_N_YEARLY; k++)
    params->yearly[k] = yearly[k];
}

static void
init_state (const WepRegionParams *p,
            WepState              *s)
{
  double r = p->mix[WEP_PATHWAY_HF] + p->mix[WEP_PATHWAY_IND] + p->mix[WEP_PATHWAY_GRP];

  g_assert (p != NULL);
  g_assert (s != NULL);

  memset (s, 0, sizeof *s);
  for (guint k = 0; k < WEP_N_PATHWAYS; k++)
    s->prep[k] = (p->homeless0 - p->exit_ready0) * p->mix[k];
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    {
      s->queue[k] = r > 0.0 ? p->exit_ready0 * p->mix[k] / r : 0.0;
      s->housed[k] = p->housed0[k];
    }
  s->places_grp = p->grp_places0;
}

void
wep_result_row_set_waits (double *row)
{
  g_return_if_fail (row != NULL);

  for (guint k = 0; k < WEP_N_HOUSING; k++)
    {
      double moves = row[WEP_C_MOVES_HF + k];

      row[WEP_C_WAIT_HF + k] = moves == 0.0 ? NAN : row[WEP_C_QUEUE_HF + k] / (moves / 12.0);
    }
}

void
wep_simulate_region (const WepRegionParams *p,
                     int                    base_year,
                     int                    n_years,
                     const WepExtraUnits   *extra,
                     double                *out,
                     gboolean              *room_binds_last_year,
                     WepMonthFunc           month_func,
                     gpointer               user_data)
{
  WepState s;

  g_return_if_fail (p != NULL);
  g_return_if_fail (out != NULL);
  g_return_if_fail (n_years > 0);

  init_state (p, &s);
  if (room_binds_last_year != NULL)
    memset (room_binds_last_year, 0, WEP_N_HOUSING * sizeof (gboolean));

  for (int y = 0; y < n_years; y++)
    {
      double *row = out + (gsize) y * WEP_N_COLUMNS;
      double entrants = p->yearly[WEP_Y_INFLOW][y] * (1.0 - p->yearly[WEP_Y_PREVENTION][y]) / 12.0;
      double lettings_month = p->yearly[WEP_Y_LETTINGS][y] / 12.0;
      double lets[2], cap[2], units[WEP_N_HOUSING];
      double shelter = p->yearly[WEP_Y_SHELTER_CAPACITY][y];
      gboolean last_year = y == n_years - 1;

      memset (row, 0, WEP_N_COLUMNS * sizeof (double));

      lets[0] = lettings_month * p->yearly[WEP_Y_QUOTA_HF][y];
      lets[1] = lettings_month * p->yearly[WEP_Y_QUOTA_IND][y];
      cap[0] = p->yearly[WEP_Y_SUPPORT_CAP_HF][y];
      cap[1] = p->yearly[WEP_Y_SUPPORT_CAP_IND][y];
      for (guint k = 0; k < WEP_N_HOUSING; k++)
        {
          double planned = p->yearly[WEP_Y_NEW_UNITS_HF + k][y];

          if (extra != NULL && base_year + y <= extra->until_year)
            planned += extra->extra[k];
          units[k] = planned / 12.0;
        }

      for (int m = 0; m < 12; m++)
        {
          WepMonthFlows f;
          WepState before;
          double homeless, sheltered, unsheltered, cost;

          if (G_UNLIKELY (month_func != NULL))
            before = s;

          /* 1. Entrants. */
          f.entrants = entrants;

          /* 2. Relapse and successful end of support. 3. Becoming ready. */
          for (guint k = 0; k < WEP_N_HOUSING; k++)
            {
              f.relapse[k] = s.housed[k] * p->relapse_month[k];
              f.support_end[k] = s.housed[k] * p->support_end_month[k];
              f.ready[k] = s.prep[k] * p->ready_share[k];
            }
          f.left_own = s.prep[WEP_PATHWAY_OWN] * p->ready_share[WEP_PATHWAY_OWN];

          /* 4. New dedicated supply; clustered places count at once. */
          s.places_grp += units[WEP_PATHWAY_GRP];

          /* 5. Moves into a home: dedicated units first, then the quota of
           * the lettings; both within the support caseload. */
          for (guint k = 0; k < 2; k++)
            {
              double want = s.queue[k] + f.ready[k];
              double supply = s.ded[k] + units[k];
              double x = MIN (want, supply + lets[k]);

              f.room_binds[k] = FALSE;
              if (cap[k] != 0.0)
                {
                  double room = MAX (0.0, cap[k] - (s.housed[k] - f.relapse[k] - f.support_end[k]));

                  if (room < x)
                    {
                      x = room;
                      f.room_binds[k] = TRUE;
                    }
                }
              f.moves[k] = x;
              s.ded[k] = supply - MIN (x, supply);
            }
          f.moves[WEP_PATHWAY_GRP] =
            MIN (s.queue[WEP_PATHWAY_GRP] + f.ready[WEP_PATHWAY_GRP],
                 MAX (0.0, s.places_grp - (s.housed[WEP_PATHWAY_GRP]
                                           - f.relapse[WEP_PATHWAY_GRP]
                                           - f.support_end[WEP_PATHWAY_GRP])));
          f.room_binds[WEP_PATHWAY_GRP] = FALSE;

          /* 6. Update: a relapse re-enters on the same pathway. */
          for (guint k = 0; k < WEP_N_HOUSING; k++)
            {
              s.prep[k] = s.prep[k] - f.ready[k] + entrants * p->mix[k] + f.relapse[k];
              s.queue[k] = s.queue[k] + f.ready[k] - f.moves[k];
              s.housed[k] = s.housed[k] + f.moves[k] - f.relapse[k] - f.support_end[k];
            }
          s.prep[WEP_PATHWAY_OWN] = s.prep[WEP_PATHWAY_OWN] - f.left_own
                                    + entrants * p->mix[WEP_PATHWAY_OWN];

          /* 7. End-of-month figures. */
          homeless = s.prep[0] + s.prep[1] + s.prep[2] + s.prep[3]
                     + s.queue[0] + s.queue[1] + s.queue[2];
          sheltered = MIN (homeless, shelter);
          unsheltered = homeless - sheltered;
          cost = sheltered * p->cost_shelter / 12.0 + unsheltered * p->cost_unsheltered / 12.0;
          for (guint k = 0; k < WEP_N_HOUSING; k++)
            cost += s.housed[k] * p->cost_support[k] / 12.0;
          for (guint k = 0; k < WEP_N_HOUSING; k++)
            cost += units[k] * p->cost_unit[k];

          row[WEP_C_ENTRANTS] += entrants;
          for (guint k = 0; k < WEP_N_HOUSING; k++)
            {
              row[WEP_C_READY_HF + k] += f.ready[k];
              row[WEP_C_MOVES_HF + k] += f.moves[k];
              row[WEP_C_RELAPSES] += f.relapse[k];
            }
          row[WEP_C_LEFT_OWN] += f.left_own;
          row[WEP_C_COST] += cost;

          if (last_year && room_binds_last_year != NULL)
            for (guint k = 0; k < 2; k++)
              room_binds_last_year[k] |= f.room_binds[k];

          if (m == 11)
            {
              row[WEP_C_HOMELESS] = homeless;
              row[WEP_C_SHELTERED] = sheltered;
              row[WEP_C_UNSHELTERED] = unsheltered;
            }

          if (G_UNLIKELY (month_func != NULL))
            month_func (y * 12 + m, &before, &s, &f, user_data);
        }

      for (guint k = 0; k < WEP_N_HOUSING; k++)
        {
          row[WEP_C_QUEUE_HF + k] = s.queue[k];
          row[WEP_C_HOUSED_HF + k] = s.housed[k];
        }
      wep_result_row_set_waits (row);
    }
}

WepRegionResult *
wep_region_result_new (const char *region,
                       int         base_year,
                       int         n_years)
{
  WepRegionResult *result = g_new0 (WepRegionResult, 1);

  g_return_val_if_fail (region != NULL, NULL);

  result->region = g_strdup (region);
  result->base_year = base_year;
  result->n_years = n_years;
  result->values = g_new0 (double, (gsize) n_years * WEP_N_COLUMNS);
  return result;
}

void
wep_region_result_free (WepRegionResult *result)
{
  if (result == NULL)
    return;
  g_free (result->region);
  g_free (result->values);
  g_free (result);
}

void
wep_region_result_sum (WepRegionResult              *total,
                       const WepRegionResult *const *parts,
                       guint                         n_parts)
{
  gsize n_values;

  g_return_if_fail (total != NULL);
  g_return_if_fail (parts != NULL || n_parts == 0);

  n_values = (gsize) total->n_years * WEP_N_COLUMNS;
  memset (total->values, 0, n_values * sizeof (double));
  for (guint i = 0; i < n_parts; i++)
    {
      g_return_if_fail (parts[i]->n_years == total->n_years);
      for (gsize v = 0; v < n_values; v++)
        if (!wep_column_is_wait (v % WEP_N_COLUMNS))
          total->values[v] += parts[i]->values[v];
    }
  for (int y = 0; y < total->n_years; y++)
    wep_result_row_set_waits (total->values + (gsize) y * WEP_N_COLUMNS);
}

WepResults *
wep_model_run (const WepModelInput *input)
{
  WepResults *results;

  g_return_val_if_fail (input != NULL, NULL);

  results = g_new0 (WepResults, 1);
  results->base_year = input->base_year;
  results->n_years = input->horizon_years;
  results->regions = g_ptr_array_new_with_free_func ((GDestroyNotify) wep_region_result_free);

  for (guint i = 0; i < input->regions->len; i++)
    {
      const WepRegionInput *region = wep_model_input_region (input, i);
      WepRegionResult *result = wep_region_result_new (region->name, input->base_year,
                                                       input->horizon_years);
      WepRegionParams params;

      wep_region_params_init (&params, region->scalar, region->yearly);
      wep_simulate_region (&params, input->base_year, input->horizon_years, NULL,
                           result->values, NULL, NULL, NULL);
      g_ptr_array_add (results->regions, result);
    }

  if (results->regions->len > 1)
    {
      results->total = wep_region_result_new (WEP_TOTAL_REGION_NAME, input->base_year,
                                              input->horizon_years);
      wep_region_result_sum (results->total,
                             (const WepRegionResult *const *) results->regions->pdata,
                             results->regions->len);
    }
  return results;
}

void
wep_results_free (WepResults *results)
{
  if (results == NULL)
    return;
  g_clear_pointer (&results->regions, g_ptr_array_unref);
  g_clear_pointer (&results->total, wep_region_result_free);
  g_free (results);
}
