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
#include <stdlib.h>

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
  g_autoptr (WepCachedStmt) own = NULL;
  g_autoptr (WepCachedStmt) stmt = NULL;
  g_autofree char *code = NULL;

  own = _wep_document_cached_stmt (self, "SELECT r.code FROM scenario_regions s "
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

  stmt = _wep_document_cached_stmt (self, "SELECT code FROM regions WHERE code = ?1 "
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

/* One row of scenario_inputs: the own value (NAN: none) and the range
 * (low NAN: none). */
typedef struct
{
  double      value;
  WepTriangle range;
} OwnRow;

static gboolean
same_double (double a,
             double b)
{
  return a == b || (isnan (a) && isnan (b));
}

static gboolean
same_row (const OwnRow *a,
          const OwnRow *b)
{
  return same_double (a->value, b->value) && same_double (a->range.low, b->range.low)
         && same_double (a->range.mode, b->range.mode)
         && same_double (a->range.high, b->range.high);
}

/* A row's key and year packed into a hash key, without allocating: the
 * key's place in the vocabulary (scalars first, then the per-year keys)
 * and the year. -1 for a key the vocabulary does not have. */
static gssize
pack_key (const char *key,
          int         year)
{
  int k = wep_scalar_from_key (key);

  if (k < 0 && (k = wep_yearly_from_key (key)) >= 0)
    k += WEP_N_SCALARS;
  if (k < 0)
    return -1;
  return ((gssize) k << 16) | (year & 0xffff);
}

typedef struct
{
  GHashTable *index;   /* packed key → 1 + position in rows */
  GArray     *rows;    /* of OwnRow */
  GArray     *keys;    /* of const char * (the key as stored), per row */
  GArray     *years;   /* of int, per row */
  GArray     *kept;    /* of gboolean: the row is still wanted */
} OwnRows;

static void
own_rows_free (OwnRows *rows)
{
  g_hash_table_unref (rows->index);
  g_array_unref (rows->rows);
  g_array_unref (rows->keys);
  g_array_unref (rows->years);
  g_array_unref (rows->kept);
  g_free (rows);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OwnRows, own_rows_free)

/* The scenario's own rows of a region as they are. */
static OwnRows *
read_own_rows (WepDocument  *self,
               gint64        scenario_id,
               const char   *code,
               GError      **error)
{
  g_autoptr (OwnRows) rows = g_new0 (OwnRows, 1);
  g_autoptr (WepCachedStmt) stmt =
    _wep_document_cached_stmt (self, "SELECT key, year, value, low, mode, high "
                                     "FROM scenario_inputs WHERE scenario = ? AND region = ?",
                               error);

  rows->index = g_hash_table_new (g_direct_hash, g_direct_equal);
  rows->rows = g_array_new (FALSE, FALSE, sizeof (OwnRow));
  rows->keys = g_array_new (FALSE, FALSE, sizeof (const char *));
  rows->years = g_array_new (FALSE, FALSE, sizeof (int));
  rows->kept = g_array_new (FALSE, TRUE, sizeof (gboolean));
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, scenario_id);
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *key = g_intern_string ((const char *) sqlite3_column_text (stmt, 0));
      int year = sqlite3_column_int (stmt, 1);
      gssize packed = pack_key (key, year);
      OwnRow row;

      for (int i = 0; i < 4; i++)
        {
          double v = sqlite3_column_type (stmt, 2 + i) == SQLITE_NULL
                     ? NAN : sqlite3_column_double (stmt, 2 + i);

          if (i == 0)
            row.value = v;
          else
            (&row.range.low)[i - 1] = v;
        }
      if (isnan (row.range.low))
        row.range = (WepTriangle) { NAN, NAN, NAN };
      g_array_append_val (rows->rows, row);
      g_array_append_val (rows->keys, key);
      g_array_append_val (rows->years, year);
      g_array_set_size (rows->kept, rows->rows->len);
      /* A key outside the vocabulary is never wanted: it goes. */
      if (packed >= 0)
        g_hash_table_insert (rows->index, GSIZE_TO_POINTER (packed),
                             GUINT_TO_POINTER (rows->rows->len));
    }
  return g_steal_pointer (&rows);
}

/* Makes the row of key and year what it should be, writing only when it
 * differs from what the plan has (a change of one value writes one row). */
static gboolean
put_own (WepDocument  *self,
         gint64        scenario_id,
         const char   *code,
         OwnRows      *existing,
         const char   *key,
         int           year,
         const OwnRow *want,
         GError      **error)
{
  guint at = GPOINTER_TO_UINT (g_hash_table_lookup (existing->index,
                                                    GSIZE_TO_POINTER (pack_key (key, year))));
  g_autoptr (WepCachedStmt) stmt = NULL;

  if (at > 0)
    {
      g_array_index (existing->kept, gboolean, at - 1) = TRUE;
      if (same_row (&g_array_index (existing->rows, OwnRow, at - 1), want))
        return TRUE;
    }
  stmt = _wep_document_cached_stmt (self,
    "INSERT OR REPLACE INTO scenario_inputs (scenario, region, key, year, value, low, mode, "
    "high) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, scenario_id);
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, key, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, year);
  if (!isnan (want->value))
    sqlite3_bind_double (stmt, 5, want->value);
  for (int i = 0; i < 3 && !isnan (want->range.low); i++)
    sqlite3_bind_double (stmt, 6 + i, (&want->range.low)[i]);
  return sqlite3_step (stmt) == SQLITE_DONE
         || _wep_sqlite_fail (_wep_document_get_db (self), key, error);
}

/* Rows the region had that it should no longer have. */
static gboolean
delete_rest (WepDocument *self,
             gint64       scenario_id,
             const char  *code,
             OwnRows     *rows,
             GError     **error)
{
  for (guint i = 0; i < rows->rows->len; i++)
    {
      g_autoptr (WepCachedStmt) stmt = NULL;

      if (g_array_index (rows->kept, gboolean, i))
        continue;
      stmt = _wep_document_cached_stmt (self, "DELETE FROM scenario_inputs WHERE scenario = ? "
                                              "AND region = ? AND key = ? AND year = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, scenario_id);
      sqlite3_bind_text (stmt, 2, code, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, g_array_index (rows->keys, const char *, i), -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 4, g_array_index (rows->years, int, i));
      if (sqlite3_step (stmt) != SQLITE_DONE)
        return _wep_sqlite_fail (_wep_document_get_db (self), code, error);
    }
  return TRUE;
}

static gboolean
store_region (WepDocument          *self,
              gint64                scenario_id,
              const char           *code,
              const WepModelInput  *input,
              const WepRegionInput *region,
              GError              **error)
{
  g_autoptr (WepModelInput) scratch = wep_model_input_new (input->base_year, input->horizon_years);
  WepRegionInput *derived = wep_model_input_add_region (scratch, region->name);
  g_autoptr (OwnRows) existing = NULL;
  static const WepTriangle none = { NAN, NAN, NAN };

  if (!_wep_document_derive_region (self, code, input, derived, error)
      || (existing = read_own_rows (self, scenario_id, code, error)) == NULL)
    return FALSE;

  for (guint k = 0; k < WEP_N_SCALARS; k++)
    {
      /* Keep the value only where the data do not already give it. */
      gboolean own = derived->scalar[k] != region->scalar[k];
      OwnRow want = { own ? region->scalar[k] : NAN,
                      region->has_range[k] ? region->range[k] : none };

      if ((own || region->has_range[k])
          && !put_own (self, scenario_id, code, existing, wep_scalar_info (k)->key, 0, &want,
                       error))
        return FALSE;
    }
  for (guint k = 0; k < WEP_N_YEARLY; k++)
    for (int y = 0; y < input->horizon_years; y++)
      {
        gboolean own = derived->yearly[k][y] != region->yearly[k][y];
        OwnRow want = { own ? region->yearly[k][y] : NAN,
                        region->yearly_range[k] != NULL ? region->yearly_range[k][y] : none };

        if (isnan (want.range.low))
          want.range = none;
        if ((own || !isnan (want.range.low))
            && !put_own (self, scenario_id, code, existing, wep_yearly_info (k)->key,
                         input->base_year + y, &want, error))
          return FALSE;
      }
  return delete_rest (self, scenario_id, code, existing, error);
}

/* The id of scenario name; -1 when the plan has none of that name. */
static gint64
scenario_id (WepDocument *self,
             const char  *name)
{
  g_autoptr (WepCachedStmt) stmt = _wep_document_cached_stmt (self, "SELECT id FROM scenarios "
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
  gint64 id = scenario_id (self, name);

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
  /* The own values of regions that left the scenario go with them. */
  g_clear_pointer (&clear, sqlite3_finalize);
  clear = _wep_sqlite_prepare (db, "DELETE FROM scenario_inputs WHERE scenario = ?1 AND region "
                                   "NOT IN (SELECT region FROM scenario_regions WHERE scenario = ?1)",
                               error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, id);
  if (sqlite3_step (clear) != SQLITE_DONE)
    return _wep_sqlite_fail (db, name, error);
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


gboolean
wep_document_store_scenario_region (WepDocument          *self,
                                    const char           *name,
                                    const WepModelInput  *input,
                                    guint                 region,
                                    GError              **error)
{
  g_autoptr (WepCachedStmt) stmt = NULL;
  g_autofree char *code = NULL;
  g_autofree char *now = NULL;
  const WepRegionInput *region_input;
  sqlite3 *db;
  gint64 id;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (name != NULL && input != NULL, FALSE);
  g_return_val_if_fail (region < input->regions->len, FALSE);

  if (!wep_model_input_validate (input, error))
    return FALSE;
  region_input = wep_model_input_region (input, region);
  stmt = _wep_document_cached_stmt (self,
    "SELECT s.id, r.code FROM scenarios s JOIN scenario_regions sr ON sr.scenario = s.id "
    "JOIN regions r ON r.code = sr.region WHERE s.name = ?1 AND s.base_year = ?2 "
    "AND s.horizon_years = ?3 AND (r.code = ?4 OR r.name = ?4) "
    "ORDER BY r.code = ?4 DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, input->base_year);
  sqlite3_bind_int (stmt, 3, input->horizon_years);
  sqlite3_bind_text (stmt, 4, region_input->name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   _("Scenario “%s” with these years has no region “%s”."), name,
                   region_input->name);
      return FALSE;
    }
  id = sqlite3_column_int64 (stmt, 0);
  code = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  g_clear_pointer (&stmt, _wep_cached_stmt_release);

  db = _wep_document_get_db (self);
  if (!_wep_sqlite_exec (db, "SAVEPOINT store_region", error))
    return FALSE;
  now = _wep_now_iso8601 ();
  stmt = _wep_document_cached_stmt (self, "UPDATE scenarios SET modified = ? WHERE id = ?", error);
  if (stmt == NULL || !store_region (self, id, code, input, region_input, error))
    {
      sqlite3_exec (db, "ROLLBACK TO store_region; RELEASE store_region", NULL, NULL, NULL);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      _wep_sqlite_fail (db, name, error);
      sqlite3_exec (db, "ROLLBACK TO store_region; RELEASE store_region", NULL, NULL, NULL);
      return FALSE;
    }
  _wep_document_set_modified (self);
  return _wep_sqlite_exec (db, "RELEASE store_region", error);
}
