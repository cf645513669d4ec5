/* wep-chart-data.h: what each chart shows, computed from the plan
 *
 * The data layer of the charts: from the model's input and results, the
 * homes needed, the uncertainty runs, the fair share and the plan file, it
 * makes the WepChartData of a chart for one region (or the whole plan) and
 * year, so that drawing (wep-chart.h) only draws. A chart that cannot be
 * shown yet, or at all, gets a message that says why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-chart.h"
#include "wep-document.h"
#include "wep-fair-share.h"
#include "wep-model.h"
#include "wep-uncertainty.h"

G_BEGIN_DECLS

/* Everything the charts are made from; what a chart does not need may be
 * NULL. All of it must outlive the call. */
typedef struct
{
  WepDocument          *document;           /* compare, monitoring */
  const char           *scenario;           /* the scenario shown */
  const WepModelInput  *input;
  const WepResults     *results;
  const char           *problem;            /* why there are no results */
  GPtrArray            *needs;              /* of WepRegionNeeds; NULL while computed */
  const WepUncertainty *uncertainty;        /* NULL: none, or while computed */
  const WepFairShare   *fair_share;         /* NULL: not computed (yet) */
  const char           *fair_share_problem; /* why it could not be */
  gboolean              busy;               /* needs or uncertainty are being computed */
} WepChartSources;

typedef struct
{
  const char *region;          /* a region's name; NULL: the whole plan */
  int         year;            /* the selected year; 0: none */
  WepColumn   column;          /* the uncertainty and compare charts' column */
  const char *other_scenario;  /* compared with; NULL: the plan's first other one */
} WepChartSelection;

/* The chart of kind for the selection. Never NULL: without what it needs
 * the chart carries a message instead (still computing, no second
 * scenario, no monitoring figures …). */
WepChartData *wep_chart_data_build (WepChartKind              kind,
                                    const WepChartSources    *sources,
                                    const WepChartSelection  *selection);

/* What the model's cost column is made of, per year: the shelter and the
 * streets (sheltered and unsheltered person-years), support of housed
 * persons, and the one-off cost of new dedicated units. Their sum is the
 * cost column of the results. */
typedef enum
{
  WEP_COST_SHELTER,
  WEP_COST_SUPPORT,
  WEP_COST_INVESTMENT,
  WEP_N_COST_KINDS
} WepCostKind;

/* Fills costs[kind * horizon_years + year_index] for one region of a
 * valid input. */
void wep_chart_region_costs (const WepModelInput  *input,
                             const WepRegionInput *region,
                             double               *costs);

G_END_DECLS
