/* wep-chart-format.c: the numbers of the charts, and their axes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-chart-format.h"

#define MINUS_SIGN "\xe2\x88\x92"

double
wep_chart_nice_step (double range,
                     guint  max_ticks)
{
  static const double factors[] = { 1.0, 2.0, 5.0, 10.0 };
  double magnitude;

  g_return_val_if_fail (max_ticks > 0, 1.0);

  if (!(range > 0.0) || !isfinite (range))
    return 1.0;
  magnitude = pow (10.0, floor (log10 (range / max_ticks)));
  for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
    if (range / (factors[i] * magnitude) <= max_ticks + 1e-9)
      return factors[i] * magnitude;
  return 10.0 * magnitude;
}

void
wep_chart_axis_range (double  data_min,
                      double  data_max,
                      guint   max_ticks,
                      double *axis_min,
                      double *axis_max,
                      double *step)
{
  double low = MIN (0.0, isfinite (data_min) ? data_min : 0.0);
  double high = MAX (0.0, isfinite (data_max) ? data_max : 0.0);
  double s;

  g_return_if_fail (axis_min != NULL && axis_max != NULL && step != NULL);

  max_ticks = MAX (max_ticks, 2);
  if (high - low <= 0.0)
    high = 1.0;
  /* The rounding outwards can need one more step than the range itself:
   * take the next round step until both ends fit. */
  s = wep_chart_nice_step (high - low, max_ticks);
  for (int i = 0; i < 4; i++)
    {
      double lo = floor (low / s + 1e-9) * s;
      double hi = ceil (high / s - 1e-9) * s;

      if ((hi - lo) / s <= max_ticks + 1e-9)
        break;
      s = wep_chart_nice_step ((hi - lo) * 1.0001, max_ticks);
    }
  *axis_min = floor (low / s + 1e-9) * s;
  *axis_max = ceil (high / s - 1e-9) * s;
  if (*axis_max <= *axis_min)
    *axis_max = *axis_min + s;
  *step = s;
}

int
wep_chart_step_decimals (double step)
{
  int decimals = 0;

  if (!(step > 0.0) || !isfinite (step))
    return 0;
  while (decimals < 6 && fabs (step * pow (10.0, decimals) - round (step * pow (10.0, decimals)))
                           > 1e-6 * step * pow (10.0, decimals))
    decimals++;
  return decimals;
}

char *
wep_chart_format_number (double value,
                         int    decimals)
{
  g_autofree char *text = NULL;
  double factor;

  if (isnan (value))
    return g_strdup ("—");
  decimals = CLAMP (decimals, 0, 6);
  factor = pow (10.0, decimals);
  /* No "−0" from rounding noise. */
  if (fabs (round (value * factor)) == 0.0)
    value = 0.0;
  text = g_strdup_printf ("%'.*f", decimals, fabs (value));
  return value < 0.0 ? g_strconcat (MINUS_SIGN, text, NULL) : g_steal_pointer (&text);
}

static int
value_decimals (double       value,
                WepChartUnit unit)
{
  switch (unit)
    {
    case WEP_CHART_UNIT_MONTHS:
      return 1;
    case WEP_CHART_UNIT_UNITS:
      /* Shares of a need are fractions: a tenth shows them below 10. */
      return fabs (value) < 10.0 && fabs (value - round (value)) >= 0.05 ? 1 : 0;
    case WEP_CHART_UNIT_PERSONS:
    case WEP_CHART_UNIT_EUROS:
    default:
      return 0;
    }
}

char *
wep_chart_format_plain (double       value,
                        WepChartUnit unit)
{
  return wep_chart_format_number (value, value_decimals (value, unit));
}

char *
wep_chart_format_signed (double       value,
                         WepChartUnit unit)
{
  g_autofree char *number = wep_chart_format_plain (value, unit);

  if (isnan (value) || g_str_has_prefix (number, MINUS_SIGN) || g_strcmp0 (number, "0") == 0)
    return g_steal_pointer (&number);
  return g_strconcat ("+", number, NULL);
}

char *
wep_chart_format_value (double       value,
                        WepChartUnit unit)
{
  g_autofree char *number = wep_chart_format_plain (value, unit);
  gulong n = isfinite (value) ? (gulong) MIN (fabs (round (value)), (double) G_MAXULONG) : 0;

  if (isnan (value))
    return g_steal_pointer (&number);
  switch (unit)
    {
    case WEP_CHART_UNIT_PERSONS:
      /* Translators: a number of persons, %s is the number ("1.234 persons") */
      return g_strdup_printf (ngettext ("%s person", "%s persons", n), number);
    case WEP_CHART_UNIT_UNITS:
      /* Translators: dedicated homes (Housing First, independent) or places
       * (clustered housing), %s is the number */
      return g_strdup_printf (ngettext ("%s home or place", "%s homes or places", n), number);
    case WEP_CHART_UNIT_MONTHS:
      /* Translators: a waiting time, %s is the number ("13,5 months") */
      return g_strdup_printf (ngettext ("%s month", "%s months", n), number);
    case WEP_CHART_UNIT_EUROS:
    default:
      /* Translators: an amount in euros, %s is the number ("€ 1.234.567") */
      return g_strdup_printf (_("€ %s"), number);
    }
}

double
wep_chart_unit_divisor (WepChartUnit  unit,
                        double        max_abs,
                        const char  **name)
{
  const char *unit_name;
  double divisor = 1.0;

  switch (unit)
    {
    case WEP_CHART_UNIT_PERSONS:
      unit_name = _("persons");
      break;
    case WEP_CHART_UNIT_UNITS:
      unit_name = _("homes or places");
      break;
    case WEP_CHART_UNIT_MONTHS:
      unit_name = _("months");
      break;
    case WEP_CHART_UNIT_EUROS:
    default:
      if (max_abs >= 1e9)
        {
          divisor = 1e9;
          unit_name = _("billion euros");
        }
      else if (max_abs >= 1e6)
        {
          divisor = 1e6;
          unit_name = _("million euros");
        }
      else if (max_abs >= 1e4)
        {
          divisor = 1e3;
          unit_name = _("thousand euros");
        }
      else
        unit_name = _("euros");
      break;
    }
  if (name != NULL)
    *name = unit_name;
  return divisor;
}

char *
wep_chart_axis_title (const char *label,
                      const char *unit_name)
{
  g_return_val_if_fail (label != NULL, NULL);

  if (unit_name == NULL)
    return g_strdup (label);
  /* Translators: an axis title with its unit, "Homeless persons (persons)" */
  return g_strdup_printf (_("%s (%s)"), label, unit_name);
}
