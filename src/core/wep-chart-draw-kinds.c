/* wep-chart-draw-kinds.c: the eight charts, each its layers in its order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "wep-chart-private.h"

#define DRAW_ARGS cairo_t *cr, double width, double height, const WepChartStyle *style, \
                  const WepChartData *data, WepChartLayout *layout

#define BEGIN(kind_)                                                              \
  WepChartCanvas canvas;                                                          \
  g_return_if_fail (cr != NULL && style != NULL && data != NULL);                \
  g_return_if_fail (data->kind == (kind_));                                       \
  if (!_wep_chart_begin (&canvas, cr, width, height, style, data, layout))       \
    {                                                                             \
      _wep_chart_end (&canvas);                                                   \
      return;                                                                     \
    }                                                                             \
  _wep_chart_axes (&canvas)

/* Stacked bars of sheltered and sleeping rough, their total above them,
 * and the shelter places as a dashed level across each year. */
void
wep_chart_draw_homeless (DRAW_ARGS)
{
  BEGIN (WEP_CHART_HOMELESS);
  _wep_chart_bars (&canvas);
  _wep_chart_zero_line (&canvas);
  _wep_chart_value_labels (&canvas);
  _wep_chart_steps (&canvas);
  _wep_chart_end (&canvas);
}

/* One panel per pathway: the planned units and, hatched on top, the extra
 * the goal needs; the target year marked. */
void
wep_chart_draw_needs (DRAW_ARGS)
{
  BEGIN (WEP_CHART_NEEDS);
  _wep_chart_marker (&canvas);
  _wep_chart_bars (&canvas);
  _wep_chart_zero_line (&canvas);
  _wep_chart_value_labels (&canvas);
  _wep_chart_end (&canvas);
}

/* A line per pathway, the goal as a dashed line, the target year marked. */
void
wep_chart_draw_wait (DRAW_ARGS)
{
  BEGIN (WEP_CHART_WAIT);
  _wep_chart_zero_line (&canvas);
  _wep_chart_marker (&canvas);
  _wep_chart_goal (&canvas);
  _wep_chart_lines (&canvas);
  _wep_chart_end (&canvas);
}

/* The P10–P90 band, the median over it, the run without uncertainty. */
void
wep_chart_draw_uncertainty (DRAW_ARGS)
{
  BEGIN (WEP_CHART_UNCERTAINTY);
  _wep_chart_zero_line (&canvas);
  _wep_chart_marker (&canvas);
  _wep_chart_bands (&canvas);
  _wep_chart_lines (&canvas);
  _wep_chart_end (&canvas);
}

/* Bars across from a zero line: left what a municipality plans short of
 * its share, right what it plans beyond it; sorted, the most short first. */
void
wep_chart_draw_fair_share (DRAW_ARGS)
{
  BEGIN (WEP_CHART_FAIR_SHARE);
  _wep_chart_bars (&canvas);
  _wep_chart_zero_line (&canvas);
  _wep_chart_value_labels (&canvas);
  _wep_chart_end (&canvas);
}

/* Two lines and the difference between them shaded. */
void
wep_chart_draw_compare (DRAW_ARGS)
{
  BEGIN (WEP_CHART_COMPARE);
  _wep_chart_zero_line (&canvas);
  _wep_chart_bands (&canvas);
  _wep_chart_lines (&canvas);
  _wep_chart_end (&canvas);
}

/* Two panels: the costs of each year stacked by kind, and the same added
 * up over the years. */
void
wep_chart_draw_costs (DRAW_ARGS)
{
  BEGIN (WEP_CHART_COSTS);
  _wep_chart_bars (&canvas);
  _wep_chart_zero_line (&canvas);
  _wep_chart_value_labels (&canvas);
  _wep_chart_end (&canvas);
}

/* Per year two bars: the plans by how far they are, and the homes
 * allocated by target group. */
void
wep_chart_draw_monitoring (DRAW_ARGS)
{
  BEGIN (WEP_CHART_MONITORING);
  _wep_chart_bars (&canvas);
  _wep_chart_zero_line (&canvas);
  _wep_chart_value_labels (&canvas);
  _wep_chart_end (&canvas);
}

void
wep_chart_draw (DRAW_ARGS)
{
  static void (*const draw[WEP_N_CHART_KINDS]) (DRAW_ARGS) = {
    [WEP_CHART_HOMELESS] = wep_chart_draw_homeless,
    [WEP_CHART_NEEDS] = wep_chart_draw_needs,
    [WEP_CHART_WAIT] = wep_chart_draw_wait,
    [WEP_CHART_UNCERTAINTY] = wep_chart_draw_uncertainty,
    [WEP_CHART_FAIR_SHARE] = wep_chart_draw_fair_share,
    [WEP_CHART_COMPARE] = wep_chart_draw_compare,
    [WEP_CHART_COSTS] = wep_chart_draw_costs,
    [WEP_CHART_MONITORING] = wep_chart_draw_monitoring,
  };

  g_return_if_fail (data != NULL && data->kind < WEP_N_CHART_KINDS);

  draw[data->kind] (cr, width, height, style, data, layout);
}

double
wep_chart_preferred_height (const WepChartData *data,
                            double              width)
{
  g_return_val_if_fail (data != NULL, 0.0);

  /* Across: a readable line per municipality, title and axis around them. */
  if (data->horizontal && data->message == NULL)
    return MAX (340.0, 150.0 + 22.0 * data->n_categories + (data->note != NULL ? 30.0 : 0.0));
  return CLAMP (width * 0.52, 360.0, 460.0);
}
