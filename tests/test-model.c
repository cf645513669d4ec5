/* test-model.c: the engine against the spec's test vector, the monthly
 * mass balance on random inputs, and the goal seek
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>

#include "wep-model-private.h"
#include "wep-test-util.h"

static WepModelInput *
load_vector_input (void)
{
  g_autofree char *path = wep_test_data_path ("vector-input.json");
  g_autoptr (GError) error = NULL;
  WepModelInput *input = wep_model_input_load_json (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (input);
  return input;
}

static JsonObject *
vector_expected_region (JsonParser *parser)
{
  g_autofree char *path = wep_test_data_path ("planning-model-example.json");
  g_autoptr (GError) error = NULL;
  JsonObject *root;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  return json_object_get_object_member (
    json_object_get_object_member (json_object_get_object_member (root, "expected"), "regions"),
    "Voorbeeldregio");
}

static void
test_vector_results (void)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (WepModelInput) input = load_vector_input ();
  g_autoptr (WepResults) results = wep_model_run (input);
  JsonObject *expected = vector_expected_region (parser);
  JsonArray *years = json_object_get_array_member (expected, "years");
  const WepRegionResult *r;
  guint compared = 0;

  g_assert_cmpuint (results->regions->len, ==, 1);
  g_assert_null (results->total);
  r = g_ptr_array_index (results->regions, 0);
  g_assert_cmpstr (r->region, ==, "Voorbeeldregio");
  g_assert_cmpint (r->n_years, ==, json_array_get_length (years));

  for (guint y = 0; y < json_array_get_length (years); y++)
    {
      JsonObject *row = json_array_get_object_element (years, y);

      g_assert_cmpint (json_object_get_int_member (row, "year"), ==, r->base_year + (int) y);
      for (guint c = 0; c < WEP_N_COLUMNS; c++)
        {
          const char *key = wep_column_info (c)->key;
          JsonNode *node = json_object_get_member (row, key);
          double got = wep_region_result_get (r, y, c);

          g_assert_nonnull (node);
          if (JSON_NODE_HOLDS_NULL (node))
            g_assert_true (isnan (got));
          else
            {
              double want = json_node_get_double (node);

              if (wep_test_rel_diff (got, want) > 1e-9)
                g_error ("year %u, %s: got %.17g, expected %.17g", r->base_year + y, key, got,
                         want);
            }
          compared++;
        }
    }
  g_assert_cmpuint (compared, ==, 5 * WEP_N_COLUMNS);
}

static void
test_vector_needs (void)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (WepModelInput) input = load_vector_input ();
  JsonObject *expected = vector_expected_region (parser);
  JsonObject *extra = json_object_get_object_member (expected, "homes_needed_extra_per_year");
  g_autoptr (WepRegionNeeds) needs = wep_region_needs_compute (input,
                                                               wep_model_input_region (input, 0));

  for (guint k = 0; k < WEP_N_HOUSING; k++)
    {
      const WepNeed *need = &needs->need[k];
      double x = (double) need->extra_per_year;

      g_assert_true (need->reachable);
      g_assert_cmpint (need->extra_per_year, ==,
                       json_object_get_int_member (extra, wep_pathway_key (k)));
      /* The answer meets the goal and one unit less does not. */
      g_assert_true (wep_goal_met_with_extra (input, wep_model_input_region (input, 0), k, x));
      g_assert_false (wep_goal_met_with_extra (input, wep_model_input_region (input, 0), k,
                                               x - 1));
      /* Homes needed = plans + x, up to and including the target year. */
      for (int y = 0; y < needs->n_years; y++)
        g_assert_cmpfloat (need->needed[y], ==,
                           wep_model_input_region (input, 0)->yearly[WEP_Y_NEW_UNITS_HF + k][y]
                             + x);
    }
}

typedef struct
{
  guint  months;
  double worst;
} Balance;

static double
stock (const WepState *s)
{
  double sum = 0.0;

  for (guint k = 0; k < WEP_N_PATHWAYS; k++)
    sum += s->prep[k];
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    sum += s->queue[k] + s->housed[k];
  return sum;
}

static void
check_balance_cb (int                  month,
                  const WepState      *before,
                  const WepState      *after,
                  const WepMonthFlows *f,
                  gpointer             user_data)
{
  Balance *balance = user_data;
  double expected_change = f->entrants - f->left_own;
  double change = stock (after) - stock (before);
  double scale = MAX (1.0, MAX (stock (before), stock (after)));

  for (guint k = 0; k < WEP_N_HOUSING; k++)
    expected_change -= f->support_end[k];

  balance->worst = MAX (balance->worst, fabs (change - expected_change) / scale);
  if (fabs (change - expected_change) > 1e-9 * scale)
    g_error ("month %d: the stocks changed by %.17g, the flows say %.17g", month, change,
             expected_change);

  /* Nothing goes negative beyond rounding. */
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    {
      g_assert_cmpfloat (after->queue[k], >=, -1e-9 * scale);
      g_assert_cmpfloat (after->housed[k], >=, -1e-9 * scale);
      g_assert_cmpfloat (f->moves[k], >=, 0.0);
    }
  balance->months++;
}

static void
test_mass_balance_random (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (4242);
  Balance balance = { 0, 0.0 };

  for (guint i = 0; i < 1000; i++)
    {
      g_autoptr (WepModelInput) input = wep_test_random_input (rand, 1);
      g_autoptr (GError) error = NULL;
      const WepRegionInput *r = wep_model_input_region (input, 0);
      g_autofree double *out = g_new (double, (gsize) input->horizon_years * WEP_N_COLUMNS);
      WepRegionParams params;

      wep_model_input_validate (input, &error);
      g_assert_no_error (error);
      wep_region_params_init (&params, r->scalar, r->yearly);
      wep_simulate_region (&params, input->base_year, input->horizon_years, NULL, out, NULL,
                           check_balance_cb, &balance);
    }
  g_assert_cmpuint (balance.months, >=, 1000 * 12);
  g_test_message ("%u months checked, worst relative imbalance %.3g", balance.months,
                  balance.worst);
}

static void
test_goal_seek_random (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (77);
  guint reachable = 0;

  for (guint i = 0; i < 40; i++)
    {
      g_autoptr (WepModelInput) input = wep_test_random_input (rand, 1);
      const WepRegionInput *r = wep_model_input_region (input, 0);
      g_autoptr (WepRegionNeeds) needs = wep_region_needs_compute (input, r);

      for (guint k = 0; k < WEP_N_HOUSING; k++)
        {
          const WepNeed *need = &needs->need[k];

          if (!need->reachable)
            {
              g_assert_nonnull (need->reason);
              continue;
            }
          reachable++;
          g_assert_true (wep_goal_met_with_extra (input, r, k, need->extra_per_year));
          if (need->extra_per_year > 0)
            g_assert_false (wep_goal_met_with_extra (input, r, k, need->extra_per_year - 1));
        }
    }
  g_assert_cmpuint (reachable, >, 0);
}

static void
test_goal_unreachable_support_cap (void)
{
  g_autoptr (WepModelInput) input = load_vector_input ();
  WepRegionInput *r = wep_model_input_region (input, 0);
  g_autoptr (WepRegionNeeds) needs = NULL;

  /* A Housing First caseload already full: homes alone cannot help. */
  for (int y = 0; y < input->horizon_years; y++)
    r->yearly[WEP_Y_SUPPORT_CAP_HF][y] = 150;
  needs = wep_region_needs_compute (input, r);

  g_assert_false (needs->need[WEP_PATHWAY_HF].reachable);
  g_assert_null (needs->need[WEP_PATHWAY_HF].needed);
  g_assert_nonnull (strstr (needs->need[WEP_PATHWAY_HF].reason, "support_cap_hf"));
  g_assert_nonnull (strstr (needs->need[WEP_PATHWAY_HF].reason, "2030"));
  /* The other pathways are untouched by that cap. */
  g_assert_true (needs->need[WEP_PATHWAY_IND].reachable);
  g_assert_cmpint (needs->need[WEP_PATHWAY_IND].extra_per_year, ==, 54);
}

static void
test_goal_zero_when_met (void)
{
  g_autoptr (WepModelInput) input = load_vector_input ();
  WepRegionInput *r = wep_model_input_region (input, 0);
  g_autoptr (WepRegionNeeds) needs = NULL;

  /* Plans that already include the answer need nothing more. */
  for (int y = 0; y < input->horizon_years; y++)
    r->yearly[WEP_Y_NEW_UNITS_GRP][y] += 11;
  needs = wep_region_needs_compute (input, r);
  g_assert_true (needs->need[WEP_PATHWAY_GRP].reachable);
  g_assert_cmpint (needs->need[WEP_PATHWAY_GRP].extra_per_year, ==, 0);
}

static void
test_totals (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (9);
  g_autoptr (WepModelInput) input = wep_test_random_input (rand, 3);
  g_autoptr (WepResults) results = wep_model_run (input);

  g_assert_nonnull (results->total);
  g_assert_cmpstr (results->total->region, ==, "Totaal");
  for (int y = 0; y < results->n_years; y++)
    for (guint c = 0; c < WEP_N_COLUMNS; c++)
      {
        double sum = 0.0;

        for (guint i = 0; i < 3; i++)
          sum += wep_region_result_get (g_ptr_array_index (results->regions, i), y, c);
        if (!wep_column_is_wait (c))
          g_assert_cmpfloat (wep_test_rel_diff (wep_region_result_get (results->total, y, c), sum),
                             <=, 1e-12);
      }
  for (int y = 0; y < results->n_years; y++)
    for (guint k = 0; k < WEP_N_HOUSING; k++)
      {
        double q = wep_region_result_get (results->total, y, WEP_C_QUEUE_HF + k);
        double m = wep_region_result_get (results->total, y, WEP_C_MOVES_HF + k);
        double w = wep_region_result_get (results->total, y, WEP_C_WAIT_HF + k);

        if (m == 0.0)
          g_assert_true (isnan (w));
        else
          g_assert_cmpfloat (w, ==, q / (m / 12.0));
      }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/model/vector/results", test_vector_results);
  g_test_add_func ("/model/vector/needs", test_vector_needs);
  g_test_add_func ("/model/mass-balance/random", test_mass_balance_random);
  g_test_add_func ("/model/goal-seek/random", test_goal_seek_random);
  g_test_add_func ("/model/goal-seek/unreachable", test_goal_unreachable_support_cap);
  g_test_add_func ("/model/goal-seek/zero", test_goal_zero_when_met);
  g_test_add_func ("/model/totals", test_totals);

  return g_test_run ();
}
