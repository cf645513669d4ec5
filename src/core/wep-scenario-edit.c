/* wep-scenario-edit.c: making, copying and renaming a plan's scenarios
 *
 * Names, renaming, the copy of a scenario row for row, and what new and
 * copied scenarios share (wep-scenario-edit-private.h); a new scenario is
 * made in wep-scenario-new.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "wep-document-private.h"
#include "wep-plan-rows.h"
#include "wep-scenario-edit-private.h"

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
gint64
_wep_scenario_manual_provenance (WepDocument  *self,
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
gboolean
_wep_scenario_check_room (WepDocument  *self,
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

gint64
_wep_scenario_insert_row (WepDocument  *self,
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

  if ((provenance_id = _wep_scenario_manual_provenance (self, error)) < 0)
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
  if (!_wep_scenario_check_room (self, "scenarios", 1, error)
      || !_wep_scenario_check_room (self, "scenario_regions", sqlite3_column_int64 (source, 4), error)
      || !_wep_scenario_check_room (self, "scenario_inputs", sqlite3_column_int64 (source, 5), error))
    return FALSE;

  if ((to = _wep_scenario_insert_row (self, new_name, base_year, horizon_years, seed, error)) < 0)
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
