/* test-json.c: the model input survives a write and a read exactly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "wep-example.h"
#include "wep-test-util.h"

static void
assert_inputs_equal (const WepModelInput *a,
                     const WepModelInput *b)
{
  g_assert_cmpint (a->base_year, ==, b->base_year);
  g_assert_cmpint (a->horizon_years, ==, b->horizon_years);
  g_assert_cmpint (a->has_seed, ==, b->has_seed);
  if (a->has_seed)
    g_assert_cmpuint (a->seed, ==, b->seed);
  g_assert_cmpuint (a->regions->len, ==, b->regions->len);

  for (guint i = 0; i < a->regions->len; i++)
    {
      const WepRegionInput *ra = wep_model_input_region (a, i);
      const WepRegionInput *rb = wep_model_input_region (b, i);

      g_assert_cmpstr (ra->name, ==, rb->name);
      for (guint k = 0; k < WEP_N_SCALARS; k++)
        {
          g_assert_cmpfloat (ra->scalar[k], ==, rb->scalar[k]);
          g_assert_cmpint (ra->has_range[k], ==, rb->has_range[k]);
          if (ra->has_range[k])
            g_assert_cmpmem (&ra->range[k], sizeof (WepTriangle), &rb->range[k],
                             sizeof (WepTriangle));
        }
      for (guint k = 0; k < WEP_N_YEARLY; k++)
        {
          g_assert_cmpmem (ra->yearly[k], a->horizon_years * sizeof (double), rb->yearly[k],
                           b->horizon_years * sizeof (double));
          g_assert_cmpint (ra->yearly_range[k] == NULL, ==, rb->yearly_range[k] == NULL);
          for (int y = 0; ra->yearly_range[k] != NULL && y < a->horizon_years; y++)
            {
              const WepTriangle *ta = &ra->yearly_range[k][y], *tb = &rb->yearly_range[k][y];

              g_assert_cmpint (isnan (ta->low), ==, isnan (tb->low));
              if (!isnan (ta->low))
                g_assert_cmpmem (ta, sizeof *ta, tb, sizeof *tb);
            }
        }
    }
}

static void
round_trip (const WepModelInput *input)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "round-trip.json", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) back = NULL;

  wep_model_input_save_json (input, path, &error);
  g_assert_no_error (error);
  back = wep_model_input_load_json (path, &error);
  g_assert_no_error (error);
  assert_inputs_equal (input, back);
  g_unlink (path);
}

static void
test_round_trip_example (void)
{
  g_autoptr (WepModelInput) input = wep_example_input ();
  g_autoptr (GError) error = NULL;

  wep_model_input_validate (input, &error);
  g_assert_no_error (error);
  g_assert_true (wep_region_input_has_ranges (wep_model_input_region (input, 0),
                                              input->horizon_years));
  round_trip (input);
}

static void
test_round_trip_random (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (31337);

  for (guint i = 0; i < 50; i++)
    {
      g_autoptr (WepModelInput) input = wep_test_random_input (rand, 1 + i % 4);
      WepRegionInput *r = wep_model_input_region (input, 0);

      /* Awkward doubles: the text must carry every bit. */
      r->scalar[WEP_S_COST_SHELTER] = 1.0 / 3.0 * 1e5;
      r->yearly[WEP_Y_INFLOW][0] = 0.1 + 0.2;
      r->has_range[WEP_S_RELAPSE_HF] = TRUE;
      r->range[WEP_S_RELAPSE_HF] = (WepTriangle) { 0, r->scalar[WEP_S_RELAPSE_HF], 0.99 };
      wep_region_input_set_yearly_range (r, input->horizon_years, WEP_Y_LETTINGS, 0,
                                         (WepTriangle) { 0, r->yearly[WEP_Y_LETTINGS][0],
                                                         r->yearly[WEP_Y_LETTINGS][0] + 1 });
      input->has_seed = i % 2;
      input->seed = G_GUINT64_CONSTANT (9007199254740992) - i;
      round_trip (input);
    }
}

static void
test_missing_file (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) input = wep_model_input_load_json ("/nonexistent/plan.json", &error);

  g_assert_null (input);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "/nonexistent/plan.json"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/json/round-trip/example", test_round_trip_example);
  g_test_add_func ("/json/round-trip/random", test_round_trip_random);
  g_test_add_func ("/json/missing-file", test_missing_file);

  return g_test_run ();
}
