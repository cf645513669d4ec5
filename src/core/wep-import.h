/* wep-import.h: bringing plans, figures and geography into a plan
 *
 * Every import is two steps: a preview that reads the whole file and says,
 * row by row, what it understood and what it rejects (line, column,
 * reason); then, only when nothing was rejected, the import itself, all
 * or nothing in one transaction, every row with its provenance.
 * Files are read through GDAL (CSV, XLSX, ODS, GeoJSON, TopoJSON,
 * GeoPackage, Shapefile); the Dutch conventions (decimal comma, thousands
 * separators, municipality names) are ours.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-document.h"

G_BEGIN_DECLS

typedef enum
{
  WEP_IMPORT_PLANS,           /* gemeente, jaar, woonvorm, aantal, status, bron … */
  WEP_IMPORT_FIGURES,         /* gemeente, inwoners, huishoudens, sociale huurvoorraad, jaar, verhuringen */
  WEP_IMPORT_REGIONS,         /* gemeente, regio, regionaam, soort */
  WEP_IMPORT_REGION_FIGURES,  /* regio, jaar, opvangcapaciteit, dakloze personen … */
  WEP_IMPORT_ALLOCATIONS,     /* gemeente, jaar, groep, aantal */
  WEP_IMPORT_BOUNDARIES,      /* geography: municipal or provincial boundaries */
  WEP_N_IMPORT_KINDS
} WepImportKind;

/* "plans", "figures", "regions", "region-figures", "allocations",
 * "boundaries": the names the CLI uses. */
const char *wep_import_kind_key      (WepImportKind  kind);
gboolean    wep_import_kind_from_key (const char    *key,
                                      WepImportKind *kind);

typedef struct
{
  guint  line;          /* 1-based line or row of the file (the header is line 1) */
  guint  column;        /* 1-based column; 0: the row as a whole */
  char  *column_name;   /* as the file names it; NULL with column 0 */
  char  *reason;        /* translated */
} WepImportProblem;

typedef struct _WepImportPreview WepImportPreview;

struct _WepImportPreview
{
  WepImportKind  kind;
  char          *source;       /* display name of the file */
  char          *sheet;        /* the sheet or layer read */
  guint          n_rows;       /* data rows (or features) read */
  GPtrArray     *understood;   /* of char *: one line per accepted row, translated */
  const char    *provenance_kind;   /* "file" (NULL) or "service" (a download) */
  GPtrArray     *notes;        /* of char *: what the user should know but does not
                                * stop the import (ignored columns, …) */
  GPtrArray     *rejected;     /* of WepImportProblem * */
  /* Set by the reader: the parsed rows, and how to write them into the
   * plan (called by wep_import_apply () inside its transaction). */
  gpointer       priv;
  GDestroyNotify priv_free;
  gboolean     (*apply) (WepDocument       *doc,
                         WepImportPreview  *preview,
                         gint64             provenance_id,
                         GError           **error);
};

/* For the readers: a new, empty preview, and a rejected row. */
WepImportPreview *wep_import_preview_new    (WepImportKind      kind,
                                             const char        *source,
                                             const char        *sheet);
void              wep_import_preview_reject (WepImportPreview  *preview,
                                             guint              line,
                                             guint              column,
                                             const char        *column_name,
                                             const char        *format,
                                             ...) G_GNUC_PRINTF (5, 6);

void wep_import_preview_free   (WepImportPreview *preview);
/* The preview as text: counts, the rows understood, every rejection with
 * its line, column and reason. */
char *wep_import_preview_format (const WepImportPreview *preview);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepImportPreview, wep_import_preview_free)

/* Spreadsheets (CSV, XLSX, ODS): sheet NULL = the first. */
WepImportPreview *wep_import_table_preview   (WepDocument       *doc,
                                              const char        *path,
                                              WepImportKind      kind,
                                              const char        *sheet,
                                              GError           **error);
/* Carries out a preview without rejected rows (else
 * WEP_DOCUMENT_ERROR_INVALID and nothing changes). */
gboolean          wep_import_apply           (WepDocument       *doc,
                                              WepImportPreview  *preview,
                                              GError           **error);

/* Geography (GeoJSON, TopoJSON, GeoPackage, Shapefile, in any CRS):
 * municipal boundaries, or provincial ones (which also set each
 * municipality's province). layer NULL = the first; code_property NULL =
 * found by itself (statcode, gemeentecode, GM_CODE …). Municipalities not
 * yet in the plan are added with the code and name the file gives. */
WepImportPreview *wep_import_boundaries_preview (WepDocument    *doc,
                                                 const char     *path,
                                                 const char     *layer,
                                                 const char     *code_property,
                                                 GError        **error);

/* The sheets of a spreadsheet (XLSX, ODS; none for CSV) or the layers of
 * a geographic file that a kind of import can read, in the file's order,
 * for choosing one; the error of opening the file when it cannot be. */
GStrv             wep_import_list_sheets     (const char        *path,
                                              WepImportKind      kind,
                                              GError           **error);

/* A template for a kind of spreadsheet: Dutch headers, one example row, as
 * CSV text (UTF-8, semicolon-separated as Dutch Excel writes it). */
char             *wep_import_template        (WepImportKind      kind);

G_END_DECLS
