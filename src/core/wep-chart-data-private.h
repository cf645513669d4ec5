/* wep-chart-data-private.h: what the builders of the charts' data share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-chart-data.h"

G_BEGIN_DECLS

/* The selected region within the input: its index, or -1 for the whole
 * plan (all regions); its name as a chart shows it. */
typedef struct
{
  int         index;
  const char *label;
  gboolean    found;
} WepChartRegion;

/* Looks the selection's region up in the input. */
WepChartRegion _wep_chart_region         (const WepChartSources   *sources,
                                          const WepChartSelection *selection);
/* "Region · scenario “name”" and extra, when given, after it. */
char          *_wep_chart_subtitle       (const WepChartSources   *sources,
                                          const WepChartRegion    *region,
                                          const char              *extra);
/* A chart with a message instead of data. */
WepChartData  *_wep_chart_message        (WepChartKind             kind,
                                          char                    *subtitle,
                                          const char              *message);
/* The target year of the region, or of all regions when they share it;
 * 0 when they do not. */
int            _wep_chart_target_year    (const WepModelInput     *input,
                                          int                      region);
/* Whether a result column is counted at the end of the year (a stock, or
 * a wait made from stocks) rather than over it. */
gboolean       _wep_chart_column_is_stock (WepColumn              column);
/* The title of an axis of years: of stocks (end of December) or flows. */
char          *_wep_chart_year_axis      (gboolean                 stocks);
/* The chart's categories are the model years, the selected one marked. */
WepChartData  *_wep_chart_years          (WepChartKind             kind,
                                          const WepModelInput     *input,
                                          const WepChartSelection *selection);

/* The results of the region, or of the whole plan. */
const WepRegionResult *_wep_chart_region_result (const WepResults     *results,
                                                 const WepChartRegion *region);
/* Marks the target year of the region (or of all, when they share it). */
void           _wep_chart_mark_target_year (WepChartData        *data,
                                            const WepModelInput *input,
                                            int                  region);
/* The unit of a result column, and its axis title with that unit. */
WepChartUnit   _wep_chart_column_unit       (WepColumn            column);
char          *_wep_chart_column_axis_title (WepColumn            column);

WepChartData  *_wep_chart_build_needs      (const WepChartSources   *sources,
                                            const WepChartSelection *selection);
WepChartData  *_wep_chart_build_fair_share (const WepChartSources   *sources,
                                            const WepChartSelection *selection);
WepChartData  *_wep_chart_build_costs      (const WepChartSources   *sources,
                                            const WepChartSelection *selection);
WepChartData  *_wep_chart_build_monitoring (const WepChartSources   *sources,
                                            const WepChartSelection *selection);
WepChartData  *_wep_chart_build_compare    (const WepChartSources   *sources,
                                            const WepChartSelection *selection);

G_END_DECLS
