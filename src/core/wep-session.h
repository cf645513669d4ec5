/* wep-session.h: an open plan as the window works on it
 *
 * A WepSession follows one WepDocument and its current scenario: after
 * every change of the plan (the document's "changed" signal) or of the
 * scenario it rebuilds the model input and reruns the model at once (a
 * 43-region plan takes well under a millisecond), and computes the homes
 * needed (the goal seek, which runs the model many times) in a worker
 * thread, as it does the uncertainty runs when an input has a range,
 * cancelling work that a newer change overtook. No GTK here:
 * the GUI shows what the session holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-document.h"
#include "wep-fair-share.h"
#include "wep-model.h"
#include "wep-uncertainty.h"

G_BEGIN_DECLS

#define WEP_TYPE_SESSION (wep_session_get_type ())
G_DECLARE_FINAL_TYPE (WepSession, wep_session, WEP, SESSION, GObject)

WepSession          *wep_session_new          (WepDocument *document);
WepDocument         *wep_session_get_document (WepSession  *self);
/* The scenario shown; NULL when the plan has none. */
const char          *wep_session_get_scenario (WepSession  *self);
void                 wep_session_set_scenario (WepSession  *self,
                                               const char  *scenario);
/* The current model input and its yearly results; NULL when the scenario
 * cannot be run, and then wep_session_get_problem () says why. */
const WepModelInput *wep_session_get_input    (WepSession  *self);
const WepResults    *wep_session_get_results  (WepSession  *self);
const char          *wep_session_get_problem  (WepSession  *self);
/* Homes needed per region (of WepRegionNeeds, in input order); NULL while
 * the goal seek is still running or when there are no results. */
GPtrArray           *wep_session_get_needs    (WepSession  *self);
/* The uncertainty runs (WEP_DEFAULT_RUNS) of the current input; NULL
 * while they run, or when no input of the scenario has a range. */
const WepUncertainty *wep_session_get_uncertainty (WepSession *self);
/* Whether the goal seek or the uncertainty runs are still running, and how
 * far they are (0 to 1). A change of the plan cancels them and starts
 * them again for the new input. */
gboolean             wep_session_get_busy     (WepSession  *self);
double               wep_session_get_progress (WepSession  *self);
/* The key by which the fair share spreads a region's need over its
 * municipalities, chosen in the map and the overview alike (the
 * "fair-share-key" property holds its name, wep_fair_share_key_to_string);
 * WEP_FAIR_SHARE_POPULATION at first. */
WepFairShareKey      wep_session_get_fair_share_key (WepSession      *self);
void                 wep_session_set_fair_share_key (WepSession      *self,
                                                     WepFairShareKey  key);
/* Reruns everything now (the session does this itself on every change). */
void                 wep_session_recompute    (WepSession  *self);

G_END_DECLS
