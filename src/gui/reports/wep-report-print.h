/* wep-report-print.h: the council report from the window: printed through
 * the system's print dialog, or exported as PDF
 *
 * Both make the report of the session's scenario (and fair-share key) in
 * a worker thread on a copy of the plan, with a progress dialog that can
 * cancel it when it takes longer than a moment, and draw its pages with
 * the same code as `wep report` (wep-report.h). The privacy threshold and
 * the organisation come from the settings ("privacy-threshold",
 * "report-organisation"). The page setup and print settings chosen are
 * remembered for the rest of the session and kept in the user's
 * configuration folder for the next one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "wep-session.h"

G_BEGIN_DECLS

/* "Rapport afdrukken…": region is a region's code or name, or NULL for
 * every region of the scenario. */
void wep_report_print      (GtkWindow  *parent,
                            WepSession *session,
                            const char *region);
/* "Exporteren als PDF…": asks for a file, then writes the report to it. */
void wep_report_export_pdf (GtkWindow  *parent,
                            WepSession *session,
                            const char *region);

/* Where the print settings are kept: a key file in the user's
 * configuration folder (for the tests). */
char *wep_report_print_settings_path (void);

G_END_DECLS
