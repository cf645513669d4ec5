/* test-import-geo.c: boundaries from GIS files
 *
 * Hand-written files (TopoJSON, codes in other properties and forms, a
 * small province file, malformed files of every kind, each refused without
 * changing the plan), and the real 2025 geography in
 * ../shared/data/reference (skipped where it is absent): all 342
 * municipalities, the same after reprojection to RD New as GeoPackage and
 * as Shapefile, and the 12 provinces placed as the reference table says.
 * The stored form itself is tested in test-geometry.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gdal.h>
#include <gdal_utils.h>
#include <glib/gstdio.h>
#include <math.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "wep-document-private.h"
#include "wep-geometry.h"
#include "wep-import.h"
#include "wep-test-util.h"

static char *
write_temp (const char *name,
            const char *contents,
            gssize      length)
{
  char *path = wep_test_tmp_path (name);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

static char *
reference_path (const char *name)
{
  return g_build_filename (SHARED_DIR, "data", "reference", name, NULL);
}

static gboolean
skip_without_reference (void)
{
  g_autofree char *path = reference_path ("gemeenten-2025.geojson");

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return FALSE;
  g_test_skip ("the reference geography in ../shared/data/reference is absent");
  return TRUE;
}

static OGRGeometryH
geometry_from_wkt (const char *wkt)
{
  char *text = (char *) wkt;
  OGRGeometryH geometry = NULL;

  g_assert_cmpint (OGR_G_CreateFromWkt (&text, NULL, &geometry), ==, OGRERR_NONE);
  return geometry;
}

/* ---- the import ---------------------------------------------------------- */

/* What a plan holds, as one text: equal before and after a refused import. */
static char *
fingerprint (WepDocument *doc)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;

  stmt = _wep_sqlite_prepare (_wep_document_get_db (doc),
                              "SELECT (SELECT count(*) FROM municipalities) || '/' "
                              "|| (SELECT count(*) FROM boundaries) || '/' "
                              "|| (SELECT count(*) FROM regions) || '/' "
                              "|| (SELECT count(*) FROM region_members) || '/' "
                              "|| (SELECT count(*) FROM provenance) || '/' "
                              "|| (SELECT ifnull(group_concat(code || name || province), '') "
                              "    FROM municipalities) || '/' "
                              "|| (SELECT ifnull(sum(length(geometry)), 0) FROM boundaries)",
                              NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static gint64
count (WepDocument *doc,
       const char  *sql)
{
  return _wep_sqlite_count (_wep_document_get_db (doc), sql);
}

/* Imports a file that must be taken in full. */
static WepImportPreview *
import_ok (WepDocument *doc,
           const char  *path,
           const char  *layer)
{
  g_autoptr (GError) error = NULL;
  WepImportPreview *preview = wep_import_boundaries_preview (doc, path, layer, NULL, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (preview);
  if (preview->rejected->len > 0)
    {
      text = wep_import_preview_format (preview);
      g_error ("%s", text);
    }
  g_assert_true (wep_import_apply (doc, preview, &error));
  g_assert_no_error (error);
  return preview;
}

/* Tries a file that must be refused: either no preview (the message is
 * returned) or one with rejections (its text is returned), and the plan
 * the same afterwards. */
static char *
import_refused (WepDocument *doc,
                const char  *path,
                const char  *layer,
                const char  *code_property)
{
  g_autofree char *before = fingerprint (doc);
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (WepImportPreview) preview = NULL;
  char *message;

  preview = wep_import_boundaries_preview (doc, path, layer, code_property, &error);
  if (preview == NULL)
    {
      g_assert_nonnull (error);
      message = g_strdup (error->message);
    }
  else
    {
      g_assert_no_error (error);
      g_assert_cmpuint (preview->rejected->len, >, 0);
      message = wep_import_preview_format (preview);
      g_assert_false (wep_import_apply (doc, preview, &error));
      g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID);
    }
  g_test_message ("%s: %s", path, message);
  after = fingerprint (doc);
  g_assert_cmpstr (after, ==, before);
  return message;
}

static WepGeometry *
stored_boundary (WepDocument *doc,
                 const char  *code)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GBytes) blob = NULL;
  g_autoptr (GError) error = NULL;
  WepGeometry *g;

  stmt = _wep_sqlite_prepare (_wep_document_get_db (doc),
                              "SELECT geometry FROM boundaries WHERE municipality = ?", NULL);
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  blob = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  g = wep_geometry_decode (blob, &error);
  g_assert_no_error (error);
  return g;
}

#define FEATURE(code, name, coords)                                                    \
  "{\"type\":\"Feature\",\"properties\":{\"statcode\":\"" code "\",\"statnaam\":\"" name \
  "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" coords "]}}"
#define COLLECTION(features) "{\"type\":\"FeatureCollection\",\"features\":[" features "]}"
#define SQUARE_A "[[6.4,53.2],[6.5,53.2],[6.5,53.3],[6.4,53.3],[6.4,53.2]]"
#define SQUARE_B "[[6.5,53.2],[6.6,53.2],[6.6,53.3],[6.5,53.3],[6.5,53.2]]"
#define BOWTIE   "[[5.0,52.0],[5.1,52.1],[5.1,52.0],[5.0,52.1],[5.0,52.0]]"

/* GDAL reads TopoJSON but cannot write it: a hand-written one, two
 * municipalities sharing an arc. */
static const char topojson[] =
  "{\"type\":\"Topology\",\"objects\":{\"gemeenten\":{\"type\":\"GeometryCollection\","
  "\"geometries\":["
  "{\"type\":\"Polygon\",\"arcs\":[[0,1]],\"properties\":{\"GM_CODE\":\"GM0014\","
  "\"GM_NAAM\":\"Groningen\",\"jaarcode\":2024}},"
  "{\"type\":\"Polygon\",\"arcs\":[[2,-1]],\"properties\":{\"GM_CODE\":\"0034\","
  "\"GM_NAAM\":\"Almere\",\"jaarcode\":2024}}]}},"
  "\"arcs\":[[[6.5,53.2],[6.5,53.3]],[[6.5,53.3],[6.4,53.3],[6.4,53.2],[6.5,53.2]],"
  "[[6.5,53.3],[6.6,53.3],[6.6,53.2],[6.5,53.2]]]}";

static void
test_import_topojson (void)
{
  g_autofree char *path = write_temp ("gemeenten.topojson", topojson, -1);
  g_autoptr (WepDocument) doc = wep_document_new ();
  g_autoptr (WepImportPreview) preview = NULL;
  g_autoptr (WepGeometry) almere = NULL;
  GDALDriverH driver;

  GDALAllRegister ();
  driver = GDALGetDriverByName ("TopoJSON");
  g_assert_nonnull (driver);
  g_assert_null (GDALGetMetadataItem (driver, GDAL_DCAP_CREATE, NULL));

  preview = import_ok (doc, path, NULL);
  g_assert_cmpuint (preview->n_rows, ==, 2);
  g_assert_cmpuint (preview->understood->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (preview->understood, 0), ==,
                   "GM0014 Groningen: new municipality, boundary 5 points");
  g_assert_cmpint (count (doc, "SELECT count(*) FROM municipalities WHERE code IN "
                               "('GM0014', 'GM0034') AND province = ''"), ==, 2);
  g_assert_cmpint (count (doc, "SELECT count(*) FROM boundaries WHERE year = 2024 "
                               "AND source = 'gemeenten.topojson'"), ==, 2);
  almere = stored_boundary (doc, "GM0034");
  g_assert_cmpfloat (almere->min_lon, ==, 6.5);
  g_assert_cmpfloat (almere->max_lon, ==, 6.6);
  g_assert_cmpfloat (almere->min_lat, ==, 53.2);
  g_assert_cmpfloat (almere->max_lat, ==, 53.3);
}

/* Codes in other properties and forms: found by content, with a year
 * before them, as numbers (a whole number read as a real too). */
static void
test_import_codes (void)
{
  g_autofree char *by_content = write_temp ("codes.geojson", COLLECTION (
    "{\"type\":\"Feature\",\"properties\":{\"gem_id\":\"gm14\",\"Gemeentenaam\":\"Groningen\"},"
    "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" SQUARE_A "]}},"
    "{\"type\":\"Feature\",\"properties\":{\"gem_id\":\"2024GM0034\",\"Gemeentenaam\":\"Almere\"},"
    "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" SQUARE_B "]}}"), -1);
  g_autofree char *numbers = write_temp ("numbers.geojson", COLLECTION (
    "{\"type\":\"Feature\",\"properties\":{\"GEMEENTECODE\":344,\"naam\":\"Utrecht\"},"
    "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" SQUARE_B "]}},"
    "{\"type\":\"Feature\",\"properties\":{\"GEMEENTECODE\":14.0,\"naam\":\"Groningen\"},"
    "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" SQUARE_A "]}}"), -1);
  g_autoptr (WepDocument) doc = wep_document_new ();
  g_autoptr (WepImportPreview) first = NULL, second = NULL, chosen = NULL;
  g_autoptr (GError) error = NULL;

  first = import_ok (doc, by_content, NULL);
  g_assert_cmpstr (g_ptr_array_index (first->understood, 1), ==,
                   "GM0034 Almere: new municipality, boundary 5 points");
  g_assert_cmpint (count (doc, "SELECT count(*) FROM boundaries WHERE "
                               "(municipality = 'GM0014' AND year IS NULL) OR "
                               "(municipality = 'GM0034' AND year = 2024)"), ==, 2);

  second = import_ok (doc, numbers, NULL);
  g_assert_cmpstr (g_ptr_array_index (second->understood, 0), ==,
                   "GM0344 Utrecht: new municipality, boundary 5 points");
  g_assert_cmpstr (g_ptr_array_index (second->understood, 1), ==,
                   "GM0014 Groningen: boundary replaced, 5 points");
  g_assert_cmpint (count (doc, "SELECT count(*) FROM municipalities"), ==, 3);

  chosen = wep_import_boundaries_preview (doc, by_content, "codes", "GEM_ID", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (chosen->understood->len, ==, 2);
  g_assert_cmpstr (chosen->sheet, ==, "codes");
}

/* A small province file: placing, a municipality without a boundary, a
 * second import that updates, and a code taken by another kind of region. */
static void
test_import_provinces_small (void)
{
  g_autofree char *municipalities = write_temp ("gem.topojson", topojson, -1);
  g_autofree char *provinces = write_temp ("prov.geojson", COLLECTION (
    FEATURE ("PV20", "Groningen", "[[6.3,53.1],[6.54,53.1],[6.54,53.4],[6.3,53.4],[6.3,53.1]]") ","
    FEATURE ("PV21", "Frysl\xc3\xa2n",
             "[[6.555,53.1],[6.7,53.1],[6.7,53.4],[6.555,53.4],[6.555,53.1]]")),
    -1);
  g_autoptr (WepDocument) doc = wep_document_new ();
  g_autoptr (WepImportPreview) first = NULL, again = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL, *refused = NULL;
  WepMunicipality extra = { "GM0999", "Zonder Grens", "", -1, -1, -1 };
  gint64 prov;

  first = import_ok (doc, municipalities, NULL);
  prov = wep_document_add_provenance (doc, "handmatig", "test", NULL, &error);
  g_assert_true (wep_document_add_municipality (doc, &extra, prov, &error));
  g_assert_no_error (error);
  g_clear_pointer (&first, wep_import_preview_free);

  first = import_ok (doc, provinces, NULL);
  text = wep_import_preview_format (first);
  g_test_message ("%s", text);
  g_assert_cmpuint (first->n_rows, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (first->understood, 0), ==,
                   "PV20 Groningen: new province, 1 municipality in it");
  g_assert_cmpstr (g_ptr_array_index (first->understood, 1), ==,
                   "PV21 Frysl\xc3\xa2n: new province, 1 municipality in it");
  g_assert_nonnull (strstr (text, "GM0999 Zonder Grens: no boundary in the plan yet"));
  g_assert_cmpint (count (doc, "SELECT count(*) FROM regions WHERE kind = 'provincie'"), ==, 2);
  /* GM0014 (6.4 to 6.5) lies in PV20. GM0034's point on its surface
   * (6.55, 53.25) falls in the gap between the two provinces: it goes to
   * the one it overlaps most, PV21 (0.045 degrees wide against 0.04). */
  g_assert_cmpint (count (doc, "SELECT count(*) FROM municipalities WHERE "
                               "(code = 'GM0014' AND province = 'Groningen') OR "
                               "(code = 'GM0034' AND province = 'Frysl\xc3\xa2n') OR "
                               "(code = 'GM0999' AND province = '')"), ==, 3);
  g_assert_cmpint (count (doc, "SELECT count(*) FROM region_members WHERE kind = 'provincie'"),
                   ==, 2);

  again = import_ok (doc, provinces, NULL);
  g_assert_cmpstr (g_ptr_array_index (again->understood, 1), ==,
                   "PV21 Frysl\xc3\xa2n: province updated, 1 municipality in it");
  g_assert_cmpint (count (doc, "SELECT count(*) FROM region_members WHERE kind = 'provincie'"),
                   ==, 2);
  g_assert_cmpint (count (doc, "SELECT count(*) FROM regions"), ==, 2);

  /* PV20 taken by a region of another kind. */
  g_assert_true (_wep_sqlite_exec (_wep_document_get_db (doc),
                                   "DELETE FROM regions WHERE code = 'PV20'", NULL));
  g_assert_true (wep_document_add_region (doc, "PV20", "Eigen", "eigen", prov, &error));
  refused = import_refused (doc, provinces, NULL, NULL);
  g_assert_nonnull (strstr (refused, "already has a region PV20 of kind “eigen”"));
  g_assert_nonnull (strstr (refused, "GM0014 Groningen: its boundary lies outside every "
                                     "province of the file"));
}

static void
test_import_malformed (void)
{
  g_autoptr (WepDocument) doc = wep_document_new ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (77);
  g_autoptr (WepImportPreview) base = NULL, repaired = NULL;
  g_autofree char *good = write_temp ("good.geojson", COLLECTION (FEATURE ("GM0014", "Groningen",
                                                                           SQUARE_A)), -1);
  g_autofree char *good_text = NULL, *message = NULL;
  const char *names[] = { "random.geojson", "random.gpkg", "random.shp", "random.topojson" };
  g_autoptr (WepGeometry) bowtie = NULL;
  g_autofree char *reference = reference_path ("gemeenten-2025.geojson");

  base = import_ok (doc, good, NULL);

  /* Cut off half-way, at every tenth of its length. */
  good_text = g_strdup (COLLECTION (FEATURE ("GM0034", "Almere", SQUARE_B) ","
                                    FEATURE ("GM0037", "Stadskanaal", SQUARE_A)));
  for (guint tenth = 1; tenth < 10; tenth++)
    {
      g_autofree char *path = write_temp ("cut.geojson", good_text,
                                          strlen (good_text) * tenth / 10);
      g_autofree char *m = import_refused (doc, path, NULL, NULL);
    }

  /* The reference file (where present) cut at every tenth. */
  if (g_file_test (reference, G_FILE_TEST_EXISTS))
    {
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (reference, &contents, &length, NULL));
      for (guint tenth = 1; tenth < 10; tenth++)
        {
          g_autofree char *path = write_temp ("gemeenten-cut.geojson", contents,
                                              length * tenth / 10);
          g_autofree char *m = import_refused (doc, path, NULL, NULL);

          g_assert_nonnull (strstr (m, "Unterminated"));
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree guint8 *bytes = g_malloc (4096);
      g_autofree char *path = NULL, *m = NULL;

      for (guint b = 0; b < 4096; b++)
        bytes[b] = g_rand_int (rand) & 0xff;
      if (i == 1)
        memcpy (bytes, "SQLite format 3", 16);
      path = write_temp (names[i], (const char *) bytes, 4096);
      m = import_refused (doc, path, NULL, NULL);
    }

  {
    g_autofree char *path = write_temp ("nocode.geojson", COLLECTION (
      "{\"type\":\"Feature\",\"properties\":{\"naam\":\"Groningen\",\"inwoners\":240000},"
      "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" SQUARE_A "]}}"), -1);
    g_autofree char *m = import_refused (doc, path, NULL, NULL);

    g_assert_nonnull (strstr (m, "no property holds municipality or province codes"));
    g_assert_nonnull (strstr (m, "naam, inwoners"));
    g_clear_pointer (&m, g_free);
    m = import_refused (doc, path, NULL, "gm_code");
    g_assert_nonnull (strstr (m, "no property “gm_code”"));
    g_clear_pointer (&m, g_free);
    m = import_refused (doc, path, "gemeenten", NULL);
    g_assert_nonnull (strstr (m, "has no layer “gemeenten”; its layers are: nocode"));
    {
      g_autoptr (GError) error = NULL;
      g_auto (GStrv) layers = wep_import_list_sheets (path, WEP_IMPORT_BOUNDARIES, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (g_strv_length (layers), ==, 1);
      g_assert_cmpstr (layers[0], ==, "nocode");
    }
  }
  {
    g_autofree char *path = write_temp ("unknown.geojson", COLLECTION (
      FEATURE ("GM0034", "Almere", SQUARE_B) ","
      FEATURE ("XX12", "Nergens", SQUARE_A) ","
      FEATURE ("GM12345", "Te lang", SQUARE_A) ","
      FEATURE ("", "Leeg", SQUARE_A) ","
      FEATURE ("34", "Almere weer", SQUARE_A) ","
      FEATURE ("PV20", "Groningen", SQUARE_A) ","
      "{\"type\":\"Feature\",\"properties\":{\"statcode\":\"GM0040\",\"statnaam\":\"X\"},"
      "\"geometry\":null}"), -1);
    g_autofree char *m = import_refused (doc, path, NULL, NULL);

    g_assert_nonnull (strstr (m, "line 2, column 1 (statcode): “XX12” is not a municipality"));
    g_assert_nonnull (strstr (m, "line 3, column 1 (statcode): “GM12345” is not"));
    g_assert_nonnull (strstr (m, "line 4, column 1 (statcode): no municipality or province"));
    g_assert_nonnull (strstr (m, "line 5, column 1 (statcode): GM0034 appears twice: it is "
                                 "already at feature 1"));
    g_assert_nonnull (strstr (m, "line 6, column 1 (statcode): PV20 is a province, but"));
    g_assert_nonnull (strstr (m, "line 7: the feature has no geometry"));
  }
  {
    g_autofree char *path = write_temp ("points.geojson", COLLECTION (
      "{\"type\":\"Feature\",\"properties\":{\"statcode\":\"GM0014\"},"
      "\"geometry\":{\"type\":\"Point\",\"coordinates\":[6.5,53.2]}}"), -1);
    g_autofree char *m = import_refused (doc, path, NULL, NULL);

    g_assert_nonnull (strstr (m, "the features are not polygons (Point)"));
  }
  {
    /* A line among polygons, and coordinates in RD New in a GeoJSON
     * (which is WGS84 by definition). */
    g_autofree char *path = write_temp ("mixed.geojson", COLLECTION (
      FEATURE ("GM0034", "Almere", SQUARE_B) ","
      "{\"type\":\"Feature\",\"properties\":{\"statcode\":\"GM0037\",\"statnaam\":\"S\"},"
      "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[6.5,53.2],[6.6,53.3]]}},"
      FEATURE ("GM0047", "Veendam", "[[155000,463000],[156000,463000],[156000,464000],"
                                    "[155000,463000]]")), -1);
    g_autofree char *m = import_refused (doc, path, NULL, NULL);

    g_assert_nonnull (strstr (m, "line 2: the geometry is a Line String, not a polygon"));
    g_assert_nonnull (strstr (m, "line 3: the coordinates lie outside the range"));
  }
  {
    /* A Shapefile in RD New without its .prj. */
    g_autofree char *path = wep_test_tmp_path ("noprj.shp");
    g_autofree char *prj = wep_test_tmp_path ("noprj.prj");
    GDALDatasetH ds = GDALCreate (GDALGetDriverByName ("ESRI Shapefile"), path, 0, 0, 0,
                                  GDT_Unknown, NULL);
    OGRLayerH layer = GDALDatasetCreateLayer (ds, "noprj", NULL, wkbPolygon, NULL);
    OGRFieldDefnH field = OGR_Fld_Create ("statcode", OFTString);
    OGRFeatureH feature;
    OGRGeometryH square = geometry_from_wkt ("POLYGON ((155000 463000,156000 463000,"
                                             "156000 464000,155000 463000))");
    g_autofree char *m = NULL;

    OGR_L_CreateField (layer, field, TRUE);
    OGR_Fld_Destroy (field);
    feature = OGR_F_Create (OGR_L_GetLayerDefn (layer));
    OGR_F_SetFieldString (feature, 0, "GM0014");
    OGR_F_SetGeometryDirectly (feature, square);
    g_assert_cmpint (OGR_L_CreateFeature (layer, feature), ==, OGRERR_NONE);
    OGR_F_Destroy (feature);
    GDALClose (ds);
    g_assert_false (g_file_test (prj, G_FILE_TEST_EXISTS));
    m = import_refused (doc, path, NULL, NULL);
    g_assert_nonnull (strstr (m, "does not say which coordinate system it uses"));
  }
  {
    g_autofree char *path = wep_test_tmp_path ("absent.geojson");
    g_autofree char *m = import_refused (doc, path, NULL, NULL);

    g_assert_nonnull (strstr (m, "does not exist"));
  }

  /* A self-intersecting ring is repaired (two triangles) and taken. */
  {
    g_autofree char *path = write_temp ("bowtie.geojson", COLLECTION (
      FEATURE ("GM0999", "Strik", BOWTIE)), -1);

    repaired = import_ok (doc, path, NULL);
    g_assert_cmpstr (g_ptr_array_index (repaired->understood, 0), ==,
                     "GM0999 Strik: new municipality, boundary 8 points. Its geometry was "
                     "invalid (for example self-intersecting) and has been repaired.");
    bowtie = stored_boundary (doc, "GM0999");
    g_assert_cmpuint (bowtie->levels[0].n_polygons, ==, 2);
  }
}

/* ---- the reference geography --------------------------------------------- */

static WepDocument *
import_reference (const char *path)
{
  WepDocument *doc = wep_document_new ();
  g_autoptr (WepImportPreview) preview = import_ok (doc, path, NULL);

  g_assert_cmpuint (preview->n_rows, ==, 342);
  g_assert_cmpuint (preview->understood->len, ==, 342);
  g_assert_cmpuint (preview->rejected->len, ==, 0);
  return doc;
}

static void
test_reference_municipalities (void)
{
  g_autofree char *path = reference_path ("gemeenten-2025.geojson");
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepImportPreview) again = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  guint n = 0, points = 0;
  gsize bytes = 0;

  if (skip_without_reference ())
    return;
  doc = import_reference (path);
  g_assert_cmpint (count (doc, "SELECT count(*) FROM municipalities"), ==, 342);
  g_assert_cmpint (count (doc, "SELECT count(*) FROM boundaries WHERE year = 2025 AND "
                               "source = 'gemeenten-2025.geojson'"), ==, 342);
  g_assert_cmpint (count (doc, "SELECT count(*) FROM municipalities WHERE code = 'GM0014' "
                               "AND name = 'Groningen'"), ==, 1);

  stmt = _wep_sqlite_prepare (_wep_document_get_db (doc),
                              "SELECT municipality, length(geometry) FROM boundaries", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr (WepGeometry) g = stored_boundary (doc, (const char *) sqlite3_column_text (stmt,
                                                                                           0));

      g_assert_cmpfloat (g->min_lon, >=, 3.2);
      g_assert_cmpfloat (g->max_lon, <=, 7.3);
      g_assert_cmpfloat (g->min_lat, >=, 50.7);
      g_assert_cmpfloat (g->max_lat, <=, 53.6);
      points += g->levels[0].n_points;
      bytes += sqlite3_column_int (stmt, 1);
      n++;
    }
  g_assert_cmpuint (n, ==, 342);
  g_test_message ("342 boundaries, %u points at the full level, %" G_GSIZE_FORMAT " bytes",
                  points, bytes);

  again = import_ok (doc, path, NULL);
  g_assert_nonnull (strstr (g_ptr_array_index (again->understood, 0), ": boundary replaced"));
  g_assert_cmpint (count (doc, "SELECT count(*) FROM municipalities"), ==, 342);
}

static char *
reproject (const char *source,
           const char *format,
           const char *name)
{
  char *path = wep_test_tmp_path (name);
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  const char *common[] = { "-f", format, "-t_srs", "EPSG:28992",
                           "-select", "statcode,jrstatcode,statnaam" };
  GDALVectorTranslateOptions *options;
  GDALDatasetH in, out;
  int usage_error = 0;

  for (guint i = 0; i < G_N_ELEMENTS (common); i++)
    g_ptr_array_add (args, (char *) common[i]);
  if (g_strcmp0 (format, "GPKG") == 0)
    {
      /* As GIS colleagues make them: a layer name of their own, multipolygons. */
      g_ptr_array_add (args, (char *) "-nln");
      g_ptr_array_add (args, (char *) "gemeenten_rd");
      g_ptr_array_add (args, (char *) "-nlt");
      g_ptr_array_add (args, (char *) "PROMOTE_TO_MULTI");
    }
  else
    {
      g_ptr_array_add (args, (char *) "-lco");
      g_ptr_array_add (args, (char *) "ENCODING=UTF-8");
    }
  g_ptr_array_add (args, NULL);
  options = GDALVectorTranslateOptionsNew ((char **) args->pdata, NULL);
  g_assert_nonnull (options);
  in = GDALOpenEx (source, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL);
  g_assert_nonnull (in);
  out = GDALVectorTranslate (path, NULL, 1, &in, options, &usage_error);
  g_assert_nonnull (out);
  g_assert_false (usage_error);
  GDALClose (out);
  GDALClose (in);
  GDALVectorTranslateOptionsFree (options);
  return path;
}

/* The largest difference between ring a and ring b, which may start at
 * another point or run the other way (a Shapefile orders rings its way);
 * INFINITY when they are not the same ring. */
static double
compare_rings (const WepGeometryRing *a,
               const WepGeometryRing *b)
{
  guint n = a->n_points - 1, start = 0;
  double best = INFINITY, worst = INFINITY;

  if (b->n_points != a->n_points)
    return INFINITY;
  for (guint i = 0; i < n; i++)
    {
      double d = fmax (fabs (b->coords[2 * i] - a->coords[0]),
                       fabs (b->coords[2 * i + 1] - a->coords[1]));

      if (d < best)
        {
          best = d;
          start = i;
        }
    }
  for (int direction = -1; direction <= 1; direction += 2)
    {
      double largest = 0;

      for (guint i = 0; i < n; i++)
        {
          guint j = (start + n + direction * (int) i) % n;

          largest = fmax (largest, fmax (fabs (b->coords[2 * j] - a->coords[2 * i]),
                                         fabs (b->coords[2 * j + 1] - a->coords[2 * i + 1])));
        }
      worst = fmin (worst, largest);
    }
  return worst;
}

/* The largest difference between the full levels of two boundaries,
 * matching polygons and holes whatever their order. */
static double
compare_boundaries (const WepGeometry *a,
                    const WepGeometry *b)
{
  const WepGeometryLevel *la = &a->levels[0], *lb = &b->levels[0];
  double worst = 0;

  if (la->n_polygons != lb->n_polygons || la->n_rings != lb->n_rings)
    return INFINITY;
  for (guint p = 0; p < la->n_polygons; p++)
    for (guint r = 0; r < la->polygons[p].n_rings; r++)
      {
        double best = INFINITY;

        for (guint q = 0; q < lb->n_polygons; q++)
          for (guint s = 0; s < lb->polygons[q].n_rings; s++)
            if ((r == 0) == (s == 0))
              best = fmin (best, compare_rings (&la->polygons[p].rings[r],
                                                &lb->polygons[q].rings[s]));
        worst = fmax (worst, best);
      }
  return worst;
}

static void
test_reference_reprojected (void)
{
  g_autofree char *path = reference_path ("gemeenten-2025.geojson");
  g_autoptr (WepDocument) wgs84 = NULL;
  const char *formats[][2] = { { "GPKG", "gemeenten-rd.gpkg" },
                               { "ESRI Shapefile", "gemeenten-rd.shp" } };

  if (skip_without_reference ())
    return;
  GDALAllRegister ();
  wgs84 = import_reference (path);
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *rd = reproject (path, formats[f][0], formats[f][1]);
      g_autoptr (WepDocument) doc = import_reference (rd);
      g_autoptr (sqlite3_stmt) stmt = NULL;
      double worst = 0;
      guint n = 0;

      g_assert_cmpint (count (doc, "SELECT count(*) FROM municipalities"), ==, 342);
      stmt = _wep_sqlite_prepare (_wep_document_get_db (wgs84),
                                  "SELECT code, name FROM municipalities ORDER BY code", NULL);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *code = (const char *) sqlite3_column_text (stmt, 0);
          g_autoptr (WepGeometry) a = stored_boundary (wgs84, code);
          g_autoptr (WepGeometry) b = stored_boundary (doc, code);
          g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM municipalities WHERE "
                                                  "code = '%s' AND name = '%s'", code,
                                                  (const char *) sqlite3_column_text (stmt, 1));
          double d = compare_boundaries (a, b);

          if (strchr ((const char *) sqlite3_column_text (stmt, 1), '\'') == NULL)
            g_assert_cmpint (count (doc, sql), ==, 1);
          if (d > 1.5e-6)
            g_error ("%s, %s: the boundary differs by %g degrees (%u/%u/%u points, polygons, "
                     "rings; %u/%u/%u)", formats[f][1], code, d, a->levels[0].n_points,
                     a->levels[0].n_polygons, a->levels[0].n_rings, b->levels[0].n_points,
                     b->levels[0].n_polygons, b->levels[0].n_rings);
          worst = fmax (worst, d);
          n++;
        }
      g_assert_cmpuint (n, ==, 342);
      g_test_message ("%s: 342 boundaries, largest difference %.2g degrees", formats[f][1],
                      worst);
    }
}

static void
test_reference_provinces (void)
{
  g_autofree char *path = reference_path ("gemeenten-2025.geojson");
  g_autofree char *provinces = reference_path ("provincies-2025.geojson");
  g_autofree char *csv_path = reference_path ("gemeenten-2025.csv");
  g_autofree char *csv = NULL;
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepImportPreview) preview = NULL;
  g_autoptr (GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           g_free);
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_auto (GStrv) lines = NULL;
  guint matched = 0, n = 0;

  if (skip_without_reference ())
    return;
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  lines = g_strsplit (csv, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto (GStrv) cells = g_strsplit (g_strchomp (lines[i]), ",", -1);
      guint n_cells = g_strv_length (cells);

      /* A quoted name may hold a comma; the province's name is last. */
      if (n_cells >= 4)
        g_hash_table_insert (expected, g_strdup (cells[0]), g_strdup (cells[n_cells - 1]));
    }
  g_assert_cmpuint (g_hash_table_size (expected), ==, 342);

  doc = import_reference (path);
  preview = import_ok (doc, provinces, NULL);
  g_assert_cmpuint (preview->n_rows, ==, 12);
  /* Twelve provinces and no notes: every municipality is placed. */
  g_assert_cmpuint (preview->understood->len, ==, 12);
  g_assert_cmpint (count (doc, "SELECT count(*) FROM regions WHERE kind = 'provincie' "
                               "AND code GLOB 'PV[23][0-9]'"), ==, 12);
  g_assert_cmpint (count (doc, "SELECT count(*) FROM municipalities WHERE province = ''"), ==, 0);
  g_assert_cmpint (count (doc, "SELECT count(*) FROM region_members m JOIN regions r "
                               "ON r.code = m.region JOIN municipalities g "
                               "ON g.code = m.municipality WHERE m.kind = 'provincie' "
                               "AND r.name = g.province"), ==, 342);
  g_assert_cmpint (count (doc, "SELECT count(*) FROM boundaries"), ==, 342);

  stmt = _wep_sqlite_prepare (_wep_document_get_db (doc),
                              "SELECT code, name, province FROM municipalities", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      const char *province = (const char *) sqlite3_column_text (stmt, 2);
      const char *reference = g_hash_table_lookup (expected, code);

      if (g_strcmp0 (reference, province) == 0)
        matched++;
      else
        g_test_message ("%s %s: placed in %s, the reference table says %s", code,
                        (const char *) sqlite3_column_text (stmt, 1), province, reference);
      n++;
    }
  g_test_message ("%u of %u municipalities in the reference table's province", matched, n);
  g_assert_cmpuint (n, ==, 342);
  g_assert_cmpuint (matched, >=, 340);
}

int
main (int    argc,
      char **argv)
{
  int result;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  wep_test_tmp_init ("wep-test-geo");
  GDALAllRegister ();

  g_test_add_func ("/import-geo/topojson", test_import_topojson);
  g_test_add_func ("/import-geo/codes", test_import_codes);
  g_test_add_func ("/import-geo/provinces-small", test_import_provinces_small);
  g_test_add_func ("/import-geo/malformed", test_import_malformed);
  g_test_add_func ("/import-geo/reference/municipalities", test_reference_municipalities);
  g_test_add_func ("/import-geo/reference/reprojected", test_reference_reprojected);
  g_test_add_func ("/import-geo/reference/provinces", test_reference_provinces);

  result = g_test_run ();
  wep_test_tmp_remove ();
  return result;
}
