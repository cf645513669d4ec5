/* chart-test-plan.c: the plan the chart tests draw
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "chart-test-plan.h"
#include "wep-example.h"
#include "wep-plan-rows.h"
#include "wep-test-util.h"

static void
compute (ChartTestPlan *plan)
{
  WepUncertaintyOptions options = { .n_runs = 200 };
  g_autoptr (GError) error = NULL;

  plan->results = wep_model_run (plan->input);
  plan->needs = g_ptr_array_new_with_free_func ((GDestroyNotify) wep_region_needs_free);
  for (guint i = 0; i < plan->input->regions->len; i++)
    {
      const WepRegionInput *region = wep_model_input_region (plan->input, i);

      g_ptr_array_add (plan->needs, wep_region_needs_compute (plan->input, region));
    }
  plan->uncertainty = wep_uncertainty_run (plan->input, &options, NULL, NULL, &error);
  g_assert_no_error (error);

  plan->sources = (WepChartSources) {
    .document = plan->doc,
    .scenario = plan->doc != NULL ? WEP_EXAMPLE_SCENARIO_NAME : NULL,
    .input = plan->input,
    .results = plan->results,
    .needs = plan->needs,
    .uncertainty = plan->uncertainty,
    .fair_share = plan->fair_share,
  };
}

ChartTestPlan *
chart_test_plan_new (void)
{
  ChartTestPlan *plan = g_new0 (ChartTestPlan, 1);
  g_autoptr (WepModelInput) other = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GError) error = NULL;
  gint64 prov;

  plan->doc = wep_example_document ();
  plan->input = wep_document_scenario_input (plan->doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);

  /* A second scenario: more prevention, more shelter places. */
  other = wep_model_input_copy (plan->input);
  for (int y = 0; y < other->horizon_years; y++)
    {
      WepRegionInput *region = wep_model_input_region (other, 0);

      region->yearly[WEP_Y_PREVENTION][y] = MIN (region->yearly[WEP_Y_PREVENTION][y] + 0.15, 1.0);
      region->yearly[WEP_Y_SHELTER_CAPACITY][y] += 20.0;
    }
  prov = wep_document_add_provenance (plan->doc, "handmatig", "Test", "", &error);
  g_assert_no_error (error);
  g_assert_true (wep_document_store_scenario (plan->doc, CHART_TEST_OTHER_SCENARIO, other, prov,
                                              &error));
  g_assert_no_error (error);

  /* Monitoring: allocations in 2026 and 2027 beside the example's 2025,
   * and the plans of 2026 of three municipalities completed. */
  g_assert_true (wep_document_add_allocation (plan->doc, "GM0193", 2026, "uitstroom_mo_bw", 21,
                                              prov, &error));
  g_assert_true (wep_document_add_allocation (plan->doc, "GM0166", 2026, "uitstroom_mo_bw", 9,
                                              prov, &error));
  g_assert_true (wep_document_add_allocation (plan->doc, "GM0193", 2027, "uitstroom_mo_bw", 25,
                                              prov, &error));
  g_assert_true (wep_document_add_allocation (plan->doc, "GM0193", 2027, "statushouders", 12,
                                              prov, &error));
  g_assert_no_error (error);
  rows = wep_document_list_plans (plan->doc);
  for (guint i = 0; i < rows->len; i++)
    {
      const WepPlanRow *row = g_ptr_array_index (rows, i);
      g_auto (GValue) value = G_VALUE_INIT;

      if (row->year != 2026 || !(g_str_equal (row->municipality, "GM0193")
                                 || g_str_equal (row->municipality, "GM0166")
                                 || g_str_equal (row->municipality, "GM0177")))
        continue;
      g_value_init (&value, G_TYPE_STRING);
      g_value_set_string (&value, "gerealiseerd");
      g_assert_true (wep_document_update_plan (plan->doc, row->id, WEP_PLAN_FIELD_STATUS, &value,
                                               &error));
      g_assert_no_error (error);
    }

  plan->fair_share = wep_fair_share_compute (plan->doc, WEP_EXAMPLE_SCENARIO_NAME,
                                             WEP_FAIR_SHARE_POPULATION, &error);
  g_assert_no_error (error);
  compute (plan);
  return plan;
}

ChartTestPlan *
chart_test_plan_new_regions (guint n_regions)
{
  ChartTestPlan *plan = g_new0 (ChartTestPlan, 1);
  g_autoptr (GRand) rand = g_rand_new_with_seed (20260101);
  g_autoptr (GError) error = NULL;

  plan->input = wep_test_random_input (rand, n_regions);
  g_assert_true (wep_model_input_validate (plan->input, &error));
  g_assert_no_error (error);
  compute (plan);
  return plan;
}

void
chart_test_plan_free (ChartTestPlan *plan)
{
  if (plan == NULL)
    return;
  g_clear_object (&plan->doc);
  g_clear_pointer (&plan->input, wep_model_input_free);
  g_clear_pointer (&plan->results, wep_results_free);
  g_clear_pointer (&plan->needs, g_ptr_array_unref);
  g_clear_pointer (&plan->uncertainty, wep_uncertainty_free);
  g_clear_pointer (&plan->fair_share, wep_fair_share_free);
  g_free (plan);
}

void
chart_test_style (WepChartStyle *style,
                  gboolean       dark)
{
  if (dark)
    wep_chart_style_init_dark (style);
  else
    wep_chart_style_init_light (style);
}
