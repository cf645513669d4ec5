/* test-validate.c: every validation rule has an input that breaks it and
 * the message that names region, key, year and value
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "wep-error.h"
#include "wep-test-util.h"

#define R "regions/Voorbeeldregio/"

typedef struct
{
  const char   *path;        /* slash-separated members from the input root */
  const char   *value;       /* JSON text to set there; NULL removes it */
  WepInputError code;
  const char   *expect[4];   /* substrings of the message */
} Case;

static const Case cases[] = {
  { R "mix_hf", "0.3", WEP_INPUT_ERROR_RANGE, { "Voorbeeldregio", "mix_hf + mix_ind", "1.05" } },
  { R "mix_ind", "-0.1", WEP_INPUT_ERROR_RANGE, { "“mix_ind”", "-0.1", "from 0 to 1" } },
  { R "ready_months_grp", "-1", WEP_INPUT_ERROR_RANGE, { "“ready_months_grp”", "-1", "0 or more" } },
  { R "relapse_hf", "1", WEP_INPUT_ERROR_RANGE, { "“relapse_hf”", ": 1 is not", "not including 1" } },
  { R "support_end_ind", "1.5", WEP_INPUT_ERROR_RANGE, { "“support_end_ind”", "1.5" } },
  { R "homeless0", "-5", WEP_INPUT_ERROR_RANGE, { "“homeless0”", "-5" } },
  { R "exit_ready0", "900", WEP_INPUT_ERROR_RANGE, { "“exit_ready0”", "900", "homeless0 (800)" } },
  { R "housed0_hf", "-1", WEP_INPUT_ERROR_RANGE, { "“housed0_hf”", "-1" } },
  { R "grp_places0", "100", WEP_INPUT_ERROR_RANGE, { "“grp_places0”", "100", "housed0_grp", "150" } },
  { R "cost_shelter", "-1", WEP_INPUT_ERROR_RANGE, { "“cost_shelter”", "-1" } },
  { R "target_year", "2031", WEP_INPUT_ERROR_RANGE, { "“target_year”", "2031", "2026 to 2030" } },
  { R "target_year", "2028.5", WEP_INPUT_ERROR_RANGE, { "“target_year”", "2028.5", "whole year" } },
  { R "max_wait_months", "0", WEP_INPUT_ERROR_RANGE, { "“max_wait_months”", ": 0 is not", "above 0" } },
  { R "per_year/inflow/2028", "-10", WEP_INPUT_ERROR_RANGE, { "“inflow”", "year 2028", "-10" } },
  { R "per_year/prevention/2027", "1.5", WEP_INPUT_ERROR_RANGE, { "“prevention”", "year 2027", "1.5" } },
  { R "per_year/lettings/2026", "-1", WEP_INPUT_ERROR_RANGE, { "“lettings”", "year 2026", "-1" } },
  { R "per_year/quota_hf/2029", "0.96", WEP_INPUT_ERROR_RANGE, { "year 2029", "quota_hf (0.96)", "quota_ind (0.06)" } },
  { R "per_year/quota_ind/2030", "1.2", WEP_INPUT_ERROR_RANGE, { "“quota_ind”", "year 2030", "1.2" } },
  { R "per_year/new_units_grp/2030", "-3", WEP_INPUT_ERROR_RANGE, { "“new_units_grp”", "year 2030", "-3" } },
  { R "per_year/support_cap_ind/2027", "-1", WEP_INPUT_ERROR_RANGE, { "“support_cap_ind”", "year 2027" } },
  { R "per_year/shelter_capacity/2026", "-1", WEP_INPUT_ERROR_RANGE, { "“shelter_capacity”", "year 2026" } },
  { R "cost_unit_grp", NULL, WEP_INPUT_ERROR_MISSING_KEY, { "Voorbeeldregio", "“cost_unit_grp” is missing" } },
  { R "per_year/lettings", NULL, WEP_INPUT_ERROR_MISSING_KEY, { "Voorbeeldregio", "“lettings” is missing" } },
  { R "per_year/inflow/2029", NULL, WEP_INPUT_ERROR_MISSING_YEAR, { "“inflow”", "no value for year 2029" } },
  { R "per_year/inflow/2031", "600", WEP_INPUT_ERROR_RANGE, { "“inflow”", "year 2031", "2026 to 2030" } },
  { R "per_year/inflow/next", "600", WEP_INPUT_ERROR_TYPE, { "“inflow”", "“next” is not a year" } },
  { R "per_year/inflation", "{}", WEP_INPUT_ERROR_UNKNOWN_KEY, { "“inflation”", "unknown key" } },
  { R "mix_foo", "0.1", WEP_INPUT_ERROR_UNKNOWN_KEY, { "“mix_foo”", "unknown key" } },
  { "foo", "1", WEP_INPUT_ERROR_UNKNOWN_KEY, { "“foo”", "unknown key" } },
  { R "inflow", "600", WEP_INPUT_ERROR_UNKNOWN_KEY, { "“inflow”", "per-year key" } },
  { R "homeless0", "\"800\"", WEP_INPUT_ERROR_TYPE, { "“homeless0”", "expected a number" } },
  { R "per_year/inflow/2026", "null", WEP_INPUT_ERROR_TYPE, { "“inflow”", "year 2026", "expected a number" } },
  { R "homeless0", "!1e400", WEP_INPUT_ERROR_RANGE, { "“homeless0”", "too large" } },
  { R "per_year", "[]", WEP_INPUT_ERROR_TYPE, { "“per_year”", "expected an object" } },
  { "base_year", "1999", WEP_INPUT_ERROR_RANGE, { "“base_year”", "1999", "2000 to 2100" } },
  { "base_year", NULL, WEP_INPUT_ERROR_MISSING_KEY, { "“base_year” is missing" } },
  { "horizon_years", "0", WEP_INPUT_ERROR_RANGE, { "“horizon_years”", "1 to 30" } },
  { "horizon_years", "31", WEP_INPUT_ERROR_RANGE, { "“horizon_years”", "31" } },
  { "seed", "-1", WEP_INPUT_ERROR_RANGE, { "“seed”", "-1" } },
  { "regions", "{}", WEP_INPUT_ERROR_RANGE, { "“regions”", "no regions" } },
  { "regions", NULL, WEP_INPUT_ERROR_MISSING_KEY, { "“regions” is missing" } },
  { R "ranges", "{\"relapse_hf\": [0.2, 0.1, 0.3]}", WEP_INPUT_ERROR_RANGE, { "“relapse_hf”", "[0.2, 0.1, 0.3]", "low ≤ mode ≤ high" } },
  { R "ranges", "{\"mix_hf\": [0.2, 0.25, 0.3]}", WEP_INPUT_ERROR_RANGE, { "“mix_hf”", "cannot have an uncertainty range" } },
  { R "ranges", "{\"prevention\": {\"2027\": [0, 0.5, 1.2]}}", WEP_INPUT_ERROR_RANGE, { "“prevention”", "year 2027", "high", "1.2" } },
  { R "ranges", "{\"quota_hf\": {\"2029\": [0.03, 0.04, 0.99]}}", WEP_INPUT_ERROR_RANGE, { "year 2029", "quota_hf (0.99)" } },
  { R "ranges", "{\"exit_ready0\": [200, 250, 850]}", WEP_INPUT_ERROR_RANGE, { "“exit_ready0”", "850", "homeless0" } },
  { R "ranges", "{\"inflow\": {\"2026\": [1, 2]}}", WEP_INPUT_ERROR_TYPE, { "“inflow”", "[low, mode, high]" } },
  { R "ranges", "{\"bogus\": [1, 2, 3]}", WEP_INPUT_ERROR_UNKNOWN_KEY, { "“bogus”", "unknown key" } },
};

static JsonObject *
walk (JsonObject  *object,
      char       **parts,
      guint        n)
{
  for (guint i = 0; i + 1 < n; i++)
    {
      if (!json_object_has_member (object, parts[i]))
        json_object_set_object_member (object, parts[i], json_object_new ());
      object = json_object_get_object_member (object, parts[i]);
    }
  return object;
}

static char *
mutate (const Case *c)
{
  g_autoptr (JsonNode) root = wep_test_vector_input_node ();
  g_auto (GStrv) parts = g_strsplit (c->path, "/", -1);
  guint n = g_strv_length (parts);
  JsonObject *parent = walk (json_node_get_object (root), parts, n);

  if (c->value == NULL)
    {
      g_assert_true (json_object_has_member (parent, parts[n - 1]));
      json_object_remove_member (parent, parts[n - 1]);
    }
  else if (c->value[0] == '!')
    {
      /* Raw text that JSON reads but json-glib cannot hold, e.g. 1e400. */
      g_autofree char *text = NULL;
      g_auto (GStrv) pieces = NULL;

      json_object_set_string_member (parent, parts[n - 1], "@RAW@");
      text = wep_test_node_to_json (root);
      pieces = g_strsplit (text, "\"@RAW@\"", 2);
      return g_strconcat (pieces[0], c->value + 1, pieces[1], NULL);
    }
  else
    {
      g_autoptr (GError) error = NULL;
      JsonNode *value = json_from_string (c->value, &error);

      g_assert_no_error (error);
      json_object_set_member (parent, parts[n - 1], value);
    }
  return wep_test_node_to_json (root);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *json = mutate (c);
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) input = NULL;

  input = wep_model_input_from_json_data (json, -1, "case.json", &error);
  g_assert_null (input);
  g_assert_error (error, WEP_INPUT_ERROR, c->code);
  g_assert_true (g_str_has_prefix (error->message, "case.json"));
  for (guint i = 0; i < G_N_ELEMENTS (c->expect) && c->expect[i] != NULL; i++)
    if (strstr (error->message, c->expect[i]) == NULL)
      g_error ("message “%s” does not name “%s”", error->message, c->expect[i]);
}

static void
test_unmodified_is_valid (void)
{
  g_autoptr (JsonNode) root = wep_test_vector_input_node ();
  g_autofree char *json = wep_test_node_to_json (root);
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) input = wep_model_input_from_json_data (json, -1, "v.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (input);
  g_assert_cmpint (input->base_year, ==, 2026);
  g_assert_cmpint (input->horizon_years, ==, 5);
  g_assert_false (input->has_seed);
}

/* A value out of range is reported at the line it stands on. */
static void
test_line_numbers (void)
{
  static const Case c = { R "per_year/prevention/2027", "1.5", WEP_INPUT_ERROR_RANGE, { NULL } };
  g_autofree char *json = mutate (&c);
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) input = NULL;
  const char *member = strstr (json, "\"prevention\"");
  const char *year = strstr (member, "\"2027\"");
  g_autofree char *expected = NULL;
  guint line = 1;

  for (const char *p = json; p < year; p++)
    line += *p == '\n';
  expected = g_strdup_printf ("case.json:%u: ", line);

  input = wep_model_input_from_json_data (json, -1, "case.json", &error);
  g_assert_error (error, WEP_INPUT_ERROR, WEP_INPUT_ERROR_RANGE);
  g_assert_true (g_str_has_prefix (error->message, expected));
}

static void
test_not_json (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) input = NULL;

  input = wep_model_input_from_json_data ("{\n  \"base_year\": 2026,\n  oops\n}", -1, "bad.json",
                                          &error);
  g_assert_error (error, WEP_INPUT_ERROR, WEP_INPUT_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "bad.json"));
  if (!g_regex_match_simple ("^bad\\.json:[0-9]+:[0-9]+: ", error->message, 0, 0))
    g_error ("“%s” does not give file, line and column", error->message);

  g_clear_error (&error);
  input = wep_model_input_from_json_data ("[1, 2]", -1, "array.json", &error);
  g_assert_error (error, WEP_INPUT_ERROR, WEP_INPUT_ERROR_PARSE);
}

static void
test_reserved_and_duplicate_names (void)
{
  g_autoptr (JsonNode) root = wep_test_vector_input_node ();
  JsonObject *regions = json_object_get_object_member (json_node_get_object (root), "regions");
  JsonNode *region = json_object_dup_member (regions, "Voorbeeldregio");
  g_autofree char *json = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) input = NULL;

  json_object_set_member (regions, "Totaal", region);
  json = wep_test_node_to_json (root);
  input = wep_model_input_from_json_data (json, -1, "t.json", &error);
  g_assert_error (error, WEP_INPUT_ERROR, WEP_INPUT_ERROR_RANGE);
  g_assert_nonnull (strstr (error->message, "“Totaal”"));
  g_assert_nonnull (strstr (error->message, "reserved"));
}

/* Damaged files: truncated, bytes flipped, pieces repeated. Each gives a
 * model input that passes validation, or an error; never a crash (the
 * sanitizer build runs this too). */
static void
test_damaged_files (void)
{
  g_autoptr (JsonNode) root = wep_test_vector_input_node ();
  g_autofree char *json = wep_test_node_to_json (root);
  g_autoptr (GRand) rand = g_rand_new_with_seed (2026);
  gsize length = strlen (json);
  guint refused = 0, accepted = 0;

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *copy = g_strdup (json);
      g_autoptr (GError) error = NULL;
      g_autoptr (WepModelInput) input = NULL;
      gsize use = length;

      switch (i % 3)
        {
        case 0:
          use = g_rand_int_range (rand, 0, length);
          break;
        case 1:
          for (guint f = 0; f < 1 + i % 5; f++)
            copy[g_rand_int_range (rand, 0, length)] = (char) g_rand_int_range (rand, 1, 256);
          break;
        default:
          {
            gsize at = g_rand_int_range (rand, 0, length);
            gsize n = g_rand_int_range (rand, 0, MIN (40, length - at));

            /* Replace a piece with digits or quotes. */
            for (gsize j = 0; j < n; j++)
              copy[at + j] = "0123456789\"{}[],:-.eE"[g_rand_int_range (rand, 0, 22)];
          }
          break;
        }

      input = wep_model_input_from_json_data (copy, use, "damaged.json", &error);
      g_assert_true ((input == NULL) != (error == NULL));
      if (input != NULL)
        {
          g_autoptr (GError) again = NULL;
          g_autoptr (WepResults) results = NULL;

          g_assert_true (wep_model_input_validate (input, &again));
          results = wep_model_run (input);
          g_assert_nonnull (results);
          accepted++;
        }
      else
        {
          g_assert_true (g_str_has_prefix (error->message, "damaged.json"));
          refused++;
        }
    }
  g_assert_cmpuint (refused, >, 1000);
  g_test_message ("%u damaged files refused, %u still valid", refused, accepted);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/validate/unmodified", test_unmodified_is_valid);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/validate/case/%02u-%s", i,
                                               strrchr (cases[i].path, '/') != NULL
                                                 ? strrchr (cases[i].path, '/') + 1
                                                 : cases[i].path);
      g_test_add_data_func (name, &cases[i], test_case);
    }
  g_test_add_func ("/validate/line-numbers", test_line_numbers);
  g_test_add_func ("/validate/not-json", test_not_json);
  g_test_add_func ("/validate/reserved-name", test_reserved_and_duplicate_names);
  g_test_add_func ("/validate/damaged-files", test_damaged_files);

  return g_test_run ();
}
