/* wep-difference-item.h: one difference between two scenarios, as a list
 * model item, with its texts as the comparison table shows them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wep-scenario-compare.h"

G_BEGIN_DECLS

#define WEP_TYPE_DIFFERENCE_ITEM (wep_difference_item_get_type ())
G_DECLARE_FINAL_TYPE (WepDifferenceItem, wep_difference_item, WEP, DIFFERENCE_ITEM, GObject)

WepDifferenceItem   *wep_difference_item_new            (const WepDifference *difference);
const WepDifference *wep_difference_item_get_difference (WepDifferenceItem   *self);

/* Texts in the user's language and number format: the region ("Total" for
 * the total, empty for a setting of the whole scenario), what differs (the
 * key's label), the year (empty for a scalar), the values of A and B ("—"
 * where a side has none) and B − A with its sign (empty when a side has
 * none, or for a range). */
const char          *wep_difference_item_get_region_text (WepDifferenceItem  *self);
char                *wep_difference_item_get_label      (WepDifferenceItem   *self);
char                *wep_difference_item_get_year_text  (WepDifferenceItem   *self);
char                *wep_difference_item_get_a_text     (WepDifferenceItem   *self);
char                *wep_difference_item_get_b_text     (WepDifferenceItem   *self);
char                *wep_difference_item_get_change_text (WepDifferenceItem  *self);

G_END_DECLS
