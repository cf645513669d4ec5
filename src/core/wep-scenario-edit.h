/* wep-scenario-edit.h: making, copying and renaming a plan's scenarios
 *
 * What the "Scenario's" page of the window does to the scenarios table:
 * a new scenario for every region of the plan from the plan's data and the
 * documented defaults (docs/model.md, "A new scenario"), an exact copy of a
 * scenario under another name, and a new name for one. Every change is
 * checked before anything is written; callers that edit for the user wrap
 * each call in wep_document_begin_change () / wep_document_end_change ().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-document.h"

G_BEGIN_DECLS

typedef struct
{
  char *name;
  int   base_year;
  int   horizon_years;
  guint n_regions;
} WepScenarioSummary;

void       wep_scenario_summary_free           (WepScenarioSummary *summary);

/* Every scenario of the plan (of WepScenarioSummary), in the order they
 * were made, as wep_document_list_scenarios () names them. */
GPtrArray *wep_document_list_scenario_summaries (WepDocument *self);

/* Whether name can be given to a scenario: 1 to WEP_MAX_NAME_LENGTH
 * characters, no spaces at either end, no line breaks or other control
 * characters, and no other scenario of that name, whatever the case of its
 * letters (except: the scenario being renamed, or NULL). Refused with
 * WEP_DOCUMENT_ERROR_INVALID, or WEP_DOCUMENT_ERROR_EXISTS naming the
 * scenario that has it. */
gboolean   wep_document_check_scenario_name    (WepDocument  *self,
                                                const char   *name,
                                                const char   *except,
                                                GError      **error);

/* Gives scenario name the name new_name; its choices and its place in the
 * list stay. */
gboolean   wep_document_rename_scenario        (WepDocument  *self,
                                                const char   *name,
                                                const char   *new_name,
                                                GError      **error);

/* Copies scenario name as new_name: the same years, seed, regions, own
 * values and ranges (row for row, so the copy follows the plan's data the
 * same way), recorded as made by hand. */
gboolean   wep_document_duplicate_scenario     (WepDocument  *self,
                                                const char   *name,
                                                const char   *new_name,
                                                GError      **error);

/* A new scenario of horizon_years years from base_year for every region of
 * the plan: the plan's data give lettings, new units, inflow, shelter
 * capacity and the starting position; every other input is the documented
 * default (docs/model.md, "A new scenario"). Refused, naming the region,
 * the key and the year, when the data do not give a value. */
gboolean   wep_document_new_scenario           (WepDocument  *self,
                                                const char   *name,
                                                int           base_year,
                                                int           horizon_years,
                                                GError      **error);
/* The same checks without changing the plan. */
gboolean   wep_document_check_new_scenario     (WepDocument  *self,
                                                const char   *name,
                                                int           base_year,
                                                int           horizon_years,
                                                GError      **error);
/* Years a new scenario could cover: the first year the region figures
 * give a starting position for, and as many years as they give an inflow
 * for (WEP_DEFAULT_HORIZON_YEARS when they give none). */
void       wep_document_suggest_scenario_years (WepDocument  *self,
                                                int          *base_year,
                                                int          *horizon_years);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepScenarioSummary, wep_scenario_summary_free)

G_END_DECLS
