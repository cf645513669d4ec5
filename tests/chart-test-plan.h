/* chart-test-plan.h: the plan the chart tests draw (tests/test-charts.c,
 * tests/test-chart-files.c)
 *
 * The built-in example plan with a second scenario (more prevention, a
 * larger shelter), allocations for three years and some plans completed,
 * everything the charts read computed from it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-chart-data.h"

G_BEGIN_DECLS

#define CHART_TEST_OTHER_SCENARIO "Meer preventie"

typedef struct
{
  WepDocument    *doc;
  WepModelInput  *input;
  WepResults     *results;
  GPtrArray      *needs;
  WepUncertainty *uncertainty;
  WepFairShare   *fair_share;
  WepChartSources sources;
} ChartTestPlan;

ChartTestPlan *chart_test_plan_new  (void);
void           chart_test_plan_free (ChartTestPlan *plan);

/* A plan of three regions (random inputs), without a document: for the
 * totals of several regions. */
ChartTestPlan *chart_test_plan_new_regions (guint n_regions);

/* The light (dark FALSE) or dark style. */
void           chart_test_style     (WepChartStyle *style,
                                     gboolean       dark);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChartTestPlan, chart_test_plan_free)

G_END_DECLS
