/* test-derived.c: what the data alone give a scenario, going back to it,
 * and storing a scenario whose region names the plan shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wep-document-private.h"
#include "wep-example.h"

/* The scalar keys the data give (docs/model.md, "From plan file to model
 * input"); every other scalar is the scenario's alone. */
static gboolean
scalar_is_derived (WepScalar k)
{
  return k >= WEP_S_HOMELESS0 && k <= WEP_S_GRP_PLACES0;
}

static gboolean
yearly_is_derived (WepYearly k)
{
  return k == WEP_Y_INFLOW || k == WEP_Y_LETTINGS || k == WEP_Y_SHELTER_CAPACITY
         || (k >= WEP_Y_NEW_UNITS_HF && k <= WEP_Y_NEW_UNITS_GRP);
}

static gint64
own_rows (WepDocument *doc,
          const char  *key)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM scenario_inputs "
                                          "WHERE key = '%s' AND value IS NOT NULL", key);

  return _wep_sqlite_count (_wep_document_get_db (doc), sql);
}

static void
store (WepDocument         *doc,
       const WepModelInput *input)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (wep_document_store_scenario (doc, WEP_EXAMPLE_SCENARIO_NAME, input, -1,
                                              &error));
  g_assert_no_error (error);
}

static void
test_example (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepModelInput) input = wep_example_input ();
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) derived = wep_document_scenario_derived (doc,
                                                                     WEP_EXAMPLE_SCENARIO_NAME,
                                                                     &error);
  const WepRegionInput *want = wep_model_input_region (input, 0);
  const WepRegionInput *got;

  g_assert_no_error (error);
  g_assert_nonnull (derived);
  g_assert_cmpint (derived->base_year, ==, input->base_year);
  g_assert_cmpint (derived->horizon_years, ==, input->horizon_years);
  g_assert_true (derived->has_seed);
  g_assert_cmpuint (derived->seed, ==, input->seed);
  g_assert_cmpuint (derived->regions->len, ==, 1);
  got = wep_model_input_region (derived, 0);
  g_assert_cmpstr (got->name, ==, WEP_EXAMPLE_REGION_NAME);

  /* The example's figures, plans and lettings are the example's values;
   * everything else is the scenario's alone. */
  for (int k = 0; k < WEP_N_SCALARS; k++)
    {
      if (scalar_is_derived (k))
        g_assert_cmpfloat (got->scalar[k], ==, want->scalar[k]);
      else if (!isnan (got->scalar[k]))
        g_error ("%s: the data give %g", wep_scalar_info (k)->key, got->scalar[k]);
      g_assert_false (got->has_range[k]);
    }
  for (int k = 0; k < WEP_N_YEARLY; k++)
    {
      for (int y = 0; y < derived->horizon_years; y++)
        if (yearly_is_derived (k))
          g_assert_cmpfloat_with_epsilon (got->yearly[k][y], want->yearly[k][y], 1e-9);
        else if (!isnan (got->yearly[k][y]))
          g_error ("%s %d: the data give %g", wep_yearly_info (k)->key, derived->base_year + y,
                   got->yearly[k][y]);
      g_assert_null (got->yearly_range[k]);
    }
}

static void
test_own_value_and_back (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (WepModelInput) back = NULL;
  g_autoptr (WepModelInput) derived = NULL;
  WepRegionInput *region;

  input = wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);
  region = wep_model_input_region (input, 0);
  g_assert_cmpint (own_rows (doc, "homeless0"), ==, 0);
  g_assert_cmpint (own_rows (doc, "inflow"), ==, 0);

  /* Own values replace the data's; the derived ones stay what the data
   * give. */
  region->scalar[WEP_S_HOMELESS0] = 1000;
  region->yearly[WEP_Y_INFLOW][2] = 333;
  store (doc, input);
  g_assert_cmpint (own_rows (doc, "homeless0"), ==, 1);
  g_assert_cmpint (own_rows (doc, "inflow"), ==, 1);
  back = wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (wep_model_input_region (back, 0)->scalar[WEP_S_HOMELESS0], ==, 1000);
  g_assert_cmpfloat (wep_model_input_region (back, 0)->yearly[WEP_Y_INFLOW][2], ==, 333);
  derived = wep_document_scenario_derived (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (wep_model_input_region (derived, 0)->scalar[WEP_S_HOMELESS0], ==, 900);
  g_assert_cmpfloat (wep_model_input_region (derived, 0)->yearly[WEP_Y_INFLOW][2], ==, 590);
  /* The example's range on homeless0 is the scenario's, not the data's. */
  g_assert_true (wep_model_input_region (back, 0)->has_range[WEP_S_HOMELESS0]);
  g_assert_false (wep_model_input_region (derived, 0)->has_range[WEP_S_HOMELESS0]);

  /* Back to the derived values: no own value is kept, the range is. */
  region->scalar[WEP_S_HOMELESS0] = wep_model_input_region (derived, 0)->scalar[WEP_S_HOMELESS0];
  region->yearly[WEP_Y_INFLOW][2] = wep_model_input_region (derived, 0)->yearly[WEP_Y_INFLOW][2];
  store (doc, input);
  g_assert_cmpint (own_rows (doc, "homeless0"), ==, 0);
  g_assert_cmpint (own_rows (doc, "inflow"), ==, 0);
  g_assert_cmpint (_wep_sqlite_count (_wep_document_get_db (doc),
                                      "SELECT count(*) FROM scenario_inputs "
                                      "WHERE key = 'homeless0' AND low IS NOT NULL"), ==, 1);
}

static void
test_missing_data (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepModelInput) derived = NULL;
  g_autoptr (GError) error = NULL;
  const WepRegionInput *region;

  /* Without Hattem's lettings of 2030 the year has no derived value, but
   * the others do, and the scenario's input cannot be made. */
  sqlite3_exec (_wep_document_get_db (doc),
                "DELETE FROM municipality_lettings WHERE municipality = 'GM0244' AND year = 2030",
                NULL, NULL, NULL);
  derived = wep_document_scenario_derived (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);
  region = wep_model_input_region (derived, 0);
  g_assert_true (isnan (region->yearly[WEP_Y_LETTINGS][2030 - derived->base_year]));
  g_assert_false (isnan (region->yearly[WEP_Y_LETTINGS][2029 - derived->base_year]));
  g_assert_null (wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID);
  g_clear_error (&error);

  /* No such scenario: an error that names it. */
  g_assert_null (wep_document_scenario_derived (doc, "Bestaat niet", &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Bestaat niet"));
}

static void
test_shared_region_name (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (WepModelInput) back = NULL;
  g_autoptr (GError) error = NULL;
  gint64 prov;

  input = wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);

  /* Another region of the plan with the same name (as the province and the
   * centrumgemeente Utrecht): the scenario's own region is meant. */
  prov = wep_document_add_provenance (doc, "handmatig", "test", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (wep_document_add_region (doc, "PV99", WEP_EXAMPLE_REGION_NAME, "provincie",
                                          prov, &error));
  g_assert_no_error (error);
  wep_model_input_region (input, 0)->scalar[WEP_S_RELAPSE_HF] = 0.2;
  store (doc, input);
  back = wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (wep_model_input_region (back, 0)->scalar[WEP_S_RELAPSE_HF], ==, 0.2);
  g_assert_cmpint (_wep_sqlite_count (_wep_document_get_db (doc),
                                      "SELECT count(*) FROM scenario_regions "
                                      "WHERE region = '" WEP_EXAMPLE_REGION_CODE "'"), ==, 1);

  /* A new scenario, or a region the plan lacks, needs a provenance. */
  g_assert_false (wep_document_store_scenario (doc, "Nieuw", input, -1, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Nieuw"));
  g_clear_error (&error);
  g_free (wep_model_input_region (input, 0)->name);
  wep_model_input_region (input, 0)->name = g_strdup ("Elders");
  g_assert_false (wep_document_store_scenario (doc, WEP_EXAMPLE_SCENARIO_NAME, input, -1,
                                               &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Elders"));
  /* Refused as a whole: the scenario is as it was. */
  g_clear_pointer (&back, wep_model_input_free);
  back = wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, NULL);
  g_assert_nonnull (back);
  g_assert_cmpstr (wep_model_input_region (back, 0)->name, ==, WEP_EXAMPLE_REGION_NAME);
}

/* An edit of one region writes that region only, and gives the same input
 * as storing the whole scenario would. */
static void
test_store_region (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) input =
    wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_autoptr (WepModelInput) back = NULL;
  g_autoptr (WepModelInput) other = NULL;
  WepRegionInput *region;

  g_assert_no_error (error);
  region = wep_model_input_region (input, 0);
  region->yearly[WEP_Y_INFLOW][1] += 35;
  region->scalar[WEP_S_RELAPSE_HF] = 0.21;
  g_assert_true (wep_document_store_scenario_region (doc, WEP_EXAMPLE_SCENARIO_NAME, input, 0,
                                                     &error));
  g_assert_no_error (error);
  back = wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (wep_model_input_region (back, 0)->yearly[WEP_Y_INFLOW][1], ==,
                     region->yearly[WEP_Y_INFLOW][1]);
  g_assert_cmpfloat (wep_model_input_region (back, 0)->scalar[WEP_S_RELAPSE_HF], ==, 0.21);
  g_assert_true (wep_document_get_modified (doc));

  /* Other years, or a region the scenario does not have: not this way. */
  other = wep_model_input_copy (input);
  g_free (wep_model_input_region (other, 0)->name);
  wep_model_input_region (other, 0)->name = g_strdup ("Nergensland");
  g_assert_false (wep_document_store_scenario_region (doc, WEP_EXAMPLE_SCENARIO_NAME, other, 0,
                                                      &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&other, wep_model_input_free);
  other = wep_model_input_copy (input);
  other->base_year++;
  g_assert_false (wep_document_store_scenario_region (doc, WEP_EXAMPLE_SCENARIO_NAME, other, 0,
                                                      &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* What was stored stays. */
  g_clear_pointer (&back, wep_model_input_free);
  back = wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_cmpfloat (wep_model_input_region (back, 0)->scalar[WEP_S_RELAPSE_HF], ==, 0.21);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/derived/example", test_example);
  g_test_add_func ("/derived/own-value-and-back", test_own_value_and_back);
  g_test_add_func ("/derived/missing-data", test_missing_data);
  g_test_add_func ("/derived/shared-region-name", test_shared_region_name);
  g_test_add_func ("/derived/store-region", test_store_region);

  return g_test_run ();
}
