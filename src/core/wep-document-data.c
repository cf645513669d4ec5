/* wep-document-data.c: adding municipalities, regions, plans, figures and
 * monitoring to a plan, and what a plan holds in summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-document-private.h"

/* Runs one INSERT with its values bound in order. types has a letter per
 * value: 't' text (NULL: ""), 'i' int, 'I' gint64, 'n' gint64 or NULL when
 * negative, 'y' int year or NULL when not positive, 'd' double, 'b' GBytes.
 * what names the row in an error. */
static gboolean
insert_row (WepDocument  *self,
            const char   *what,
            GError      **error,
            const char   *sql,
            const char   *types,
            ...)
{
  sqlite3 *db = _wep_document_get_db (self);
  g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (db, sql, error);
  va_list args;

  if (stmt == NULL)
    return FALSE;

  va_start (args, types);
  for (int i = 0; types[i] != '\0'; i++)
    {
      int index = i + 1;

      switch (types[i])
        {
        case 't':
          {
            const char *text = va_arg (args, const char *);
            sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
          }
          break;
        case 'i':
          sqlite3_bind_int (stmt, index, va_arg (args, int));
          break;
        case 'I':
          sqlite3_bind_int64 (stmt, index, va_arg (args, gint64));
          break;
        case 'n':
          {
            gint64 value = va_arg (args, gint64);
            if (value < 0)
              sqlite3_bind_null (stmt, index);
            else
              sqlite3_bind_int64 (stmt, index, value);
          }
          break;
        case 'y':
          {
            int year = va_arg (args, int);
            if (year > 0)
              sqlite3_bind_int (stmt, index, year);
            else
              sqlite3_bind_null (stmt, index);
          }
          break;
        case 'd':
          sqlite3_bind_double (stmt, index, va_arg (args, double));
          break;
        case 'b':
          {
            GBytes *bytes = va_arg (args, GBytes *);
            gsize size;
            const void *data = g_bytes_get_data (bytes, &size);
            sqlite3_bind_blob64 (stmt, index, data, size, SQLITE_TRANSIENT);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }
  va_end (args);

  if (sqlite3_step (stmt) != SQLITE_DONE)
    return _wep_sqlite_fail (db, what, error);
  _wep_document_set_modified (self);
  return TRUE;
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
  g_autofree char *now = _wep_now_iso8601 ();

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), -1);
  g_return_val_if_fail (kind != NULL && source != NULL, -1);

  if (!insert_row (self, _("Could not record where the data come from"), error,
                   "INSERT INTO provenance (kind, source, date, organisation) VALUES (?, ?, ?, ?)",
                   "tttt", kind, source, now, organisation))
    return -1;
  return sqlite3_last_insert_rowid (_wep_document_get_db (self));
}

gboolean
wep_document_add_municipality (WepDocument           *self,
                               const WepMunicipality *m,
                               gint64                 provenance_id,
                               GError               **error)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (m != NULL && m->code != NULL && m->name != NULL, FALSE);

  what = g_strdup_printf (_("Municipality %s (%s)"), m->code, m->name);
  return insert_row (self, what, error,
                     "INSERT INTO municipalities (code, name, province, population, households, "
                     "social_rental_stock, provenance_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     "tttnnnI", m->code, m->name, m->province, m->population, m->households,
                     m->social_rental_stock, provenance_id);
}

gboolean
wep_document_set_lettings (WepDocument *self,
                           const char  *municipality,
                           int          year,
                           double       lettings,
                           gint64       provenance_id,
                           GError     **error)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);

  what = g_strdup_printf (_("Municipality %s, lettings %d"), municipality, year);
  return check_finite (lettings, what, error)
         && insert_row (self, what, error,
                        "INSERT INTO municipality_lettings (municipality, year, lettings, "
                        "provenance_id) VALUES (?, ?, ?, ?)",
                        "tidI", municipality, year, lettings, provenance_id);
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
  g_autofree char *what = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (geometry != NULL, FALSE);

  what = g_strdup_printf (_("Boundary of %s"), municipality);
  return insert_row (self, what, error,
                     "INSERT OR REPLACE INTO boundaries (municipality, geometry, source, year, "
                     "provenance_id) VALUES (?, ?, ?, ?, ?)",
                     "tbtyI", municipality, geometry, source, year, provenance_id);
}

gboolean
wep_document_add_region (WepDocument *self,
                         const char  *code,
                         const char  *name,
                         const char  *kind,
                         gint64       provenance_id,
                         GError     **error)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (code != NULL && name != NULL && kind != NULL, FALSE);

  what = g_strdup_printf (_("Region %s (%s)"), code, name);
  return insert_row (self, what, error,
                     "INSERT INTO regions (code, name, kind, provenance_id) VALUES (?, ?, ?, ?)",
                     "tttI", code, name, kind, provenance_id);
}

gboolean
wep_document_add_region_member (WepDocument *self,
                                const char  *region,
                                const char  *municipality,
                                gint64       provenance_id,
                                GError     **error)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);

  what = g_strdup_printf (_("Municipality %s in region %s"), municipality, region);
  if (!insert_row (self, what, error,
                   "INSERT INTO region_members (municipality, kind, region, provenance_id) "
                   "SELECT ?1, kind, code, ?3 FROM regions WHERE code = ?2",
                   "ttI", municipality, region, provenance_id))
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
  g_autofree char *what = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);

  what = g_strdup_printf (_("Plan of %s, %d, %s"), plan->municipality, plan->year, plan->pathway);
  return check_finite (plan->units, what, error)
         && insert_row (self, what, error,
                        "INSERT INTO plans (municipality, year, pathway, units, status, "
                        "source_document, source_date, note, provenance_id) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        "titdttttI", plan->municipality, plan->year, plan->pathway, plan->units,
                        plan->status != NULL ? plan->status : "gepland", plan->source_document,
                        plan->source_date, plan->note, provenance_id);
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
  g_autofree char *what = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);

  what = g_strdup_printf (_("Region %s, %s %d"), region, key, year);
  return check_finite (value, what, error)
         && insert_row (self, what, error,
                        "INSERT INTO region_figures (region, year, key, value, provenance_id) "
                        "VALUES (?, ?, ?, ?, ?)",
                        "titdI", region, year, key, value, provenance_id);
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
  g_autofree char *what = NULL;

  g_return_val_if_fail (WEP_IS_DOCUMENT (self), FALSE);

  what = g_strdup_printf (_("Allocations of %s, %d, %s"), municipality, year, target_group);
  return insert_row (self, what, error,
                     "INSERT INTO allocations (municipality, year, target_group, homes, "
                     "provenance_id) VALUES (?, ?, ?, ?, ?)",
                     "titII", municipality, year, target_group, homes, provenance_id);
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
