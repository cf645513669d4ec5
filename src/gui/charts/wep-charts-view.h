/* wep-charts-view.h: the "Grafieken" page — every chart of the plan for
 * the selected region, year and scenario
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wep-chart-widget.h"
#include "wep-session.h"

G_BEGIN_DECLS

#define WEP_TYPE_CHARTS_VIEW (wep_charts_view_get_type ())
G_DECLARE_FINAL_TYPE (WepChartsView, wep_charts_view, WEP, CHARTS_VIEW, AdwBin)

GtkWidget  *wep_charts_view_new                 (WepSession    *session);
WepSession *wep_charts_view_get_session         (WepChartsView *self);
/* The region the charts show, by name; NULL for the whole plan. */
const char *wep_charts_view_get_selected_region (WepChartsView *self);
void        wep_charts_view_set_selected_region (WepChartsView *self,
                                                 const char    *region);
/* The year marked in the charts; 0 for none. */
int         wep_charts_view_get_year            (WepChartsView *self);
void        wep_charts_view_set_year            (WepChartsView *self,
                                                 int            year);
/* The chart of a kind on the page. */
WepChart   *wep_charts_view_get_chart           (WepChartsView *self,
                                                 WepChartKind   kind);

G_END_DECLS
