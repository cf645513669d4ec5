/* wep-scenario-edit.c: making, copying and renaming a plan's scenarios
 *
 * A new scenario stores, per region, the documented defaults as the
 * scenario's own values and leaves the inputs the data give (lettings, new
 * units, inflow, shelter capacity, the starting position) to the data, as
 * wep_document_scenario_input () derives them: so it follows the data as
 * they change. The defaults are the values of the built-in example
 * (wep_example_input (), sources in docs/model.md); a per-year default is
 * the example's value of the same year, or of its first or last year for a
 * year before or after the example's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wep-document-private.h"
#include "wep-example.h"
#include "wep-plan-rows.h"
#include "wep-scenario-edit.h"
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

void
wep_scenario_summary_free (WepScenarioSummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->name);
  g_free (summary);
}

GPtrArray *
wep_document_list_scenario_summaries (WepDocument *self)
{
  GPtrArray *summaries =
    g_ptr_array_new_with_free_func ((GDestroyNotify) wep_scenario_summary_free);
  g_autoptr (sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), summaries);

  stmt = _wep_sqlite_prepare (_wep_document_get_db (self),
                              "SELECT name, base_year, horizon_years, "
                              "(SELECT count(*) FROM scenario_regions r WHERE r.scenario = s.id) "
                              "FROM scenarios s ORDER BY id", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      WepScenarioSummary *summary = g_new0 (WepScenarioSummary, 1);

      summary->name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      summary->base_year = sqlite3_column_int (stmt, 1);
      summary->horizon_years = sqlite3_column_int (stmt, 2);
      summary->n_regions = (guint) sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (summaries, summary);
    }
  return summaries;
}

/* ---- names ------------------------------------------------------------- */

static gint64
scenario_id (WepDocument  *self,
             const char   *name,
             GError      **error)
{
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (_wep_document_get_db (self), "SELECT id FROM scenarios WHERE name = ?",
                         error);

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
               _("There is no scenario “%s” in the plan; it may have been renamed or deleted."),
               name);
  return -1;
}

gboolean
wep_document_check_scenario_name (WepDocument  *self,
                                  const char   *name,
                                  const char   *except,
                                  GError      **error)
{
  g_auto (GStrv) names = NULL;
  g_autofree char *folded = NULL;
  glong length;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!g_utf8_validate (name, -1, NULL))
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("The scenario name is not valid UTF-8 text."));
      return FALSE;
    }
  if (*name == '\0')
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("Give the scenario a name."));
      return FALSE;
    }
  length = g_utf8_strlen (name, -1);
  if (length > WEP_MAX_NAME_LENGTH)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("The name is %ld characters long; a scenario name can have at most %d."),
                   length, WEP_MAX_NAME_LENGTH);
      return FALSE;
    }
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      {
        g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                     _("A scenario name cannot hold line breaks, tabs or other control "
                       "characters."));
        return FALSE;
      }
  if (g_unichar_isspace (g_utf8_get_char (name))
      || g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (name + strlen (name)))))
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("A scenario name cannot begin or end with a space."));
      return FALSE;
    }

  folded = g_utf8_casefold (name, -1);
  names = wep_document_list_scenarios (self);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *other = g_utf8_casefold (names[i], -1);

      if (g_strcmp0 (names[i], except) != 0 && g_str_equal (other, folded))
        {
          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_EXISTS,
                       _("The plan already has a scenario “%s”; choose another name."),
                       names[i]);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
wep_document_rename_scenario (WepDocument  *self,
                              const char   *name,
                              const char   *new_name,
                              GError      **error)
{
  sqlite3 *db;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autofree char *now = _wep_now_iso8601 ();
  gint64 id;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (name != NULL && new_name != NULL, FALSE);

  if ((id = scenario_id (self, name, error)) < 0
      || !wep_document_check_scenario_name (self, new_name, name, error))
    return FALSE;
  if (g_str_equal (name, new_name))
    return TRUE;

  db = _wep_document_get_db (self);
  stmt = _wep_sqlite_prepare (db, "UPDATE scenarios SET name = ?, modified = ? WHERE id = ?",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, new_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return _wep_sqlite_fail (db, new_name, error);
  _wep_document_set_modified (self);
  return TRUE;
}

/* ---- new rows ---------------------------------------------------------- */

/* The provenance of what is made by hand in this plan: the one the plans
 * table uses too (wep-plan-rows.h), made the first time it is needed. */
static gint64
manual_provenance (WepDocument  *self,
                   GError      **error)
{
  g_autofree char *organisation = wep_document_get_meta (self, "organisation");
  g_autofree char *now = _wep_now_iso8601 ();
  g_autoptr (sqlite3_stmt) stmt = NULL;
  sqlite3 *db = _wep_document_get_db (self);

  if (organisation == NULL)
    organisation = g_strdup ("");
  stmt = _wep_sqlite_prepare (db,
                              "SELECT id FROM provenance WHERE kind = 'handmatig' "
                              "AND source = ? AND organisation = ? ORDER BY id DESC LIMIT 1",
                              error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, WEP_PLAN_MANUAL_SOURCE, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, organisation, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);

  /* Added here rather than by wep_document_add_provenance (), which marks
   * the plan modified: a check that is taken back must not. */
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = _wep_sqlite_prepare (db, "INSERT INTO provenance (kind, source, date, organisation) "
                                  "VALUES ('handmatig', ?, ?, ?)", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, WEP_PLAN_MANUAL_SOURCE, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, organisation, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      _wep_sqlite_fail (db, WEP_PLAN_MANUAL_SOURCE, error);
      return -1;
    }
  return sqlite3_last_insert_rowid (db);
}

/* Refuses a change that would leave table with more rows than a plan file
 * may hold (a file with more would not open again). */
static gboolean
check_room (WepDocument  *self,
            const char   *table,
            gint64        extra,
            GError      **error)
{
  guint n_limits;
  const WepTableLimit *limits = _wep_document_table_limits (&n_limits);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  gint64 rows = _wep_sqlite_count (_wep_document_get_db (self), sql);

  for (guint i = 0; i < n_limits; i++)
    if (g_str_equal (limits[i].table, table) && rows + extra > limits[i].max_rows)
      {
        g_autofree char *max = g_strdup_printf ("%" G_GINT64_FORMAT, limits[i].max_rows);

        g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_LIMIT,
                     _("A plan file holds at most %s rows of “%s”; this change would make more. "
                       "Delete scenarios you no longer need first."),
                     max, table);
        return FALSE;
      }
  return TRUE;
}

static gint64
insert_scenario_row (WepDocument  *self,
                     const char   *name,
                     int           base_year,
                     int           horizon_years,
                     gint64        seed,
                     GError      **error)
{
  sqlite3 *db = _wep_document_get_db (self);
  g_autofree char *now = _wep_now_iso8601 ();
  g_autoptr (sqlite3_stmt) stmt = NULL;
  gint64 provenance_id;

  if ((provenance_id = manual_provenance (self, error)) < 0)
    return -1;
  stmt = _wep_sqlite_prepare (db, "INSERT INTO scenarios (name, base_year, horizon_years, seed, "
                                  "created, modified, provenance_id) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6) RETURNING id", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, base_year);
  sqlite3_bind_int (stmt, 3, horizon_years);
  sqlite3_bind_int64 (stmt, 4, seed);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, provenance_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _wep_sqlite_fail (db, name, error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

/* ---- duplicate --------------------------------------------------------- */

static gboolean
copy_rows (WepDocument  *self,
           const char   *name,
           const char   *new_name,
           GError      **error)
{
  sqlite3 *db = _wep_document_get_db (self);
  static const char *const copies[] = {
    "UPDATE scenarios SET description = (SELECT description FROM scenarios WHERE id = ?1) "
    "WHERE id = ?2",
    "INSERT INTO scenario_regions (scenario, region, position) "
    "SELECT ?2, region, position FROM scenario_regions WHERE scenario = ?1",
    "INSERT INTO scenario_inputs (scenario, region, key, year, value, low, mode, high) "
    "SELECT ?2, region, key, year, value, low, mode, high FROM scenario_inputs "
    "WHERE scenario = ?1",
  };
  g_autoptr (sqlite3_stmt) source = NULL;
  gint64 from, to;
  int base_year, horizon_years;
  gint64 seed;

  source = _wep_sqlite_prepare (db, "SELECT id, base_year, horizon_years, seed, "
                                    "(SELECT count(*) FROM scenario_regions WHERE scenario = id), "
                                    "(SELECT count(*) FROM scenario_inputs WHERE scenario = id) "
                                    "FROM scenarios WHERE name = ?", error);
  if (source == NULL)
    return FALSE;
  sqlite3_bind_text (source, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_step (source) != SQLITE_ROW)
    return scenario_id (self, name, error) >= 0; /* sets the error */
  from = sqlite3_column_int64 (source, 0);
  base_year = sqlite3_column_int (source, 1);
  horizon_years = sqlite3_column_int (source, 2);
  seed = sqlite3_column_int64 (source, 3);
  if (!check_room (self, "scenarios", 1, error)
      || !check_room (self, "scenario_regions", sqlite3_column_int64 (source, 4), error)
      || !check_room (self, "scenario_inputs", sqlite3_column_int64 (source, 5), error))
    return FALSE;

  if ((to = insert_scenario_row (self, new_name, base_year, horizon_years, seed, error)) < 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (copies); i++)
    {
      g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (db, copies[i], error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, from);
      sqlite3_bind_int64 (stmt, 2, to);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        return _wep_sqlite_fail (db, new_name, error);
    }
  return TRUE;
}

gboolean
wep_document_duplicate_scenario (WepDocument  *self,
                                 const char   *name,
                                 const char   *new_name,
                                 GError      **error)
{
  sqlite3 *db;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (name != NULL && new_name != NULL, FALSE);

  if (scenario_id (self, name, error) < 0
      || !wep_document_check_scenario_name (self, new_name, NULL, error))
    return FALSE;

  db = _wep_document_get_db (self);
  if (!_wep_sqlite_exec (db, "SAVEPOINT duplicate_scenario", error))
    return FALSE;
  if (!copy_rows (self, name, new_name, error))
    {
      sqlite3_exec (db, "ROLLBACK TO duplicate_scenario; RELEASE duplicate_scenario", NULL, NULL,
                    NULL);
      return FALSE;
    }
  _wep_document_set_modified (self);
  return _wep_sqlite_exec (db, "RELEASE duplicate_scenario", error);
}

/* ---- new --------------------------------------------------------------- */

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
  if (!check_room (self, "scenarios", 1, error)
      || !check_room (self, "scenario_regions", n_regions, error)
      || !check_room (self, "scenario_inputs",
                      n_regions * (WEP_N_SCALARS + (gint64) WEP_N_YEARLY * horizon_years), error))
    return FALSE;

  regions = _wep_sqlite_prepare (db, "SELECT code, name FROM regions ORDER BY rowid", error);
  add_region = _wep_sqlite_prepare (db, "INSERT INTO scenario_regions (scenario, region, "
                                        "position) VALUES (?, ?, ?)", error);
  if (regions == NULL || add_region == NULL)
    return FALSE;
  if ((id = insert_scenario_row (self, name, base_year, horizon_years, WEP_DEFAULT_SEED,
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
