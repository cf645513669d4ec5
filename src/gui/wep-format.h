/* wep-format.h: numbers as the user reads them
 *
 * In the user's locale: 1.234 and 13,5 in Dutch. NAN shows as a dash.
 * Numbers the user types are read the same way.
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
/* A value to be edited: every digit it needs (up to ten decimals), grouped
 * as the locale does: "1.234,5", "0,055", "20.642". */
char *wep_format_input  (double value);

/* Reads a number the user typed: in the locale's own form ("1.234,5",
 * "0,17" in Dutch) or with the other decimal separator ("1234.5", "0.17"),
 * with optional sign and spaces around it. Separators that group digits
 * by three as the locale does ("1.234", "1.234.567" in Dutch) group
 * thousands. FALSE, with *value untouched, unless the whole text is one
 * finite number. */
gboolean wep_parse_number (const char *text,
                           double     *value);

G_END_DECLS
