/* wep-window.h: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WEP_TYPE_WINDOW (wep_window_get_type ())

G_DECLARE_FINAL_TYPE (WepWindow, wep_window, WEP, WINDOW, AdwApplicationWindow)

WepWindow     *wep_window_new                (AdwApplication      *application);
/* The results table; its model is a GListModel of WepResultRow. */
GtkColumnView *wep_window_get_results_view   (WepWindow           *self);

/* The id of a results column: "region", "year" or the key of a result
 * column of the model ("entrants", "wait_hf" ...). GTK 4.8 has no
 * GtkColumnViewColumn:id, so the window keeps it itself. */
const char    *wep_window_get_column_id      (GtkColumnViewColumn *column);

G_END_DECLS
