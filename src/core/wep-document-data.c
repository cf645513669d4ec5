/* wep-document-data.c: adding municipalities, regions, plans, figures and
 * monitoring to a plan, and what a plan holds in summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-document-private.h"

/* Runs a prepared statement to the end; names what was being added. */
static gboolean
step_done (WepDocument  *self,
           sqlite3_stmt *stmt,
           const char   *what,
           GError      **error)
{
  sqlite3 *db = _wep_document_get_db (self);

  if (sqlite3_step (stmt) != SQLITE_DONE)
    return _wep_sqlite_fail (db, what, error);
  _wep_document_set_modified (self);
  return TRUE;
}

static void
bind_optional_int (sqlite3_stmt *stmt,
                   int           index,
                   gint64        value)
{
  if (value < 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, value);
}

static gboolean
check_finite (double       value,
              const char  *what,
              GError     **error)
{
  if (isfinite (value) && value >= 0)
    return TRUE;
  g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
               _("%s: %g is not a finite number of 0 or more."), what, value);
  return FALSE;
}

gint64
wep_document_add_provenance (WepDocument *self,
                             const char  *kind,
                             const char  *source,
                             const char  *organisation,
                             GError     **error)
{
  sqlite3 *db;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autofree char *now = _wep_now_iso8601 ();

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), -1);
  g_return_val_if_fail (kind != NULL && source != NULL, -1);

  db = _wep_document_get_db (self);
  stmt = _wep_sqlite_prepare (db, "INSERT INTO provenance (kind, source, date, organisation) "
                                  "VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, source, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, organisation != NULL ? organisation : "", -1, SQLITE_STATIC);
  if (!step_done (self, stmt, _("Could not record where the data come from"), error))
    return -1;
  return sqlite3_last_insert_rowid (db);
}

gboolean
wep_document_add_municipality (WepDocument           *self,
                               const WepMunicipality *m,
                               gint64                 provenance_id,
                               GError               **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (m != NULL && m->code != NULL && m->name != NULL, FALSE);

  stmt = _wep_sqlite_prepare (_wep_document_get_db (self),
                              "INSERT INTO municipalities (code, name, province, population, "
                              "households, social_rental_stock, provenance_id) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, m->code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, m->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, m->province != NULL ? m->province : "", -1, SQLITE_STATIC);
  bind_optional_int (stmt, 4, m->population);
  bind_optional_int (stmt, 5, m->households);
  bind_optional_int (stmt, 6, m->social_rental_stock);
  sqlite3_bind_int64 (stmt, 7, provenance_id);
  what = g_strdup_printf (_("Municipality %s (%s)"), m->code, m->name);
  return step_done (self, stmt, what, error);
}

gboolean
wep_document_set_lettings (WepDocument *self,
                           const char  *municipality,
                           int          year,
                           double       lettings,
                           gint64       provenance_id,
                           GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);

  what = g_strdup_printf (_("Municipality %s, lettings %d"), municipality, year);
  if (!check_finite (lettings, what, error))
    return FALSE;
  stmt = _wep_sqlite_prepare (_wep_document_get_db (self),
                              "INSERT INTO municipality_lettings (municipality, year, lettings, "
                              "provenance_id) VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, municipality, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_double (stmt, 3, lettings);
  sqlite3_bind_int64 (stmt, 4, provenance_id);
  return step_done (self, stmt, what, error);
}

gboolean
wep_document_set_boundary (WepDocument *self,
                           const char  *municipality,
                           GBytes      *geometry,
                           const char  *source,
                           int          year,
                           gint64       provenance_id,
                           GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autofree char *what = NULL;
  gsize size;
  const void *data;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (geometry != NULL, FALSE);

  data = g_bytes_get_data (geometry, &size);
  what = g_strdup_printf (_("Boundary of %s"), municipality);
  stmt = _wep_sqlite_prepare (_wep_document_get_db (self),
                              "INSERT OR REPLACE INTO boundaries (municipality, geometry, source, "
                              "year, provenance_id) VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, municipality, -1, SQLITE_STATIC);
  sqlite3_bind_blob64 (stmt, 2, data, size, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, source != NULL ? source : "", -1, SQLITE_STATIC);
  if (year > 0)
    sqlite3_bind_int (stmt, 4, year);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_int64 (stmt, 5, provenance_id);
  return step_done (self, stmt, what, error);
}

gboolean
wep_document_add_region (WepDocument *self,
                         const char  *code,
                         const char  *name,
                         const char  *kind,
                         gint64       provenance_id,
                         GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (code != NULL && name != NULL && kind != NULL, FALSE);

  stmt = _wep_sqlite_prepare (_wep_document_get_db (self),
                              "INSERT INTO regions (code, name, kind, provenance_id) "
                              "VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, provenance_id);
  what = g_strdup_printf (_("Region %s (%s)"), code, name);
  return step_done (self, stmt, what, error);
}

gboolean
wep_document_add_region_member (WepDocument *self,
                                const char  *region,
                                const char  *municipality,
                                gint64       provenance_id,
                                GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);

  stmt = _wep_sqlite_prepare (_wep_document_get_db (self),
                              "INSERT INTO region_members (municipality, kind, region, provenance_id) "
                              "SELECT ?1, kind, code, ?3 FROM regions WHERE code = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, municipality, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, region, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, provenance_id);
  what = g_strdup_printf (_("Municipality %s in region %s"), municipality, region);
  if (!step_done (self, stmt, what, error))
    return FALSE;
  if (sqlite3_changes (_wep_document_get_db (self)) == 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   _("%s: there is no region %s."), what, region);
      return FALSE;
    }
  return TRUE;
}

gboolean
wep_document_add_plan (WepDocument   *self,
                       const WepPlan *plan,
                       gint64         provenance_id,
                       GError       **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);

  what = g_strdup_printf (_("Plan of %s, %d, %s"), plan->municipality, plan->year, plan->pathway);
  if (!check_finite (plan->units, what, error))
    return FALSE;
  stmt = _wep_sqlite_prepare (_wep_document_get_db (self),
                              "INSERT INTO plans (municipality, year, pathway, units, status, "
                              "source_document, source_date, note, provenance_id) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, plan->municipality, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, plan->year);
  sqlite3_bind_text (stmt, 3, plan->pathway, -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 4, plan->units);
  sqlite3_bind_text (stmt, 5, plan->status != NULL ? plan->status : "gepland", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, plan->source_document ? plan->source_document : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, plan->source_date ? plan->source_date : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, plan->note ? plan->note : "", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 9, provenance_id);
  return step_done (self, stmt, what, error);
}

gboolean
wep_document_set_region_figure (WepDocument *self,
                                const char  *region,
                                int          year,
                                const char  *key,
                                double       value,
                                gint64       provenance_id,
                                GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);

  what = g_strdup_printf (_("Region %s, %s %d"), region, key, year);
  if (!check_finite (value, what, error))
    return FALSE;
  stmt = _wep_sqlite_prepare (_wep_document_get_db (self),
                              "INSERT INTO region_figures (region, year, key, value, provenance_id) "
                              "VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, region, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_text (stmt, 3, key, -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 4, value);
  sqlite3_bind_int64 (stmt, 5, provenance_id);
  return step_done (self, stmt, what, error);
}

gboolean
wep_document_add_allocation (WepDocument *self,
                             const char  *municipality,
                             int          year,
                             const char  *target_group,
                             gint64       homes,
                             gint64       provenance_id,
                             GError     **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);

  stmt = _wep_sqlite_prepare (_wep_document_get_db (self),
                              "INSERT INTO allocations (municipality, year, target_group, homes, "
                              "provenance_id) VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, municipality, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_text (stmt, 3, target_group, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, homes);
  sqlite3_bind_int64 (stmt, 5, provenance_id);
  what = g_strdup_printf (_("Allocations of %s, %d, %s"), municipality, year, target_group);
  return step_done (self, stmt, what, error);
}

WepDocumentInfo *
wep_document_get_info (WepDocument *self)
{
  sqlite3 *db;
  WepDocumentInfo *info;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), NULL);

  db = _wep_document_get_db (self);
  info = g_new0 (WepDocumentInfo, 1);
  info->format_version = wep_document_get_file_version (self);
  info->n_municipalities = _wep_sqlite_count (db, "SELECT count(*) FROM municipalities");
  info->n_boundaries = _wep_sqlite_count (db, "SELECT count(*) FROM boundaries");
  info->n_regions = _wep_sqlite_count (db, "SELECT count(*) FROM regions");
  info->n_plans = _wep_sqlite_count (db, "SELECT count(*) FROM plans");
  info->n_region_figures = _wep_sqlite_count (db, "SELECT count(*) FROM region_figures");
  info->n_allocations = _wep_sqlite_count (db, "SELECT count(*) FROM allocations");
  info->n_scenarios = _wep_sqlite_count (db, "SELECT count(*) FROM scenarios");

  stmt = _wep_sqlite_prepare (db,
    "SELECT p.kind, p.source, p.organisation, p.date, "
    "  (SELECT count(*) FROM municipalities WHERE provenance_id = p.id)"
    "  + (SELECT count(*) FROM municipality_lettings WHERE provenance_id = p.id)"
    "  + (SELECT count(*) FROM boundaries WHERE provenance_id = p.id)"
    "  + (SELECT count(*) FROM regions WHERE provenance_id = p.id)"
    "  + (SELECT count(*) FROM region_members WHERE provenance_id = p.id)"
    "  + (SELECT count(*) FROM plans WHERE provenance_id = p.id)"
    "  + (SELECT count(*) FROM region_figures WHERE provenance_id = p.id)"
    "  + (SELECT count(*) FROM allocations WHERE provenance_id = p.id)"
    "  + (SELECT count(*) FROM scenarios WHERE provenance_id = p.id) "
    "FROM provenance p ORDER BY p.id", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *organisation = (const char *) sqlite3_column_text (stmt, 2);
      g_autofree char *line =
        g_strdup_printf ("%s: %s%s%s%s, %s: %" G_GINT64_FORMAT,
                         (const char *) sqlite3_column_text (stmt, 0),
                         (const char *) sqlite3_column_text (stmt, 1),
                         *organisation ? " (" : "", organisation, *organisation ? ")" : "",
                         (const char *) sqlite3_column_text (stmt, 3),
                         (gint64) sqlite3_column_int64 (stmt, 4));

      g_strv_builder_add (builder, line);
    }
  info->provenance = g_strv_builder_end (builder);
  return info;
}

void
wep_document_info_free (WepDocumentInfo *info)
{
  if (info == NULL)
    return;
  g_strfreev (info->provenance);
  g_free (info);
}
