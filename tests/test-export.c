/* test-export.c: results, plans, fair shares and boundaries out of a plan
 *
 * Round trips: the example plan's plans exported to CSV, XLSX and ODS and
 * imported (wep_import_table_preview + wep_import_apply) into a copy
 * whose plans were deleted give the same plans table. The results as CSV
 * read back to the values `wep run --format csv` prints. CSV is as Dutch
 * Excel writes it (byte order mark, ';', decimal comma), and a text cell
 * that a spreadsheet would take for a formula gets an apostrophe while a
 * negative number stays a number; XLSX and ODS read back through GDAL
 * with numeric fields. A failed export leaves the target as it was and
 * nothing else behind; `wep export` gives exit status 0, 1 or 2. The
 * boundaries are in test-export-boundaries.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <sys/wait.h>

#include <gdal.h>
#include <ogr_api.h>

#include "wep-document-private.h"
#include "wep-example.h"
#include "wep-export.h"
#include "wep-import.h"
#include "wep-model.h"
#include "wep-results-format.h"
#include "wep-table-kinds.h"
#include "wep-test-util.h"

static void
ok (gboolean   result,
    GError   **error)
{
  if (error != NULL)
    g_assert_no_error (*error);
  g_assert_true (result);
}

static void
exec_sql (WepDocument *doc,
          const char  *sql)
{
  g_autoptr (GError) error = NULL;

  ok (_wep_sqlite_exec (_wep_document_get_db (doc), sql, &error), &error);
}

static void
export_ok (WepDocument     *doc,
           const char      *scenario,
           WepExportWhat    what,
           WepFairShareKey  key,
           const char      *path)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) notes = NULL;

  ok (wep_export (doc, scenario, what, key, path, &notes, &error), &error);
  g_assert_nonnull (notes);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
add_plan (WepDocument *doc,
          const char  *code,
          int          year,
          const char  *pathway,
          double       units,
          const char  *status,
          const char  *source,
          const char  *date,
          const char  *note)
{
  WepPlan plan = { code, year, pathway, units, status, source, date, note };
  g_autoptr (GError) error = NULL;

  ok (wep_document_add_plan (doc, &plan, 1, &error), &error);
}

/* Plans beyond the example's: a fraction, every status, text that needs
 * quoting (';', '"', a line break, accents), empty source and date. */
static void
add_awkward_plans (WepDocument *doc)
{
  add_plan (doc, "GM0244", 2036, "grp", 12.75, "gerealiseerd",
            "Brief; \"wethouder\" ’s-Hertogenbosch, één", "2025-01-31", "regel 1\nregel 2");
  add_plan (doc, "GM0193", 2037, "hf", 1.0 / 3.0, "in_aanbouw", "", "", "");
  add_plan (doc, "GM1896", 2036, "ind", 1234.5, "gepland", "Nota", "2024-12-01",
            "'t Harde; Elburg");
  /* Text a spreadsheet would run as a formula: neutralised on export,
   * restored on import. */
  add_plan (doc, "GM0166", 2036, "hf", 2, "gepland", "=HYPERLINK(\"http://x\")", "",
            "+31 38 123 4567");
  add_plan (doc, "GM0177", 2036, "hf", 3, "gepland", "@SUM(A1)", "", "-afgesproken");
}

/* ---- CSV as written: a small reader ----------------------------------- */

/* Rows of cells; quoted cells unquoted; the byte order mark required. */
static GPtrArray *
parse_csv (const char *text,
           char        separator)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr (GStrvBuilder) row = g_strv_builder_new ();
  g_autoptr (GString) cell = g_string_new (NULL);
  gboolean quoted = FALSE, any = FALSE;

  for (const char *c = text; *c != '\0'; c++)
    {
      if (quoted)
        {
          if (*c == '"' && c[1] == '"')
            g_string_append_c (cell, *c++);
          else if (*c == '"')
            quoted = FALSE;
          else
            g_string_append_c (cell, *c);
          continue;
        }
      if (*c == '"')
        quoted = any = TRUE;
      else if (*c == separator)
        {
          g_strv_builder_add (row, cell->str);
          g_string_truncate (cell, 0);
          any = TRUE;
        }
      else if (*c == '\r' && c[1] == '\n')
        continue;
      else if (*c == '\n')
        {
          g_strv_builder_add (row, cell->str);
          g_string_truncate (cell, 0);
          g_ptr_array_add (rows, g_strv_builder_end (row));
          g_clear_pointer (&row, g_strv_builder_unref);
          row = g_strv_builder_new ();
          any = FALSE;
        }
      else
        {
          g_string_append_c (cell, *c);
          any = TRUE;
        }
    }
  g_assert_false (quoted);
  g_assert_false (any);   /* every row ends in a line end */
  return rows;
}

static GPtrArray *
read_csv_export (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  ok (g_file_get_contents (path, &text, NULL, &error), &error);
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  return parse_csv (text + 3, ';');
}

static GStrv
csv_row (GPtrArray *rows,
         guint      i)
{
  return g_ptr_array_index (rows, i);
}

static int
find_column (GStrv       header,
             const char *name)
{
  for (int i = 0; header[i] != NULL; i++)
    if (g_str_equal (header[i], name))
      return i;
  g_error ("no column %s", name);
  return -1;
}

/* A number cell with a decimal comma: finite, or NAN when empty. */
static double
parse_dutch_number (const char *cell)
{
  g_autofree char *dotted = g_strdup (cell);
  char *end;
  double value;

  if (*cell == '\0')
    return NAN;
  g_assert_null (strchr (cell, '.'));     /* no thousands separator, no '.' */
  g_strdelimit (dotted, ",", '.');
  value = g_ascii_strtod (dotted, &end);
  g_assert_true (*end == '\0');
  return value;
}

/* ---- the plans table ----------------------------------------------------- */

/* One line per counted plan; units with %.17g (exact) or rounded to 12
 * significant digits. */
static GPtrArray *
plans_snapshot (WepDocument *doc,
                gboolean     exact)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (_wep_document_get_db (doc),
                         "SELECT municipality, year, pathway, units, status, source_document, "
                         "source_date, note FROM plans WHERE counted = 1 "
                         "ORDER BY municipality, year, pathway", NULL);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (lines, g_strdup_printf (exact ? "%s|%d|%s|%.17g|%s|%s|%s|%s"
                                                   : "%s|%d|%s|%.12g|%s|%s|%s|%s",
                                             sqlite3_column_text (stmt, 0),
                                             sqlite3_column_int (stmt, 1),
                                             sqlite3_column_text (stmt, 2),
                                             sqlite3_column_double (stmt, 3),
                                             sqlite3_column_text (stmt, 4),
                                             sqlite3_column_text (stmt, 5),
                                             sqlite3_column_text (stmt, 6),
                                             sqlite3_column_text (stmt, 7)));
  return lines;
}

static void
assert_same_lines (GPtrArray *expected,
                   GPtrArray *got)
{
  for (guint i = 0; i < MIN (expected->len, got->len); i++)
    g_assert_cmpstr (g_ptr_array_index (got, i), ==, g_ptr_array_index (expected, i));
  g_assert_cmpuint (got->len, ==, expected->len);
}

static void
test_plans_round_trip (gconstpointer data)
{
  const char *extension = data;
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepDocument) copy = wep_example_document ();
  g_autoptr (WepImportPreview) preview = NULL;
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_strconcat ("plans", extension, NULL);
  g_autofree char *path = wep_test_tmp_path (name);
  gboolean exact = g_str_equal (extension, ".csv");

  add_awkward_plans (doc);
  export_ok (doc, NULL, WEP_EXPORT_PLANS, WEP_FAIR_SHARE_POPULATION, path);

  exec_sql (copy, "DELETE FROM plans");
  g_assert_cmpint (_wep_sqlite_count (_wep_document_get_db (copy), "SELECT count(*) FROM plans"),
                   ==, 0);
  preview = wep_import_table_preview (copy, path, WEP_IMPORT_PLANS, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (preview);
  if (preview->rejected->len > 0)
    {
      g_autofree char *text = wep_import_preview_format (preview);

      g_error ("%s", text);
    }
  ok (wep_import_apply (copy, preview, &error), &error);

  before = plans_snapshot (doc, exact);
  after = plans_snapshot (copy, exact);
  g_assert_cmpuint (before->len, >, 100);
  assert_same_lines (before, after);
}

/* The header is the plans kind's, exactly; numbers have a decimal comma. */
static void
test_plans_csv_layout (void)
{
  const WepTableKind *kind = wep_table_kind (WEP_IMPORT_PLANS);
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autofree char *path = wep_test_tmp_path ("plans-layout.csv");
  g_autofree char *text = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  GStrv header;
  guint found = 0;

  add_awkward_plans (doc);
  export_ok (doc, NULL, WEP_EXPORT_PLANS, WEP_FAIR_SHARE_POPULATION, path);
  ok (g_file_get_contents (path, &text, NULL, NULL), NULL);
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF" "gemeente;jaar;woonvorm;aantal;status;"
                                         "bron;datum bron;opmerking\r\n"));

  rows = read_csv_export (path);
  header = csv_row (rows, 0);
  g_assert_cmpuint (g_strv_length (header), ==, kind->n_fields);
  for (guint f = 0; f < kind->n_fields; f++)
    g_assert_cmpstr (header[f], ==, kind->fields[f].header);
  for (guint r = 1; r < rows->len; r++)
    {
      GStrv row = csv_row (rows, r);

      g_assert_cmpuint (g_strv_length (row), ==, kind->n_fields);
      g_assert_true (g_str_has_prefix (row[0], "GM"));
      if (g_str_equal (row[1], "2036") && g_str_equal (row[0], "GM0244"))
        {
          g_assert_cmpstr (row[3], ==, "12,75");
          g_assert_cmpstr (row[4], ==, "gerealiseerd");
          g_assert_cmpstr (row[5], ==, "Brief; \"wethouder\" ’s-Hertogenbosch, één");
          g_assert_cmpstr (row[7], ==, "regel 1\nregel 2");
          found++;
        }
      else if (g_str_equal (row[1], "2036") && g_str_equal (row[0], "GM1896"))
        {
          g_assert_cmpstr (row[3], ==, "1234,5");
          g_assert_cmpstr (row[7], ==, "'t Harde; Elburg");
          found++;
        }
      else if (g_str_equal (row[1], "2037"))
        {
          g_assert_cmpstr (row[3], ==, "0,3333333333333333");
          g_assert_cmpstr (row[4], ==, "in aanbouw");
          found++;
        }
    }
  g_assert_cmpuint (found, ==, 3);
}

/* ---- results -------------------------------------------------------------- */

/* The scenario "Twee regio's": the example region and a copy named name
 * (no members; the scenario gives all its inputs). */
static void
add_two_region_scenario (WepDocument *doc,
                         const char  *name)
{
  g_autoptr (WepModelInput) input = wep_example_input ();
  const WepRegionInput *first = wep_model_input_region (input, 0);
  WepRegionInput *second = wep_model_input_add_region (input, name);
  g_autoptr (GError) error = NULL;

  memcpy (second->scalar, first->scalar, sizeof first->scalar);
  for (guint k = 0; k < WEP_N_YEARLY; k++)
    memcpy (second->yearly[k], first->yearly[k], sizeof (double) * input->horizon_years);
  /* No homes for Housing First: no moves, so its waits are empty. */
  for (int y = 0; y < input->horizon_years; y++)
    second->yearly[WEP_Y_QUOTA_HF][y] = second->yearly[WEP_Y_NEW_UNITS_HF][y] = 0;
  ok (wep_document_store_scenario (doc, "Twee regio's", input, 1, &error), &error);
}

/* An exported results CSV against the CSV of `wep run --format csv`. */
static void
compare_results_text (const char *reference_text,
                      const char *path)
{
  g_autoptr (GPtrArray) reference = parse_csv (reference_text, ',');
  g_autoptr (GPtrArray) exported = read_csv_export (path);

  g_assert_cmpuint (exported->len, ==, reference->len);
  for (guint r = 0; r < reference->len; r++)
    {
      GStrv want = csv_row (reference, r), got = csv_row (exported, r);

      g_assert_cmpuint (g_strv_length (got), ==, g_strv_length (want));
      /* A region name that looks like a formula gets its apostrophe. */
      if (r > 0 && !g_ascii_isalnum (want[0][0]))
        g_assert_true (got[0][0] == '\'' && g_str_equal (got[0] + 1, want[0]));
      else
        g_assert_cmpstr (got[0], ==, want[0]);
      for (guint c = 1; want[c] != NULL; c++)
        {
          double expected, value;

          if (r == 0)
            {
              g_assert_cmpstr (got[c], ==, want[c]);
              continue;
            }
          expected = *want[c] != '\0' ? g_ascii_strtod (want[c], NULL) : NAN;
          value = parse_dutch_number (got[c]);
          if (isnan (expected))
            g_assert_true (isnan (value));
          else
            g_assert_cmpfloat (wep_test_rel_diff (value, expected), <=, 1e-12);
        }
    }
}

/* The same, with the results of the scenario computed here. */
static void
compare_results (WepDocument *doc,
                 const char  *scenario,
                 const char  *path)
{
  g_autoptr (WepModelInput) input = wep_document_scenario_input (doc, scenario, NULL);
  g_autoptr (WepResults) results = wep_model_run (input);
  g_autofree char *reference = wep_results_format (results, WEP_FORMAT_CSV);

  compare_results_text (reference, path);
}

static void
test_results_csv (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autofree char *one = wep_test_tmp_path ("results-one.csv");
  g_autofree char *two = wep_test_tmp_path ("results-two.csv");
  g_autoptr (GPtrArray) rows = NULL;
  guint totals = 0, formula_named = 0;
  int wait_hf;

  export_ok (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_EXPORT_RESULTS, WEP_FAIR_SHARE_POPULATION, one);
  compare_results (doc, WEP_EXAMPLE_SCENARIO_NAME, one);
  rows = read_csv_export (one);
  g_assert_cmpuint (rows->len, ==, 1 + 10);
  g_assert_cmpstr (csv_row (rows, 0)[0], ==, "region");
  g_assert_cmpstr (csv_row (rows, 0)[1], ==, "year");
  g_assert_cmpstr (csv_row (rows, 0)[2], ==, "entrants");
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Two regions: a "Totaal" row per year; the second region's name starts
   * with '+' and is neutralised. */
  add_two_region_scenario (doc, "+Regio Oost");
  export_ok (doc, "Twee regio's", WEP_EXPORT_RESULTS, WEP_FAIR_SHARE_POPULATION, two);
  compare_results (doc, "Twee regio's", two);
  rows = read_csv_export (two);
  g_assert_cmpuint (rows->len, ==, 1 + 3 * 10);
  wait_hf = find_column (csv_row (rows, 0), "wait_hf");
  for (guint r = 1; r < rows->len; r++)
    {
      GStrv row = csv_row (rows, r);

      totals += g_str_equal (row[0], WEP_TOTAL_REGION_NAME);
      if (g_str_equal (row[0], "'+Regio Oost"))
        {
          g_assert_cmpstr (row[wait_hf], ==, "");
          formula_named++;
        }
      else
        g_assert_cmpstr (row[wait_hf], !=, "");
    }
  g_assert_cmpuint (totals, ==, 10);
  g_assert_cmpuint (formula_named, ==, 10);
}

/* ---- formula injection ----------------------------------------------------- */

static const char *const dangerous_notes[] = {
  "=HYPERLINK(\"http://example.org/x\";\"klik\")",
  "+31 6 12345678",
  "@SUM(A1:A3)",
  "-x",
  "\tTab ervoor",
  "\rCR ervoor",
};

static const char *const harmless_notes[] = {
  "gewoon", "'s-Hertogenbosch", "of:=1+1", " =met spatie", "a=b",
};

static void
add_noted_plans (WepDocument *doc)
{
  for (guint i = 0; i < G_N_ELEMENTS (dangerous_notes); i++)
    add_plan (doc, "GM0180", 2040 + i, "hf", 1, "gepland", "", "", dangerous_notes[i]);
  for (guint i = 0; i < G_N_ELEMENTS (harmless_notes); i++)
    add_plan (doc, "GM0180", 2060 + i, "hf", 1, "gepland", "", "", harmless_notes[i]);
}

static void
test_csv_neutralised (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autofree char *plans = wep_test_tmp_path ("neutral-plans.csv");
  g_autofree char *fair = wep_test_tmp_path ("neutral-fair-share.csv");
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (WepFairShare) fs = NULL;
  GStrv header;
  int gap_column, share_column;
  guint dangerous = 0, harmless = 0, negative = 0;

  add_noted_plans (doc);
  export_ok (doc, NULL, WEP_EXPORT_PLANS, WEP_FAIR_SHARE_POPULATION, plans);
  rows = read_csv_export (plans);
  for (guint r = 1; r < rows->len; r++)
    {
      GStrv row = csv_row (rows, r);
      int year = atoi (row[1]);

      if (year >= 2040 && year < 2040 + (int) G_N_ELEMENTS (dangerous_notes))
        {
          g_autofree char *want = g_strconcat ("'", dangerous_notes[year - 2040], NULL);

          g_assert_cmpstr (row[7], ==, want);
          dangerous++;
        }
      else if (year >= 2060 && year < 2060 + (int) G_N_ELEMENTS (harmless_notes))
        {
          g_assert_cmpstr (row[7], ==, harmless_notes[year - 2060]);
          harmless++;
        }
      /* Units and years are numbers, never neutralised. */
      g_assert_true (g_ascii_isdigit (row[1][0]) && g_ascii_isdigit (row[3][0]));
    }
  g_assert_cmpuint (dangerous, ==, G_N_ELEMENTS (dangerous_notes));
  g_assert_cmpuint (harmless, ==, G_N_ELEMENTS (harmless_notes));
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* A negative gap stays a number: "-3,5", not "'-3,5". */
  export_ok (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_EXPORT_FAIR_SHARE, WEP_FAIR_SHARE_POPULATION,
             fair);
  fs = wep_fair_share_compute (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_FAIR_SHARE_POPULATION, NULL);
  rows = read_csv_export (fair);
  header = csv_row (rows, 0);
  gap_column = find_column (header, "gap");
  share_column = find_column (header, "share");
  g_assert_cmpuint (rows->len, ==, 1 + fs->rows->len);
  for (guint r = 1; r < rows->len; r++)
    {
      GStrv row = csv_row (rows, r);
      const WepFairShareRow *want = wep_fair_share_row (fs, r - 1);

      g_assert_cmpstr (row[1], ==, want->municipality);
      g_assert_cmpfloat (parse_dutch_number (row[gap_column]), ==, want->gap);
      g_assert_cmpfloat (parse_dutch_number (row[share_column]), ==, want->share);
      if (want->gap < 0)
        {
          g_assert_true (row[gap_column][0] == '-' && g_ascii_isdigit (row[gap_column][1]));
          negative++;
        }
    }
  g_assert_cmpuint (negative, >, 10);
}

/* ---- XLSX and ODS through GDAL ------------------------------------------------ */

static GDALDatasetH
open_vector (const char *path)
{
  GDALDatasetH dataset = GDALOpenEx (path, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL);

  g_assert_nonnull (dataset);
  return dataset;
}

static int
field_index (OGRLayerH   layer,
             const char *name)
{
  int i = OGR_FD_GetFieldIndex (OGR_L_GetLayerDefn (layer), name);

  if (i < 0)
    g_error ("no field %s", name);
  return i;
}

static void
assert_numeric_field (OGRLayerH   layer,
                      const char *name)
{
  OGRFieldType type = OGR_Fld_GetType (OGR_FD_GetFieldDefn (OGR_L_GetLayerDefn (layer),
                                                            field_index (layer, name)));

  if (type != OFTReal && type != OFTInteger && type != OFTInteger64)
    g_error ("field %s is of type %s, not a number", name, OGR_GetFieldTypeName (type));
}

static void
test_spreadsheet (gconstpointer data)
{
  const char *extension = data;
  gboolean ods = g_str_equal (extension, ".ods");
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autofree char *plans_name = g_strconcat ("sheet-plans", extension, NULL);
  g_autofree char *results_name = g_strconcat ("sheet-results", extension, NULL);
  g_autofree char *fair_name = g_strconcat ("sheet-fair", extension, NULL);
  g_autofree char *plans = wep_test_tmp_path (plans_name);
  g_autofree char *results_path = wep_test_tmp_path (results_name);
  g_autofree char *fair = wep_test_tmp_path (fair_name);
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (WepResults) results = NULL;
  g_autoptr (WepFairShare) fs = NULL;
  GDALDatasetH dataset;
  OGRLayerH layer;
  OGRFeatureH feature;
  guint n = 0, noted = 0, negative = 0;

  add_noted_plans (doc);
  export_ok (doc, NULL, WEP_EXPORT_PLANS, WEP_FAIR_SHARE_POPULATION, plans);
  export_ok (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_EXPORT_RESULTS, WEP_FAIR_SHARE_POPULATION,
             results_path);
  export_ok (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_EXPORT_FAIR_SHARE, WEP_FAIR_SHARE_EQUAL, fair);

  /* Plans: year and units are numbers; the notes neutralised; "of:=" too,
   * but only in ODS, whose GDAL writer would make it a formula. */
  dataset = open_vector (plans);
  layer = GDALDatasetGetLayer (dataset, 0);
  g_assert_cmpint (OGR_Fld_GetType (OGR_FD_GetFieldDefn (OGR_L_GetLayerDefn (layer),
                                                         field_index (layer, "gemeente"))),
                   ==, OFTString);
  assert_numeric_field (layer, "jaar");
  assert_numeric_field (layer, "aantal");
  while ((feature = OGR_L_GetNextFeature (layer)) != NULL)
    {
      int year = OGR_F_GetFieldAsInteger (feature, field_index (layer, "jaar"));
      const char *note = OGR_F_GetFieldAsString (feature, field_index (layer, "opmerking"));

      if (year >= 2040 && year < 2040 + (int) G_N_ELEMENTS (dangerous_notes))
        {
          g_autofree char *want = g_strconcat ("'", dangerous_notes[year - 2040], NULL);

          /* XML reads a carriage return back as a line feed. */
          g_strdelimit (want, "\r", '\n');
          g_assert_cmpstr (note, ==, want);
          noted++;
        }
      else if (year == 2062)
        {
          g_assert_cmpstr (note, ==, ods ? "'of:=1+1" : "of:=1+1");
          noted++;
        }
      OGR_F_Destroy (feature);
      n++;
    }
  g_assert_cmpuint (noted, ==, G_N_ELEMENTS (dangerous_notes) + 1);
  g_assert_cmpint (n, ==, _wep_sqlite_count (_wep_document_get_db (doc),
                                             "SELECT count(*) FROM plans WHERE counted = 1"));
  GDALClose (dataset);

  /* Results: every value back as a number. */
  input = wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, NULL);
  results = wep_model_run (input);
  dataset = open_vector (results_path);
  layer = GDALDatasetGetLayer (dataset, 0);
  assert_numeric_field (layer, "year");
  for (guint c = 0; c < WEP_N_COLUMNS; c++)
    assert_numeric_field (layer, wep_column_info (c)->key);
  n = 0;
  while ((feature = OGR_L_GetNextFeature (layer)) != NULL)
    {
      const WepRegionResult *region = g_ptr_array_index (results->regions, 0);

      g_assert_cmpstr (OGR_F_GetFieldAsString (feature, field_index (layer, "region")), ==,
                       WEP_EXAMPLE_REGION_NAME);
      g_assert_cmpint (OGR_F_GetFieldAsInteger (feature, field_index (layer, "year")), ==,
                       results->base_year + (int) n);
      for (guint c = 0; c < WEP_N_COLUMNS; c++)
        {
          int i = field_index (layer, wep_column_info (c)->key);
          double want = wep_region_result_get (region, n, c);

          if (!isfinite (want))
            g_assert_false (OGR_F_IsFieldSetAndNotNull (feature, i));
          else
            g_assert_cmpfloat (wep_test_rel_diff (OGR_F_GetFieldAsDouble (feature, i), want),
                               <=, 1e-12);
        }
      OGR_F_Destroy (feature);
      n++;
    }
  g_assert_cmpuint (n, ==, 10);
  GDALClose (dataset);

  /* Fair share: a negative gap stays a negative number. */
  fs = wep_fair_share_compute (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_FAIR_SHARE_EQUAL, NULL);
  dataset = open_vector (fair);
  layer = GDALDatasetGetLayer (dataset, 0);
  assert_numeric_field (layer, "gap");
  assert_numeric_field (layer, "share");
  n = 0;
  while ((feature = OGR_L_GetNextFeature (layer)) != NULL)
    {
      const WepFairShareRow *want = wep_fair_share_row (fs, n++);
      double gap = OGR_F_GetFieldAsDouble (feature, field_index (layer, "gap"));

      g_assert_cmpstr (OGR_F_GetFieldAsString (feature, field_index (layer, "municipality")),
                       ==, want->municipality);
      g_assert_cmpfloat (fabs (gap - want->gap), <=, 1e-12 * MAX (1.0, fabs (want->gap)));
      negative += gap < 0;
      OGR_F_Destroy (feature);
    }
  g_assert_cmpuint (n, ==, fs->rows->len);
  g_assert_cmpuint (negative, >, 10);
  GDALClose (dataset);
}

/* ---- failures -------------------------------------------------------------------- */

static guint
count_entries (const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_failures (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autofree char *folder = wep_test_tmp_path ("atomic");
  g_autofree char *target = g_build_filename (folder, "verdeling.csv", NULL);
  g_autofree char *missing = wep_test_tmp_path ("no-such-folder/x.csv");
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  ok (g_file_set_contents (target, "oud", -1, &error), &error);

  /* A missing key value: the old file stays, nothing else is left. */
  exec_sql (doc, "UPDATE municipalities SET population = NULL WHERE code = 'GM0148'");
  g_assert_false (wep_export (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_EXPORT_FAIR_SHARE,
                              WEP_FAIR_SHARE_POPULATION, target, NULL, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Dalfsen"));
  g_clear_error (&error);
  ok (g_file_get_contents (target, &contents, NULL, &error), &error);
  g_assert_cmpstr (contents, ==, "oud");
  g_assert_cmpuint (count_entries (folder), ==, 1);

  /* A successful export replaces it, and leaves nothing else either. */
  export_ok (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_EXPORT_FAIR_SHARE, WEP_FAIR_SHARE_EQUAL, target);
  g_clear_pointer (&contents, g_free);
  ok (g_file_get_contents (target, &contents, NULL, &error), &error);
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF" "region;municipality;name;year;"));
  g_assert_cmpuint (count_entries (folder), ==, 1);

  /* No such folder; a target that is a folder. */
  g_assert_false (wep_export (doc, NULL, WEP_EXPORT_PLANS, WEP_FAIR_SHARE_POPULATION, missing,
                              NULL, &error));
  g_assert_error (error, WEP_EXPORT_ERROR, WEP_EXPORT_ERROR_IO);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);
  {
    g_autofree char *folder_csv = g_build_filename (folder, "map.csv", NULL);

    g_assert_cmpint (g_mkdir (folder_csv, 0700), ==, 0);
    g_assert_false (wep_export (doc, NULL, WEP_EXPORT_PLANS, WEP_FAIR_SHARE_POPULATION,
                                folder_csv, NULL, &error));
    g_assert_error (error, WEP_EXPORT_ERROR, WEP_EXPORT_ERROR_IO);
    g_clear_error (&error);
    g_assert_cmpuint (count_entries (folder), ==, 2);
  }

  /* Formats: an unknown extension; a table to GeoPackage; boundaries to CSV. */
  g_assert_false (wep_export (doc, NULL, WEP_EXPORT_PLANS, WEP_FAIR_SHARE_POPULATION,
                              "plannen.txt", NULL, &error));
  g_assert_error (error, WEP_EXPORT_ERROR, WEP_EXPORT_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (wep_export (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_EXPORT_RESULTS,
                              WEP_FAIR_SHARE_POPULATION, "r.gpkg", NULL, &error));
  g_assert_error (error, WEP_EXPORT_ERROR, WEP_EXPORT_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (wep_export (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_EXPORT_BOUNDARIES,
                              WEP_FAIR_SHARE_POPULATION, "b.CSV", NULL, &error));
  g_assert_error (error, WEP_EXPORT_ERROR, WEP_EXPORT_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (g_file_test ("b.CSV", G_FILE_TEST_EXISTS));
}

static void
test_names (void)
{
  WepExportFormat format;
  WepExportWhat what;
  g_autoptr (GError) error = NULL;

  for (guint w = 0; w < WEP_N_EXPORT_WHAT; w++)
    {
      g_assert_true (wep_export_what_from_string (wep_export_what_to_string (w), &what));
      g_assert_cmpint (what, ==, w);
    }
  g_assert_false (wep_export_what_from_string ("figures", &what));
  g_assert_true (wep_export_format_from_path ("/x/Plannen.XLSX", &format, NULL));
  g_assert_cmpint (format, ==, WEP_EXPORT_XLSX);
  g_assert_true (wep_export_format_from_path ("kaart.geojson", &format, NULL));
  g_assert_cmpint (wep_export_default_what (format), ==, WEP_EXPORT_BOUNDARIES);
  g_assert_true (wep_export_format_from_path ("tabel.ods", &format, NULL));
  g_assert_cmpint (wep_export_default_what (format), ==, WEP_EXPORT_RESULTS);
  g_assert_false (wep_export_format_from_path ("tabel.xls", &format, &error));
  g_assert_error (error, WEP_EXPORT_ERROR, WEP_EXPORT_ERROR_FORMAT);
}

/* ---- the CLI ---------------------------------------------------------------------- */

/* Runs `wep ARGS…`; its exit status, and its output in *out if not NULL. */
static int
spawn_wep (char       **out,
           const char  *first,
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

#define run_wep(...) spawn_wep (NULL, "export", __VA_ARGS__)

static void
test_cli (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GError) error = NULL;
  g_autofree char *plan = wep_test_tmp_path ("cli.weplan");
  g_autofree char *csv = wep_test_tmp_path ("cli-results.csv");
  g_autofree char *xlsx = wep_test_tmp_path ("cli-fair.xlsx");
  g_autofree char *ods = wep_test_tmp_path ("cli-plans.ods");
  g_autofree char *gpkg = wep_test_tmp_path ("cli.gpkg");
  g_autofree char *txt = wep_test_tmp_path ("cli.txt");
  g_autofree char *run_csv = NULL;

  if (g_getenv ("WEP") == NULL)
    {
      g_test_skip ("WEP is not set");
      return;
    }
  ok (wep_document_save_as (doc, plan, &error), &error);
  wep_document_close (doc);

  g_assert_cmpint (run_wep (plan, csv, NULL), ==, 0);
  g_assert_cmpint (spawn_wep (&run_csv, "run", "--format", "csv", plan, NULL), ==, 0);
  compare_results_text (run_csv, csv);
  g_assert_cmpint (run_wep (plan, xlsx, "--what", "fair-share", "--key", "equal", NULL), ==, 0);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (run_wep (plan, ods, "--what", "plans", NULL), ==, 0);
  g_assert_true (g_file_test (ods, G_FILE_TEST_IS_REGULAR));

  /* Wrong use: 2. */
  g_assert_cmpint (run_wep (plan, txt, NULL), ==, 2);
  g_assert_cmpint (run_wep (plan, csv, "--what", "boundaries", NULL), ==, 2);
  g_assert_cmpint (run_wep (plan, gpkg, "--what", "results", NULL), ==, 2);
  g_assert_cmpint (run_wep (plan, csv, "--what", "everything", NULL), ==, 2);
  g_assert_cmpint (run_wep (plan, csv, "--key", "equal", NULL), ==, 2);
  g_assert_cmpint (run_wep (plan, xlsx, "--what", "fair-share", "--key", "size", NULL), ==, 2);
  g_assert_cmpint (run_wep (plan, ods, "--what", "plans", "--scenario", "Basis", NULL), ==, 2);
  g_assert_cmpint (run_wep (plan, NULL), ==, 2);
  g_assert_cmpint (run_wep (csv, txt, NULL), ==, 2);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));

  /* Bad input: 1. */
  g_assert_cmpint (run_wep (plan, csv, "--scenario", "Bestaat niet", NULL), ==, 1);
  g_assert_cmpint (run_wep (plan, gpkg, NULL), ==, 1);     /* no boundaries */
  g_assert_false (g_file_test (gpkg, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_wep ("geen-plan.weplan", csv, NULL), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  GDALAllRegister ();
  wep_test_tmp_init ("test-export");

  g_test_add_func ("/export/names", test_names);
  g_test_add_data_func ("/export/plans-round-trip/csv", ".csv", test_plans_round_trip);
  g_test_add_data_func ("/export/plans-round-trip/xlsx", ".xlsx", test_plans_round_trip);
  g_test_add_data_func ("/export/plans-round-trip/ods", ".ods", test_plans_round_trip);
  g_test_add_func ("/export/plans-csv-layout", test_plans_csv_layout);
  g_test_add_func ("/export/results-csv", test_results_csv);
  g_test_add_func ("/export/csv-neutralised", test_csv_neutralised);
  g_test_add_data_func ("/export/spreadsheet/xlsx", ".xlsx", test_spreadsheet);
  g_test_add_data_func ("/export/spreadsheet/ods", ".ods", test_spreadsheet);
  g_test_add_func ("/export/failures", test_failures);
  g_test_add_func ("/export/cli", test_cli);

  status = g_test_run ();
  wep_test_tmp_remove ();
  return status;
}
