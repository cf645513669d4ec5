/* wep-boundary-download-dialog-private.h: what the parts of
 * WepBoundaryDownloadDialog share
 *
 * wep-boundary-download-dialog.c: the dialog, its pages and the import;
 * wep-boundary-download-dialog-fetch.c: the download and reading it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-boundary-download-dialog.h"

G_BEGIN_DECLS

typedef enum
{
  WEP_DOWNLOAD_START,
  WEP_DOWNLOAD_DOWNLOADING,
  WEP_DOWNLOAD_READING,
  WEP_DOWNLOAD_READY,
  WEP_DOWNLOAD_FAILED,
  WEP_DOWNLOAD_STOPPED,
} WepDownloadState;

struct _WepBoundaryDownloadDialog
{
  AdwWindow             parent_instance;

  WepSession           *session;
  WepDocument          *document;
  char                 *base_url;
  WepPdokLevel          level;
  int                   year;
  WepDownloadState      state;
  GCancellable         *cancellable;   /* of the download or reading under way */
  char                 *path;          /* the downloaded file */
  WepImportPreview     *preview;
  GError               *error;
  guint                 n_features;
  gint64                n_matched;
  gboolean              updating;
  gboolean              applying;
  gboolean              applied;       /* imported or closed: the dialog is done */

  /* Template widgets */
  GtkLabel             *read_only_label;
  AdwPreferencesGroup  *choice_group;
  AdwComboRow          *level_row;
  AdwActionRow         *year_row;
  GtkSpinButton        *year_spin;
  GtkAdjustment        *year_adjustment;
  AdwActionRow         *service_row;
  GtkStack             *stack;
  AdwStatusPage        *start_page;
  GtkProgressBar       *progress_bar;
  GtkSpinner           *spinner;
  AdwStatusPage        *failed_page;
  WepImportPreviewView *preview_view;
};

gboolean _wep_boundary_download_dialog_is_busy       (WepBoundaryDownloadDialog *self);
/* Shows the page of state and enables what can be done in it. */
void     _wep_boundary_download_dialog_set_state     (WepBoundaryDownloadDialog *self,
                                                      WepDownloadState           state);
/* Drops the downloaded file's preview and the last error. */
void     _wep_boundary_download_dialog_clear_result  (WepBoundaryDownloadDialog *self);
/* Takes error and shows it, with Retry. */
void     _wep_boundary_download_dialog_show_failure  (WepBoundaryDownloadDialog *self,
                                                      GError                    *error);
/* The level and year rows show level and year. */
void     _wep_boundary_download_dialog_show_choice   (WepBoundaryDownloadDialog *self,
                                                      WepPdokLevel               level,
                                                      int                        year);
/* The features so far, and how many match (-1: not known). */
void     _wep_boundary_download_dialog_set_progress  (WepBoundaryDownloadDialog *self,
                                                      guint                      n_features,
                                                      gint64                     n_matched);
/* Reads the downloaded file (again) into a preview, in a worker thread. */
void     _wep_boundary_download_dialog_read_download (WepBoundaryDownloadDialog *self);

G_END_DECLS
