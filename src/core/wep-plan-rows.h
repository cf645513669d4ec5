/* wep-plan-rows.h: the municipalities' plans of a document, row by row
 *
 * What the "Plannen" table of the window shows and edits: every row of the
 * plans table with its municipality's name and where it came from, and the
 * edits of one row at a time, each checked against the rules of the file
 * format (docs/file-format.md) before anything is written. Callers that
 * edit for the user wrap each call in wep_document_begin_change () /
 * wep_document_end_change (), so that it can be undone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "wep-document.h"

G_BEGIN_DECLS

#define WEP_PLAN_YEAR_MIN 2000
#define WEP_PLAN_YEAR_MAX 2100

/* The source that rows added by hand are recorded with. */
#define WEP_PLAN_MANUAL_SOURCE "Wonen Eerst Planner"

typedef enum
{
  WEP_PLAN_FIELD_YEAR,             /* G_TYPE_INT */
  WEP_PLAN_FIELD_PATHWAY,          /* G_TYPE_STRING: "hf", "ind", "grp" */
  WEP_PLAN_FIELD_UNITS,            /* G_TYPE_DOUBLE */
  WEP_PLAN_FIELD_STATUS,           /* G_TYPE_STRING: "gepland", "in_aanbouw", "gerealiseerd" */
  WEP_PLAN_FIELD_SOURCE_DOCUMENT,  /* G_TYPE_STRING */
  WEP_PLAN_FIELD_SOURCE_DATE,      /* G_TYPE_STRING: "" or YYYY-MM-DD */
  WEP_PLAN_FIELD_NOTE,             /* G_TYPE_STRING */
} WepPlanField;

typedef struct
{
  /* The row's key: stays the same while the document is open, through
   * edits of any field, undo, redo and saving. */
  gint64    id;
  char     *municipality;        /* GM0166 */
  char     *municipality_name;   /* Kampen */
  int       year;
  char     *pathway;
  double    units;
  char     *status;
  char     *source_document;
  char     *source_date;
  char     *note;
  gint64    provenance_id;
  char     *provenance;          /* "kind: source (organisation)" */
  gboolean  counted;             /* FALSE: kept from a merge, not in the sums */
} WepPlanRow;

void        wep_plan_row_free              (WepPlanRow   *row);

/* Every plan of the document (of WepPlanRow), by municipality name, year,
 * pathway and then counted rows first. */
GPtrArray  *wep_document_list_plans        (WepDocument  *self);
/* One row by its id; NULL (and an error) when there is no such row. */
WepPlanRow *wep_document_get_plan          (WepDocument  *self,
                                            gint64        id,
                                            GError      **error);
/* Changes one field of a row. value holds the type the field names above.
 * Refused with WEP_DOCUMENT_ERROR_INVALID and a message naming the row and
 * the value when it breaks a rule: units a finite number of 0 or more, a
 * year from 2000 to 2100, a known pathway and status, a date YYYY-MM-DD,
 * and at most one counted row per municipality, year and pathway. */
gboolean    wep_document_update_plan       (WepDocument  *self,
                                            gint64        id,
                                            WepPlanField  field,
                                            const GValue *value,
                                            GError      **error);
/* The same checks without changing anything: for a caller that only
 * begins a change (an undo step) when the edit will be made. */
gboolean    wep_document_check_plan_update (WepDocument  *self,
                                            gint64        id,
                                            WepPlanField  field,
                                            const GValue *value,
                                            GError      **error);
gboolean    wep_document_delete_plan       (WepDocument  *self,
                                            gint64        id,
                                            GError      **error);
/* Adds a counted row entered by hand (provenance "handmatig", source
 * WEP_PLAN_MANUAL_SOURCE, organisation the plan's "organisation"
 * metadata). Returns its id, or -1 with error set. */
gint64      wep_document_add_plan_row      (WepDocument  *self,
                                            const WepPlan *plan,
                                            GError      **error);
gboolean    wep_document_check_plan_row    (WepDocument  *self,
                                            const WepPlan *plan,
                                            GError      **error);

/* The municipalities of the document by name: codes and names in the same
 * order. */
void        wep_document_list_municipalities (WepDocument *self,
                                              GStrv       *codes,
                                              GStrv       *names);

/* The plan's keys as the user reads them, translated. */
const char *wep_plan_status_label          (const char   *status);
const char *wep_plan_pathway_label         (const char   *pathway);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepPlanRow, wep_plan_row_free)

G_END_DECLS
