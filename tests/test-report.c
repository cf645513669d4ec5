/* test-report.c: the council report in core: what it says and how its
 * pages are cut
 *
 * The pages of the example's report, of a two-region plan with small
 * counts and of a 43-region plan, on A4 and on a small page that forces
 * every kind of break: every block is placed once and whole (a
 * paragraph's lines and a table's rows exactly once, in order), nothing
 * runs past the text area, no heading ends a page, a paragraph that
 * breaks leaves two lines on either side, a table that breaks has at
 * least two rows under every header and carries "(continued)", its note
 * stays with its last rows, and the contents (after the title page of a
 * report longer than four pages) name every heading with the page it is
 * on. Asking for a scenario, region or date that is not there fails with
 * a message naming it. An export meant to leave the office hides the
 * small counts of the results and a cell that would give one away.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "report-test-plan.h"
#include "wep-example.h"
#include "wep-export.h"
#include "wep-report-layout-private.h"
#include "wep-test-util.h"

static WepDocument *plan;

static WepReport *
make_report (const char *scenario,
             const char *region)
{
  WepReportOptions options;
  g_autoptr (GError) error = NULL;
  WepReport *report;

  wep_report_options_init (&options);
  options.scenario = scenario;
  options.region = region;
  options.date = "2026-11-27";
  options.n_runs = 200;
  report = wep_report_new (plan, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* Every block on the pages once and whole, and broken by the rules. */
static void
check_pages (WepReport *report)
{
  WepReportPages *pages = report->pages;
  const WepPageFrame *frame = &pages->frame;
  g_autofree guint *next = g_new0 (guint, report->blocks->len);
  g_autofree guint *parts = g_new0 (guint, report->blocks->len);
  guint n_headings = 0;

  g_assert_cmpuint (pages->measured->len, ==, report->blocks->len);
  for (guint p = 0; p < pages->pages->len; p++)
    {
      GArray *page = g_ptr_array_index (pages->pages, p);

      g_assert_cmpuint (page->len, >, 0);
      for (guint i = 0; i < page->len; i++)
        {
          const WepPlaced *placed = &g_array_index (page, WepPlaced, i);
          const WepMeasured *m = placed->measured;
          guint b;

          for (b = 0; b < report->blocks->len; b++)
            if (g_ptr_array_index (pages->measured, b) == m)
              break;
          g_assert_cmpuint (b, <, report->blocks->len);

          g_assert_cmpfloat (placed->y, >=, frame->top - 1e-6);
          /* Only what is taller than a page may run past it. */
          if (placed->y + placed->height > frame->bottom + 1e-6)
            g_assert_cmpfloat (placed->height, >, frame->bottom - frame->top - 1e-6);

          switch (m->block->kind)
            {
            case WEP_BLOCK_HEADING:
              n_headings++;
              g_assert_cmpuint (placed->first, ==, 0);
              g_assert_cmpuint (placed->last, ==, m->n_lines);
              /* No heading at the foot of a page. */
              g_assert_true (i + 1 < page->len || p + 1 == pages->pages->len);
              next[b] = m->n_lines;
              break;
            case WEP_BLOCK_PARAGRAPH:
              g_assert_cmpuint (placed->first, ==, next[b]);
              g_assert_cmpuint (placed->last, >, placed->first);
              if (placed->first > 0 || placed->last < m->n_lines)
                g_assert_cmpuint (placed->last - placed->first, >=, 2);
              next[b] = placed->last;
              break;
            case WEP_BLOCK_TABLE:
              g_assert_cmpuint (placed->first, ==, next[b]);
              g_assert_true (placed->continued == (parts[b] > 0));
              if (m->block->rows->len >= 2)
                g_assert_cmpuint (placed->last - placed->first, >=, 2);
              g_assert_true (placed->with_note == (placed->last == m->block->rows->len));
              next[b] = placed->last;
              break;
            case WEP_BLOCK_FIGURE:
              g_assert_cmpuint (parts[b], ==, 0);
              g_assert_cmpfloat (placed->height, >, 0.0);
              break;
            case WEP_BLOCK_PAGE_BREAK:
            default:
              g_assert_not_reached ();
            }
          parts[b]++;
        }
    }

  for (guint b = 0; b < report->blocks->len; b++)
    {
      const WepMeasured *m = g_ptr_array_index (pages->measured, b);

      switch (m->block->kind)
        {
        case WEP_BLOCK_HEADING:
        case WEP_BLOCK_PARAGRAPH:
          g_assert_cmpuint (next[b], ==, m->n_lines);
          break;
        case WEP_BLOCK_TABLE:
          g_assert_cmpuint (next[b], ==, m->block->rows->len);
          g_assert_cmpuint (parts[b], >=, 1);
          break;
        case WEP_BLOCK_FIGURE:
          g_assert_cmpuint (parts[b], ==, 1);
          break;
        case WEP_BLOCK_PAGE_BREAK:
        default:
          g_assert_cmpuint (parts[b], ==, 0);
        }
    }

  /* The contents: after the title page when the report is longer than
   * four pages, every heading with its page. */
  if (wep_report_get_n_pages (report) - pages->n_toc_pages > 4)
    {
      guint entry = 0;

      g_assert_cmpuint (pages->n_toc_pages, >=, 1);
      g_assert_cmpuint (pages->toc->len, ==, n_headings);
      for (guint p = 0; p < pages->pages->len; p++)
        {
          GArray *page = g_ptr_array_index (pages->pages, p);

          for (guint i = 0; i < page->len; i++)
            if (g_array_index (page, WepPlaced, i).measured->block->kind == WEP_BLOCK_HEADING)
              g_assert_cmpuint (g_array_index (pages->toc, WepTocEntry, entry++).page, ==,
                                wep_report_pages_first_content (pages) + p);
        }
    }
  else
    g_assert_cmpuint (pages->n_toc_pages, ==, 0);
  g_assert_cmpuint (wep_report_get_n_pages (report), ==,
                    1 + pages->n_toc_pages + pages->pages->len);
}

/* Draws every page into a recording surface: the drawing asks for nothing
 * the layout did not give it. */
static void
draw_all (WepReport *report,
          double     width,
          double     height)
{
  for (guint p = 0; p < wep_report_get_n_pages (report); p++)
    {
      cairo_rectangle_t extents = { 0, 0, width, height };
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                                 &extents);
      cairo_t *cr = cairo_create (surface);
      double x, y, w, h;

      wep_report_draw_page (report, cr, p);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
      /* Something on every page, inside it. */
      g_assert_cmpfloat (w * h, >, 0.0);
      g_assert_cmpfloat (x, >=, -1.0);
      g_assert_cmpfloat (x + w, <=, width + 1.0);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

static void
test_pages (gconstpointer data)
{
  const char *scenario = data;
  g_autoptr (WepReport) report = make_report (scenario, NULL);
  guint n_a4;

  n_a4 = wep_report_paginate (report, WEP_REPORT_A4_WIDTH, WEP_REPORT_A4_HEIGHT);
  g_test_message ("%s: %u pages on A4", scenario, n_a4);
  g_assert_cmpuint (n_a4, >, 4);
  check_pages (report);
  draw_all (report, WEP_REPORT_A4_WIDTH, WEP_REPORT_A4_HEIGHT);

  /* A5: more pages, every kind of break, the same rules. */
  g_assert_cmpuint (wep_report_paginate (report, 420, 595), >, n_a4);
  check_pages (report);
  draw_all (report, 420, 595);
}

/* The 43 regions: long tables break across pages and say so. */
static void
test_breaks (void)
{
  g_autoptr (WepReport) report = make_report (REPORT_TEST_MANY_SCENARIO, NULL);
  gboolean continued = FALSE;

  wep_report_paginate (report, WEP_REPORT_A4_WIDTH, WEP_REPORT_A4_HEIGHT);
  check_pages (report);
  for (guint p = 0; p < report->pages->pages->len; p++)
    {
      GArray *page = g_ptr_array_index (report->pages->pages, p);

      for (guint i = 0; i < page->len; i++)
        continued |= g_array_index (page, WepPlaced, i).continued;
    }
  g_assert_true (continued);
  g_assert_cmpstr (wep_report_get_region_name (report), ==, "43 regions");
}

/* One region of the 43: only its figures. */
static void
test_one_region (void)
{
  g_autoptr (WepReport) all = make_report (REPORT_TEST_MANY_SCENARIO, NULL);
  g_autoptr (WepReport) one = make_report (REPORT_TEST_MANY_SCENARIO, "Centrumregio 07");

  g_assert_cmpstr (wep_report_get_region_name (one), ==, "Centrumregio 07");
  g_assert_cmpuint (one->input->regions->len, ==, 1);
  g_assert_null (one->results->total);
  g_assert_cmpuint (wep_report_paginate (one, WEP_REPORT_A4_WIDTH, WEP_REPORT_A4_HEIGHT), <,
                    wep_report_paginate (all, WEP_REPORT_A4_WIDTH, WEP_REPORT_A4_HEIGHT));
  check_pages (one);
}

static void
assert_fails (const char *scenario,
              const char *region,
              const char *compare,
              const char *date,
              const char *named)
{
  WepReportOptions options;
  g_autoptr (GError) error = NULL;
  g_autoptr (WepReport) report = NULL;

  wep_report_options_init (&options);
  options.scenario = scenario;
  options.region = region;
  options.compare = compare;
  options.date = date;
  report = wep_report_new (plan, &options, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, WEP_REPORT_ERROR, WEP_REPORT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, named));
}

static void
test_errors (void)
{
  assert_fails ("Onbekend", NULL, NULL, NULL, "Onbekend");
  /* Several scenarios and none chosen: the message lists them. */
  assert_fails (NULL, NULL, NULL, NULL, REPORT_TEST_MANY_SCENARIO);
  assert_fails (WEP_EXAMPLE_SCENARIO_NAME, "CG9999", NULL, NULL, "CG9999");
  assert_fails (WEP_EXAMPLE_SCENARIO_NAME, NULL, NULL, "27-11-2026", "27-11-2026");
  assert_fails (WEP_EXAMPLE_SCENARIO_NAME, NULL, "Onbekend", NULL, "Onbekend");
  /* Two scenarios side by side cover the same regions: a total of other
   * regions would give the small one away. */
  assert_fails (WEP_EXAMPLE_SCENARIO_NAME, NULL, REPORT_TEST_SMALL_SCENARIO, NULL,
                WEP_EXAMPLE_REGION_NAME);
  assert_fails (REPORT_TEST_SMALL_SCENARIO, NULL, WEP_EXAMPLE_SCENARIO_NAME, NULL,
                REPORT_TEST_SMALL_REGION);
}

/* A cancelled report is no report. */
static void
test_cancelled (void)
{
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (WepReport) report = NULL;
  WepReportOptions options;

  wep_report_options_init (&options);
  options.scenario = WEP_EXAMPLE_SCENARIO_NAME;
  g_cancellable_cancel (cancellable);
  report = wep_report_new (plan, &options, cancellable, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* One region of the 43 beside the same region of the same scenario: the
 * comparison is there, of that region only, and every difference is 0. */
static void
test_compare (void)
{
  WepReportOptions options;
  g_autoptr (GError) error = NULL;
  g_autoptr (WepReport) report = NULL;
  gboolean found = FALSE;

  wep_report_options_init (&options);
  options.scenario = REPORT_TEST_MANY_SCENARIO;
  options.region = "Centrumregio 03";
  options.compare = REPORT_TEST_MANY_SCENARIO;
  options.n_runs = 100;
  report = wep_report_new (plan, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->compare_input->regions->len, ==, 1);
  g_assert_cmpstr (wep_model_input_region (report->compare_input, 0)->name, ==,
                   "Centrumregio 03");
  for (guint b = 0; b < report->blocks->len; b++)
    {
      const WepReportBlock *block = g_ptr_array_index (report->blocks, b);

      if (block->kind != WEP_BLOCK_TABLE || block->columns->len != 4
          || g_strcmp0 (g_array_index (block->columns, WepReportColumn, 2).title,
                        REPORT_TEST_MANY_SCENARIO) != 0)
        continue;
      found = TRUE;
      for (guint r = 0; r < block->rows->len; r++)
        {
          const WepReportRow *row = g_ptr_array_index (block->rows, r);

          g_assert_cmpstr (row->cells[1], ==, row->cells[2]);
          g_assert_true (g_str_equal (row->cells[3], "0") || g_str_equal (row->cells[3], "0.0")
                         || g_str_equal (row->cells[3], "€ 0.0 million"));
        }
    }
  g_assert_true (found);
}

/* ---- exports that leave the office --------------------------------------- */

typedef struct
{
  GStrv header;
  GPtrArray *rows;   /* of GStrv */
} Csv;

static void
csv_clear (Csv *csv)
{
  g_clear_pointer (&csv->header, g_strfreev);
  g_clear_pointer (&csv->rows, g_ptr_array_unref);
}

static void
read_csv (const char *path,
          Csv        *csv)
{
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  /* The byte order mark, then CRLF lines of ';'. */
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  lines = g_strsplit (contents + 3, "\r\n", -1);
  csv->header = g_strsplit (lines[0], ";", -1);
  csv->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 1; lines[i] != NULL && *lines[i] != '\0'; i++)
    g_ptr_array_add (csv->rows, g_strsplit (lines[i], ";", -1));
}

static int
column_of (const Csv  *csv,
           const char *key)
{
  for (int c = 0; csv->header[c] != NULL; c++)
    if (g_str_equal (csv->header[c], key))
      return c;
  g_assert_not_reached ();
}

static const char *
cell (const Csv  *csv,
      const char *region,
      const char *year,
      const char *key)
{
  for (guint r = 0; r < csv->rows->len; r++)
    {
      GStrv row = g_ptr_array_index (csv->rows, r);

      if (g_str_equal (row[0], region) && g_str_equal (row[1], year))
        return row[column_of (csv, key)];
    }
  g_assert_not_reached ();
}

static void
test_export_threshold (void)
{
  g_autofree char *all = wep_test_tmp_path ("all.csv");
  g_autofree char *outside = wep_test_tmp_path ("outside.csv");
  WepExportOptions options = { WEP_FAIR_SHARE_POPULATION, 0 };
  g_autoptr (GError) error = NULL;
  Csv full = { 0 }, hidden = { 0 };
  guint n_small = 0, n_protecting = 0;

  g_assert_true (wep_export_with_options (plan, REPORT_TEST_SMALL_SCENARIO, WEP_EXPORT_RESULTS,
                                          &options, all, NULL, &error));
  g_assert_no_error (error);
  options.privacy_threshold = 10;
  g_assert_true (wep_export_with_options (plan, REPORT_TEST_SMALL_SCENARIO, WEP_EXPORT_RESULTS,
                                          &options, outside, NULL, &error));
  g_assert_no_error (error);
  read_csv (all, &full);
  read_csv (outside, &hidden);

  /* The small region's homeless in 2030: a handful, hidden. */
  g_assert_cmpfloat (g_ascii_strtod (cell (&full, REPORT_TEST_SMALL_REGION, "2030", "homeless"),
                                     NULL), <, 10.0);
  g_assert_cmpstr (cell (&hidden, REPORT_TEST_SMALL_REGION, "2030", "homeless"), ==, "< 10");
  /* The total, computed before, stays; so one more of its parts goes:
   * the large region's. */
  g_assert_cmpstr (cell (&hidden, "Totaal", "2030", "homeless"), !=, "< 10");
  g_assert_cmpstr (cell (&hidden, "Totaal", "2030", "homeless"), !=, "×");
  g_assert_cmpstr (cell (&hidden, REPORT_TEST_LARGE_REGION, "2030", "homeless"), ==, "×");
  /* A wait of a hidden queue is left empty. */
  g_assert_cmpstr (cell (&hidden, REPORT_TEST_SMALL_REGION, "2030", "wait_hf"), ==, "");
  /* Counts are whole; the cost is as it is. */
  g_assert_null (strchr (cell (&hidden, "Totaal", "2030", "homeless"), ','));
  g_assert_cmpstr (cell (&hidden, "Totaal", "2030", "cost"), ==,
                   cell (&full, "Totaal", "2030", "cost"));

  for (guint r = 0; r < hidden.rows->len; r++)
    for (GStrv row = g_ptr_array_index (hidden.rows, r); *row != NULL; row++)
      {
        n_small += g_str_equal (*row, "< 10");
        n_protecting += g_str_equal (*row, "×");
      }
  g_assert_cmpuint (n_small, >, 0);
  g_assert_cmpuint (n_protecting, >, 0);
  csv_clear (&full);
  csv_clear (&hidden);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  wep_test_tmp_init ("test-report");
  plan = report_test_plan_new ();

  g_test_add_data_func ("/report/pages/example", WEP_EXAMPLE_SCENARIO_NAME, test_pages);
  g_test_add_data_func ("/report/pages/small-counts", REPORT_TEST_SMALL_SCENARIO, test_pages);
  g_test_add_data_func ("/report/pages/43-regions", REPORT_TEST_MANY_SCENARIO, test_pages);
  g_test_add_func ("/report/breaks", test_breaks);
  g_test_add_func ("/report/one-region", test_one_region);
  g_test_add_func ("/report/errors", test_errors);
  g_test_add_func ("/report/cancelled", test_cancelled);
  g_test_add_func ("/report/compare", test_compare);
  g_test_add_func ("/report/export-threshold", test_export_threshold);
  status = g_test_run ();
  g_clear_object (&plan);
  wep_test_tmp_remove ();
  return status;
}
