/* test-chart-files.c: charts into files — PNG, SVG and PDF of the
 * requested size, refused sizes and folders — and the PNGs of every chart,
 * light and dark, saved for review (charts-review/ in the build folder)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "chart-test-plan.h"
#include "wep-test-util.h"

static char *
read_svg_size (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autoptr (GRegex) regex = g_regex_new ("<svg[^>]* width=\"([0-9.]+)pt\" height=\"([0-9.]+)pt\"",
                                          0, 0, NULL);
  g_autofree char *width = NULL, *height = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  if (!g_regex_match (regex, contents, 0, &match))
    return g_strdup ("none");
  width = g_match_info_fetch (match, 1);
  height = g_match_info_fetch (match, 2);
  return g_strdup_printf ("%s x %s", width, height);
}

/* Whether bytes (which may hold NUL, as a PDF with fonts does) contain
 * the text. */
static gboolean
contains_text (const char *bytes,
               gsize       length,
               const char *text)
{
  gsize n = strlen (text);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (bytes + i, text, n) == 0)
      return TRUE;
  return FALSE;
}

static void
check_pdf (const char *path,
           const char *size,
           const char *title)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autoptr (GError) error = NULL;

  if (pdfinfo != NULL)
    {
      g_autofree char *out = NULL, *size_line = g_strdup_printf ("^Page size: +%s pts", size);
      g_autofree char *title_line = g_strdup_printf ("^Title: +%s$", title);
      const char *argv[] = { pdfinfo, path, NULL };
      int status = 0;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   &out, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_true (g_regex_match_simple (size_line, out, G_REGEX_MULTILINE, 0));
      g_assert_true (g_regex_match_simple (title_line, out, G_REGEX_MULTILINE, 0));
      g_assert_true (g_regex_match_simple ("^Pages: +1$", out, G_REGEX_MULTILINE, 0));
    }
  else
    {
      g_autofree char *contents = NULL;
      gsize length = 0;
      g_auto (GStrv) wh = g_strsplit (size, " x ", 2);
      g_autofree char *box = g_strdup_printf ("/MediaBox [ 0 0 %s %s ]", wh[0], wh[1]);

      g_test_message ("pdfinfo is not installed: checking the PDF's MediaBox only");
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_true (g_str_has_prefix (contents, "%PDF-"));
      g_assert_true (contains_text (contents, length, box));
    }
}

static void
test_export (void)
{
  g_autoptr (ChartTestPlan) plan = chart_test_plan_new ();
  WepChartSelection selection = { NULL, 0, WEP_C_HOMELESS, NULL };
  g_autoptr (WepChartData) data = wep_chart_data_build (WEP_CHART_HOMELESS, &plan->sources,
                                                        &selection);
  g_autofree char *png = NULL, *svg = NULL, *pdf = NULL, *bad = NULL, *svg_size = NULL;
  g_autoptr (GError) error = NULL;
  cairo_surface_t *image;
  WepChartFormat format;

  wep_test_tmp_init ("test-chart-files");
  png = wep_test_tmp_path ("grafiek.png");
  svg = wep_test_tmp_path ("grafiek.SVG");
  pdf = wep_test_tmp_path ("grafiek.pdf");
  bad = wep_test_tmp_path ("no-such-folder/grafiek.png");

  g_assert_true (wep_chart_format_from_path (png, &format) && format == WEP_CHART_FORMAT_PNG);
  g_assert_true (wep_chart_format_from_path (svg, &format) && format == WEP_CHART_FORMAT_SVG);
  g_assert_true (wep_chart_format_from_path (pdf, &format) && format == WEP_CHART_FORMAT_PDF);
  g_assert_false (wep_chart_format_from_path ("grafiek.jpg", &format));
  g_assert_cmpstr (wep_chart_format_extension (WEP_CHART_FORMAT_PDF), ==, ".pdf");

  g_assert_true (wep_chart_export (data, png, WEP_CHART_FORMAT_PNG, 1600, 900, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 900);
  /* Paper white, whatever the screen's style. */
  g_assert_cmphex (((guint32 *) cairo_image_surface_get_data (image))[0], ==, 0xffffffff);
  cairo_surface_destroy (image);

  g_assert_true (wep_chart_export (data, svg, WEP_CHART_FORMAT_SVG, 700, 400, &error));
  g_assert_no_error (error);
  svg_size = read_svg_size (svg);
  g_assert_cmpstr (svg_size, ==, "700 x 400");

  g_assert_true (wep_chart_export (data, pdf, WEP_CHART_FORMAT_PDF, 842, 595, &error));
  g_assert_no_error (error);
  check_pdf (pdf, "842 x 595", data->title);

  /* Refused: sizes out of range, a folder that does not exist. */
  g_assert_false (wep_chart_export (data, png, WEP_CHART_FORMAT_PNG, 20000, 900, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "20000"));
  g_clear_error (&error);
  g_assert_false (wep_chart_export (data, png, WEP_CHART_FORMAT_PNG, 800, 100, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (wep_chart_export (data, bad, WEP_CHART_FORMAT_PNG, 400, 300, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  wep_test_tmp_remove ();
}

/* Every chart, light and dark, at the size of the Grafieken page and of
 * the overview, into charts-review/ in the build folder: to look at. */
static void
save_review (ChartTestPlan *plan,
             const char    *prefix,
             const char    *region,
             double         width)
{
  const char *builddir = g_getenv ("G_TEST_BUILDDIR");
  g_autofree char *dir = g_build_filename (builddir != NULL ? builddir : ".", "charts-review",
                                           NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  for (guint kind = 0; kind < WEP_N_CHART_KINDS; kind++)
    for (int dark = 0; dark < 2; dark++)
      {
        WepChartSelection selection = { region, 2028, WEP_C_HOMELESS, NULL };
        g_autoptr (WepChartData) data = wep_chart_data_build (kind, &plan->sources, &selection);
        double height = wep_chart_preferred_height (data, width);
        g_autofree char *name = g_strdup_printf ("%s-%s-%s.png", prefix, wep_chart_kind_key (kind),
                                                 dark ? "dark" : "light");
        g_autofree char *path = g_build_filename (dir, name, NULL);
        WepChartStyle style;
        cairo_surface_t *image;

        chart_test_style (&style, dark);
        image = wep_chart_render_image (data, &style, (int) width, (int) height);
        g_assert_cmpint (cairo_surface_write_to_png (image, path), ==, CAIRO_STATUS_SUCCESS);
        cairo_surface_destroy (image);
      }
}

static void
test_review (void)
{
  g_autoptr (ChartTestPlan) plan = chart_test_plan_new ();
  g_autoptr (ChartTestPlan) regions = chart_test_plan_new_regions (3);

  save_review (plan, "example", NULL, 900);
  save_review (plan, "narrow", NULL, 640);
  save_review (regions, "regions", NULL, 900);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* Dutch numbers where the locale is there, as the application has. */
  setlocale (LC_ALL, "nl_NL.UTF-8");

  g_test_add_func ("/chart-files/export", test_export);
  g_test_add_func ("/chart-files/review", test_review);
  return g_test_run ();
}
