/* wep-bench.c: speed of the simulation and the Monte Carlo layer
 *
 * A 43-region, 10-year scenario (the built-in example region, varied per
 * region, with its uncertainty ranges): nanoseconds per region-month of
 * the deterministic run, and wall time of 1000 uncertainty runs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "wep-example.h"
#include "wep-model.h"
#include "wep-uncertainty.h"
#include "wep-bench-scenario.h"

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

static double
uncertainty_seconds (const WepModelInput *input,
                     guint                threads,
                     guint                repeats)
{
  double times[16];

  g_assert (repeats <= G_N_ELEMENTS (times));
  for (guint i = 0; i < repeats; i++)
    {
      WepUncertaintyOptions options = { 1000, threads, FALSE, 0 };
      g_autoptr (GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr (WepUncertainty) u = wep_uncertainty_run (input, &options, NULL, NULL, &error);

      times[i] = (g_get_monotonic_time () - start) / 1e6;
      g_assert_no_error (error);
    }
  return median (times, repeats);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (WepModelInput) input = wep_bench_scenario_43_regions ();
  g_autoptr (GError) error = NULL;
  double ns[7];
  guint reps = 400;
  double region_months = (double) N_REGIONS * input->horizon_years * 12;
  double mc_all, mc_one;

  if (!wep_model_input_validate (input, &error))
    g_error ("benchmark scenario: %s", error->message);

  for (guint t = 0; t < G_N_ELEMENTS (ns); t++)
    {
      gint64 start = g_get_monotonic_time ();

      for (guint i = 0; i < reps; i++)
        {
          g_autoptr (WepResults) results = wep_model_run (input);
          g_assert (results->total != NULL);
        }
      ns[t] = (g_get_monotonic_time () - start) * 1e3 / (reps * region_months);
    }

  mc_all = uncertainty_seconds (input, 0, 7);
  mc_one = uncertainty_seconds (input, 1, 5);

  g_print ("scenario: %d regions x %d years (%.0f region-months), %u processors\n", N_REGIONS,
           input->horizon_years, region_months, g_get_num_processors ());
  g_print ("simulation: %.1f ns per region-month (median of %zu x %u runs; target < 100)\n",
           median (ns, G_N_ELEMENTS (ns)), G_N_ELEMENTS (ns), reps);
  g_print ("uncertainty, 1000 runs, all processors: %.3f s (median of 7; target < 0.5)\n", mc_all);
  g_print ("uncertainty, 1000 runs, one thread:     %.3f s (median of 5)\n", mc_one);
  return 0;
}
