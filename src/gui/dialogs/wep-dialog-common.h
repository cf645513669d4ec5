/* wep-dialog-common.h: what the import, merge and download dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wep-document.h"

G_BEGIN_DECLS

/* The dialogs' few style rules (wep-dialogs.css), once per display. */
void     wep_dialogs_load_style         (void);
/* A message over parent: heading, and the error's message. */
void     wep_dialog_show_error          (GtkWindow     *parent,
                                         const char    *heading,
                                         const GError  *error);
/* FALSE (WEP_DOCUMENT_ERROR_READ_ONLY, saying why) when doc may not be
 * changed by an import or merge. */
gboolean wep_dialog_check_writable      (WepDocument   *doc,
                                         GError       **error);
/* A weak reference to object for an asynchronous callback, during which
 * the dialog may be closed and gone; steal it in the callback: a strong
 * reference to the object, or NULL when it is gone. */
GWeakRef *wep_dialog_weak_ref_new   (gpointer       object);
gpointer  wep_dialog_weak_ref_steal (GWeakRef      *ref);
/* A chooser over parent for a file to read; filters name the kinds of file
 * (owned by the chooser). */
GtkFileChooserNative *wep_dialog_new_open_chooser (GtkWindow     *parent,
                                                   const char    *title,
                                                   GtkFileFilter *first_filter,
                                                   ...) G_GNUC_NULL_TERMINATED;
GtkFileFilter *wep_dialog_new_table_filter     (void);
GtkFileFilter *wep_dialog_new_geography_filter (void);
GtkFileFilter *wep_dialog_new_plan_filter      (void);

G_END_DECLS
