/* wep-export.c: results, plans, fair shares and boundaries out of a plan
 *
 * Every table is first built in memory (Table: named, typed columns and
 * cells), then written by one of two writers: our own CSV writer (the
 * Dutch conventions are ours, as on import) or GDAL's XLSX and ODS
 * drivers, with numbers in real and integer fields so that a spreadsheet
 * sees numbers. The boundaries go through GDAL's GPKG and GeoJSON drivers
 * (wep-export-boundaries.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <unistd.h>

#include "wep-document-private.h"
#include "wep-export-private.h"
#include "wep-input-private.h"
#include "wep-model.h"
#include "wep-suppress.h"
#include "wep-table-kinds.h"

/* g_mkdtemp ()'s template: six placeholder characters it replaces. */
#define TEMP_PLACEHOLDER "XX" "XX" "XX"

G_DEFINE_QUARK (wep-export-error-quark, wep_export_error)

static const char *const what_names[WEP_N_EXPORT_WHAT] = {
  "results", "plans", "fair-share", "boundaries",
};

static const char *const format_extensions[WEP_N_EXPORT_FORMATS] = {
  ".csv", ".xlsx", ".ods", ".gpkg", ".geojson",
};

const char *
wep_export_what_to_string (WepExportWhat what)
{
  g_return_val_if_fail (what < WEP_N_EXPORT_WHAT, NULL);
  return what_names[what];
}

gboolean
wep_export_what_from_string (const char    *text,
                             WepExportWhat *what)
{
  g_return_val_if_fail (what != NULL, FALSE);

  for (guint i = 0; i < WEP_N_EXPORT_WHAT; i++)
    if (g_strcmp0 (text, what_names[i]) == 0)
      {
        *what = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
wep_export_format_from_path (const char       *path,
                             WepExportFormat  *format,
                             GError          **error)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  for (guint i = 0; i < WEP_N_EXPORT_FORMATS; i++)
    if (g_str_has_suffix (lower, format_extensions[i]))
      {
        *format = i;
        return TRUE;
      }
  g_set_error (error, WEP_EXPORT_ERROR, WEP_EXPORT_ERROR_FORMAT,
               _("%s: the file name must end in .csv, .xlsx, .ods, .gpkg or .geojson."), path);
  return FALSE;
}

WepExportWhat
wep_export_default_what (WepExportFormat format)
{
  return format == WEP_EXPORT_GPKG || format == WEP_EXPORT_GEOJSON ? WEP_EXPORT_BOUNDARIES
                                                                  : WEP_EXPORT_RESULTS;
}

gboolean
wep_export_supports (WepExportFormat format,
                     WepExportWhat   what)
{
  return (what == WEP_EXPORT_BOUNDARIES) == (format == WEP_EXPORT_GPKG
                                              || format == WEP_EXPORT_GEOJSON);
}

/* ---- formula injection ----------------------------------------------------
 *
 * A spreadsheet that opens a CSV file takes a cell starting with '=', '+',
 * '-' or '@' for a formula (and a tab or carriage return in front of one
 * still is one): a plan's note "=HYPERLINK(…)" would become a live link,
 * or worse. Such a text cell gets an apostrophe in front, the convention
 * spreadsheets themselves use for "this is text"; the cell then shows the
 * apostrophe. Only text cells: a number is written as a number, so a
 * negative gap such as -3,5 stays a number that can be summed.
 *
 * XLSX and ODS: GDAL writes text as string cells (shared strings; ODS
 * office:value-type="string"), which neither Excel nor LibreOffice
 * evaluate on opening. We still neutralise them, for three reasons: a
 * string cell that a user edits (F2, Enter) is parsed again and becomes
 * the formula; a sheet saved on as CSV writes the bare text; and GDAL's
 * ODS writer turns any string that starts with "of:=" into a live formula
 * (table:formula), so ODS needs it in any case, for that prefix too. One
 * rule for the three formats is also what a user can be told and what an
 * import can undo (an apostrophe followed by one of these characters).
 * GeoPackage and GeoJSON are not spreadsheets and are written as they are.
 */
static gboolean
looks_like_formula (const char      *text,
                    WepExportFormat  format)
{
  if (text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL)
    return TRUE;
  return format == WEP_EXPORT_ODS && g_str_has_prefix (text, "of:=");
}

static char *
neutralise_text (const char      *text,
                 WepExportFormat  format)
{
  if (looks_like_formula (text, format))
    return g_strconcat ("'", text, NULL);
  return g_strdup (text);
}

/* ---- tables ------------------------------------------------------------ */

typedef enum
{
  COLUMN_TEXT,
  COLUMN_REAL,
  COLUMN_INTEGER,
} ColumnType;

typedef struct
{
  const char *name;
  ColumnType  type;
  gboolean    has_text;   /* a number column with a hidden count ("< 10") */
} Column;

typedef struct
{
  char   *text;     /* a text cell; NULL in a number cell */
  double  number;   /* NAN: empty */
} Cell;

typedef struct
{
  const char *sheet;
  GArray     *columns;   /* of Column */
  GArray     *cells;     /* of Cell, row after row */
} Table;

static Table *
table_new (const char *sheet)
{
  Table *table = g_new0 (Table, 1);

  table->sheet = sheet;
  table->columns = g_array_new (FALSE, FALSE, sizeof (Column));
  table->cells = g_array_new (FALSE, FALSE, sizeof (Cell));
  return table;
}

static void
table_free (Table *table)
{
  for (guint i = 0; i < table->cells->len; i++)
    g_free (g_array_index (table->cells, Cell, i).text);
  g_array_unref (table->cells);
  g_array_unref (table->columns);
  g_free (table);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Table, table_free)

static void
add_column (Table      *table,
            const char *name,
            ColumnType  type)
{
  Column column = { name, type, FALSE };

  g_array_append_val (table->columns, column);
}

static void
add_text (Table      *table,
          const char *text)
{
  Cell cell = { g_strdup (text != NULL ? text : ""), NAN };

  g_assert (g_array_index (table->columns, Column,
                           table->cells->len % table->columns->len).type == COLUMN_TEXT);
  g_array_append_val (table->cells, cell);
}

static void
add_number (Table  *table,
            double  number)
{
  Cell cell = { NULL, number };

  g_assert (g_array_index (table->columns, Column,
                           table->cells->len % table->columns->len).type != COLUMN_TEXT);
  g_array_append_val (table->cells, cell);
}

/* A count of persons that may not be shown, in a number column. */
static void
add_hidden (Table      *table,
            const char *text)
{
  Cell cell = { g_strdup (text), NAN };

  g_array_index (table->columns, Column, table->cells->len % table->columns->len).has_text = TRUE;
  g_array_append_val (table->cells, cell);
}

static guint
count_rows (const Table *table)
{
  g_assert (table->cells->len % table->columns->len == 0);
  return table->cells->len / table->columns->len;
}

static const Cell *
get_cell (const Table *table,
          guint        row,
          guint        column)
{
  return &g_array_index (table->cells, Cell, row * table->columns->len + column);
}

/* Yearly results: the columns of `wep run --format csv`; with a privacy
 * threshold (suppression not NULL) counts of persons whole, and hidden
 * where they may not be shown. */
static void
add_result_rows (Table                 *table,
                 const WepResults      *results,
                 guint                  region,
                 const WepSuppression  *suppression)
{
  const WepRegionResult *result = region < results->regions->len
                                  ? g_ptr_array_index (results->regions, region) : results->total;

  for (int y = 0; y < result->n_years; y++)
    {
      add_text (table, result->region);
      add_number (table, result->base_year + y);
      for (guint c = 0; c < WEP_N_COLUMNS; c++)
        {
          double value = wep_region_result_get (result, y, c);

          if (suppression == NULL)
            add_number (table, value);
          else if (!wep_suppression_is_hidden (suppression,
                                               wep_results_cell (results, region, y, c)))
            add_number (table, wep_column_counts_persons (c) ? round (value) : value);
          else if (wep_column_is_wait (c))
            /* A wait that would give its hidden queue or moves away: empty. */
            add_number (table, NAN);
          else
            {
              g_autofree char *text =
                wep_suppression_dup_text (suppression, wep_results_cell (results, region, y, c));

              add_hidden (table, text);
            }
        }
    }
}

static Table *
build_results (WepDocument  *doc,
               const char   *scenario,
               int           threshold,
               GError      **error)
{
  g_autoptr (WepModelInput) input = wep_document_scenario_input (doc, scenario, error);
  g_autoptr (WepResults) results = NULL;
  g_autoptr (WepSuppression) suppression = NULL;
  Table *table;

  if (input == NULL)
    return NULL;
  results = wep_model_run (input);
  if (threshold > 1)
    suppression = wep_results_suppression_new (results, threshold);
  table = table_new ("resultaten");
  add_column (table, "region", COLUMN_TEXT);
  add_column (table, "year", COLUMN_INTEGER);
  for (guint c = 0; c < WEP_N_COLUMNS; c++)
    add_column (table, wep_column_info (c)->key, COLUMN_REAL);
  for (guint i = 0; i < results->regions->len; i++)
    add_result_rows (table, results, i, suppression);
  if (results->total != NULL)
    add_result_rows (table, results, results->regions->len, suppression);
  return table;
}

/* The plans, counted rows only (a merge may keep a second source for
 * reference; exported too, it would read back as a duplicate). Columns and
 * Dutch headers are those of the plans spreadsheet (wep-table-kinds.c);
 * the municipality as its CBS code, the status as a Dutch user writes it. */
static Table *
build_plans (WepDocument  *doc,
             GError      **error)
{
  static const char *const plan_keys[] = { "municipality", "year", "pathway", "units", "status",
                                           "source_document", "source_date", "note" };
  const WepTableKind *kind = wep_table_kind (WEP_IMPORT_PLANS);
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (Table) table = table_new ("plannen");
  int source[G_N_ELEMENTS (plan_keys)];

  /* Each field of the kind, in its order, from the query column of its key
   * (a field added to the kind needs a column here: the tests check). */
  g_assert (kind->n_fields <= G_N_ELEMENTS (plan_keys));
  for (guint f = 0; f < kind->n_fields; f++)
    {
      const WepField *field = &kind->fields[f];

      source[f] = -1;
      for (guint k = 0; k < G_N_ELEMENTS (plan_keys); k++)
        if (g_str_equal (field->key, plan_keys[k]))
          source[f] = k;
      g_assert (source[f] >= 0);
      add_column (table, field->header, source[f] == 1 ? COLUMN_INTEGER
                                        : source[f] == 3 ? COLUMN_REAL : COLUMN_TEXT);
    }

  stmt = _wep_sqlite_prepare (_wep_document_get_db (doc),
                              "SELECT municipality, year, pathway, units, status, "
                              "source_document, source_date, note FROM plans WHERE counted = 1 "
                              "ORDER BY municipality, year, pathway", error);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (guint f = 0; f < kind->n_fields; f++)
      {
        int c = source[f];

        if (c == 1 || c == 3)
          add_number (table, sqlite3_column_double (stmt, c));
        else if (c == 4)
          {
            g_autofree char *status = g_strdup ((const char *) sqlite3_column_text (stmt, c));

            g_strdelimit (status, "_", ' ');
            add_text (table, status);
          }
        else
          add_text (table, (const char *) sqlite3_column_text (stmt, c));
      }
  return g_steal_pointer (&table);
}

static Table *
build_fair_share (WepDocument      *doc,
                  const char       *scenario,
                  WepFairShareKey   key,
                  GPtrArray        *notes,
                  GError          **error)
{
  g_autoptr (WepFairShare) fair_share = wep_fair_share_compute (doc, scenario, key, error);
  const char *key_name = wep_fair_share_key_to_string (key);
  static const Column columns[] = {
    { "region", COLUMN_TEXT }, { "municipality", COLUMN_TEXT }, { "name", COLUMN_TEXT },
    { "year", COLUMN_INTEGER }, { "pathway", COLUMN_TEXT }, { "key", COLUMN_TEXT },
    { "key_value", COLUMN_REAL }, { "need", COLUMN_REAL }, { "reachable", COLUMN_TEXT },
    { "share", COLUMN_REAL }, { "planned", COLUMN_REAL }, { "gap", COLUMN_REAL },
    { "gap_per_10k", COLUMN_REAL },
  };
  Table *table;

  if (fair_share == NULL)
    return NULL;
  for (guint i = 0; i < fair_share->notes->len; i++)
    g_ptr_array_add (notes, g_strdup (g_ptr_array_index (fair_share->notes, i)));

  table = table_new ("verdeling");
  g_array_append_vals (table->columns, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < fair_share->rows->len; i++)
    {
      const WepFairShareRow *row = wep_fair_share_row (fair_share, i);

      add_text (table, row->region);
      add_text (table, row->municipality);
      add_text (table, row->name);
      add_number (table, row->year);
      add_text (table, wep_pathway_key (row->pathway));
      add_text (table, key_name);
      add_number (table, row->key_value);
      add_number (table, row->need);
      add_text (table, row->reachable ? "true" : "false");
      add_number (table, row->share);
      add_number (table, row->planned);
      add_number (table, row->gap);
      add_number (table, row->gap_per_10k);
    }
  return table;
}

/* ---- CSV ----------------------------------------------------------------- */

static void
append_csv_text (GString    *out,
                 const char *text)
{
  g_autofree char *safe = neutralise_text (text, WEP_EXPORT_CSV);

  if (strpbrk (safe, ";,\"\r\n") == NULL)
    {
      g_string_append (out, safe);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *c = safe; *c != '\0'; c++)
    {
      if (*c == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *c);
    }
  g_string_append_c (out, '"');
}

/* The shortest text that reads back as the same double, with a decimal
 * comma and no thousands separator; empty when not a number. */
static void
append_csv_number (GString *out,
                   double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return;
  for (const char *c = _wep_number_text (value, buf); *c != '\0'; c++)
    g_string_append_c (out, *c == '.' ? ',' : *c);
}

static GBytes *
table_to_csv (const Table *table)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");
  guint n_rows = count_rows (table);

  for (guint c = 0; c < table->columns->len; c++)
    {
      if (c > 0)
        g_string_append_c (out, ';');
      append_csv_text (out, g_array_index (table->columns, Column, c).name);
    }
  g_string_append (out, "\r\n");
  for (guint r = 0; r < n_rows; r++)
    {
      for (guint c = 0; c < table->columns->len; c++)
        {
          const Cell *cell = get_cell (table, r, c);

          if (c > 0)
            g_string_append_c (out, ';');
          if (cell->text != NULL)
            append_csv_text (out, cell->text);
          else
            append_csv_number (out, cell->number);
        }
      g_string_append (out, "\r\n");
    }
  return g_string_free_to_bytes (out);
}

static gboolean
write_csv (const Table  *table,
           const char   *path,
           const char   *display,
           GError      **error)
{
  g_autoptr (GBytes) bytes = table_to_csv (table);
  g_autoptr (GError) local = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  /* Flushed and renamed into place by wep_export (). */
  if (g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_NONE, 0666, &local))
    return TRUE;
  g_set_error (error, WEP_EXPORT_ERROR, WEP_EXPORT_ERROR_IO, _("Could not write %s: %s"),
               display, local->message);
  return FALSE;
}

/* ---- GDAL ------------------------------------------------------------------ */

static gpointer
register_gdal (gpointer data)
{
  GDALAllRegister ();
  return NULL;
}

gboolean
_wep_export_fail_gdal (const char  *display,
                       GError     **error)
{
  const char *message = CPLGetLastErrorMsg ();

  g_set_error (error, WEP_EXPORT_ERROR, WEP_EXPORT_ERROR_IO, _("Could not write %s: %s"),
               display, message != NULL && *message != '\0' ? message : g_strerror (EIO));
  return FALSE;
}

GDALDatasetH
_wep_export_create_dataset (const char  *driver_name,
                            const char  *path,
                            const char  *display,
                            GError     **error)
{
  static GOnce once = G_ONCE_INIT;
  GDALDriverH driver;
  GDALDatasetH dataset;

  g_once (&once, register_gdal, NULL);
  if ((driver = GDALGetDriverByName (driver_name)) == NULL)
    {
      g_set_error (error, WEP_EXPORT_ERROR, WEP_EXPORT_ERROR_FORMAT,
                   _("Could not write %s: this GDAL has no %s driver."), display, driver_name);
      return NULL;
    }
  if ((dataset = GDALCreate (driver, path, 0, 0, 0, GDT_Unknown, NULL)) == NULL)
    _wep_export_fail_gdal (display, error);
  return dataset;
}

gboolean
_wep_export_close_dataset (GDALDatasetH   dataset,
                           const char    *display,
                           GError       **error)
{
  CPLErrorReset ();
  GDALClose (dataset);
  if (CPLGetLastErrorType () >= CE_Failure)
    return _wep_export_fail_gdal (display, error);
  return TRUE;
}

static gboolean
create_fields (OGRLayerH      layer,
               const Column  *columns,
               guint          n_columns,
               const char    *display,
               GError       **error)
{
  for (guint c = 0; c < n_columns; c++)
    {
      OGRFieldType type = columns[c].type == COLUMN_TEXT || columns[c].has_text ? OFTString
                          : columns[c].type == COLUMN_INTEGER ? OFTInteger : OFTReal;
      OGRFieldDefnH field = OGR_Fld_Create (columns[c].name, type);
      OGRErr err = OGR_L_CreateField (layer, field, TRUE);

      OGR_Fld_Destroy (field);
      if (err != OGRERR_NONE)
        return _wep_export_fail_gdal (display, error);
    }
  return TRUE;
}

/* One sheet. GDAL's writers put the header row above the first row only:
 * an empty table gives an empty sheet. */
static gboolean
write_spreadsheet (const Table      *table,
                   WepExportFormat   format,
                   const char       *path,
                   const char       *display,
                   GError          **error)
{
  GDALDatasetH dataset;
  OGRLayerH layer;
  guint n_rows = count_rows (table);
  gboolean ok = TRUE;

  dataset = _wep_export_create_dataset (format == WEP_EXPORT_XLSX ? "XLSX" : "ODS", path, display,
                                        error);
  if (dataset == NULL)
    return FALSE;
  layer = GDALDatasetCreateLayer (dataset, table->sheet, NULL, wkbNone, NULL);
  ok = layer != NULL ? create_fields (layer, (const Column *) table->columns->data,
                                      table->columns->len, display, error)
                     : _wep_export_fail_gdal (display, error);
  for (guint r = 0; ok && r < n_rows; r++)
    {
      OGRFeatureH feature = OGR_F_Create (OGR_L_GetLayerDefn (layer));

      for (guint c = 0; c < table->columns->len; c++)
        {
          const Cell *cell = get_cell (table, r, c);

          if (cell->text != NULL)
            {
              g_autofree char *safe = neutralise_text (cell->text, format);

              OGR_F_SetFieldString (feature, c, safe);
            }
          else if (!isfinite (cell->number))
            OGR_F_SetFieldNull (feature, c);
          else if (g_array_index (table->columns, Column, c).has_text)
            {
              /* A number in a column with hidden counts: text, as CSV writes it. */
              g_autoptr (GString) text = g_string_new (NULL);

              append_csv_number (text, cell->number);
              OGR_F_SetFieldString (feature, c, text->str);
            }
          else if (g_array_index (table->columns, Column, c).type == COLUMN_INTEGER)
            OGR_F_SetFieldInteger (feature, c, (int) cell->number);
          else
            OGR_F_SetFieldDouble (feature, c, cell->number);
        }
      if (OGR_L_CreateFeature (layer, feature) != OGRERR_NONE)
        ok = _wep_export_fail_gdal (display, error);
      OGR_F_Destroy (feature);
    }
  if (!ok)
    {
      GDALClose (dataset);
      return FALSE;
    }
  return _wep_export_close_dataset (dataset, display, error);
}

/* ---- writing safely ------------------------------------------------------------ */

/* The file is written into a new hidden folder next to the target (same
 * file system), flushed to disk and then renamed over the target: the
 * target is either the old file or the complete new one, never half. */
typedef struct
{
  char *folder;
  char *file;
} TempTarget;

static gboolean
fail_errno (const char  *display,
            int          saved_errno,
            GError     **error)
{
  g_set_error (error, WEP_EXPORT_ERROR, WEP_EXPORT_ERROR_IO, _("Could not write %s: %s"),
               display, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
open_temp_target (TempTarget  *tmp,
                  const char  *path,
                  GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *pattern = g_build_filename (folder, ".wep-export-" TEMP_PLACEHOLDER, NULL);

  if (g_mkdtemp (pattern) == NULL)
    return fail_errno (path, errno, error);
  tmp->folder = g_steal_pointer (&pattern);
  tmp->file = g_build_filename (tmp->folder, base, NULL);
  return TRUE;
}

static gboolean
commit_temp_target (TempTarget  *tmp,
                    const char  *path,
                    GError     **error)
{
  int fd = g_open (tmp->file, O_RDONLY, 0);
  int saved_errno;

  if (fd < 0)
    return fail_errno (path, errno, error);
  if (fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      return fail_errno (path, saved_errno, error);
    }
  close (fd);
  if (g_rename (tmp->file, path) != 0)
    return fail_errno (path, errno, error);
  return TRUE;
}

static void
clear_temp_target (TempTarget *tmp)
{
  g_autoptr (GDir) dir = NULL;
  const char *name;

  if (tmp->folder == NULL)
    return;
  /* Whatever a driver left behind (a journal, a half file). */
  dir = g_dir_open (tmp->folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (tmp->folder, name, NULL);

      g_unlink (file);
    }
  g_rmdir (tmp->folder);
  g_clear_pointer (&tmp->folder, g_free);
  g_clear_pointer (&tmp->file, g_free);
}

gboolean
wep_export (WepDocument      *doc,
            const char       *scenario,
            WepExportWhat     what,
            WepFairShareKey   key,
            const char       *path,
            GStrv            *notes,
            GError          **error)
{
  WepExportOptions options = { key, 0 };

  return wep_export_with_options (doc, scenario, what, &options, path, notes, error);
}

gboolean
wep_export_with_options (WepDocument             *doc,
                         const char              *scenario,
                         WepExportWhat            what,
                         const WepExportOptions  *options,
                         const char              *path,
                         GStrv                   *notes,
                         GError                 **error)
{
  g_autoptr (GPtrArray) notes_found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (Table) table = NULL;
  TempTarget tmp = { NULL, NULL };
  WepExportFormat format;
  gboolean ok;

  g_return_val_if_fail (WEP_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (what < WEP_N_EXPORT_WHAT, FALSE);
  g_return_val_if_fail (options != NULL && options->key < WEP_N_FAIR_SHARE_KEYS, FALSE);
  g_return_val_if_fail (options->privacy_threshold >= 0, FALSE);
  g_return_val_if_fail (what == WEP_EXPORT_PLANS || scenario != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (notes != NULL)
    *notes = NULL;
  if (!wep_export_format_from_path (path, &format, error))
    return FALSE;
  if (!wep_export_supports (format, what))
    {
      g_set_error (error, WEP_EXPORT_ERROR, WEP_EXPORT_ERROR_FORMAT,
                   what == WEP_EXPORT_BOUNDARIES
                     ? _("%s: boundaries are written to .gpkg or .geojson.")
                     : _("%s: tables (results, plans, fair share) are written to .csv, .xlsx "
                         "or .ods."),
                   path);
      return FALSE;
    }

  /* Everything that can fail on the plan's data fails before a file is made. */
  if (what == WEP_EXPORT_RESULTS)
    table = build_results (doc, scenario, options->privacy_threshold, error);
  else if (what == WEP_EXPORT_PLANS)
    table = build_plans (doc, error);
  else if (what == WEP_EXPORT_FAIR_SHARE)
    table = build_fair_share (doc, scenario, options->key, notes_found, error);
  if (what != WEP_EXPORT_BOUNDARIES && table == NULL)
    return FALSE;

  if (!open_temp_target (&tmp, path, error))
    return FALSE;
  /* GDAL reports through CPLGetLastErrorMsg () into our GError, not on stderr. */
  CPLPushErrorHandler (CPLQuietErrorHandler);
  CPLErrorReset ();
  if (format == WEP_EXPORT_CSV)
    ok = write_csv (table, tmp.file, path, error);
  else if (format == WEP_EXPORT_XLSX || format == WEP_EXPORT_ODS)
    ok = write_spreadsheet (table, format, tmp.file, path, error);
  else
    ok = _wep_export_write_boundaries (doc, scenario, options->key, format, tmp.file, path,
                                       notes_found,
                                       error);
  CPLPopErrorHandler ();
  ok = ok && commit_temp_target (&tmp, path, error);
  clear_temp_target (&tmp);
  if (!ok)
    return FALSE;

  if (notes != NULL)
    {
      g_ptr_array_add (notes_found, NULL);
      *notes = (GStrv) g_ptr_array_steal (notes_found, NULL);
    }
  return TRUE;
}
