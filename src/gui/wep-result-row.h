/* wep-result-row.h: one row of the results table, as a list model item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wep-keys.h"

G_BEGIN_DECLS

#define WEP_TYPE_RESULT_ROW (wep_result_row_get_type ())

G_DECLARE_FINAL_TYPE (WepResultRow, wep_result_row, WEP, RESULT_ROW, GObject)

/* values holds WEP_N_COLUMNS numbers in the order of WepColumn; a wait
 * without moves is NAN. The values are copied. */
WepResultRow *wep_result_row_new          (const char   *region,
                                           int           year,
                                           gboolean      is_total,
                                           const double *values);
/* New values for the same year, in place: emits "changed" when they differ. */
void          wep_result_row_update       (WepResultRow *row,
                                           const char   *region,
                                           gboolean      is_total,
                                           const double *values);
const char   *wep_result_row_get_region   (WepResultRow *row);
int           wep_result_row_get_year     (WepResultRow *row);
gboolean      wep_result_row_get_is_total (WepResultRow *row);
double        wep_result_row_get_value    (WepResultRow *row,
                                           WepColumn     column);

/* The value as the table shows it: rounded (waits to one decimal, the
 * rest to whole persons or euros), grouped in the user's locale; an
 * empty string for NAN. */
char         *wep_result_row_format_value (WepResultRow *row,
                                           WepColumn     column);

G_END_DECLS
