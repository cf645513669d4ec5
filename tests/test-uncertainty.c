/* test-uncertainty.c: the Monte Carlo layer is reproducible, ordered and
 * independent of the number of threads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "wep-example.h"
#include "wep-results-format.h"
#include "wep-test-util.h"
#include "wep-uncertainty.h"

static WepModelInput *
ranged_input (guint n_regions)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (5);
  WepModelInput *input = wep_test_random_input (rand, n_regions);

  for (guint i = 0; i < n_regions; i++)
    {
      WepRegionInput *r = wep_model_input_region (input, i);
      double relapse = r->scalar[WEP_S_RELAPSE_HF];

      r->has_range[WEP_S_RELAPSE_HF] = TRUE;
      r->range[WEP_S_RELAPSE_HF] = (WepTriangle) { relapse * 0.5, relapse, MIN (0.99, relapse * 1.5) };
      r->has_range[WEP_S_READY_MONTHS_IND] = TRUE;
      r->range[WEP_S_READY_MONTHS_IND] = (WepTriangle) { 0, r->scalar[WEP_S_READY_MONTHS_IND], 30 };
      for (int y = 0; y < input->horizon_years; y++)
        {
          double inflow = r->yearly[WEP_Y_INFLOW][y];

          wep_region_input_set_yearly_range (r, input->horizon_years, WEP_Y_INFLOW, y,
                                             (WepTriangle) { inflow * 0.8, inflow, inflow * 1.3 });
        }
    }
  return input;
}

static char *
run_csv (const WepModelInput *input,
         guint                threads,
         guint64              seed)
{
  WepUncertaintyOptions options = { 300, threads, TRUE, seed };
  g_autoptr (GError) error = NULL;
  g_autoptr (WepUncertainty) u = wep_uncertainty_run (input, &options, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (u->n_runs, ==, 300);
  return wep_uncertainty_format (u, WEP_FORMAT_CSV);
}

static void
test_threads_identical (void)
{
  g_autoptr (WepModelInput) input = ranged_input (4);
  g_autofree char *one = run_csv (input, 1, 99);
  g_autofree char *two = run_csv (input, 2, 99);
  g_autofree char *eight = run_csv (input, 8, 99);
  g_autofree char *other_seed = run_csv (input, 2, 100);

  g_assert_cmpstr (one, ==, two);
  g_assert_cmpstr (one, ==, eight);
  g_assert_cmpstr (one, !=, other_seed);
}

static void
check_ordered (const WepUncertainty  *u,
               const WepRegionSpread *s)
{
  for (gsize i = 0; i < (gsize) u->n_years * WEP_N_COLUMNS; i++)
    {
      double p10 = s->percentile[WEP_PERCENTILE_P10][i];
      double p50 = s->percentile[WEP_PERCENTILE_P50][i];
      double p90 = s->percentile[WEP_PERCENTILE_P90][i];

      if (!isnan (p10) && !isnan (p50))
        g_assert_cmpfloat (p10, <=, p50);
      if (!isnan (p50) && !isnan (p90))
        g_assert_cmpfloat (p50, <=, p90);
      /* An undefined lower percentile implies undefined higher ones. */
      if (isnan (p10))
        g_assert_true (isnan (p50) && isnan (p90));
    }
}

static void
test_percentiles_ordered (void)
{
  g_autoptr (WepModelInput) input = ranged_input (3);
  g_autoptr (GError) error = NULL;
  g_autoptr (WepUncertainty) u = wep_uncertainty_run (input, NULL, NULL, NULL, &error);
  guint spread_cells = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (u->n_runs, ==, WEP_DEFAULT_RUNS);
  g_assert_nonnull (u->total);
  for (guint i = 0; i < u->regions->len; i++)
    {
      const WepRegionSpread *s = g_ptr_array_index (u->regions, i);

      check_ordered (u, s);
      for (guint k = 0; k <= WEP_N_HOUSING; k++)
        g_assert_true (s->goal_share[k] >= 0.0 && s->goal_share[k] <= 1.0);
      g_assert_cmpfloat (s->goal_share[WEP_GOAL_ALL], <=, s->goal_share[WEP_PATHWAY_HF]);
      for (gsize c = 0; c < (gsize) u->n_years * WEP_N_COLUMNS; c++)
        spread_cells += s->percentile[WEP_PERCENTILE_P90][c] > s->percentile[WEP_PERCENTILE_P10][c];
    }
  check_ordered (u, u->total);
  /* The ranges must actually spread the results. */
  g_assert_cmpuint (spread_cells, >, 0);
}

/* Without ranges every run is the deterministic run. */
static void
test_no_ranges_is_deterministic (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (17);
  g_autoptr (WepModelInput) input = wep_test_random_input (rand, 2);
  g_autoptr (WepResults) results = wep_model_run (input);
  WepUncertaintyOptions options = { 20, 2, FALSE, 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (WepUncertainty) u = wep_uncertainty_run (input, &options, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (u->seed, ==, WEP_DEFAULT_SEED);
  for (guint i = 0; i < 2; i++)
    {
      const WepRegionResult *r = g_ptr_array_index (results->regions, i);
      const WepRegionSpread *s = g_ptr_array_index (u->regions, i);

      for (int y = 0; y < r->n_years; y++)
        for (guint c = 0; c < WEP_N_COLUMNS; c++)
          for (guint p = 0; p < WEP_N_PERCENTILES; p++)
            {
              double want = wep_region_result_get (r, y, c);
              double got = s->percentile[p][y * WEP_N_COLUMNS + c];

              if (isnan (want))
                g_assert_true (isnan (got));
              else
                g_assert_cmpfloat (got, ==, want);
            }
    }
}

static void
test_input_seed_used (void)
{
  g_autoptr (WepModelInput) input = wep_example_input ();
  WepUncertaintyOptions options = { 10, 1, FALSE, 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (WepUncertainty) u = NULL;

  input->seed = 12345;
  input->has_seed = TRUE;
  u = wep_uncertainty_run (input, &options, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (u->seed, ==, 12345);
}

static void
test_triangle (void)
{
  WepTriangle t = { 2.0, 3.0, 7.0 };
  g_autoptr (GRand) rand = g_rand_new_with_seed (1);
  double sum = 0.0;
  guint below_mode = 0;
  const guint n = 200000;

  g_assert_cmpfloat (wep_triangle_sample (&t, 0.0), ==, 2.0);
  g_assert_cmpfloat (fabs (wep_triangle_sample (&t, 1.0) - 7.0), <, 1e-12);
  /* F(mode) = (mode - low) / (high - low) = 0.2 */
  g_assert_cmpfloat (fabs (wep_triangle_sample (&t, 0.2) - 3.0), <, 1e-12);
  for (guint i = 0; i < n; i++)
    {
      double v = wep_triangle_sample (&t, g_rand_double (rand));

      g_assert_cmpfloat (v, >=, 2.0);
      g_assert_cmpfloat (v, <=, 7.0);
      sum += v;
      below_mode += v < 3.0;
    }
  /* Mean (low + mode + high) / 3 = 4, share below the mode 0.2. */
  g_assert_cmpfloat (fabs (sum / n - 4.0), <, 0.02);
  g_assert_cmpfloat (fabs ((double) below_mode / n - 0.2), <, 0.01);

  t = (WepTriangle) { 5, 5, 5 };
  g_assert_cmpfloat (wep_triangle_sample (&t, 0.5), ==, 5.0);
}

static void
test_cancel (void)
{
  g_autoptr (WepModelInput) input = ranged_input (2);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (WepUncertainty) u = NULL;

  g_cancellable_cancel (cancellable);
  u = wep_uncertainty_run (input, NULL, NULL, cancellable, &error);
  g_assert_null (u);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/uncertainty/threads-identical", test_threads_identical);
  g_test_add_func ("/uncertainty/percentiles-ordered", test_percentiles_ordered);
  g_test_add_func ("/uncertainty/no-ranges", test_no_ranges_is_deterministic);
  g_test_add_func ("/uncertainty/input-seed", test_input_seed_used);
  g_test_add_func ("/uncertainty/triangle", test_triangle);
  g_test_add_func ("/uncertainty/cancel", test_cancel);

  return g_test_run ();
}
