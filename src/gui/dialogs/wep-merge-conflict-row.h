/* wep-merge-conflict-row.h: one conflict of a merge, and the user's choice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wep-merge.h"

G_BEGIN_DECLS

/* A conflict as a list item: its choice is a property, so that the row
 * showing it and "all ours / all theirs" stay in step. The conflict
 * belongs to the WepMerge, which must outlive the item's use. */
#define WEP_TYPE_MERGE_ITEM (wep_merge_item_get_type ())
G_DECLARE_FINAL_TYPE (WepMergeItem, wep_merge_item, WEP, MERGE_ITEM, GObject)

WepMergeItem           *wep_merge_item_new        (WepMergeConflict *conflict);
const WepMergeConflict *wep_merge_item_get_conflict (WepMergeItem   *self);
WepMergeChoice          wep_merge_item_get_choice (WepMergeItem     *self);
void                    wep_merge_item_set_choice (WepMergeItem     *self,
                                                   WepMergeChoice    choice);

#define WEP_TYPE_MERGE_CONFLICT_ROW (wep_merge_conflict_row_get_type ())
G_DECLARE_FINAL_TYPE (WepMergeConflictRow, wep_merge_conflict_row, WEP, MERGE_CONFLICT_ROW,
                      GtkWidget)

GtkWidget *wep_merge_conflict_row_new      (void);
/* Shows item (NULL: nothing) and sets its choice when a button is chosen. */
void       wep_merge_conflict_row_set_item (WepMergeConflictRow *self,
                                            WepMergeItem        *item);

G_END_DECLS
