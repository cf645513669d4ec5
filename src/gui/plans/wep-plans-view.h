/* wep-plans-view.h: the "Plannen" page — the municipalities' plans in a
 * table, filtered, sorted and edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wep-plan-rows.h"
#include "wep-session.h"

G_BEGIN_DECLS

#define WEP_TYPE_PLANS_VIEW (wep_plans_view_get_type ())
G_DECLARE_FINAL_TYPE (WepPlansView, wep_plans_view, WEP, PLANS_VIEW, AdwBin)

GtkWidget  *wep_plans_view_new       (WepSession   *session);
WepSession *wep_plans_view_get_session (WepPlansView *self);
/* The rows as shown: filtered and sorted (of WepPlanObject). */
GListModel *wep_plans_view_get_model (WepPlansView *self);
/* Applies text typed into the cell of field in the row at position, as the
 * cell's editor does when editing ends: TRUE when the plan changed; when
 * refused, the row's WepPlanObject:problem says why. */
gboolean    wep_plans_view_edit      (WepPlansView *self,
                                      guint         position,
                                      WepPlanField  field,
                                      const char   *text);

G_END_DECLS
