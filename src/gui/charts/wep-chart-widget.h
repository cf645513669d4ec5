/* wep-chart-widget.h: one chart of the plan, following the session
 *
 * A WepChart draws one kind of chart (wep-chart.h) for the selected region
 * and year of the session's scenario, and draws it again whenever the
 * results, the homes needed, the uncertainty runs or the fair-share key
 * change. Hovering shows the exact values of a year (or municipality);
 * with the keyboard, the arrow keys walk through them. Its menu (the
 * button in its corner, a right click, Menu or Shift+F10) exports it as
 * PNG, SVG or PDF (Ctrl+E) or copies it as an image (Ctrl+C).
 *
 * (Named wep-chart-widget.h, not wep-chart.h: that is the drawing in
 * src/core, which this widget draws with.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "wep-chart-data.h"
#include "wep-session.h"

G_BEGIN_DECLS

#define WEP_TYPE_CHART (wep_chart_get_type ())
G_DECLARE_FINAL_TYPE (WepChart, wep_chart, WEP, CHART, GtkWidget)

GtkWidget          *wep_chart_new                 (WepSession    *session,
                                                   WepChartKind   kind);
WepSession         *wep_chart_get_session         (WepChart      *self);
WepChartKind        wep_chart_get_kind            (WepChart      *self);
/* The region shown, by name; NULL for the whole plan. */
const char         *wep_chart_get_selected_region (WepChart      *self);
void                wep_chart_set_selected_region (WepChart      *self,
                                                   const char    *region);
/* The year marked (and, for the fair share, the year added up); 0 for
 * none (the fair share then adds up the years to the target year). */
int                 wep_chart_get_year            (WepChart      *self);
void                wep_chart_set_year            (WepChart      *self,
                                                   int            year);
/* The result column of the uncertainty and comparison charts, by its key
 * ("homeless", "wait_hf" …); "homeless" at first. */
const char         *wep_chart_get_column          (WepChart      *self);
void                wep_chart_set_column          (WepChart      *self,
                                                   const char    *column);
/* The scenario compared with; NULL: the plan's first other one. */
const char         *wep_chart_get_other_scenario  (WepChart      *self);
void                wep_chart_set_other_scenario  (WepChart      *self,
                                                   const char    *scenario);

/* What the chart shows now, made if needed. */
const WepChartData *wep_chart_get_data            (WepChart      *self);
/* The sentence screen readers get (GTK_ACCESSIBLE_PROPERTY_DESCRIPTION):
 * what the chart shows, in words. */
const char         *wep_chart_get_description     (WepChart      *self);
/* Where the last drawing put its plots, bars and legend. */
const WepChartLayout *wep_chart_get_layout        (WepChart      *self);
/* Whether it is still computing what it shows (the fair share). */
gboolean            wep_chart_get_busy            (WepChart      *self);
/* The exact values under the point (x, y) of the widget, as its tooltip
 * shows them; NULL where there are none. */
char               *wep_chart_get_value_text      (WepChart      *self,
                                                   double         x,
                                                   double         y);
/* Writes the chart into a file of width × height (pixels for PNG, points
 * for SVG and PDF), on the light style of paper. */
gboolean            wep_chart_export_file         (WepChart      *self,
                                                   const char    *path,
                                                   WepChartFormat format,
                                                   double         width,
                                                   double         height,
                                                   GError       **error);
/* The chart as an image of width × height logical pixels at twice that
 * resolution, on the light style; what Copy puts on the clipboard. */
GdkTexture         *wep_chart_render_texture      (WepChart      *self,
                                                   int            width,
                                                   int            height);

G_END_DECLS
