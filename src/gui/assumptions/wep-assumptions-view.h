/* wep-assumptions-view.h: the "Aannames" page — the model input of the
 * current scenario for one region, edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wep-session.h"

G_BEGIN_DECLS

#define WEP_TYPE_ASSUMPTIONS_VIEW (wep_assumptions_view_get_type ())
G_DECLARE_FINAL_TYPE (WepAssumptionsView, wep_assumptions_view, WEP, ASSUMPTIONS_VIEW, AdwBin)

GtkWidget  *wep_assumptions_view_new                 (WepSession          *session);
WepSession *wep_assumptions_view_get_session         (WepAssumptionsView  *self);
/* The region shown, by name; NULL shows the scenario's first region (as
 * does a name the scenario does not have). */
const char *wep_assumptions_view_get_selected_region (WepAssumptionsView  *self);
void        wep_assumptions_view_set_selected_region (WepAssumptionsView  *self,
                                                      const char          *region);

/* What the page's fields do, for one input of region (which the page then
 * shows): key is a model key (docs/model.md), year a model year for a
 * per-year key and ignored for a scalar. Each stores one undoable change
 * ("Change Assumption") when the result is valid; otherwise it changes
 * nothing, returns FALSE, and error holds the message the page shows next
 * to the field.
 *
 * edit: text as typed into the field ("1.234,5" or "1234.5"). */
gboolean    wep_assumptions_view_edit                (WepAssumptionsView  *self,
                                                      const char          *region,
                                                      const char          *key,
                                                      int                  year,
                                                      const char          *text,
                                                      GError             **error);
/* The uncertainty range (low, mode, high as typed); all three NULL or ""
 * removes it. */
gboolean    wep_assumptions_view_set_range           (WepAssumptionsView  *self,
                                                      const char          *region,
                                                      const char          *key,
                                                      int                  year,
                                                      const char          *low,
                                                      const char          *mode,
                                                      const char          *high,
                                                      GError             **error);
/* "Reset to Value From the Data": the value the plan's data give; an error
 * for an input they give none for. */
gboolean    wep_assumptions_view_reset               (WepAssumptionsView  *self,
                                                      const char          *region,
                                                      const char          *key,
                                                      int                  year,
                                                      GError             **error);

G_END_DECLS
