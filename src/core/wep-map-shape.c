/* wep-map-shape.c: boundaries projected for drawing and hit-testing
 *
 * A WepMapShape keeps every level of a boundary as one array of projected
 * points with the ends of its rings, so that a map draws a municipality
 * with one path and tests a point without allocating.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-map-data.h"
#include "wep-map-private.h"

void
wep_map_lonlat_to_world (double  longitude,
                         double  latitude,
                         double *x,
                         double *y)
{
  double phi;

  latitude = CLAMP (latitude, -WEP_MAP_MAX_LATITUDE, WEP_MAP_MAX_LATITUDE);
  phi = latitude * G_PI / 180.0;
  *x = (longitude + 180.0) / 360.0;
  *y = (1.0 - log (tan (phi) + 1.0 / cos (phi)) / G_PI) / 2.0;
}

void
wep_map_world_to_lonlat (double  x,
                         double  y,
                         double *longitude,
                         double *latitude)
{
  *longitude = x * 360.0 - 180.0;
  *latitude = atan (sinh (G_PI * (1.0 - 2.0 * y))) * 180.0 / G_PI;
}

double
wep_map_metres_per_world (double latitude)
{
  /* The equator's length (WGS84), shrunk by the Mercator scale factor. */
  return 40075016.686 * cos (latitude * G_PI / 180.0);
}

/* Degrees of latitude as world units at latitude: dy/dφ = 1 / (360 cos φ). */
static double
degrees_to_world (double degrees,
                  double latitude)
{
  return degrees / (360.0 * cos (latitude * G_PI / 180.0));
}

/* ---- building ----------------------------------------------------------- */

typedef struct
{
  GArray *xy;
  GArray *ring_ends;
  GArray *polygon_ends;
} LevelBuilder;

static void
builder_init (LevelBuilder *b)
{
  b->xy = g_array_new (FALSE, FALSE, sizeof (double));
  b->ring_ends = g_array_new (FALSE, FALSE, sizeof (guint));
  b->polygon_ends = g_array_new (FALSE, FALSE, sizeof (guint));
}

/* Ends the polygon of the rings added since the last one; one whose outer
 * ring was left out is dropped with its holes. */
static void
builder_end_polygon (LevelBuilder *b,
                     gboolean      outer_kept)
{
  guint start = b->polygon_ends->len > 0
                  ? g_array_index (b->polygon_ends, guint, b->polygon_ends->len - 1) : 0;
  guint end = b->ring_ends->len;

  if (end == start)
    return;
  if (!outer_kept)
    {
      guint first_point = start > 0 ? g_array_index (b->ring_ends, guint, start - 1) : 0;

      g_array_set_size (b->ring_ends, start);
      g_array_set_size (b->xy, 2 * first_point);
      return;
    }
  g_array_append_val (b->polygon_ends, end);
}

/* Adds a ring of lon/lat points (closing point included or not); FALSE
 * when it has too few points to be drawn. */
static gboolean
builder_add_ring (LevelBuilder *b,
                  const double *lonlat,
                  guint         n_points,
                  gsize         stride)
{
  guint end;

  if (n_points > 1 && lonlat[0] == lonlat[(n_points - 1) * stride]
      && lonlat[1] == lonlat[(n_points - 1) * stride + 1])
    n_points--;
  if (n_points < 3)
    return FALSE;
  for (guint i = 0; i < n_points; i++)
    {
      double p[2];

      wep_map_lonlat_to_world (lonlat[i * stride], lonlat[i * stride + 1], &p[0], &p[1]);
      g_array_append_vals (b->xy, p, 2);
    }
  end = b->xy->len / 2;
  g_array_append_val (b->ring_ends, end);
  return TRUE;
}

static void
builder_finish (LevelBuilder     *b,
                WepMapShapeLevel *level,
                double            tolerance)
{
  level->tolerance = tolerance;
  level->n_points = b->xy->len / 2;
  level->n_rings = b->ring_ends->len;
  level->n_polygons = b->polygon_ends->len;
  level->xy = (double *) g_array_free (b->xy, FALSE);
  level->ring_ends = (guint *) g_array_free (b->ring_ends, FALSE);
  level->polygon_ends = (guint *) g_array_free (b->polygon_ends, FALSE);
}

static void
clear_level (WepMapShapeLevel *level)
{
  g_clear_pointer (&level->xy, g_free);
  g_clear_pointer (&level->ring_ends, g_free);
  g_clear_pointer (&level->polygon_ends, g_free);
}

void
wep_map_shape_free (WepMapShape *shape)
{
  if (shape == NULL)
    return;
  for (guint i = 0; i < shape->n_levels; i++)
    clear_level (&shape->levels[i]);
  g_free (shape->levels);
  g_free (shape);
}

/* Twice the signed area and the centroid of a ring (shoelace). */
static double
ring_centroid (const double *xy,
               guint         start,
               guint         end,
               double       *cx,
               double       *cy)
{
  double area = 0.0, sx = 0.0, sy = 0.0;

  for (guint i = start; i < end; i++)
    {
      guint j = i + 1 < end ? i + 1 : start;
      double cross = xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];

      area += cross;
      sx += (xy[2 * i] + xy[2 * j]) * cross;
      sy += (xy[2 * i + 1] + xy[2 * j + 1]) * cross;
    }
  if (area != 0.0)
    {
      *cx = sx / (3.0 * area);
      *cy = sy / (3.0 * area);
    }
  return area;
}

static gboolean
ring_contains (const double *xy,
               guint         start,
               guint         end,
               double        x,
               double        y)
{
  gboolean inside = FALSE;

  for (guint i = start, j = end - 1; i < end; j = i++)
    {
      double yi = xy[2 * i + 1], yj = xy[2 * j + 1];

      if ((yi > y) != (yj > y)
          && x < (xy[2 * j] - xy[2 * i]) * (y - yi) / (yj - yi) + xy[2 * i])
        inside = !inside;
    }
  return inside;
}

static gboolean
level_contains (const WepMapShapeLevel *level,
                double                  x,
                double                  y)
{
  gboolean inside = FALSE;
  guint start = 0;

  for (guint r = 0; r < level->n_rings; r++)
    {
      if (ring_contains (level->xy, start, level->ring_ends[r], x, y))
        inside = !inside;
      start = level->ring_ends[r];
    }
  return inside;
}

gboolean
wep_map_shape_contains (const WepMapShape *shape,
                        double             x,
                        double             y)
{
  g_return_val_if_fail (shape != NULL, FALSE);

  if (x < shape->min_x || x > shape->max_x || y < shape->min_y || y > shape->max_y)
    return FALSE;
  return level_contains (&shape->levels[0], x, y);
}

/* The label point: the centroid of the largest ring when it lies inside
 * the shape, else the middle of the widest stretch inside it on the
 * horizontal line through that centroid. */
static void
place_label (WepMapShape *shape)
{
  const WepMapShapeLevel *level = &shape->levels[0];
  double best_area = 0.0, cx = (shape->min_x + shape->max_x) / 2, cy = (shape->min_y + shape->max_y) / 2;
  guint start = 0;
  g_autoptr (GArray) crossings = NULL;
  double widest = 0.0;

  for (guint r = 0; r < level->n_rings; r++)
    {
      double x = 0.0, y = 0.0;
      double area = fabs (ring_centroid (level->xy, start, level->ring_ends[r], &x, &y));

      if (area > best_area)
        {
          best_area = area;
          cx = x;
          cy = y;
        }
      start = level->ring_ends[r];
    }
  shape->label_x = cx;
  shape->label_y = cy;
  if (level_contains (level, cx, cy))
    return;

  crossings = g_array_new (FALSE, FALSE, sizeof (double));
  start = 0;
  for (guint r = 0; r < level->n_rings; r++)
    {
      guint end = level->ring_ends[r];

      for (guint i = start, j = end - 1; i < end; j = i++)
        {
          double yi = level->xy[2 * i + 1], yj = level->xy[2 * j + 1];

          if ((yi > cy) != (yj > cy))
            {
              double x = (level->xy[2 * j] - level->xy[2 * i]) * (cy - yi) / (yj - yi)
                         + level->xy[2 * i];

              g_array_append_val (crossings, x);
            }
        }
      start = end;
    }
  g_array_sort (crossings, _wep_map_compare_doubles);
  for (guint i = 0; i + 1 < crossings->len; i += 2)
    {
      double a = g_array_index (crossings, double, i), b = g_array_index (crossings, double, i + 1);

      if (b - a > widest)
        {
          widest = b - a;
          shape->label_x = (a + b) / 2;
        }
    }
}

static void
compute_bounds (WepMapShape *shape)
{
  const WepMapShapeLevel *level = &shape->levels[0];

  shape->min_x = shape->min_y = G_MAXDOUBLE;
  shape->max_x = shape->max_y = -G_MAXDOUBLE;
  for (guint i = 0; i < level->n_points; i++)
    {
      shape->min_x = MIN (shape->min_x, level->xy[2 * i]);
      shape->max_x = MAX (shape->max_x, level->xy[2 * i]);
      shape->min_y = MIN (shape->min_y, level->xy[2 * i + 1]);
      shape->max_y = MAX (shape->max_y, level->xy[2 * i + 1]);
    }
}

WepMapShape *
wep_map_shape_new_from_geometry (const WepGeometry  *geometry,
                                 GError            **error)
{
  g_autoptr (WepMapShape) shape = NULL;
  double latitude;

  g_return_val_if_fail (geometry != NULL, NULL);

  latitude = (geometry->min_lat + geometry->max_lat) / 2;
  shape = g_new0 (WepMapShape, 1);
  shape->levels = g_new0 (WepMapShapeLevel, geometry->n_levels);
  for (guint l = 0; l < geometry->n_levels; l++)
    {
      const WepGeometryLevel *level = &geometry->levels[l];
      LevelBuilder b;

      builder_init (&b);
      for (guint p = 0; p < level->n_polygons; p++)
        {
          gboolean outer_kept = TRUE;

          for (guint r = 0; r < level->polygons[p].n_rings; r++)
            {
              const WepGeometryRing *ring = &level->polygons[p].rings[r];
              gboolean kept = builder_add_ring (&b, ring->coords, ring->n_points, 2);

              if (r == 0)
                outer_kept = kept;
            }
          builder_end_polygon (&b, outer_kept);
        }
      builder_finish (&b, &shape->levels[l], degrees_to_world (level->tolerance, latitude));
      shape->n_levels++;
      if (shape->levels[l].n_rings == 0)
        {
          g_set_error (error, WEP_GEOMETRY_ERROR, WEP_GEOMETRY_ERROR_EMPTY,
                       _("the boundary has no ring with three or more points"));
          return NULL;
        }
    }
  compute_bounds (shape);
  place_label (shape);
  return g_steal_pointer (&shape);
}

guint
wep_map_shape_level_for_pixel (const WepMapShape *shape,
                               double             pixel_size)
{
  guint best = 0;

  g_return_val_if_fail (shape != NULL, 0);

  for (guint l = 1; l < shape->n_levels; l++)
    if (shape->levels[l].tolerance <= pixel_size)
      best = l;
  return best;
}
