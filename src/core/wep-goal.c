/* wep-goal.c: homes needed, the whole-number goal seek of the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-model-private.h"

#define GOAL_SEEK_LIMIT 10000000.0

typedef struct
{
  const WepModelInput *input;
  WepRegionParams      params;
  int                  n_years;      /* up to and including target_year */
  WepPathway           pathway;
  double               max_wait;
  double              *rows;
  gboolean             room_binds[WEP_N_HOUSING];
} GoalSeek;

static void
goal_seek_init (GoalSeek             *seek,
                const WepModelInput  *input,
                const WepRegionInput *region,
                WepPathway            pathway)
{
  g_assert (seek != NULL);
  g_assert (pathway < WEP_N_HOUSING);

  seek->input = input;
  wep_region_params_init (&seek->params, region->scalar, region->yearly);
  seek->n_years = (int) region->scalar[WEP_S_TARGET_YEAR] - input->base_year + 1;
  seek->pathway = pathway;
  seek->max_wait = region->scalar[WEP_S_MAX_WAIT_MONTHS];
  seek->rows = g_new (double, (gsize) seek->n_years * WEP_N_COLUMNS);
}

static gboolean
goal_seek_meets (GoalSeek *seek,
                 double    extra_units)
{
  WepExtraUnits extra = { { 0 }, 0 };
  const double *last;

  g_assert (seek != NULL);

  extra.extra[seek->pathway] = extra_units;
  extra.until_year = seek->input->base_year + seek->n_years - 1;
  wep_simulate_region (&seek->params, seek->input->base_year, seek->n_years, &extra,
                       seek->rows, seek->room_binds, NULL, NULL);

  last = seek->rows + (gsize) (seek->n_years - 1) * WEP_N_COLUMNS;
  return last[WEP_C_QUEUE_HF + seek->pathway]
         <= seek->max_wait * last[WEP_C_READY_HF + seek->pathway] / 12.0;
}

gboolean
wep_goal_met_with_extra (const WepModelInput  *input,
                         const WepRegionInput *region,
                         WepPathway            pathway,
                         double                extra)
{
  GoalSeek seek;
  gboolean met;

  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (region != NULL, FALSE);
  g_return_val_if_fail (pathway < WEP_N_HOUSING, FALSE);

  goal_seek_init (&seek, input, region, pathway);
  met = goal_seek_meets (&seek, extra);
  g_free (seek.rows);
  return met;
}

static char *
describe_unreachable (const GoalSeek       *seek,
                      const WepRegionInput *region)
{
  int target_year = seek->input->base_year + seek->n_years - 1;

  g_assert (seek != NULL);

  if (seek->pathway != WEP_PATHWAY_GRP && seek->room_binds[seek->pathway])
    {
      WepYearly cap_key = seek->pathway == WEP_PATHWAY_HF ? WEP_Y_SUPPORT_CAP_HF
                                                          : WEP_Y_SUPPORT_CAP_IND;
      double cap = region->yearly[cap_key][seek->n_years - 1];

      /* TRANSLATORS: %1$s is a key such as support_cap_hf, %2$d a year,
       * %3$.0f a number of persons. */
      return g_strdup_printf (_("the support caseload %1$s in %2$d (%3$.0f persons) is full: "
                                "more homes cannot be used without more support"),
                              wep_yearly_info (cap_key)->key, target_year, cap);
    }

  return g_strdup_printf (_("even 10,000,000 extra units per year do not bring the wait "
                            "down to %.4g months by the end of %d"),
                          seek->max_wait, target_year);
}

static void
need_compute (WepNeed              *need,
              const WepModelInput  *input,
              const WepRegionInput *region,
              WepPathway            pathway)
{
  GoalSeek seek;
  double hi, lo;
  gboolean reachable = TRUE;

  g_assert (need != NULL);

  goal_seek_init (&seek, input, region, pathway);
  need->pathway = pathway;

  if (goal_seek_meets (&seek, 0.0))
    hi = 0.0;
  else
    {
      hi = MAX (1.0, ceil (region->yearly[WEP_Y_INFLOW][0] + region->scalar[WEP_S_HOMELESS0]));
      while (!goal_seek_meets (&seek, hi))
        {
          hi *= 2.0;
          if (hi > GOAL_SEEK_LIMIT)
            {
              reachable = FALSE;
              break;
            }
        }
      lo = 0.0;
      while (reachable && hi - lo > 1.0)
        {
          double mid = floor ((lo + hi) / 2.0);

          if (goal_seek_meets (&seek, mid))
            hi = mid;
          else
            lo = mid;
        }
    }

  need->reachable = reachable;
  if (reachable)
    {
      int target_index = seek.n_years - 1;

      need->extra_per_year = (gint64) hi;
      need->needed = g_new (double, input->horizon_years);
      for (int y = 0; y < input->horizon_years; y++)
        need->needed[y] = region->yearly[WEP_Y_NEW_UNITS_HF + pathway][y]
                          + (y <= target_index ? hi : 0.0);
    }
  else
    need->reason = describe_unreachable (&seek, region);

  g_free (seek.rows);
}

WepRegionNeeds *
wep_region_needs_compute (const WepModelInput  *input,
                          const WepRegionInput *region)
{
  WepRegionNeeds *needs;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (region != NULL, NULL);

  needs = g_new0 (WepRegionNeeds, 1);
  needs->region = g_strdup (region->name);
  needs->base_year = input->base_year;
  needs->n_years = input->horizon_years;
  needs->target_year = (int) region->scalar[WEP_S_TARGET_YEAR];
  needs->max_wait_months = region->scalar[WEP_S_MAX_WAIT_MONTHS];
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    need_compute (&needs->need[k], input, region, k);
  return needs;
}

void
wep_region_needs_free (WepRegionNeeds *needs)
{
  if (needs == NULL)
    return;
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    {
      g_free (needs->need[k].reason);
      g_free (needs->need[k].needed);
    }
  g_free (needs->region);
  g_free (needs);
}
