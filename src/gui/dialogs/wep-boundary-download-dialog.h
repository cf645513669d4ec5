/* wep-boundary-download-dialog.h: the official boundaries of a year from
 * PDOK, downloaded, previewed and imported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wep-import-preview-view.h"
#include "wep-pdok.h"
#include "wep-session.h"

G_BEGIN_DECLS

#define WEP_TYPE_BOUNDARY_DOWNLOAD_DIALOG (wep_boundary_download_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WepBoundaryDownloadDialog, wep_boundary_download_dialog, WEP,
                      BOUNDARY_DOWNLOAD_DIALOG, AdwWindow)

/* Shows the dialog over parent, for the plan of session; base_url is the
 * OGC API Features service (NULL: PDOK's, WEP_PDOK_DEFAULT_BASE_URL). */
void wep_boundary_download_dialog_present (GtkWindow  *parent,
                                           WepSession *session,
                                           const char *base_url);

/* The same without showing it, and what the user does in it, for tests. */
WepBoundaryDownloadDialog *
wep_boundary_download_dialog_new (GtkWindow  *parent,
                                  WepSession *session,
                                  const char *base_url);
/* Downloads level and year (as chosen in the dialog), then reads the file
 * in a worker thread; the dialog is busy until the preview (or the error)
 * is shown. */
void     wep_boundary_download_dialog_start       (WepBoundaryDownloadDialog *self,
                                                   WepPdokLevel               level,
                                                   int                        year);
/* Stops the download (or the reading); the dialog stays busy until it has
 * stopped, and then nothing was downloaded or imported. */
void     wep_boundary_download_dialog_stop        (WepBoundaryDownloadDialog *self);
/* TRUE while downloading or reading (the "busy" property). */
gboolean wep_boundary_download_dialog_get_busy    (WepBoundaryDownloadDialog *self);
/* Whether the last download was stopped by the user. */
gboolean wep_boundary_download_dialog_get_stopped (WepBoundaryDownloadDialog *self);
/* The features downloaded so far (the "n-features" property), and the
 * number the service said match (-1: not said). */
guint    wep_boundary_download_dialog_get_n_features (WepBoundaryDownloadDialog *self);
gint64   wep_boundary_download_dialog_get_n_matched  (WepBoundaryDownloadDialog *self);
/* The error of the download or of reading it, or NULL. */
const GError *
wep_boundary_download_dialog_get_error (WepBoundaryDownloadDialog *self);
const WepImportPreview *
wep_boundary_download_dialog_get_preview (WepBoundaryDownloadDialog *self);
WepImportPreviewView *
wep_boundary_download_dialog_get_preview_view (WepBoundaryDownloadDialog *self);
gboolean wep_boundary_download_dialog_can_apply   (WepBoundaryDownloadDialog *self);
/* Imports the boundaries as one change of the plan and closes the dialog;
 * FALSE with error when nothing is downloaded yet, something is rejected,
 * or the plan is read-only. */
gboolean wep_boundary_download_dialog_apply       (WepBoundaryDownloadDialog  *self,
                                                   GError                    **error);

G_END_DECLS
