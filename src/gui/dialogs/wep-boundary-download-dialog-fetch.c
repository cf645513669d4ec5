/* wep-boundary-download-dialog-fetch.c: the download, its progress and
 * stopping it, and reading what came
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-boundary-download-dialog-private.h"
#include "wep-dialog-common.h"
#include "wep-import-task.h"

static void
progress_cb (guint    n_features,
             gint64   n_matched,
             gpointer user_data)
{
  g_autoptr (WepBoundaryDownloadDialog) self = g_weak_ref_get (user_data);

  if (self == NULL || self->state != WEP_DOWNLOAD_DOWNLOADING
      || g_cancellable_is_cancelled (self->cancellable))
    return;
  _wep_boundary_download_dialog_set_progress (self, n_features, n_matched);
}

/* What comes back from a download or a reading: FALSE when there is
 * nothing more to do, because the dialog was closed or the user stopped
 * (which is then shown). */
static gboolean
still_wanted (WepBoundaryDownloadDialog *self,
              const GError              *error)
{
  if (self == NULL || self->document == NULL)
    return FALSE;
  g_assert (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self));
  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_clear_object (&self->cancellable);
      _wep_boundary_download_dialog_clear_result (self);
      _wep_boundary_download_dialog_set_state (self, WEP_DOWNLOAD_STOPPED);
      return FALSE;
    }
  /* A newer reading (the plan changed) took over. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;
  g_clear_object (&self->cancellable);
  return TRUE;
}

static void
fetched_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr (WepBoundaryDownloadDialog) self = wep_dialog_weak_ref_steal (user_data);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  path = wep_pdok_fetch_finish (result, &error);
  if (!still_wanted (self, error))
    return;
  if (path == NULL)
    {
      _wep_boundary_download_dialog_show_failure (self, g_steal_pointer (&error));
      return;
    }
  self->path = g_steal_pointer (&path);
  _wep_boundary_download_dialog_read_download (self);
}

static void
preview_ready_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr (WepBoundaryDownloadDialog) self = wep_dialog_weak_ref_steal (user_data);
  g_autoptr (WepImportPreview) preview = NULL;
  g_autoptr (GError) error = NULL;

  preview = wep_import_task_preview_finish (result, NULL, &error);
  if (!still_wanted (self, error))
    return;
  if (preview == NULL)
    {
      _wep_boundary_download_dialog_show_failure (self, g_steal_pointer (&error));
      return;
    }
  wep_import_preview_view_set_preview (self->preview_view, NULL);
  g_clear_pointer (&self->preview, wep_import_preview_free);
  self->preview = g_steal_pointer (&preview);
  wep_import_preview_view_set_preview (self->preview_view, self->preview);
  _wep_boundary_download_dialog_set_state (self, WEP_DOWNLOAD_READY);
}

/* Reads the downloaded file into a preview. */
void
_wep_boundary_download_dialog_read_download (WepBoundaryDownloadDialog *self)
{
  g_assert (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self));
  g_assert (self->path != NULL);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  _wep_boundary_download_dialog_set_state (self, WEP_DOWNLOAD_READING);
  wep_import_task_preview_download_async (self->document, self->path, self->base_url,
                                          self->level, self->year, self->cancellable,
                                          preview_ready_cb, wep_dialog_weak_ref_new (self));
}

void
wep_boundary_download_dialog_start (WepBoundaryDownloadDialog *self,
                                    WepPdokLevel               level,
                                    int                        year)
{
  GWeakRef *ref;

  g_return_if_fail (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self));
  g_return_if_fail (level == WEP_PDOK_MUNICIPALITIES || level == WEP_PDOK_PROVINCES);
  g_return_if_fail (!_wep_boundary_download_dialog_is_busy (self));

  _wep_boundary_download_dialog_show_choice (self, level, year);
  _wep_boundary_download_dialog_clear_result (self);
  self->cancellable = g_cancellable_new ();
  _wep_boundary_download_dialog_set_state (self, WEP_DOWNLOAD_DOWNLOADING);
  _wep_boundary_download_dialog_set_progress (self, 0, -1);
  /* One weak reference for the progress and the end: it is freed by
   * fetched_cb (), after which no progress comes. */
  ref = wep_dialog_weak_ref_new (self);
  wep_pdok_fetch_async (self->base_url, level, year, WEP_PDOK_DEFAULT, 0, progress_cb, ref,
                        self->cancellable, fetched_cb, ref);
}

void
wep_boundary_download_dialog_stop (WepBoundaryDownloadDialog *self)
{
  g_return_if_fail (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self));

  /* The callback of the download says when it has stopped. */
  g_cancellable_cancel (self->cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "download.stop", FALSE);
}

