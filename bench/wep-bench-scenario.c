/* wep-bench-scenario.c: the 43-region scenario the benchmarks share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "wep-bench-scenario.h"
#include "wep-example.h"

WepModelInput *
wep_bench_scenario_43_regions (void)
{
  g_autoptr (WepModelInput) example = wep_example_input ();
  const WepRegionInput *base = wep_model_input_region (example, 0);
  WepModelInput *input = wep_model_input_new (example->base_year, example->horizon_years);

  input->has_seed = TRUE;
  input->seed = example->seed;
  for (guint i = 0; i < N_REGIONS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Centrumregio %02u", i + 1);
      WepRegionInput *r = wep_model_input_add_region (input, name);
      /* Regions from a third to three times the example's size. */
      double scale = 0.33 + 2.67 * i / (N_REGIONS - 1);
      const WepScalar sized[] = { WEP_S_HOMELESS0, WEP_S_EXIT_READY0, WEP_S_HOUSED0_HF,
                                  WEP_S_HOUSED0_IND, WEP_S_HOUSED0_GRP, WEP_S_GRP_PLACES0 };
      const WepYearly sized_yearly[] = { WEP_Y_INFLOW, WEP_Y_LETTINGS, WEP_Y_NEW_UNITS_HF,
                                         WEP_Y_NEW_UNITS_IND, WEP_Y_NEW_UNITS_GRP,
                                         WEP_Y_SHELTER_CAPACITY };

      memcpy (r->scalar, base->scalar, sizeof r->scalar);
      memcpy (r->has_range, base->has_range, sizeof r->has_range);
      memcpy (r->range, base->range, sizeof r->range);
      for (guint k = 0; k < G_N_ELEMENTS (sized); k++)
        {
          r->scalar[sized[k]] *= scale;
          r->range[sized[k]].low *= scale;
          r->range[sized[k]].mode *= scale;
          r->range[sized[k]].high *= scale;
        }
      for (guint k = 0; k < WEP_N_YEARLY; k++)
        {
          gboolean is_sized = FALSE;

          for (guint s = 0; s < G_N_ELEMENTS (sized_yearly); s++)
            is_sized |= sized_yearly[s] == k;
          for (int y = 0; y < input->horizon_years; y++)
            {
              double f = is_sized ? scale : 1.0;

              r->yearly[k][y] = base->yearly[k][y] * f;
              if (base->yearly_range[k] != NULL && base->yearly_range[k][y].low == base->yearly_range[k][y].low)
                {
                  WepTriangle t = base->yearly_range[k][y];

                  wep_region_input_set_yearly_range (r, input->horizon_years, k, y,
                                                     (WepTriangle) { t.low * f, t.mode * f,
                                                                     t.high * f });
                }
            }
        }
    }
  return input;
}

