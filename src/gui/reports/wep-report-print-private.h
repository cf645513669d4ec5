/* wep-report-print-private.h: the report's print and export without their
 * dialogs, for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-report-print.h"

G_BEGIN_DECLS

/* wep_report_print () with another action: GTK_PRINT_OPERATION_ACTION_EXPORT
 * writes the pages GTK's print operation draws into export_path (PDF). */
void  _wep_report_print_with_action   (GtkWindow               *parent,
                                       WepSession              *session,
                                       const char              *region,
                                       GtkPrintOperationAction  action,
                                       const char              *export_path);
/* wep_report_export_pdf () to path, without asking. */
void  _wep_report_export_pdf_to       (GtkWindow               *parent,
                                       WepSession              *session,
                                       const char              *region,
                                       const char              *path);
/* How many reports have ended (printed, exported, failed or cancelled)
 * since the program started: what a test waits for. */
guint _wep_report_print_get_n_ended   (void);
/* The wait before the progress dialog shows (400 ms). */
void  _wep_report_print_set_progress_delay (guint                    ms);

G_END_DECLS
