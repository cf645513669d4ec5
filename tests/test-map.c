/* test-map.c: the map's core on small made-up shapes
 *
 * A municipality with a hole and another that is a multipolygon with an
 * island in that hole: hit-testing, drawing into an offscreen surface
 * (class colours, the hole and the sea in the base colour), the region
 * outline as their union; custom regions made, changed and undone; the
 * exported PNG, SVG and PDF files open and have the requested size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wep-custom-region.h"
#include "wep-geometry.h"
#include "wep-map-draw.h"
#include "wep-test-util.h"

#define SQUARE_WITH_HOLE "POLYGON ((5.0 52.0, 5.4 52.0, 5.4 52.3, 5.0 52.3, 5.0 52.0), " \
                         "(5.1 52.1, 5.3 52.1, 5.3 52.2, 5.1 52.2, 5.1 52.1))"
#define ISLAND_AND_SQUARE "MULTIPOLYGON (((5.15 52.12, 5.25 52.12, 5.25 52.18, 5.15 52.18, " \
                          "5.15 52.12)), ((5.7 52.0, 5.8 52.0, 5.8 52.1, 5.7 52.1, 5.7 52.0)))"
/* East of the square, sharing its east side point for point. */
#define NEIGHBOUR "POLYGON ((5.4 52.0, 5.5 52.0, 5.5 52.3, 5.4 52.3, 5.4 52.0))"

static void
add_boundary (WepDocument *doc,
              const char  *code,
              const char  *wkt,
              gint64       provenance)
{
  char *text = (char *) wkt;
  OGRGeometryH geometry = NULL;
  g_autoptr (GBytes) blob = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (OGR_G_CreateFromWkt (&text, NULL, &geometry), ==, OGRERR_NONE);
  blob = wep_geometry_encode (geometry, &error);
  OGR_G_DestroyGeometry (geometry);
  g_assert_no_error (error);
  g_assert_true (wep_document_set_boundary (doc, code, blob, "test.geojson", 2025, provenance,
                                            &error));
  g_assert_no_error (error);
}

/* Four municipalities: A (a square with a hole), B (an island in that
 * hole and a square further east), C (no boundary), D (a strip along A's
 * east side); region R of A and B, region S of A and D. */
static WepDocument *
make_plan (void)
{
  WepDocument *doc = wep_document_new ();
  g_autoptr (GError) error = NULL;
  gint64 prov = wep_document_add_provenance (doc, "handmatig", "test", "", &error);
  const WepMunicipality municipalities[] = {
    { "GM0001", "Holland", "", 40000, -1, -1 },
    { "GM0002", "Eiland", "", 10000, -1, -1 },
    { "GM0003", "Nergens", "", 5000, -1, -1 },
    { "GM0004", "Buurdorp", "", 8000, -1, -1 },
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (municipalities); i++)
    {
      g_assert_true (wep_document_add_municipality (doc, &municipalities[i], prov, &error));
      g_assert_no_error (error);
    }
  add_boundary (doc, "GM0001", SQUARE_WITH_HOLE, prov);
  add_boundary (doc, "GM0002", ISLAND_AND_SQUARE, prov);
  add_boundary (doc, "GM0004", NEIGHBOUR, prov);
  g_assert_true (wep_document_add_region (doc, "R", "Regio", "centrumgemeente", prov, &error)
                 && wep_document_add_region_member (doc, "R", "GM0001", prov, &error)
                 && wep_document_add_region_member (doc, "R", "GM0002", prov, &error)
                 && wep_document_add_region (doc, "S", "Strook", "woningmarktregio", prov, &error)
                 && wep_document_add_region_member (doc, "S", "GM0001", prov, &error)
                 && wep_document_add_region_member (doc, "S", "GM0004", prov, &error));
  g_assert_no_error (error);
  return doc;
}

static WepMapData *
load (WepDocument *doc)
{
  g_autoptr (GError) error = NULL;
  WepMapData *data = wep_map_data_load (doc, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

static int
hit (const WepMapData *data,
     double            lon,
     double            lat)
{
  double x, y;

  wep_map_lonlat_to_world (lon, lat, &x, &y);
  return wep_map_data_hit_test (data, x, y);
}

static void
test_projection (void)
{
  double x, y, lon, lat;

  wep_map_lonlat_to_world (0.0, 0.0, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (y, 0.5, 1e-12);
  wep_map_lonlat_to_world (5.1214, 52.0907, &x, &y);
  wep_map_world_to_lonlat (x, y, &lon, &lat);
  g_assert_cmpfloat_with_epsilon (lon, 5.1214, 1e-9);
  g_assert_cmpfloat_with_epsilon (lat, 52.0907, 1e-9);
  /* North is up: a larger latitude is a smaller y. */
  wep_map_lonlat_to_world (5.0, 53.0, &lon, &lat);
  g_assert_cmpfloat (lat, <, y);
  /* A degree of longitude is about 68.5 km at 52° N. */
  g_assert_cmpfloat_with_epsilon (wep_map_metres_per_world (52.0) / 360.0, 68530, 100);
}

static void
test_hit_holes_multipolygons (void)
{
  g_autoptr (WepDocument) doc = make_plan ();
  g_autoptr (WepMapData) data = load (doc);
  int a = wep_map_data_find_municipality (data, "GM0001");
  int b = wep_map_data_find_municipality (data, "GM0002");
  int c = wep_map_data_find_municipality (data, "GM0003");
  int d = wep_map_data_find_municipality (data, "GM0004");
  int r = wep_map_data_find_region (data, "R");
  const WepMapShape *shape_a;
  double bounds[4];

  g_assert_cmpuint (data->municipalities->len, ==, 4);
  g_assert_cmpuint (data->n_with_shape, ==, 3);
  g_assert_null (wep_map_data_municipality (data, c)->shape);
  shape_a = wep_map_data_municipality (data, a)->shape;
  g_assert_cmpuint (shape_a->levels[0].n_rings, ==, 2);
  g_assert_cmpuint (shape_a->levels[0].n_polygons, ==, 1);
  g_assert_cmpuint (wep_map_data_municipality (data, b)->shape->levels[0].n_polygons, ==, 2);
  g_assert_cmpstr (data->attribution, ==, "Boundaries: test.geojson 2025");

  g_assert_cmpint (hit (data, 5.05, 52.05), ==, a);
  g_assert_cmpint (hit (data, 5.35, 52.25), ==, a);
  g_assert_cmpint (hit (data, 5.12, 52.11), ==, -1);   /* the hole */
  g_assert_cmpint (hit (data, 5.20, 52.15), ==, b);    /* the island in it */
  g_assert_cmpint (hit (data, 5.75, 52.05), ==, b);    /* B's other part */
  g_assert_cmpint (hit (data, 5.45, 52.05), ==, d);
  g_assert_cmpint (hit (data, 5.60, 52.05), ==, -1);
  g_assert_cmpint (hit (data, 4.00, 52.80), ==, -1);

  /* The label point of A lies in A, not in its hole. */
  g_assert_true (wep_map_shape_contains (shape_a, shape_a->label_x, shape_a->label_y));

  /* The regions: members, box, and a name inside one of the members. */
  g_assert_cmpint (r, >=, 0);
  g_assert_true (wep_map_data_region_has_member (data, r, a));
  g_assert_false (wep_map_data_region_has_member (data, r, c));
  g_assert_true (wep_map_data_region_bounds (data, r, bounds));
  g_assert_cmpfloat (bounds[0], ==, shape_a->min_x);
  g_assert_cmpfloat (bounds[2], ==, wep_map_data_municipality (data, b)->shape->max_x);
  {
    const WepMapRegion *region = wep_map_data_region (data, r);
    double lon, lat;

    wep_map_world_to_lonlat (region->label_x, region->label_y, &lon, &lat);
    g_assert_true (hit (data, lon, lat) == a || hit (data, lon, lat) == b);
  }
}

/* The border lines of the full shapes: each edge once, with its sides. */
static void
test_borders (void)
{
  g_autoptr (WepDocument) doc = make_plan ();
  g_autoptr (WepMapData) data = load (doc);
  const WepMapBorderLevel *level = &data->borders->levels[0];
  int a = wep_map_data_find_municipality (data, "GM0001");
  int b = wep_map_data_find_municipality (data, "GM0002");
  int d = wep_map_data_find_municipality (data, "GM0004");
  g_autofree gboolean *strip = wep_map_data_region_mask (data, wep_map_data_find_region (data,
                                                                                        "S"));
  g_autofree gboolean *region = wep_map_data_region_mask (data, wep_map_data_find_region (data,
                                                                                         "R"));
  guint shared = 0, n_points = 0, strip_lines = 0, region_lines = 0;
  g_autoptr (GHashTable) ends = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < data->municipalities->len; i++)
    if (wep_map_data_municipality (data, i)->shape != NULL)
      n_points += wep_map_data_municipality (data, i)->shape->levels[0].n_points;
  /* A and D share one side: one edge fewer than the rings have. */
  g_assert_cmpuint (data->borders->n_edges, ==, n_points - 1);
  g_assert_cmpuint (data->borders->n_levels, >=, 2);

  for (guint l = 0, start = 0; l < level->n_lines; start = level->line_ends[l++])
    {
      int s1 = level->sides[2 * l], s2 = level->sides[2 * l + 1];
      guint end = level->line_ends[l];

      g_assert_cmpint (s1, <=, s2 < 0 ? G_MAXINT : s2);
      if (s1 == MIN (a, d) && s2 == MAX (a, d))
        {
          shared++;
          /* The side A and D share: not part of their region's outline. */
          g_assert_false (wep_map_border_separates (level, l, strip));
        }
      if (wep_map_border_separates (level, l, strip))
        {
          /* The outline is closed: every end point is met an even number of times. */
          for (guint k = 0; k < 2; k++)
            {
              guint p = k == 0 ? start : end - 1;
              g_autofree char *key = g_strdup_printf ("%.12f %.12f", level->xy[2 * p],
                                                      level->xy[2 * p + 1]);
              guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (ends, key));

              g_hash_table_insert (ends, g_steal_pointer (&key), GUINT_TO_POINTER (seen + 1));
            }
          strip_lines++;
          g_assert_true (s1 == a || s1 == d || s2 == a || s2 == d);
        }
      if (wep_map_border_separates (level, l, region))
        region_lines++;
      /* B touches no one: its lines have no other side. */
      if (s1 == b)
        g_assert_cmpint (s2, ==, -1);
    }
  g_assert_cmpuint (shared, ==, 1);
  g_assert_cmpuint (strip_lines, >, 0);
  /* R's outline: A's outer ring, its hole, B's island and square. */
  g_assert_cmpuint (region_lines, >=, 4);
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, ends);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_assert_cmpuint (GPOINTER_TO_UINT (value) % 2, ==, 0);
  }
}

/* ---- drawing ------------------------------------------------------------ */

static void
pixel_at (cairo_surface_t  *surface,
          const WepMapArea *view,
          double            lon,
          double            lat,
          WepColor         *color)
{
  double x, y, px, py;
  const guint32 *row;
  guint32 argb;

  cairo_surface_flush (surface);
  wep_map_lonlat_to_world (lon, lat, &x, &y);
  wep_map_area_from_world (view, x, y, &px, &py);
  g_assert_cmpfloat (px, >=, 0);
  g_assert_cmpfloat (py, >=, 0);
  g_assert_cmpfloat (px, <, cairo_image_surface_get_width (surface));
  g_assert_cmpfloat (py, <, cairo_image_surface_get_height (surface));
  row = (const guint32 *) (cairo_image_surface_get_data (surface)
                           + (int) py * cairo_image_surface_get_stride (surface));
  argb = row[(int) px];
  g_assert_cmpuint (argb >> 24, ==, 0xff);   /* opaque */
  *color = (WepColor) { ((argb >> 16) & 0xff) / 255.0, ((argb >> 8) & 0xff) / 255.0,
                        (argb & 0xff) / 255.0 };
}

static void
assert_pixel (cairo_surface_t  *surface,
              const WepMapArea *view,
              double            lon,
              double            lat,
              WepColor          expected)
{
  WepColor got;

  pixel_at (surface, view, lon, lat, &got);
  if (fabs (got.red - expected.red) > 1.5 / 255 || fabs (got.green - expected.green) > 1.5 / 255
      || fabs (got.blue - expected.blue) > 1.5 / 255)
    g_error ("pixel at %g, %g is #%02x%02x%02x, not #%02x%02x%02x", lon, lat,
             (int) round (got.red * 255), (int) round (got.green * 255),
             (int) round (got.blue * 255), (int) round (expected.red * 255),
             (int) round (expected.green * 255), (int) round (expected.blue * 255));
}

static WepLegend *
two_classes (const double *values,
             guint         n)
{
  const double breaks[] = { 1.5 };
  WepLegendOptions options = { WEP_CLASSIFY_MANUAL, 0, breaks, 1, WEP_PALETTE_BLUES, 1,
                               "Test", "units" };
  g_autoptr (GError) error = NULL;
  WepLegend *legend = wep_legend_new (values, n, &options, &error);

  g_assert_no_error (error);
  return legend;
}

static void
test_draw (void)
{
  g_autoptr (WepDocument) doc = make_plan ();
  g_autoptr (WepMapData) data = load (doc);
  g_autoptr (WepMapScene) scene = wep_map_scene_new (data);
  double values[4] = { 1.0, 2.0, 3.0, 1.0 };
  g_autoptr (WepLegend) legend = two_classes (values, 4);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_surface_t *labelled = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  WepMapArea view = { 0, 0, 0, 0, 400, 300, 1.0 };
  WepColor base, first, second;
  double bounds[4];
  cairo_t *cr;
  guint r = (guint) wep_map_data_find_region (data, "R");
  int differ = 0;

  values[0] = 1.0;    /* A */
  values[1] = 2.0;    /* B */
  wep_map_scene_set_values (scene, values, legend);
  wep_map_scene_set_regions (scene, &r, 1);
  wep_map_scene_set_show_labels (scene, FALSE);
  g_assert_true (wep_map_scene_get_bounds (scene, bounds));
  wep_map_area_fit (&view, bounds, 20);

  cr = cairo_create (surface);
  wep_map_draw (cr, scene, &view);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);

  base = wep_map_scene_get_base_color (scene);
  first = wep_legend_class (legend, 0)->color;
  second = wep_legend_class (legend, 1)->color;
  g_assert_false (wep_color_equal (first, second));
  assert_pixel (surface, &view, 5.05, 52.05, first);
  assert_pixel (surface, &view, 5.30, 52.27, first);
  assert_pixel (surface, &view, 5.12, 52.11, base);     /* the hole */
  assert_pixel (surface, &view, 5.20, 52.15, second);   /* the island */
  assert_pixel (surface, &view, 5.75, 52.05, second);
  assert_pixel (surface, &view, 5.45, 52.15, first);    /* D */
  assert_pixel (surface, &view, 5.60, 52.25, base);     /* between them */

  /* Labels at a zoom where they fit change the picture, but not far from
   * the names. */
  wep_map_scene_set_show_labels (scene, TRUE);
  cr = cairo_create (labelled);
  wep_map_draw (cr, scene, &view);
  cairo_destroy (cr);
  cairo_surface_flush (labelled);
  for (int i = 0; i < 300 * cairo_image_surface_get_stride (surface); i++)
    differ += cairo_image_surface_get_data (surface)[i] != cairo_image_surface_get_data (labelled)[i];
  g_assert_cmpint (differ, >, 100);
  assert_pixel (labelled, &view, 5.75, 52.05, second);

  /* Dark: another base. */
  wep_map_scene_set_dark (scene, TRUE);
  g_assert_false (wep_color_equal (wep_map_scene_get_base_color (scene), base));

  cairo_surface_destroy (surface);
  cairo_surface_destroy (labelled);
}

static void
test_offline_base (void)
{
  g_autoptr (WepDocument) doc = make_plan ();
  g_autoptr (WepMapData) data = load (doc);
  g_autoptr (WepMapScene) scene = wep_map_scene_new (data);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
  WepMapArea view = { 0.25, 0.25, 10, 0, 64, 64, 1.0 };   /* the Atlantic, far from all */
  WepColor base = wep_map_scene_get_base_color (scene);
  const guint32 *pixels;
  cairo_t *cr = cairo_create (surface);

  /* Nothing in view: the whole area is the flat base, nothing else. */
  wep_map_draw (cr, scene, &view);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixels = (const guint32 *) cairo_image_surface_get_data (surface);
  for (int i = 0; i < 64 * 64; i++)
    g_assert_cmphex (pixels[i], ==, 0xff000000 | ((guint32) round (base.red * 255) << 16)
                                    | ((guint32) round (base.green * 255) << 8)
                                    | (guint32) round (base.blue * 255));

  /* Over tiles the map paints no base: what is not a municipality stays
   * see-through. */
  wep_map_scene_set_draw_base (scene, FALSE);
  cr = cairo_create (surface);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  wep_map_draw (cr, scene, &view);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_assert_cmphex (pixels[0], ==, 0);
  cairo_surface_destroy (surface);
}

/* ---- custom regions ----------------------------------------------------- */

static gint64
count (WepDocument *doc,
       const char  *table)
{
  g_autoptr (WepDocumentInfo) info = wep_document_get_info (doc);

  return g_str_equal (table, "regions") ? info->n_regions : -1;
}

static void
toggle_ok (WepDocument *doc,
           const char  *region,
           const char  *municipality,
           const char  *expected_region,
           gboolean     expected_added)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *changed = NULL;
  gboolean added = !expected_added;

  g_assert_true (wep_document_toggle_custom_member (doc, region, municipality, &changed, &added,
                                                    &error));
  g_assert_no_error (error);
  g_assert_cmpstr (changed, ==, expected_region);
  g_assert_cmpint (added, ==, expected_added);
}

static void
test_custom_regions (void)
{
  g_autoptr (WepDocument) doc = make_plan ();
  g_autoptr (GError) error = NULL;
  g_autoptr (WepMapData) data = NULL;
  int region;

  g_assert_cmpint (count (doc, "regions"), ==, 2);
  toggle_ok (doc, NULL, "GM0001", "eigen-1", TRUE);
  toggle_ok (doc, "eigen-1", "GM0002", "eigen-1", TRUE);
  data = load (doc);
  region = wep_map_data_find_region (data, "eigen-1");
  g_assert_cmpint (region, >=, 0);
  g_assert_cmpstr (wep_map_data_region (data, region)->name, ==, "Custom region 1");
  g_assert_cmpstr (wep_map_data_region (data, region)->kind, ==, WEP_CUSTOM_REGION_KIND);
  g_assert_cmpuint (wep_map_data_region (data, region)->members->len, ==, 2);
  g_clear_pointer (&data, wep_map_data_free);

  /* Out again; the last one out deletes the region. */
  toggle_ok (doc, "eigen-1", "GM0001", "eigen-1", FALSE);
  toggle_ok (doc, "eigen-1", "GM0002", NULL, FALSE);
  g_assert_cmpint (count (doc, "regions"), ==, 2);

  /* A municipality moves from one custom region to another. */
  toggle_ok (doc, NULL, "GM0001", "eigen-1", TRUE);
  toggle_ok (doc, NULL, "GM0002", "eigen-2", TRUE);
  toggle_ok (doc, "eigen-2", "GM0001", "eigen-2", TRUE);
  data = load (doc);
  g_assert_cmpint (wep_map_data_find_region (data, "eigen-1"), ==, -1);
  g_assert_cmpuint (wep_map_data_region (data, wep_map_data_find_region (data, "eigen-2"))
                      ->members->len, ==, 2);
  /* Its other memberships stay. */
  g_assert_cmpuint (wep_map_data_region (data, wep_map_data_find_region (data, "R"))
                      ->members->len, ==, 2);
  g_clear_pointer (&data, wep_map_data_free);

  /* Refused: a region of another kind, things that do not exist. */
  g_assert_false (wep_document_toggle_custom_member (doc, "R", "GM0003", NULL, NULL, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "centrumgemeente"));
  g_clear_error (&error);
  g_assert_false (wep_document_check_custom_member (doc, NULL, "GM9999", &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "GM9999"));
  g_clear_error (&error);
  g_assert_false (wep_document_toggle_custom_member (doc, "nope", "GM0003", NULL, NULL, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* As the map does it: one undoable step, undone. */
  g_assert_true (wep_document_begin_change (doc, "Add to Custom Region", &error));
  toggle_ok (doc, NULL, "GM0003", "eigen-1", TRUE);
  wep_document_end_change (doc);
  g_assert_cmpint (count (doc, "regions"), ==, 4);
  g_assert_cmpstr (wep_document_get_undo_label (doc), ==, "Add to Custom Region");
  g_assert_true (wep_document_undo (doc, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (doc, "regions"), ==, 3);
}

/* ---- files -------------------------------------------------------------- */

/* Whether bytes (a binary file) hold text anywhere, past any zero byte. */
static gboolean
bytes_contain (const char *bytes,
               gsize       length,
               const char *text)
{
  gsize n = strlen (text);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (bytes + i, text, n) == 0)
      return TRUE;
  return FALSE;
}

static char *
read_svg_size (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autoptr (GRegex) regex = g_regex_new ("<svg[^>]* width=\"([0-9.]+)pt\" height=\"([0-9.]+)pt\"",
                                          0, 0, NULL);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  if (!g_regex_match (regex, contents, 0, &match))
    return g_strdup ("none");
  return g_strdup_printf ("%s x %s", g_match_info_fetch (match, 1), g_match_info_fetch (match, 2));
}

static void
test_export (void)
{
  g_autoptr (WepDocument) doc = make_plan ();
  g_autoptr (WepMapData) data = load (doc);
  g_autoptr (WepMapScene) scene = wep_map_scene_new (data);
  double values[4] = { 1.0, 2.0, NAN, 1.0 };
  g_autoptr (WepLegend) legend = two_classes (values, 4);
  WepMapPageOptions options = { "Holland en Eiland", "Test, 2030", NULL, NULL };
  g_autofree char *png = NULL, *svg = NULL, *pdf = NULL, *bad = NULL, *svg_size = NULL;
  g_autoptr (GError) error = NULL;
  cairo_surface_t *image;
  WepMapFormat format;
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  wep_test_tmp_init ("test-map");
  png = wep_test_tmp_path ("kaart.png");
  svg = wep_test_tmp_path ("kaart.SVG");
  pdf = wep_test_tmp_path ("kaart.pdf");
  bad = wep_test_tmp_path ("no-such-folder/kaart.png");
  wep_map_scene_set_values (scene, values, legend);

  g_assert_true (wep_map_format_from_path (png, &format) && format == WEP_MAP_FORMAT_PNG);
  g_assert_true (wep_map_format_from_path (svg, &format) && format == WEP_MAP_FORMAT_SVG);
  g_assert_true (wep_map_format_from_path (pdf, &format) && format == WEP_MAP_FORMAT_PDF);
  g_assert_false (wep_map_format_from_path ("kaart.jpg", &format));

  g_assert_true (wep_map_export (scene, &options, png, WEP_MAP_FORMAT_PNG, 1200, 900, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1200);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 900);
  /* The page is white around the map. */
  g_assert_cmphex (((guint32 *) cairo_image_surface_get_data (image))[0], ==, 0xffffffff);
  cairo_surface_destroy (image);

  g_assert_true (wep_map_export (scene, &options, svg, WEP_MAP_FORMAT_SVG, 500, 400, &error));
  g_assert_no_error (error);
  svg_size = read_svg_size (svg);
  g_assert_cmpstr (svg_size, ==, "500 x 400");

  g_assert_true (wep_map_export (scene, &options, pdf, WEP_MAP_FORMAT_PDF, 842, 595, &error));
  g_assert_no_error (error);
  if (pdfinfo != NULL)
    {
      g_autofree char *out = NULL;
      const char *argv[] = { pdfinfo, pdf, NULL };
      int status = 0;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   &out, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_true (g_regex_match_simple ("^Page size: +842 x 595 pts", out,
                                           G_REGEX_MULTILINE, 0));
      g_assert_true (g_regex_match_simple ("^Title: +Holland en Eiland$", out,
                                           G_REGEX_MULTILINE, 0));
      g_assert_true (g_regex_match_simple ("^Pages: +1$", out, G_REGEX_MULTILINE, 0));
    }
  else
    {
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_test_message ("pdfinfo is not installed: checking the PDF's MediaBox only");
      g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
      g_assert_true (g_str_has_prefix (contents, "%PDF-"));
      g_assert_true (bytes_contain (contents, length, "/MediaBox [ 0 0 842 595 ]"));
    }

  /* Refused: sizes out of range, a folder that does not exist. */
  g_assert_false (wep_map_export (scene, &options, png, WEP_MAP_FORMAT_PNG, 20000, 900, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "20000"));
  g_clear_error (&error);
  g_assert_false (wep_map_export (scene, &options, bad, WEP_MAP_FORMAT_PNG, 400, 300, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  wep_test_tmp_remove ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  OGRRegisterAll ();

  g_test_add_func ("/map/projection", test_projection);
  g_test_add_func ("/map/hit-holes-multipolygons", test_hit_holes_multipolygons);
  g_test_add_func ("/map/borders", test_borders);
  g_test_add_func ("/map/draw", test_draw);
  g_test_add_func ("/map/offline-base", test_offline_base);
  g_test_add_func ("/map/custom-regions", test_custom_regions);
  g_test_add_func ("/map/export", test_export);

  return g_test_run ();
}
