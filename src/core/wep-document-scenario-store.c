/* wep-document-scenario-store.c: a model input stored as a scenario
 *
 * Only what differs from the data is kept as the scenario's own value
 * (docs/model.md, "From plan file to model input"), so that the data stay
 * linked and the round trip through wep_document_scenario_input() is
 * exact.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-document-private.h"
#include "wep-uncertainty.h"

/* The region of the plan that a model input's region name stands for:
 * one of the scenario's own regions (scenario_id, -1 for a new scenario)
 * by code or by name first, as a name may be shared by regions of other
 * kinds (the province and the centrumgemeente Utrecht); else any region of
 * the plan by code, else by name; a new region of kind "eigen" otherwise. */
static char *
resolve_region (WepDocument  *self,
                gint64        scenario_id,
                const char   *name,
                gint64        provenance_id,
                GError      **error)
{
  sqlite3 *db = _wep_document_get_db (self);
  g_autoptr (sqlite3_stmt) own = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autofree char *code = NULL;

  own = _wep_sqlite_prepare (db, "SELECT r.code FROM scenario_regions s "
                                 "JOIN regions r ON r.code = s.region "
                                 "WHERE s.scenario = ?2 AND (r.code = ?1 OR r.name = ?1) "
                                 "ORDER BY r.code = ?1 DESC, s.position LIMIT 1",
                             error);
  if (own == NULL)
    return NULL;
  sqlite3_bind_text (own, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (own, 2, scenario_id);
  if (sqlite3_step (own) == SQLITE_ROW)
    return g_strdup ((const char *) sqlite3_column_text (own, 0));

  stmt = _wep_sqlite_prepare (db, "SELECT code FROM regions WHERE code = ?1 "
                                  "UNION ALL SELECT code FROM regions WHERE name = ?1 AND code <> ?1",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      if (sqlite3_step (stmt) == SQLITE_ROW && g_strcmp0 (code, name) != 0)
        {
          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                       _("Region “%s”: more than one region of the plan has this name; use the "
                         "region's code."),
                       name);
          return NULL;
        }
      return g_steal_pointer (&code);
    }
  if (provenance_id < 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   _("Region “%s” is not in the plan; add it before it can be part of a "
                     "scenario."),
                   name);
      return NULL;
    }
  if (!wep_document_add_region (self, name, name, "eigen", provenance_id, error))
    return NULL;
  return g_strdup (name);
}

static gboolean
insert_own (sqlite3_stmt      *stmt,
            const char        *key,
            int                year,
            gboolean           has_value,
            double             value,
            const WepTriangle *range)
{
  sqlite3_reset (stmt);
  sqlite3_bind_text (stmt, 3, key, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, year);
  if (has_value)
    sqlite3_bind_double (stmt, 5, value);
  else
    sqlite3_bind_null (stmt, 5);
  for (int i = 0; i < 3; i++)
    {
      double v = i == 0 ? range->low : i == 1 ? range->mode : range->high;

      if (range != NULL && !isnan (range->low))
        sqlite3_bind_double (stmt, 6 + i, v);
      else
        sqlite3_bind_null (stmt, 6 + i);
    }
  return sqlite3_step (stmt) == SQLITE_DONE;
}

static gboolean
store_region (WepDocument          *self,
              gint64                scenario_id,
              const char           *code,
              const WepModelInput  *input,
              const WepRegionInput *region,
              GError              **error)
{
  sqlite3 *db = _wep_document_get_db (self);
  g_autoptr (WepModelInput) scratch = wep_model_input_new (input->base_year, input->horizon_years);
  WepRegionInput *derived = wep_model_input_add_region (scratch, region->name);
  g_autoptr (sqlite3_stmt) stmt = NULL;
  static const WepTriangle none = { NAN, NAN, NAN };

  if (!_wep_document_derive_region (self, code, input, derived, error))
    return FALSE;
  stmt = _wep_sqlite_prepare (db, "INSERT INTO scenario_inputs (scenario, region, key, year, "
                                  "value, low, mode, high) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, scenario_id);
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_STATIC);

  for (guint k = 0; k < WEP_N_SCALARS; k++)
    {
      /* Keep the value only where the data do not already give it. */
      gboolean own = derived->scalar[k] != region->scalar[k];
      const WepTriangle *range = region->has_range[k] ? &region->range[k] : &none;

      if ((own || region->has_range[k])
          && !insert_own (stmt, wep_scalar_info (k)->key, 0, own, region->scalar[k], range))
        return _wep_sqlite_fail (db, region->name, error);
    }
  for (guint k = 0; k < WEP_N_YEARLY; k++)
    for (int y = 0; y < input->horizon_years; y++)
      {
        gboolean own = derived->yearly[k][y] != region->yearly[k][y];
        const WepTriangle *range = region->yearly_range[k] != NULL ? &region->yearly_range[k][y]
                                                                   : &none;

        if ((own || !isnan (range->low))
            && !insert_own (stmt, wep_yearly_info (k)->key, input->base_year + y, own,
                            region->yearly[k][y], range))
          return _wep_sqlite_fail (db, region->name, error);
      }
  return TRUE;
}

/* The id of scenario name; -1 when the plan has none of that name. */
static gint64
scenario_id (sqlite3    *db,
             const char *name)
{
  g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (db, "SELECT id FROM scenarios "
                                                           "WHERE name = ?", NULL);

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : -1;
}

static gboolean
store_scenario_rows (WepDocument          *self,
                     const char           *name,
                     const WepModelInput  *input,
                     gint64                provenance_id,
                     GError              **error)
{
  sqlite3 *db = _wep_document_get_db (self);
  g_autoptr (sqlite3_stmt) upsert = NULL;
  g_autoptr (sqlite3_stmt) add_region = NULL;
  g_autoptr (sqlite3_stmt) clear = NULL;
  g_autoptr (GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *now = _wep_now_iso8601 ();
  gint64 id = scenario_id (db, name);

  if (id < 0 && provenance_id < 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   _("There is no scenario “%s” in the plan to change."), name);
      return FALSE;
    }

  /* The regions, while the scenario still lists its own. */
  for (guint i = 0; i < input->regions->len; i++)
    {
      const WepRegionInput *region = wep_model_input_region (input, i);
      char *code = resolve_region (self, id, region->name, provenance_id, error);

      if (code == NULL)
        return FALSE;
      g_ptr_array_add (codes, code);
    }

  /* An existing scenario keeps its provenance. */
  upsert = _wep_sqlite_prepare (db,
    "INSERT INTO scenarios (name, base_year, horizon_years, seed, created, modified, provenance_id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6) ON CONFLICT (name) DO UPDATE SET "
    "base_year = ?2, horizon_years = ?3, seed = ?4, modified = ?5 RETURNING id", error);
  if (upsert == NULL)
    return FALSE;
  sqlite3_bind_text (upsert, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_int (upsert, 2, input->base_year);
  sqlite3_bind_int (upsert, 3, input->horizon_years);
  sqlite3_bind_int64 (upsert, 4, (gint64) (input->has_seed ? input->seed : WEP_DEFAULT_SEED));
  sqlite3_bind_text (upsert, 5, now, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (upsert, 6, provenance_id);
  if (sqlite3_step (upsert) != SQLITE_ROW)
    return _wep_sqlite_fail (db, name, error);
  id = sqlite3_column_int64 (upsert, 0);
  sqlite3_reset (upsert);

  clear = _wep_sqlite_prepare (db, "DELETE FROM scenario_regions WHERE scenario = ?1; ", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, id);
  if (sqlite3_step (clear) != SQLITE_DONE)
    return _wep_sqlite_fail (db, name, error);
  g_clear_pointer (&clear, sqlite3_finalize);
  clear = _wep_sqlite_prepare (db, "DELETE FROM scenario_inputs WHERE scenario = ?1", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, id);
  if (sqlite3_step (clear) != SQLITE_DONE)
    return _wep_sqlite_fail (db, name, error);

  add_region = _wep_sqlite_prepare (db, "INSERT INTO scenario_regions (scenario, region, position) "
                                        "VALUES (?, ?, ?)", error);
  if (add_region == NULL)
    return FALSE;
  for (guint i = 0; i < input->regions->len; i++)
    {
      const WepRegionInput *region = wep_model_input_region (input, i);
      const char *code = g_ptr_array_index (codes, i);

      sqlite3_reset (add_region);
      sqlite3_bind_int64 (add_region, 1, id);
      sqlite3_bind_text (add_region, 2, code, -1, SQLITE_STATIC);
      sqlite3_bind_int (add_region, 3, i);
      if (sqlite3_step (add_region) != SQLITE_DONE)
        return _wep_sqlite_fail (db, region->name, error);
      if (!store_region (self, id, code, input, region, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
wep_document_store_scenario (WepDocument          *self,
                             const char           *name,
                             const WepModelInput  *input,
                             gint64                provenance_id,
                             GError              **error)
{
  sqlite3 *db;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (name != NULL && input != NULL, FALSE);

  if (*name == '\0' || g_utf8_strlen (name, -1) > WEP_MAX_NAME_LENGTH)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("A scenario name must be 1 to %d characters."), WEP_MAX_NAME_LENGTH);
      return FALSE;
    }
  if (!wep_model_input_validate (input, error))
    return FALSE;

  db = _wep_document_get_db (self);
  if (!_wep_sqlite_exec (db, "SAVEPOINT store_scenario", error))
    return FALSE;
  if (!store_scenario_rows (self, name, input, provenance_id, error))
    {
      sqlite3_exec (db, "ROLLBACK TO store_scenario; RELEASE store_scenario", NULL, NULL, NULL);
      return FALSE;
    }
  _wep_document_set_modified (self);
  return _wep_sqlite_exec (db, "RELEASE store_scenario", error);
}

