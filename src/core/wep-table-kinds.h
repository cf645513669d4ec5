/* wep-table-kinds.h: the columns of each kind of spreadsheet, shared by
 * import, templates and export, so that an export reads back in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-import.h"

G_BEGIN_DECLS

typedef enum
{
  WEP_FIELD_MUNICIPALITY,   /* CBS code (GM0344, 0344, 344) or name */
  WEP_FIELD_REGION,         /* region code (or name) */
  WEP_FIELD_YEAR,           /* a whole year, 2000..2100 */
  WEP_FIELD_PATHWAY,        /* hf, ind, grp or their Dutch labels */
  WEP_FIELD_STATUS,         /* gepland, in aanbouw, gerealiseerd */
  WEP_FIELD_REGION_KIND,    /* centrumgemeente, woningmarktregio, provincie, eigen */
  WEP_FIELD_NUMBER,         /* a number ≥ 0 (decimal comma allowed) */
  WEP_FIELD_COUNT,          /* a whole number ≥ 0 */
  WEP_FIELD_DATE,           /* a date, YYYY-MM-DD or DD-MM-YYYY */
  WEP_FIELD_TEXT,
} WepFieldType;

typedef struct
{
  const char        *key;       /* our name: "municipality", "units", a figure key … */
  const char        *header;    /* the Dutch header of the template */
  const char *const *aliases;   /* other accepted headers (Dutch and English), NULL-terminated */
  WepFieldType       type;
  gboolean           required;
  const char        *example;   /* the template's example value */
} WepField;

typedef struct
{
  WepImportKind   kind;
  const WepField *fields;
  guint           n_fields;
} WepTableKind;

const WepTableKind *wep_table_kind      (WepImportKind      kind);
/* The field a header names: case, accents, spaces, '-' and '_' ignored. */
const WepField     *wep_table_kind_find (const WepTableKind *table,
                                         const char         *header);
/* Folds a header or name for matching: lower case, no accents, only
 * letters and digits. */
char               *wep_fold_for_match  (const char         *text);

G_END_DECLS
