/* wep-document-scenario.c: from plan file to model input
 *
 * A scenario's model input is what the data give, with the scenario's own
 * values on top (docs/model.md, "From plan file to model input"):
 *   lettings[y]       the sum of the member municipalities' lettings
 *                     (every member must have a figure for the year);
 *   new_units_k[y]    the sum of the member municipalities' plans
 *                     (0 where none is planned);
 *   inflow[y], shelter_capacity[y]          the region's figures;
 *   homeless0, exit_ready0, housed0_k, grp_places0
 *                     the region's figures homeless, exit_ready, housed_k
 *                     and grp_places of the base year;
 *   everything else   the scenario's own values.
 * A value the scenario sets replaces the derived one; a range may be set
 * on a derived value without replacing it. Storing a model input as a
 * scenario is in wep-document-scenario-store.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-document-private.h"

typedef struct
{
  gint64 id;
  int    base_year;
  int    horizon_years;
  gint64 seed;
} Scenario;

GStrv
wep_document_list_scenarios (WepDocument *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), NULL);

  stmt = _wep_sqlite_prepare (_wep_document_get_db (self),
                              "SELECT name FROM scenarios ORDER BY id", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  return g_strv_builder_end (builder);
}

static gboolean
find_scenario (WepDocument *self,
               const char  *name,
               Scenario    *out,
               GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (_wep_document_get_db (self),
                         "SELECT id, base_year, horizon_years, seed FROM scenarios WHERE name = ?",
                         error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_auto (GStrv) names = wep_document_list_scenarios (self);
      g_autofree char *list = g_strjoinv (", ", names);

      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   names[0] != NULL ? _("There is no scenario “%s” in the plan; it has: %s.")
                                    : _("There is no scenario “%s” in the plan; it has none."),
                   name, list);
      return FALSE;
    }
  out->id = sqlite3_column_int64 (stmt, 0);
  out->base_year = sqlite3_column_int (stmt, 1);
  out->horizon_years = sqlite3_column_int (stmt, 2);
  out->seed = sqlite3_column_int64 (stmt, 3);
  return TRUE;
}

/* Fills region with what the data give; NAN where they give nothing. */
gboolean
_wep_document_derive_region (WepDocument          *self,
                             const char           *code,
                             const WepModelInput  *input,
                             WepRegionInput       *region,
                             GError              **error)
{
  static const struct { const char *figure; WepScalar scalar; } at_start[] = {
    { "homeless", WEP_S_HOMELESS0 }, { "exit_ready", WEP_S_EXIT_READY0 },
    { "housed_hf", WEP_S_HOUSED0_HF }, { "housed_ind", WEP_S_HOUSED0_IND },
    { "housed_grp", WEP_S_HOUSED0_GRP }, { "grp_places", WEP_S_GRP_PLACES0 },
  };
  g_autoptr (WepCachedStmt) lettings = NULL;
  g_autoptr (WepCachedStmt) plans = NULL;
  g_autoptr (WepCachedStmt) figures = NULL;
  g_autoptr (WepCachedStmt) members = NULL;
  int n = input->horizon_years;
  gint64 n_members;

  for (guint k = 0; k < WEP_N_SCALARS; k++)
    region->scalar[k] = NAN;
  for (guint k = 0; k < WEP_N_YEARLY; k++)
    for (int y = 0; y < n; y++)
      region->yearly[k][y] = NAN;

  members = _wep_document_cached_stmt (self,
    "SELECT count(*) FROM region_members WHERE region = ?", error);
  if (members == NULL)
    return FALSE;
  sqlite3_bind_text (members, 1, code, -1, SQLITE_STATIC);
  n_members = sqlite3_step (members) == SQLITE_ROW ? sqlite3_column_int64 (members, 0) : 0;

  /* Plans: 0 where a member region plans nothing (a region without
   * members has no plans either). */
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    for (int y = 0; y < n; y++)
      region->yearly[WEP_Y_NEW_UNITS_HF + k][y] = 0.0;
  plans = _wep_document_cached_stmt (self,
    "SELECT p.year, p.pathway, sum(p.units) FROM plans p "
    "JOIN region_members m ON m.municipality = p.municipality "
    "WHERE m.region = ? AND p.counted = 1 AND p.year BETWEEN ? AND ? "
    "GROUP BY p.year, p.pathway", error);
  if (plans == NULL)
    return FALSE;
  sqlite3_bind_text (plans, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_int (plans, 2, input->base_year);
  sqlite3_bind_int (plans, 3, input->base_year + n - 1);
  while (sqlite3_step (plans) == SQLITE_ROW)
    {
      int y = sqlite3_column_int (plans, 0) - input->base_year;
      int k = wep_pathway_from_key ((const char *) sqlite3_column_text (plans, 1));

      if (k >= 0 && k < WEP_N_HOUSING)
        region->yearly[WEP_Y_NEW_UNITS_HF + k][y] = sqlite3_column_double (plans, 2);
    }

  /* Lettings: only a year in which every member has a figure. */
  lettings = _wep_document_cached_stmt (self,
    "SELECT l.year, sum(l.lettings), count(*) FROM municipality_lettings l "
    "JOIN region_members m ON m.municipality = l.municipality "
    "WHERE m.region = ? AND l.counted = 1 AND l.year BETWEEN ? AND ? GROUP BY l.year", error);
  if (lettings == NULL)
    return FALSE;
  sqlite3_bind_text (lettings, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_int (lettings, 2, input->base_year);
  sqlite3_bind_int (lettings, 3, input->base_year + n - 1);
  while (sqlite3_step (lettings) == SQLITE_ROW)
    if (sqlite3_column_int64 (lettings, 2) == n_members)
      region->yearly[WEP_Y_LETTINGS][sqlite3_column_int (lettings, 0) - input->base_year] =
        sqlite3_column_double (lettings, 1);

  figures = _wep_document_cached_stmt (self,
    "SELECT year, key, value FROM region_figures WHERE region = ? AND counted = 1 "
    "AND year BETWEEN ? AND ?", error);
  if (figures == NULL)
    return FALSE;
  sqlite3_bind_text (figures, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_int (figures, 2, input->base_year);
  sqlite3_bind_int (figures, 3, input->base_year + n - 1);
  while (sqlite3_step (figures) == SQLITE_ROW)
    {
      int y = sqlite3_column_int (figures, 0) - input->base_year;
      const char *key = (const char *) sqlite3_column_text (figures, 1);
      double value = sqlite3_column_double (figures, 2);

      if (g_strcmp0 (key, "inflow") == 0)
        region->yearly[WEP_Y_INFLOW][y] = value;
      else if (g_strcmp0 (key, "shelter_capacity") == 0)
        region->yearly[WEP_Y_SHELTER_CAPACITY][y] = value;
      else if (y == 0)
        for (guint i = 0; i < G_N_ELEMENTS (at_start); i++)
          if (g_strcmp0 (key, at_start[i].figure) == 0)
            region->scalar[at_start[i].scalar] = value;
    }
  return TRUE;
}

static const WepKeyInfo *
key_lookup (const char *key,
            int        *scalar,
            int        *yearly)
{
  *scalar = wep_scalar_from_key (key);
  *yearly = wep_yearly_from_key (key);
  if (*scalar >= 0)
    return wep_scalar_info (*scalar);
  if (*yearly >= 0)
    return wep_yearly_info (*yearly);
  return NULL;
}

static gboolean
apply_own_values (WepDocument          *self,
                  const char           *scenario_name,
                  const Scenario       *scenario,
                  const char           *code,
                  const WepModelInput  *input,
                  WepRegionInput       *region,
                  GError              **error)
{
  g_autoptr (WepCachedStmt) stmt =
    _wep_document_cached_stmt (self,
                               "SELECT key, year, value, low, mode, high FROM scenario_inputs "
                               "WHERE scenario = ? AND region = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, scenario->id);
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      int year = sqlite3_column_int (stmt, 1);
      gboolean has_value = sqlite3_column_type (stmt, 2) != SQLITE_NULL;
      gboolean has_range = sqlite3_column_type (stmt, 3) != SQLITE_NULL;
      double value = sqlite3_column_double (stmt, 2);
      WepTriangle t = { sqlite3_column_double (stmt, 3), sqlite3_column_double (stmt, 4),
                        sqlite3_column_double (stmt, 5) };
      int s, k, y;

      if (key_lookup (key, &s, &k) == NULL)
        {
          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                       _("Scenario “%s”, region “%s”: unknown key “%s”."), scenario_name,
                       region->name, key);
          return FALSE;
        }
      if (s >= 0 && year != 0)
        continue;
      if (s >= 0)
        {
          if (has_value)
            region->scalar[s] = value;
          region->has_range[s] = has_range;
          region->range[s] = t;
          continue;
        }
      if ((y = wep_model_input_year_index (input, year)) < 0)
        continue; /* a year outside the horizon does not take part */
      if (has_value)
        region->yearly[k][y] = value;
      if (has_range)
        wep_region_input_set_yearly_range (region, input->horizon_years, k, y, t);
    }
  return TRUE;
}

static gboolean
check_complete (const char           *scenario_name,
                const WepModelInput  *input,
                const WepRegionInput *region,
                GError              **error)
{
  for (guint k = 0; k < WEP_N_SCALARS; k++)
    if (isnan (region->scalar[k]))
      {
        g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                     _("Scenario “%s”, region “%s”, key “%s”: no value: the plan's data do "
                       "not give it and the scenario sets none."),
                     scenario_name, region->name, wep_scalar_info (k)->key);
        return FALSE;
      }
  for (guint k = 0; k < WEP_N_YEARLY; k++)
    for (int y = 0; y < input->horizon_years; y++)
      if (isnan (region->yearly[k][y]))
        {
          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                       k == WEP_Y_LETTINGS
                         ? _("Scenario “%s”, region “%s”, key “%s”, year %d: no value: not "
                             "every member municipality has a figure for that year, and the "
                             "scenario sets none.")
                         : _("Scenario “%s”, region “%s”, key “%s”, year %d: no value: the "
                             "plan's data do not give it and the scenario sets none."),
                       scenario_name, region->name, wep_yearly_info (k)->key,
                       input->base_year + y);
          return FALSE;
        }
  return TRUE;
}

/* The scenario's regions with what the data give; with own_values, the
 * scenario's own values on top, complete and valid. */
static WepModelInput *
build_input (WepDocument  *self,
             const char   *name,
             gboolean      own_values,
             GError      **error)
{
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (sqlite3_stmt) regions = NULL;
  g_autoptr (GError) invalid = NULL;
  Scenario scenario;

  g_assert (WEP_IS_DOCUMENT (self));
  g_assert (name != NULL);

  if (!find_scenario (self, name, &scenario, error))
    return NULL;
  if (scenario.horizon_years < 1 || scenario.horizon_years > WEP_MAX_HORIZON_YEARS)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("Scenario “%s”: a horizon of %d years is not from 1 to %d."), name,
                   scenario.horizon_years, WEP_MAX_HORIZON_YEARS);
      return NULL;
    }
  input = wep_model_input_new (scenario.base_year, scenario.horizon_years);
  input->has_seed = TRUE;
  input->seed = (guint64) scenario.seed;

  regions = _wep_sqlite_prepare (_wep_document_get_db (self),
                                 "SELECT r.code, r.name FROM scenario_regions s "
                                 "JOIN regions r ON r.code = s.region "
                                 "WHERE s.scenario = ? ORDER BY s.position", error);
  if (regions == NULL)
    return NULL;
  sqlite3_bind_int64 (regions, 1, scenario.id);
  while (sqlite3_step (regions) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (regions, 0);
      const char *region_name = (const char *) sqlite3_column_text (regions, 1);
      WepRegionInput *region = wep_model_input_add_region (input, region_name);

      if (input->regions->len > WEP_MAX_REGIONS
          || !_wep_document_derive_region (self, code, input, region, error)
          || (own_values
              && (!apply_own_values (self, name, &scenario, code, input, region, error)
                  || !check_complete (name, input, region, error))))
        {
          if (error != NULL && *error == NULL)
            g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_LIMIT,
                         _("Scenario “%s” has more than %d regions."), name, WEP_MAX_REGIONS);
          return NULL;
        }
    }

  if (own_values && !wep_model_input_validate (input, &invalid))
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("Scenario “%s”: %s"), name, invalid->message);
      return NULL;
    }
  return g_steal_pointer (&input);
}

WepModelInput *
wep_document_scenario_input (WepDocument  *self,
                             const char   *name,
                             GError      **error)
{
  g_return_val_if_fail (WEP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return build_input (self, name, TRUE, error);
}

WepModelInput *
wep_document_scenario_derived (WepDocument  *self,
                               const char   *name,
                               GError      **error)
{
  g_return_val_if_fail (WEP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return build_input (self, name, FALSE, error);
}

gboolean
wep_document_delete_scenario (WepDocument *self,
                              const char  *name,
                              GError     **error)
{
  Scenario scenario;
  g_autoptr (sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);

  if (!find_scenario (self, name, &scenario, error))
    return FALSE;
  stmt = _wep_sqlite_prepare (_wep_document_get_db (self), "DELETE FROM scenarios WHERE id = ?",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, scenario.id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return _wep_sqlite_fail (_wep_document_get_db (self), name, error);
  _wep_document_set_modified (self);
  return TRUE;
}

GPtrArray *
wep_document_check (WepDocument *self)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) names = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), problems);

  names = wep_document_list_scenarios (self);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (WepModelInput) input = wep_document_scenario_input (self, names[i], &error);

      if (input == NULL)
        g_ptr_array_add (problems, g_strdup (error->message));
    }
  return problems;
}
