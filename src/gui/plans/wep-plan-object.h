/* wep-plan-object.h: one row of the plans table, as a list model item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wep-plan-rows.h"

G_BEGIN_DECLS

#define WEP_TYPE_PLAN_OBJECT (wep_plan_object_get_type ())
G_DECLARE_FINAL_TYPE (WepPlanObject, wep_plan_object, WEP, PLAN_OBJECT, GObject)

WepPlanObject *wep_plan_object_new               (const WepPlanRow *row);
/* Takes the values of row (which has the same id); TRUE when any changed. */
gboolean       wep_plan_object_update            (WepPlanObject    *self,
                                                  const WepPlanRow *row);

gint64         wep_plan_object_get_id            (WepPlanObject    *self);
const char    *wep_plan_object_get_municipality  (WepPlanObject    *self);
const char    *wep_plan_object_get_municipality_name (WepPlanObject *self);
int            wep_plan_object_get_year          (WepPlanObject    *self);
const char    *wep_plan_object_get_pathway       (WepPlanObject    *self);
double         wep_plan_object_get_units         (WepPlanObject    *self);
const char    *wep_plan_object_get_status        (WepPlanObject    *self);
const char    *wep_plan_object_get_source_document (WepPlanObject  *self);
const char    *wep_plan_object_get_source_date   (WepPlanObject    *self);
const char    *wep_plan_object_get_note          (WepPlanObject    *self);
const char    *wep_plan_object_get_provenance    (WepPlanObject    *self);
gboolean       wep_plan_object_get_counted       (WepPlanObject    *self);

/* The message of the last edit that was refused, and of which field;
 * NULL and -1 when the last edit went through. */
const char    *wep_plan_object_get_problem       (WepPlanObject    *self);
int            wep_plan_object_get_problem_field (WepPlanObject    *self);
void           wep_plan_object_set_problem       (WepPlanObject    *self,
                                                  int               field,
                                                  const char       *message);

G_END_DECLS
