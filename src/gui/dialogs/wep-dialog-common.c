/* wep-dialog-common.c: what the import, merge and download dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-dialog-common.h"

void
wep_dialogs_load_style (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr (GtkCssProvider) provider = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), "wep-dialogs-style") != NULL)
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider,
                                       "/io/github/woneneerst/Planner/dialogs/wep-dialogs.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data (G_OBJECT (display), "wep-dialogs-style", GINT_TO_POINTER (1));
}

void
wep_dialog_show_error (GtkWindow    *parent,
                       const char   *heading,
                       const GError *error)
{
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (heading != NULL);

  dialog = adw_message_dialog_new (parent, heading, error != NULL ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
wep_dialog_check_writable (WepDocument  *doc,
                           GError      **error)
{
  g_return_val_if_fail (WEP_IS_DOCUMENT (doc), FALSE);

  if (!wep_document_get_read_only (doc))
    return TRUE;
  g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_READ_ONLY,
               /* Translators: %s says why the plan is read-only */
               _("This plan is read-only, so nothing can be added to it: %s Save it under "
                 "another name first to change it."),
               wep_document_get_read_only_reason (doc));
  return FALSE;
}

GWeakRef *
wep_dialog_weak_ref_new (gpointer object)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, object);
  return ref;
}

gpointer
wep_dialog_weak_ref_steal (GWeakRef *ref)
{
  gpointer object = g_weak_ref_get (ref);

  g_weak_ref_clear (ref);
  g_free (ref);
  return object;
}

GtkFileChooserNative *
wep_dialog_new_open_chooser (GtkWindow     *parent,
                             const char    *title,
                             GtkFileFilter *first_filter,
                             ...)
{
  GtkFileChooserNative *chooser;
  va_list args;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  va_start (args, first_filter);
  for (GtkFileFilter *filter = first_filter; filter != NULL;
       filter = va_arg (args, GtkFileFilter *))
    {
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      g_object_unref (filter);
    }
  va_end (args);
  return chooser;
}

GtkFileFilter *
wep_dialog_new_table_filter (void)
{
  static const char *const suffixes[] = { "csv", "tsv", "txt", "xlsx", "ods" };
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Spreadsheets (CSV, XLSX, ODS)"));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_mime_type (
    filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_filter_add_mime_type (filter, "application/vnd.oasis.opendocument.spreadsheet");
  return filter;
}

GtkFileFilter *
wep_dialog_new_geography_filter (void)
{
  static const char *const suffixes[] = { "geojson", "json", "topojson", "gpkg", "shp" };
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Geographic files (GeoJSON, GeoPackage, Shapefile)"));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
  gtk_file_filter_add_mime_type (filter, "application/geo+json");
  gtk_file_filter_add_mime_type (filter, "application/geopackage+sqlite3");
  return filter;
}

GtkFileFilter *
wep_dialog_new_plan_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Plan files"));
  gtk_file_filter_add_suffix (filter, WEP_DOCUMENT_EXTENSION + 1);
  gtk_file_filter_add_mime_type (filter, "application/x-wonen-eerst-plan");
  return filter;
}
