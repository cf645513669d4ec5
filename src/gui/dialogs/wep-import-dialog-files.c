/* wep-import-dialog-files.c: choosing the file to import, its sheet, and
 * saving a template
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wep-dialog-common.h"
#include "wep-import-dialog-private.h"

/* Per kind, in the order of WepImportKind: the name its template is
 * offered under. */
static const char *const template_names[WEP_N_IMPORT_KINDS] = {
  N_("plans-template.csv"),
  N_("figures-template.csv"),
  N_("regions-template.csv"),
  N_("region-figures-template.csv"),
  N_("allocations-template.csv"),
  NULL,
};

static gboolean
is_geography (GFile *file)
{
  static const char *const suffixes[] = { ".geojson", ".json", ".topojson", ".gpkg", ".shp" };
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = g_ascii_strdown (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i]))
      return TRUE;
  return FALSE;
}

static void
open_response_cb (WepImportDialog      *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  g_autoptr (GFile) file = NULL;

  g_assert (WEP_IS_IMPORT_DIALOG (self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    wep_import_dialog_open (self, file);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WepImportDialog *self = WEP_IMPORT_DIALOG (widget);
  GtkFileFilter *tables = wep_dialog_new_table_filter ();
  GtkFileFilter *geography = wep_dialog_new_geography_filter ();
  GtkFileChooserNative *chooser;

  if (self->kind == WEP_IMPORT_BOUNDARIES)
    chooser = wep_dialog_new_open_chooser (GTK_WINDOW (self), _("Choose a File to Import"),
                                           geography, tables, NULL);
  else
    chooser = wep_dialog_new_open_chooser (GTK_WINDOW (self), _("Choose a File to Import"),
                                           tables, geography, NULL);
  g_signal_connect_object (chooser, "response", G_CALLBACK (open_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_object (&self->chooser, GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WepImportDialog *self = WEP_IMPORT_DIALOG (widget);

  if (self->file != NULL)
    _wep_import_dialog_start_reading (self, FALSE);
}

static void
template_response_cb (WepImportDialog      *self,
                      int                   response,
                      GtkFileChooserNative *chooser)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;

  g_assert (WEP_IS_IMPORT_DIALOG (self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL && !wep_import_dialog_save_template (self, file, &error))
    wep_dialog_show_error (GTK_WINDOW (self), _("Could Not Save the Template"), error);
}

static void
save_template_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  WepImportDialog *self = WEP_IMPORT_DIALOG (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;

  if (self->kind == WEP_IMPORT_BOUNDARIES)
    return;
  chooser = gtk_file_chooser_native_new (_("Save a Template"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _(template_names[self->kind]));
  g_signal_connect_object (chooser, "response", G_CALLBACK (template_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_object (&self->chooser, GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
  gtk_native_dialog_show (self->chooser);
}

void
wep_import_dialog_open (WepImportDialog *self,
                        GFile           *file)
{
  g_return_if_fail (WEP_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  _wep_import_dialog_set_file (self, file);
  /* Geography is boundaries; a spreadsheet is read as the kind its
   * columns show, when they fit one kind only, else as the kind chosen. */
  if (is_geography (file))
    self->kind = WEP_IMPORT_BOUNDARIES;
  else if (self->kind == WEP_IMPORT_BOUNDARIES)
    self->kind = WEP_IMPORT_PLANS;
  _wep_import_dialog_show_kind (self);
  _wep_import_dialog_start_reading (self, self->kind != WEP_IMPORT_BOUNDARIES);
}

void
wep_import_dialog_load (WepImportDialog *self,
                        WepImportKind    kind,
                        GFile           *file)
{
  g_return_if_fail (WEP_IS_IMPORT_DIALOG (self));
  g_return_if_fail (kind < WEP_N_IMPORT_KINDS);
  g_return_if_fail (G_IS_FILE (file));

  _wep_import_dialog_set_file (self, file);
  self->kind = kind;
  _wep_import_dialog_show_kind (self);
  _wep_import_dialog_start_reading (self, FALSE);
}

void
wep_import_dialog_set_sheet (WepImportDialog *self,
                             const char      *sheet)
{
  g_return_if_fail (WEP_IS_IMPORT_DIALOG (self));
  g_return_if_fail (self->file != NULL);

  g_free (self->sheet);
  self->sheet = g_strdup (sheet);
  /* Another sheet may well hold another kind of data. */
  _wep_import_dialog_start_reading (self, self->kind != WEP_IMPORT_BOUNDARIES);
}

gboolean
wep_import_dialog_save_template (WepImportDialog  *self,
                                 GFile            *file,
                                 GError          **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (WEP_IS_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->kind != WEP_IMPORT_BOUNDARIES, FALSE);

  text = wep_import_template (self->kind);
  return g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}


void
_wep_import_dialog_install_file_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "import.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "import.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "import.save-template", NULL,
                                   save_template_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "import.choose", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK,
                                       "import.reload", NULL);
}
