/* wep-format.c: numbers as the user reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "wep-format.h"

char *
wep_format_count (double value)
{
  if (isnan (value))
    return g_strdup ("—");
  /* No "-0" from rounding noise. */
  if (fabs (value) < 0.5)
    value = 0.0;
  return g_strdup_printf ("%'.0f", value);
}

char *
wep_format_months (double value)
{
  if (isnan (value) || isinf (value))
    return g_strdup ("—");
  if (fabs (value) < 0.05)
    value = 0.0;
  return g_strdup_printf ("%'.1f", value);
}

char *
wep_format_euros (double value)
{
  g_autofree char *number = wep_format_count (value);

  /* Translators: an amount in euros, %s is the number ("€ 1.234.567") */
  return g_strdup_printf (_("€ %s"), number);
}


char *
wep_format_percent (double share)
{
  g_autofree char *number = NULL;

  if (isnan (share))
    return g_strdup ("—");
  number = g_strdup_printf ("%'.0f", share * 100.0);
  /* Translators: a percentage, %s is the number ("64%") */
  return g_strdup_printf (_("%s%%"), number);
}
