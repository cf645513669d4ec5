/* wep-import-geo-provinces.c: a file of provinces, and the municipalities
 * placed in them
 *
 * The provinces become regions of kind "provincie"; no outline is kept. A
 * municipality with a boundary belongs to the province that contains a
 * point on its surface (OGR_G_PointOnSurface); where that point lies on a
 * border or in a gap between outlines that were generalised each on their
 * own, to the province its boundary overlaps most. Its province (the
 * name) and its region membership of kind "provincie" are set; one
 * without a boundary cannot be placed, which the preview says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "wep-geometry.h"
#include "wep-import-geo-private.h"

static void
placement_free (WepGeoPlacement *placement)
{
  g_free (placement->municipality);
  g_free (placement->region);
  g_free (placement->province);
  g_free (placement);
}

/* The plan's region with this code: its name and kind. */
gboolean
_wep_import_geo_lookup_region (sqlite3     *db,
                               const char  *code,
                               char       **name,
                               char       **kind)
{
  g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (db, "SELECT name, kind FROM regions "
                                                           "WHERE code = ?", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  if (name != NULL)
    *name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (kind != NULL)
    *kind = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  return TRUE;
}

/* The province (index into the areas) that holds the municipality. */
static int
find_province (GPtrArray    *areas,
               OGRGeometryH  shape)
{
  OGRGeometryH point = OGR_G_PointOnSurface (shape);
  OGREnvelope box;
  double best_area = 0;
  int best = -1;

  if (point != NULL && !OGR_G_IsEmpty (point))
    {
      double x = OGR_G_GetX (point, 0), y = OGR_G_GetY (point, 0);

      for (guint i = 0; i < areas->len && best < 0; i++)
        {
          const WepGeoArea *area = g_ptr_array_index (areas, i);

          if (x >= area->envelope.MinX && x <= area->envelope.MaxX && y >= area->envelope.MinY
              && y <= area->envelope.MaxY && OGR_G_Contains (area->geometry, point))
            best = i;
        }
    }
  g_clear_pointer (&point, OGR_G_DestroyGeometry);
  if (best >= 0)
    return best;

  /* On a border, or in a gap between outlines simplified each on its own:
   * the province it overlaps most. */
  OGR_G_GetEnvelope (shape, &box);
  for (guint i = 0; i < areas->len; i++)
    {
      const WepGeoArea *area = g_ptr_array_index (areas, i);
      OGRGeometryH overlap;
      double size;

      if (box.MaxX < area->envelope.MinX || box.MinX > area->envelope.MaxX
          || box.MaxY < area->envelope.MinY || box.MinY > area->envelope.MaxY)
        continue;
      overlap = OGR_G_Intersection (area->geometry, shape);
      size = overlap != NULL ? OGR_G_Area (overlap) : 0;
      g_clear_pointer (&overlap, OGR_G_DestroyGeometry);
      if (size > best_area)
        {
          best_area = size;
          best = i;
        }
    }
  return best;
}

/* Places every municipality of the plan; adds the provinces' lines and a
 * note for every municipality that cannot be placed. */
void
_wep_import_geo_place (WepDocument      *doc,
                       WepGeoImport     *import,
                       WepImportPreview *preview)
{
  GPtrArray *areas = import->areas;
  g_autofree guint *counts = g_new0 (guint, MAX (areas->len, 1));
  g_autoptr (GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (sqlite3_stmt) stmt = NULL;

  import->placements = g_ptr_array_new_with_free_func ((GDestroyNotify) placement_free);
  stmt = _wep_sqlite_prepare (_wep_document_get_db (doc),
                              "SELECT m.code, m.name, b.geometry FROM municipalities m "
                              "LEFT JOIN boundaries b ON b.municipality = m.code ORDER BY m.code",
                              NULL);
  while (stmt != NULL && areas->len > 0 && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      g_autoptr (GBytes) blob = NULL;
      g_autoptr (WepGeometry) decoded = NULL;
      g_autoptr (GError) local = NULL;
      OGRGeometryH shape;
      WepGeoPlacement *placement;
      const WepGeoArea *area;
      int index;

      if (sqlite3_column_type (stmt, 2) == SQLITE_NULL)
        {
          g_ptr_array_add (notes, g_strdup_printf (_("%s %s: no boundary in the plan yet, so "
                                                     "its province cannot be derived; import "
                                                     "the municipal boundaries first"),
                                                   code, name));
          continue;
        }
      blob = g_bytes_new (sqlite3_column_blob (stmt, 2), sqlite3_column_bytes (stmt, 2));
      if ((decoded = wep_geometry_decode (blob, &local)) == NULL)
        {
          g_ptr_array_add (notes, g_strdup_printf (_("%s %s: its boundary in the plan cannot be "
                                                     "read (%s), so its province cannot be "
                                                     "derived"),
                                                   code, name, local->message));
          continue;
        }
      shape = wep_geometry_to_ogr (decoded, 0);
      index = find_province (areas, shape);
      OGR_G_DestroyGeometry (shape);
      if (index < 0)
        {
          g_ptr_array_add (notes, g_strdup_printf (_("%s %s: its boundary lies outside every "
                                                     "province of the file; its province is "
                                                     "left as it is"),
                                                   code, name));
          continue;
        }
      area = g_ptr_array_index (areas, index);
      counts[index]++;
      placement = g_new0 (WepGeoPlacement, 1);
      placement->municipality = g_strdup (code);
      placement->region = g_strdup (area->code);
      placement->province = g_strdup (area->name);
      g_ptr_array_add (import->placements, placement);
    }

  for (guint i = 0; i < areas->len; i++)
    {
      WepGeoArea *area = g_ptr_array_index (areas, i);

      g_ptr_array_add (preview->understood,
                       area->exists
                         ? g_strdup_printf (ngettext ("%s %s: province updated, %u municipality "
                                                      "in it",
                                                      "%s %s: province updated, %u "
                                                      "municipalities in it", counts[i]),
                                            area->code, area->name, counts[i])
                         : g_strdup_printf (ngettext ("%s %s: new province, %u municipality in "
                                                      "it",
                                                      "%s %s: new province, %u municipalities "
                                                      "in it", counts[i]),
                                            area->code, area->name, counts[i]));
      /* Placing was all they were kept for. */
      g_clear_pointer (&area->geometry, OGR_G_DestroyGeometry);
    }
  for (guint i = 0; i < notes->len; i++)
    g_ptr_array_add (preview->notes, g_strdup (g_ptr_array_index (notes, i)));
}

static gboolean
run_update (WepDocument  *doc,
            const char   *what,
            const char   *sql,
            const char   *a,
            const char   *b,
            gint64        provenance_id,
            GError      **error)
{
  sqlite3 *db = _wep_document_get_db (doc);
  g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, a, -1, SQLITE_STATIC);
  if (b != NULL)
    sqlite3_bind_text (stmt, 2, b, -1, SQLITE_STATIC);
  if (provenance_id >= 0)
    sqlite3_bind_int64 (stmt, 3, provenance_id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return _wep_sqlite_fail (db, what, error);
  _wep_document_set_modified (doc);
  return TRUE;
}

gboolean
_wep_import_geo_apply_provinces (WepDocument   *doc,
                                 WepGeoImport  *import,
                                 gint64         provenance_id,
                                 GError       **error)
{
  sqlite3 *db = _wep_document_get_db (doc);

  for (guint i = 0; i < import->areas->len; i++)
    {
      const WepGeoArea *area = g_ptr_array_index (import->areas, i);
      g_autofree char *kind = NULL;

      if (!_wep_import_geo_lookup_region (db, area->code, NULL, &kind))
        {
          if (!wep_document_add_region (doc, area->code, area->name, "provincie", provenance_id,
                                        error))
            return FALSE;
        }
      else if (g_strcmp0 (kind, "provincie") != 0)
        {
          g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_CONFLICT,
                       _("The plan already has a region %s of kind “%s”."), area->code, kind);
          return FALSE;
        }
      else
        {
          g_autofree char *what = g_strdup_printf (_("Region %s (%s)"), area->code, area->name);

          if (!run_update (doc, what, "UPDATE regions SET name = ?2, provenance_id = ?3 "
                                      "WHERE code = ?1", area->code, area->name, provenance_id,
                           error))
            return FALSE;
        }
    }
  for (guint i = 0; i < import->placements->len; i++)
    {
      const WepGeoPlacement *p = g_ptr_array_index (import->placements, i);
      g_autofree char *what = g_strdup_printf (_("Municipality %s in region %s"),
                                               p->municipality, p->region);

      if (!run_update (doc, what, "DELETE FROM region_members WHERE municipality = ?1 "
                                  "AND kind = 'provincie'", p->municipality, NULL, -1, error)
          || !wep_document_add_region_member (doc, p->region, p->municipality, provenance_id,
                                              error)
          || !run_update (doc, what, "UPDATE municipalities SET province = ?2 WHERE code = ?1",
                          p->municipality, p->province, -1, error))
        return FALSE;
    }
  return TRUE;
}
