/* wep-merge-dialog-private.h: what the parts of WepMergeDialog share
 *
 * wep-merge-dialog.c: the dialog, the choices and the merge;
 * wep-merge-dialog-compare.c: opening the other file and comparing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-merge-dialog.h"

G_BEGIN_DECLS

struct _WepMergeDialog
{
  AdwWindow        parent_instance;

  WepSession      *session;
  WepDocument     *document;
  GFile           *file;
  GCancellable    *cancellable;   /* of the opening under way */
  WepDocument     *source;        /* the other plan, opened read-only */
  WepMerge        *merge;
  GListStore      *items;         /* of WepMergeItem, one per conflict */
  char            *summary;
  GError          *error;
  GtkNativeDialog *chooser;
  gboolean         busy;
  gboolean         applying;
  gboolean         applied;       /* merged or closed: the dialog is done */

  /* Template widgets */
  AdwWindowTitle  *window_title;
  GtkLabel        *read_only_label;
  AdwActionRow    *file_row;
  GtkStack        *stack;
  GtkSpinner      *spinner;
  AdwStatusPage   *failed_page;
  GtkLabel        *summary_label;
  GtkLabel        *undecided_label;
  GtkStack        *conflicts_stack;
  GtkListView     *conflict_list;
};

/* The actions, the counts and the summary follow the comparison. */
void _wep_merge_dialog_update_state  (WepMergeDialog *self);
void _wep_merge_dialog_set_busy      (WepMergeDialog *self,
                                      gboolean        busy);
/* Drops the comparison (and the other file's copy attached to the plan). */
void _wep_merge_dialog_clear         (WepMergeDialog *self);
/* Compares the opened file with the plan again, keeping the choices made
 * for the conflicts that come back. */
void _wep_merge_dialog_compare_again (WepMergeDialog *self);

G_END_DECLS
