/* wep-import-dialog-private.h: what the parts of WepImportDialog share
 *
 * wep-import-dialog.c: the dialog, reading the file and the import;
 * wep-import-dialog-files.c: choosing the file, its sheet, and templates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-import-dialog.h"

G_BEGIN_DECLS

struct _WepImportDialog
{
  AdwWindow             parent_instance;

  WepSession           *session;
  WepDocument          *document;
  WepImportKind         kind;
  GFile                *file;
  char                 *sheet;        /* NULL: the first */
  GCancellable         *cancellable;  /* of the reading under way */
  WepImportPreview     *preview;
  GError               *error;
  GtkNativeDialog      *chooser;
  gboolean              busy;
  gboolean              updating;     /* the rows are being set from the state */
  gboolean              applying;
  gboolean              applied;      /* imported or closed: the dialog is done */

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkWidget            *import_button;
  GtkWidget            *template_button;
  GtkLabel             *read_only_label;
  AdwComboRow          *kind_row;
  AdwActionRow         *file_row;
  AdwComboRow          *sheet_row;
  AdwActionRow         *template_row;
  GtkStringList        *sheets;
  GtkStack             *stack;
  GtkSpinner           *spinner;
  AdwStatusPage        *failed_page;
  WepImportPreviewView *preview_view;
};

void _wep_import_dialog_show_kind            (WepImportDialog *self);
void _wep_import_dialog_set_file             (WepImportDialog *self,
                                              GFile           *file);
/* Reads the file (again) in a worker thread; see wep-import-task.h. */
void _wep_import_dialog_start_reading        (WepImportDialog *self,
                                              gboolean         guess_kind);
/* import.choose (Ctrl+O), import.reload (Ctrl+R), import.save-template. */
void _wep_import_dialog_install_file_actions (GtkWidgetClass  *widget_class);

G_END_DECLS
