/* test-merge.c: taking plans, figures and scenarios from another plan file
 *
 * Two plans are built with the document API and saved; the merges between
 * them are checked row by row: what is added and with which provenance,
 * what conflicts, what each choice does, that nothing of the target is
 * lost, that scenarios follow the counted rows, the filters, and that a
 * hostile file is refused without changing the target.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "wep-document-private.h"
#include "wep-example.h"
#include "wep-merge.h"
#include "wep-test-util.h"

#define REGION "RG01"

typedef struct
{
  const char *organisation;
  gboolean    extra;          /* GM0004, region RG02, scenario "Extra", more plans */
  double      hf_delta;       /* added to GM0001's hf plan of the base year */
  double      inflow_delta;   /* added to RG01's inflow of the base year */
  guint64     seed;           /* of the scenario "Basis" */
  double      prevention;     /* "Basis" prevention of the base year; 0: the example's */
} Variant;

/* Reads error after the call that sets it (an argument's evaluation order
 * is not defined). */
static void
ok (gboolean   result,
    GError   **error)
{
  if (error != NULL)
    g_assert_no_error (*error);
  g_assert_true (result);
}

/* The example input, its region renamed to RG01 (which maps to the plan's
 * region by code). */
static WepModelInput *
region_input (void)
{
  WepModelInput *input = wep_example_input ();
  WepRegionInput *region = wep_model_input_region (input, 0);

  g_free (region->name);
  region->name = g_strdup (REGION);
  input->has_seed = TRUE;
  return input;
}

/* A plan whose data give the example's lettings, plans and figures (so the
 * scenario keeps none of them as its own values), changed by variant. */
static WepDocument *
build_plan (const Variant *v)
{
  static const char *figure_at_start[] = { "homeless", "exit_ready", "housed_hf", "housed_ind",
                                           "housed_grp", "grp_places" };
  static const WepScalar scalar_at_start[] = { WEP_S_HOMELESS0, WEP_S_EXIT_READY0,
                                               WEP_S_HOUSED0_HF, WEP_S_HOUSED0_IND,
                                               WEP_S_HOUSED0_GRP, WEP_S_GRP_PLACES0 };
  static const WepMunicipality municipalities[] = {
    { "GM0001", "Aadorp", "Overijssel", 50000, 22000, 6000 },
    { "GM0002", "Bedorp", "Overijssel", 30000, 13000, 3000 },
    { "GM0003", "Cedorp", "Gelderland", 20000, 9000, -1 },
  };
  WepDocument *doc = wep_document_new ();
  g_autoptr (WepModelInput) input = region_input ();
  WepRegionInput *region = wep_model_input_region (input, 0);
  g_autoptr (GBytes) boundary = g_bytes_new_static ("POLYGON((0 0,1 0,1 1,0 0))", 26);
  GError *error = NULL;
  gint64 cbs, hand;

  ok (wep_document_set_meta (doc, "organisation", v->organisation, &error), &error);
  cbs = wep_document_add_provenance (doc, "service", "CBS StatLine", "CBS", &error);
  ok (cbs > 0, &error);
  hand = wep_document_add_provenance (doc, "handmatig", "invoer beleidsadviseur", "", &error);
  ok (hand > 0, &error);

  ok (wep_document_add_region (doc, REGION, "Testregio", "centrumgemeente", cbs, &error), &error);
  for (guint i = 0; i < G_N_ELEMENTS (municipalities); i++)
    {
      ok (wep_document_add_municipality (doc, &municipalities[i], cbs, &error), &error);
      ok (wep_document_add_region_member (doc, REGION, municipalities[i].code, cbs, &error),
          &error);
    }
  ok (wep_document_set_boundary (doc, "GM0001", boundary, "CBS wijk- en buurtkaart", 2025, cbs,
                                 &error), &error);
  ok (wep_document_add_allocation (doc, "GM0001", 2025, "uitstroom_mo_bw", 12, hand, &error),
      &error);

  region->yearly[WEP_Y_NEW_UNITS_HF][0] += v->hf_delta;
  region->yearly[WEP_Y_INFLOW][0] += v->inflow_delta;
  for (int y = 0; y < input->horizon_years; y++)
    {
      int year = input->base_year + y;
      double lettings = region->yearly[WEP_Y_LETTINGS][y];

      /* Whole numbers, so the sum is exact. */
      ok (wep_document_set_lettings (doc, "GM0001", year, lettings - 200, cbs, &error), &error);
      ok (wep_document_set_lettings (doc, "GM0002", year, 100, cbs, &error), &error);
      ok (wep_document_set_lettings (doc, "GM0003", year, 100, cbs, &error), &error);
      for (guint k = 0; k < WEP_N_HOUSING; k++)
        {
          WepPlan plan = { "GM0001", year, wep_pathway_key (k),
                           region->yearly[WEP_Y_NEW_UNITS_HF + k][y], "gepland",
                           "Woonzorgvisie Aadorp", "2025-06-30", "" };

          if (plan.units > 0)
            ok (wep_document_add_plan (doc, &plan, hand, &error), &error);
        }
      ok (wep_document_set_region_figure (doc, REGION, year, "inflow",
                                          region->yearly[WEP_Y_INFLOW][y], cbs, &error), &error);
      ok (wep_document_set_region_figure (doc, REGION, year, "shelter_capacity",
                                          region->yearly[WEP_Y_SHELTER_CAPACITY][y], cbs,
                                          &error), &error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (figure_at_start); i++)
    ok (wep_document_set_region_figure (doc, REGION, input->base_year, figure_at_start[i],
                                        region->scalar[scalar_at_start[i]], cbs, &error), &error);

  input->seed = v->seed;
  if (v->prevention > 0)
    region->yearly[WEP_Y_PREVENTION][0] = v->prevention;
  ok (wep_document_store_scenario (doc, "Basis", input, hand, &error), &error);

  if (v->extra)
    {
      WepMunicipality dedorp = { "GM0004", "Dedorp", "Gelderland", 10000, 4000, 900 };
      WepPlan later = { "GM0003", 2036, "hf", 2, "gepland", "", "", "na de horizon" };
      WepPlan grp = { "GM0004", 2027, "grp", 3, "in_aanbouw", "", "", "" };
      g_autoptr (WepModelInput) extra = region_input ();

      ok (wep_document_add_municipality (doc, &dedorp, cbs, &error), &error);
      ok (wep_document_add_region (doc, "RG02", "Tweede regio", "woningmarktregio", cbs, &error),
          &error);
      ok (wep_document_add_region_member (doc, "RG02", "GM0004", cbs, &error), &error);
      ok (wep_document_set_region_figure (doc, "RG02", 2026, "inflow", 10, cbs, &error), &error);
      ok (wep_document_set_lettings (doc, "GM0004", 2026, 50, cbs, &error), &error);
      ok (wep_document_add_plan (doc, &later, hand, &error), &error);
      ok (wep_document_add_plan (doc, &grp, hand, &error), &error);
      ok (wep_document_add_allocation (doc, "GM0004", 2025, "uitstroom_mo_bw", 2, hand, &error),
          &error);
      /* An alternative they keep uncounted: not theirs to give. */
      g_assert_cmpint (sqlite3_exec (_wep_document_get_db (doc),
                                     "INSERT INTO plans (municipality, year, pathway, units, "
                                     "provenance_id, counted) VALUES ('GM0002', 2030, 'ind', 99, "
                                     "1, 0)", NULL, NULL, NULL), ==, SQLITE_OK);
      wep_model_input_region (extra, 0)->yearly[WEP_Y_PREVENTION][0] = 0.06;
      extra->seed = 3;
      ok (wep_document_store_scenario (doc, "Extra", extra, hand, &error), &error);
    }
  return doc;
}

/* Builds the plan, saves it as name and returns its path. */
static char *
save_plan (const char    *name,
           const Variant *v)
{
  g_autoptr (WepDocument) doc = build_plan (v);
  char *path = wep_test_tmp_path (name);
  GError *error = NULL;

  ok (wep_document_save_as (doc, path, &error), &error);
  return path;
}

static const Variant target_variant = { "Gemeente Aadorp", FALSE, 0, 0, 1, 0 };
static const Variant same_with_extra = { "Gemeente Bedorp", TRUE, 0, 0, 1, 0 };
static const Variant conflicting = { "Gemeente Bedorp", TRUE, 4, 20, 7, 0.07 };

static WepDocument *
open_plan (const char *path)
{
  GError *error = NULL;
  WepDocument *doc = wep_document_open (path, WEP_OPEN_DEFAULT, &error);

  ok (doc != NULL, &error);
  g_assert_false (wep_document_get_read_only (doc));
  return doc;
}

/* Every row of every table, as text. */
static char *
dump (WepDocument *doc)
{
  sqlite3 *db = _wep_document_get_db (doc);
  GString *out = g_string_new (NULL);
  g_autoptr (sqlite3_stmt) tables =
    _wep_sqlite_prepare (db, "SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                             "ORDER BY name", NULL);

  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM main.\"%s\" ORDER BY rowid",
                                              sqlite3_column_text (tables, 0));
      g_autoptr (sqlite3_stmt) rows = _wep_sqlite_prepare (db, sql, NULL);

      g_assert_nonnull (rows);

      g_string_append_printf (out, "[%s]\n", sqlite3_column_text (tables, 0));
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (rows); c++)
            if (sqlite3_column_type (rows, c) == SQLITE_FLOAT)
              g_string_append_printf (out, "%.17g|", sqlite3_column_double (rows, c));
            else
              g_string_append_printf (out, "%s|", sqlite3_column_text (rows, c));
          g_string_append_c (out, '\n');
        }
    }
  return g_string_free (out, FALSE);
}

/* The rows of a table with their provenance, as text; a "handmatig" row
 * without organisation shows fill (the merge records who entered it). */
/* How many columns a list "a, b, c" names. */
static int
count_columns_of (const char *columns)
{
  int n = 1;

  for (const char *c = columns; *c != '\0'; c++)
    n += *c == ',';
  return n;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static char *
dump_with_provenance (WepDocument *doc,
                      const char  *table,
                      const char  *columns,
                      const char  *condition,
                      const char  *fill)
{
  sqlite3 *db = _wep_document_get_db (doc);
  g_autofree char *sql =
    g_strdup_printf ("SELECT x.*, p.kind, p.source, p.date, CASE WHEN p.kind = 'handmatig' AND "
                     "p.organisation = '' THEN ?1 ELSE p.organisation END "
                     "FROM (SELECT %s, provenance_id AS pid FROM main.%s WHERE %s) AS x "
                     "JOIN main.provenance p ON p.id = x.pid", columns, table, condition);
  g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (db, sql, NULL);
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (stmt);
  sqlite3_bind_text (stmt, 1, fill, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      GString *row = g_string_new (NULL);

      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        if (c != count_columns_of (columns))  /* not the provenance id */
          g_string_append_printf (row, "%s|", sqlite3_column_text (stmt, c));
      g_ptr_array_add (rows, g_string_free (row, FALSE));
    }
  g_assert_cmpuint (rows->len, >, 0);
  g_ptr_array_sort (rows, compare_strings);
  g_ptr_array_add (rows, NULL);
  return g_strjoinv ("\n", (char **) rows->pdata);
}

static gint64
count (WepDocument *doc,
       const char  *sql)
{
  gint64 n = _wep_sqlite_count (_wep_document_get_db (doc), sql);

  g_assert_cmpint (n, >=, 0);
  return n;
}

static char *
input_json (WepDocument *doc,
            const char  *scenario)
{
  GError *error = NULL;
  g_autoptr (WepModelInput) input = wep_document_scenario_input (doc, scenario, &error);

  ok (input != NULL, &error);
  return wep_model_input_to_json (input);
}

static double
scenario_value (WepDocument *doc,
                const char  *scenario,
                WepYearly    key,
                int          year_index)
{
  GError *error = NULL;
  g_autoptr (WepModelInput) input = wep_document_scenario_input (doc, scenario, &error);

  ok (input != NULL, &error);
  return wep_model_input_region (input, 0)->yearly[key][year_index];
}

/* Nothing the target had before the merge (the file at before_path) is
 * gone: every row is still there, whatever its counted flag or, for a
 * scenario, its name. */
static void
assert_nothing_lost (WepDocument *doc,
                     const char  *before_path)
{
  static const char *const checks[][2] = {
    { "municipalities",
      "code, name, province, population, households, social_rental_stock, provenance_id" },
    { "municipality_lettings", "municipality, year, lettings, provenance_id" },
    { "boundaries", "municipality, geometry, source, year, provenance_id" },
    { "regions", "code, name, kind, provenance_id" },
    { "region_members", "municipality, kind, region, provenance_id" },
    { "plans", "municipality, year, pathway, units, status, source_document, source_date, note, "
               "provenance_id" },
    { "region_figures", "region, year, key, value, provenance_id" },
    { "allocations", "municipality, year, target_group, homes, provenance_id" },
    { "scenarios", "id, description, base_year, horizon_years, seed, created, provenance_id" },
    { "scenario_regions", "*" },
    { "scenario_inputs", "*" },
    { "provenance", "*" },
  };
  sqlite3 *db = _wep_document_get_db (doc);
  g_autoptr (sqlite3_stmt) attach = _wep_sqlite_prepare (db, "ATTACH DATABASE ? AS before", NULL);

  g_assert_nonnull (attach);
  sqlite3_bind_text (attach, 1, before_path, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (attach), ==, SQLITE_DONE);
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      g_autofree char *before = g_strdup_printf ("SELECT %s FROM before.%s", checks[i][1],
                                                 checks[i][0]);
      g_autofree char *after = g_strdup_printf ("SELECT %s FROM main.%s", checks[i][1],
                                                checks[i][0]);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM (%s EXCEPT %s)", before, after);
      g_autofree char *rows = g_strdup_printf ("SELECT count(*) FROM (%s)", before);

      g_assert_cmpint (_wep_sqlite_count (db, rows), >, 0);
      g_assert_cmpint (_wep_sqlite_count (db, sql), ==, 0);
    }
  g_assert_cmpint (sqlite3_exec (db, "DETACH DATABASE before", NULL, NULL, NULL), ==, SQLITE_OK);
}

/* Saves the merged plan and opens it again: it is a valid plan, every
 * scenario complete. */
static void
assert_saves_valid (WepDocument *doc)
{
  GError *error = NULL;
  g_autoptr (WepDocument) back = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  ok (wep_document_save (doc, &error), &error);
  before = dump (doc);
  back = wep_document_open (wep_document_get_path (doc), WEP_OPEN_READ_ONLY, &error);
  ok (back != NULL, &error);
  problems = wep_document_check (back);
  g_assert_cmpuint (problems->len, ==, 0);
  after = dump (back);
  g_assert_cmpstr (before, ==, after);
}

static WepMergeConflict *
find_conflict (WepMerge   *merge,
               const char *table)
{
  GPtrArray *conflicts = wep_merge_get_conflicts (merge);

  for (guint i = 0; i < conflicts->len; i++)
    {
      WepMergeConflict *c = g_ptr_array_index (conflicts, i);

      if (g_strcmp0 (c->table, table) == 0)
        return c;
    }
  g_assert_not_reached ();
  return NULL;
}

/* ---- tests ------------------------------------------------------------- */

static void
test_no_conflicts (void)
{
  static const char *const facts[][2] = {
    { "municipalities", "code, name, province, population, households, social_rental_stock" },
    { "municipality_lettings", "municipality, year, lettings, counted" },
    { "boundaries", "municipality, geometry, source, year" },
    { "regions", "code, name, kind" },
    { "region_members", "municipality, kind, region" },
    { "plans", "municipality, year, pathway, units, status, source_document, source_date, note, "
               "counted" },
    { "region_figures", "region, year, key, value, counted" },
    { "allocations", "municipality, year, target_group, homes, counted" },
    { "scenarios", "name, description, base_year, horizon_years, seed, created" },
  };
  g_autofree char *source_path = save_plan ("merge-source.weplan", &same_with_extra);
  g_autofree char *target_path = wep_test_tmp_path ("merge-empty.weplan");
  g_autoptr (WepDocument) source = NULL;
  g_autoptr (WepDocument) target = wep_document_new ();
  g_autoptr (WepMerge) merge = NULL;
  g_autoptr (WepMerge) again = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *before_again = NULL;
  g_autofree char *after_again = NULL;
  GError *error = NULL;

  ok (wep_document_set_meta (target, "organisation", "Gemeente Aadorp", &error), &error);
  ok (wep_document_save_as (target, target_path, &error), &error);
  source = wep_document_open (source_path, WEP_OPEN_READ_ONLY, &error);
  ok (source != NULL, &error);

  merge = wep_merge_prepare (target, source_path, NULL, &error);
  ok (merge != NULL, &error);
  g_assert_cmpuint (wep_merge_get_conflicts (merge)->len, ==, 0);
  summary = wep_merge_describe (merge);
  g_assert_cmpstr (summary, ==,
                   "To add: municipalities: 4, lettings: 31, boundaries: 1, regions: 2, "
                   "region members: 4, plans: 32, region figures: 27, allocations: 2, "
                   "scenarios: 2. No conflicts.");
  g_assert_false (wep_document_get_modified (target));
  ok (wep_merge_apply (merge, &error), &error);
  g_assert_true (wep_document_get_modified (target));

  /* Every row is there, with its own provenance: kind, source, date and
   * organisation as in the other file; rows entered by hand there carry
   * the other file's organisation. */
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      /* What they count, not the alternatives they keep. */
      const char *counted = strstr (facts[i][1], "counted") ? "counted = 1" : "1";
      g_autofree char *theirs = dump_with_provenance (source, facts[i][0], facts[i][1], counted,
                                                      "Gemeente Bedorp");
      g_autofree char *ours = dump_with_provenance (target, facts[i][0], facts[i][1], "1",
                                                    "(none)");

      g_assert_cmpstr (ours, ==, theirs);
    }
  g_assert_cmpint (count (source, "SELECT count(*) FROM plans WHERE counted = 0"), ==, 1);
  g_assert_cmpint (count (target, "SELECT count(*) FROM plans WHERE units = 99"), ==, 0);
  g_assert_cmpint (count (target, "SELECT count(*) FROM provenance WHERE kind = 'handmatig' "
                                  "AND organisation = 'Gemeente Bedorp'"), ==, 1);
  g_assert_cmpint (count (target, "SELECT count(*) FROM provenance WHERE kind = 'merge' AND "
                                  "source = 'merge-source.weplan' AND "
                                  "organisation = 'Gemeente Bedorp'"), ==, 1);

  /* The scenarios give exactly the other file's model input. */
  for (guint i = 0; i < 2; i++)
    {
      const char *name = i == 0 ? "Basis" : "Extra";
      g_autofree char *theirs = input_json (source, name);
      g_autofree char *ours = input_json (target, name);

      g_assert_cmpstr (ours, ==, theirs);
    }
  assert_saves_valid (target);

  /* The same file again: everything is equal, nothing to do. */
  before_again = dump (target);
  again = wep_merge_prepare (target, source_path, NULL, &error);
  ok (again != NULL, &error);
  g_clear_pointer (&summary, g_free);
  summary = wep_merge_describe (again);
  g_assert_cmpstr (summary, ==, "Nothing to add. No conflicts.");
  ok (wep_merge_apply (again, &error), &error);
  after_again = dump (target);
  g_assert_cmpstr (after_again, ==, before_again);
  g_assert_false (wep_document_get_modified (target));

  /* Applied is applied. */
  g_assert_false (wep_merge_apply (again, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID);
  g_clear_error (&error);
}

/* The target with conflicts prepared: plans, region figures, scenarios. */
static WepMerge *
prepare_conflicts (const char   *name,
                   WepDocument **target,
                   char        **target_path,
                   WepDocument **source)
{
  g_autofree char *source_path = save_plan ("merge-conflicting.weplan", &conflicting);
  GError *error = NULL;
  WepMerge *merge;

  *target_path = save_plan (name, &target_variant);
  *target = open_plan (*target_path);
  *source = wep_document_open (source_path, WEP_OPEN_READ_ONLY, &error);
  ok (*source != NULL, &error);
  merge = wep_merge_prepare (*target, source_path, NULL, &error);
  ok (merge != NULL, &error);
  g_assert_cmpuint (wep_merge_get_conflicts (merge)->len, ==, 3);
  return merge;
}

static void
test_conflicts_undecided (void)
{
  g_autoptr (WepDocument) target = NULL;
  g_autoptr (WepDocument) source = NULL;
  g_autofree char *target_path = NULL;
  g_autoptr (WepMerge) merge = prepare_conflicts ("merge-undecided.weplan", &target,
                                                  &target_path, &source);
  g_autofree char *before = dump (target);
  g_autofree char *after = NULL;
  g_autofree char *summary = wep_merge_describe (merge);
  g_autofree char *units = NULL;
  g_autofree char *their_units = NULL;
  WepMergeConflict *c;
  GError *error = NULL;
  double e;

  g_assert_cmpstr (summary, ==,
                   "To add: municipalities: 1, lettings: 1, regions: 1, region members: 1, "
                   "plans: 2, region figures: 1, allocations: 1, scenarios: 1. "
                   "Conflicts: plans: 1, region figures: 1, scenarios: 1; 3 undecided.");

  /* Both values, both sources. */
  c = find_conflict (merge, "plans");
  g_assert_cmpstr (c->what, ==, "GM0001 Aadorp, 2026, hf");
  e = _wep_sqlite_count (_wep_document_get_db (target),
                         "SELECT units FROM plans WHERE municipality = 'GM0001' "
                         "AND year = 2026 AND pathway = 'hf'");
  units = g_strdup_printf ("units: %.15g", e);
  their_units = g_strdup_printf ("units: %.15g", e + 4);
  g_assert_cmpstr (c->ours, ==, units);
  g_assert_cmpstr (c->theirs, ==, their_units);
  g_assert_true (g_str_has_prefix (c->ours_source, "handmatig: invoer beleidsadviseur, 20"));
  g_assert_true (g_str_has_prefix (c->theirs_source,
                                   "handmatig: invoer beleidsadviseur (Gemeente Bedorp), 20"));
  g_assert_cmpint (c->choice, ==, WEP_MERGE_UNDECIDED);

  c = find_conflict (merge, "region_figures");
  g_assert_cmpstr (c->what, ==, "RG01 Testregio, 2026, inflow");
  g_assert_cmpstr (c->ours, ==, "value: 580");
  g_assert_cmpstr (c->theirs, ==, "value: 600");
  g_assert_true (g_str_has_prefix (c->theirs_source, "service: CBS StatLine (CBS), 20"));

  c = find_conflict (merge, "scenarios");
  g_assert_cmpstr (c->what, ==, "Basis");
  g_assert_cmpstr (c->ours, ==, "seed: 1; prevention 2026 (RG01): 0.05 (0–0.05–0.1)");
  g_assert_cmpstr (c->theirs, ==, "seed: 7; prevention 2026 (RG01): 0.07 (0–0.05–0.1)");

  /* Undecided: nothing happens. */
  g_assert_false (wep_merge_apply (merge, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "3 conflicts"));
  g_clear_error (&error);
  c->choice = WEP_MERGE_THEIRS;
  wep_merge_choose_all (merge, WEP_MERGE_UNDECIDED);
  g_assert_false (wep_merge_apply (merge, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "2 conflicts"));
  g_clear_error (&error);
  after = dump (target);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (wep_document_get_modified (target));

  /* choose_all leaves a decided conflict as it is. */
  wep_merge_choose_all (merge, WEP_MERGE_OURS);
  g_assert_cmpint (c->choice, ==, WEP_MERGE_THEIRS);
  g_assert_cmpint (find_conflict (merge, "plans")->choice, ==, WEP_MERGE_OURS);
}

/* With the other plan opened by the caller (as the window does, in a
 * worker thread), the merge is the same as from its path. */
static void
test_prepare_document (void)
{
  g_autoptr (WepDocument) target = NULL;
  g_autoptr (WepDocument) source = NULL;
  g_autofree char *target_path = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *summary_document = NULL;
  g_autoptr (WepMerge) merge = prepare_conflicts ("merge-document.weplan", &target,
                                                  &target_path, &source);
  g_autoptr (WepMerge) merge_document = NULL;
  GError *error = NULL;
  GPtrArray *a, *b;

  summary = wep_merge_describe (merge);
  /* One merge at a time, however it is prepared. */
  g_assert_null (wep_merge_prepare_document (target, source, NULL, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&merge, wep_merge_free);

  merge_document = wep_merge_prepare_document (target, source, NULL, &error);
  ok (merge_document != NULL, &error);
  summary_document = wep_merge_describe (merge_document);
  g_assert_cmpstr (summary_document, ==, summary);
  /* "To add: municipalities: 1, lettings: 1, regions: 1, region members: 1,
   * plans: 2, region figures: 1, allocations: 1, scenarios: 1" */
  g_assert_cmpuint (wep_merge_get_n_additions (merge_document), ==, 9);
  a = wep_merge_get_conflicts (merge_document);
  g_assert_cmpuint (a->len, ==, 3);
  b = g_ptr_array_new ();
  for (guint i = 0; i < a->len; i++)
    g_ptr_array_add (b, ((WepMergeConflict *) g_ptr_array_index (a, i))->table);
  g_assert_true (g_ptr_array_find_with_equal_func (b, "plans", g_str_equal, NULL));
  g_ptr_array_unref (b);

  /* The conflict names the other file as the path-based merge does. */
  wep_merge_choose_all (merge_document, WEP_MERGE_UNDECIDED);
  g_assert_false (wep_merge_apply (merge_document, &error));
  g_assert_nonnull (strstr (error->message, "merge-conflicting.weplan"));
  g_clear_error (&error);

  g_assert_cmpstr (wep_merge_table_label ("region_figures"), ==, "region figures");
  g_assert_cmpstr (wep_merge_table_label ("scenarios"), ==, "scenarios");
  g_assert_cmpstr (wep_merge_table_label ("plans"), ==, "plans");
}

static const char plan_key[] =
  "FROM plans WHERE municipality = 'GM0001' AND year = 2026 AND pathway = 'hf'";
static const char figure_key[] =
  "FROM region_figures WHERE region = 'RG01' AND year = 2026 AND key = 'inflow'";

static gint64
count_where (WepDocument *doc,
             const char  *what,
             const char  *from,
             const char  *condition)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s %s%s", what, from, condition);

  return count (doc, sql);
}

/* The additions that every choice brings. */
static void
assert_additions (WepDocument *target)
{
  g_assert_cmpint (count (target, "SELECT count(*) FROM municipalities WHERE code = 'GM0004'"),
                   ==, 1);
  g_assert_cmpint (count (target, "SELECT count(*) FROM plans WHERE municipality = 'GM0003' "
                                  "AND year = 2036 AND note = 'na de horizon'"), ==, 1);
  g_assert_cmpint (count (target, "SELECT count(*) FROM region_members WHERE region = 'RG02'"),
                   ==, 1);
  g_assert_cmpint (count (target, "SELECT count(*) FROM scenarios WHERE name = 'Extra'"), ==, 1);
}

static void
test_conflicts_ours (void)
{
  g_autoptr (WepDocument) target = NULL;
  g_autoptr (WepDocument) source = NULL;
  g_autofree char *target_path = NULL;
  g_autoptr (WepMerge) merge = prepare_conflicts ("merge-ours.weplan", &target, &target_path,
                                                  &source);
  g_autofree char *basis = input_json (target, "Basis");
  g_autofree char *basis_after = NULL;
  gint64 units = count_where (target, "units", plan_key, "");
  GError *error = NULL;

  wep_merge_choose_all (merge, WEP_MERGE_OURS);
  ok (wep_merge_apply (merge, &error), &error);

  g_assert_cmpint (count_where (target, "count(*)", plan_key, ""), ==, 1);
  g_assert_cmpint (count_where (target, "units", plan_key, " AND counted = 1"), ==, units);
  g_assert_cmpint (count_where (target, "count(*)", figure_key, ""), ==, 1);
  g_assert_cmpint (count_where (target, "value", figure_key, " AND counted = 1"), ==, 580);
  g_assert_cmpint (count (target, "SELECT count(*) FROM scenarios"), ==, 2);
  basis_after = input_json (target, "Basis");
  g_assert_cmpstr (basis_after, ==, basis);
  assert_additions (target);
  assert_nothing_lost (target, target_path);
  assert_saves_valid (target);
}

static void
test_conflicts_theirs (void)
{
  g_autoptr (WepDocument) target = NULL;
  g_autoptr (WepDocument) source = NULL;
  g_autofree char *target_path = NULL;
  g_autoptr (WepMerge) merge = prepare_conflicts ("merge-theirs.weplan", &target, &target_path,
                                                  &source);
  g_autofree char *basis_ours = input_json (target, "Basis");
  g_autofree char *basis_theirs = input_json (source, "Basis");
  g_autofree char *basis = NULL;
  gint64 units = count_where (target, "units", plan_key, "");
  GError *error = NULL;

  g_assert_cmpstr (basis_ours, !=, basis_theirs);
  wep_merge_choose_all (merge, WEP_MERGE_THEIRS);
  ok (wep_merge_apply (merge, &error), &error);

  /* Theirs is counted, with their provenance; ours is kept, uncounted. */
  g_assert_cmpint (count_where (target, "count(*)", plan_key, ""), ==, 2);
  g_assert_cmpint (count_where (target, "units", plan_key, " AND counted = 1"), ==, units + 4);
  g_assert_cmpint (count_where (target, "units", plan_key, " AND counted = 0"), ==, units);
  g_assert_cmpint (count_where (target, "count(*)", plan_key,
                                " AND counted = 1 AND provenance_id IN (SELECT id FROM "
                                "provenance WHERE organisation = 'Gemeente Bedorp')"), ==, 1);
  g_assert_cmpint (count_where (target, "value", figure_key, " AND counted = 1"), ==, 600);
  g_assert_cmpint (count_where (target, "value", figure_key, " AND counted = 0"), ==, 580);

  /* Their scenario takes the name; ours is kept as "Basis (earlier)". */
  basis = input_json (target, "Basis");
  g_assert_cmpstr (basis, ==, basis_theirs);
  g_assert_cmpint (count (target, "SELECT seed FROM scenarios WHERE name = 'Basis (earlier)'"),
                   ==, 1);
  /* Our old scenario follows the counted rows, which are theirs now. */
  g_assert_cmpfloat (scenario_value (target, "Basis (earlier)", WEP_Y_NEW_UNITS_HF, 0), ==,
                     units + 4);
  g_assert_cmpfloat (scenario_value (target, "Basis (earlier)", WEP_Y_INFLOW, 0), ==, 600);
  assert_additions (target);
  assert_nothing_lost (target, target_path);
  assert_saves_valid (target);
}

static void
test_conflicts_both (void)
{
  g_autoptr (WepDocument) target = NULL;
  g_autoptr (WepDocument) source = NULL;
  g_autofree char *target_path = NULL;
  g_autoptr (WepMerge) merge = prepare_conflicts ("merge-both.weplan", &target, &target_path,
                                                  &source);
  g_autoptr (WepMerge) again = NULL;
  g_autoptr (WepMerge) third = NULL;
  g_autofree char *basis_ours = input_json (target, "Basis");
  g_autofree char *basis = NULL;
  gint64 units = count_where (target, "units", plan_key, "");
  gint64 n_plans;
  GError *error = NULL;

  wep_merge_choose_all (merge, WEP_MERGE_BOTH);
  ok (wep_merge_apply (merge, &error), &error);

  /* Ours stays counted; theirs is kept beside it. */
  g_assert_cmpint (count_where (target, "count(*)", plan_key, ""), ==, 2);
  g_assert_cmpint (count_where (target, "units", plan_key, " AND counted = 1"), ==, units);
  g_assert_cmpint (count_where (target, "units", plan_key, " AND counted = 0"), ==, units + 4);
  g_assert_cmpint (count_where (target, "value", figure_key, " AND counted = 1"), ==, 580);
  g_assert_cmpint (count_where (target, "value", figure_key, " AND counted = 0"), ==, 600);

  /* Both scenarios; theirs under the other organisation's name, deriving
   * from our counted plan. */
  basis = input_json (target, "Basis");
  g_assert_cmpstr (basis, ==, basis_ours);
  g_assert_cmpint (count (target, "SELECT seed FROM scenarios "
                                  "WHERE name = 'Basis (Gemeente Bedorp)'"), ==, 7);
  g_assert_cmpfloat (scenario_value (target, "Basis (Gemeente Bedorp)", WEP_Y_NEW_UNITS_HF, 0),
                     ==, units);
  assert_additions (target);
  assert_nothing_lost (target, target_path);
  assert_saves_valid (target);

  /* The same file again, BOTH for the rows: their row is here already, it
   * is not added twice. */
  n_plans = count (target, "SELECT count(*) FROM plans");
  again = wep_merge_prepare (target, wep_document_get_path (source), NULL, &error);
  ok (again != NULL, &error);
  g_assert_cmpuint (wep_merge_get_conflicts (again)->len, ==, 3);
  find_conflict (again, "scenarios")->choice = WEP_MERGE_OURS;
  wep_merge_choose_all (again, WEP_MERGE_BOTH);
  ok (wep_merge_apply (again, &error), &error);
  g_assert_cmpint (count (target, "SELECT count(*) FROM plans"), ==, n_plans);
  g_assert_cmpint (count (target, "SELECT count(*) FROM scenarios"), ==, 3);

  /* ...and THEIRS then counts that row instead of adding another. */
  third = wep_merge_prepare (target, wep_document_get_path (source), NULL, &error);
  ok (third != NULL, &error);
  find_conflict (third, "scenarios")->choice = WEP_MERGE_OURS;
  wep_merge_choose_all (third, WEP_MERGE_THEIRS);
  ok (wep_merge_apply (third, &error), &error);
  g_assert_cmpint (count (target, "SELECT count(*) FROM plans"), ==, n_plans);
  g_assert_cmpint (count_where (target, "units", plan_key, " AND counted = 1"), ==, units + 4);
  g_assert_cmpint (count_where (target, "units", plan_key, " AND counted = 0"), ==, units);
  g_assert_cmpfloat (scenario_value (target, "Basis", WEP_Y_NEW_UNITS_HF, 0), ==, units + 4);
  assert_saves_valid (target);
}

/* Conflicts in the tables that hold one row per key: a municipality's
 * figures, a region's name and a region's kind. */
static void
merge_one_row_tables (WepMergeChoice choice)
{
  g_autofree char *source_path = save_plan ("merge-one-row-source.weplan", &same_with_extra);
  g_autofree char *target_path = wep_test_tmp_path ("merge-one-row.weplan");
  g_autoptr (WepDocument) built = build_plan (&target_variant);
  g_autoptr (WepDocument) target = NULL;
  g_autoptr (WepMerge) merge = NULL;
  WepMergeConflict *c;
  GError *error = NULL;

  g_assert_cmpint (sqlite3_exec (_wep_document_get_db (built),
                                 "UPDATE municipalities SET population = 31000 "
                                 "WHERE code = 'GM0002'; "
                                 "UPDATE regions SET name = 'Testregio Oost' WHERE code = 'RG01'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  ok (wep_document_add_region (built, "RG02", "Tweede regio", "eigen", 1, &error), &error);
  ok (wep_document_save_as (built, target_path, &error), &error);
  g_clear_object (&built);
  target = open_plan (target_path);

  merge = wep_merge_prepare (target, source_path, NULL, &error);
  ok (merge != NULL, &error);
  g_assert_cmpuint (wep_merge_get_conflicts (merge)->len, ==, 3);
  c = find_conflict (merge, "municipalities");
  g_assert_cmpstr (c->what, ==, "GM0002 Bedorp");
  g_assert_cmpstr (c->ours, ==, "population: 31000");
  g_assert_cmpstr (c->theirs, ==, "population: 30000");
  g_assert_true (g_str_has_prefix (c->theirs_source, "service: CBS StatLine (CBS), 20"));
  c = g_ptr_array_index (wep_merge_get_conflicts (merge), 2);
  g_assert_cmpstr (c->table, ==, "regions");
  g_assert_cmpstr (c->what, ==, "RG02 Tweede regio");
  g_assert_cmpstr (c->ours, ==, "kind: eigen");
  g_assert_cmpstr (c->theirs, ==, "kind: woningmarktregio");
  c = g_ptr_array_index (wep_merge_get_conflicts (merge), 1);
  g_assert_cmpstr (c->ours, ==, "name: Testregio Oost");
  g_assert_cmpstr (c->theirs, ==, "name: Testregio");

  wep_merge_choose_all (merge, choice);
  ok (wep_merge_apply (merge, &error), &error);
  /* GM0004 comes in either way; its membership of RG02 only where RG02 is
   * of their kind. */
  g_assert_cmpint (count (target, "SELECT count(*) FROM municipalities WHERE code = 'GM0004'"),
                   ==, 1);
  if (choice == WEP_MERGE_THEIRS)
    {
      /* Their values, in place, with their provenance. */
      g_assert_cmpint (count (target, "SELECT population FROM municipalities "
                                      "WHERE code = 'GM0002'"), ==, 30000);
      g_assert_cmpint (count (target, "SELECT count(*) FROM municipalities m JOIN provenance p "
                                      "ON p.id = m.provenance_id WHERE m.code = 'GM0002' AND "
                                      "p.source = 'CBS StatLine' AND p.id > 2"), ==, 1);
      g_assert_cmpint (count (target, "SELECT count(*) FROM regions WHERE code = 'RG01' "
                                      "AND name = 'Testregio'"), ==, 1);
      g_assert_cmpint (count (target, "SELECT count(*) FROM region_members WHERE region = 'RG02' "
                                      "AND kind = 'woningmarktregio'"), ==, 1);
    }
  else
    {
      g_assert_cmpint (count (target, "SELECT population FROM municipalities "
                                      "WHERE code = 'GM0002'"), ==, 31000);
      g_assert_cmpint (count (target, "SELECT count(*) FROM regions WHERE code = 'RG01' "
                                      "AND name = 'Testregio Oost'"), ==, 1);
      g_assert_cmpint (count (target, "SELECT count(*) FROM region_members "
                                      "WHERE region = 'RG02'"), ==, 0);
      assert_nothing_lost (target, target_path);
    }
  assert_saves_valid (target);
}

static void
test_one_row_tables (void)
{
  merge_one_row_tables (WEP_MERGE_OURS);
  merge_one_row_tables (WEP_MERGE_THEIRS);
  merge_one_row_tables (WEP_MERGE_BOTH);
}

static char *
merge_filtered (const char *const *municipalities,
                const char *const *scenarios,
                char              **error_message)
{
  g_autofree char *source_path = save_plan ("merge-filter-source.weplan", &same_with_extra);
  g_autofree char *target_path = save_plan ("merge-filter.weplan", &target_variant);
  g_autoptr (WepDocument) target = open_plan (target_path);
  g_autoptr (WepMerge) merge = NULL;
  WepMergeFilter filter = { municipalities, scenarios };
  g_autofree char *before = dump (target);
  g_autofree char *after = NULL;
  GError *error = NULL;
  char *summary;

  merge = wep_merge_prepare (target, source_path, &filter, &error);
  if (merge == NULL)
    {
      g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND);
      *error_message = g_strdup (error->message);
      g_clear_error (&error);
      after = dump (target);
      g_assert_cmpstr (after, ==, before);
      return NULL;
    }
  summary = wep_merge_describe (merge);
  ok (wep_merge_apply (merge, &error), &error);
  assert_nothing_lost (target, target_path);
  assert_saves_valid (target);
  return summary;
}

static void
test_filter (void)
{
  const char *const dedorp[] = { "GM0004", NULL };
  const char *const cedorp[] = { "GM0003", NULL };
  const char *const extra[] = { "Extra", NULL };
  const char *const unknown[] = { "GM0004", "GM9999", NULL };
  const char *const no_such[] = { "Nergens", NULL };
  const char *const none[] = { NULL };
  char *message = NULL;
  char *summary;

  /* A municipality: its rows, the regions it belongs to there with their
   * figures, and every scenario. */
  summary = merge_filtered (dedorp, NULL, NULL);
  g_assert_cmpstr (summary, ==,
                   "To add: municipalities: 1, lettings: 1, regions: 1, region members: 1, "
                   "plans: 1, region figures: 1, allocations: 1, scenarios: 1. No conflicts.");
  g_free (summary);

  /* GM0003 has one new plan; region RG02 is not its region. */
  summary = merge_filtered (cedorp, NULL, NULL);
  g_assert_cmpstr (summary, ==, "To add: plans: 1, scenarios: 1. No conflicts.");
  g_free (summary);

  /* A scenario: only that one of the scenarios, all the rows. */
  summary = merge_filtered (none, extra, NULL);
  g_assert_cmpstr (summary, ==,
                   "To add: municipalities: 1, lettings: 1, regions: 1, region members: 1, "
                   "plans: 2, region figures: 1, allocations: 1, scenarios: 1. No conflicts.");
  g_free (summary);

  summary = merge_filtered (cedorp, extra, NULL);
  g_assert_cmpstr (summary, ==, "To add: plans: 1, scenarios: 1. No conflicts.");
  g_free (summary);

  /* A name the other file lacks stops the merge before anything. */
  g_assert_null (merge_filtered (unknown, NULL, &message));
  g_assert_cmpstr (message, ==,
                   "merge-filter-source.weplan has no municipality GM9999; nothing was merged.");
  g_clear_pointer (&message, g_free);
  g_assert_null (merge_filtered (NULL, no_such, &message));
  g_assert_cmpstr (message, ==,
                   "merge-filter-source.weplan has no scenario “Nergens”; nothing was merged.");
  g_free (message);
}

static void
test_filter_scenario_only (void)
{
  g_autofree char *source_path = save_plan ("merge-only-source.weplan", &same_with_extra);
  g_autofree char *target_path = save_plan ("merge-only.weplan", &target_variant);
  g_autoptr (WepDocument) target = open_plan (target_path);
  g_autoptr (WepDocument) source = wep_document_open (source_path, WEP_OPEN_READ_ONLY, NULL);
  const char *const extra[] = { "Extra", NULL };
  const char *const cedorp[] = { "GM0003", NULL };
  WepMergeFilter filter = { cedorp, extra };
  g_autoptr (WepMerge) merge = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *ours = NULL;
  GError *error = NULL;

  merge = wep_merge_prepare (target, source_path, &filter, &error);
  ok (merge != NULL, &error);
  ok (wep_merge_apply (merge, &error), &error);
  g_assert_cmpint (count (target, "SELECT count(*) FROM municipalities WHERE code = 'GM0004'"),
                   ==, 0);
  g_assert_cmpint (count (target, "SELECT count(*) FROM regions WHERE code = 'RG02'"), ==, 0);
  g_assert_cmpint (count (target, "SELECT count(*) FROM plans WHERE municipality = 'GM0003'"),
                   ==, 1);
  theirs = input_json (source, "Extra");
  ours = input_json (target, "Extra");
  g_assert_cmpstr (ours, ==, theirs);
}

static void
test_changed_before_apply (void)
{
  g_autoptr (WepDocument) target = NULL;
  g_autoptr (WepDocument) source = NULL;
  g_autofree char *target_path = NULL;
  g_autoptr (WepMerge) merge = prepare_conflicts ("merge-changed.weplan", &target, &target_path,
                                                  &source);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GError *error = NULL;
  g_autofree char *sql = g_strdup_printf ("DELETE %s", plan_key);

  /* Our conflicting plan goes away between preparing and applying. */
  g_assert_cmpint (sqlite3_exec (_wep_document_get_db (target), sql, NULL, NULL, NULL), ==,
                   SQLITE_OK);
  before = dump (target);
  wep_merge_choose_all (merge, WEP_MERGE_THEIRS);
  g_assert_false (wep_merge_apply (merge, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "GM0001 Aadorp, 2026, hf"));
  g_clear_error (&error);
  after = dump (target);
  g_assert_cmpstr (after, ==, before);
}

static void
write_file (const char *path,
            const void *data,
            gsize       size)
{
  GError *error = NULL;

  ok (g_file_set_contents (path, data, size, &error), &error);
}

static void
test_hostile (void)
{
  g_autofree char *target_path = save_plan ("merge-target.weplan", &target_variant);
  g_autofree char *good_path = save_plan ("merge-good.weplan", &same_with_extra);
  g_autoptr (WepDocument) target = open_plan (target_path);
  g_autofree char *before = dump (target);
  g_autofree char *random_path = wep_test_tmp_path ("merge-random.weplan");
  g_autofree char *text_path = wep_test_tmp_path ("merge-text.weplan");
  g_autofree char *other_app = wep_test_tmp_path ("merge-other-app.weplan");
  g_autofree char *trigger_path = wep_test_tmp_path ("merge-trigger.weplan");
  g_autofree char *truncated_path = wep_test_tmp_path ("merge-truncated.weplan");
  g_autofree char *missing_path = wep_test_tmp_path ("merge-missing.weplan");
  g_autofree char *good = NULL;
  g_autoptr (GRand) rand = g_rand_new_with_seed (5);
  char noise[8192];
  gsize size;
  sqlite3 *db = NULL;
  struct { const char *path; GQuark domain; int code; } cases[] = {
    { random_path, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_A_PLAN },
    { text_path, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_A_PLAN },
    { other_app, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_A_PLAN },
    { trigger_path, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_UNEXPECTED_SCHEMA },
    { truncated_path, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_CORRUPT },
    { missing_path, G_FILE_ERROR, G_FILE_ERROR_NOENT },
  };

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (char) g_rand_int_range (rand, 0, 256);
  write_file (random_path, noise, sizeof noise);
  write_file (text_path, "GM0001;Aadorp;12\n", 17);

  g_assert_cmpint (sqlite3_open (other_app, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA application_id = 42; CREATE TABLE plans (x);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  /* A plan that carries a trigger, which must never run. */
  ok (g_file_get_contents (good_path, &good, &size, NULL), NULL);
  write_file (trigger_path, good, size);
  g_assert_cmpint (sqlite3_open (trigger_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TRIGGER t AFTER INSERT ON plans BEGIN "
                                     "DELETE FROM plans; END;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  write_file (truncated_path, good, size / 2);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GError *error = NULL;
      g_autoptr (WepMerge) merge = wep_merge_prepare (target, cases[i].path, NULL, &error);
      g_autofree char *after = NULL;

      g_assert_null (merge);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      if (cases[i].domain == WEP_DOCUMENT_ERROR && cases[i].code == WEP_DOCUMENT_ERROR_CORRUPT)
        g_assert_true (error->domain == WEP_DOCUMENT_ERROR
                       && (error->code == WEP_DOCUMENT_ERROR_CORRUPT
                           || error->code == WEP_DOCUMENT_ERROR_NOT_A_PLAN));
      else
        g_assert_error (error, cases[i].domain, cases[i].code);
      g_clear_error (&error);
      after = dump (target);
      g_assert_cmpstr (after, ==, before);
      g_assert_false (wep_document_get_modified (target));
    }

  /* The target is free for a real merge afterwards. */
  {
    GError *error = NULL;
    g_autoptr (WepMerge) merge = wep_merge_prepare (target, good_path, NULL, &error);

    ok (merge != NULL, &error);
    ok (wep_merge_apply (merge, &error), &error);
    assert_additions (target);
  }
}

static void
test_free_detaches (void)
{
  g_autofree char *target_path = save_plan ("merge-detach.weplan", &target_variant);
  g_autofree char *source_path = save_plan ("merge-detach-source.weplan", &same_with_extra);
  g_autoptr (WepDocument) target = open_plan (target_path);
  g_autofree char *before = dump (target);
  g_autofree char *after = NULL;
  GError *error = NULL;

  for (guint i = 0; i < 3; i++)
    {
      WepMerge *merge = wep_merge_prepare (target, source_path, NULL, &error);

      ok (merge != NULL, &error);
      /* While one merge is prepared, another cannot be. */
      g_assert_null (wep_merge_prepare (target, source_path, NULL, &error));
      g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID);
      g_clear_error (&error);
      wep_merge_free (merge);
    }
  g_assert_cmpint (count (target, "SELECT count(*) FROM pragma_database_list "
                                  "WHERE name = 'theirs'"), ==, 0);
  after = dump (target);
  g_assert_cmpstr (after, ==, before);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  wep_test_tmp_init ("test-merge");

  g_test_add_func ("/merge/no-conflicts", test_no_conflicts);
  g_test_add_func ("/merge/conflicts/undecided", test_conflicts_undecided);
  g_test_add_func ("/merge/conflicts/ours", test_conflicts_ours);
  g_test_add_func ("/merge/prepare-document", test_prepare_document);
  g_test_add_func ("/merge/conflicts/theirs", test_conflicts_theirs);
  g_test_add_func ("/merge/conflicts/both", test_conflicts_both);
  g_test_add_func ("/merge/conflicts/changed-before-apply", test_changed_before_apply);
  g_test_add_func ("/merge/conflicts/one-row-tables", test_one_row_tables);
  g_test_add_func ("/merge/filter", test_filter);
  g_test_add_func ("/merge/filter/scenario", test_filter_scenario_only);
  g_test_add_func ("/merge/hostile", test_hostile);
  g_test_add_func ("/merge/free-detaches", test_free_detaches);

  status = g_test_run ();
  wep_test_tmp_remove ();
  return status;
}
