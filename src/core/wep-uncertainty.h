/* wep-uncertainty.h: the Monte Carlo layer
 *
 * Every input with a range (low, mode, high) is drawn from a triangular
 * distribution, independently per run. Run i draws from its own generator,
 * seeded from (seed, i), so the results do not depend on how many threads
 * share the runs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wep-model.h"

G_BEGIN_DECLS

#define WEP_DEFAULT_RUNS  1000
#define WEP_MAX_RUNS      1000000
#define WEP_DEFAULT_SEED  20260101

typedef enum
{
  WEP_PERCENTILE_P10,
  WEP_PERCENTILE_P50,
  WEP_PERCENTILE_P90,
  WEP_N_PERCENTILES
} WepPercentile;

/* Which goal a share counts: one housing pathway, or all three at once. */
#define WEP_GOAL_ALL WEP_N_HOUSING

typedef struct
{
  char    *region;
  /* percentile[p][year_index * WEP_N_COLUMNS + column]; NAN where a wait
   * is undefined in the runs that decide the percentile. */
  double  *percentile[WEP_N_PERCENTILES];
  /* Share of runs in which the goal is met at the end of target_year, per
   * housing pathway and for all at once (WEP_GOAL_ALL). Not set for the total. */
  double   goal_share[WEP_N_HOUSING + 1];
} WepRegionSpread;

typedef struct
{
  int         base_year;
  int         n_years;
  guint       n_runs;
  guint64     seed;
  GPtrArray  *regions;       /* of WepRegionSpread, input order */
  WepRegionSpread *total;    /* NULL with one region */
} WepUncertainty;

typedef struct
{
  guint    n_runs;           /* 0: WEP_DEFAULT_RUNS */
  guint    n_threads;        /* 0: one per processor */
  gboolean has_seed;         /* else the input's seed, else WEP_DEFAULT_SEED */
  guint64  seed;
} WepUncertaintyOptions;

/* progress, when not NULL, counts finished runs (atomically). */
WepUncertainty *wep_uncertainty_run  (const WepModelInput          *input,
                                      const WepUncertaintyOptions  *options,
                                      gint                         *progress,
                                      GCancellable                 *cancellable,
                                      GError                      **error);
void            wep_uncertainty_free (WepUncertainty               *uncertainty);

/* One triangular draw from a uniform u in [0, 1). */
double          wep_triangle_sample  (const WepTriangle *t,
                                      double             u);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepUncertainty, wep_uncertainty_free)

G_END_DECLS
