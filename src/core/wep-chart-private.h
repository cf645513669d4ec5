/* wep-chart-private.h: the layers every chart is drawn from
 *
 * A chart is drawn as layers on one canvas, in the order its function in
 * wep-chart-draw-kinds.c calls them: the frame (background, title,
 * legend, note), the axes (grid, ticks, labels, the highlighted year), then
 * bands, bars, steps, lines and the goal on top. Each layer reads the
 * series of the data that it draws and records bars in the layout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "wep-chart.h"

G_BEGIN_DECLS

typedef struct
{
  cairo_t              *cr;
  const WepChartStyle  *style;
  const WepChartData   *data;
  WepChartLayout       *layout;       /* the caller's, or own_layout */
  WepChartLayout       *own_layout;
  PangoLayout          *text;
  PangoFontDescription *font;
  double                k;            /* the style's scale */
  double                width;
  double                height;
  WepChartRect          area;         /* what the frame leaves for axes and plot */
  double                divisor[WEP_CHART_MAX_PANELS];
  const char           *unit_name[WEP_CHART_MAX_PANELS];
} WepChartCanvas;

/* Text sizes at scale 1, in the drawing's units. */
#define WEP_CHART_TITLE_SIZE    15.0
#define WEP_CHART_SUBTITLE_SIZE 11.5
#define WEP_CHART_LABEL_SIZE    11.0
#define WEP_CHART_NOTE_SIZE     10.5

/* The frame: background, title, subtitle, legend, note. FALSE when the
 * data has a message instead of a chart (drawn): then only end. */
gboolean _wep_chart_begin        (WepChartCanvas       *canvas,
                                  cairo_t              *cr,
                                  double                width,
                                  double                height,
                                  const WepChartStyle  *style,
                                  const WepChartData   *data,
                                  WepChartLayout       *layout);
void     _wep_chart_end          (WepChartCanvas       *canvas);

/* Plots, value axes and their grid, category labels, axis titles, panel
 * titles, the highlighted category. */
void     _wep_chart_axes         (WepChartCanvas       *canvas);
void     _wep_chart_bands        (WepChartCanvas       *canvas);
void     _wep_chart_bars         (WepChartCanvas       *canvas);
/* The total of each bar stack above it (or beside it, across). */
void     _wep_chart_value_labels (WepChartCanvas       *canvas);
void     _wep_chart_steps        (WepChartCanvas       *canvas);
void     _wep_chart_lines        (WepChartCanvas       *canvas);
void     _wep_chart_goal         (WepChartCanvas       *canvas);
void     _wep_chart_marker       (WepChartCanvas       *canvas);
/* The zero line, stronger than the grid, where bars go both ways. */
void     _wep_chart_zero_line    (WepChartCanvas       *canvas);

/* ---- text (wep-chart-text.c) ------------------------------------------- */

/* Sets the canvas's text: size (at scale 1), bold, wrapped at width (≤ 0:
 * one line). Returns its size in *w, *h. */
void     _wep_chart_text_set     (WepChartCanvas       *canvas,
                                  const char           *text,
                                  double                size,
                                  gboolean              bold,
                                  double                wrap_width,
                                  double               *w,
                                  double               *h);
/* One line, cut with "…" to fit max_width. */
void     _wep_chart_text_set_ellipsized (WepChartCanvas *canvas,
                                         const char     *text,
                                         double          size,
                                         double          max_width,
                                         double         *w,
                                         double         *h);
/* Draws the text last set with its top left at (x, y), in color. */
void     _wep_chart_text_show    (WepChartCanvas       *canvas,
                                  double                x,
                                  double                y,
                                  WepColor              color,
                                  double                alpha);
/* The same with a rim of the background around it, over the plot. */
void     _wep_chart_text_show_halo (WepChartCanvas     *canvas,
                                    double              x,
                                    double              y,
                                    WepColor            color,
                                    double              alpha);
/* The legend's entries: the labels of the drawn series, each once, and the
 * goal. Sets *height to what it takes at width; draws when draw. */
void     _wep_chart_legend       (WepChartCanvas       *canvas,
                                  double                x,
                                  double                y,
                                  double                width,
                                  gboolean              draw,
                                  double               *height);
/* A swatch for a mark in a box of w × h at (x, y). */
void     _wep_chart_swatch       (WepChartCanvas       *canvas,
                                  const WepChartSeries *series,
                                  double                x,
                                  double                y,
                                  double                w,
                                  double                h);
/* Diagonal hatching inside the rectangle. */
void     _wep_chart_hatch        (WepChartCanvas       *canvas,
                                  double                x,
                                  double                y,
                                  double                w,
                                  double                h,
                                  WepColor              color);

G_END_DECLS
