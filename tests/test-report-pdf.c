/* test-report-pdf.c: `wep report`, the PDF read back
 *
 * The command line writes the report without a display (DISPLAY and
 * WAYLAND_DISPLAY unset), in Dutch number format. Read back with
 * poppler-utils: the figures of every result row and of the key figures
 * are those of `wep run --format csv` for the same scenario, and the
 * extra homes those of `wep needed`; the page count is the one the
 * report's own layout gives; every font is embedded (pdffonts); every
 * page renders with pdftoppm and shows something (the PNGs are kept in
 * the build folder, report-pages/, for review). On a plan with small
 * counts: the small region's counts read "< 10", a count of the large
 * region that the total would otherwise give away reads "×", the total
 * is the full figure; the allocations table hides the 3 of Kampen, the
 * cells that would give it away and nothing else. Wrong use fails with
 * the usage status, a scenario that is not there with status 1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "report-test-plan.h"
#include "wep-example.h"
#include "wep-report.h"
#include "wep-test-util.h"

static char *example_path;
static char *small_path;

/* ---- tools ---------------------------------------------------------------------- */

static char *
run_tool (const char *first,
          ...) G_GNUC_NULL_TERMINATED;

static char *
run_tool (const char *first,
          ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  va_list args;
  int status;

  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                     &err, &status, &error))
    g_error ("%s: %s", first, error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s\n%s", first, error->message, err);
  return g_steal_pointer (&out);
}

static guint
pdf_pages (const char *pdf)
{
  g_autofree char *info = run_tool ("pdfinfo", pdf, NULL);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) atoi (pages + strlen ("\nPages:"));
}

static char *
pdf_text (const char *pdf)
{
  return run_tool ("pdftotext", "-layout", pdf, "-", NULL);
}

/* Whether a line of text matches pattern. */
static gboolean
has_line (const char *text,
          const char *pattern)
{
  return g_regex_match_simple (pattern, text, G_REGEX_MULTILINE, 0);
}

static void
assert_line (const char *text,
             const char *pattern)
{
  if (!has_line (text, pattern))
    g_error ("no line of the report matches %s", pattern);
}

static void
write_report (const char *plan,
              const char *pdf,
              const char *scenario)
{
  g_auto (WepTestRun) run = { 0 };

  wep_test_run_wep (&run, "report", plan, "--scenario", scenario, "--date", "2026-11-27",
                    "-o", pdf, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
}

/* ---- the figures of `wep run` -------------------------------------------------------- */

typedef struct
{
  GStrv      header;
  GPtrArray *rows;   /* of GStrv */
} Csv;

static void
csv_clear (Csv *csv)
{
  g_clear_pointer (&csv->header, g_strfreev);
  g_clear_pointer (&csv->rows, g_ptr_array_unref);
}

static void
run_csv (const char *verb,
         const char *plan,
         const char *scenario,
         Csv        *csv)
{
  g_auto (WepTestRun) run = { 0 };
  g_auto (GStrv) lines = NULL;

  wep_test_run_wep (&run, verb, plan, "--scenario", scenario, "-f", "csv", NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  csv->header = g_strsplit (lines[0], ",", -1);
  csv->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 1; lines[i] != NULL && *lines[i] != '\0'; i++)
    g_ptr_array_add (csv->rows, g_strsplit (lines[i], ",", -1));
}

static double
csv_value (const Csv  *csv,
           const char *region,
           int         year,
           const char *key)
{
  for (guint r = 0; r < csv->rows->len; r++)
    {
      GStrv row = g_ptr_array_index (csv->rows, r);

      if (g_str_equal (row[0], region) && atoi (row[1]) == year)
        for (guint c = 0; csv->header[c] != NULL; c++)
          if (g_str_equal (csv->header[c], key))
            return *row[c] != '\0' ? g_ascii_strtod (row[c], NULL) : NAN;
    }
  g_error ("no %s of %s in %d in the output of wep run", key, region, year);
}

/* A number as the report writes it, in Dutch: "1.110", "8,5". */
static char *
dutch (double value,
       int    decimals)
{
  double scale = pow (10.0, decimals);
  double rounded = round (value * scale) / scale;
  g_autofree char *text = g_strdup_printf ("%'.*f", decimals, fabs (rounded) + 0.0);

  return rounded < 0.0 ? g_strconcat ("\xe2\x88\x92", text, NULL) : g_steal_pointer (&text);
}

/* "783\s+771\s+…": a row of the results table, year after year. */
static char *
row_pattern (const Csv  *csv,
             const char *region,
             const char *key,
             int         decimals,
             double      divide)
{
  g_autoptr (GString) pattern = g_string_new (NULL);

  for (int year = 2026; year <= 2035; year++)
    {
      g_autofree char *number = dutch (csv_value (csv, region, year, key) / divide, decimals);
      g_autofree char *quoted = g_regex_escape_string (number, -1);

      g_string_append_printf (pattern, "%s%s", year > 2026 ? "\\s+" : "\\s", quoted);
    }
  g_string_append (pattern, "\\s*$");
  return g_string_free (g_steal_pointer (&pattern), FALSE);
}

static void
test_example (void)
{
  g_autofree char *pdf = wep_test_tmp_path ("example.pdf");
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *pages_dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "report-pages",
                                                 NULL);
  g_autofree char *prefix = g_build_filename (pages_dir, "example", NULL);
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepReport) report = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  const char *region = WEP_EXAMPLE_REGION_NAME;
  static const struct
  {
    const char *key;
    int         decimals;
    double      divide;
  } rows[] = {
    { "entrants", 0, 1 }, { "homeless", 0, 1 }, { "sheltered", 0, 1 }, { "unsheltered", 0, 1 },
    { "queue_hf", 0, 1 }, { "queue_ind", 0, 1 }, { "queue_grp", 0, 1 }, { "wait_hf", 1, 1 },
    { "wait_ind", 1, 1 }, { "wait_grp", 1, 1 }, { "moves_hf", 0, 1 }, { "moves_ind", 0, 1 },
    { "moves_grp", 0, 1 }, { "relapses", 0, 1 }, { "cost", 1, 1e6 },
  };
  WepReportOptions options;
  Csv results = { 0 }, needed = { 0 };
  double extra = 0.0;
  guint n_pages, n_png = 0;

  write_report (example_path, pdf, WEP_EXAMPLE_SCENARIO_NAME);
  text = pdf_text (pdf);

  /* Every row of the results per year, from wep run. */
  run_csv ("run", example_path, WEP_EXAMPLE_SCENARIO_NAME, &results);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *pattern = row_pattern (&results, region, rows[i].key, rows[i].decimals,
                                              rows[i].divide);

      g_test_message ("%s: %s", rows[i].key, pattern);
      assert_line (text, pattern);
    }
  /* The key figures: homeless on 1 January 2026 (the input), at the end
   * of 2030 and of 2035. */
  {
    g_autofree char *at_target = dutch (csv_value (&results, region, 2030, "homeless"), 0);
    g_autofree char *at_end = dutch (csv_value (&results, region, 2035, "homeless"), 0);
    g_autofree char *pattern = g_strdup_printf ("\\s900\\s+%s\\s+%s\\s*$", at_target, at_end);

    assert_line (text, pattern);
  }

  /* The extra homes a year of wep needed, in the summary's sentence (its
   * words joined again across the lines). */
  run_csv ("needed", example_path, WEP_EXAMPLE_SCENARIO_NAME, &needed);
  for (guint r = 0; r < needed.rows->len; r++)
    extra += g_ascii_strtod (((GStrv) g_ptr_array_index (needed.rows, r))[2], NULL);
  g_assert_cmpfloat (extra, >, 0.0);
  {
    g_autoptr (GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
    g_autofree char *flat = g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
    g_autofree char *sentence = g_strdup_printf (" %.0f homes and places a year more than "
                                                 "planned ", extra);

    g_assert_nonnull (strstr (flat, sentence));
  }

  /* As many pages as the report's own layout makes. */
  doc = wep_document_open (example_path, WEP_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  wep_report_options_init (&options);
  options.date = "2026-11-27";
  report = wep_report_new (doc, &options, NULL, &error);
  g_assert_no_error (error);
  n_pages = wep_report_paginate (report, WEP_REPORT_A4_WIDTH, WEP_REPORT_A4_HEIGHT);
  g_assert_cmpuint (pdf_pages (pdf), ==, n_pages);
  g_assert_cmpuint (n_pages, >=, 12);
  g_assert_cmpuint (n_pages, <=, 24);
  /* Page numbers in the footer; the contents after the title page. */
  {
    g_autofree char *last = g_strdup_printf ("\\bPage %u of %u\\s*$", n_pages, n_pages);

    assert_line (text, last);
    assert_line (text, "^\\s*Contents\\s*$");
  }

  /* Every font embedded. */
  fonts = run_tool ("pdffonts", pdf, NULL);
  lines = g_strsplit (fonts, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 3);
  for (guint i = 2; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_auto (GStrv) words = NULL;
      guint n;

      /* name type… encoding emb sub uni object ID: emb is the fifth from the end. */
      words = g_regex_split_simple ("\\s+", g_strstrip (lines[i]), 0, 0);
      n = g_strv_length (words);
      g_assert_cmpuint (n, >=, 6);
      if (!g_str_equal (words[n - 5], "yes"))
        g_error ("font not embedded: %s", lines[i]);
    }

  /* Every page renders; kept for review. */
  g_mkdir_with_parents (pages_dir, 0755);
  g_free (run_tool ("pdftoppm", "-r", "60", "-png", pdf, prefix, NULL));
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *png = g_strdup_printf ("%s-%02u.png", prefix, p);
      cairo_surface_t *image = cairo_image_surface_create_from_png (png);
      const guint32 *pixels;
      int stride, dark = 0;

      g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
      pixels = (const guint32 *) cairo_image_surface_get_data (image);
      stride = cairo_image_surface_get_stride (image) / 4;
      for (int y = 0; y < cairo_image_surface_get_height (image); y++)
        for (int x = 0; x < cairo_image_surface_get_width (image); x++)
          dark += (pixels[y * stride + x] & 0xff) < 0x80;
      g_assert_cmpint (dark, >, 100);
      cairo_surface_destroy (image);
      n_png++;
    }
  g_assert_cmpuint (n_png, ==, n_pages);
  csv_clear (&results);
  csv_clear (&needed);
}

/* ---- small counts ---------------------------------------------------------------------- */

/* The line of the table of each region in its target year that starts
 * with label: the one with the year and six figures after it. */
static char *
line_of (const char *text,
         const char *label)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) words = NULL;
      g_autofree char *rest = NULL;

      if (!g_str_has_prefix (g_strchug (lines[i]), label))
        continue;
      rest = g_strstrip (g_strdup (lines[i] + strlen (label)));
      /* "< 10" is one figure of two words. */
      words = g_regex_split_simple ("\\s+(?!10\\b)", rest, 0, 0);
      if (g_strv_length (words) == 7 && g_str_equal (words[0], "2030"))
        return g_strdup (lines[i]);
    }
  g_error ("no line of the regions' table starts with %s", label);
}

static void
test_small_counts (void)
{
  g_autofree char *pdf = wep_test_tmp_path ("small.pdf");
  g_autofree char *text = NULL;
  g_autofree char *small = NULL;
  g_autofree char *large = NULL;
  g_autofree char *total = NULL;
  g_autofree char *small_value = NULL;
  g_autofree char *total_pattern = NULL;
  g_autofree char *small_pattern = NULL;
  g_autofree char *total_value = NULL;
  Csv results = { 0 };

  write_report (small_path, pdf, REPORT_TEST_SMALL_SCENARIO);
  text = pdf_text (pdf);
  run_csv ("run", small_path, REPORT_TEST_SMALL_SCENARIO, &results);

  /* The table of each region in its target year: region, year, homeless,
   * without a place, waiting, three waits. */
  small = line_of (text, REPORT_TEST_SMALL_REGION);
  large = line_of (text, REPORT_TEST_LARGE_REGION);
  total = line_of (text, "All regions");
  g_test_message ("%s\n%s\n%s", small, large, total);

  /* A handful of people in the small region: "< 10". */
  g_assert_cmpfloat (csv_value (&results, REPORT_TEST_SMALL_REGION, 2030, "homeless"), >=, 0.5);
  g_assert_cmpfloat (csv_value (&results, REPORT_TEST_SMALL_REGION, 2030, "homeless"), <, 9.5);
  g_assert_true (has_line (small, "^Kleine regio\\s+2030\\s+< 10\\s"));
  /* Its waits would give its small queues away. */
  g_assert_true (has_line (small, "×\\s+×\\s+×\\s*$"));
  /* The small count itself is nowhere on its line. */
  small_value = dutch (csv_value (&results, REPORT_TEST_SMALL_REGION, 2030, "homeless"), 0);
  small_pattern = g_strdup_printf ("\\s%s\\s", small_value);
  g_assert_false (has_line (small, small_pattern));
  /* The total is the full figure, so the large region's homeless hide:
   * the total minus it would be the small count. */
  total_value = dutch (csv_value (&results, "Totaal", 2030, "homeless"), 0);
  total_pattern = g_strdup_printf ("^All regions\\s+2030\\s+%s\\s", total_value);
  g_assert_true (has_line (total, total_pattern));
  g_assert_true (has_line (large, "^Grote regio\\s+2030\\s+×\\s"));
  csv_clear (&results);
}

/* The small region alone: its inflow, a count of persons (7 a year), and
 * its homeless at the end of the target year read "< 10" too. */
static void
test_small_region (void)
{
  g_autofree char *pdf = wep_test_tmp_path ("small-region.pdf");
  g_autofree char *text = NULL;
  g_auto (WepTestRun) run = { 0 };

  wep_test_run_wep (&run, "report", small_path, "--scenario", REPORT_TEST_SMALL_SCENARIO,
                    "--region", REPORT_TEST_SMALL_REGION, "-o", pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = pdf_text (pdf);
  assert_line (text, "^\\s*Newly homeless \\(inflow\\)(\\s+< 10){10}\\s*$");
  /* Key figures: 11 homeless on 1 January, a handful at the end. */
  assert_line (text, "^\\s*Homeless\\s+11\\s+< 10\\s+< 10\\s*$");
  g_assert_null (strstr (text, REPORT_TEST_LARGE_REGION));
}

/* The allocations: Kampen 23 and 3, Raalte 19 and 12, Zwolle 41 and 37,
 * the others none. The 3 reads "< 10"; Kampen's 23 and Raalte's 19 and
 * 12 "×", so that no row or column total gives the 3 away; every total
 * and every 0 is shown. */
static void
test_allocations (void)
{
  g_autofree char *pdf = wep_test_tmp_path ("allocations.pdf");
  g_autofree char *text = NULL;

  write_report (small_path, pdf, WEP_EXAMPLE_SCENARIO_NAME);
  text = pdf_text (pdf);
  assert_line (text, "^\\s*Municipality\\s+2024\\s+2025\\s+Total\\s*$");
  assert_line (text, "^\\s*Kampen\\s+×\\s+< 10\\s+26\\s*$");
  assert_line (text, "^\\s*Raalte\\s+×\\s+×\\s+31\\s*$");
  assert_line (text, "^\\s*Zwolle\\s+41\\s+37\\s+78\\s*$");
  assert_line (text, "^\\s*Dalfsen\\s+0\\s+0\\s+0\\s*$");
  assert_line (text, "^\\s*Total\\s+83\\s+52\\s+135\\s*$");
  g_assert_false (has_line (text, "^\\s*Kampen\\s+23\\s"));
}

/* 0 shows every count. */
static void
test_no_threshold (void)
{
  g_autofree char *pdf = wep_test_tmp_path ("everything.pdf");
  g_autofree char *text = NULL;
  g_auto (WepTestRun) run = { 0 };

  wep_test_run_wep (&run, "report", small_path, "--scenario", WEP_EXAMPLE_SCENARIO_NAME,
                    "--threshold", "0", "-o", pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = pdf_text (pdf);
  assert_line (text, "^\\s*Kampen\\s+23\\s+3\\s+26\\s*$");
  g_assert_null (strstr (text, "< 10"));
}

static void
test_wrong_use (void)
{
  g_autofree char *pdf = wep_test_tmp_path ("never.pdf");
  g_auto (WepTestRun) run = { 0 };

  wep_test_run_wep (&run, "report", example_path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  wep_test_run_wep (&run, "report", example_path, "-o", "report.txt", NULL);
  g_assert_cmpint (run.status, ==, 2);
  wep_test_run_wep (&run, "report", example_path, "--threshold", "-1", "-o", pdf, NULL);
  g_assert_cmpint (run.status, ==, 2);
  /* Several scenarios and none chosen. */
  wep_test_run_wep (&run, "report", small_path, "-o", pdf, NULL);
  g_assert_cmpint (run.status, ==, 2);
  wep_test_run_wep (&run, "report", example_path, "--scenario", "Onbekend", "-o", pdf, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "Onbekend"));
  wep_test_run_wep (&run, "report", example_path, "--region", "CG9999", "-o", pdf, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "CG9999"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (WepDocument) small = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (WepTestRun) run = { 0 };
  int status;

  /* Without a display, in Dutch number format, in English words (no
   * catalogue), the same for the program and for `wep`. */
  g_unsetenv ("DISPLAY");
  g_unsetenv ("WAYLAND_DISPLAY");
  g_setenv ("WEP_LOCALEDIR", "/nonexistent", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  wep_test_tmp_init ("test-report-pdf");

  example_path = wep_test_tmp_path ("example.weplan");
  wep_test_run_wep (&run, "example", example_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  small_path = wep_test_tmp_path ("small.weplan");
  small = report_test_plan_new ();
  g_assert_true (wep_document_save_as (small, small_path, &error));
  g_assert_no_error (error);
  wep_document_close (small);

  g_test_add_func ("/report-pdf/example", test_example);
  g_test_add_func ("/report-pdf/small-counts", test_small_counts);
  g_test_add_func ("/report-pdf/small-region", test_small_region);
  g_test_add_func ("/report-pdf/allocations", test_allocations);
  g_test_add_func ("/report-pdf/no-threshold", test_no_threshold);
  g_test_add_func ("/report-pdf/wrong-use", test_wrong_use);
  status = g_test_run ();
  wep_test_tmp_remove ();
  g_free (example_path);
  g_free (small_path);
  return status;
}
