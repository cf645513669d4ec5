/* wep-scenario-new.c: a new scenario from the plan's data and the defaults
 *
 * A new scenario stores, per region, the documented defaults as the
 * scenario's own values and leaves the inputs the data give (lettings, new
 * units, inflow, shelter capacity, the starting position) to the data, as
 * wep_document_scenario_input () derives them: so it follows the data as
 * they change. The defaults are the values of the built-in example
 * (wep_example_input (), sources in docs/model.md); a per-year default is
 * the example's value of the same year, or of its first or last year for a
 * year before or after the example's. docs/model.md, "A new scenario".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-example.h"
#include "wep-scenario-edit-private.h"
#include "wep-uncertainty.h"

/* The inputs a new scenario takes from the plan's data; every other key
 * gets its default. */
static const WepScalar data_scalars[] = {
  WEP_S_HOMELESS0, WEP_S_EXIT_READY0, WEP_S_HOUSED0_HF, WEP_S_HOUSED0_IND, WEP_S_HOUSED0_GRP,
  WEP_S_GRP_PLACES0,
};
/* The region figure each of them comes from, of the first year. */
static const char *const data_scalar_figures[] = {
  "homeless", "exit_ready", "housed_hf", "housed_ind", "housed_grp", "grp_places",
};
static const WepYearly data_yearly[] = {
  WEP_Y_INFLOW, WEP_Y_LETTINGS, WEP_Y_NEW_UNITS_HF, WEP_Y_NEW_UNITS_IND, WEP_Y_NEW_UNITS_GRP,
  WEP_Y_SHELTER_CAPACITY,
};

G_STATIC_ASSERT (G_N_ELEMENTS (data_scalars) == G_N_ELEMENTS (data_scalar_figures));

static gboolean
scalar_from_data (WepScalar key)
{
  for (guint i = 0; i < G_N_ELEMENTS (data_scalars); i++)
    if (data_scalars[i] == key)
      return TRUE;
  return FALSE;
}

static gboolean
yearly_from_data (WepYearly key)
{
  for (guint i = 0; i < G_N_ELEMENTS (data_yearly); i++)
    if (data_yearly[i] == key)
      return TRUE;
  return FALSE;
}

static gboolean
check_years (int       base_year,
             int       horizon_years,
             GError  **error)
{
  if (base_year < WEP_MIN_BASE_YEAR || base_year > WEP_MAX_BASE_YEAR)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("The first year %d is not from %d to %d."), base_year, WEP_MIN_BASE_YEAR,
                   WEP_MAX_BASE_YEAR);
      return FALSE;
    }
  if (horizon_years < 1 || horizon_years > WEP_MAX_HORIZON_YEARS)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("A scenario of %d years: the number of years must be from 1 to %d."),
                   horizon_years, WEP_MAX_HORIZON_YEARS);
      return FALSE;
    }
  return TRUE;
}

/* Sets error to what the data lack, with what to do about it. */
static gboolean
fail_missing (GError     **error,
              const char  *what)
{
  g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID, "%s %s", what,
               _("A new scenario takes this from the plan’s data: add the figures first, or "
                 "choose other years."));
  return FALSE;
}

static gboolean
has_figure (sqlite3    *db,
            const char *code,
            const char *key,
            int         year)
{
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (db, "SELECT 1 FROM region_figures WHERE region = ? AND key = ? "
                             "AND year = ? AND counted = 1", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, year);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

/* The member municipalities of region code without lettings in year, by
 * name, or NULL when every member has a figure. */
static char *
members_without_lettings (sqlite3    *db,
                          const char *code,
                          int         year)
{
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (db, "SELECT mu.name FROM region_members m "
                             "JOIN municipalities mu ON mu.code = m.municipality "
                             "WHERE m.region = ?1 AND NOT EXISTS (SELECT 1 FROM "
                             "municipality_lettings l WHERE l.municipality = m.municipality "
                             "AND l.year = ?2 AND l.counted = 1) ORDER BY mu.name", NULL);
  g_autoptr (GString) names = NULL;
  guint n = 0;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, year);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (names == NULL)
        names = g_string_new (NULL);
      if (n++ < 5)
        g_string_append_printf (names, "%s%s", n > 1 ? ", " : "",
                                (const char *) sqlite3_column_text (stmt, 0));
    }
  if (n > 5)
    g_string_append (names, ", …");
  return names != NULL ? g_string_free (g_steal_pointer (&names), FALSE) : NULL;
}

/* Whether the data give region code every input a new scenario takes from
 * them (the rules of wep_document_scenario_input ()); the error says which
 * is missing. */
static gboolean
check_region_data (WepDocument  *self,
                   const char   *code,
                   const char   *region,
                   int           base_year,
                   int           horizon_years,
                   GError      **error)
{
  static const WepYearly figure_keys[] = { WEP_Y_INFLOW, WEP_Y_SHELTER_CAPACITY };
  sqlite3 *db = _wep_document_get_db (self);
  g_autoptr (sqlite3_stmt) members = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (data_scalars); i++)
    if (!has_figure (db, code, data_scalar_figures[i], base_year))
      {
        g_autofree char *what =
          g_strdup_printf (_("Region “%s”, key “%s”: the plan’s data have no figure “%s” for "
                             "%d, the scenario’s first year."),
                           region, wep_scalar_info (data_scalars[i])->key,
                           data_scalar_figures[i], base_year);
        return fail_missing (error, what);
      }
  for (int y = base_year; y < base_year + horizon_years; y++)
    for (guint i = 0; i < G_N_ELEMENTS (figure_keys); i++)
      if (!has_figure (db, code, wep_yearly_info (figure_keys[i])->key, y))
        {
          g_autofree char *what =
            g_strdup_printf (_("Region “%s”, key “%s”, year %d: the plan’s data have no "
                               "figure for it."),
                             region, wep_yearly_info (figure_keys[i])->key, y);
          return fail_missing (error, what);
        }

  members = _wep_sqlite_prepare (db, "SELECT count(*) FROM region_members WHERE region = ?",
                                 error);
  if (members == NULL)
    return FALSE;
  sqlite3_bind_text (members, 1, code, -1, SQLITE_STATIC);
  if (sqlite3_step (members) != SQLITE_ROW || sqlite3_column_int64 (members, 0) == 0)
    {
      g_autofree char *what =
        g_strdup_printf (_("Region “%s”, key “lettings”: the region has no member "
                           "municipalities, so the plan’s data give it no lettings."), region);
      return fail_missing (error, what);
    }
  for (int y = base_year; y < base_year + horizon_years; y++)
    {
      g_autofree char *lacking = members_without_lettings (db, code, y);

      if (lacking != NULL)
        {
          g_autofree char *what =
            g_strdup_printf (_("Region “%s”, key “lettings”, year %d: the plan’s data have no "
                               "lettings of %s."), region, y, lacking);
          return fail_missing (error, what);
        }
    }
  return TRUE;
}

/* The default of a per-year key for year: the example's value of that
 * year, or of its first or last year. */
static int
example_index (const WepModelInput *example,
               int                  year)
{
  return CLAMP (year - example->base_year, 0, example->horizon_years - 1);
}

static gboolean
insert_default (sqlite3_stmt      *stmt,
                const char        *key,
                int                year,
                double             value,
                const WepTriangle *range)
{
  sqlite3_reset (stmt);
  sqlite3_bind_text (stmt, 3, key, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, year);
  sqlite3_bind_double (stmt, 5, value);
  if (range != NULL && !isnan (range->low))
    {
      sqlite3_bind_double (stmt, 6, range->low);
      sqlite3_bind_double (stmt, 7, range->mode);
      sqlite3_bind_double (stmt, 8, range->high);
    }
  else
    for (int i = 6; i <= 8; i++)
      sqlite3_bind_null (stmt, i);
  return sqlite3_step (stmt) == SQLITE_DONE;
}

/* The scenario's own values of region code: every default. */
static gboolean
insert_defaults (WepDocument         *self,
                 gint64               id,
                 const char          *code,
                 int                  base_year,
                 int                  horizon_years,
                 const WepModelInput *example,
                 GError             **error)
{
  sqlite3 *db = _wep_document_get_db (self);
  const WepRegionInput *defaults = wep_model_input_region (example, 0);
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (db, "INSERT INTO scenario_inputs (scenario, region, key, year, value, "
                             "low, mode, high) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_STATIC);

  for (guint k = 0; k < WEP_N_SCALARS; k++)
    {
      double value = defaults->scalar[k];

      if (scalar_from_data (k))
        continue;
      /* The example's target year, or the nearest year of this scenario. */
      if (k == WEP_S_TARGET_YEAR)
        value = CLAMP (value, base_year, base_year + horizon_years - 1);
      if (!insert_default (stmt, wep_scalar_info (k)->key, 0, value,
                           defaults->has_range[k] ? &defaults->range[k] : NULL))
        return _wep_sqlite_fail (db, code, error);
    }
  for (guint k = 0; k < WEP_N_YEARLY; k++)
    for (int year = base_year; !yearly_from_data (k) && year < base_year + horizon_years; year++)
      {
        int y = example_index (example, year);
        const WepTriangle *range = defaults->yearly_range[k] != NULL
                                   ? &defaults->yearly_range[k][y] : NULL;

        if (!insert_default (stmt, wep_yearly_info (k)->key, year, defaults->yearly[k][y], range))
          return _wep_sqlite_fail (db, code, error);
      }
  return TRUE;
}

static gboolean
insert_new (WepDocument  *self,
            const char   *name,
            int           base_year,
            int           horizon_years,
            GError      **error)
{
  sqlite3 *db = _wep_document_get_db (self);
  g_autoptr (WepModelInput) example = wep_example_input ();
  g_autoptr (sqlite3_stmt) regions = NULL;
  g_autoptr (sqlite3_stmt) add_region = NULL;
  gint64 n_regions = _wep_sqlite_count (db, "SELECT count(*) FROM regions");
  gint64 id;
  int position = 0;

  if (n_regions == 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("The plan has no regions yet: import the municipalities of a region and "
                     "its figures first."));
      return FALSE;
    }
  if (!_wep_scenario_check_room (self, "scenarios", 1, error)
      || !_wep_scenario_check_room (self, "scenario_regions", n_regions, error)
      || !_wep_scenario_check_room (self, "scenario_inputs",
                      n_regions * (WEP_N_SCALARS + (gint64) WEP_N_YEARLY * horizon_years), error))
    return FALSE;

  regions = _wep_sqlite_prepare (db, "SELECT code, name FROM regions ORDER BY rowid", error);
  add_region = _wep_sqlite_prepare (db, "INSERT INTO scenario_regions (scenario, region, "
                                        "position) VALUES (?, ?, ?)", error);
  if (regions == NULL || add_region == NULL)
    return FALSE;
  if ((id = _wep_scenario_insert_row (self, name, base_year, horizon_years, WEP_DEFAULT_SEED,
                                 error)) < 0)
    return FALSE;
  while (sqlite3_step (regions) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (regions, 0);
      const char *region = (const char *) sqlite3_column_text (regions, 1);

      if (!check_region_data (self, code, region, base_year, horizon_years, error))
        return FALSE;
      sqlite3_reset (add_region);
      sqlite3_bind_int64 (add_region, 1, id);
      sqlite3_bind_text (add_region, 2, code, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (add_region, 3, position++);
      if (sqlite3_step (add_region) != SQLITE_DONE)
        return _wep_sqlite_fail (db, region, error);
      if (!insert_defaults (self, id, code, base_year, horizon_years, example, error))
        return FALSE;
    }
  return TRUE;
}

/* Makes the scenario, checks that it runs (every value valid, as the
 * model needs it), and keeps it or, for a check, takes it back. */
static gboolean
make_new (WepDocument  *self,
          const char   *name,
          int           base_year,
          int           horizon_years,
          gboolean      keep,
          GError      **error)
{
  sqlite3 *db = _wep_document_get_db (self);
  g_autoptr (WepModelInput) input = NULL;

  if (!wep_document_check_scenario_name (self, name, NULL, error)
      || !check_years (base_year, horizon_years, error))
    return FALSE;
  if (!_wep_sqlite_exec (db, "SAVEPOINT new_scenario", error))
    return FALSE;
  if (!insert_new (self, name, base_year, horizon_years, error)
      || (input = wep_document_scenario_input (self, name, error)) == NULL
      || !keep)
    {
      sqlite3_exec (db, "ROLLBACK TO new_scenario; RELEASE new_scenario", NULL, NULL, NULL);
      return input != NULL;
    }
  _wep_document_set_modified (self);
  return _wep_sqlite_exec (db, "RELEASE new_scenario", error);
}

gboolean
wep_document_new_scenario (WepDocument  *self,
                           const char   *name,
                           int           base_year,
                           int           horizon_years,
                           GError      **error)
{
  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return make_new (self, name, base_year, horizon_years, TRUE, error);
}

gboolean
wep_document_check_new_scenario (WepDocument  *self,
                                 const char   *name,
                                 int           base_year,
                                 int           horizon_years,
                                 GError      **error)
{
  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return make_new (self, name, base_year, horizon_years, FALSE, error);
}

void
wep_document_suggest_scenario_years (WepDocument *self,
                                     int         *base_year,
                                     int         *horizon_years)
{
  sqlite3 *db;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  g_return_if_fail (WEP_IS_DOCUMENT (self));
  g_return_if_fail (base_year != NULL && horizon_years != NULL);

  *base_year = CLAMP (g_date_time_get_year (now), WEP_MIN_BASE_YEAR, WEP_MAX_BASE_YEAR);
  *horizon_years = WEP_DEFAULT_HORIZON_YEARS;

  db = _wep_document_get_db (self);
  stmt = _wep_sqlite_prepare (db, "SELECT min(year) FROM region_figures "
                                  "WHERE key = 'homeless' AND counted = 1", NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW
      || sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    return;
  *base_year = CLAMP (sqlite3_column_int (stmt, 0), WEP_MIN_BASE_YEAR, WEP_MAX_BASE_YEAR);
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = _wep_sqlite_prepare (db, "SELECT max(year) FROM region_figures "
                                  "WHERE key = 'inflow' AND counted = 1 AND year >= ?", NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int (stmt, 1, *base_year);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    *horizon_years = CLAMP (sqlite3_column_int (stmt, 0) - *base_year + 1, 1,
                            WEP_MAX_HORIZON_YEARS);
}
