/* wep-export-boundaries.c: the municipal boundaries, joined with the
 * scenario's figures, to GeoPackage and GeoJSON for GIS colleagues
 *
 * One feature per municipality with a stored boundary (the full shape,
 * WGS84, EPSG:4326 with longitude first): its code, name, province and
 * population; its planned units per pathway summed over the scenario's
 * years; and, when it belongs to a region of the scenario, that region,
 * its target year and the fair share, gap and gap per 10,000 inhabitants
 * per pathway in that year (and the gap per 10,000 of the three pathways
 * together), by the key chosen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include <ogr_srs_api.h>

#include "wep-document-private.h"
#include "wep-export-private.h"
#include "wep-geometry.h"

enum
{
  B_CODE,
  B_NAME,
  B_PROVINCE,
  B_POPULATION,
  B_REGION,
  B_KEY,
  B_TARGET_YEAR,
  B_PLANNED,                       /* + pathway */
  B_SHARE = B_PLANNED + WEP_N_HOUSING,
  B_GAP = B_SHARE + WEP_N_HOUSING,
  B_GAP_PER_10K = B_GAP + WEP_N_HOUSING,
  B_GAP_PER_10K_ALL = B_GAP_PER_10K + WEP_N_HOUSING,
  B_N_FIELDS
};

static const struct
{
  const char   *name;
  OGRFieldType  type;
} boundary_fields[B_N_FIELDS] = {
  { "code", OFTString }, { "name", OFTString }, { "province", OFTString },
  { "population", OFTInteger64 }, { "region", OFTString }, { "key", OFTString },
  { "target_year", OFTInteger },
  { "planned_hf", OFTReal }, { "planned_ind", OFTReal }, { "planned_grp", OFTReal },
  { "share_hf", OFTReal }, { "share_ind", OFTReal }, { "share_grp", OFTReal },
  { "gap_hf", OFTReal }, { "gap_ind", OFTReal }, { "gap_grp", OFTReal },
  { "gap_per_10k_hf", OFTReal }, { "gap_per_10k_ind", OFTReal }, { "gap_per_10k_grp", OFTReal },
  { "gap_per_10k", OFTReal },
};

/* A municipality's fair share in its region's target year. */
typedef struct
{
  const WepFairShareRegion *region;
  double                    share[WEP_N_HOUSING];
  double                    gap[WEP_N_HOUSING];
  double                    gap_per_10k[WEP_N_HOUSING];
} TargetShare;

static const WepFairShareRegion *
find_region (const WepFairShare *fair_share,
             const char         *code)
{
  for (guint i = 0; i < fair_share->regions->len; i++)
    {
      const WepFairShareRegion *region = &g_array_index (fair_share->regions,
                                                         WepFairShareRegion, i);

      if (g_str_equal (region->code, code))
        return region;
    }
  return NULL;
}

/* code → TargetShare. A municipality in two regions of the scenario (of
 * different kinds) is shown with the first. */
static GHashTable *
collect_target_shares (const WepFairShare *fair_share)
{
  GHashTable *shares = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < fair_share->rows->len; i++)
    {
      const WepFairShareRow *row = wep_fair_share_row (fair_share, i);
      const WepFairShareRegion *region = find_region (fair_share, row->region_code);
      TargetShare *target = g_hash_table_lookup (shares, row->municipality);

      if (row->year != region->target_year)
        continue;
      if (target == NULL)
        {
          target = g_new0 (TargetShare, 1);
          target->region = region;
          g_hash_table_insert (shares, (gpointer) row->municipality, target);
        }
      if (target->region != region)
        continue;
      target->share[row->pathway] = row->share;
      target->gap[row->pathway] = row->gap;
      target->gap_per_10k[row->pathway] = row->gap_per_10k;
    }
  return shares;
}

/* code → double[WEP_N_HOUSING]: the counted plans over the model years. */
static GHashTable *
collect_planned (WepDocument         *doc,
                 const WepFairShare  *fair_share,
                 GError             **error)
{
  g_autoptr (GHashTable) planned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (_wep_document_get_db (doc),
                         "SELECT municipality, pathway, sum(units) FROM plans "
                         "WHERE counted = 1 AND year BETWEEN ? AND ? "
                         "GROUP BY municipality, pathway", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, fair_share->base_year);
  sqlite3_bind_int (stmt, 2, fair_share->base_year + fair_share->n_years - 1);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      int k = wep_pathway_from_key ((const char *) sqlite3_column_text (stmt, 1));
      double *units = g_hash_table_lookup (planned, code);

      if (k < 0 || k >= WEP_N_HOUSING)
        continue;
      if (units == NULL)
        {
          units = g_new0 (double, WEP_N_HOUSING);
          g_hash_table_insert (planned, g_strdup (code), units);
        }
      units[k] = sqlite3_column_double (stmt, 2);
    }
  return g_steal_pointer (&planned);
}

static void
set_real (OGRFeatureH feature,
          int         field,
          double      value)
{
  if (isfinite (value))
    OGR_F_SetFieldDouble (feature, field, value);
  else
    OGR_F_SetFieldNull (feature, field);
}

/* The attributes of one municipality (a row of the boundaries query). */
static void
set_attributes (OGRFeatureH         feature,
                sqlite3_stmt       *stmt,
                const double       *planned,
                const TargetShare  *target,
                WepFairShareKey     key)
{
  gint64 population = sqlite3_column_type (stmt, 3) == SQLITE_NULL
                        ? -1 : sqlite3_column_int64 (stmt, 3);
  double gap_all = 0.0;

  OGR_F_SetFieldString (feature, B_CODE, (const char *) sqlite3_column_text (stmt, 0));
  OGR_F_SetFieldString (feature, B_NAME, (const char *) sqlite3_column_text (stmt, 1));
  OGR_F_SetFieldString (feature, B_PROVINCE, (const char *) sqlite3_column_text (stmt, 2));
  if (population >= 0)
    OGR_F_SetFieldInteger64 (feature, B_POPULATION, population);
  else
    OGR_F_SetFieldNull (feature, B_POPULATION);
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    OGR_F_SetFieldDouble (feature, B_PLANNED + k, planned != NULL ? planned[k] : 0.0);

  if (target == NULL)
    {
      /* In no region of the scenario: no share, no gap. */
      for (int f = B_REGION; f < B_N_FIELDS; f++)
        if (f < B_PLANNED || f >= B_SHARE)
          OGR_F_SetFieldNull (feature, f);
      return;
    }
  OGR_F_SetFieldString (feature, B_REGION, target->region->code);
  OGR_F_SetFieldString (feature, B_KEY, wep_fair_share_key_to_string (key));
  OGR_F_SetFieldInteger (feature, B_TARGET_YEAR, target->region->target_year);
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    {
      set_real (feature, B_SHARE + k, target->share[k]);
      set_real (feature, B_GAP + k, target->gap[k]);
      set_real (feature, B_GAP_PER_10K + k, target->gap_per_10k[k]);
      gap_all += target->gap[k];
    }
  set_real (feature, B_GAP_PER_10K_ALL,
            population > 0 ? gap_all / (double) population * 10000.0 : NAN);
}

/* The stored boundary at full detail, as an OGR multipolygon. */
static OGRGeometryH
decode_boundary (sqlite3_stmt  *stmt,
                 GError       **error)
{
  g_autoptr (GBytes) blob = g_bytes_new (sqlite3_column_blob (stmt, 4),
                                         sqlite3_column_bytes (stmt, 4));
  g_autoptr (WepGeometry) geometry = wep_geometry_decode (blob, error);
  OGRGeometryH ogr;

  if (geometry == NULL)
    {
      g_prefix_error (error, "%s (%s): ", (const char *) sqlite3_column_text (stmt, 1),
                      (const char *) sqlite3_column_text (stmt, 0));
      return NULL;
    }
  ogr = wep_geometry_to_ogr (geometry, 0);
  return ogr != NULL ? OGR_G_ForceToMultiPolygon (ogr) : NULL;
}

static gboolean
write_features (WepDocument      *doc,
                OGRLayerH         layer,
                GHashTable       *planned,
                GHashTable       *targets,
                WepFairShareKey   key,
                const char       *display,
                GError          **error)
{
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (_wep_document_get_db (doc),
                         "SELECT m.code, m.name, m.province, m.population, b.geometry "
                         "FROM boundaries b JOIN municipalities m ON m.code = b.municipality "
                         "ORDER BY m.code", error);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      OGRFeatureH feature;
      OGRGeometryH geometry;
      OGRErr err;

      if ((geometry = decode_boundary (stmt, error)) == NULL)
        {
          if (error != NULL && *error == NULL)
            g_set_error (error, WEP_EXPORT_ERROR, WEP_EXPORT_ERROR_IO,
                         _("Could not write %s: the boundary of %s could not be converted."),
                         display, code);
          return FALSE;
        }
      feature = OGR_F_Create (OGR_L_GetLayerDefn (layer));
      set_attributes (feature, stmt, g_hash_table_lookup (planned, code),
                      g_hash_table_lookup (targets, code), key);
      OGR_F_SetGeometryDirectly (feature, geometry);
      err = OGR_L_CreateFeature (layer, feature);
      OGR_F_Destroy (feature);
      if (err != OGRERR_NONE)
        return _wep_export_fail_gdal (display, error);
    }
  return TRUE;
}

gboolean
_wep_export_write_boundaries (WepDocument      *doc,
                              const char       *scenario,
                              WepFairShareKey   key,
                              WepExportFormat   format,
                              const char       *path,
                              const char       *display,
                              GPtrArray        *notes,
                              GError          **error)
{
  g_autoptr (WepFairShare) fair_share = NULL;
  g_autoptr (GHashTable) planned = NULL;
  g_autoptr (GHashTable) targets = NULL;
  OGRSpatialReferenceH srs;
  GDALDatasetH dataset;
  OGRLayerH layer;
  gboolean ok;

  if (_wep_sqlite_count (_wep_document_get_db (doc), "SELECT count(*) FROM boundaries") <= 0)
    {
      g_set_error (error, WEP_EXPORT_ERROR, WEP_EXPORT_ERROR_NO_BOUNDARIES,
                   _("The plan holds no municipal boundaries yet; import them first (wep "
                     "import --kind boundaries)."));
      return FALSE;
    }
  if ((fair_share = wep_fair_share_compute (doc, scenario, key, error)) == NULL
      || (planned = collect_planned (doc, fair_share, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < fair_share->notes->len; i++)
    g_ptr_array_add (notes, g_strdup (g_ptr_array_index (fair_share->notes, i)));
  targets = collect_target_shares (fair_share);

  dataset = _wep_export_create_dataset (format == WEP_EXPORT_GPKG ? "GPKG" : "GeoJSON", path,
                                        display, error);
  if (dataset == NULL)
    return FALSE;
  srs = OSRNewSpatialReference (NULL);
  OSRImportFromEPSG (srs, 4326);
  OSRSetAxisMappingStrategy (srs, OAMS_TRADITIONAL_GIS_ORDER);
  layer = GDALDatasetCreateLayer (dataset, "gemeenten", srs, wkbMultiPolygon, NULL);
  OSRRelease (srs);
  ok = layer != NULL || _wep_export_fail_gdal (display, error);
  for (guint f = 0; ok && f < B_N_FIELDS; f++)
    {
      OGRFieldDefnH field = OGR_Fld_Create (boundary_fields[f].name, boundary_fields[f].type);

      if (OGR_L_CreateField (layer, field, TRUE) != OGRERR_NONE)
        ok = _wep_export_fail_gdal (display, error);
      OGR_Fld_Destroy (field);
    }
  if (ok)
    {
      /* One transaction for GeoPackage; GeoJSON has none, and needs none. */
      gboolean transaction = GDALDatasetStartTransaction (dataset, FALSE) == OGRERR_NONE;

      ok = write_features (doc, layer, planned, targets, key, display, error);
      if (ok && transaction && GDALDatasetCommitTransaction (dataset) != OGRERR_NONE)
        ok = _wep_export_fail_gdal (display, error);
    }
  if (!ok)
    {
      GDALClose (dataset);
      return FALSE;
    }
  return _wep_export_close_dataset (dataset, display, error);
}
