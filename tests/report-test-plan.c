/* report-test-plan.c: plans the report tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "report-test-plan.h"
#include "wep-document-private.h"
#include "wep-example.h"

/* The example region at scale: persons, homes and places scaled, shares
 * and costs as they are. */
static void
add_scaled (WepModelInput       *input,
            const WepRegionInput *from,
            const char          *name,
            double               scale)
{
  static const WepScalar sized[] = { WEP_S_HOMELESS0, WEP_S_EXIT_READY0, WEP_S_HOUSED0_HF,
                                     WEP_S_HOUSED0_IND, WEP_S_HOUSED0_GRP, WEP_S_GRP_PLACES0 };
  static const WepYearly sized_yearly[] = { WEP_Y_INFLOW, WEP_Y_LETTINGS, WEP_Y_NEW_UNITS_HF,
                                            WEP_Y_NEW_UNITS_IND, WEP_Y_NEW_UNITS_GRP,
                                            WEP_Y_SHELTER_CAPACITY };
  WepRegionInput *region = wep_model_input_add_region (input, name);

  memcpy (region->scalar, from->scalar, sizeof region->scalar);
  memcpy (region->has_range, from->has_range, sizeof region->has_range);
  memcpy (region->range, from->range, sizeof region->range);
  for (guint k = 0; k < G_N_ELEMENTS (sized); k++)
    {
      region->scalar[sized[k]] *= scale;
      region->range[sized[k]].low *= scale;
      region->range[sized[k]].mode *= scale;
      region->range[sized[k]].high *= scale;
    }
  for (guint k = 0; k < WEP_N_YEARLY; k++)
    {
      double f = 1.0;

      for (guint s = 0; s < G_N_ELEMENTS (sized_yearly); s++)
        if (sized_yearly[s] == k)
          f = scale;
      for (int y = 0; y < input->horizon_years; y++)
        {
          region->yearly[k][y] = from->yearly[k][y] * f;
          if (from->yearly_range[k] != NULL && !isnan (from->yearly_range[k][y].low))
            wep_region_input_set_yearly_range (region, input->horizon_years, k, y,
                                               (WepTriangle) { from->yearly_range[k][y].low * f,
                                                               from->yearly_range[k][y].mode * f,
                                                               from->yearly_range[k][y].high * f });
        }
    }
}

static void
ok (gboolean  result,
    GError   *error)
{
  g_assert_no_error (error);
  g_assert_true (result);
}

WepDocument *
report_test_plan_new (void)
{
  WepDocument *doc = wep_example_document ();
  g_autoptr (WepModelInput) example = wep_example_input ();
  g_autoptr (WepModelInput) small = wep_model_input_new (example->base_year,
                                                         example->horizon_years);
  g_autoptr (WepModelInput) many = wep_model_input_new (example->base_year,
                                                        example->horizon_years);
  const WepRegionInput *from = wep_model_input_region (example, 0);
  static const struct
  {
    const char *code;
    int         year;
    int         homes;
  } allocations[] = {
    { "GM0166", 2024, 23 }, { "GM0166", 2025, 3 },
    { "GM0177", 2024, 19 }, { "GM0177", 2025, 12 },
    { "GM0193", 2024, 41 }, { "GM0193", 2025, 37 },
  };
  GError *error = NULL;
  gint64 prov;

  add_scaled (small, from, REPORT_TEST_SMALL_REGION, 0.012);
  add_scaled (small, from, REPORT_TEST_LARGE_REGION, 1.0);
  for (guint i = 0; i < 43; i++)
    {
      g_autofree char *name = g_strdup_printf ("Centrumregio %02u", i + 1);

      add_scaled (many, from, name, 0.33 + 2.67 * i / 42);
    }
  small->has_seed = many->has_seed = TRUE;
  small->seed = many->seed = example->seed;

  prov = wep_document_add_provenance (doc, "handmatig", "Testplan", "Testteam", &error);
  g_assert_no_error (error);
  ok (wep_document_store_scenario (doc, REPORT_TEST_SMALL_SCENARIO, small, prov, &error), error);
  ok (wep_document_store_scenario (doc, REPORT_TEST_MANY_SCENARIO, many, prov, &error), error);

  ok (_wep_sqlite_exec (_wep_document_get_db (doc), "DELETE FROM allocations", &error), error);
  for (guint i = 0; i < G_N_ELEMENTS (allocations); i++)
    ok (wep_document_add_allocation (doc, allocations[i].code, allocations[i].year,
                                     "uitstroom_mo_bw", allocations[i].homes, prov, &error),
        error);
  return doc;
}
