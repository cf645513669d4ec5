/* test-geometry.c: the stored form of a boundary (wep-geometry.c)
 *
 * A round trip of shapes with holes, islands and dense rings through every
 * level; shapes the encoder refuses; hand-made blobs with one defect each,
 * one for every check of the decoder; and 20,000 random or damaged blobs
 * that the decoder must refuse or read without harm (run it under the
 * address sanitizer too).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wep-geometry.h"

#define N_FUZZ 20000

static OGRGeometryH
geometry_from_wkt (const char *wkt)
{
  char *text = (char *) wkt;
  OGRGeometryH geometry = NULL;

  g_assert_cmpint (OGR_G_CreateFromWkt (&text, NULL, &geometry), ==, OGRERR_NONE);
  return geometry;
}

static GBytes *
encode_wkt (const char *wkt)
{
  OGRGeometryH geometry = geometry_from_wkt (wkt);
  g_autoptr (GError) error = NULL;
  GBytes *blob = wep_geometry_encode (geometry, &error);

  g_assert_no_error (error);
  OGR_G_DestroyGeometry (geometry);
  return blob;
}

/* A polygon of n points on a circle, as WKT ring text. */
static char *
circle_ring (double lon,
             double lat,
             double radius,
             guint  n)
{
  GString *out = g_string_new ("(");

  for (guint i = 0; i <= n; i++)
    {
      double a = 2 * G_PI * (i % n) / n;

      g_string_append_printf (out, "%s%.6f %.6f", i > 0 ? "," : "", lon + radius * cos (a),
                              lat + radius * sin (a) * 0.6);
    }
  g_string_append_c (out, ')');
  return g_string_free (out, FALSE);
}

/* Three polygons: a square with a hole (and a repeated point), a dense
 * ellipse of about 27 by 27 km, and an island of about 35 by 55 m. */
static char *
sample_wkt (void)
{
  g_autofree char *circle = circle_ring (6.0, 52.5, 0.2, 2000);

  return g_strdup_printf ("MULTIPOLYGON (((5 52,5.1 52,5.1 52,5.1 52.1,5 52.1,5 52),"
                          "(5.02 52.02,5.02 52.04,5.04 52.04,5.04 52.02,5.02 52.02)),"
                          "(%s),((6.5 52.5,6.5005 52.5,6.5005 52.5005,6.5 52.5005,6.5 52.5)))",
                          circle);
}

/* Every invariant a decoded geometry promises. */
static void
check_decoded (const WepGeometry *g)
{
  g_assert_cmpuint (g->n_levels, >=, 1);
  g_assert_cmpuint (g->n_levels, <=, WEP_GEOMETRY_MAX_LEVELS);
  g_assert_cmpfloat (g->levels[0].tolerance, ==, 0);
  for (guint l = 0; l < g->n_levels; l++)
    {
      const WepGeometryLevel *level = &g->levels[l];
      guint n_rings = 0, n_points = 0;

      if (l > 0)
        g_assert_cmpfloat (level->tolerance, >, g->levels[l - 1].tolerance);
      g_assert_cmpuint (level->n_polygons, >=, 1);
      for (guint p = 0; p < level->n_polygons; p++)
        {
          g_assert_cmpuint (level->polygons[p].n_rings, >=, 1);
          for (guint r = 0; r < level->polygons[p].n_rings; r++)
            {
              const WepGeometryRing *ring = &level->polygons[p].rings[r];

              g_assert_cmpuint (ring->n_points, >=, 4);
              g_assert_cmpfloat (ring->coords[0], ==, ring->coords[2 * ring->n_points - 2]);
              g_assert_cmpfloat (ring->coords[1], ==, ring->coords[2 * ring->n_points - 1]);
              for (guint i = 0; i < ring->n_points; i++)
                {
                  g_assert_cmpfloat (ring->coords[2 * i], >=, g->min_lon);
                  g_assert_cmpfloat (ring->coords[2 * i], <=, g->max_lon);
                  g_assert_cmpfloat (ring->coords[2 * i + 1], >=, g->min_lat);
                  g_assert_cmpfloat (ring->coords[2 * i + 1], <=, g->max_lat);
                }
              n_points += ring->n_points;
            }
          n_rings += level->polygons[p].n_rings;
        }
      g_assert_cmpuint (n_rings, ==, level->n_rings);
      g_assert_cmpuint (n_points, ==, level->n_points);
    }
}

static void
test_geometry_round_trip (void)
{
  g_autofree char *wkt = sample_wkt ();
  OGRGeometryH input = geometry_from_wkt (wkt);
  g_autoptr (GBytes) blob = encode_wkt (wkt);
  g_autoptr (WepGeometry) g = NULL;
  g_autoptr (GError) error = NULL;
  const WepGeometryLevel *full, *coarsest;
  OGRGeometryH output;
  guint n_tolerances;
  const double *tolerances = wep_geometry_tolerances (&n_tolerances);

  g = wep_geometry_decode (blob, &error);
  g_assert_no_error (error);
  check_decoded (g);
  g_test_message ("sample: %" G_GSIZE_FORMAT " bytes, %u levels", g_bytes_get_size (blob),
                  g->n_levels);
  g_assert_cmpuint (g->n_levels, ==, n_tolerances + 1);
  g_assert_cmpfloat_with_epsilon (g->min_lon, 5.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (g->max_lon, 6.5005, 1e-9);
  g_assert_cmpfloat_with_epsilon (g->min_lat, 52.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (g->max_lat, 52.62, 1e-9);

  /* The full level: exact, the repeated point gone. */
  full = &g->levels[0];
  g_assert_cmpuint (full->n_polygons, ==, 3);
  g_assert_cmpuint (full->polygons[0].n_rings, ==, 2);
  g_assert_cmpuint (full->polygons[0].rings[0].n_points, ==, 5);
  g_assert_cmpuint (full->polygons[1].rings[0].n_points, ==, 2001);
  g_assert_cmpfloat (full->polygons[0].rings[1].coords[2], ==, 5.02);
  g_assert_cmpfloat (full->polygons[0].rings[1].coords[3], ==, 52.04);
  output = wep_geometry_to_ogr (g, 0);
  g_assert_true (OGR_G_IsValid (output));
  g_assert_cmpfloat_with_epsilon (OGR_G_Area (output), OGR_G_Area (input), 1e-9);
  OGR_G_DestroyGeometry (output);

  /* Coarser levels: fewer points, rings still rings, the island gone at
   * 1 km, the square and its hole kept. */
  for (guint l = 1; l < g->n_levels; l++)
    {
      g_assert_cmpfloat_with_epsilon (g->levels[l].tolerance, tolerances[l - 1], 1e-9);
      g_assert_cmpuint (g->levels[l].n_points, <, g->levels[l - 1].n_points);
      output = wep_geometry_to_ogr (g, l);
      g_assert_cmpfloat_with_epsilon (OGR_G_Area (output), OGR_G_Area (input),
                                      OGR_G_Area (input) * 0.1);
      OGR_G_DestroyGeometry (output);
    }
  coarsest = &g->levels[g->n_levels - 1];
  g_assert_cmpuint (coarsest->n_polygons, ==, 2);
  g_assert_cmpuint (coarsest->polygons[0].n_rings, ==, 2);
  g_assert_cmpuint (coarsest->polygons[1].rings[0].n_points, <, 40);
  g_assert_cmpuint (g->levels[1].polygons[1].rings[0].n_points, >,
                    2 * coarsest->polygons[1].rings[0].n_points);

  g_assert_cmpint (wep_geometry_level_for_tolerance (g, 0), ==, 0);
  g_assert_cmpint (wep_geometry_level_for_tolerance (g, 0.0001), ==, 0);
  g_assert_cmpint (wep_geometry_level_for_tolerance (g, tolerances[0]), ==, 1);
  g_assert_cmpint (wep_geometry_level_for_tolerance (g, 0.004), ==, 2);
  g_assert_cmpint (wep_geometry_level_for_tolerance (g, 1), ==, (int) g->n_levels - 1);
  OGR_G_DestroyGeometry (input);
}

static void
test_geometry_refused (void)
{
  const struct
  {
    const char *wkt;
    int         code;
  } cases[] = {
    { "POINT (5 52)", WEP_GEOMETRY_ERROR_UNSUPPORTED },
    { "LINESTRING (5 52,6 53)", WEP_GEOMETRY_ERROR_UNSUPPORTED },
    { "POLYGON ((155000 463000,156000 463000,156000 464000,155000 463000))",
      WEP_GEOMETRY_ERROR_UNSUPPORTED },
    { "POLYGON EMPTY", WEP_GEOMETRY_ERROR_EMPTY },
    { "POLYGON ((5 52,5.1 52.1,5.2 52.2,5 52))", WEP_GEOMETRY_ERROR_EMPTY },
    { "POLYGON ((5 52,5.0000001 52,5 52.0000001,5 52))", WEP_GEOMETRY_ERROR_EMPTY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      OGRGeometryH geometry = geometry_from_wkt (cases[i].wkt);
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) blob = wep_geometry_encode (geometry, &error);

      g_assert_null (blob);
      g_assert_error (error, WEP_GEOMETRY_ERROR, cases[i].code);
      g_test_message ("%s: %s", cases[i].wkt, error->message);
      OGR_G_DestroyGeometry (geometry);
    }
}

/* A hand-made blob of one level and one polygon, with one defect. */
typedef struct
{
  const char *what;
  int         code;              /* the error expected; -1: none */
  int         version;           /* added to 1 */
  int         n_levels;          /* added to 1 */
  guint8      flags;
  guint32     tolerance;
  guint       rings[3];          /* points of each ring, 0-terminated */
  int         header_rings;      /* added to the true count */
  int         header_points;     /* added to the true count */
  int         extra_bytes;       /* added to the body's length in the level table */
  gint32      first_dx;          /* the first point's offset from the box's corner */
  gboolean    long_varint;       /* the ring count as a six-byte varint */
  gboolean    junk;              /* a byte after the last body */
} Craft;

static void
put_le32 (GByteArray *out,
          guint32     value)
{
  g_byte_array_append (out, (guint8[]) { value, value >> 8, value >> 16, value >> 24 }, 4);
}

static void
put_var (GByteArray *out,
         guint32     value)
{
  for (; value >= 0x80; value >>= 7)
    g_byte_array_append (out, (guint8[]) { (value & 0x7f) | 0x80 }, 1);
  g_byte_array_append (out, (guint8[]) { value }, 1);
}

static GBytes *
craft_blob (const Craft *c)
{
  static const gint32 square[][2] = { { 0, 0 }, { 100, 0 }, { 100, 100 }, { 0, 100 } };
  g_autoptr (GByteArray) body = g_byte_array_new ();
  GByteArray *out = g_byte_array_new ();
  guint n_rings = 0, n_points = 0;
  gint32 x = 0, y = 0;

  if (c->long_varint)
    g_byte_array_append (body, (guint8[]) { 0x81, 0x80, 0x80, 0x80, 0x80, 0x00 }, 6);
  for (guint r = 0; c->rings[r] != 0; r++)
    n_rings++;
  if (!c->long_varint)
    put_var (body, n_rings);
  for (guint r = 0; r < n_rings; r++)
    {
      put_var (body, c->rings[r]);
      for (guint i = 0; i < c->rings[r]; i++)
        {
          gint32 px = square[i % 4][0] + (r == 0 && i == 0 ? c->first_dx : 0);
          gint32 py = square[i % 4][1] + (i >= 4 ? 1 : 0);  /* a fifth point */

          put_var (body, ((guint32) (px - x) << 1) ^ (guint32) ((px - x) >> 31));
          put_var (body, ((guint32) (py - y) << 1) ^ (guint32) ((py - y) >> 31));
          x = px;
          y = py;
        }
      n_points += c->rings[r];
    }
  g_byte_array_append (out, (const guint8 *) "WEPG", 4);
  g_byte_array_append (out, (guint8[]) { 1 + c->version, 1 + c->n_levels, c->flags, 0 }, 4);
  put_le32 (out, 5000000);
  put_le32 (out, 52000000);
  put_le32 (out, 5000100);
  put_le32 (out, 52000100);
  put_le32 (out, c->tolerance);
  put_le32 (out, 1);
  put_le32 (out, n_rings + c->header_rings);
  put_le32 (out, n_points + c->header_points);
  put_le32 (out, body->len + c->extra_bytes);
  g_byte_array_append (out, body->data, body->len);
  if (c->junk)
    g_byte_array_append (out, (guint8[]) { 0 }, 1);
  return g_byte_array_free_to_bytes (out);
}

/* Every check of the decoder, each on its own. */
static void
test_geometry_crafted (void)
{
  const Craft crafts[] = {
    { "a square with a hole", -1, .rings = { 4, 5 } },
    { "layout version 2", WEP_GEOMETRY_ERROR_NEWER, .version = 1, .rings = { 4 } },
    { "layout version 0", WEP_GEOMETRY_ERROR_INVALID, .version = -1, .rings = { 4 } },
    { "no levels", WEP_GEOMETRY_ERROR_INVALID, .n_levels = -1, .rings = { 4 } },
    { "9 levels", WEP_GEOMETRY_ERROR_INVALID, .n_levels = 8, .rings = { 4 } },
    { "flags", WEP_GEOMETRY_ERROR_INVALID, .flags = 1, .rings = { 4 } },
    { "level 0 simplified", WEP_GEOMETRY_ERROR_INVALID, .tolerance = 5, .rings = { 4 } },
    { "a ring of 2 points", WEP_GEOMETRY_ERROR_INVALID, .rings = { 4, 2 } },
    { "a polygon without rings", WEP_GEOMETRY_ERROR_INVALID, .rings = { 0 }, .header_rings = 1,
      .header_points = 3 },
    { "one point more in the table", WEP_GEOMETRY_ERROR_INVALID, .rings = { 4 },
      .header_points = 1 },
    { "one ring more in the table", WEP_GEOMETRY_ERROR_INVALID, .rings = { 4, 4 },
      .header_rings = 1, .header_points = 3 },
    { "a point east of the box", WEP_GEOMETRY_ERROR_INVALID, .rings = { 4 }, .first_dx = 101 },
    { "a point west of the box", WEP_GEOMETRY_ERROR_INVALID, .rings = { 4 }, .first_dx = -1 },
    { "a six-byte varint", WEP_GEOMETRY_ERROR_INVALID, .rings = { 4 }, .long_varint = TRUE },
    { "a body longer than the blob", WEP_GEOMETRY_ERROR_INVALID, .rings = { 4 },
      .extra_bytes = 1 },
    { "a body shorter than the table says", WEP_GEOMETRY_ERROR_INVALID, .rings = { 4 },
      .extra_bytes = -1 },
    { "a byte after the end", WEP_GEOMETRY_ERROR_INVALID, .rings = { 4 }, .junk = TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (crafts); i++)
    {
      g_autoptr (GBytes) blob = craft_blob (&crafts[i]);
      g_autoptr (GError) error = NULL;
      g_autoptr (WepGeometry) g = wep_geometry_decode (blob, &error);

      if (crafts[i].code < 0)
        {
          g_assert_no_error (error);
          check_decoded (g);
          g_assert_cmpuint (g->levels[0].polygons[0].n_rings, ==, 2);
          g_assert_cmpuint (g->levels[0].polygons[0].rings[1].n_points, ==, 6);
          g_assert_cmpfloat (g->levels[0].polygons[0].rings[0].coords[2], ==, 5.0001);
          continue;
        }
      if (g != NULL)
        g_error ("%s: decoded", crafts[i].what);
      g_assert_error (error, WEP_GEOMETRY_ERROR, crafts[i].code);
      g_test_message ("%s: %s", crafts[i].what, error->message);
    }
}

/* A damaged copy of seed: random bytes, flipped bytes, a cut, a header
 * field set to an extreme, or junk after the end. */
static GBytes *
mutate (GRand  *rand,
        GBytes *seed)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (seed, &size);
  g_autoptr (GByteArray) out = g_byte_array_new ();
  static const guint32 extremes[] = { 0, 1, 2, 3, 0x7f, 0x80, 0xffff, 0x7fffffff, 0x80000000,
                                      0xffffffff };

  switch (g_rand_int_range (rand, 0, 6))
    {
    case 0:
      {
        guint n = g_rand_int_range (rand, 0, 400);

        if (g_rand_boolean (rand))
          g_byte_array_append (out, (const guint8 *) "WEPG\x01\x02\x00\x00", 8);
        for (guint i = 0; i < n; i++)
          g_byte_array_append (out, (guint8[]) { g_rand_int (rand) & 0xff }, 1);
      }
      break;
    case 1:
      g_byte_array_append (out, data, size);
      for (gint n = g_rand_int_range (rand, 1, 9); n > 0; n--)
        out->data[g_rand_int_range (rand, 0, size)] = g_rand_int (rand) & 0xff;
      break;
    case 2:
      g_byte_array_append (out, data, g_rand_int_range (rand, 0, size));
      break;
    case 3:
      {
        guint32 value = extremes[g_rand_int_range (rand, 0, G_N_ELEMENTS (extremes))];
        guint at = 4 * g_rand_int_range (rand, 2, MIN (size, 24 + 20 * 8) / 4);

        g_byte_array_append (out, data, size);
        if (at + 4 <= size)
          memcpy (out->data + at, &value, 4);
      }
      break;
    case 4:
      g_byte_array_append (out, data, size);
      out->data[5] = g_rand_int_range (rand, 0, 12);
      break;
    default:
      g_byte_array_append (out, data, size);
      for (gint n = g_rand_int_range (rand, 1, 20); n > 0; n--)
        g_byte_array_append (out, (guint8[]) { g_rand_int (rand) & 0xff }, 1);
      break;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static void
test_geometry_fuzz (void)
{
  g_autofree char *sample = sample_wkt ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (20251127);
  GBytes *seeds[] = {
    encode_wkt (sample),
    encode_wkt ("POLYGON ((5 52,5.1 52,5.1 52.1,5 52))"),
    encode_wkt ("MULTIPOLYGON (((-180 -90,180 -90,180 90,-180 -90)),((0 0,1 0,1 1,0 0),"
                "(0.2 0.1,0.8 0.1,0.8 0.7,0.2 0.1)))"),
  };
  guint decoded = 0, refused = 0;

  for (guint s = 0; s < G_N_ELEMENTS (seeds); s++)
    {
      g_autoptr (WepGeometry) g = wep_geometry_decode (seeds[s], NULL);

      g_assert_nonnull (g);
      check_decoded (g);
    }
  for (guint i = 0; i < N_FUZZ; i++)
    {
      g_autoptr (GBytes) blob = mutate (rand, seeds[i % G_N_ELEMENTS (seeds)]);
      g_autoptr (GError) error = NULL;
      g_autoptr (WepGeometry) g = wep_geometry_decode (blob, &error);

      if (g == NULL)
        {
          g_assert_nonnull (error);
          g_assert_true (error->domain == WEP_GEOMETRY_ERROR);
          refused++;
          continue;
        }
      g_assert_no_error (error);
      check_decoded (g);
      if (i % 16 == 0)
        OGR_G_DestroyGeometry (wep_geometry_to_ogr (g, g->n_levels - 1));
      decoded++;
    }
  g_test_message ("%u blobs: %u refused, %u read (changes that keep a valid shape)", N_FUZZ,
                  refused, decoded);
  g_assert_cmpuint (refused, >, N_FUZZ / 2);
  for (guint s = 0; s < G_N_ELEMENTS (seeds); s++)
    g_bytes_unref (seeds[s]);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/geometry/round-trip", test_geometry_round_trip);
  g_test_add_func ("/geometry/refused", test_geometry_refused);
  g_test_add_func ("/geometry/crafted", test_geometry_crafted);
  g_test_add_func ("/geometry/fuzz", test_geometry_fuzz);

  return g_test_run ();
}
