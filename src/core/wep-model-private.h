/* wep-model-private.h: the simulation kernel, shared by the deterministic
 * run, the goal seek, the Monte Carlo layer and the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-model.h"

G_BEGIN_DECLS

/* One region's inputs in the form the monthly loop wants: yearly chances
 * already turned into monthly ones, delays into monthly shares. */
typedef struct
{
  double        mix[WEP_N_PATHWAYS];
  double        ready_share[WEP_N_PATHWAYS];     /* g(ready_months_k) */
  double        relapse_month[WEP_N_HOUSING];    /* frac(relapse_k) */
  double        support_end_month[WEP_N_HOUSING];/* frac(support_end_k) */
  double        homeless0;
  double        exit_ready0;
  double        housed0[WEP_N_HOUSING];
  double        grp_places0;
  double        cost_shelter;
  double        cost_unsheltered;
  double        cost_support[WEP_N_HOUSING];
  double        cost_unit[WEP_N_HOUSING];
  const double *yearly[WEP_N_YEARLY];            /* n_years values each */
} WepRegionParams;

typedef struct
{
  double prep[WEP_N_PATHWAYS];
  double queue[WEP_N_HOUSING];
  double housed[WEP_N_HOUSING];
  double ded[2];            /* dedicated hf/ind units finished, not yet let */
  double places_grp;
} WepState;

/* The flows of one month, for tests that check the invariant. */
typedef struct
{
  double entrants;                      /* E */
  double relapse[WEP_N_HOUSING];        /* B_k */
  double support_end[WEP_N_HOUSING];    /* O_k */
  double ready[WEP_N_HOUSING];          /* R_k */
  double left_own;                      /* L */
  double moves[WEP_N_HOUSING];          /* X_k */
  gboolean room_binds[WEP_N_HOUSING];   /* the support cap limited X_k */
} WepMonthFlows;

typedef void (*WepMonthFunc) (int                   month,
                              const WepState       *before,
                              const WepState       *after,
                              const WepMonthFlows  *flows,
                              gpointer              user_data);

/* Extra dedicated units per year on top of new_units_k[y], for years up to
 * and including until_year (the goal seek). */
typedef struct
{
  double extra[WEP_N_HOUSING];
  int    until_year;
} WepExtraUnits;

/* scalar holds WEP_N_SCALARS values, yearly WEP_N_YEARLY arrays. */
void wep_region_params_init (WepRegionParams      *params,
                             const double         *scalar,
                             double *const        *yearly);

/* Runs n_years (<= the input's) model years of one region and writes the
 * yearly rows (n_years * WEP_N_COLUMNS) to out. extra and month_func may be
 * NULL. room_binds_last_year, when not NULL, tells per housing pathway
 * whether its support cap limited the moves in some month of the last year
 * run. */
void wep_simulate_region    (const WepRegionParams *params,
                             int                    base_year,
                             int                    n_years,
                             const WepExtraUnits   *extra,
                             double                *out,
                             gboolean              *room_binds_last_year,
                             WepMonthFunc           month_func,
                             gpointer               user_data);

G_END_DECLS
