/* wep-chart-format.h: the numbers of the charts, and their axes
 *
 * Every number a chart shows goes through here, so that a tick, a label on
 * a bar, a hover text and a sentence for a screen reader write it the same
 * way: in the user's locale (1.234 and 13,5 in Dutch), with a true minus
 * sign, and a dash for no value. Axes step by round numbers: 1, 2 or 5
 * times a power of ten.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-chart.h"

G_BEGIN_DECLS

/* The round step (1, 2 or 5 × 10^n) that divides range into at most
 * max_ticks intervals, as few as that allows. */
double      wep_chart_nice_step      (double        range,
                                      guint         max_ticks);
/* An axis from a multiple of the step at or below data_min (and 0) to one
 * at or above data_max (and 0), in at most max_ticks steps. An empty
 * range becomes 0 to 1. */
void        wep_chart_axis_range     (double        data_min,
                                      double        data_max,
                                      guint         max_ticks,
                                      double       *axis_min,
                                      double       *axis_max,
                                      double       *step);
/* Decimals that show a step of this size exactly (0.5 → 1, 0.05 → 2). */
int         wep_chart_step_decimals  (double        step);

/* A number with so many decimals in the user's locale; negative with
 * "−" (U+2212); NAN as "—". */
char       *wep_chart_format_number  (double        value,
                                      int           decimals);
/* A signed difference: "+12" or "−3,5". */
char       *wep_chart_format_signed  (double        value,
                                      WepChartUnit  unit);
/* A value with its unit, as hover and descriptions give it: "1.234
 * persons", "13,5 months", "€ 1.234.567", "12 units" (translated). */
char       *wep_chart_format_value   (double        value,
                                      WepChartUnit  unit);
/* A value without its unit, rounded as wep_chart_format_value () does. */
char       *wep_chart_format_plain   (double        value,
                                      WepChartUnit  unit);

/* What an axis of this unit divides its values by to keep its labels
 * short (euros in thousands or millions), and the unit's name for the
 * axis title then ("million euros"), translated. */
double      wep_chart_unit_divisor   (WepChartUnit  unit,
                                      double        max_abs,
                                      const char  **name);
/* "Label (unit)", translated. */
char       *wep_chart_axis_title     (const char   *label,
                                      const char   *unit_name);

G_END_DECLS
