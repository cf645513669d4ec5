/* test-download-dialog.c: downloading boundaries through the dialog
 *
 * Against the stand-in for PDOK (../wep-test-server.c), serving the
 * reference geography in ../shared (the cases skip when it is absent):
 * a slow download shows its progress and stops when asked, leaving the
 * plan and the cache as they were; no connection is said as such, with
 * Retry; a whole download is previewed, imported as one change, and
 * undone. Screenshots: download-dialog-progress.png,
 * download-dialog-offline.png, download-dialog-preview.png (and -dark).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dialog-test-util.h"
#include "dialogs/wep-boundary-download-dialog.h"
#include "wep-example.h"
#include "wep-test-server.h"
#include "wep-test-util.h"

#define N_GEMEENTEN 342
#define YEAR        2025

static GPtrArray *gemeenten;
static GPtrArray *provincies;

static WepTestServer *
start_server (WepTestServeMode mode,
              guint            cap,
              guint            delay_ms)
{
  WepTestServerOptions options = { .mode = mode, .cap = cap, .delay_ms = delay_ms };

  if (gemeenten == NULL || provincies == NULL)
    {
      g_test_skip ("../shared/data/reference is absent");
      return NULL;
    }
  return wep_test_server_new (gemeenten, provincies, &options);
}

static char *
cache_dir (void)
{
  return g_build_filename (g_get_user_cache_dir (), "wonen-eerst-planner", "pdok", NULL);
}

static guint
count_cached (void)
{
  g_autofree char *dir = cache_dir ();
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (handle != NULL && g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

static gboolean
some_features_cb (gpointer data)
{
  return wep_boundary_download_dialog_get_n_features (data) >= 40;
}

/* Progress page by page, and a stop that really stops. */
static void
test_progress_and_stop (void)
{
  g_autoptr (WepTestServer) server = start_server (WEP_TEST_SERVE_SLOW, 20, 150);
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepSession) session = NULL;
  g_autoptr (WepDocumentInfo) before = NULL;
  g_autoptr (WepDocumentInfo) after = NULL;
  GtkWindow *parent;
  WepBoundaryDownloadDialog *dialog;
  GtkProgressBar *bar;
  g_autofree char *of = NULL;
  guint n_requests;

  if (server == NULL)
    return;
  doc = wep_example_document ();
  session = wep_session_new (doc);
  before = wep_document_get_info (doc);
  parent = dialog_test_parent ();
  dialog = g_object_ref_sink (wep_boundary_download_dialog_new (parent, session,
                                                                wep_test_server_get_url (server)));
  dialog_test_screenshot (GTK_WINDOW (dialog), "download-dialog-start", TRUE);

  wep_boundary_download_dialog_start (dialog, WEP_PDOK_MUNICIPALITIES, YEAR);
  g_assert_true (wep_boundary_download_dialog_get_busy (dialog));
  gui_test_wait_until (some_features_cb, dialog, "two pages are downloaded");
  g_assert_cmpint (wep_boundary_download_dialog_get_n_matched (dialog), ==, N_GEMEENTEN);

  /* The bar: features so far of those that match. */
  bar = GTK_PROGRESS_BAR (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                         WEP_TYPE_BOUNDARY_DOWNLOAD_DIALOG,
                                                         "progress_bar"));
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (bar), >, 0);
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (bar), <, 1);
  of = g_strdup_printf ("%u", N_GEMEENTEN);
  g_assert_nonnull (strstr (gtk_progress_bar_get_text (bar), of));
  dialog_test_screenshot (GTK_WINDOW (dialog), "download-dialog-progress", FALSE);

  /* Stopped: nothing more is asked of the server, nothing is left in the
   * cache, the plan is as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "download.stop", NULL));
  dialog_test_wait_idle (dialog);
  g_assert_true (wep_boundary_download_dialog_get_stopped (dialog));
  g_assert_null (wep_boundary_download_dialog_get_error (dialog));
  g_assert_null (wep_boundary_download_dialog_get_preview (dialog));
  g_assert_cmpuint (wep_boundary_download_dialog_get_n_features (dialog), <, N_GEMEENTEN);
  g_assert_false (wep_boundary_download_dialog_can_apply (dialog));
  n_requests = wep_test_server_get_n_requests (server);
  gui_test_settle (800);
  g_assert_cmpuint (wep_test_server_get_n_requests (server), ==, n_requests);
  g_assert_cmpuint (count_cached (), ==, 0);
  after = wep_document_get_info (doc);
  g_assert_cmpuint (after->n_municipalities, ==, before->n_municipalities);
  g_assert_cmpuint (after->n_boundaries, ==, before->n_boundaries);
  g_assert_null (wep_document_get_undo_label (doc));

  /* Cancel (closing the dialog) during a download stops it too, even
   * while something still holds the dialog. */
  wep_boundary_download_dialog_start (dialog, WEP_PDOK_MUNICIPALITIES, YEAR);
  gui_test_wait_until (some_features_cb, dialog, "two pages are downloaded again");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  gui_test_settle (300);
  n_requests = wep_test_server_get_n_requests (server);
  gui_test_settle (800);
  g_assert_cmpuint (wep_test_server_get_n_requests (server), ==, n_requests);
  g_assert_cmpuint (count_cached (), ==, 0);
  g_assert_null (wep_document_get_undo_label (doc));
  g_object_unref (dialog);

  gtk_window_destroy (parent);
}

/* No server: said as such, with Retry. */
static void
test_offline (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepSession) session = wep_session_new (doc);
  GtkWindow *parent = dialog_test_parent ();
  WepBoundaryDownloadDialog *dialog;
  const GError *error;

  /* Port 9 (discard) on this machine: nobody listens. */
  dialog = g_object_ref_sink (wep_boundary_download_dialog_new (parent, session,
                                                                "http://127.0.0.1:9"));
  wep_boundary_download_dialog_start (dialog, WEP_PDOK_PROVINCES, YEAR);
  dialog_test_wait_idle (dialog);
  error = wep_boundary_download_dialog_get_error (dialog);
  g_assert_error (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_OFFLINE);
  g_assert_false (wep_boundary_download_dialog_can_apply (dialog));
  dialog_test_screenshot (GTK_WINDOW (dialog), "download-dialog-offline", FALSE);
  g_assert_true (dialog_test_shows_text (GTK_WIDGET (dialog), error->message));
  g_assert_true (dialog_test_shows_text (GTK_WIDGET (dialog), _("No Connection")));

  /* Retry: the same download again (and the same answer). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "download.start", NULL));
  g_assert_true (wep_boundary_download_dialog_get_busy (dialog));
  dialog_test_wait_idle (dialog);
  g_assert_error (wep_boundary_download_dialog_get_error (dialog), WEP_PDOK_ERROR,
                  WEP_PDOK_ERROR_OFFLINE);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  gtk_window_destroy (parent);
}

/* A whole download, previewed, imported, undone. */
static void
test_download_and_import (void)
{
  g_autoptr (WepTestServer) server = start_server (WEP_TEST_SERVE_PAGES, 100, 0);
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepSession) session = NULL;
  g_autoptr (WepDocumentInfo) before = NULL;
  g_autoptr (WepDocumentInfo) after = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *label = NULL;
  GtkWindow *parent;
  WepBoundaryDownloadDialog *dialog;
  const WepImportPreview *preview;

  if (server == NULL)
    return;
  doc = wep_example_document ();
  session = wep_session_new (doc);
  before = wep_document_get_info (doc);
  parent = dialog_test_parent ();
  dialog = g_object_ref_sink (wep_boundary_download_dialog_new (parent, session,
                                                                wep_test_server_get_url (server)));
  wep_boundary_download_dialog_start (dialog, WEP_PDOK_MUNICIPALITIES, YEAR);
  dialog_test_wait_idle (dialog);
  g_assert_null (wep_boundary_download_dialog_get_error (dialog));
  g_assert_cmpuint (wep_boundary_download_dialog_get_n_features (dialog), ==, N_GEMEENTEN);
  g_assert_cmpint (wep_boundary_download_dialog_get_n_matched (dialog), ==, N_GEMEENTEN);

  preview = wep_boundary_download_dialog_get_preview (dialog);
  g_assert_nonnull (preview);
  g_assert_cmpuint (preview->n_rows, ==, N_GEMEENTEN);
  g_assert_cmpuint (preview->rejected->len, ==, 0);
  g_assert_cmpstr (preview->provenance_kind, ==, "service");
  g_assert_nonnull (strstr (preview->source, "gemeente_gegeneraliseerd (2025)"));
  g_assert_cmpuint (g_list_model_get_n_items (wep_import_preview_view_get_understood (
                      wep_boundary_download_dialog_get_preview_view (dialog))), ==,
                    preview->understood->len);
  g_assert_true (wep_boundary_download_dialog_can_apply (dialog));
  dialog_test_screenshot (GTK_WINDOW (dialog), "download-dialog-preview", TRUE);

  g_assert_true (wep_boundary_download_dialog_apply (dialog, &error));
  g_assert_no_error (error);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  after = wep_document_get_info (doc);
  g_assert_cmpuint (after->n_boundaries, ==, N_GEMEENTEN);
  g_assert_cmpuint (after->n_municipalities, ==, N_GEMEENTEN);
  label = g_strdup_printf (_("Import municipal boundaries of %d"), YEAR);
  g_assert_cmpstr (wep_document_get_undo_label (doc), ==, label);

  g_assert_true (wep_document_undo (doc, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, wep_document_info_free);
  after = wep_document_get_info (doc);
  g_assert_cmpuint (after->n_boundaries, ==, before->n_boundaries);
  g_assert_cmpuint (after->n_municipalities, ==, before->n_municipalities);

  g_object_unref (dialog);
  gtk_window_destroy (parent);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *gemeenten_path = g_build_filename (SHARED_DIR, "data", "reference",
                                                      "gemeenten-2025.geojson", NULL);
  g_autofree char *provincies_path = g_build_filename (SHARED_DIR, "data", "reference",
                                                       "provincies-2025.geojson", NULL);
  int status;

  if (!dialog_test_init (&argc, &argv, "wep-download-dialog"))
    return 77;
  gemeenten = wep_test_load_features (gemeenten_path, YEAR);
  provincies = wep_test_load_features (provincies_path, YEAR);

  g_test_add_func ("/download-dialog/progress-and-stop", test_progress_and_stop);
  g_test_add_func ("/download-dialog/offline", test_offline);
  g_test_add_func ("/download-dialog/download-and-import", test_download_and_import);

  status = g_test_run ();
  g_clear_pointer (&gemeenten, g_ptr_array_unref);
  g_clear_pointer (&provincies, g_ptr_array_unref);
  dialog_test_finish ();
  return status;
}
