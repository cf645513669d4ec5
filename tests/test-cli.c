/* test-cli.c: `wep` end to end: exit codes, CSV headers, Totaal rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "wep-test-util.h"

static char *
vector_path (void)
{
  return wep_test_data_path ("vector-input.json");
}

static void
test_usage (void)
{
  static const char *verbs[] = { "run", "needed", "uncertainty", "example", "new", "info",
                                 "check", "export-json", "import-json", "merge" };

  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, NULL, NULL);
    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "Usage"));
  }
  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "--version", NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (r.out, "wep (Wonen Eerst Planner) " PACKAGE_VERSION));
  }
  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "--help", NULL);
    g_assert_cmpint (r.status, ==, 0);
    for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
      g_assert_nonnull (strstr (r.out, verbs[i]));
  }
  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "frobnicate", NULL);
    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "frobnicate"));
  }
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    {
      g_auto (WepTestRun) r = { 0 };
      wep_test_run_wep (&r, verbs[i], "--help", NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_nonnull (strstr (r.out, verbs[i]));
    }
  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "run", NULL);
    g_assert_cmpint (r.status, ==, 2);
  }
  {
    g_autofree char *input = vector_path ();
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "run", input, "--format", "xml", NULL);
    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "xml"));
  }
  {
    g_autofree char *input = vector_path ();
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "uncertainty", input, "--runs", "0", NULL);
    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "--runs"));
  }
}

static void
test_bad_input (void)
{
  g_autofree char *bad = g_build_filename (g_get_tmp_dir (), "bad.json", NULL);
  g_autoptr (JsonNode) root = wep_test_vector_input_node ();
  g_autofree char *json = NULL;
  JsonObject *per_year;

  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "run", "/nonexistent/plan.json", NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "/nonexistent/plan.json"));
  }

  per_year = json_object_get_object_member (
    json_object_get_object_member (
      json_object_get_object_member (json_node_get_object (root), "regions"), "Voorbeeldregio"),
    "per_year");
  json_object_set_double_member (json_object_get_object_member (per_year, "prevention"), "2027",
                                 1.5);
  json = wep_test_node_to_json (root);
  g_assert_true (g_file_set_contents (bad, json, -1, NULL));

  for (guint i = 0; i < 3; i++)
    {
      static const char *verbs[] = { "run", "needed", "uncertainty" };
      g_auto (WepTestRun) r = { 0 };

      wep_test_run_wep (&r, verbs[i], bad, NULL);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_cmpstr (r.out, ==, "");
      g_assert_nonnull (strstr (r.err, "bad.json:"));
      g_assert_nonnull (strstr (r.err, "prevention"));
      g_assert_nonnull (strstr (r.err, "2027"));
      g_assert_nonnull (strstr (r.err, "1.5"));
    }

  /* Not JSON at all, and binary noise: refused, never a crash. */
  g_assert_true (g_file_set_contents (bad, "\x01\x02\xff\xfe{{{", 8, NULL));
  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "run", bad, NULL);
    g_assert_cmpint (r.status, ==, 1);
  }
  g_unlink (bad);
}

static const char *run_header =
  "region,year,entrants,ready_hf,ready_ind,ready_grp,moves_hf,moves_ind,moves_grp,relapses,"
  "left_own,homeless,sheltered,unsheltered,queue_hf,queue_ind,queue_grp,housed_hf,housed_ind,"
  "housed_grp,wait_hf,wait_ind,wait_grp,cost";

static void
test_run_csv_vector (void)
{
  g_autofree char *input = vector_path ();
  g_autofree char *expected_path = wep_test_data_path ("planning-model-example.json");
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_auto (WepTestRun) r = { 0 };
  g_auto (GStrv) lines = NULL;
  g_auto (GStrv) header = NULL;
  JsonArray *years;

  wep_test_run_wep (&r, "run", input, "--format", "csv", NULL);
  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, run_header);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 5 + 1); /* header, 5 years, "" */

  g_assert_true (json_parser_load_from_file (parser, expected_path, NULL));
  years = json_object_get_array_member (
    json_object_get_object_member (
      json_object_get_object_member (
        json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                       "expected"),
        "regions"),
      "Voorbeeldregio"),
    "years");
  header = g_strsplit (lines[0], ",", -1);

  for (guint y = 0; y < 5; y++)
    {
      g_auto (GStrv) cells = g_strsplit (lines[1 + y], ",", -1);
      JsonObject *want = json_array_get_object_element (years, y);

      g_assert_cmpuint (g_strv_length (cells), ==, g_strv_length (header));
      g_assert_cmpstr (cells[0], ==, "Voorbeeldregio");
      g_assert_cmpint (atoi (cells[1]), ==, 2026 + y);
      for (guint c = 2; header[c] != NULL; c++)
        {
          JsonNode *node = json_object_get_member (want, header[c]);

          if (JSON_NODE_HOLDS_NULL (node))
            g_assert_cmpstr (cells[c], ==, "");
          else
            g_assert_cmpfloat (wep_test_rel_diff (g_ascii_strtod (cells[c], NULL),
                                                  json_node_get_double (node)),
                               <=, 1e-9);
        }
    }
}

static void
test_totaal_rows (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "two.json", NULL);
  g_autoptr (JsonNode) root = wep_test_vector_input_node ();
  JsonObject *regions = json_object_get_object_member (json_node_get_object (root), "regions");
  g_autofree char *json = NULL;
  g_auto (WepTestRun) r = { 0 };
  g_auto (GStrv) lines = NULL;
  guint n_total = 0;

  json_object_set_member (regions, "Tweede regio", json_object_dup_member (regions, "Voorbeeldregio"));
  json = wep_test_node_to_json (root);
  g_assert_true (g_file_set_contents (path, json, -1, NULL));

  wep_test_run_wep (&r, "run", path, "--format", "csv", NULL);
  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, run_header);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 15 + 1);

  for (guint y = 0; y < 5; y++)
    {
      g_auto (GStrv) a = g_strsplit (lines[1 + y], ",", -1);
      g_auto (GStrv) b = g_strsplit (lines[6 + y], ",", -1);
      g_auto (GStrv) t = g_strsplit (lines[11 + y], ",", -1);

      g_assert_cmpstr (t[0], ==, "Totaal");
      g_assert_cmpstr (t[1], ==, a[1]);
      n_total++;
      /* entrants (column 2) summed; wait_hf (column 20) = queue / (moves / 12) */
      g_assert_cmpfloat (wep_test_rel_diff (g_ascii_strtod (t[2], NULL),
                                            g_ascii_strtod (a[2], NULL) + g_ascii_strtod (b[2], NULL)),
                         <=, 1e-12);
      g_assert_cmpfloat (wep_test_rel_diff (g_ascii_strtod (t[20], NULL),
                                            g_ascii_strtod (t[14], NULL)
                                              / (g_ascii_strtod (t[6], NULL) / 12.0)),
                         <=, 1e-12);
    }
  g_assert_cmpuint (n_total, ==, 5);
  g_unlink (path);
}

static void
test_needed_csv (void)
{
  g_autofree char *input = vector_path ();
  g_auto (WepTestRun) r = { 0 };

  wep_test_run_wep (&r, "needed", input, "--format", "csv", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==,
                   "region,pathway,extra_per_year,reachable,reason\n"
                   "Voorbeeldregio,hf,78,true,\n"
                   "Voorbeeldregio,ind,54,true,\n"
                   "Voorbeeldregio,grp,11,true,\n");
}

static void
test_example_chain (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "x.json", NULL);
  static const char *formats[] = { "table", "csv", "json" };

  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "example", path, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_auto (WepTestRun) run = { 0 };
      g_auto (WepTestRun) needed = { 0 };
      g_auto (WepTestRun) unc = { 0 };

      wep_test_run_wep (&run, "run", path, "--format", formats[f], NULL);
      wep_test_run_wep (&needed, "needed", path, "--format", formats[f], NULL);
      wep_test_run_wep (&unc, "uncertainty", path, "--runs", "200", "--format", formats[f], NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpint (needed.status, ==, 0);
      g_assert_cmpint (unc.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpuint (strlen (run.out), >, 100);
      g_assert_cmpuint (strlen (needed.out), >, 50);
      g_assert_cmpuint (strlen (unc.out), >, 100);

      if (g_str_equal (formats[f], "json"))
        {
          g_autoptr (JsonParser) parser = json_parser_new ();
          g_autoptr (GError) error = NULL;

          json_parser_load_from_data (parser, unc.out, -1, &error);
          g_assert_no_error (error);
          g_assert_cmpint (json_object_get_int_member (
                             json_node_get_object (json_parser_get_root (parser)), "runs"),
                           ==, 200);
          json_parser_load_from_data (parser, run.out, -1, &error);
          g_assert_no_error (error);
        }
      if (g_str_equal (formats[f], "csv"))
        g_assert_true (g_str_has_prefix (unc.out, "region,year,percentile,entrants,"));
    }
  g_unlink (path);
}

static char *
in_tmp (const char *name)
{
  return g_build_filename (g_get_tmp_dir (), name, NULL);
}

static void
test_plan_file_verbs (void)
{
  g_autofree char *plan = in_tmp ("voorbeeld.weplan");
  g_autofree char *json = in_tmp ("voorbeeld.json");
  g_autofree char *exported = in_tmp ("exported.json");
  g_autofree char *empty = in_tmp ("leeg.weplan");

  {
    g_auto (WepTestRun) a = { 0 };
    g_auto (WepTestRun) b = { 0 };
    wep_test_run_wep (&a, "example", plan, NULL);
    wep_test_run_wep (&b, "example", json, NULL);
    g_assert_cmpint (a.status, ==, 0);
    g_assert_cmpint (b.status, ==, 0);
  }
  /* The example plan's scenario is the example: the same results. */
  {
    g_auto (WepTestRun) from_plan = { 0 };
    g_auto (WepTestRun) from_json = { 0 };
    wep_test_run_wep (&from_plan, "run", plan, "--format", "csv", NULL);
    wep_test_run_wep (&from_json, "run", json, "--format", "csv", NULL);
    g_assert_cmpint (from_plan.status, ==, 0);
    g_assert_cmpstr (from_plan.out, ==, from_json.out);
  }
  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "example", plan, NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "already exists"));
  }
  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "info", plan, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "Municipalities:        11"));
    g_assert_nonnull (strstr (r.out, "Basis"));
    g_assert_nonnull (strstr (r.out, "illustratie"));
  }
  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "check", plan, NULL);
    g_assert_cmpint (r.status, ==, 0);
  }
  /* export-json, import-json, export-json: the same bytes. */
  {
    g_auto (WepTestRun) first = { 0 };
    g_auto (WepTestRun) import = { 0 };
    g_auto (WepTestRun) second = { 0 };
    g_auto (WepTestRun) ambiguous = { 0 };

    wep_test_run_wep (&first, "export-json", plan, NULL);
    g_assert_cmpint (first.status, ==, 0);
    g_assert_true (g_file_set_contents (exported, first.out, -1, NULL));
    wep_test_run_wep (&import, "import-json", plan, exported, "--scenario", "Kopie", NULL);
    g_assert_cmpint (import.status, ==, 0);
    wep_test_run_wep (&second, "export-json", plan, "--scenario", "Kopie", NULL);
    g_assert_cmpint (second.status, ==, 0);
    g_assert_cmpstr (first.out, ==, second.out);
    /* Two scenarios now: run needs to be told which. */
    wep_test_run_wep (&ambiguous, "run", plan, NULL);
    g_assert_cmpint (ambiguous.status, ==, 2);
    g_assert_nonnull (strstr (ambiguous.err, "Kopie"));
  }
  {
    g_auto (WepTestRun) created = { 0 };
    g_auto (WepTestRun) info = { 0 };
    g_auto (WepTestRun) run = { 0 };
    wep_test_run_wep (&created, "new", empty, "--title", "Leeg plan", NULL);
    g_assert_cmpint (created.status, ==, 0);
    wep_test_run_wep (&info, "info", empty, NULL);
    g_assert_nonnull (strstr (info.out, "Leeg plan"));
    wep_test_run_wep (&run, "run", empty, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "no scenario"));
  }
  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "check", json, NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "not a plan file"));
  }
  g_unlink (plan);
  g_unlink (json);
  g_unlink (exported);
  g_unlink (empty);
}

static void
test_merge_verb (void)
{
  g_autofree char *ours = in_tmp ("ours.weplan");
  g_autofree char *theirs = in_tmp ("theirs.weplan");
  g_autofree char *changed = in_tmp ("changed.json");
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *region;
  g_autofree char *json = NULL;

  {
    g_auto (WepTestRun) a = { 0 };
    g_auto (WepTestRun) b = { 0 };
    g_auto (WepTestRun) exported = { 0 };
    wep_test_run_wep (&a, "example", ours, NULL);
    wep_test_run_wep (&b, "example", theirs, NULL);
    wep_test_run_wep (&exported, "export-json", theirs, NULL);
    g_assert_cmpint (exported.status, ==, 0);
    g_assert_true (json_parser_load_from_data (parser, exported.out, -1, NULL));
  }
  /* They raise prevention in their scenario "Basis". */
  region = json_object_get_object_member (
    json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "regions"),
    "Voorbeeldregio (illustratief)");
  json_object_set_double_member (
    json_object_get_object_member (json_object_get_object_member (region, "per_year"),
                                   "prevention"),
    "2027", 0.3);
  json = wep_test_node_to_json (json_parser_get_root (parser));
  g_assert_true (g_file_set_contents (changed, json, -1, NULL));
  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "import-json", theirs, changed, "--scenario", "Basis", NULL);
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto (WepTestRun) r = { 0 };
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    g_file_get_contents (ours, &before, NULL, NULL);
    wep_test_run_wep (&r, "merge", ours, theirs, NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "Basis"));
    g_assert_nonnull (strstr (r.err, "--on-conflict"));
    g_file_get_contents (ours, &after, NULL, NULL);
    g_assert_cmpstr (before, ==, after);
  }
  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "merge", ours, theirs, "--on-conflict", "sometimes", NULL);
    g_assert_cmpint (r.status, ==, 2);
  }
  {
    g_auto (WepTestRun) r = { 0 };
    g_auto (WepTestRun) info = { 0 };
    g_auto (WepTestRun) check = { 0 };
    wep_test_run_wep (&r, "merge", ours, theirs, "--on-conflict", "both", NULL);
    g_assert_cmpint (r.status, ==, 0);
    wep_test_run_wep (&info, "info", ours, NULL);
    g_assert_nonnull (strstr (info.out, "Scenarios:             2"));
    wep_test_run_wep (&check, "check", ours, NULL);
    g_assert_cmpint (check.status, ==, 0);
  }
  g_unlink (ours);
  g_unlink (theirs);
  g_unlink (changed);
}

static void
test_locked_plan (void)
{
  g_autofree char *plan = in_tmp ("locked.weplan");
  g_autofree char *input = vector_path ();
  g_autofree char *lock = in_tmp (".~lock.locked.weplan#");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "example", plan, NULL);
    g_assert_cmpint (r.status, ==, 0);
  }
  g_assert_true (g_file_set_contents (lock, "Piet Jansen\nkantoor-3\n77\n2026-11-27T08:00:00Z\n",
                                      -1, NULL));
  g_file_get_contents (plan, &before, NULL, NULL);
  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "import-json", plan, input, "--scenario", "Vector", NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "Piet Jansen"));
    g_assert_nonnull (strstr (r.err, "kantoor-3"));
  }
  g_file_get_contents (plan, &after, NULL, NULL);
  g_assert_cmpstr (before, ==, after);
  /* Reading is fine while someone else edits. */
  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "run", plan, NULL);
    g_assert_cmpint (r.status, ==, 0);
  }
  g_unlink (lock);
  g_unlink (plan);
}

static char *
write_tmp (const char *name,
           const char *text)
{
  char *path = in_tmp (name);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static void
wep_ok (const char *first,
        ...)
{
  g_auto (WepTestRun) run = { 0 };
  va_list args;

  va_start (args, first);
  wep_test_run_wep_valist (&run, first, args);
  va_end (args);
  if (run.status != 0)
    g_error ("wep %s failed:\n%s%s", first, run.out, run.err);
}

/* From an empty plan to one with all municipalities, their boundaries and
 * provinces, a region, figures, plans and a scenario, with wep alone and
 * files like the ones planners have. Needs the reference geography. */
static void
test_workflow_from_empty_plan (void)
{
  g_autofree char *gemeenten = g_build_filename (SHARED_DIR, "data", "reference",
                                                 "gemeenten-2025.geojson", NULL);
  g_autofree char *provincies = g_build_filename (SHARED_DIR, "data", "reference",
                                                  "provincies-2025.geojson", NULL);
  g_autofree char *plan = in_tmp ("workflow.weplan");
  g_autofree char *example = in_tmp ("workflow-example.json");
  g_autofree char *regions = NULL, *figures = NULL, *plans = NULL, *region_figures = NULL;
  g_autofree char *map = in_tmp ("workflow.gpkg");
  g_autoptr (GString) figure_rows = g_string_new ("gemeente;inwoners;huishoudens;"
                                                  "sociale huurvoorraad;jaar;verhuringen\n");
  g_autoptr (GString) plan_rows = g_string_new ("gemeente;jaar;woonvorm;aantal;status;bron\n");
  static const char *members[] = { "GM0193", "GM0166", "GM0148", "GM0244", "GM0246" };

  if (!g_file_test (gemeenten, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the reference geography is absent");
      return;
    }
  g_unlink (plan);
  wep_ok ("new", plan, "--title", "Regioplan IJssel-Vecht", NULL);
  wep_ok ("import", plan, gemeenten, "--kind", "boundaries", NULL);
  wep_ok ("import", plan, provincies, "--kind", "boundaries", NULL);

  regions = write_tmp ("workflow-regions.csv",
                       "gemeente;regio;regionaam;soort\n"
                       "Zwolle;CG0193;Regio Zwolle;centrumgemeente\n"
                       "Kampen;CG0193;Regio Zwolle;centrumgemeente\n"
                       "Dalfsen;CG0193;Regio Zwolle;centrumgemeente\n"
                       "Hattem;CG0193;Regio Zwolle;centrumgemeente\n"
                       "Heerde;CG0193;Regio Zwolle;centrumgemeente\n");
  wep_ok ("import", plan, regions, "--kind", "regions", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    for (int year = 2026; year <= 2030; year++)
      {
        g_string_append_printf (figure_rows, "%s;%d;%d;%d;%d;%d\n", members[i], 20000 + 1000 * i,
                                9000 + 400 * i, 2500 + 100 * i, year, 200 + 10 * i);
        g_string_append_printf (plan_rows, "%s;%d;hf;%u;gepland;Woonzorgvisie\n", members[i],
                                year, 2 + i);
      }
  figures = write_tmp ("workflow-figures.csv", figure_rows->str);
  plans = write_tmp ("workflow-plans.csv", plan_rows->str);
  region_figures = write_tmp ("workflow-region-figures.csv",
                              "regio;jaar;instroom;opvangcapaciteit;dakloze personen;"
                              "uitstroomklaar\n"
                              "CG0193;2026;400;300;700;250\n");
  wep_ok ("import", plan, figures, "--kind", "figures", NULL);
  wep_ok ("import", plan, plans, "--kind", "plans", NULL);
  wep_ok ("import", plan, region_figures, "--kind", "region-figures", NULL);

  /* A scenario for the region: the example's choices, over five years. */
  {
    g_auto (WepTestRun) r = { 0 };
    g_autoptr (WepModelInput) input = NULL;
    g_autoptr (WepModelInput) scenario = wep_model_input_new (2026, 5);
    WepRegionInput *region;

    wep_test_run_wep (&r, "example", example, NULL);
    input = wep_model_input_load_json (example, NULL);
    g_assert_nonnull (input);
    region = wep_model_input_add_region (scenario, "CG0193");
    memcpy (region->scalar, wep_model_input_region (input, 0)->scalar, sizeof region->scalar);
    for (guint k = 0; k < WEP_N_YEARLY; k++)
      memcpy (region->yearly[k], wep_model_input_region (input, 0)->yearly[k],
              5 * sizeof (double));
    region->scalar[WEP_S_TARGET_YEAR] = 2030;
    g_assert_true (wep_model_input_save_json (scenario, example, NULL));
  }
  wep_ok ("import-json", plan, example, "--scenario", "Basis", NULL);
  wep_ok ("check", plan, NULL);
  wep_ok ("run", plan, NULL);
  wep_ok ("needed", plan, NULL);
  g_unlink (map);
  wep_ok ("export", plan, map, NULL);
  {
    g_auto (WepTestRun) r = { 0 };
    wep_test_run_wep (&r, "info", plan, NULL);
    g_assert_nonnull (strstr (r.out, "Municipalities:        342"));
    g_assert_nonnull (strstr (r.out, "With boundaries:       342"));
    g_assert_nonnull (strstr (r.out, "Regions:               13"));
    g_assert_nonnull (strstr (r.out, "Plan rows:             25"));
  }
  g_assert_true (g_file_test (map, G_FILE_TEST_IS_REGULAR));
  g_unlink (plan);
  g_unlink (map);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/usage", test_usage);
  g_test_add_func ("/cli/bad-input", test_bad_input);
  g_test_add_func ("/cli/run/csv-vector", test_run_csv_vector);
  g_test_add_func ("/cli/run/totaal", test_totaal_rows);
  g_test_add_func ("/cli/needed/csv", test_needed_csv);
  g_test_add_func ("/cli/example-chain", test_example_chain);
  g_test_add_func ("/cli/plan-file-verbs", test_plan_file_verbs);
  g_test_add_func ("/cli/merge", test_merge_verb);
  g_test_add_func ("/cli/locked-plan", test_locked_plan);
  g_test_add_func ("/cli/workflow-from-empty-plan", test_workflow_from_empty_plan);

  return g_test_run ();
}
