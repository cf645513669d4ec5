/* wep-import-read.c: a spreadsheet (CSV, XLSX, ODS) through GDAL, as
 * columns matched to the fields of a kind and rows of stripped UTF-8 cells
 *
 * GDAL does the parsing. What is ours:
 *
 * - The format is told by the content, not the name: a ZIP file is ODS
 *   when its first entry says so, else XLSX; an old .xls, or binary data,
 *   is refused with a clear message; anything else is CSV. UTF-16 text (as
 *   Excel's "Unicode text" writes it) is turned into UTF-8 first.
 * - CSV: GDAL reads a copy in memory (so no .csvt or .prj next to the file
 *   changes how it is read), every field a string (AUTODETECT_TYPE=NO),
 *   the first line the header (HEADERS=YES), the separator found by GDAL
 *   on the first line (comma, semicolon or tab; GDAL 3.6 has no open
 *   option for it). We find out which one it used, since it decides how
 *   "1.234" is read (see _wep_parse_number ()). A UTF-8 BOM is dropped; a
 *   field that is not valid UTF-8 is taken as Windows-1252.
 * - Line numbers: a CSV record may span lines (a quoted field with line
 *   breaks), and GDAL skips empty lines, so GDAL's feature number is not
 *   the line. We scan the file once as GDAL's reader splits it into
 *   records (a line is joined with the next while it holds an odd number
 *   of double quotes; empty records are skipped) and note the line each
 *   record starts on: feature N (from 1) starts on that line of record N.
 *   In XLSX and ODS the feature number is the row number of the sheet
 *   (the header being row 1), as GDAL numbers them.
 * - XLSX and ODS: the first row is always the header (OGR_XLSX_HEADERS /
 *   OGR_ODS_HEADERS=FORCE, thread-local config options, since GDAL 3.6
 *   has no open options for them); cells typed as numbers or dates arrive
 *   as numbers or dates and are kept so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <errno.h>
#include <gdal.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <ogr_api.h>
#include <string.h>

#include "wep-import-table-private.h"
#include "wep-import-table.h"

#define MAX_CSV_BYTES ((goffset) 256 * 1024 * 1024)
#define MAX_ROWS      1000000
#define HEAD_BYTES    8192
#define UTF8_BOM      "\xEF\xBB\xBF"
#define ODS_MIMETYPE  "mimetypeapplication/vnd.oasis.opendocument.spreadsheet"

static const char *const config_keys[] = {
  "OGR_XLSX_HEADERS", "OGR_ODS_HEADERS", "OGR_XLSX_FIELD_TYPES", "OGR_ODS_FIELD_TYPES",
};
static const char *const config_values[] = { "FORCE", "FORCE", "AUTO", "AUTO" };

typedef struct
{
  const char   *display;
  GDALDatasetH  ds;
  OGRLayerH     layer;
  gboolean      spreadsheet;
  char          separator;      /* CSV */
  char         *vsimem;         /* CSV: the copy GDAL reads */
  char         *text;           /* CSV: the content, UTF-8 when it was UTF-16 */
  gsize         length;
  GArray       *record_lines;   /* CSV: guint line of each record; [0] the header */
  char         *first_line;     /* CSV: the first line with anything on it */
  gboolean      config_set;
  char         *saved_config[G_N_ELEMENTS (config_keys)];
} Source;

static void
ensure_gdal (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      GDALAllRegister ();
      g_once_init_leave (&registered, 1);
    }
}

static void
source_clear (Source *src)
{
  g_assert (src != NULL);

  if (src->ds != NULL)
    GDALClose (src->ds);
  src->ds = NULL;
  if (src->vsimem != NULL)
    VSIUnlink (src->vsimem);
  if (src->config_set)
    for (guint i = 0; i < G_N_ELEMENTS (config_keys); i++)
      {
        CPLSetThreadLocalConfigOption (config_keys[i], src->saved_config[i]);
        g_clear_pointer (&src->saved_config[i], g_free);
      }
  src->config_set = FALSE;
  g_clear_pointer (&src->vsimem, g_free);
  g_clear_pointer (&src->text, g_free);
  g_clear_pointer (&src->record_lines, g_array_unref);
  g_clear_pointer (&src->first_line, g_free);
}

/* The line each record of a CSV text starts on, as GDAL's reader splits it
 * (see the top of this file): "\r\n", "\n" and "\r" end a line. */
static GArray *
scan_records (const char *text,
              gsize       length)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (guint));
  guint line = 1, start = 1;
  gsize quotes = 0;
  gboolean empty = TRUE;

  g_assert (text != NULL);

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (c == '\r' || c == '\n')
        {
          if (c == '\r' && i + 1 < length && text[i + 1] == '\n')
            i++;
          line++;
          if (quotes % 2 == 1)
            continue;
          if (!empty)
            g_array_append_val (lines, start);
          empty = TRUE;
          quotes = 0;
          start = line;
          continue;
        }
      if (c == '"')
        quotes++;
      empty = FALSE;
    }
  if (!empty)
    g_array_append_val (lines, start);
  return lines;
}

/* As GDAL 3.6 chooses the separator from the first line
 * (CSVDetectSeperator): the first comma, semicolon or tab outside quotes,
 * a comma when they differ; with none, a space if there is one. */
static char
detect_separator (const char *line)
{
  gboolean in_string = FALSE, space = FALSE;
  char separator = '\0';

  g_assert (line != NULL);

  for (const char *c = line; *c != '\0'; c++)
    {
      if (*c == '"')
        in_string = !in_string;
      else if (!in_string && (*c == ',' || *c == ';' || *c == '\t'))
        {
          if (separator == '\0')
            separator = *c;
          else if (separator != *c)
            return ',';
        }
      else if (!in_string && *c == ' ')
        space = TRUE;
    }
  if (separator != '\0')
    return separator;
  return space ? ' ' : ',';
}

static guint
count_fields (const char *line,
              char        separator)
{
  gboolean in_string = FALSE;
  guint n = 1;

  for (const char *c = line; *c != '\0'; c++)
    if (*c == '"')
      in_string = !in_string;
    else if (!in_string && *c == separator)
      n++;
  return n;
}

/* Text as UTF-8: valid UTF-8 stays, anything else is Windows-1252 (or, for
 * the five bytes that code page leaves out, Latin-1). */
static char *
to_utf8 (const char *raw)
{
  char *text;

  if (raw == NULL)
    return NULL;
  if (g_str_has_prefix (raw, UTF8_BOM))
    raw += strlen (UTF8_BOM);
  if (g_utf8_validate (raw, -1, NULL))
    return g_strdup (raw);
  if ((text = g_convert (raw, -1, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL)) != NULL)
    return text;
  if ((text = g_convert (raw, -1, "UTF-8", "ISO-8859-1", NULL, NULL, NULL)) != NULL)
    return text;
  return g_utf8_make_valid (raw, -1);
}

static char *
first_line_of (const char *text,
               gsize       length)
{
  const char *p = text, *end = text + length;

  if (length >= 3 && memcmp (p, UTF8_BOM, 3) == 0)
    p += 3;
  while (p < end)
    {
      const char *eol = p;

      while (eol < end && *eol != '\n' && *eol != '\r')
        eol++;
      if (eol > p)
        {
          g_autofree char *raw = g_strndup (p, eol - p);

          return to_utf8 (raw);
        }
      p = eol + 1;
    }
  return NULL;
}

/* Nothing but white space (and a BOM). */
static gboolean
is_blank (const char *text,
          gsize       length)
{
  gsize i = length >= 3 && memcmp (text, UTF8_BOM, 3) == 0 ? 3 : 0;

  for (; i < length; i++)
    if (!g_ascii_isspace (text[i]))
      return FALSE;
  return TRUE;
}

typedef enum
{
  OPEN_OK,
  OPEN_ONE_COLUMN,   /* a CSV file with one column, which GDAL refuses */
  OPEN_FAILED,
} OpenResult;

static OpenResult
gdal_failed (const char *display,
             const char *what,
             GError    **error)
{
  const char *message = CPLGetLastErrorMsg ();

  if (message != NULL && *message != '\0')
    g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                 _("%s could not be read as %s: %s"), display, what, message);
  else
    g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                 _("%s could not be read as %s; the file may be damaged."), display,
                 what);
  return OPEN_FAILED;
}

static gboolean
read_head (const char *path,
           const char *display,
           guchar     *head,
           gsize      *n_head,
           goffset    *size,
           GError    **error)
{
  GStatBuf st;
  FILE *file;
  int saved;

  if (g_stat (path, &st) != 0 || (file = g_fopen (path, "rb")) == NULL)
    {
      saved = errno;
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_IO, _("Could not open %s: %s"),
                   display, g_strerror (saved));
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      fclose (file);
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_IO, _("%s is not a file."),
                   display);
      return FALSE;
    }
  *n_head = fread (head, 1, HEAD_BYTES, file);
  saved = errno;
  if (ferror (file))
    {
      fclose (file);
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_IO, _("Could not read %s: %s"),
                   display, g_strerror (saved));
      return FALSE;
    }
  fclose (file);
  *size = st.st_size;
  return TRUE;
}

static OpenResult
open_spreadsheet (Source     *src,
                  const char *path,
                  gboolean    ods,
                  GError    **error)
{
  static const char *const drivers[] = { "XLSX", "ODS", NULL };
  g_autofree char *gdal_path = g_strconcat (ods ? "ODS:" : "XLSX:", path, NULL);

  src->spreadsheet = TRUE;
  src->config_set = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (config_keys); i++)
    {
      src->saved_config[i] = g_strdup (CPLGetThreadLocalConfigOption (config_keys[i], NULL));
      CPLSetThreadLocalConfigOption (config_keys[i], config_values[i]);
    }
  src->ds = GDALOpenEx (gdal_path, GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, NULL, NULL);
  if (src->ds == NULL)
    return gdal_failed (src->display, ods ? "ODS" : "XLSX", error);
  return OPEN_OK;
}

/* OPEN_ONE_COLUMN: GDAL refuses a file whose first line has one column;
 * src->first_line holds it. */
static OpenResult
open_csv (Source     *src,
          const char *path,
          guchar     *head,
          gsize       n_head,
          goffset     size,
          GError    **error)
{
  static const char *const drivers[] = { "CSV", NULL };
  static const char *const options[] = { "HEADERS=YES", "AUTODETECT_TYPE=NO",
                                         "EMPTY_STRING_AS_NULL=NO", NULL };
  static gint counter = 0;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *gdal_path = NULL;
  gboolean utf16 = n_head >= 2 && ((head[0] == 0xFF && head[1] == 0xFE)
                                   || (head[0] == 0xFE && head[1] == 0xFF));
  VSILFILE *fp;
  char first;

  if (!utf16 && memchr (head, '\0', n_head) != NULL)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("%s is not a spreadsheet (CSV, XLSX or ODS): it holds binary data."),
                   src->display);
      return OPEN_FAILED;
    }
  if (size > MAX_CSV_BYTES)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_LIMIT,
                   _("%s is larger than %d MiB; split it into smaller files."), src->display,
                   (int) (MAX_CSV_BYTES / (1024 * 1024)));
      return OPEN_FAILED;
    }
  if (!g_file_get_contents (path, &src->text, &src->length, &local_error))
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_IO, _("Could not read %s: %s"),
                   src->display, local_error->message);
      return OPEN_FAILED;
    }
  if (utf16)
    {
      gsize written = 0;
      char *text = g_convert (src->text + 2, src->length - 2, "UTF-8",
                              head[0] == 0xFF ? "UTF-16LE" : "UTF-16BE", NULL, &written, NULL);

      if (text == NULL)
        {
          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                       _("%s starts as UTF-16 text but is not: it cannot be read."),
                       src->display);
          return OPEN_FAILED;
        }
      g_free (src->text);
      src->text = text;
      src->length = written;
    }

  if (is_blank (src->text, src->length))
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, _("%s is empty."),
                   src->display);
      return OPEN_FAILED;
    }
  first = src->text[g_str_has_prefix (src->text, UTF8_BOM) ? 3 : 0];
  if (first == '\r' || first == '\n')
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("%s: the first line is empty; it should hold the names of the columns."),
                   src->display);
      return OPEN_FAILED;
    }
  src->first_line = first_line_of (src->text, src->length);
  src->record_lines = scan_records (src->text, src->length);

  src->vsimem = g_strdup_printf ("/vsimem/wep-import-%d.csv", g_atomic_int_add (&counter, 1));
  fp = VSIFileFromMemBuffer (src->vsimem, (GByte *) src->text, src->length, FALSE);
  if (fp == NULL)
    return gdal_failed (src->display, "CSV", error);
  VSIFCloseL (fp);
  gdal_path = g_strconcat ("CSV:", src->vsimem, NULL);
  src->ds = GDALOpenEx (gdal_path, GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, NULL);
  if (src->ds == NULL)
    {
      const char *line = src->first_line != NULL ? src->first_line : "";

      if (strpbrk (line, ",;\t") == NULL)
        return OPEN_ONE_COLUMN;
      return gdal_failed (src->display, "CSV", error);
    }
  return OPEN_OK;
}

static char *
list_sheets (GDALDatasetH ds)
{
  GString *out = g_string_new (NULL);

  for (int i = 0; i < GDALDatasetGetLayerCount (ds); i++)
    g_string_append_printf (out, "%s“%s”", i > 0 ? ", " : "",
                            OGR_L_GetName (GDALDatasetGetLayer (ds, i)));
  return g_string_free (out, FALSE);
}

/* Opens the file and its sheet. */
static OpenResult
source_open (Source     *src,
             const char *path,
             const char *sheet,
             GError    **error)
{
  guchar head[HEAD_BYTES];
  gsize n_head = 0;
  goffset size = 0;
  OpenResult result;

  ensure_gdal ();
  if (!read_head (path, src->display, head, &n_head, &size, error))
    return OPEN_FAILED;
  if (size == 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, _("%s is empty."),
                   src->display);
      return OPEN_FAILED;
    }
  if (n_head >= 8 && memcmp (head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("%s is an old Excel file (.xls) or another Office file; save it as .xlsx "
                     "or .csv and import that."), src->display);
      return OPEN_FAILED;
    }

  if (n_head >= 4 && memcmp (head, "PK\x03\x04", 4) == 0)
    {
      gboolean ods = n_head >= 30 + strlen (ODS_MIMETYPE)
                     && memcmp (head + 30, ODS_MIMETYPE, strlen (ODS_MIMETYPE)) == 0;

      if (open_spreadsheet (src, path, ods, error) != OPEN_OK)
        return OPEN_FAILED;
      if (GDALDatasetGetLayerCount (src->ds) == 0)
        {
          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                       _("%s has no sheets."), src->display);
          return OPEN_FAILED;
        }
      src->layer = sheet != NULL ? GDALDatasetGetLayerByName (src->ds, sheet)
                                 : GDALDatasetGetLayer (src->ds, 0);
      if (src->layer == NULL)
        {
          g_autofree char *sheets = list_sheets (src->ds);

          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                       _("%s has no sheet “%s”; its sheets are: %s."), src->display, sheet,
                       sheets);
          return OPEN_FAILED;
        }
      return OPEN_OK;
    }

  if (sheet != NULL)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("%s is a CSV file, which has no sheets; leave out the sheet “%s”."),
                   src->display, sheet);
      return OPEN_FAILED;
    }
  result = open_csv (src, path, head, n_head, size, error);
  if (result != OPEN_OK)
    return result;
  src->layer = GDALDatasetGetLayer (src->ds, 0);
  if (src->layer == NULL)
    return gdal_failed (src->display, "CSV", error);
  return OPEN_OK;
}

GStrv
_wep_table_list_sheets (const char  *path,
                        GError     **error)
{
  g_autofree char *display = g_path_get_basename (path);
  g_autoptr (GStrvBuilder) names = g_strv_builder_new ();
  Source src = { display };
  guchar head[HEAD_BYTES];
  gsize n_head = 0;
  goffset size = 0;
  gboolean ok = TRUE;

  ensure_gdal ();
  if (!read_head (path, display, head, &n_head, &size, error))
    return NULL;
  /* CSV (and whatever else the reading itself will refuse): no sheets. */
  if (n_head >= 4 && memcmp (head, "PK\x03\x04", 4) == 0)
    {
      gboolean ods = n_head >= 30 + strlen (ODS_MIMETYPE)
                     && memcmp (head + 30, ODS_MIMETYPE, strlen (ODS_MIMETYPE)) == 0;

      CPLPushErrorHandler (CPLQuietErrorHandler);
      CPLErrorReset ();
      ok = open_spreadsheet (&src, path, ods, error) == OPEN_OK;
      for (int i = 0; ok && i < GDALDatasetGetLayerCount (src.ds); i++)
        g_strv_builder_add (names, OGR_L_GetName (GDALDatasetGetLayer (src.ds, i)));
      source_clear (&src);
      CPLPopErrorHandler ();
    }
  return ok ? g_strv_builder_end (names) : NULL;
}

static void
column_free (WepTableColumn *column)
{
  g_free (column->name);
  g_free (column);
}

static void
add_column (GPtrArray  *columns,
            const char *raw)
{
  WepTableColumn *column = g_new0 (WepTableColumn, 1);
  char *name = to_utf8 (raw);

  column->name = g_strstrip (name);
  column->column = columns->len + 1;
  g_ptr_array_add (columns, column);
}

/* The columns of the open source; for a one-column CSV file that GDAL
 * would not open, its header line. */
static GPtrArray *
read_columns (Source *src)
{
  GPtrArray *columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  OGRFeatureDefnH defn;

  if (src->layer == NULL)
    {
      add_column (columns, src->first_line != NULL ? src->first_line : "");
      return columns;
    }
  defn = OGR_L_GetLayerDefn (src->layer);
  for (int i = 0; i < OGR_FD_GetFieldCount (defn); i++)
    add_column (columns, OGR_Fld_GetNameRef (OGR_FD_GetFieldDefn (defn, i)));

  if (!src->spreadsheet && src->first_line != NULL)
    {
      static const char candidates[] = { '\t', ';', ',', ' ' };

      /* Which separator GDAL used: the one it would choose, if that
       * gives the columns it found, else the one that does. */
      src->separator = detect_separator (src->first_line);
      for (guint i = 0; i < G_N_ELEMENTS (candidates)
                        && count_fields (src->first_line, src->separator) != columns->len; i++)
        if (count_fields (src->first_line, candidates[i]) == columns->len)
          src->separator = candidates[i];
    }
  return columns;
}

/* A column that names the municipality beside its code (figures has its
 * own field for it; the other kinds use it to check the code). */
static gboolean
is_name_column (const char *header)
{
  const WepField *field = wep_table_kind_find (wep_table_kind (WEP_IMPORT_FIGURES), header);

  return field != NULL && g_str_equal (field->key, "name");
}

static const char *
slot_header (const WepTableKind *table,
             guint               slot)
{
  return slot < table->n_fields ? table->fields[slot].header : "gemeentenaam";
}

/* Which column fills which slot. Per slot the index of its column or -1;
 * ignored gets a warning per column no slot takes. */
static gboolean
map_columns (const WepTableKind *table,
             GPtrArray          *columns,
             int                *slot_column,
             GPtrArray          *ignored,
             const char         *display,
             GError            **error)
{
  int municipality = _wep_import_slot_of (table, "municipality");
  int name = _wep_import_slot_of (table, "name");
  guint name_slot = name >= 0 ? (guint) name : table->n_fields;
  g_autoptr (GString) missing = g_string_new (NULL);
  g_autoptr (GString) found = g_string_new (NULL);
  g_autofree char *message = NULL;
  guint n_missing = 0;

  for (guint s = 0; s <= table->n_fields; s++)
    slot_column[s] = -1;
  for (guint i = 0; i < columns->len; i++)
    {
      const WepTableColumn *column = g_ptr_array_index (columns, i);
      const WepField *field;
      guint slot;

      if (municipality >= 0 && name < 0 && is_name_column (column->name))
        slot = table->n_fields;
      else if ((field = wep_table_kind_find (table, column->name)) != NULL)
        slot = field - table->fields;
      else
        {
          if (ignored != NULL)
            g_ptr_array_add (ignored,
                             g_strdup_printf (_("column %u (%s) is ignored: %s files have no "
                                                "such column"),
                                              column->column, column->name,
                                              wep_import_kind_key (table->kind)));
          continue;
        }
      if (slot_column[slot] >= 0)
        {
          const WepTableColumn *first = g_ptr_array_index (columns, slot_column[slot]);

          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                       _("%s: column %u (%s) and column %u (%s) are both “%s”; remove one of "
                         "them."), display, first->column, first->name, column->column,
                       column->name, slot_header (table, slot));
          return FALSE;
        }
      slot_column[slot] = i;
    }
  /* Only a name: it is the municipality. */
  if (municipality >= 0 && slot_column[municipality] < 0 && slot_column[name_slot] >= 0)
    {
      slot_column[municipality] = slot_column[name_slot];
      slot_column[name_slot] = -1;
    }

  for (guint s = 0; s < table->n_fields; s++)
    if (table->fields[s].required && slot_column[s] < 0)
      {
        g_string_append_printf (missing, "%s“%s”", n_missing > 0 ? ", " : "",
                                table->fields[s].header);
        n_missing++;
      }
  if (n_missing == 0)
    return TRUE;

  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (found, "%s“%s”", i > 0 ? ", " : "",
                            ((WepTableColumn *) g_ptr_array_index (columns, i))->name);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%s: the column %s is missing (%s files need it); the "
                                          "columns found are: %s.",
                                          "%s: the columns %s are missing (%s files need them); "
                                          "the columns found are: %s.", n_missing),
                             display, missing->str, wep_import_kind_key (table->kind),
                             found->str);
  if (columns->len == 1)
    g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, "%s %s", message,
                 _("Only one column was found: are the columns separated by a comma, semicolon "
                   "or tab?"));
  else
    g_set_error_literal (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, message);
  return FALSE;
}

static void
row_free (WepTableRow *row,
          guint        n_slots)
{
  for (guint s = 0; s < n_slots; s++)
    g_free (row->cells[s].text);
  g_free (row->cells);
  g_free (row);
}

void
_wep_table_data_free (WepTableData *data)
{
  if (data == NULL)
    return;
  if (data->rows != NULL)
    for (guint i = 0; i < data->rows->len; i++)
      row_free (g_ptr_array_index (data->rows, i), data->n_slots);
  g_clear_pointer (&data->rows, g_ptr_array_unref);
  g_clear_pointer (&data->columns, g_ptr_array_unref);
  g_clear_pointer (&data->ignored, g_ptr_array_unref);
  g_free (data->slot_column);
  g_free (data->source);
  g_free (data->sheet);
  g_free (data);
}

/* One cell of a feature: typed numbers and dates kept, text as UTF-8. */
static void
read_cell (OGRFeatureH feature,
           int         field,
           WepCell    *cell)
{
  OGRFieldType type = OGR_Fld_GetType (OGR_F_GetFieldDefnRef (feature, field));
  int y, m, d, h, min, tz;
  float s;

  if (!OGR_F_IsFieldSetAndNotNull (feature, field))
    return;
  switch (type)
    {
    case OFTInteger:
    case OFTInteger64:
    case OFTReal:
      cell->number = TRUE;
      cell->value = OGR_F_GetFieldAsDouble (feature, field);
      cell->text = _wep_format_value (cell->value);
      return;
    case OFTDate:
    case OFTDateTime:
      if (OGR_F_GetFieldAsDateTimeEx (feature, field, &y, &m, &d, &h, &min, &s, &tz))
        {
          cell->date = TRUE;
          cell->text = g_strdup_printf ("%04d-%02d-%02d", y, m, d);
          return;
        }
      break;
    default:
      break;
    }
  cell->text = _wep_strip_or_null (to_utf8 (OGR_F_GetFieldAsString (feature, field)));
}

static gboolean
feature_is_empty (OGRFeatureH feature)
{
  for (int i = 0; i < OGR_F_GetFieldCount (feature); i++)
    if (OGR_F_IsFieldSetAndNotNull (feature, i))
      {
        g_autofree char *text = NULL;

        if (OGR_Fld_GetType (OGR_F_GetFieldDefnRef (feature, i)) != OFTString)
          return FALSE;
        text = _wep_strip_or_null (to_utf8 (OGR_F_GetFieldAsString (feature, i)));
        if (text != NULL)
          return FALSE;
      }
  return TRUE;
}

static gboolean
read_rows (Source       *src,
           WepTableData *data,
           GError      **error)
{
  OGRFeatureH feature;
  guint n = 0;

  OGR_L_ResetReading (src->layer);
  while ((feature = OGR_L_GetNextFeature (src->layer)) != NULL)
    {
      GIntBig fid = OGR_F_GetFID (feature);
      WepTableRow *row;

      n++;
      if (feature_is_empty (feature))
        {
          OGR_F_Destroy (feature);
          continue;
        }
      if (data->rows->len >= MAX_ROWS)
        {
          OGR_F_Destroy (feature);
          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_LIMIT,
                       _("%s has more than %d rows; split it into smaller files."), data->source,
                       MAX_ROWS);
          return FALSE;
        }
      row = g_new0 (WepTableRow, 1);
      row->cells = g_new0 (WepCell, data->n_slots);
      if (fid < 0)
        fid = n;
      if (src->spreadsheet)
        row->line = fid;
      else if ((guint64) fid < src->record_lines->len)
        row->line = g_array_index (src->record_lines, guint, fid);
      else
        row->line = fid + 1;
      for (guint s = 0; s < data->n_slots; s++)
        if (data->slot_column[s] >= 0)
          read_cell (feature, data->slot_column[s], &row->cells[s]);
      g_ptr_array_add (data->rows, row);
      OGR_F_Destroy (feature);
    }
  return TRUE;
}

WepTableData *
_wep_table_data_read (const char   *path,
                      WepImportKind kind,
                      const char   *sheet,
                      GError      **error)
{
  g_autoptr (WepTableData) data = g_new0 (WepTableData, 1);
  g_autofree char *display = g_path_get_basename (path);
  Source src = { display };
  OpenResult result;
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (wep_table_kind (kind) != NULL, NULL);

  data->table = wep_table_kind (kind);
  data->source = g_strdup (display);
  data->n_slots = data->table->n_fields + 1;
  data->slot_column = g_new (int, data->n_slots);
  data->rows = g_ptr_array_new ();
  data->ignored = g_ptr_array_new_with_free_func (g_free);

  CPLPushErrorHandler (CPLQuietErrorHandler);
  CPLErrorReset ();
  result = source_open (&src, path, sheet, error);
  ok = result != OPEN_FAILED;
  if (ok)
    {
      data->columns = read_columns (&src);
      data->spreadsheet = src.spreadsheet;
      data->style = src.spreadsheet ? WEP_NUMBER_SPREADSHEET
                    : src.separator == ',' ? WEP_NUMBER_ENGLISH : WEP_NUMBER_DUTCH;
      if (src.spreadsheet)
        data->sheet = g_strdup (OGR_L_GetName (src.layer));
      ok = map_columns (data->table, data->columns, data->slot_column, data->ignored, display,
                        error);
      if (ok && src.layer == NULL)
        {
          ok = FALSE;
          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                       _("%s has only one column; are the columns separated by a comma, "
                         "semicolon or tab?"), display);
        }
      ok = ok && read_rows (&src, data, error);
    }
  source_clear (&src);
  CPLPopErrorHandler ();
  if (!ok)
    return NULL;
  if (data->rows->len == 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("%s has no data rows under the header."), display);
      return NULL;
    }
  return g_steal_pointer (&data);
}

/* Whether a file with these columns can be of this kind. */
static gboolean
columns_fit (const WepTableKind *table,
             GPtrArray          *columns)
{
  g_autofree int *slot_column = g_new (int, table->n_fields + 1);
  gboolean has_values = FALSE, any_value = FALSE;

  if (!map_columns (table, columns, slot_column, NULL, "", NULL))
    return FALSE;
  for (guint s = 0; s < table->n_fields; s++)
    if (table->fields[s].type == WEP_FIELD_NUMBER || table->fields[s].type == WEP_FIELD_COUNT)
      {
        has_values = TRUE;
        any_value = any_value || slot_column[s] >= 0;
      }
  return !has_values || any_value;
}

gboolean
wep_import_table_guess_kind (const char    *path,
                             const char    *sheet,
                             WepImportKind *kind,
                             GError       **error)
{
  g_autofree char *display = NULL;
  g_autoptr (GPtrArray) columns = NULL;
  g_autoptr (GString) fits = g_string_new (NULL);
  g_autoptr (GString) found = g_string_new (NULL);
  Source src = { NULL };
  guint n_fits = 0;

  g_return_val_if_fail (path != NULL && kind != NULL, FALSE);

  display = g_path_get_basename (path);
  src.display = display;
  CPLPushErrorHandler (CPLQuietErrorHandler);
  CPLErrorReset ();
  if (source_open (&src, path, sheet, error) != OPEN_FAILED)
    columns = read_columns (&src);
  source_clear (&src);
  CPLPopErrorHandler ();
  if (columns == NULL)
    return FALSE;

  for (WepImportKind k = 0; k < WEP_N_IMPORT_KINDS; k++)
    if (wep_table_kind (k) != NULL && columns_fit (wep_table_kind (k), columns))
      {
        g_string_append_printf (fits, "%s%s", n_fits > 0 ? ", " : "", wep_import_kind_key (k));
        *kind = k;
        n_fits++;
      }
  if (n_fits == 1)
    return TRUE;

  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (found, "%s“%s”", i > 0 ? ", " : "",
                            ((WepTableColumn *) g_ptr_array_index (columns, i))->name);
  if (n_fits == 0)
    g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                 _("%s: its columns (%s) fit no kind of spreadsheet."),
                 display, found->str);
  else
    g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                 _("%s: its columns fit more than one kind of spreadsheet (%s)."),
                 display, fits->str);
  return FALSE;
}
