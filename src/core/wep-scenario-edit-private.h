/* wep-scenario-edit-private.h: what the scenario edits share
 *
 * wep-scenario-edit.c: names, rename and duplicate; wep-scenario-new.c: a
 * new scenario from the plan's data and the defaults.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-document-private.h"
#include "wep-scenario-edit.h"

G_BEGIN_DECLS

/* The provenance of what is made by hand in this plan: the one the plans
 * table uses too (wep-plan-rows.h), made the first time it is needed
 * (without marking the plan modified: the caller does when it keeps it). */
gint64   _wep_scenario_manual_provenance (WepDocument  *self,
                                          GError      **error);
/* Refuses a change that would leave table with more rows than a plan file
 * may hold (a file with more would not open again). */
gboolean _wep_scenario_check_room        (WepDocument  *self,
                                          const char   *table,
                                          gint64        extra,
                                          GError      **error);
/* Adds the scenarios row, recorded as made by hand now; its id or -1. */
gint64   _wep_scenario_insert_row        (WepDocument  *self,
                                          const char   *name,
                                          int           base_year,
                                          int           horizon_years,
                                          gint64        seed,
                                          GError      **error);

G_END_DECLS
