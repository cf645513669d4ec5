/* wep-import-table-private.h: what the parts of the spreadsheet import
 * share: reading a table through GDAL (wep-import-read.c), Dutch numbers,
 * dates and names (wep-import-match.c), and the rows of each kind
 * (wep-import-table.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-document.h"
#include "wep-table-kinds.h"

G_BEGIN_DECLS

/* ---- numbers, dates, words (wep-import-match.c) ----------------------- */

/* How a lone '.' or ',' before exactly three digits ("1.234") is read; see
 * _wep_parse_number (). */
typedef enum
{
  WEP_NUMBER_DUTCH,        /* semicolon- or tab-separated CSV: "1.234" is 1234 */
  WEP_NUMBER_ENGLISH,      /* comma-separated CSV: "1.234" is 1.234, "1,234" is 1234 */
  WEP_NUMBER_SPREADSHEET,  /* text cells of XLSX and ODS: a lone mark is decimal */
} WepNumberStyle;

typedef enum
{
  WEP_NUMBER_OK,
  WEP_NUMBER_NOT_A_NUMBER,
  WEP_NUMBER_PERCENT,
} WepNumberResult;

WepNumberResult _wep_parse_number          (const char      *text,
                                            WepNumberStyle   style,
                                            double          *value);
/* A date as ISO 8601 (YYYY-MM-DD), or NULL. allow_serial: a bare whole
 * number is a spreadsheet date serial (days since 1899-12-30). */
char           *_wep_parse_date            (const char      *text,
                                            gboolean         allow_serial);
char           *_wep_date_from_serial      (double           serial);
/* "GM0344", "gm344", "0344", "344" → "GM0344" in code (7 bytes). */
gboolean        _wep_parse_municipality_code (const char    *text,
                                              char           code[7]);
/* Our keys for what people write: NULL when not understood. */
const char     *_wep_parse_pathway         (const char      *text);
const char     *_wep_parse_status          (const char      *text);
const char     *_wep_parse_region_kind     (const char      *text);
/* A value for messages: whole numbers without decimals, else up to 10
 * significant digits, with a '.' as decimal mark. */
char           *_wep_format_value          (double           value);
/* Leading and trailing white space (also no-break spaces) removed; NULL
 * when nothing is left. Takes text. */
char           *_wep_strip_or_null         (char            *text);

/* ---- municipalities and regions of the plan (wep-import-match.c) ------ */

typedef struct
{
  char *code;
  char *name;
  char *kind;     /* regions: their kind; NULL for municipalities */
  char *full;     /* the folded name */
  char *base;     /* folded name without a "(…)" suffix, synonyms resolved */
  char *suffix;   /* folded "(…)" suffix, "" when none */
} WepPlace;

typedef struct _WepPlaceIndex WepPlaceIndex;

typedef enum
{
  WEP_MATCH_FOUND,
  WEP_MATCH_AMBIGUOUS,
  WEP_MATCH_UNKNOWN,
} WepMatch;

WepPlaceIndex  *_wep_place_index_municipalities (WepDocument   *doc);
WepPlaceIndex  *_wep_place_index_regions        (WepDocument   *doc);
void            _wep_place_index_free           (WepPlaceIndex *index);
/* By code, without regard to ASCII case. */
const WepPlace *_wep_place_index_get            (WepPlaceIndex *index,
                                                 const char    *code);
/* By name (regions also by code, without regard to case). On AMBIGUOUS
 * *candidates lists the places it could be, on UNKNOWN the closest names
 * (NULL when none is close): "GM0373 Bergen (NH.), GM0893 Bergen (L.)". */
WepMatch        _wep_place_index_match          (WepPlaceIndex  *index,
                                                 const char     *text,
                                                 const WepPlace **place,
                                                 char          **candidates);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepPlaceIndex, _wep_place_index_free)

/* ---- reading a table (wep-import-read.c) ------------------------------ */

typedef struct
{
  char     *text;    /* UTF-8, stripped; NULL when the cell is empty */
  gboolean  number;  /* typed as a number in XLSX/ODS: value holds it */
  double    value;
  gboolean  date;    /* typed as a date in XLSX/ODS: text is ISO 8601 */
} WepCell;

typedef struct
{
  guint    line;     /* line of the file (CSV) or row of the sheet; header = 1 */
  WepCell *cells;    /* one per slot (see WepTableData) */
} WepTableRow;

typedef struct
{
  char *name;        /* as the file names it */
  guint column;      /* 1-based */
} WepTableColumn;

/* Slots: one per field of the kind, and one more (WEP_SLOT_NAME) for a
 * municipality name beside the code in kinds without a name field, which
 * is only used to check the code. */
typedef struct
{
  const WepTableKind *table;
  char               *source;       /* display name of the file */
  char               *sheet;        /* the sheet read; NULL for CSV */
  WepNumberStyle      style;
  gboolean            spreadsheet;  /* XLSX or ODS */
  GPtrArray          *columns;      /* of WepTableColumn *, every column of the file */
  guint               n_slots;      /* table->n_fields + 1 */
  int                *slot_column;  /* per slot: index into columns, or -1 */
  GPtrArray          *rows;         /* of WepTableRow *, without empty rows */
  GPtrArray          *ignored;      /* of char *: a warning per column nobody reads */
} WepTableData;

#define WEP_SLOT_NAME(data) ((data)->table->n_fields)

WepTableData *_wep_table_data_read (const char     *path,
                                    WepImportKind   kind,
                                    const char     *sheet,
                                    GError        **error);
void          _wep_table_data_free (WepTableData   *data);
/* The names of the sheets of an XLSX or ODS file; empty for CSV. */
GStrv         _wep_table_list_sheets (const char   *path,
                                      GError      **error);


G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepTableData, _wep_table_data_free)

/* ---- checked rows, written into the plan (wep-import-write.c) --------- */

/* A cell as understood: a municipality or region as its code, a pathway,
 * status or kind as our key, a date in ISO 8601. */
typedef struct
{
  gboolean  set;
  double    number;   /* numbers, counts and years */
  char     *text;     /* codes, keys, dates and text */
} WepImportValue;

/* A row that passed every check, as the plan will have it. */
typedef struct
{
  guint           line;
  WepImportValue *values;             /* per field of the kind */
  gboolean        new_municipality;   /* figures: the first row of a municipality to add */
  gboolean        new_region;         /* regions: the first row of a region to add */
  gboolean        moves;              /* regions: leaves its region of that kind */
  gboolean        nothing;            /* regions: already so */
} WepImportRow;

/* The fields of the kind by role; -1 when the kind has none. */
typedef struct
{
  int municipality, name, region, region_name, region_kind, year, pathway, units, status;
  int source_document, source_date, note, group, homes, lettings;
} WepImportSlots;

typedef struct
{
  const WepTableKind *table;
  WepImportSlots      slots;
  GPtrArray          *rows;     /* of WepImportRow * */
} WepImportParsed;

/* The field of the kind with that key, or -1. */
int             _wep_import_slot_of     (const WepTableKind  *table,
                                         const char          *key);
WepImportSlots  _wep_import_find_slots  (const WepTableKind  *table);
void            _wep_import_row_free    (WepImportRow        *row,
                                         guint                n_fields);
void            _wep_import_parsed_free (WepImportParsed     *parsed);
/* The apply function of a spreadsheet preview (WepImportPreview.apply):
 * its priv is a WepImportParsed. */
gboolean        _wep_import_rows_apply  (WepDocument         *doc,
                                         WepImportPreview    *preview,
                                         gint64               provenance_id,
                                         GError             **error);

G_END_DECLS
