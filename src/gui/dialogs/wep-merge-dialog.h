/* wep-merge-dialog.h: merging another plan file into this one, deciding
 * every conflict
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wep-merge.h"
#include "wep-session.h"

G_BEGIN_DECLS

#define WEP_TYPE_MERGE_DIALOG (wep_merge_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WepMergeDialog, wep_merge_dialog, WEP, MERGE_DIALOG, AdwWindow)

/* Shows the dialog over parent, for the plan of session. */
void            wep_merge_dialog_present     (GtkWindow      *parent,
                                              WepSession     *session);

/* The same without showing it, and what the user does in it, for tests. */
WepMergeDialog *wep_merge_dialog_new         (GtkWindow      *parent,
                                              WepSession     *session);
/* Opens file (with every check of an untrusted file) in a worker thread
 * and compares it with the plan; the dialog is busy until the conflicts
 * (or the error) are shown. */
void            wep_merge_dialog_load        (WepMergeDialog *self,
                                              GFile          *file);
/* TRUE while the file is being read (the "busy" property). */
gboolean        wep_merge_dialog_get_busy    (WepMergeDialog *self);
/* The error of the file, or NULL. */
const GError   *wep_merge_dialog_get_error   (WepMergeDialog *self);
/* What the other file adds (wep_merge_describe ()), or NULL. */
const char     *wep_merge_dialog_get_summary (WepMergeDialog *self);
/* The conflicts shown (of WepMergeItem), in order. */
GListModel     *wep_merge_dialog_get_conflicts (WepMergeDialog *self);
void            wep_merge_dialog_choose      (WepMergeDialog *self,
                                              guint           index,
                                              WepMergeChoice  choice);
/* Every conflict (decided or not) as choice: "All Ours", "All Theirs". */
void            wep_merge_dialog_choose_all  (WepMergeDialog *self,
                                              WepMergeChoice  choice);
/* Whether Merge can be chosen: every conflict decided, something to take,
 * a plan that may be changed. */
gboolean        wep_merge_dialog_can_apply   (WepMergeDialog *self);
/* Merges as one change of the plan ("Merge FILE") and closes the dialog;
 * FALSE with error while a conflict is undecided, or when the plan is
 * read-only. */
gboolean        wep_merge_dialog_apply       (WepMergeDialog *self,
                                              GError        **error);

G_END_DECLS
