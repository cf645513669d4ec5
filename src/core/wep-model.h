/* wep-model.h: the monthly stock-and-flow model and its yearly results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "wep-input.h"

G_BEGIN_DECLS


/* Yearly results of one region (or of the total). values holds n_years rows
 * of WEP_N_COLUMNS; a wait without moves is NAN ("empty"). */
typedef struct
{
  char    *region;
  int      base_year;
  int      n_years;
  double  *values;
} WepRegionResult;

typedef struct
{
  int         base_year;
  int         n_years;
  GPtrArray  *regions;     /* of WepRegionResult, in input order */
  WepRegionResult *total;  /* "Totaal"; NULL with one region */
} WepResults;

static inline double
wep_region_result_get (const WepRegionResult *result,
                       int                    year_index,
                       WepColumn              column)
{
  return result->values[(gsize) year_index * WEP_N_COLUMNS + column];
}

/* Runs the model for every region of a valid input (validate first). */
WepResults      *wep_model_run            (const WepModelInput *input);
void             wep_results_free         (WepResults          *results);
WepRegionResult *wep_region_result_new    (const char          *region,
                                           int                  base_year,
                                           int                  n_years);
void             wep_region_result_free   (WepRegionResult     *result);

/* Sums regions into a total: every column is summed except the waits,
 * which are recomputed from the summed queue and moves. */
void             wep_region_result_sum    (WepRegionResult       *total,
                                           const WepRegionResult *const *parts,
                                           guint                  n_parts);

/* Fills the waits of one row from its queue and moves (Little's law). */
void             wep_result_row_set_waits (double              *row);

/* The goal seek of the specification, per region and housing pathway. */
typedef struct
{
  WepPathway  pathway;
  gboolean    reachable;
  gint64      extra_per_year;     /* x_k; valid when reachable */
  char       *reason;             /* why not reachable, translated */
  double     *needed;             /* per model year: planned + x_k (x_k only
                                   * up to target_year); NULL when not reachable */
} WepNeed;

typedef struct
{
  char    *region;
  int      base_year;
  int      n_years;
  int      target_year;
  double   max_wait_months;
  WepNeed  need[WEP_N_HOUSING];
} WepRegionNeeds;

/* Does x extra units per year on pathway k meet the region's goal? */
gboolean         wep_goal_met_with_extra  (const WepModelInput  *input,
                                           const WepRegionInput *region,
                                           WepPathway            pathway,
                                           double                extra);
WepRegionNeeds  *wep_region_needs_compute (const WepModelInput  *input,
                                           const WepRegionInput *region);
void             wep_region_needs_free    (WepRegionNeeds       *needs);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepResults, wep_results_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepRegionResult, wep_region_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepRegionNeeds, wep_region_needs_free)

G_END_DECLS
