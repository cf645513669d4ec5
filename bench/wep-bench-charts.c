/* wep-bench-charts.c: how fast the charts are made and drawn
 *
 * The two charts of the Overzicht (the homeless against shelter places,
 * homes needed against planned) for the 43-region scenario
 * (wep-bench-scenario.c), for the whole plan and for one region: their
 * data made from the results and the homes needed (wep-chart-data.h),
 * then drawn into an image surface of 760 × 460, the size of a chart on
 * the Overzicht. The goal seek runs once before, untimed, as the session
 * does in its worker thread. Median of 7 rounds of 200; target: both
 * charts made and drawn in under 8 ms. The other charts that need only
 * the results are measured too, for comparison.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "wep-bench-scenario.h"
#include "wep-chart-data.h"
#include "wep-model.h"

#define WIDTH   760
#define HEIGHT  460
#define ROUNDS  7
#define REPEATS 200

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *v,
        guint   n)
{
  qsort (v, n, sizeof (double), compare_doubles);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

/* Milliseconds to make and draw the charts of kinds, median of ROUNDS;
 * the part spent making the data in *data_ms. */
static double
time_charts (const WepChartSources  *sources,
             const char             *region,
             const WepChartKind     *kinds,
             guint                   n_kinds,
             double                 *data_ms)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  WepChartSelection selection = { region, 0, WEP_C_HOMELESS, NULL };
  g_autoptr (WepChartLayout) layout = wep_chart_layout_new ();
  double total[ROUNDS], making[ROUNDS];
  WepChartStyle style;

  wep_chart_style_init_light (&style);
  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 made = 0, start = g_get_monotonic_time ();

      for (guint i = 0; i < REPEATS; i++)
        for (guint k = 0; k < n_kinds; k++)
          {
            gint64 before = g_get_monotonic_time ();
            g_autoptr (WepChartData) data = wep_chart_data_build (kinds[k], sources, &selection);
            cairo_t *cr;

            made += g_get_monotonic_time () - before;
            g_assert_null (data->message);
            cr = cairo_create (surface);
            wep_chart_draw (cr, WIDTH, HEIGHT, &style, data, layout);
            cairo_destroy (cr);
          }
      cairo_surface_flush (surface);
      total[r] = (g_get_monotonic_time () - start) / 1000.0 / REPEATS;
      making[r] = made / 1000.0 / REPEATS;
    }
  cairo_surface_destroy (surface);
  *data_ms = median (making, ROUNDS);
  return median (total, ROUNDS);
}

int
main (int    argc,
      char **argv)
{
  static const WepChartKind overview[] = { WEP_CHART_HOMELESS, WEP_CHART_NEEDS };
  static const WepChartKind others[] = { WEP_CHART_WAIT, WEP_CHART_COSTS };
  g_autoptr (WepModelInput) input = wep_bench_scenario_43_regions ();
  g_autoptr (WepResults) results = wep_model_run (input);
  g_autoptr (GPtrArray) needs =
    g_ptr_array_new_with_free_func ((GDestroyNotify) wep_region_needs_free);
  const char *region = wep_model_input_region (input, 0)->name;
  WepChartSources sources = { 0 };
  double data_ms, ms, warm;

  setlocale (LC_ALL, "");
  for (guint i = 0; i < input->regions->len; i++)
    g_ptr_array_add (needs, wep_region_needs_compute (input, wep_model_input_region (input, i)));
  sources.scenario = "Benchmark";
  sources.input = input;
  sources.results = results;
  sources.needs = needs;

  /* Fonts and glyphs are found and cached on the first drawing. */
  time_charts (&sources, NULL, overview, G_N_ELEMENTS (overview), &warm);

  g_print ("scenario: %u regions x %d years; charts of %d x %d\n", input->regions->len,
           input->horizon_years, WIDTH, HEIGHT);
  ms = time_charts (&sources, NULL, overview, G_N_ELEMENTS (overview), &data_ms);
  g_print ("Overzicht, whole plan (homeless + needs): %.2f ms, of which data %.3f ms "
           "(median of %d x %d; target < 8)\n", ms, data_ms, ROUNDS, REPEATS);
  ms = time_charts (&sources, region, overview, G_N_ELEMENTS (overview), &data_ms);
  g_print ("Overzicht, one region (homeless + needs): %.2f ms, of which data %.3f ms\n",
           ms, data_ms);
  for (guint k = 0; k < G_N_ELEMENTS (others); k++)
    {
      ms = time_charts (&sources, NULL, &others[k], 1, &data_ms);
      g_print ("%s, whole plan: %.2f ms, of which data %.3f ms\n",
               wep_chart_kind_key (others[k]), ms, data_ms);
    }
  return 0;
}
