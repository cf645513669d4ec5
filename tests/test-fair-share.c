/* test-fair-share.c: the regional need spread over the municipalities
 *
 * On the example plan (eleven municipalities, scenario "Basis"): for every
 * key the shares of a region, year and pathway add up to the homes needed
 * of the goal seek; "equal" gives need / n; the gaps are the counted plans
 * minus the share and add up to −x up to the target year; by population a
 * larger municipality gets a larger share; a missing key value is an error
 * that names the municipality; lettings fall back to an earlier year; a
 * region without members is left out with a note; a pathway whose goal
 * cannot be reached shares out its planned units.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "wep-document-private.h"
#include "wep-example.h"
#include "wep-fair-share.h"
#include "wep-model.h"

#define N_EXAMPLE_MUNICIPALITIES 11

static void
ok (gboolean   result,
    GError   **error)
{
  if (error != NULL)
    g_assert_no_error (*error);
  g_assert_true (result);
}

static void
exec_sql (WepDocument *doc,
          const char  *sql)
{
  g_autoptr (GError) error = NULL;

  ok (_wep_sqlite_exec (_wep_document_get_db (doc), sql, &error), &error);
}

static WepFairShare *
compute (WepDocument     *doc,
         const char      *scenario,
         WepFairShareKey  key)
{
  g_autoptr (GError) error = NULL;
  WepFairShare *fair_share = wep_fair_share_compute (doc, scenario, key, &error);

  g_assert_no_error (error);
  g_assert_nonnull (fair_share);
  return fair_share;
}

/* The homes needed of the scenario's region i, by the goal seek itself. */
static WepRegionNeeds *
region_needs (WepDocument    *doc,
              const char     *scenario,
              guint           i,
              WepModelInput **input_out)
{
  g_autoptr (GError) error = NULL;
  WepModelInput *input = wep_document_scenario_input (doc, scenario, &error);

  g_assert_no_error (error);
  *input_out = input;
  return wep_region_needs_compute (input, wep_model_input_region (input, i));
}

/* Calls check on each run of rows of the same region, year and pathway. */
static void
foreach_group (const WepFairShare *fair_share,
               void              (*check) (const WepFairShareRow *rows,
                                           guint                  n,
                                           gpointer               data),
               gpointer            data)
{
  guint start = 0;

  for (guint i = 1; i <= fair_share->rows->len; i++)
    {
      const WepFairShareRow *first = wep_fair_share_row (fair_share, start);
      const WepFairShareRow *row = i < fair_share->rows->len ? wep_fair_share_row (fair_share, i)
                                                             : NULL;

      if (row != NULL && g_str_equal (row->region_code, first->region_code)
          && row->year == first->year && row->pathway == first->pathway)
        continue;
      check (first, i - start, data);
      start = i;
    }
}

/* Stores the example input again as "Basis", so that the scenario keeps
 * its own values where the data no longer give them. */
static void
store_example_scenario (WepDocument *doc)
{
  g_autoptr (WepModelInput) input = wep_example_input ();
  g_autoptr (GError) error = NULL;

  ok (wep_document_store_scenario (doc, WEP_EXAMPLE_SCENARIO_NAME, input, 1, &error), &error);
}

static void
test_keys (void)
{
  static const struct { const char *text; WepFairShareKey key; } spellings[] = {
    { "population", WEP_FAIR_SHARE_POPULATION }, { "inwoners", WEP_FAIR_SHARE_POPULATION },
    { "social-rental-stock", WEP_FAIR_SHARE_SOCIAL_RENTAL_STOCK },
    { "sociale-huur", WEP_FAIR_SHARE_SOCIAL_RENTAL_STOCK },
    { "Sociale huurvoorraad", WEP_FAIR_SHARE_SOCIAL_RENTAL_STOCK },
    { "lettings", WEP_FAIR_SHARE_LETTINGS }, { "verhuringen", WEP_FAIR_SHARE_LETTINGS },
    { "equal", WEP_FAIR_SHARE_EQUAL }, { "GELIJK", WEP_FAIR_SHARE_EQUAL },
  };
  WepFairShareKey key;

  for (guint i = 0; i < G_N_ELEMENTS (spellings); i++)
    {
      g_assert_true (wep_fair_share_key_from_string (spellings[i].text, &key));
      g_assert_cmpint (key, ==, spellings[i].key);
    }
  for (guint k = 0; k < WEP_N_FAIR_SHARE_KEYS; k++)
    {
      g_assert_true (wep_fair_share_key_from_string (wep_fair_share_key_to_string (k), &key));
      g_assert_cmpint (key, ==, k);
      g_assert_cmpstr (wep_fair_share_key_label (k), !=, "");
    }
  g_assert_cmpstr (wep_fair_share_key_to_string (WEP_FAIR_SHARE_SOCIAL_RENTAL_STOCK), ==,
                   "social-rental-stock");
  g_assert_false (wep_fair_share_key_from_string ("households", &key));
  g_assert_false (wep_fair_share_key_from_string ("", &key));
  g_assert_false (wep_fair_share_key_from_string (NULL, &key));
}

static void
check_group_sum (const WepFairShareRow *rows,
                 guint                  n,
                 gpointer               data)
{
  double sum = 0.0, key_total = 0.0;

  g_assert_cmpuint (n, ==, N_EXAMPLE_MUNICIPALITIES);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat (rows[i].need, ==, rows[0].need);
      g_assert_cmpfloat (rows[i].gap, ==, rows[i].planned - rows[i].share);
      sum += rows[i].share;
      key_total += rows[i].key_value;
    }
  g_assert_cmpfloat_with_epsilon (sum, rows[0].need, 1e-9);
  for (guint i = 0; i < n; i++)
    g_assert_cmpfloat_with_epsilon (rows[i].share,
                                    rows[0].need * rows[i].key_value / key_total, 1e-12);
  (*(guint *) data)++;
}

/* Every key: the shares add up to the need, which is the goal seek's. */
static void
test_sums (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (WepRegionNeeds) needs = region_needs (doc, WEP_EXAMPLE_SCENARIO_NAME, 0, &input);

  for (guint k = 0; k < WEP_N_FAIR_SHARE_KEYS; k++)
    {
      g_autoptr (WepFairShare) fs = compute (doc, WEP_EXAMPLE_SCENARIO_NAME, k);
      const WepFairShareRegion *region = &g_array_index (fs->regions, WepFairShareRegion, 0);
      guint groups = 0;

      g_assert_cmpint (fs->key, ==, k);
      g_assert_cmpuint (fs->notes->len, ==, 0);
      g_assert_cmpuint (fs->regions->len, ==, 1);
      g_assert_cmpstr (region->code, ==, WEP_EXAMPLE_REGION_CODE);
      g_assert_cmpstr (region->name, ==, WEP_EXAMPLE_REGION_NAME);
      g_assert_cmpint (region->target_year, ==, 2030);
      g_assert_cmpuint (region->n_members, ==, N_EXAMPLE_MUNICIPALITIES);
      g_assert_cmpuint (fs->rows->len, ==,
                        N_EXAMPLE_MUNICIPALITIES * WEP_N_HOUSING * input->horizon_years);
      foreach_group (fs, check_group_sum, &groups);
      g_assert_cmpuint (groups, ==, WEP_N_HOUSING * input->horizon_years);

      for (guint i = 0; i < fs->rows->len; i++)
        {
          const WepFairShareRow *row = wep_fair_share_row (fs, i);

          g_assert_true (row->reachable);
          g_assert_cmpfloat (row->need, ==,
                             needs->need[row->pathway].needed[row->year - input->base_year]);
        }
      for (guint p = 0; p < WEP_N_HOUSING; p++)
        {
          g_assert_true (region->reachable[p]);
          g_assert_cmpint (region->extra_per_year[p], ==, needs->need[p].extra_per_year);
        }
    }
}

static void
check_equal (const WepFairShareRow *rows,
             guint                  n,
             gpointer               data)
{
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat (rows[i].key_value, ==, 1.0);
      g_assert_cmpfloat (rows[i].share, ==, rows[i].need / n);
    }
}

static void
test_equal (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepFairShare) fs = compute (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_FAIR_SHARE_EQUAL);

  foreach_group (fs, check_equal, NULL);
}

/* The planned units are the plans table's; the gaps planned − share, per
 * 10,000 inhabitants too; a region's gaps add up to −x up to the target
 * year and to 0 after it. */
static void
test_example_gaps (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepFairShare) fs = compute (doc, WEP_EXAMPLE_SCENARIO_NAME,
                                         WEP_FAIR_SHARE_POPULATION);
  const WepFairShareRegion *region = &g_array_index (fs->regions, WepFairShareRegion, 0);
  g_autoptr (sqlite3_stmt) plan = NULL;
  g_autoptr (sqlite3_stmt) population = NULL;
  double gap_sum[WEP_N_HOUSING][40] = { { 0 } };
  gboolean some_negative = FALSE, some_positive = FALSE;

  plan = _wep_sqlite_prepare (_wep_document_get_db (doc),
                              "SELECT coalesce (sum (units), 0) FROM plans WHERE counted = 1 "
                              "AND municipality = ? AND year = ? AND pathway = ?", NULL);
  population = _wep_sqlite_prepare (_wep_document_get_db (doc),
                                    "SELECT population, name FROM municipalities WHERE code = ?",
                                    NULL);
  for (guint i = 0; i < fs->rows->len; i++)
    {
      const WepFairShareRow *row = wep_fair_share_row (fs, i);

      sqlite3_reset (plan);
      sqlite3_bind_text (plan, 1, row->municipality, -1, SQLITE_STATIC);
      sqlite3_bind_int (plan, 2, row->year);
      sqlite3_bind_text (plan, 3, wep_pathway_key (row->pathway), -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (plan), ==, SQLITE_ROW);
      g_assert_cmpfloat (row->planned, ==, sqlite3_column_double (plan, 0));

      sqlite3_reset (population);
      sqlite3_bind_text (population, 1, row->municipality, -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (population), ==, SQLITE_ROW);
      g_assert_cmpstr (row->name, ==, (const char *) sqlite3_column_text (population, 1));
      g_assert_cmpfloat (row->key_value, ==, sqlite3_column_double (population, 0));

      g_assert_cmpfloat (row->gap, ==, row->planned - row->share);
      g_assert_cmpfloat_with_epsilon (row->gap_per_10k,
                                      row->gap / row->key_value * 10000.0, 1e-12);
      some_negative |= row->gap < 0;
      some_positive |= row->gap > 0;
      gap_sum[row->pathway][row->year - fs->base_year] += row->gap;
    }
  g_assert_true (some_negative);
  g_assert_true (some_positive);
  for (guint p = 0; p < WEP_N_HOUSING; p++)
    for (int y = 0; y < fs->n_years; y++)
      {
        double x = fs->base_year + y <= region->target_year
                     ? (double) region->extra_per_year[p] : 0.0;

        g_assert_cmpfloat_with_epsilon (gap_sum[p][y], -x, 1e-9);
      }
  /* The example needs extra homes on every pathway up to 2030. */
  for (guint p = 0; p < WEP_N_HOUSING; p++)
    g_assert_cmpint (region->extra_per_year[p], >, 0);
}

static void
check_larger_gets_more (const WepFairShareRow *rows,
                        guint                  n,
                        gpointer               data)
{
  for (guint a = 0; a < n; a++)
    for (guint b = 0; b < n; b++)
      if (rows[a].key_value > rows[b].key_value && rows[a].need > 0)
        g_assert_cmpfloat (rows[a].share, >, rows[b].share);
  /* Zwolle, much the largest, gets the most. */
  for (guint a = 0; a < n; a++)
    if (g_str_equal (rows[a].municipality, "GM0193"))
      for (guint b = 0; b < n; b++)
        if (b != a && rows[a].need > 0)
          g_assert_cmpfloat (rows[a].share, >, rows[b].share);
}

static void
test_population (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepFairShare) fs = compute (doc, WEP_EXAMPLE_SCENARIO_NAME,
                                         WEP_FAIR_SHARE_POPULATION);

  foreach_group (fs, check_larger_gets_more, NULL);
}

static void
assert_fails_naming (WepDocument     *doc,
                     WepFairShareKey  key,
                     const char      *name,
                     const char      *code)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WepFairShare) fs = wep_fair_share_compute (doc, WEP_EXAMPLE_SCENARIO_NAME, key,
                                                        &error);

  g_assert_null (fs);
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_nonnull (strstr (error->message, code));
  g_assert_nonnull (strstr (error->message, WEP_EXAMPLE_REGION_NAME));
}

static void
test_missing_key_value (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepFairShare) equal = NULL;

  exec_sql (doc, "UPDATE municipalities SET population = NULL WHERE code = 'GM0166'");
  assert_fails_naming (doc, WEP_FAIR_SHARE_POPULATION, "Kampen", "GM0166");

  exec_sql (doc, "UPDATE municipalities SET social_rental_stock = NULL WHERE code = 'GM0244'");
  assert_fails_naming (doc, WEP_FAIR_SHARE_SOCIAL_RENTAL_STOCK, "Hattem", "GM0244");

  exec_sql (doc, "DELETE FROM municipality_lettings WHERE municipality = 'GM0177'");
  store_example_scenario (doc);
  assert_fails_naming (doc, WEP_FAIR_SHARE_LETTINGS, "Raalte", "GM0177");

  /* Equal needs no figures; without a population there is no gap per
   * 10,000 inhabitants. */
  equal = compute (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_FAIR_SHARE_EQUAL);
  for (guint i = 0; i < equal->rows->len; i++)
    {
      const WepFairShareRow *row = wep_fair_share_row (equal, i);

      if (g_str_equal (row->municipality, "GM0166"))
        g_assert_true (isnan (row->gap_per_10k));
      else
        g_assert_true (isfinite (row->gap_per_10k));
    }
}

static void
test_key_adds_up_to_zero (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GError) error = NULL;
  g_autoptr (WepFairShare) fs = NULL;

  exec_sql (doc, "UPDATE municipalities SET social_rental_stock = 0");
  fs = wep_fair_share_compute (doc, WEP_EXAMPLE_SCENARIO_NAME,
                               WEP_FAIR_SHARE_SOCIAL_RENTAL_STOCK, &error);
  g_assert_null (fs);
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, WEP_EXAMPLE_REGION_NAME));
}

static double
lettings_of (WepDocument *doc,
             const char  *code,
             int          year)
{
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (_wep_document_get_db (doc),
                         "SELECT lettings FROM municipality_lettings WHERE counted = 1 "
                         "AND municipality = ? AND year = ?", NULL);

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, year);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_double (stmt, 0);
}

/* Lettings of the year; else of the latest earlier year; else of the
 * latest year there is. */
static void
test_lettings_fallback (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepFairShare) fs = NULL;
  double zwolle_2029 = lettings_of (doc, "GM0193", 2029);
  double dalfsen_2035 = lettings_of (doc, "GM0148", 2035);
  double kampen_2031 = lettings_of (doc, "GM0166", 2031);
  guint checked = 0;

  g_assert_cmpfloat (zwolle_2029, !=, lettings_of (doc, "GM0193", 2030));
  exec_sql (doc, "DELETE FROM municipality_lettings WHERE municipality = 'GM0193' AND year = 2030;"
                 "DELETE FROM municipality_lettings WHERE municipality = 'GM0148' AND year < 2028");
  store_example_scenario (doc);
  fs = compute (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_FAIR_SHARE_LETTINGS);

  for (guint i = 0; i < fs->rows->len; i++)
    {
      const WepFairShareRow *row = wep_fair_share_row (fs, i);

      if (g_str_equal (row->municipality, "GM0193") && row->year == 2030)
        g_assert_cmpfloat (row->key_value, ==, zwolle_2029);
      else if (g_str_equal (row->municipality, "GM0148") && row->year < 2028)
        g_assert_cmpfloat (row->key_value, ==, dalfsen_2035);
      else if (g_str_equal (row->municipality, "GM0166") && row->year == 2031)
        g_assert_cmpfloat (row->key_value, ==, kampen_2031);
      else
        continue;
      checked++;
    }
  g_assert_cmpuint (checked, ==, (1 + 2 + 1) * WEP_N_HOUSING);
}

/* The example input with a copy of its region named name. */
static WepModelInput *
input_with_second_region (const char *name)
{
  WepModelInput *input = wep_example_input ();
  const WepRegionInput *first = wep_model_input_region (input, 0);
  WepRegionInput *second = wep_model_input_add_region (input, name);

  memcpy (second->scalar, first->scalar, sizeof first->scalar);
  for (guint k = 0; k < WEP_N_YEARLY; k++)
    memcpy (second->yearly[k], first->yearly[k], sizeof (double) * input->horizon_years);
  return input;
}

static void
test_region_without_members (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepModelInput) input = input_with_second_region ("Lege regio");
  g_autoptr (WepFairShare) fs = NULL;
  g_autoptr (GError) error = NULL;

  ok (wep_document_store_scenario (doc, "Twee regio's", input, 1, &error), &error);
  fs = compute (doc, "Twee regio's", WEP_FAIR_SHARE_POPULATION);
  g_assert_cmpuint (fs->regions->len, ==, 1);
  g_assert_cmpuint (fs->notes->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (fs->notes, 0), "Lege regio"));
  for (guint i = 0; i < fs->rows->len; i++)
    g_assert_cmpstr (wep_fair_share_row (fs, i)->region_code, ==, WEP_EXAMPLE_REGION_CODE);
  g_assert_cmpuint (fs->rows->len, ==,
                    N_EXAMPLE_MUNICIPALITIES * WEP_N_HOUSING * input->horizon_years);
}

static void
check_unreachable (const WepFairShareRow *rows,
                   guint                  n,
                   gpointer               data)
{
  const WepModelInput *input = data;
  const WepRegionInput *region = wep_model_input_region (input, 0);
  double planned = region->yearly[WEP_Y_NEW_UNITS_HF + rows[0].pathway][rows[0].year
                                                                        - input->base_year];
  double sum = 0.0;

  g_assert_true (rows[0].reachable == (rows[0].pathway != WEP_PATHWAY_HF));
  if (rows[0].reachable)
    return;
  g_assert_cmpfloat (rows[0].need, ==, planned);
  for (guint i = 0; i < n; i++)
    sum += rows[i].share;
  g_assert_cmpfloat_with_epsilon (sum, planned, 1e-9);
}

static void
test_unreachable (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepModelInput) input = wep_example_input ();
  g_autoptr (WepFairShare) fs = NULL;
  g_autoptr (GError) error = NULL;
  const WepFairShareRegion *region;

  for (int y = 0; y < input->horizon_years; y++)
    wep_model_input_region (input, 0)->yearly[WEP_Y_SUPPORT_CAP_HF][y] = 300;
  ok (wep_document_store_scenario (doc, "Krappe begeleiding", input, 1, &error), &error);
  fs = compute (doc, "Krappe begeleiding", WEP_FAIR_SHARE_POPULATION);
  region = &g_array_index (fs->regions, WepFairShareRegion, 0);
  g_assert_false (region->reachable[WEP_PATHWAY_HF]);
  g_assert_true (region->reachable[WEP_PATHWAY_IND]);
  g_assert_cmpuint (fs->notes->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (fs->notes, 0), "hf"));
  foreach_group (fs, check_unreachable, input);
}

static void
test_unknown_scenario (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (GError) error = NULL;
  g_autoptr (WepFairShare) fs = wep_fair_share_compute (doc, "Bestaat niet",
                                                        WEP_FAIR_SHARE_EQUAL, &error);

  g_assert_null (fs);
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/fair-share/keys", test_keys);
  g_test_add_func ("/fair-share/sums", test_sums);
  g_test_add_func ("/fair-share/equal", test_equal);
  g_test_add_func ("/fair-share/example-gaps", test_example_gaps);
  g_test_add_func ("/fair-share/population", test_population);
  g_test_add_func ("/fair-share/missing-key-value", test_missing_key_value);
  g_test_add_func ("/fair-share/key-adds-up-to-zero", test_key_adds_up_to_zero);
  g_test_add_func ("/fair-share/lettings-fallback", test_lettings_fallback);
  g_test_add_func ("/fair-share/region-without-members", test_region_without_members);
  g_test_add_func ("/fair-share/unreachable", test_unreachable);
  g_test_add_func ("/fair-share/unknown-scenario", test_unknown_scenario);
  return g_test_run ();
}
