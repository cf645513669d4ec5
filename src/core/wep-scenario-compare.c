/* wep-scenario-compare.c: what differs between two scenarios
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "wep-scenario-compare.h"

#define RESULT_TOLERANCE 1e-9

static const WepTriangle no_range = { NAN, NAN, NAN };

WepDifference *
wep_difference_copy (const WepDifference *difference)
{
  WepDifference *copy;

  g_return_val_if_fail (difference != NULL, NULL);

  copy = g_memdup2 (difference, sizeof *difference);
  copy->region = g_strdup (difference->region);
  return copy;
}

void
wep_difference_free (WepDifference *difference)
{
  if (difference == NULL)
    return;
  g_free (difference->region);
  g_free (difference);
}

static WepDifference *
add_difference (GPtrArray         *differences,
                WepDifferenceKind  kind,
                const char        *region,
                const char        *key,
                int                year,
                double             a,
                double             b)
{
  WepDifference *difference = g_new0 (WepDifference, 1);

  difference->kind = kind;
  difference->region = g_strdup (region);
  difference->key = key;
  difference->year = year;
  difference->a = a;
  difference->b = b;
  difference->range_a = no_range;
  difference->range_b = no_range;
  g_ptr_array_add (differences, difference);
  return difference;
}

static gboolean
same_value (double a,
            double b)
{
  if (isnan (a) || isnan (b))
    return isnan (a) && isnan (b);
  return a == b;
}

static gboolean
same_range (const WepTriangle *a,
            const WepTriangle *b)
{
  return same_value (a->low, b->low) && same_value (a->mode, b->mode)
         && same_value (a->high, b->high);
}

static gboolean
same_result (double a,
             double b)
{
  if (isnan (a) || isnan (b))
    return isnan (a) && isnan (b);
  return fabs (a - b) <= RESULT_TOLERANCE * MAX (1.0, MAX (fabs (a), fabs (b)));
}

/* ---- inputs ------------------------------------------------------------ */

static void
compare_input (GPtrArray         *differences,
               const char        *region,
               const char        *key,
               int                year,
               double             a,
               double             b,
               const WepTriangle *range_a,
               const WepTriangle *range_b)
{
  if (!same_value (a, b))
    add_difference (differences, WEP_DIFFERENCE_VALUE, region, key, year, a, b);
  if (!same_range (range_a, range_b))
    {
      WepDifference *difference =
        add_difference (differences, WEP_DIFFERENCE_RANGE, region, key, year, NAN, NAN);

      difference->range_a = *range_a;
      difference->range_b = *range_b;
    }
}

static const WepTriangle *
scalar_range (const WepRegionInput *region,
              WepScalar             key)
{
  return region != NULL && region->has_range[key] ? &region->range[key] : &no_range;
}

static const WepTriangle *
yearly_range (const WepRegionInput *region,
              WepYearly             key,
              int                   y)
{
  if (region == NULL || y < 0 || region->yearly_range[key] == NULL)
    return &no_range;
  return &region->yearly_range[key][y];
}

static void
compare_region_inputs (GPtrArray           *differences,
                       const char          *name,
                       const WepModelInput *a,
                       const WepRegionInput *ra,
                       const WepModelInput *b,
                       const WepRegionInput *rb)
{
  int first = MIN (a->base_year, b->base_year);
  int last = MAX (a->base_year + a->horizon_years, b->base_year + b->horizon_years) - 1;

  for (guint k = 0; k < WEP_N_SCALARS; k++)
    compare_input (differences, name, wep_scalar_info (k)->key, 0,
                   ra != NULL ? ra->scalar[k] : NAN, rb != NULL ? rb->scalar[k] : NAN,
                   scalar_range (ra, k), scalar_range (rb, k));

  for (int year = first; year <= last; year++)
    {
      int ya = ra != NULL ? wep_model_input_year_index (a, year) : -1;
      int yb = rb != NULL ? wep_model_input_year_index (b, year) : -1;

      for (guint k = 0; k < WEP_N_YEARLY; k++)
        compare_input (differences, name, wep_yearly_info (k)->key, year,
                       ya >= 0 ? ra->yearly[k][ya] : NAN, yb >= 0 ? rb->yearly[k][yb] : NAN,
                       yearly_range (ra, k, ya), yearly_range (rb, k, yb));
    }
}

GPtrArray *
wep_compare_inputs (const WepModelInput *a,
                    const WepModelInput *b)
{
  GPtrArray *differences = g_ptr_array_new_with_free_func ((GDestroyNotify) wep_difference_free);
  double seed_a, seed_b;

  g_return_val_if_fail (a != NULL && b != NULL, differences);

  if (a->base_year != b->base_year)
    add_difference (differences, WEP_DIFFERENCE_SETTING, NULL, "base_year", 0, a->base_year,
                    b->base_year);
  if (a->horizon_years != b->horizon_years)
    add_difference (differences, WEP_DIFFERENCE_SETTING, NULL, "horizon_years", 0,
                    a->horizon_years, b->horizon_years);
  seed_a = a->has_seed ? (double) a->seed : NAN;
  seed_b = b->has_seed ? (double) b->seed : NAN;
  if (a->has_seed != b->has_seed || (a->has_seed && a->seed != b->seed))
    add_difference (differences, WEP_DIFFERENCE_SETTING, NULL, "seed", 0, seed_a, seed_b);

  for (guint i = 0; i < a->regions->len; i++)
    {
      const WepRegionInput *ra = wep_model_input_region (a, i);

      compare_region_inputs (differences, ra->name, a, ra, b,
                             wep_model_input_find_region (b, ra->name));
    }
  for (guint i = 0; i < b->regions->len; i++)
    {
      const WepRegionInput *rb = wep_model_input_region (b, i);

      if (wep_model_input_find_region (a, rb->name) == NULL)
        compare_region_inputs (differences, rb->name, a, NULL, b, rb);
    }
  return differences;
}

/* ---- results ----------------------------------------------------------- */

static const WepRegionResult *
find_result (const WepResults *results,
             const char       *region)
{
  for (guint i = 0; i < results->regions->len; i++)
    {
      const WepRegionResult *result = g_ptr_array_index (results->regions, i);

      if (g_strcmp0 (result->region, region) == 0)
        return result;
    }
  return NULL;
}

static double
result_value (const WepRegionResult *result,
              int                    year,
              WepColumn              column)
{
  int y;

  if (result == NULL)
    return NAN;
  y = year - result->base_year;
  if (y < 0 || y >= result->n_years)
    return NAN;
  return wep_region_result_get (result, y, column);
}

static gboolean
has_year (const WepRegionResult *result,
          int                    year)
{
  return result != NULL && year >= result->base_year
         && year < result->base_year + result->n_years;
}

static void
compare_region_results (GPtrArray             *differences,
                        const char            *name,
                        const WepResults      *a,
                        const WepRegionResult *ra,
                        const WepResults      *b,
                        const WepRegionResult *rb)
{
  int first = MIN (a->base_year, b->base_year);
  int last = MAX (a->base_year + a->n_years, b->base_year + b->n_years) - 1;

  for (int year = first; year <= last; year++)
    for (guint c = 0; c < WEP_N_COLUMNS; c++)
      {
        double va = result_value (ra, year, c);
        double vb = result_value (rb, year, c);

        /* An empty wait (no moves) in a year both have is no difference
         * from another empty wait; a year only one side has is. */
        if (same_result (va, vb) && has_year (ra, year) == has_year (rb, year))
          continue;
        add_difference (differences, WEP_DIFFERENCE_RESULT, name, wep_column_info (c)->key,
                        year, va, vb);
      }
}

GPtrArray *
wep_compare_results (const WepResults *a,
                     const WepResults *b)
{
  GPtrArray *differences = g_ptr_array_new_with_free_func ((GDestroyNotify) wep_difference_free);

  g_return_val_if_fail (a != NULL && b != NULL, differences);

  for (guint i = 0; i < a->regions->len; i++)
    {
      const WepRegionResult *ra = g_ptr_array_index (a->regions, i);

      compare_region_results (differences, ra->region, a, ra, b, find_result (b, ra->region));
    }
  for (guint i = 0; i < b->regions->len; i++)
    {
      const WepRegionResult *rb = g_ptr_array_index (b->regions, i);

      if (find_result (a, rb->region) == NULL)
        compare_region_results (differences, rb->region, a, NULL, b, rb);
    }
  if (a->total != NULL || b->total != NULL)
    compare_region_results (differences, WEP_TOTAL_REGION_NAME, a, a->total, b, b->total);
  return differences;
}

gboolean
wep_document_compare_scenarios (WepDocument  *self,
                                const char   *a,
                                const char   *b,
                                GPtrArray   **inputs,
                                GPtrArray   **results,
                                GError      **error)
{
  g_autoptr (WepModelInput) input_a = NULL;
  g_autoptr (WepModelInput) input_b = NULL;
  g_autoptr (WepResults) results_a = NULL;
  g_autoptr (WepResults) results_b = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  g_return_val_if_fail (inputs != NULL && results != NULL, FALSE);

  /* wep_document_scenario_input () validates: the model can run both. */
  if ((input_a = wep_document_scenario_input (self, a, error)) == NULL
      || (input_b = wep_document_scenario_input (self, b, error)) == NULL)
    return FALSE;
  results_a = wep_model_run (input_a);
  results_b = wep_model_run (input_b);
  *inputs = wep_compare_inputs (input_a, input_b);
  *results = wep_compare_results (results_a, results_b);
  return TRUE;
}
