/* wep-results-table.h: the yearly results of one region in a GtkColumnView
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "wep-model.h"

G_BEGIN_DECLS

/* Gives view its columns (region, year and one per result column of the
 * model) and a model of WepResultRow. */
void        wep_results_table_setup         (GtkColumnView         *view);
/* Shows the yearly rows of result (a region or the total). */
void        wep_results_table_show          (GtkColumnView         *view,
                                             const WepRegionResult *result,
                                             gboolean               is_total);
/* The id of a results column: "region", "year" or the key of a result
 * column of the model ("entrants", "wait_hf" ...). GTK 4.8 has no
 * GtkColumnViewColumn:id, so the table keeps it itself. */
const char *wep_results_table_get_column_id (GtkColumnViewColumn   *column);

G_END_DECLS
