/* wep-session.h: an open plan as the window works on it
 *
 * A WepSession follows one WepDocument and its current scenario: after
 * every change of the plan (the document's "changed" signal) or of the
 * scenario it rebuilds the model input and reruns the model at once (a
 * 43-region plan takes well under a millisecond), and computes the homes
 * needed (the goal seek, which runs the model many times) in a worker
 * thread, dropping a result that a newer change overtook. No GTK here:
 * the GUI shows what the session holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-document.h"
#include "wep-model.h"

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
/* Reruns everything now (the session does this itself on every change). */
void                 wep_session_recompute    (WepSession  *self);

G_END_DECLS
