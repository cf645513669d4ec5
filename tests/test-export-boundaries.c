/* test-export-boundaries.c: the municipal boundaries with the scenario's
 * figures, out to GeoPackage and GeoJSON
 *
 * Two squares, imported as a GIS colleague's GeoJSON for two municipalities
 * of the example plan (wep_import_boundaries_preview), come back through
 * GDAL from both formats: one layer "gemeenten" in EPSG:4326, two
 * multipolygons with the squares' boxes, and per municipality its code,
 * name, province, population, planned units summed over the scenario's
 * years, and the fair share, gap and gap per 10,000 inhabitants of the
 * target year. Without boundaries the export is refused; a damaged one
 * fails the export half-way and leaves the earlier file as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "wep-document-private.h"
#include "wep-example.h"
#include "wep-export.h"
#include "wep-import.h"
#include "wep-test-util.h"

static void
ok (gboolean   result,
    GError   **error)
{
  if (error != NULL)
    g_assert_no_error (*error);
  g_assert_true (result);
}

static void
exec_sql (WepDocument *doc,
          const char  *sql)
{
  g_autoptr (GError) error = NULL;

  ok (_wep_sqlite_exec (_wep_document_get_db (doc), sql, &error), &error);
}

static void
export_ok (WepDocument     *doc,
           const char      *scenario,
           WepExportWhat    what,
           WepFairShareKey  key,
           const char      *path)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) notes = NULL;

  ok (wep_export (doc, scenario, what, key, path, &notes, &error), &error);
  g_assert_nonnull (notes);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static GDALDatasetH
open_vector (const char *path)
{
  GDALDatasetH dataset = GDALOpenEx (path, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL);

  g_assert_nonnull (dataset);
  return dataset;
}

static int
field_index (OGRLayerH   layer,
             const char *name)
{
  int i = OGR_FD_GetFieldIndex (OGR_L_GetLayerDefn (layer), name);

  if (i < 0)
    g_error ("no field %s", name);
  return i;
}

/* Two squares (lon, lat) for Zwolle and Kampen, as a GIS colleague's file. */
static const struct
{
  const char *code;
  const char *name;
  double      lon0, lat0, size;
} squares[] = {
  { "GM0193", "Zwolle", 6.05, 52.48, 0.1 },
  { "GM0166", "Kampen", 5.85, 52.52, 0.05 },
};

static void
import_squares (WepDocument *doc)
{
  g_autofree char *path = wep_test_tmp_path ("squares.geojson");
  g_autoptr (GString) json = g_string_new ("{\"type\": \"FeatureCollection\", \"features\": [");
  g_autoptr (WepImportPreview) preview = NULL;
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (squares); i++)
    {
      double x0 = squares[i].lon0, y0 = squares[i].lat0, s = squares[i].size;
      char b[5][G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (json, "%s{\"type\": \"Feature\", \"properties\": "
                              "{\"statcode\": \"%s\", \"statnaam\": \"%s\"}, \"geometry\": "
                              "{\"type\": \"Polygon\", \"coordinates\": [[[%s, %s], [%s, %s], "
                              "[%s, %s], [%s, %s], [%s, %s]]]}}",
                              i > 0 ? ", " : "", squares[i].code, squares[i].name,
                              g_ascii_dtostr (b[0], sizeof b[0], x0),
                              g_ascii_dtostr (b[1], sizeof b[1], y0),
                              g_ascii_dtostr (b[2], sizeof b[2], x0 + s), b[1], b[2],
                              g_ascii_dtostr (b[3], sizeof b[3], y0 + s), b[0], b[3], b[0], b[1]);
    }
  g_string_append (json, "]}\n");
  ok (g_file_set_contents (path, json->str, -1, &error), &error);

  preview = wep_import_boundaries_preview (doc, path, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->rejected->len, ==, 0);
  ok (wep_import_apply (doc, preview, &error), &error);
  g_assert_cmpint (_wep_sqlite_count (_wep_document_get_db (doc),
                                      "SELECT count(*) FROM boundaries"), ==, 2);
}

static double
planned_over_years (WepDocument *doc,
                    const char  *code,
                    const char  *pathway)
{
  g_autoptr (sqlite3_stmt) stmt =
    _wep_sqlite_prepare (_wep_document_get_db (doc),
                         "SELECT coalesce (sum (units), 0) FROM plans WHERE counted = 1 AND "
                         "municipality = ? AND pathway = ? AND year BETWEEN 2026 AND 2035", NULL);

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, pathway, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_double (stmt, 0);
}

static void
check_boundary_feature (OGRLayerH           layer,
                        OGRFeatureH         feature,
                        WepDocument        *doc,
                        const WepFairShare *fs)
{
  const char *code = OGR_F_GetFieldAsString (feature, field_index (layer, "code"));
  OGRGeometryH geometry = OGR_F_GetGeometryRef (feature);
  double gap_all = 0.0;
  OGREnvelope box;
  guint i, matched = 0;

  for (i = 0; i < G_N_ELEMENTS (squares); i++)
    if (g_str_equal (squares[i].code, code))
      break;
  g_assert_cmpuint (i, <, G_N_ELEMENTS (squares));
  g_assert_cmpstr (OGR_F_GetFieldAsString (feature, field_index (layer, "name")), ==,
                   squares[i].name);
  g_assert_cmpstr (OGR_F_GetFieldAsString (feature, field_index (layer, "province")), ==,
                   "Overijssel");
  g_assert_cmpstr (OGR_F_GetFieldAsString (feature, field_index (layer, "region")), ==,
                   WEP_EXAMPLE_REGION_CODE);
  g_assert_cmpstr (OGR_F_GetFieldAsString (feature, field_index (layer, "key")), ==,
                   "population");
  g_assert_cmpint (OGR_F_GetFieldAsInteger (feature, field_index (layer, "target_year")), ==,
                   2030);
  g_assert_cmpint (OGR_F_GetFieldAsInteger64 (feature, field_index (layer, "population")), ==,
                   g_str_equal (code, "GM0193") ? 132000 : 55000);

  for (guint k = 0; k < WEP_N_HOUSING; k++)
    {
      g_autofree char *planned = g_strdup_printf ("planned_%s", wep_pathway_key (k));
      g_autofree char *share = g_strdup_printf ("share_%s", wep_pathway_key (k));
      g_autofree char *gap = g_strdup_printf ("gap_%s", wep_pathway_key (k));
      g_autofree char *per_10k = g_strdup_printf ("gap_per_10k_%s", wep_pathway_key (k));

      g_assert_cmpfloat (OGR_F_GetFieldAsDouble (feature, field_index (layer, planned)), ==,
                         planned_over_years (doc, code, wep_pathway_key (k)));
      for (guint r = 0; r < fs->rows->len; r++)
        {
          const WepFairShareRow *row = wep_fair_share_row (fs, r);

          if (row->year != 2030 || row->pathway != k || !g_str_equal (row->municipality, code))
            continue;
          g_assert_cmpfloat_with_epsilon (OGR_F_GetFieldAsDouble (feature,
                                                                  field_index (layer, share)),
                                          row->share, 1e-9);
          g_assert_cmpfloat_with_epsilon (OGR_F_GetFieldAsDouble (feature,
                                                                  field_index (layer, gap)),
                                          row->gap, 1e-9);
          g_assert_cmpfloat_with_epsilon (OGR_F_GetFieldAsDouble (feature,
                                                                  field_index (layer, per_10k)),
                                          row->gap_per_10k, 1e-9);
          g_assert_cmpfloat (row->gap, <, 0);
          gap_all += row->gap;
          matched++;
        }
    }
  g_assert_cmpuint (matched, ==, WEP_N_HOUSING);
  g_assert_cmpfloat_with_epsilon (OGR_F_GetFieldAsDouble (feature,
                                                          field_index (layer, "gap_per_10k")),
                                  gap_all / (g_str_equal (code, "GM0193") ? 132000 : 55000)
                                    * 10000, 1e-9);

  g_assert_nonnull (geometry);
  g_assert_cmpint (wkbFlatten (OGR_G_GetGeometryType (geometry)), ==, wkbMultiPolygon);
  OGR_G_GetEnvelope (geometry, &box);
  g_assert_cmpfloat_with_epsilon (box.MinX, squares[i].lon0, 1e-6);
  g_assert_cmpfloat_with_epsilon (box.MinY, squares[i].lat0, 1e-6);
  g_assert_cmpfloat_with_epsilon (box.MaxX, squares[i].lon0 + squares[i].size, 1e-6);
  g_assert_cmpfloat_with_epsilon (box.MaxY, squares[i].lat0 + squares[i].size, 1e-6);
}

static gboolean
has_temporary_files (const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, ".wep-export-"))
      return TRUE;
  return FALSE;
}

static void
test_boundaries (gconstpointer data)
{
  const char *extension = data;
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepFairShare) fs = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_strconcat ("gemeenten", extension, NULL);
  g_autofree char *path = wep_test_tmp_path (name);
  OGRSpatialReferenceH srs;
  GDALDatasetH dataset;
  OGRLayerH layer;
  OGRFeatureH feature;
  guint n = 0;

  /* Nothing to export before there are boundaries. */
  g_assert_false (wep_export (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_EXPORT_BOUNDARIES,
                              WEP_FAIR_SHARE_POPULATION, path, NULL, &error));
  g_assert_error (error, WEP_EXPORT_ERROR, WEP_EXPORT_ERROR_NO_BOUNDARIES);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  import_squares (doc);
  export_ok (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_EXPORT_BOUNDARIES, WEP_FAIR_SHARE_POPULATION,
             path);
  fs = wep_fair_share_compute (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_FAIR_SHARE_POPULATION, NULL);

  dataset = open_vector (path);
  g_assert_cmpint (GDALDatasetGetLayerCount (dataset), ==, 1);
  layer = GDALDatasetGetLayer (dataset, 0);
  if (g_str_equal (extension, ".gpkg"))
    g_assert_cmpstr (OGR_L_GetName (layer), ==, "gemeenten");
  srs = OGR_L_GetSpatialRef (layer);
  g_assert_nonnull (srs);
  g_assert_cmpstr (OSRGetAuthorityCode (srs, NULL), ==, "4326");
  g_assert_cmpint (OGR_L_GetFeatureCount (layer, TRUE), ==, 2);
  while ((feature = OGR_L_GetNextFeature (layer)) != NULL)
    {
      check_boundary_feature (layer, feature, doc, fs);
      OGR_F_Destroy (feature);
      n++;
    }
  g_assert_cmpuint (n, ==, 2);
  GDALClose (dataset);

  /* A damaged boundary fails the export half-way: the file written before
   * stays as it was, and no temporary file is left. */
  exec_sql (doc, "UPDATE boundaries SET geometry = x'5745504700ff' WHERE municipality = 'GM0193'");
  g_assert_false (wep_export (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_EXPORT_BOUNDARIES,
                              WEP_FAIR_SHARE_POPULATION, path, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "GM0193"));
  g_assert_false (has_temporary_files (wep_test_tmp_dir ()));
  dataset = open_vector (path);
  g_assert_cmpint (OGR_L_GetFeatureCount (GDALDatasetGetLayer (dataset, 0), TRUE), ==, 2);
  GDALClose (dataset);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  GDALAllRegister ();
  wep_test_tmp_init ("test-export-boundaries");

  g_test_add_data_func ("/export/boundaries/gpkg", ".gpkg", test_boundaries);
  g_test_add_data_func ("/export/boundaries/geojson", ".geojson", test_boundaries);

  status = g_test_run ();
  wep_test_tmp_remove ();
  return status;
}
