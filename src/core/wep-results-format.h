/* wep-results-format.h: results as table, CSV and JSON text
 *
 * CSV and JSON carry full precision ("%.17g", '.' as decimal separator,
 * whatever the locale); the table is for reading and rounds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-model.h"
#include "wep-uncertainty.h"

G_BEGIN_DECLS

typedef enum
{
  WEP_FORMAT_TABLE,
  WEP_FORMAT_CSV,
  WEP_FORMAT_JSON,
} WepFormat;

gboolean  wep_format_parse              (const char            *name,
                                         WepFormat             *format);

char     *wep_results_format            (const WepResults      *results,
                                         WepFormat              format);
char     *wep_needs_format              (GPtrArray             *needs,   /* of WepRegionNeeds */
                                         WepFormat              format);
char     *wep_uncertainty_format        (const WepUncertainty  *uncertainty,
                                         WepFormat              format);

/* A number as CSV/JSON writes it: shortest text that reads back exactly. */
void      wep_append_number             (GString               *out,
                                         double                 value);

G_END_DECLS
