/* test-map-reference.c: the map of the 342 municipalities of 2025
 *
 * The reference geography in ../shared/data/reference (exit status 77,
 * skipped, when it is absent; it is never copied into the project) is
 * imported into a plan in memory, as the window's import does. Then:
 * hit-testing finds Utrecht (GM0344) in Utrecht and nothing in the North
 * Sea; drawn into an offscreen surface at national and at regional zoom,
 * a pixel well inside a municipality has its class colour and one in the
 * sea the base colour; a province drawn as a region has the outline of its
 * members. The national page is saved as map-reference.png in the build
 * folder, to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wep-import.h"
#include "wep-map-draw.h"

static struct
{
  WepDocument *doc;
  WepMapData  *data;
} fixture;

static char *
reference_path (const char *name)
{
  return g_build_filename (SHARED_DIR, "data", "reference", name, NULL);
}

/* The municipalities of the province of Utrecht (PV26) as a region, from
 * the reference table. */
static void
add_province_region (WepDocument *doc)
{
  g_autofree char *path = reference_path ("gemeenten-2025.csv");
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GError) error = NULL;
  gint64 prov;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  prov = wep_document_add_provenance (doc, "file", "gemeenten-2025.csv", "", &error);
  g_assert_true (wep_document_add_region (doc, "PV26", "Utrecht (provincie)", "provincie", prov,
                                          &error));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto (GStrv) cells = g_strsplit (lines[i], ",", -1);
      guint n = g_strv_length (cells);

      /* The province is in the last two cells (a name may hold a comma). */
      if (n >= 4 && g_str_equal (cells[n - 2], "PV26"))
        g_assert_true (wep_document_add_region_member (doc, "PV26", cells[0], prov, &error));
    }
  g_assert_no_error (error);
}

static int
hit (double lon,
     double lat)
{
  double x, y;

  wep_map_lonlat_to_world (lon, lat, &x, &y);
  return wep_map_data_hit_test (fixture.data, x, y);
}

static void
test_hit (void)
{
  int utrecht = wep_map_data_find_municipality (fixture.data, "GM0344");

  g_assert_cmpuint (fixture.data->municipalities->len, ==, 342);
  g_assert_cmpuint (fixture.data->n_with_shape, ==, 342);
  g_assert_cmpuint (fixture.data->problems->len, ==, 0);
  g_assert_cmpint (utrecht, >=, 0);
  /* The Dom tower, and Utrecht's north-west (Leidsche Rijn). */
  g_assert_cmpint (hit (5.1214, 52.0907), ==, utrecht);
  g_assert_cmpint (hit (5.0300, 52.1000), ==, utrecht);
  g_assert_cmpstr (wep_map_data_municipality (fixture.data, hit (4.8952, 52.3702))->code, ==,
                   "GM0363");   /* Amsterdam, the Dam */
  /* The North Sea, the Wadden Sea between the islands, Belgium. */
  g_assert_cmpint (hit (4.0, 52.8), ==, -1);
  g_assert_cmpint (hit (3.2, 53.6), ==, -1);
  g_assert_cmpint (hit (4.35, 50.85), ==, -1);
}

/* The colour of the pixel at lon, lat. */
static WepColor
pixel (cairo_surface_t  *surface,
       const WepMapArea *view,
       double            lon,
       double            lat)
{
  double x, y, px, py;
  guint32 argb;

  cairo_surface_flush (surface);
  wep_map_lonlat_to_world (lon, lat, &x, &y);
  wep_map_area_from_world (view, x, y, &px, &py);
  g_assert_true (px >= 0 && py >= 0 && px < view->width && py < view->height);
  argb = ((const guint32 *) (cairo_image_surface_get_data (surface)
                             + (int) py * cairo_image_surface_get_stride (surface)))[(int) px];
  g_assert_cmphex (argb >> 24, ==, 0xff);
  return (WepColor) { ((argb >> 16) & 0xff) / 255.0, ((argb >> 8) & 0xff) / 255.0,
                      (argb & 0xff) / 255.0 };
}

static void
assert_color (WepColor    got,
              WepColor    expected,
              const char *where)
{
  if (fabs (got.red - expected.red) > 1.5 / 255 || fabs (got.green - expected.green) > 1.5 / 255
      || fabs (got.blue - expected.blue) > 1.5 / 255)
    g_error ("%s: #%02x%02x%02x, expected #%02x%02x%02x", where, (int) round (got.red * 255),
             (int) round (got.green * 255), (int) round (got.blue * 255),
             (int) round (expected.red * 255), (int) round (expected.green * 255),
             (int) round (expected.blue * 255));
}

/* Values 0 … 341 by code, in five classes by quantiles. */
static WepLegend *
set_index_values (WepMapScene *scene)
{
  guint n = fixture.data->municipalities->len;
  g_autofree double *values = g_new (double, n);
  WepLegendOptions options = { WEP_CLASSIFY_QUANTILES, 5, NULL, 0, WEP_PALETTE_YELLOW_GREEN_BLUE,
                               0, "Index", NULL };
  g_autoptr (GError) error = NULL;
  WepLegend *legend;

  for (guint i = 0; i < n; i++)
    values[i] = i;
  legend = wep_legend_new (values, n, &options, &error);
  g_assert_no_error (error);
  wep_map_scene_set_values (scene, values, legend);
  return legend;
}

static void
draw_and_check (WepMapScene      *scene,
                const WepLegend  *legend,
                const WepMapArea *view)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) view->width, (int) view->height);
  cairo_t *cr = cairo_create (surface);
  int utrecht = wep_map_data_find_municipality (fixture.data, "GM0344");
  WepColor expected = wep_legend_color (legend, utrecht);

  wep_map_draw (cr, scene, view);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  /* A class colour, never the base. */
  g_assert_false (wep_color_equal (expected, wep_map_scene_get_base_color (scene)));
  assert_color (pixel (surface, view, 5.1214, 52.0907), expected, "Utrecht");
  assert_color (pixel (surface, view, 5.0300, 52.1000), expected, "Leidsche Rijn");
  cairo_surface_destroy (surface);
}

static void
test_draw_national (void)
{
  g_autoptr (WepMapScene) scene = wep_map_scene_new (fixture.data);
  g_autoptr (WepLegend) legend = set_index_values (scene);
  WepMapArea view = { 0, 0, 0, 0, 700, 800, 1.0 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 700, 800);
  WepColor base = wep_map_scene_get_base_color (scene);
  double bounds[4];
  cairo_t *cr;

  wep_map_scene_set_show_labels (scene, FALSE);
  g_assert_true (wep_map_scene_get_bounds (scene, bounds));
  wep_map_area_fit (&view, bounds, 10);
  g_assert_cmpfloat (view.zoom, >, 6.5);
  g_assert_cmpfloat (view.zoom, <, 8.0);
  draw_and_check (scene, legend, &view);

  cr = cairo_create (surface);
  wep_map_draw (cr, scene, &view);
  cairo_destroy (cr);
  assert_color (pixel (surface, &view, 4.0, 52.8), base, "the North Sea");
  assert_color (pixel (surface, &view, 3.6, 53.4), base, "the North Sea, further out");
  /* Amsterdam in its own class. */
  assert_color (pixel (surface, &view, 4.8952, 52.3702),
                wep_legend_color (legend, wep_map_data_find_municipality (fixture.data, "GM0363")),
                "Amsterdam");
  cairo_surface_destroy (surface);
}

static void
test_draw_regional (void)
{
  g_autoptr (WepMapScene) scene = wep_map_scene_new (fixture.data);
  g_autoptr (WepLegend) legend = set_index_values (scene);
  WepMapArea view = { 0, 0, 0, 0, 900, 700, 1.0 };
  int region = wep_map_data_find_region (fixture.data, "PV26");
  guint regions[] = { (guint) region };
  double bounds[4];

  g_assert_cmpint (region, >=, 0);
  g_assert_true (wep_map_data_region_bounds (fixture.data, region, bounds));
  wep_map_area_fit (&view, bounds, 10);
  g_assert_cmpfloat (view.zoom, >, 8.5);
  wep_map_scene_set_regions (scene, regions, 1);
  wep_map_scene_set_show_labels (scene, FALSE);
  draw_and_check (scene, legend, &view);
  /* With the names: the picture is drawn all the same. */
  wep_map_scene_set_show_labels (scene, TRUE);
  wep_map_scene_set_selection (scene, wep_map_data_find_municipality (fixture.data, "GM0344"),
                               region);
  wep_map_scene_set_dark (scene, TRUE);
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 900, 700);
    cairo_t *cr = cairo_create (surface);

    wep_map_draw (cr, scene, &view);
    g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
}

static void
test_region_outline (void)
{
  int region = wep_map_data_find_region (fixture.data, "PV26");
  const WepMapRegion *r = wep_map_data_region (fixture.data, region);
  const WepMapBorders *borders = fixture.data->borders;
  g_autofree gboolean *mask = wep_map_data_region_mask (fixture.data, region);
  int utrecht = wep_map_data_find_municipality (fixture.data, "GM0344");
  int de_bilt = wep_map_data_find_municipality (fixture.data, "GM0310");
  guint n_points = 0;

  g_assert_cmpuint (r->members->len, ==, 26);
  /* Neighbours share their borders point for point: nearly every edge
   * is drawn once, not twice. */
  for (guint i = 0; i < fixture.data->municipalities->len; i++)
    n_points += wep_map_data_municipality (fixture.data, i)->shape->levels[0].n_points;
  g_assert_cmpuint (borders->n_edges, <, n_points * 6 / 10);

  /* At every level the province's outline is closed, and the border of
   * Utrecht and De Bilt (both in it) is no part of it. */
  for (guint l = 0; l < borders->n_levels; l++)
    {
      const WepMapBorderLevel *level = &borders->levels[l];
      g_autoptr (GHashTable) ends = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      guint n_outline = 0, shared = 0;
      GHashTableIter iter;
      gpointer value;

      for (guint k = 0, start = 0; k < level->n_lines; start = level->line_ends[k++])
        {
          if (level->sides[2 * k] == MIN (utrecht, de_bilt)
              && level->sides[2 * k + 1] == MAX (utrecht, de_bilt))
            {
              shared++;
              g_assert_false (wep_map_border_separates (level, k, mask));
            }
          if (!wep_map_border_separates (level, k, mask))
            continue;
          n_outline++;
          for (guint e = 0; e < 2; e++)
            {
              guint p = e == 0 ? start : level->line_ends[k] - 1;
              g_autofree char *key = g_strdup_printf ("%.12f %.12f", level->xy[2 * p],
                                                      level->xy[2 * p + 1]);
              guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (ends, key));

              g_hash_table_insert (ends, g_steal_pointer (&key), GUINT_TO_POINTER (seen + 1));
            }
        }
      g_assert_cmpuint (shared, >=, 1);
      g_assert_cmpuint (n_outline, >, 4);
      g_hash_table_iter_init (&iter, ends);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_assert_cmpuint (GPOINTER_TO_UINT (value) % 2, ==, 0);
    }
}

static void
test_page (void)
{
  g_autoptr (WepMapScene) scene = wep_map_scene_new (fixture.data);
  g_autoptr (WepLegend) legend = set_index_values (scene);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "map-reference.png", NULL);
  WepMapPageOptions options = { "Gemeenten 2025", "Referentiegeografie, index per code", NULL,
                                NULL };
  g_autoptr (GError) error = NULL;
  cairo_surface_t *image;

  g_assert_true (wep_map_export (scene, &options, path, WEP_MAP_FORMAT_PNG, 1400, 1000, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1400);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 1000);
  cairo_surface_destroy (image);
  g_test_message ("The national page: %s", path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = reference_path ("gemeenten-2025.geojson");
  g_autoptr (WepImportPreview) preview = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_printerr ("The reference geography (%s) is absent: skipping.\n", path);
      return 77;
    }

  fixture.doc = wep_document_new ();
  preview = wep_import_boundaries_preview (fixture.doc, path, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->rejected->len, ==, 0);
  g_assert_true (wep_import_apply (fixture.doc, preview, &error));
  g_assert_no_error (error);
  add_province_region (fixture.doc);
  fixture.data = wep_map_data_load (fixture.doc, &error);
  g_assert_no_error (error);

  g_test_add_func ("/map-reference/hit", test_hit);
  g_test_add_func ("/map-reference/draw-national", test_draw_national);
  g_test_add_func ("/map-reference/draw-regional", test_draw_regional);
  g_test_add_func ("/map-reference/region-outline", test_region_outline);
  g_test_add_func ("/map-reference/page", test_page);

  status = g_test_run ();
  wep_map_data_free (fixture.data);
  g_object_unref (fixture.doc);
  return status;
}
