/* wep-import-dialog.h: importing a spreadsheet or geographic file into the
 * plan, after a preview of every row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wep-import-preview-view.h"
#include "wep-import.h"
#include "wep-session.h"

G_BEGIN_DECLS

#define WEP_TYPE_IMPORT_DIALOG (wep_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WepImportDialog, wep_import_dialog, WEP, IMPORT_DIALOG, AdwWindow)

/* Shows the dialog over parent, for the plan of session. */
void                    wep_import_dialog_present          (GtkWindow        *parent,
                                                            WepSession       *session);

/* The same without showing it, and what the user does in it, for tests. */
WepImportDialog        *wep_import_dialog_new              (GtkWindow        *parent,
                                                            WepSession       *session);
/* Reads file as kind (its first sheet or layer) in a worker thread; the
 * dialog is busy until the preview (or the error) is shown. */
void                    wep_import_dialog_load             (WepImportDialog  *self,
                                                            WepImportKind     kind,
                                                            GFile            *file);
/* What choosing file does: a geographic file is read as boundaries, a
 * spreadsheet as the kind its columns fit (when they fit one kind only;
 * else as the kind chosen). */
void                    wep_import_dialog_open             (WepImportDialog  *self,
                                                            GFile            *file);
/* Reads another sheet (as the kind its columns fit, as above) or layer of
 * the file. */
void                    wep_import_dialog_set_sheet        (WepImportDialog  *self,
                                                            const char       *sheet);
/* TRUE while the file is being read (the "busy" property). */
gboolean                wep_import_dialog_get_busy         (WepImportDialog  *self);
WepImportKind           wep_import_dialog_get_kind         (WepImportDialog  *self);
/* The preview shown, or NULL; the error of reading, or NULL. */
const WepImportPreview *wep_import_dialog_get_preview      (WepImportDialog  *self);
const GError           *wep_import_dialog_get_error        (WepImportDialog  *self);
WepImportPreviewView   *wep_import_dialog_get_preview_view (WepImportDialog  *self);
/* Whether Import can be chosen: a preview without rejected rows, of a
 * plan that may be changed. */
gboolean                wep_import_dialog_can_apply        (WepImportDialog  *self);
/* Writes the template of the chosen kind (wep_import_template ()). */
gboolean                wep_import_dialog_save_template    (WepImportDialog  *self,
                                                            GFile            *file,
                                                            GError          **error);
/* Imports the preview as one change of the plan ("Import FILE"), and
 * closes the dialog; FALSE with error when there is nothing to import,
 * a row is rejected, or the plan is read-only. */
gboolean                wep_import_dialog_apply            (WepImportDialog  *self,
                                                            GError          **error);

G_END_DECLS
