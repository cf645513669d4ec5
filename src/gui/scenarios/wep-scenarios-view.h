/* wep-scenarios-view.h: the "Scenario's" page — the plan's scenarios,
 * which one is shown, new, duplicate, rename, delete, and two of them
 * compared side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wep-session.h"

G_BEGIN_DECLS

#define WEP_TYPE_SCENARIOS_VIEW (wep_scenarios_view_get_type ())
G_DECLARE_FINAL_TYPE (WepScenariosView, wep_scenarios_view, WEP, SCENARIOS_VIEW, AdwBin)

GtkWidget  *wep_scenarios_view_new              (WepSession        *session);
WepSession *wep_scenarios_view_get_session      (WepScenariosView  *self);

/* The edits of the page, each one undoable change of the plan, as its
 * dialogs make them (the dialogs check the same while the user types).
 * A new or duplicated scenario becomes the one shown; a renamed one stays
 * shown if it was. Refused (FALSE, error) in a read-only plan, and with
 * the reason of wep-scenario-edit.h, changing nothing. */
gboolean    wep_scenarios_view_new_scenario     (WepScenariosView  *self,
                                                 const char        *name,
                                                 int                base_year,
                                                 int                horizon_years,
                                                 GError           **error);
gboolean    wep_scenarios_view_duplicate        (WepScenariosView  *self,
                                                 const char        *name,
                                                 const char        *new_name,
                                                 GError           **error);
gboolean    wep_scenarios_view_rename           (WepScenariosView  *self,
                                                 const char        *name,
                                                 const char        *new_name,
                                                 GError           **error);
/* Deletes without asking (the page's Delete asks first). */
gboolean    wep_scenarios_view_delete           (WepScenariosView  *self,
                                                 const char        *name,
                                                 GError           **error);

/* The comparison: scenario a against b, and the region shown (NULL: all). */
void        wep_scenarios_view_compare          (WepScenariosView  *self,
                                                 const char        *a,
                                                 const char        *b);
void        wep_scenarios_view_set_region_filter (WepScenariosView *self,
                                                  const char       *region);
/* The differences shown (of WepDifferenceItem, scenarios/wep-difference-item.h),
 * filtered by region. */
GListModel *wep_scenarios_view_get_input_differences  (WepScenariosView *self);
GListModel *wep_scenarios_view_get_result_differences (WepScenariosView *self);
/* Why the two cannot be compared (translated); NULL when they are. */
const char *wep_scenarios_view_get_compare_problem    (WepScenariosView *self);
/* Shows the comparison, also when the page is too narrow for both panes. */
void        wep_scenarios_view_show_compare     (WepScenariosView  *self);

G_END_DECLS
