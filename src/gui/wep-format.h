/* wep-format.h: numbers as the user reads them
 *
 * In the user's locale: 1.234 and 13,5 in Dutch. NAN shows as a dash.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whole persons or homes: "1.234". */
char *wep_format_count  (double value);
/* Months, one decimal: "13,5". */
char *wep_format_months (double value);
/* Euros, whole: "€ 1.234.567". */
char *wep_format_euros  (double value);
/* A share from 0 to 1 as a whole percentage, "64%". */
char *wep_format_percent (double share);

G_END_DECLS
