/* test-import-table.c: plans, figures, regions, region figures and
 * allocations from CSV, XLSX and ODS
 *
 * Every fixture is made here, in a folder of its own: CSV files byte by
 * byte (separators, BOM, Windows-1252, CRLF, quoted fields across lines),
 * XLSX and ODS through GDAL's own drivers. Checked: what is read (numbers,
 * dates, names), the line and column of every rejection, that nothing is
 * imported when anything is rejected, that a corrected file replaces the
 * counted rows and keeps the old ones, the templates, and `wep import`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gdal.h>
#include <glib/gstdio.h>
#include <ogr_api.h>
#include <sys/wait.h>

#include "wep-document-private.h"
#include "wep-example.h"
#include "wep-import-table-private.h"
#include "wep-import-table.h"
#include "wep-test-util.h"

static char *
write_bytes (const char *name,
             const char *bytes,
             gssize      length)
{
  g_autoptr (GError) error = NULL;
  char *path = wep_test_tmp_path (name);

  g_file_set_contents (path, bytes, length, &error);
  g_assert_no_error (error);
  return path;
}

static char *
write_text (const char *name,
            const char *text)
{
  return write_bytes (name, text, -1);
}

/* Every row of every table, in a fixed order. */
static char *
dump (WepDocument *doc)
{
  sqlite3 *db = _wep_document_get_db (doc);
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (sqlite3_stmt) tables = NULL;

  tables = _wep_sqlite_prepare (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                    "ORDER BY name", NULL);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2, 3", table);
      g_autoptr (sqlite3_stmt) rows = _wep_sqlite_prepare (db, sql, NULL);

      g_string_append_printf (out, "[%s]\n", table);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (rows); c++)
            {
              const char *text = (const char *) sqlite3_column_text (rows, c);

              g_string_append_printf (out, "%s|", text != NULL ? text : "<null>");
            }
          g_string_append_c (out, '\n');
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
query (WepDocument *doc,
       const char  *sql)
{
  g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (_wep_document_get_db (doc), sql, NULL);
  g_autoptr (GString) out = g_string_new (NULL);

  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, c);

          g_string_append_printf (out, "%s%s", c > 0 ? "|" : "", text != NULL ? text : "");
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
ok (gboolean result,
    GError **error)
{
  if (error != NULL)
    g_assert_no_error (*error);
  g_assert_true (result);
}

/* A plan with the municipalities whose names are hard to match. */
static WepDocument *
names_plan (void)
{
  static const char *const municipalities[][2] = {
    { "GM0373", "Bergen (NH.)" }, { "GM0893", "Bergen (L.)" },
    { "GM0796", "'s-Hertogenbosch" }, { "GM0518", "'s-Gravenhage" },
    { "GM1900", "Súdwest-Fryslân" }, { "GM0687", "Middelburg (Z.)" },
    { "GM0363", "Amsterdam" }, { "GM0193", "Zwolle" },
  };
  g_autoptr (GError) error = NULL;
  WepDocument *doc = wep_document_new ();
  gint64 prov = wep_document_add_provenance (doc, "handmatig", "test", NULL, &error);

  g_assert_cmpint (prov, >, 0);
  for (guint i = 0; i < G_N_ELEMENTS (municipalities); i++)
    {
      WepMunicipality m = { municipalities[i][0], municipalities[i][1], NULL, -1, -1, -1 };

      ok (wep_document_add_municipality (doc, &m, prov, &error), &error);
    }
  ok (wep_document_add_region (doc, "RG01", "Regio Noord", "eigen", prov, &error), &error);
  return doc;
}

static WepImportPreview *
preview_file (WepDocument  *doc,
              const char   *path,
              WepImportKind kind,
              const char   *sheet)
{
  g_autoptr (GError) error = NULL;
  WepImportPreview *preview = wep_import_table_preview (doc, path, kind, sheet, &error);

  g_assert_no_error (error);
  g_assert_nonnull (preview);
  return preview;
}

static void
assert_clean (WepImportPreview *preview,
              guint             n_rows)
{
  if (preview->rejected->len > 0)
    {
      g_autofree char *text = wep_import_preview_format (preview);

      g_test_message ("%s", text);
    }
  g_assert_cmpuint (preview->rejected->len, ==, 0);
  g_assert_cmpuint (preview->n_rows, ==, n_rows);
}

/* A rejection at line and column whose reason holds what. */
static void
assert_rejected (WepImportPreview *preview,
                 guint             line,
                 guint             column,
                 const char       *column_name,
                 const char       *what)
{
  g_autofree char *text = wep_import_preview_format (preview);

  for (guint i = 0; i < preview->rejected->len; i++)
    {
      const WepImportProblem *p = g_ptr_array_index (preview->rejected, i);

      if (p->line == line && p->column == column && strstr (p->reason, what) != NULL)
        {
          g_assert_cmpstr (p->column_name, ==, column_name);
          return;
        }
    }
  g_test_message ("%s", text);
  g_error ("no rejection at line %u, column %u with “%s”", line, column, what);
}

/* Import fails: nothing in the plan changes. */
static void
assert_not_applied (WepDocument      *doc,
                    WepImportPreview *preview)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *before = dump (doc);
  g_autofree char *after = NULL;

  g_assert_false (wep_import_apply (doc, preview, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID);
  after = dump (doc);
  g_assert_cmpstr (before, ==, after);
}

static void
apply (WepDocument      *doc,
       WepImportPreview *preview)
{
  g_autoptr (GError) error = NULL;

  ok (wep_import_apply (doc, preview, &error), &error);
}

static void
assert_error (WepDocument  *doc,
              const char   *path,
              WepImportKind kind,
              const char   *sheet,
              const char   *what)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WepImportPreview) preview = wep_import_table_preview (doc, path, kind, sheet, &error);
  g_autofree char *name = g_path_get_basename (path);

  g_assert_null (preview);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, name));
  if (strstr (error->message, what) == NULL)
    g_error ("“%s” does not say “%s”", error->message, what);
}

/* ---- numbers, dates ------------------------------------------------------ */

static void
test_numbers (void)
{
  static const struct
  {
    const char *text;
    double      dutch, english, spreadsheet;   /* NAN: not a number */
  } cases[] = {
    { "1234", 1234, 1234, 1234 },
    { "1234.5", 1234.5, 1234.5, 1234.5 },
    { "1234,5", 1234.5, 1234.5, 1234.5 },
    { "1.234,5", 1234.5, 1234.5, 1234.5 },
    { "1,234.5", 1234.5, 1234.5, 1234.5 },
    { "1.234", 1234, 1.234, 1.234 },
    { "1,234", 1.234, 1234, 1.234 },
    { "12.345", 12345, 12.345, 12.345 },
    { "0.234", 0.234, 0.234, 0.234 },
    { "1.2345", 1.2345, 1.2345, 1.2345 },
    { "1.234.567", 1234567, 1234567, 1234567 },
    { "1,234,567", 1234567, 1234567, 1234567 },
    { "1.234.567,89", 1234567.89, 1234567.89, 1234567.89 },
    { "1 234", 1234, 1234, 1234 },
    { "1\xC2\xA0" "234,5", 1234.5, 1234.5, 1234.5 },
    { "1\xE2\x80\xAF" "234\xE2\x80\xAF" "567", 1234567, 1234567, 1234567 },
    { "12,5", 12.5, 12.5, 12.5 },
    { ",5", 0.5, 0.5, 0.5 },
    { "+4", 4, 4, 4 },
    { "-3", -3, -3, -3 },
    { "007", 7, 7, 7 },
    { "abc", NAN, NAN, NAN },
    { "12 34", NAN, NAN, NAN },
    { "1.23.4", NAN, NAN, NAN },
    { "1,2,3", NAN, NAN, NAN },
    { "1.234,5.6", NAN, NAN, NAN },
    { "1 234.567,8", NAN, NAN, NAN },
    { "5.", NAN, NAN, NAN },
    { "1e5", NAN, NAN, NAN },
    { "12 stuks", NAN, NAN, NAN },
    { "€ 12", NAN, NAN, NAN },
  };
  static const WepNumberStyle styles[] = { WEP_NUMBER_DUTCH, WEP_NUMBER_ENGLISH,
                                           WEP_NUMBER_SPREADSHEET };
  double value;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
      {
        double expected = s == 0 ? cases[i].dutch : s == 1 ? cases[i].english
                                                           : cases[i].spreadsheet;
        WepNumberResult result = _wep_parse_number (cases[i].text, styles[s], &value);

        g_test_message ("“%s”, style %u", cases[i].text, s);
        if (isnan (expected))
          g_assert_cmpint (result, ==, WEP_NUMBER_NOT_A_NUMBER);
        else
          {
            g_assert_cmpint (result, ==, WEP_NUMBER_OK);
            g_assert_cmpfloat_with_epsilon (value, expected, 1e-9);
          }
      }
  g_assert_cmpint (_wep_parse_number ("3%", WEP_NUMBER_DUTCH, &value), ==, WEP_NUMBER_PERCENT);
  g_assert_cmpint (_wep_parse_number ("12,5 %", WEP_NUMBER_DUTCH, &value), ==,
                   WEP_NUMBER_PERCENT);
  g_assert_cmpint (_wep_parse_number ("a%", WEP_NUMBER_DUTCH, &value), ==,
                   WEP_NUMBER_NOT_A_NUMBER);
}

static void
test_dates (void)
{
  static const char *const cases[][2] = {
    { "2025-06-30", "2025-06-30" }, { "30-06-2025", "2025-06-30" }, { "1-7-2025", "2025-07-01" },
    { "30/06/2025", "2025-06-30" }, { "2025/06/30", "2025-06-30" }, { "30.6.2025", "2025-06-30" },
    { "2025-06-30 00:00:00", "2025-06-30" }, { "2025-06-30T12:00", "2025-06-30" },
    { "31-02-2025", NULL }, { "2025-13-01", NULL }, { "30-06-25", NULL }, { "30-06/2025", NULL },
    { "juni 2025", NULL }, { "45838", NULL }, { "2025-06-30 morgen", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *date = _wep_parse_date (cases[i][0], FALSE);

      g_assert_cmpstr (date, ==, cases[i][1]);
    }
  {
    /* Excel's serial of 2025-06-30, as a cell or as text of a spreadsheet */
    g_autofree char *from_serial = _wep_date_from_serial (45838);
    g_autofree char *from_text = _wep_parse_date ("45838", TRUE);
    g_autofree char *too_early = _wep_date_from_serial (12);

    g_assert_cmpstr (from_serial, ==, "2025-06-30");
    g_assert_cmpstr (from_text, ==, "2025-06-30");
    g_assert_null (too_early);
  }
}

/* ---- municipalities by code and name -------------------------------------- */

static void
test_names (void)
{
  /* One name per year, so that no two rows are the same plan. */
  static const char *const accepted[][2] = {
    { "Bergen (NH.)", "GM0373" }, { "bergen nh", "GM0373" }, { "BERGEN (L)", "GM0893" },
    { "Den Bosch", "GM0796" }, { "s-Hertogenbosch", "GM0796" }, { "'s-Hertogenbosch", "GM0796" },
    { "Den Haag", "GM0518" }, { "'s-Gravenhage", "GM0518" }, { "Sudwest Fryslan", "GM1900" },
    { "SÚDWEST-FRYSLÂN", "GM1900" }, { "Middelburg", "GM0687" }, { "Middelburg (Z.)", "GM0687" },
    { "GM0363", "GM0363" }, { "0363", "GM0363" }, { "363", "GM0363" }, { "gm363", "GM0363" },
    { "Gemeente Amsterdam", "GM0363" }, { " Zwolle ", "GM0193" },
  };
  g_autoptr (WepDocument) doc = names_plan ();
  g_autoptr (GString) csv = g_string_new ("gemeente;jaar;woonvorm;aantal\n");
  g_autoptr (GString) expected = g_string_new (NULL);
  g_autoptr (WepImportPreview) preview = NULL;
  g_autoptr (WepImportPreview) bad = NULL;
  g_autofree char *path = NULL, *bad_path = NULL, *got = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_string_append_printf (csv, "%s;%u;hf;1\n", accepted[i][0], 2030 + i);
      g_string_append_printf (expected, "%s|%u\n", accepted[i][1], 2030 + i);
    }
  path = write_text ("names.csv", csv->str);
  preview = preview_file (doc, path, WEP_IMPORT_PLANS, NULL);
  assert_clean (preview, G_N_ELEMENTS (accepted));
  apply (doc, preview);
  got = query (doc, "SELECT municipality, year FROM plans ORDER BY year");
  g_assert_cmpstr (got, ==, expected->str);

  bad_path = write_text ("names-bad.csv", "gemeente;jaar;woonvorm;aantal\n"
                                          "Bergen;2027;hf;1\n"
                                          "Amsterdm;2027;hf;1\n"
                                          "Bergen (X.);2027;hf;1\n"
                                          "GM9999;2027;hf;1\n"
                                          "Xyzzyqwv;2027;hf;1\n"
                                          "GM0193;2027;hf;1\n");
  bad = preview_file (doc, bad_path, WEP_IMPORT_PLANS, NULL);
  g_assert_cmpuint (bad->rejected->len, ==, 5);
  assert_rejected (bad, 2, 1, "gemeente", "“Bergen” is ambiguous");
  assert_rejected (bad, 2, 1, "gemeente", "GM0373 Bergen (NH.), GM0893 Bergen (L.)");
  assert_rejected (bad, 3, 1, "gemeente", "the closest: GM0363 Amsterdam");
  assert_rejected (bad, 4, 1, "gemeente", "GM0373 Bergen (NH.), GM0893 Bergen (L.)");
  assert_rejected (bad, 5, 1, "gemeente", "GM9999 is not a municipality of the plan");
  assert_rejected (bad, 6, 1, "gemeente", "“Xyzzyqwv” is not a municipality of the plan");
  assert_not_applied (doc, bad);
}

/* ---- CSV variants ---------------------------------------------------------- */

/* The same three plans, as each kind of CSV writes them. */
static void
check_variant (const char *name,
               const char *bytes,
               gssize      length)
{
  g_autoptr (WepDocument) doc = names_plan ();
  g_autofree char *path = write_bytes (name, bytes, length);
  g_autoptr (WepImportPreview) preview = preview_file (doc, path, WEP_IMPORT_PLANS, NULL);
  g_autofree char *got = NULL;

  g_test_message ("%s", name);
  assert_clean (preview, 3);
  apply (doc, preview);
  got = query (doc, "SELECT municipality, year, pathway, units, status, source_document, note "
                    "FROM plans ORDER BY municipality");
  g_assert_cmpstr (got, ==,
                   "GM0193|2027|hf|1234.5|gepland|Visie; deel 2|\n"
                   "GM0363|2028|ind|12.5|in_aanbouw|Brief|\n"
                   "GM1900|2029|grp|1234.0|gerealiseerd|Woonvisie Súdwest-Fryslân|regel een\n"
                   "regel twee\n");
}

static void
test_csv_variants (void)
{
  static const char semicolon[] =
    "gemeente;jaar;woonvorm;aantal;status;bron;opmerking\n"
    "Zwolle;2027;hf;1.234,5;gepland;\"Visie; deel 2\";\n"
    "Amsterdam;2028;ind;12,5;in aanbouw;Brief;\n"
    "Súdwest-Fryslân;2029;grp;1.234;gerealiseerd;Woonvisie Súdwest-Fryslân;\"regel een\n"
    "regel twee\"\n";
  static const char comma[] =
    "gemeente,jaar,woonvorm,aantal,status,bron,opmerking\n"
    "Zwolle,2027,hf,\"1,234.5\",gepland,\"Visie; deel 2\",\n"
    "Amsterdam,2028,ind,\"12,5\",in aanbouw,Brief,\n"
    "Súdwest-Fryslân,2029,grp,1234,gerealiseerd,Woonvisie Súdwest-Fryslân,\"regel een\n"
    "regel twee\"\n";
  static const char tab[] =
    "gemeente\tjaar\twoonvorm\taantal\tstatus\tbron\topmerking\n"
    "Zwolle\t2027\thf\t1 234,5\tgepland\tVisie; deel 2\t\n"
    "Amsterdam\t2028\tind\t12.5\tin aanbouw\tBrief\t\n"
    "Súdwest-Fryslân\t2029\tgrp\t1.234\tgerealiseerd\tWoonvisie Súdwest-Fryslân\t\"regel een\n"
    "regel twee\"\n";
  g_autofree char *bom = g_strconcat ("\xEF\xBB\xBF", semicolon, NULL);
  g_autofree char *crlf = NULL;
  g_autofree char *cp1252 = NULL;
  g_autofree char *utf16 = NULL;
  gsize n_cp1252 = 0, n_utf16 = 0;
  g_auto (GStrv) lines = g_strsplit (bom, "\n", -1);

  crlf = g_strjoinv ("\r\n", lines);
  cp1252 = g_convert (semicolon, -1, "WINDOWS-1252", "UTF-8", NULL, &n_cp1252, NULL);
  g_assert_nonnull (cp1252);
  /* ú and â are one byte each: 0xFA and 0xE2 */
  g_assert_nonnull (memchr (cp1252, 0xFA, n_cp1252));
  g_assert_false (g_utf8_validate (cp1252, n_cp1252, NULL));
  utf16 = g_convert (bom, -1, "UTF-16LE", "UTF-8", NULL, &n_utf16, NULL);
  g_assert_nonnull (utf16);
  {
    /* Excel's "Unicode text": UTF-16LE with a BOM of its own */
    g_autofree char *with_bom = g_malloc (n_utf16);

    memcpy (with_bom, utf16, n_utf16);
    g_assert_cmpint ((guchar) with_bom[0], ==, 0xFF);
    g_assert_cmpint ((guchar) with_bom[1], ==, 0xFE);
    check_variant ("utf16.csv", with_bom, n_utf16);
  }

  check_variant ("semicolon.csv", semicolon, -1);
  check_variant ("comma.csv", comma, -1);
  check_variant ("tab.tsv", tab, -1);
  check_variant ("bom.csv", bom, -1);
  check_variant ("crlf.csv", crlf, -1);
  check_variant ("cp1252.csv", cp1252, n_cp1252);
  check_variant ("noext", semicolon, -1);
}

/* Lines as the file numbers them: a quoted field across lines, an empty
 * line, CRLF; fully empty rows are skipped without a word. */
static void
test_line_numbers (void)
{
  g_autoptr (WepDocument) doc = names_plan ();
  g_autofree char *path = write_text ("lines.csv",
                                      "gemeente;jaar;woonvorm;aantal;opmerking\r\n"
                                      "Zwolle;2027;hf;1;\"een\r\ntwee\r\ndrie\"\r\n"
                                      "\r\n"
                                      ";;;;\r\n"
                                      "Amsterdam;2027;hf;veel;\r\n"
                                      "Zwolle;2028;hf;2;\"met \"\"aanhalingstekens\"\"\"\r\n"
                                      "Zwolle;2027;hf;3;\r\n");
  g_autoptr (WepImportPreview) preview = preview_file (doc, path, WEP_IMPORT_PLANS, NULL);

  g_assert_cmpuint (preview->n_rows, ==, 4);
  g_assert_cmpuint (preview->rejected->len, ==, 2);
  assert_rejected (preview, 7, 4, "aantal", "“veel” is not a number");
  assert_rejected (preview, 9, 1, "gemeente", "duplicate: line 2 has the same municipality, "
                                              "year and pathway");
  g_assert_cmpstr (g_ptr_array_index (preview->understood, 0), ==,
                   "line 2: GM0193 Zwolle, 2027, hf: 1 units (gepland)");
  g_assert_true (g_str_has_prefix (g_ptr_array_index (preview->understood, 1), "line 8: "));
  assert_not_applied (doc, preview);
}

/* ---- XLSX and ODS ----------------------------------------------------------- */

typedef struct
{
  const char   *name;
  OGRFieldType  type;
} Field;

/* A sheet through GDAL: values[row][field] as text, "" for an empty cell. */
static void
add_sheet (GDALDatasetH       ds,
           const char        *sheet,
           const Field       *fields,
           guint              n_fields,
           const char *const *values,
           guint              n_rows)
{
  OGRLayerH layer = GDALDatasetCreateLayer (ds, sheet, NULL, wkbNone, NULL);

  g_assert_nonnull (layer);
  for (guint f = 0; f < n_fields; f++)
    {
      OGRFieldDefnH defn = OGR_Fld_Create (fields[f].name, fields[f].type);

      g_assert_cmpint (OGR_L_CreateField (layer, defn, TRUE), ==, OGRERR_NONE);
      OGR_Fld_Destroy (defn);
    }
  for (guint r = 0; r < n_rows; r++)
    {
      OGRFeatureH feature = OGR_F_Create (OGR_L_GetLayerDefn (layer));

      for (guint f = 0; f < n_fields; f++)
        {
          const char *value = values[r * n_fields + f];

          if (*value == '\0')
            continue;
          if (fields[f].type == OFTDate)
            {
              int y, m, d;

              g_assert_cmpint (sscanf (value, "%d-%d-%d", &y, &m, &d), ==, 3);
              OGR_F_SetFieldDateTime (feature, f, y, m, d, 0, 0, 0, 0);
            }
          else if (fields[f].type == OFTReal)
            OGR_F_SetFieldDouble (feature, f, g_ascii_strtod (value, NULL));
          else
            OGR_F_SetFieldString (feature, f, value);
        }
      g_assert_cmpint (OGR_L_CreateFeature (layer, feature), ==, OGRERR_NONE);
      OGR_F_Destroy (feature);
    }
}

/* A workbook: "Plannen" (typed numbers and dates, a text cell with a
 * decimal comma, a bad row 4) and "Cijfers" (figures of a new
 * municipality). */
static char *
write_workbook (const char  *driver_name,
                const char  *file_name,
                OGRFieldType date_type)
{
  static const char *const plans[] = {
    "Zwolle", "2027", "hf", "12.5", "45838", "Visie",
    "GM0363", "2028", "Housing First", "3", "45839", "",
    "Amsterdam", "2029", "ind", "-1", "", "",
    "Middelburg (Z.)", "2030", "grp", "7", "", "",
  };
  static const char *const plans_iso[] = {
    "Zwolle", "2027", "hf", "12.5", "2025-06-30", "Visie",
    "GM0363", "2028", "Housing First", "3", "2025-07-01", "",
    "Amsterdam", "2029", "ind", "-1", "", "",
    "Middelburg (Z.)", "2030", "grp", "7", "", "",
  };
  static const char *const figures[] = {
    "GM0344", "Utrecht", "361966", "2026", "12,5",
    "GM0193", "", "132000", "2026", "1200",
  };
  const Field plan_fields[] = {
    { "Gemeente", OFTString }, { "Jaar", OFTInteger }, { "Woonvorm", OFTString },
    { "Aantal", OFTReal }, { "Datum bron", date_type }, { "Bron", OFTString },
  };
  const Field figure_fields[] = {
    { "gemeentecode", OFTString }, { "gemeentenaam", OFTString }, { "inwoners", OFTInteger },
    { "jaar", OFTInteger }, { "verhuringen", OFTString },
  };
  GDALDriverH driver = GDALGetDriverByName (driver_name);
  char *path = wep_test_tmp_path (file_name);
  GDALDatasetH ds;

  g_assert_nonnull (driver);
  ds = GDALCreate (driver, path, 0, 0, 0, GDT_Unknown, NULL);
  g_assert_nonnull (ds);
  add_sheet (ds, "Plannen", plan_fields, G_N_ELEMENTS (plan_fields),
             date_type == OFTDate ? plans_iso : plans, 4);
  add_sheet (ds, "Cijfers", figure_fields, G_N_ELEMENTS (figure_fields), figures, 2);
  GDALClose (ds);
  return path;
}

static void
check_workbook (const char  *driver_name,
                const char  *file_name,
                OGRFieldType date_type)
{
  g_autoptr (WepDocument) doc = names_plan ();
  g_autofree char *path = write_workbook (driver_name, file_name, date_type);
  g_autoptr (WepImportPreview) plans = preview_file (doc, path, WEP_IMPORT_PLANS, NULL);
  g_autoptr (WepImportPreview) figures = NULL;
  g_autofree char *got = NULL;
  g_autoptr (GError) error = NULL;
  WepImportKind kind;

  g_test_message ("%s", file_name);
  g_assert_cmpstr (plans->sheet, ==, "Plannen");
  g_assert_cmpuint (plans->n_rows, ==, 4);
  /* The header is row 1: the third plan is row 4. */
  g_assert_cmpuint (plans->rejected->len, ==, 1);
  assert_rejected (plans, 4, 4, "Aantal", "“-1” is negative");
  assert_not_applied (doc, plans);

  figures = preview_file (doc, path, WEP_IMPORT_FIGURES, "Cijfers");
  assert_clean (figures, 2);
  g_assert_cmpstr (figures->sheet, ==, "Cijfers");
  apply (doc, figures);
  got = query (doc, "SELECT m.code, m.name, m.population, l.year, l.lettings "
                    "FROM municipalities m JOIN municipality_lettings l ON l.municipality = m.code "
                    "ORDER BY m.code");
  g_assert_cmpstr (got, ==, "GM0193|Zwolle|132000|2026|1200.0\n"
                            "GM0344|Utrecht|361966|2026|12.5\n");

  g_assert_true (wep_import_table_guess_kind (path, NULL, &kind, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kind, ==, WEP_IMPORT_PLANS);
  g_assert_true (wep_import_table_guess_kind (path, "Cijfers", &kind, &error));
  g_assert_cmpint (kind, ==, WEP_IMPORT_FIGURES);

  assert_error (doc, path, WEP_IMPORT_PLANS, "Bestaat niet",
                "has no sheet “Bestaat niet”; its sheets are: “Plannen”, “Cijfers”");

  /* The sheets to choose from, in the file's order. */
  {
    g_auto (GStrv) sheets = wep_import_list_sheets (path, WEP_IMPORT_PLANS, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (sheets), ==, 2);
    g_assert_cmpstr (sheets[0], ==, "Plannen");
    g_assert_cmpstr (sheets[1], ==, "Cijfers");
  }
}

static void
test_workbooks (void)
{
  g_autoptr (WepDocument) doc = names_plan ();
  g_autofree char *xlsx = NULL;
  g_autofree char *ods = NULL;

  check_workbook ("XLSX", "plans.xlsx", OFTReal);
  check_workbook ("ODS", "plans.ods", OFTDate);

  /* The good rows of the first sheet: dates typed or as Excel serials. */
  xlsx = wep_test_tmp_path ("plans.xlsx");
  ods = wep_test_tmp_path ("plans.ods");
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (WepDocument) plan = names_plan ();
      g_autoptr (WepImportPreview) preview = preview_file (plan, i == 0 ? xlsx : ods,
                                                           WEP_IMPORT_PLANS, NULL);
      g_autoptr (GString) lines = g_string_new (NULL);

      for (guint l = 0; l < preview->understood->len; l++)
        g_string_append_printf (lines, "%s\n", (char *) g_ptr_array_index (preview->understood, l));
      g_assert_cmpuint (preview->understood->len, ==, 3);
      g_assert_true (g_str_has_prefix (lines->str, "line 2: GM0193 Zwolle, 2027, hf: 12.5 units"));
      g_assert_nonnull (strstr (lines->str, "line 3: GM0363 Amsterdam, 2028, hf: 3 units"));
      g_assert_nonnull (strstr (lines->str, "line 5: GM0687 Middelburg (Z.), 2030, grp"));
    }
  {
    /* The same, without the bad row, into the plan: the serial is a date. */
    const Field fields[] = { { "gemeente", OFTString }, { "jaar", OFTString },
                             { "woonvorm", OFTString }, { "aantal", OFTString },
                             { "datum bron", OFTReal } };
    static const char *const values[] = { "Zwolle", "2027", "hf", "1.234,5", "45838" };
    g_autofree char *path = wep_test_tmp_path ("text.xlsx");
    GDALDatasetH ds = GDALCreate (GDALGetDriverByName ("XLSX"), path, 0, 0, 0, GDT_Unknown,
                                  NULL);
    g_autoptr (WepImportPreview) preview = NULL;
    g_autofree char *got = NULL;

    add_sheet (ds, "Blad1", fields, G_N_ELEMENTS (fields), values, 1);
    GDALClose (ds);
    preview = preview_file (doc, path, WEP_IMPORT_PLANS, NULL);
    assert_clean (preview, 1);
    apply (doc, preview);
    got = query (doc, "SELECT units, source_date FROM plans");
    g_assert_cmpstr (got, ==, "1234.5|2025-06-30\n");
  }
}

/* ---- malformed files ----------------------------------------------------------- */

static void
test_malformed (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autofree char *before = dump (doc);
  g_autofree char *after = NULL;
  g_autofree char *pipe = write_text ("pipe.csv", "gemeente|jaar|woonvorm|aantal\n"
                                                  "Zwolle|2027|hf|1\n");
  g_autofree char *missing = write_text ("missing.csv", "gemeente;jaar;aantal\nZwolle;2027;1\n");
  g_autofree char *twice = write_text ("twice.csv", "gemeente;jaar;woonvorm;aantal;gemeentecode\n"
                                                    "Zwolle;2027;hf;1;GM0193\n");
  g_autofree char *empty = write_text ("empty.csv", "");
  g_autofree char *blank = write_text ("blank.csv", "\xEF\xBB\xBF \r\n\r\n");
  g_autofree char *header_only = write_text ("header.csv", "gemeente;jaar;woonvorm;aantal\r\n");
  g_autofree char *empty_rows = write_text ("empty-rows.csv", "gemeente;jaar;woonvorm;aantal\n"
                                                              ";;;\n ; ; ; \n");
  g_autofree char *first_empty = write_text ("first-empty.csv", "\ngemeente;jaar;woonvorm;aantal\n"
                                                                "Zwolle;2027;hf;1\n");
  g_autofree char *sheet_csv = write_text ("sheet.csv", "gemeente;jaar;woonvorm;aantal\n"
                                                        "Zwolle;2027;hf;1\n");
  g_autofree char *garbage = NULL, *printable = NULL, *truncated = NULL, *xls = NULL;
  g_autofree char *xlsx_path = write_workbook ("XLSX", "whole.xlsx", OFTReal);
  g_autofree char *xlsx = NULL;
  g_autoptr (GRand) rand = g_rand_new_with_seed (4);
  char bytes[4096], text[4096];
  gsize xlsx_length = 0;

  for (guint i = 0; i < sizeof bytes; i++)
    {
      bytes[i] = g_rand_int_range (rand, 0, 256);
      text[i] = " ;,\n\"abcxyz0123456789"[g_rand_int_range (rand, 0, 21)];
    }
  text[0] = 'a';
  garbage = write_bytes ("garbage.csv", bytes, sizeof bytes);
  printable = write_bytes ("printable.csv", text, sizeof text);
  xls = write_bytes ("old.xls", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest of it", 20);
  g_file_get_contents (xlsx_path, &xlsx, &xlsx_length, NULL);
  g_assert_cmpuint (xlsx_length, >, 400);
  truncated = write_bytes ("truncated.xlsx", xlsx, xlsx_length / 2);

  assert_error (doc, pipe, WEP_IMPORT_PLANS, NULL,
                "the columns “gemeente”, “jaar”, “woonvorm”, “aantal” are missing");
  assert_error (doc, pipe, WEP_IMPORT_PLANS, NULL, "Only one column was found");
  assert_error (doc, missing, WEP_IMPORT_PLANS, NULL,
                "the column “woonvorm” is missing (plans files need it); the columns found "
                "are: “gemeente”, “jaar”, “aantal”");
  assert_error (doc, twice, WEP_IMPORT_PLANS, NULL,
                "column 1 (gemeente) and column 5 (gemeentecode) are both “gemeente”");
  assert_error (doc, empty, WEP_IMPORT_PLANS, NULL, "is empty");
  assert_error (doc, blank, WEP_IMPORT_PLANS, NULL, "is empty");
  assert_error (doc, header_only, WEP_IMPORT_PLANS, NULL, "has no data rows");
  assert_error (doc, empty_rows, WEP_IMPORT_PLANS, NULL, "has no data rows");
  assert_error (doc, first_empty, WEP_IMPORT_PLANS, NULL, "the first line is empty");
  assert_error (doc, sheet_csv, WEP_IMPORT_PLANS, "Blad1", "is a CSV file, which has no sheets");
  assert_error (doc, garbage, WEP_IMPORT_PLANS, NULL, "it holds binary data");
  assert_error (doc, printable, WEP_IMPORT_PLANS, NULL, "are missing");
  assert_error (doc, xls, WEP_IMPORT_PLANS, NULL, "old Excel file");
  assert_error (doc, truncated, WEP_IMPORT_PLANS, NULL, "could not be read as XLSX");
  {
    g_autofree char *nowhere = wep_test_tmp_path ("nowhere.csv");

    assert_error (doc, nowhere, WEP_IMPORT_PLANS, NULL, "Could not open");
    /* Nor are there sheets to list. */
    {
      g_autoptr (GError) error = NULL;
      g_auto (GStrv) sheets = wep_import_list_sheets (nowhere, WEP_IMPORT_PLANS, &error);

      g_assert_null (sheets);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "nowhere.csv"));
    }
  }
  /* A CSV file has no sheets to choose from. */
  {
    g_autoptr (GError) error = NULL;
    g_auto (GStrv) sheets = wep_import_list_sheets (sheet_csv, WEP_IMPORT_PLANS, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (sheets), ==, 0);
  }

  /* Every class of bad cell, each at its line and column. */
  {
    g_autofree char *path = write_text ("cells.csv",
                                        "gemeente;jaar;woonvorm;aantal;status;datum bron\n"
                                        "Zwolle;2027;hf;twaalf;gepland;2025-06-30\n"
                                        "Zwolle;1999;hf;1;;\n"
                                        "Zwolle;2028;woning;1;;\n"
                                        "Zwolle;2029;hf;-4;;\n"
                                        "Zwolle;2030;hf;5%;;\n"
                                        "Zwolle;2031;hf;1;klaar?;\n"
                                        "Zwolle;2032;hf;1;;30 juni\n"
                                        ";2033;hf;1;;\n"
                                        "Zwole;2034;hf;1;;\n"
                                        "Kampen;2027;hf;1;;\n"
                                        "GM0166;2027;hf;2;;\n"
                                        "Zwolle;tweeduizend;hf;1;;\n");
    g_autoptr (WepImportPreview) preview = preview_file (doc, path, WEP_IMPORT_PLANS, NULL);

    assert_rejected (preview, 2, 4, "aantal", "“twaalf” is not a number");
    assert_rejected (preview, 3, 2, "jaar", "“1999” is not a year from 2000 to 2100");
    assert_rejected (preview, 4, 3, "woonvorm", "“woning” is not a pathway");
    assert_rejected (preview, 5, 4, "aantal", "“-4” is negative");
    assert_rejected (preview, 6, 4, "aantal", "“5%” is a percentage");
    assert_rejected (preview, 7, 5, "status", "“klaar?” is not a status");
    assert_rejected (preview, 8, 6, "datum bron", "“30 juni” is not a date");
    assert_rejected (preview, 9, 1, "gemeente", "the cell is empty");
    assert_rejected (preview, 10, 1, "gemeente", "the closest: GM0193 Zwolle");
    assert_rejected (preview, 12, 1, "gemeente", "duplicate: line 11 has the same");
    assert_rejected (preview, 13, 2, "jaar", "“tweeduizend” is not a year");
    g_assert_cmpuint (preview->rejected->len, ==, 11);
    g_assert_cmpuint (preview->understood->len, ==, 1);
    assert_not_applied (doc, preview);
  }

  after = dump (doc);
  g_assert_cmpstr (before, ==, after);
}

/* Truncated and damaged workbooks, random text: an error or a preview,
 * never a crash or a hang, and the plan untouched. */
static void
test_hostile (void)
{
  static const char alphabet[] = "gemente;jaar,woonvorm\taantal\"\r\n 0123456789.,%-\xC3\xA9\xFA";
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (7);
  g_autofree char *before = dump (doc);
  g_autofree char *after = NULL;
  const char *drivers[][2] = { { "XLSX", "hostile.xlsx" }, { "ODS", "hostile.ods" } };

  for (guint d = 0; d < G_N_ELEMENTS (drivers); d++)
    {
      g_autofree char *path = write_workbook (drivers[d][0], drivers[d][1], OFTReal);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_file_get_contents (path, &contents, &length, NULL);
      g_assert_cmpuint (length, >, 100);
      for (guint i = 0; i < 30; i++)
        {
          g_autofree char *copy = g_memdup2 (contents, length);
          g_autofree char *damaged = NULL;
          g_autoptr (WepImportPreview) preview = NULL;
          g_autoptr (GError) error = NULL;
          gsize n = i < 10 ? length * i / 10 : length;

          /* Past the ZIP signature, so that GDAL is asked to read it. */
          for (guint k = 0; i >= 10 && k < 1 + i / 3; k++)
            copy[g_rand_int_range (rand, 4, length)] = g_rand_int_range (rand, 0, 256);
          damaged = write_bytes (drivers[d][1], copy, MAX (n, 4));
          preview = wep_import_table_preview (doc, damaged, WEP_IMPORT_PLANS, NULL, &error);
          g_assert_true ((preview == NULL) != (error == NULL));
          if (preview != NULL)
            g_assert_false (wep_import_apply (doc, preview, NULL));
        }
    }
  for (guint i = 0; i < 60; i++)
    {
      gsize n = g_rand_int_range (rand, 1, 3000);
      g_autofree char *text = g_malloc (n);
      g_autofree char *path = NULL;

      for (gsize k = 0; k < n; k++)
        text[k] = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
      path = write_bytes ("hostile.csv", text, n);
      for (WepImportKind kind = 0; kind < WEP_IMPORT_BOUNDARIES; kind++)
        {
          g_autoptr (GError) error = NULL;
          g_autoptr (WepImportPreview) preview =
            wep_import_table_preview (doc, path, kind, NULL, &error);

          g_assert_true ((preview == NULL) != (error == NULL));
        }
    }
  after = dump (doc);
  g_assert_cmpstr (before, ==, after);
}

/* One bad row among twenty: nothing; the nineteen alone: all of them. A
 * failure while writing undoes the rows written before it. */
static void
test_all_or_nothing (void)
{
  static const char *const codes[] = { "GM0193", "GM0166", "GM0177", "GM0148", "GM0269",
                                       "GM0230", "GM1896", "GM0246", "GM1773", "GM0180" };
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GString) csv = g_string_new ("gemeente;jaar;groep;aantal\n");
  g_autoptr (WepImportPreview) bad = NULL;
  g_autoptr (WepImportPreview) good = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *bad_path = NULL, *good_path = NULL;
  g_autofree char *before = dump (doc), *after = NULL;

  for (guint i = 0; i < 20; i++)
    g_string_append_printf (csv, "%s;%u;uitstroom_mo_bw;%u\n", codes[i % 10], 2026 + i / 10,
                            i + 1);
  good_path = write_text ("twenty-good.csv", csv->str);
  g_string_replace (csv, "GM0230;2027;uitstroom_mo_bw;16", "GM0230;2027;uitstroom_mo_bw;zestien",
                    1);
  bad_path = write_text ("twenty-bad.csv", csv->str);

  bad = preview_file (doc, bad_path, WEP_IMPORT_ALLOCATIONS, NULL);
  g_assert_cmpuint (bad->n_rows, ==, 20);
  g_assert_cmpuint (bad->understood->len, ==, 19);
  g_assert_cmpuint (bad->rejected->len, ==, 1);
  assert_rejected (bad, 17, 4, "aantal", "“zestien” is not a number");
  assert_not_applied (doc, bad);
  after = dump (doc);
  g_assert_cmpstr (before, ==, after);

  /* Written into the plan, the last row fails: its municipality is gone. */
  good = preview_file (doc, good_path, WEP_IMPORT_ALLOCATIONS, NULL);
  assert_clean (good, 20);
  ok (_wep_sqlite_exec (_wep_document_get_db (doc),
                        "DELETE FROM municipalities WHERE code = 'GM0180'", &error), &error);
  g_clear_pointer (&before, g_free);
  before = dump (doc);
  g_assert_false (wep_import_apply (doc, good, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "twenty-good.csv, line 11"));
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);
  after = dump (doc);
  g_assert_cmpstr (before, ==, after);
}

/* A corrected file replaces the counted values; the old rows stay,
 * uncounted, with their provenance. */
static void
test_reimport (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autofree char *first = write_text ("plan-v1.csv", "gemeente;jaar;woonvorm;aantal\n"
                                                      "Zwolle;2027;hf;12\n");
  g_autofree char *second = write_text ("plan-v2.csv", "gemeente;jaar;woonvorm;aantal\n"
                                                       "Zwolle;2027;hf;15\n");
  g_autofree char *figures = write_text ("figures-v2.csv",
                                         "gemeente;inwoners;jaar;verhuringen\n"
                                         "Zwolle;133000;2026;1300\n");
  g_autofree char *regions = write_text ("regions-v2.csv",
                                         "regio;jaar;instroom\nCG0193;2026;590\n");
  g_autofree char *got = NULL;
  g_autoptr (WepImportPreview) p1 = preview_file (doc, first, WEP_IMPORT_PLANS, NULL);
  g_autoptr (WepImportPreview) p2 = NULL;
  g_autoptr (WepImportPreview) p3 = NULL;
  g_autoptr (WepImportPreview) p4 = NULL;
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (GError) error = NULL;

  assert_clean (p1, 1);
  g_assert_cmpstr (g_ptr_array_index (p1->understood, 0), ==,
                   "line 2: GM0193 Zwolle, 2027, hf: 12 units (gepland) (replaces 7 from "
                   "Ingebouwd voorbeeld, illustratieve cijfers)");
  apply (doc, p1);
  p2 = preview_file (doc, second, WEP_IMPORT_PLANS, NULL);
  g_assert_cmpstr (g_ptr_array_index (p2->understood, 0), ==,
                   "line 2: GM0193 Zwolle, 2027, hf: 15 units (gepland) (replaces 12 from "
                   "plan-v1.csv)");
  apply (doc, p2);
  got = query (doc, "SELECT p.units, p.counted, v.source FROM plans p "
                    "JOIN provenance v ON v.id = p.provenance_id "
                    "WHERE municipality = 'GM0193' AND year = 2027 AND pathway = 'hf' "
                    "ORDER BY p.provenance_id");
  g_assert_cmpstr (got, ==, "7.0|0|Ingebouwd voorbeeld, illustratieve cijfers\n"
                            "12.0|0|plan-v1.csv\n"
                            "15.0|1|plan-v2.csv\n");

  p3 = preview_file (doc, figures, WEP_IMPORT_FIGURES, NULL);
  g_assert_cmpstr (g_ptr_array_index (p3->understood, 0), ==,
                   "line 2: GM0193 Zwolle: inwoners 133000 (was 132000), verhuringen 2026: 1300 "
                   "(replaces 1210 from Ingebouwd voorbeeld, illustratieve cijfers)");
  apply (doc, p3);
  g_clear_pointer (&got, g_free);
  got = query (doc, "SELECT m.population, v.source FROM municipalities m "
                    "JOIN provenance v ON v.id = m.provenance_id WHERE code = 'GM0193'");
  g_assert_cmpstr (got, ==, "133000|figures-v2.csv\n");
  g_clear_pointer (&got, g_free);
  got = query (doc, "SELECT lettings, counted FROM municipality_lettings "
                    "WHERE municipality = 'GM0193' AND year = 2026 ORDER BY provenance_id");
  g_assert_cmpstr (got, ==, "1210.0|0\n1300.0|1\n");

  p4 = preview_file (doc, regions, WEP_IMPORT_REGION_FIGURES, NULL);
  assert_clean (p4, 1);
  apply (doc, p4);
  /* The scenario reads the counted rows. */
  input = wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (wep_model_input_region (input, 0)->yearly[WEP_Y_INFLOW][0], ==, 590);
}

/* Figures may add a municipality (code and name); the name beside a code
 * must be that municipality. */
static void
test_figures (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autofree char *path = write_text ("figures.csv",
                                      "gemeentecode;gemeentenaam;inwoners;huishoudens;jaar;"
                                      "verhuringen\n"
                                      "GM0344;Utrecht;361.966;.;2026;1.500\n"
                                      "GM0344;Utrecht;361966;;2027;1.600\n"
                                      "GM0193;Kampen;1;;;\n"
                                      "GM0999;;1;;;\n"
                                      "GM0166;Kampen;;;;10\n"
                                      "GM0177;Raalte;;;;\n"
                                      "GM0344;Utrecht;360000;;2028;\n");
  g_autoptr (WepImportPreview) preview = preview_file (doc, path, WEP_IMPORT_FIGURES, NULL);
  g_autoptr (WepImportPreview) good = NULL;
  g_autofree char *got = NULL;
  g_autofree char *good_path = NULL;

  assert_rejected (preview, 4, 2, "gemeentenaam", "“Kampen” is GM0166 in the plan, not GM0193");
  assert_rejected (preview, 5, 1, "gemeentecode",
                   "GM0999 is not a municipality of the plan; give its name");
  assert_rejected (preview, 6, 6, "verhuringen", "lettings need a year");
  assert_rejected (preview, 8, 3, "inwoners", "360000, but line 2 gives 361966");
  g_assert_cmpuint (preview->rejected->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (preview->understood, 0), ==,
                   "line 2: GM0344 Utrecht (new municipality): inwoners 361966, "
                   "verhuringen 2026: 1500");
  g_assert_cmpstr (g_ptr_array_index (preview->understood, 2), ==,
                   "line 7: GM0177 Raalte: no figures, nothing to import");
  assert_not_applied (doc, preview);

  good_path = write_text ("figures-good.csv",
                          "gemeentecode;gemeentenaam;inwoners;huishoudens;jaar;verhuringen\n"
                          "GM0344;Utrecht;361.966;.;2026;1.500\n"
                          "GM0344;Utrecht;361966;;2027;1.600\n");
  good = preview_file (doc, good_path, WEP_IMPORT_FIGURES, NULL);
  assert_clean (good, 2);
  apply (doc, good);
  got = query (doc, "SELECT m.name, m.population, m.households, l.year, l.lettings "
                    "FROM municipalities m JOIN municipality_lettings l "
                    "ON l.municipality = m.code WHERE m.code = 'GM0344' ORDER BY l.year");
  g_assert_cmpstr (got, ==, "Utrecht|361966||2026|1500.0\nUtrecht|361966||2027|1600.0\n");
}

/* Regions and memberships; one region per kind per municipality. */
static void
test_regions (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autofree char *path = write_text ("regions.csv",
                                      "gemeente,regio,regionaam,soort\n"
                                      "Zwolle,WMR01,Woningmarkt Noord,woningmarktregio\n"
                                      "Kampen,WMR01,,Woningmarktregio\n"
                                      "Zwolle,WMR02,Woningmarkt Oost,woningmarktregio\n"
                                      "Raalte,CG0193,,woningmarktregio\n"
                                      "Dalfsen,WMR01,,provincie\n"
                                      "Kampen,WMR01,,woningmarktregio\n"
                                      "Heerde,WMR01,Andere naam,woningmarktregio\n"
                                      "Hattem,cg0193,,centrumgemeente\n"
                                      "Elburg,EIGEN1,Mijn indeling,eigen\n"
                                      "Staphorst,WMR03,,regio\n");
  g_autoptr (WepImportPreview) preview = preview_file (doc, path, WEP_IMPORT_REGIONS, NULL);
  g_autofree char *good = NULL;
  g_autoptr (WepImportPreview) good_preview = NULL;
  g_autofree char *got = NULL;

  assert_rejected (preview, 4, 2, "regio", "line 2 puts this municipality in region WMR01");
  assert_rejected (preview, 5, 4, "soort", "region CG0193 is a centrumgemeente in the plan");
  assert_rejected (preview, 6, 4, "soort", "region WMR01 is a woningmarktregio on line 2");
  assert_rejected (preview, 7, 1, "gemeente", "duplicate: line 3 has the same municipality");
  assert_rejected (preview, 8, 3, "regionaam", "region WMR01 is called “Woningmarkt Noord”");
  assert_rejected (preview, 11, 4, "soort", "“regio” is not a kind of region");
  g_assert_cmpuint (preview->rejected->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (preview->understood, 0), ==,
                   "line 2: GM0193 Zwolle in WMR01 Woningmarkt Noord (woningmarktregio), "
                   "a new region");
  g_assert_cmpstr (g_ptr_array_index (preview->understood, 2), ==,
                   "line 9: GM0244 Hattem in CG0193 Voorbeeldregio (illustratief) "
                   "(centrumgemeente), already in the plan");
  assert_not_applied (doc, preview);

  good = write_text ("regions-good.csv", "gemeente,regio,regionaam,soort\n"
                                         "Zwolle,WMR01,Woningmarkt Noord,woningmarktregio\n"
                                         "Kampen,WMR01,,woningmarktregio\n"
                                         "Hattem,cg0193,,centrumgemeente\n"
                                         "Elburg,EIGEN1,Mijn indeling,eigen\n");
  good_preview = preview_file (doc, good, WEP_IMPORT_REGIONS, NULL);
  assert_clean (good_preview, 4);
  apply (doc, good_preview);
  got = query (doc, "SELECT r.code, r.name, r.kind, (SELECT group_concat (municipality) FROM "
                    "(SELECT municipality FROM region_members WHERE region = r.code "
                    "ORDER BY municipality)) FROM regions r WHERE r.code <> 'CG0193' "
                    "ORDER BY r.code");
  g_assert_cmpstr (got, ==, "EIGEN1|Mijn indeling|eigen|GM0230\n"
                            "WMR01|Woningmarkt Noord|woningmarktregio|GM0166,GM0193\n");
  {
    /* Moving to another region of the same kind. */
    g_autofree char *move = write_text ("regions-move.csv", "gemeente;regio;soort\n"
                                                            "Kampen;WMR02;woningmarktregio\n");
    g_autoptr (WepImportPreview) moved = preview_file (doc, move, WEP_IMPORT_REGIONS, NULL);

    assert_clean (moved, 1);
    g_assert_true (g_str_has_suffix (g_ptr_array_index (moved->understood, 0),
                                     ", a new region, moves from WMR01"));
    apply (doc, moved);
    g_clear_pointer (&got, g_free);
    got = query (doc, "SELECT region FROM region_members WHERE municipality = 'GM0166' "
                      "ORDER BY region");
    g_assert_cmpstr (got, ==, "CG0193\nWMR02\n");
  }
}

static void
test_region_figures (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autofree char *path = write_text ("region-figures.csv",
                                      "regio;jaar;instroom;dakloze personen;onbekend\n"
                                      "Voorbeeldregio (illustratief);2045;600;;x\n"
                                      "cg0193;2046;610;950;\n"
                                      "Voorbeeldregoi;2047;1;;\n"
                                      "CG0193;2046;1;;\n");
  g_autoptr (WepImportPreview) preview = preview_file (doc, path, WEP_IMPORT_REGION_FIGURES, NULL);

  g_assert_cmpuint (preview->notes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (preview->notes, 0), ==,
                   "column 5 (onbekend) is ignored: region-figures files have no such column");
  g_assert_cmpstr (g_ptr_array_index (preview->understood, 0), ==,
                   "line 2: CG0193 Voorbeeldregio (illustratief), 2045: instroom 600");
  assert_rejected (preview, 4, 1, "regio",
                   "“Voorbeeldregoi” is not a region of the plan; the closest: CG0193");
  assert_rejected (preview, 5, 1, "regio", "duplicate: line 3 has the same region and year");
  g_assert_cmpuint (preview->rejected->len, ==, 2);
  assert_not_applied (doc, preview);
}

/* ---- templates ----------------------------------------------------------------- */

static void
test_templates (void)
{
  for (WepImportKind kind = 0; kind < WEP_IMPORT_BOUNDARIES; kind++)
    {
      g_autoptr (WepDocument) doc = wep_example_document ();
      g_autofree char *text = wep_import_template (kind);
      g_autofree char *name = g_strconcat (wep_import_kind_key (kind), ".csv", NULL);
      g_autofree char *shipped = g_test_build_filename (G_TEST_DIST, "..", "data", "templates",
                                                        name, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *path = NULL;
      g_autoptr (WepImportPreview) preview = NULL;
      g_autoptr (GError) error = NULL;
      WepImportKind guessed;

      g_test_message ("%s", name);
      g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF" "gemeente;")
                     || g_str_has_prefix (text, "\xEF\xBB\xBF" "regio;"));
      g_assert_true (g_str_has_suffix (text, "\r\n"));
      g_file_get_contents (shipped, &contents, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (text, ==, contents);

      path = write_text (name, text);
      preview = preview_file (doc, path, kind, NULL);
      assert_clean (preview, 1);
      apply (doc, preview);
      g_assert_true (wep_import_table_guess_kind (path, NULL, &guessed, &error));
      g_assert_no_error (error);
      g_assert_cmpint (guessed, ==, kind);
    }
  {
    g_autofree char *both = write_text ("both.csv", "gemeente;jaar;woonvorm;groep;aantal\n"
                                                    "Zwolle;2027;hf;x;1\n");
    g_autofree char *none = write_text ("none.csv", "a;b\n1;2\n");
    g_autoptr (GError) error = NULL;
    WepImportKind kind;

    g_assert_false (wep_import_table_guess_kind (both, NULL, &kind, &error));
    g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "(plans, allocations)"));
    g_clear_error (&error);
    g_assert_false (wep_import_table_guess_kind (none, NULL, &kind, &error));
    g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND);
  }
}

/* ---- wep import, wep template --------------------------------------------------- */

static int
wep (char      **out,
     const char *first,
     ...)
{
  g_auto (WepTestRun) run = { 0 };
  va_list args;

  va_start (args, first);
  wep_test_run_wep_valist (&run, first, args);
  va_end (args);
  if (out != NULL)
    *out = g_steal_pointer (&run.out);
  return run.status;
}

static void
test_cli (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autofree char *plan = wep_test_tmp_path ("cli.weplan");
  g_autofree char *bad = write_text ("cli-bad.csv", "gemeente;jaar;woonvorm;aantal\n"
                                                    "Zwolle;2027;hf;1\n"
                                                    "Kampen;2027;hf;veel\n");
  g_autofree char *good = write_text ("cli-good.csv", "gemeente;jaar;woonvorm;aantal\n"
                                                      "Zwolle;2027;hf;1\n");
  g_autofree char *saved = NULL, *after = NULL, *out = NULL, *template = NULL;
  g_autoptr (GError) error = NULL;

  ok (wep_document_save_as (doc, plan, &error), &error);
  wep_document_close (doc);
  g_file_get_contents (plan, &saved, NULL, NULL);

  g_assert_cmpint (wep (&out, "import", plan, bad, "--kind", "plans", "--dry-run", NULL), ==, 1);
  g_assert_nonnull (strstr (out, "rejected: line 3, column 4 (aantal): “veel” is not a number"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (wep (&out, "import", plan, bad, NULL), ==, 1);
  g_file_get_contents (plan, &after, NULL, NULL);
  g_assert_cmpstr (saved, ==, after);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (wep (&out, "import", plan, good, "--dry-run", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "line 2: GM0193 Zwolle, 2027, hf: 1 units"));
  g_clear_pointer (&after, g_free);
  g_file_get_contents (plan, &after, NULL, NULL);
  g_assert_cmpstr (saved, ==, after);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (wep (&out, "import", plan, good, "--kind", "plans", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  {
    g_autoptr (WepDocument) reopened = wep_document_open (plan, WEP_OPEN_READ_ONLY, &error);
    g_autofree char *got = NULL;

    g_assert_no_error (error);
    got = query (reopened, "SELECT units FROM plans WHERE municipality = 'GM0193' "
                           "AND year = 2027 AND pathway = 'hf' AND counted = 1");
    g_assert_cmpstr (got, ==, "1.0\n");
  }

  {
    /* The second sheet of a workbook, its kind found from its columns. */
    g_autofree char *workbook = write_workbook ("XLSX", "cli.xlsx", OFTReal);

    g_assert_cmpint (wep (&out, "import", plan, workbook, "--sheet", "Cijfers", "--dry-run",
                          NULL), ==, 0);
    g_assert_nonnull (strstr (out, "cli.xlsx (figures): 2 rows read, 2 understood, 0 rejected"));
    g_assert_nonnull (strstr (out, "line 2: GM0344 Utrecht (new municipality)"));
    g_clear_pointer (&out, g_free);
    g_assert_cmpint (wep (&out, "import", plan, workbook, "--sheet", "Elders", "--dry-run",
                          NULL), ==, 1);
    g_clear_pointer (&out, g_free);
  }
  g_assert_cmpint (wep (&out, "import", plan, good, "--kind", "nonsense", NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (wep (&out, "template", "figures", NULL), ==, 0);
  template = wep_import_template (WEP_IMPORT_FIGURES);
  g_assert_cmpstr (out, ==, template);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (wep (&out, "template", "boundaries", NULL), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  wep_test_tmp_init ("test-import-table");
  GDALAllRegister ();

  g_test_add_func ("/import-table/numbers", test_numbers);
  g_test_add_func ("/import-table/dates", test_dates);
  g_test_add_func ("/import-table/names", test_names);
  g_test_add_func ("/import-table/csv-variants", test_csv_variants);
  g_test_add_func ("/import-table/line-numbers", test_line_numbers);
  g_test_add_func ("/import-table/workbooks", test_workbooks);
  g_test_add_func ("/import-table/malformed", test_malformed);
  g_test_add_func ("/import-table/hostile", test_hostile);
  g_test_add_func ("/import-table/all-or-nothing", test_all_or_nothing);
  g_test_add_func ("/import-table/reimport", test_reimport);
  g_test_add_func ("/import-table/figures", test_figures);
  g_test_add_func ("/import-table/regions", test_regions);
  g_test_add_func ("/import-table/region-figures", test_region_figures);
  g_test_add_func ("/import-table/templates", test_templates);
  g_test_add_func ("/import-table/cli", test_cli);

  status = g_test_run ();
  wep_test_tmp_remove ();
  return status;
}
