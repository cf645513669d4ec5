/* wep-custom-region.c: regions the planner draws on the map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "wep-custom-region.h"
#include "wep-scenario-edit-private.h"

/* A region's kind, or NULL when there is no such region. */
static char *
region_kind (sqlite3    *db,
             const char *code)
{
  g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (db, "SELECT kind FROM regions "
                                                           "WHERE code = ?", NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static gboolean
check (WepDocument  *self,
       const char   *region,
       const char   *municipality,
       GError      **error)
{
  sqlite3 *db = _wep_document_get_db (self);
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autofree char *kind = NULL;

  if (wep_document_get_read_only (self))
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_READ_ONLY, "%s",
                   wep_document_get_read_only_reason (self));
      return FALSE;
    }
  stmt = _wep_sqlite_prepare (db, "SELECT 1 FROM municipalities WHERE code = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, municipality, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   _("The plan has no municipality %s."), municipality);
      return FALSE;
    }
  if (region == NULL)
    return _wep_scenario_check_room (self, "regions", 1, error)
           && _wep_scenario_check_room (self, "region_members", 1, error);

  kind = region_kind (db, region);
  if (kind == NULL)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   _("The plan has no region %s."), region);
      return FALSE;
    }
  if (!g_str_equal (kind, WEP_CUSTOM_REGION_KIND))
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("Region %s is of kind “%s”; only custom regions (“%s”) are changed on "
                     "the map."), region, kind, WEP_CUSTOM_REGION_KIND);
      return FALSE;
    }
  return _wep_scenario_check_room (self, "region_members", 1, error);
}

gboolean
wep_document_check_custom_member (WepDocument  *self,
                                  const char   *region,
                                  const char   *municipality,
                                  GError      **error)
{
  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (municipality != NULL, FALSE);

  return check (self, region, municipality, error);
}

static gboolean
run (sqlite3     *db,
     GError     **error,
     const char  *sql,
     const char  *first,
     const char  *second)
{
  g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_STATIC);
  if (second != NULL)
    sqlite3_bind_text (stmt, 2, second, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return _wep_sqlite_fail (db, _("Could not change the custom region"), error);
  return TRUE;
}

/* A code and a name that no region has yet. */
static void
free_name (sqlite3  *db,
           char    **code,
           char    **name)
{
  for (guint n = 1;; n++)
    {
      g_autofree char *c = g_strdup_printf ("eigen-%u", n);
      /* Translators: the name of a region made on the map; %u is a number */
      g_autofree char *v = g_strdup_printf (_("Custom region %u"), n);
      g_autoptr (sqlite3_stmt) stmt =
        _wep_sqlite_prepare (db, "SELECT 1 FROM regions WHERE code = ? OR name = ?", NULL);

      if (stmt != NULL)
        {
          sqlite3_bind_text (stmt, 1, c, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 2, v, -1, SQLITE_STATIC);
        }
      if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
        {
          *code = g_steal_pointer (&c);
          *name = g_steal_pointer (&v);
          return;
        }
    }
}

/* The custom region municipality is in now, or NULL. */
static char *
current_region (sqlite3    *db,
                const char *municipality)
{
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (db, "SELECT region FROM region_members WHERE municipality = ? "
                             "AND kind = '" WEP_CUSTOM_REGION_KIND "'", NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, municipality, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/* Deletes a custom region without members that no scenario models. */
static gboolean
drop_if_empty (sqlite3     *db,
               const char  *region,
               gboolean    *dropped,
               GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (db, "SELECT (SELECT count(*) FROM region_members WHERE region = ?1), "
                             "(SELECT count(*) FROM scenario_regions WHERE region = ?1)", error);

  *dropped = FALSE;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, region, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _wep_sqlite_fail (db, _("Could not change the custom region"), error);
  if (sqlite3_column_int64 (stmt, 0) > 0 || sqlite3_column_int64 (stmt, 1) > 0)
    return TRUE;
  *dropped = TRUE;
  return run (db, error, "DELETE FROM regions WHERE code = ?", region, NULL);
}

static gboolean
toggle (WepDocument  *self,
        const char   *region,
        const char   *municipality,
        char        **changed,
        gboolean     *added,
        GError      **error)
{
  sqlite3 *db = _wep_document_get_db (self);
  g_autofree char *current = current_region (db, municipality);
  g_autofree char *code = g_strdup (region);
  gboolean dropped = FALSE;
  gint64 provenance;

  if ((provenance = _wep_scenario_manual_provenance (self, error)) < 0)
    return FALSE;

  if (code != NULL && g_strcmp0 (current, code) == 0)
    {
      *added = FALSE;
      if (!run (db, error, "DELETE FROM region_members WHERE municipality = ? AND region = ?",
                municipality, code)
          || !drop_if_empty (db, code, &dropped, error))
        return FALSE;
      *changed = dropped ? NULL : g_steal_pointer (&code);
      return TRUE;
    }

  if (code == NULL)
    {
      g_autofree char *name = NULL;

      free_name (db, &code, &name);
      if (!wep_document_add_region (self, code, name, WEP_CUSTOM_REGION_KIND, provenance, error))
        return FALSE;
    }
  /* One custom region per municipality: it leaves the one it was in. */
  if (current != NULL
      && (!run (db, error, "DELETE FROM region_members WHERE municipality = ? AND region = ?",
                municipality, current)
          || !drop_if_empty (db, current, &dropped, error)))
    return FALSE;
  if (!wep_document_add_region_member (self, code, municipality, provenance, error))
    return FALSE;
  *added = TRUE;
  *changed = g_steal_pointer (&code);
  return TRUE;
}

gboolean
wep_document_toggle_custom_member (WepDocument  *self,
                                   const char   *region,
                                   const char   *municipality,
                                   char        **region_out,
                                   gboolean     *added,
                                   GError      **error)
{
  sqlite3 *db;
  g_autofree char *changed = NULL;
  gboolean is_member = FALSE;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (municipality != NULL, FALSE);

  if (!check (self, region, municipality, error))
    return FALSE;
  db = _wep_document_get_db (self);
  if (!_wep_sqlite_exec (db, "SAVEPOINT custom_region", error))
    return FALSE;
  if (!toggle (self, region, municipality, &changed, &is_member, error))
    {
      sqlite3_exec (db, "ROLLBACK TO custom_region; RELEASE custom_region", NULL, NULL, NULL);
      return FALSE;
    }
  if (!_wep_sqlite_exec (db, "RELEASE custom_region", error))
    return FALSE;
  _wep_document_set_modified (self);
  if (region_out != NULL)
    *region_out = g_steal_pointer (&changed);
  if (added != NULL)
    *added = is_member;
  return TRUE;
}
