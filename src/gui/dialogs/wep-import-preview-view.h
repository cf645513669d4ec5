/* wep-import-preview-view.h: what an import would do, before it is done
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wep-import.h"

G_BEGIN_DECLS

#define WEP_TYPE_IMPORT_PREVIEW_VIEW (wep_import_preview_view_get_type ())
G_DECLARE_FINAL_TYPE (WepImportPreviewView, wep_import_preview_view, WEP, IMPORT_PREVIEW_VIEW,
                      AdwBin)

GtkWidget  *wep_import_preview_view_new            (void);
/* Shows preview, which the caller keeps alive while it is shown (NULL:
 * nothing). The rejected rows come first when there are any. */
void        wep_import_preview_view_set_preview    (WepImportPreviewView   *self,
                                                    const WepImportPreview *preview);
/* What the lists show, one string per row (of GtkStringObject): the
 * rejected rows ("Line 4, column 3 (aantal): reason"), the rows
 * understood, and the notes. */
GListModel *wep_import_preview_view_get_rejected   (WepImportPreviewView   *self);
GListModel *wep_import_preview_view_get_understood (WepImportPreviewView   *self);
GListModel *wep_import_preview_view_get_notes      (WepImportPreviewView   *self);

G_END_DECLS
