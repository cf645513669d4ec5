/* wep-export.h: results, plans, fair shares and boundaries out of a plan
 *
 * Tables go to CSV, XLSX or ODS; the municipal boundaries, joined with the
 * scenario's figures, to GeoPackage or GeoJSON. The format follows from
 * the file name's extension. A file is written under a temporary name in
 * the same folder and then renamed over the target, so a failed export
 * never leaves a half-written file behind.
 *
 * CSV is written as Dutch Excel writes it, so that it opens by a double
 * click and reads back through wep_import_table_preview (): UTF-8 with a
 * byte order mark, ';' between cells, CRLF line ends, a decimal comma and
 * no thousands separator, each number in the shortest text that reads
 * back as the same value. A text cell that a spreadsheet could take for a
 * formula (it starts with '=', '+', '-', '@', a tab or a carriage return)
 * gets an apostrophe in front ("formula injection"); numbers, negative
 * ones too, stay numbers. XLSX and ODS get the same treatment of text
 * cells (see wep-export.c for why), ODS also for text starting "of:=".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-document.h"
#include "wep-fair-share.h"

G_BEGIN_DECLS

#define WEP_EXPORT_ERROR (wep_export_error_quark ())

typedef enum
{
  WEP_EXPORT_ERROR_FORMAT,          /* an extension we do not write, or not for this */
  WEP_EXPORT_ERROR_IO,              /* the file could not be written */
  WEP_EXPORT_ERROR_NO_BOUNDARIES,   /* the plan holds no municipal boundaries */
} WepExportError;

GQuark wep_export_error_quark (void);

typedef enum
{
  WEP_EXPORT_RESULTS,      /* yearly results per region and year (and the total) */
  WEP_EXPORT_PLANS,        /* the plans, in the columns of the plans spreadsheet */
  WEP_EXPORT_FAIR_SHARE,   /* share, planned and gap per municipality, year, pathway */
  WEP_EXPORT_BOUNDARIES,   /* municipal boundaries with the scenario's figures */
  WEP_N_EXPORT_WHAT
} WepExportWhat;

typedef enum
{
  WEP_EXPORT_CSV,
  WEP_EXPORT_XLSX,
  WEP_EXPORT_ODS,
  WEP_EXPORT_GPKG,
  WEP_EXPORT_GEOJSON,
  WEP_N_EXPORT_FORMATS
} WepExportFormat;

/* "results", "plans", "fair-share", "boundaries". */
const char    *wep_export_what_to_string   (WepExportWhat     what);
gboolean       wep_export_what_from_string (const char       *text,
                                            WepExportWhat    *what);
/* The format of a file name: .csv, .xlsx, .ods, .gpkg or .geojson (any
 * case); otherwise WEP_EXPORT_ERROR_FORMAT. */
gboolean       wep_export_format_from_path (const char       *path,
                                            WepExportFormat  *format,
                                            GError          **error);
/* Boundaries for .gpkg and .geojson, results otherwise. */
WepExportWhat  wep_export_default_what     (WepExportFormat   format);
/* Tables go to CSV, XLSX and ODS; boundaries to GeoPackage and GeoJSON. */
gboolean       wep_export_supports         (WepExportFormat   format,
                                            WepExportWhat     what);

/* Writes what to path. scenario is needed for everything but the plans
 * (which are the plan file's own and ignore it); key is the fair-share key
 * of WEP_EXPORT_FAIR_SHARE and WEP_EXPORT_BOUNDARIES. notes, when not NULL,
 * is set to what the export left out and why (translated; may be empty).
 * Every figure is written as it is (no privacy threshold). */
gboolean       wep_export                  (WepDocument      *doc,
                                            const char       *scenario,
                                            WepExportWhat     what,
                                            WepFairShareKey   key,
                                            const char       *path,
                                            GStrv            *notes,
                                            GError          **error);

/* What an export leaving the office may show. */
typedef struct
{
  WepFairShareKey key;        /* of WEP_EXPORT_FAIR_SHARE and WEP_EXPORT_BOUNDARIES */
  /* Counts of persons from 1 to privacy_threshold − 1 are written as
   * "< N", the cells hidden to protect them as "×" (wep-suppress.h), and
   * every count
   * of persons as a whole number; a wait that would give a hidden queue
   * or moves away is left empty. 0 writes every figure as it is. Only
   * the results count persons: plans, fair shares and boundaries count
   * homes and are written as they are. In XLSX and ODS a column with a
   * hidden count is a text column. */
  int             privacy_threshold;
} WepExportOptions;

/* wep_export () with options. */
gboolean       wep_export_with_options     (WepDocument              *doc,
                                            const char               *scenario,
                                            WepExportWhat             what,
                                            const WepExportOptions   *options,
                                            const char               *path,
                                            GStrv                    *notes,
                                            GError                  **error);

G_END_DECLS
