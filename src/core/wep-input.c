/* wep-input.c: the inputs of the planning model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "wep-input.h"

static void
wep_region_input_free (WepRegionInput *region)
{
  if (region == NULL)
    return;
  for (guint k = 0; k < WEP_N_YEARLY; k++)
    {
      g_free (region->yearly[k]);
      g_free (region->yearly_range[k]);
    }
  g_free (region->name);
  g_free (region);
}

static WepRegionInput *
wep_region_input_new (const char *name,
                      int         horizon_years)
{
  WepRegionInput *region = g_new0 (WepRegionInput, 1);

  g_assert (name != NULL);
  g_assert (horizon_years > 0);

  region->name = g_strdup (name);
  for (guint k = 0; k < WEP_N_YEARLY; k++)
    region->yearly[k] = g_new0 (double, horizon_years);
  return region;
}

WepModelInput *
wep_model_input_new (int base_year,
                     int horizon_years)
{
  WepModelInput *input;

  g_return_val_if_fail (horizon_years > 0 && horizon_years <= WEP_MAX_HORIZON_YEARS, NULL);

  input = g_new0 (WepModelInput, 1);
  input->base_year = base_year;
  input->horizon_years = horizon_years;
  input->regions = g_ptr_array_new_with_free_func ((GDestroyNotify) wep_region_input_free);
  return input;
}

void
wep_model_input_free (WepModelInput *input)
{
  if (input == NULL)
    return;
  g_clear_pointer (&input->regions, g_ptr_array_unref);
  g_free (input);
}

WepModelInput *
wep_model_input_copy (const WepModelInput *input)
{
  WepModelInput *copy;
  gsize n;

  g_return_val_if_fail (input != NULL, NULL);

  copy = wep_model_input_new (input->base_year, input->horizon_years);
  copy->has_seed = input->has_seed;
  copy->seed = input->seed;
  n = input->horizon_years;

  for (guint i = 0; i < input->regions->len; i++)
    {
      const WepRegionInput *src = wep_model_input_region (input, i);
      WepRegionInput *dst = wep_model_input_add_region (copy, src->name);

      memcpy (dst->scalar, src->scalar, sizeof dst->scalar);
      memcpy (dst->has_range, src->has_range, sizeof dst->has_range);
      memcpy (dst->range, src->range, sizeof dst->range);
      for (guint k = 0; k < WEP_N_YEARLY; k++)
        {
          memcpy (dst->yearly[k], src->yearly[k], n * sizeof (double));
          if (src->yearly_range[k] != NULL)
            dst->yearly_range[k] = g_memdup2 (src->yearly_range[k], n * sizeof (WepTriangle));
        }
    }
  return copy;
}

WepRegionInput *
wep_model_input_add_region (WepModelInput *input,
                            const char    *name)
{
  WepRegionInput *region;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  region = wep_region_input_new (name, input->horizon_years);
  g_ptr_array_add (input->regions, region);
  return region;
}

WepRegionInput *
wep_model_input_find_region (const WepModelInput *input,
                             const char          *name)
{
  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < input->regions->len; i++)
    {
      WepRegionInput *region = wep_model_input_region (input, i);
      if (g_str_equal (region->name, name))
        return region;
    }
  return NULL;
}

int
wep_model_input_year_index (const WepModelInput *input,
                            int                  year)
{
  g_return_val_if_fail (input != NULL, -1);

  if (year < input->base_year || year >= input->base_year + input->horizon_years)
    return -1;
  return year - input->base_year;
}

void
wep_region_input_set_yearly_range (WepRegionInput *region,
                                   int             horizon_years,
                                   WepYearly       key,
                                   int             year_index,
                                   WepTriangle     range)
{
  g_return_if_fail (region != NULL);
  g_return_if_fail (key < WEP_N_YEARLY);
  g_return_if_fail (year_index >= 0 && year_index < horizon_years);

  if (region->yearly_range[key] == NULL)
    {
      region->yearly_range[key] = g_new (WepTriangle, horizon_years);
      for (int i = 0; i < horizon_years; i++)
        region->yearly_range[key][i] = (WepTriangle) { NAN, NAN, NAN };
    }
  region->yearly_range[key][year_index] = range;
}

gboolean
wep_region_input_has_ranges (const WepRegionInput *region,
                             int                   horizon_years)
{
  g_return_val_if_fail (region != NULL, FALSE);

  for (guint k = 0; k < WEP_N_SCALARS; k++)
    if (region->has_range[k])
      return TRUE;
  for (guint k = 0; k < WEP_N_YEARLY; k++)
    if (region->yearly_range[k] != NULL)
      for (int i = 0; i < horizon_years; i++)
        if (!isnan (region->yearly_range[k][i].low))
          return TRUE;
  return FALSE;
}
