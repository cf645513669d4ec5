/* wep-geometry.c: the compact stored form of a boundary
 *
 * Layout (docs/file-format.md, "The geometry blob"), little-endian:
 *
 *   0   4  "WEPG"
 *   4   1  layout version (1)
 *   5   1  number of levels L (1 .. 8)
 *   6   2  flags, 0
 *   8  16  bounding box of the full shape: min lon, min lat, max lon, max
 *          lat, int32 in units of 1e-6 degrees
 *  24  20L per level: tolerance (uint32, 1e-6 degrees), polygons, rings,
 *          points (uint32 each; rings stored open, without the closing
 *          point) and the length in bytes of the level's body (uint32)
 *   …      the bodies, one after the other, up to the end of the blob
 *
 * A body: per polygon a varint ring count, per ring a varint point count
 * (≥ 3) and its points as zig-zag varint differences (longitude, then
 * latitude) from the point before, the first point of a level from the
 * box's minimum corner. The outer ring comes first, then its holes.
 *
 * Simplification is Douglas-Peucker per ring, in a plane where a degree of
 * longitude is scaled by the cosine of the latitude of the box's centre so
 * that the tolerance means the same distance in every direction. Each ring
 * is simplified on its own, so a border two municipalities share no longer
 * coincides exactly at the coarser levels (slivers or overlaps of up to a
 * tolerance); topology-preserving simplification would need all boundaries
 * at once and is not done. The full level is exact to 1e-6 degrees.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wep-document-private.h"
#include "wep-geometry.h"

G_DEFINE_QUARK (wep-geometry-error-quark, wep_geometry_error)

#define HEADER_BYTES      24
#define LEVEL_BYTES       20
#define QUANTA_PER_DEGREE 1000000.0
#define LON_LIMIT         180000000
#define LAT_LIMIT         90000000
/* All levels together; a generalised municipality has hundreds, a
 * detailed one some tens of thousands. */
#define MAX_POINTS        4000000
#define MAX_TOLERANCE     10000000

/* About 50 m, 250 m and 1 km (a degree of latitude is 111.2 km): for a
 * municipality seen up close, a province, and the whole country. */
static const double tolerances[] = { 0.00045, 0.00225, 0.009 };

const double *
wep_geometry_tolerances (guint *n_tolerances)
{
  g_return_val_if_fail (n_tolerances != NULL, NULL);

  *n_tolerances = G_N_ELEMENTS (tolerances);
  return tolerances;
}

/* ---- encoding ------------------------------------------------------------ */

typedef struct
{
  gint32 *xy;     /* quantised (lon, lat) pairs, open: no closing point */
  guint   n;
  double  area;   /* in the scaled plane; the sign gives the orientation */
} Ring;

typedef struct
{
  GArray *rings;  /* of Ring: the outer ring, then the holes */
} Part;

typedef struct
{
  guint32     tolerance;  /* 1e-6 degrees */
  GArray     *parts;      /* of Part */
  guint       n_rings;
  guint       n_points;
} Level;

static void
clear_ring (gpointer data)
{
  Ring *ring = data;

  g_clear_pointer (&ring->xy, g_free);
}

static void
clear_part (gpointer data)
{
  Part *part = data;

  g_clear_pointer (&part->rings, g_array_unref);
}

static GArray *
new_parts (void)
{
  GArray *parts = g_array_new (FALSE, TRUE, sizeof (Part));

  g_array_set_clear_func (parts, clear_part);
  return parts;
}

static GArray *
new_rings (void)
{
  GArray *rings = g_array_new (FALSE, TRUE, sizeof (Ring));

  g_array_set_clear_func (rings, clear_ring);
  return rings;
}

static double
compute_ring_area (const gint32 *xy,
                   guint         n,
                   double        k)
{
  double sum = 0;

  /* Relative to the first point, so that the products stay small. */
  for (guint i = 1; i + 1 < n; i++)
    {
      double ax = xy[2 * i] - xy[0], ay = xy[2 * i + 1] - xy[1];
      double bx = xy[2 * i + 2] - xy[0], by = xy[2 * i + 3] - xy[1];

      sum += ax * by - bx * ay;
    }
  return sum * k / 2;
}

/* Reads a ring, quantises it and drops repeated points and the closing
 * one. A ring with fewer than three distinct points or no area is left
 * empty (n = 0). */
static gboolean
read_ring (OGRGeometryH   geometry,
           Ring          *ring,
           GError       **error)
{
  int n = OGR_G_GetPointCount (geometry);
  g_autofree double *x = g_new (double, MAX (n, 1));
  g_autofree double *y = g_new (double, MAX (n, 1));
  g_autofree gint32 *xy = g_new (gint32, 2 * MAX (n, 1));
  guint m = 0;

  g_assert (ring != NULL);

  if (n > 0)
    OGR_G_GetPoints (geometry, x, sizeof (double), y, sizeof (double), NULL, 0);
  for (int i = 0; i < n; i++)
    {
      gint32 qx, qy;

      if (!isfinite (x[i]) || !isfinite (y[i]) || fabs (x[i]) > 180 || fabs (y[i]) > 90)
        {
          g_set_error (error, WEP_GEOMETRY_ERROR, WEP_GEOMETRY_ERROR_UNSUPPORTED,
                       _("The point (%g, %g) lies outside longitude -180 to 180 and latitude "
                         "-90 to 90: the geometry is not in WGS84 longitude/latitude."),
                       x[i], y[i]);
          return FALSE;
        }
      qx = (gint32) lround (x[i] * QUANTA_PER_DEGREE);
      qy = (gint32) lround (y[i] * QUANTA_PER_DEGREE);
      if (m > 0 && xy[2 * m - 2] == qx && xy[2 * m - 1] == qy)
        continue;
      xy[2 * m] = qx;
      xy[2 * m + 1] = qy;
      m++;
    }
  if (m > 1 && xy[0] == xy[2 * m - 2] && xy[1] == xy[2 * m - 1])
    m--;
  ring->n = 0;
  if (m >= 3)
    {
      ring->area = compute_ring_area (xy, m, 1);
      if (ring->area != 0)
        {
          ring->xy = g_steal_pointer (&xy);
          ring->n = m;
        }
    }
  return TRUE;
}

static gboolean
read_polygon (OGRGeometryH   polygon,
              GArray        *parts,
              GError       **error)
{
  int n_rings = OGR_G_GetGeometryCount (polygon);
  Part part = { new_rings () };

  for (int i = 0; i < n_rings; i++)
    {
      Ring ring = { NULL, 0, 0 };

      if (!read_ring (OGR_G_GetGeometryRef (polygon, i), &ring, error))
        {
          g_array_unref (part.rings);
          return FALSE;
        }
      if (ring.n > 0)
        g_array_append_val (part.rings, ring);
      else if (i == 0)
        break;  /* no outer ring: the holes go with it */
    }
  if (part.rings->len > 0)
    g_array_append_val (parts, part);
  else
    g_array_unref (part.rings);
  return TRUE;
}

static gboolean
read_shape (OGRGeometryH   geometry,
            GArray        *parts,
            GError       **error)
{
  OGRwkbGeometryType type = wkbFlatten (OGR_G_GetGeometryType (geometry));

  if (type == wkbPolygon)
    return read_polygon (geometry, parts, error);
  if (type == wkbMultiPolygon)
    {
      for (int i = 0; i < OGR_G_GetGeometryCount (geometry); i++)
        if (!read_polygon (OGR_G_GetGeometryRef (geometry, i), parts, error))
          return FALSE;
      return TRUE;
    }
  g_set_error (error, WEP_GEOMETRY_ERROR, WEP_GEOMETRY_ERROR_UNSUPPORTED,
               _("The geometry is a %s, not a polygon or multipolygon."),
               OGRGeometryTypeToName (type));
  return FALSE;
}

/* Squared distance of p to the segment a-b, longitudes scaled by k. */
static double
get_segment_distance2 (const gint32 *p,
                       const gint32 *a,
                       const gint32 *b,
                       double        k)
{
  double ax = a[0] * k, ay = a[1];
  double dx = b[0] * k - ax, dy = b[1] - ay;
  double px = p[0] * k, py = p[1];
  double len2 = dx * dx + dy * dy;

  if (len2 > 0)
    {
      double t = CLAMP (((px - ax) * dx + (py - ay) * dy) / len2, 0.0, 1.0);

      ax += t * dx;
      ay += t * dy;
    }
  return (px - ax) * (px - ax) + (py - ay) * (py - ay);
}

/* Douglas-Peucker on the points first .. last of a ring (last may be n:
 * the first point again), without recursion. */
static void
simplify_stretch (const Ring *ring,
                  guint       first,
                  guint       last,
                  double      k,
                  double      tolerance2,
                  guint8     *keep,
                  GArray     *stack)
{
  g_assert (last <= ring->n);

  g_array_set_size (stack, 0);
  g_array_append_val (stack, first);
  g_array_append_val (stack, last);
  while (stack->len > 0)
    {
      guint l = g_array_index (stack, guint, stack->len - 1);
      guint f = g_array_index (stack, guint, stack->len - 2);
      const gint32 *a = ring->xy + 2 * f, *b = ring->xy + 2 * (l % ring->n);
      double best = -1;
      guint at = f;

      g_array_set_size (stack, stack->len - 2);
      for (guint i = f + 1; i < l; i++)
        {
          double d = get_segment_distance2 (ring->xy + 2 * i, a, b, k);

          if (d > best)
            {
              best = d;
              at = i;
            }
        }
      if (best > tolerance2)
        {
          keep[at] = TRUE;
          g_array_append_val (stack, f);
          g_array_append_val (stack, at);
          g_array_append_val (stack, at);
          g_array_append_val (stack, l);
        }
    }
}

/* The ring simplified with tolerance (quanta). A ring that collapses to
 * fewer than three points keeps the three that span it most, unless it is
 * droppable and its area is below tolerance²: then it is left out (n = 0). */
static Ring
simplify_ring (const Ring *ring,
               double      tolerance,
               double      k,
               gboolean    droppable,
               GArray     *stack)
{
  g_autofree guint8 *keep = g_new0 (guint8, ring->n);
  Ring out = { NULL, 0, 0 };
  guint far = 0, third = 0, n_kept = 0;
  double best = -1;

  for (guint i = 1; i < ring->n; i++)
    {
      double d = get_segment_distance2 (ring->xy + 2 * i, ring->xy, ring->xy, k);

      if (d > best)
        {
          best = d;
          far = i;
        }
    }
  keep[0] = keep[far] = TRUE;
  simplify_stretch (ring, 0, far, k, tolerance * tolerance, keep, stack);
  simplify_stretch (ring, far, ring->n, k, tolerance * tolerance, keep, stack);
  for (guint i = 0; i < ring->n; i++)
    n_kept += keep[i];

  if (n_kept < 3)
    {
      if (droppable && fabs (ring->area) * k < tolerance * tolerance)
        return out;
      best = -1;
      for (guint i = 1; i < ring->n; i++)
        {
          double d = get_segment_distance2 (ring->xy + 2 * i, ring->xy, ring->xy + 2 * far, k);

          if (i != far && d > best)
            {
              best = d;
              third = i;
            }
        }
      keep[third] = TRUE;
      n_kept = 3;
    }

  out.xy = g_new (gint32, 2 * n_kept);
  for (guint i = 0; i < ring->n; i++)
    if (keep[i])
      {
        out.xy[2 * out.n] = ring->xy[2 * i];
        out.xy[2 * out.n + 1] = ring->xy[2 * i + 1];
        out.n++;
      }
  out.area = ring->area;
  return out;
}

static void
extend_box (gint32     *box,
            const Ring *ring)
{
  for (guint i = 0; i < ring->n; i++)
    {
      box[0] = MIN (box[0], ring->xy[2 * i]);
      box[1] = MIN (box[1], ring->xy[2 * i + 1]);
      box[2] = MAX (box[2], ring->xy[2 * i]);
      box[3] = MAX (box[3], ring->xy[2 * i + 1]);
    }
}

static void
count_level (Level *level)
{
  level->n_rings = level->n_points = 0;
  for (guint p = 0; p < level->parts->len; p++)
    {
      const Part *part = &g_array_index (level->parts, Part, p);

      level->n_rings += part->rings->len;
      for (guint r = 0; r < part->rings->len; r++)
        level->n_points += g_array_index (part->rings, Ring, r).n;
    }
}

/* The full level simplified; largest is the part whose outer ring is
 * never dropped, so that no level is empty. */
static Level
simplify_level (const Level *full,
                double       tolerance_degrees,
                double       k,
                guint        largest)
{
  g_autoptr (GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));
  Level level = { (guint32) lround (tolerance_degrees * QUANTA_PER_DEGREE), new_parts (), 0, 0 };

  for (guint p = 0; p < full->parts->len; p++)
    {
      const Part *part = &g_array_index (full->parts, Part, p);
      Part out = { new_rings () };

      for (guint r = 0; r < part->rings->len; r++)
        {
          Ring ring = simplify_ring (&g_array_index (part->rings, Ring, r), level.tolerance, k,
                                     r > 0 || p != largest, stack);

          if (ring.n > 0)
            g_array_append_val (out.rings, ring);
          else if (r == 0)
            break;
        }
      if (out.rings->len > 0)
        g_array_append_val (level.parts, out);
      else
        g_array_unref (out.rings);
    }
  count_level (&level);
  return level;
}

static void
put_u32 (GByteArray *out,
         guint32     value)
{
  guint8 bytes[4] = { value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, value >> 24 };

  g_byte_array_append (out, bytes, 4);
}

static void
put_varint (GByteArray *out,
            guint32     value)
{
  guint8 bytes[5];
  guint n = 0;

  while (value >= 0x80)
    {
      bytes[n++] = (value & 0x7f) | 0x80;
      value >>= 7;
    }
  bytes[n++] = value;
  g_byte_array_append (out, bytes, n);
}

static void
put_delta (GByteArray *out,
           gint32      value,
           gint32     *previous)
{
  gint32 delta = value - *previous;  /* |delta| <= 360e6: no overflow */

  put_varint (out, ((guint32) delta << 1) ^ (guint32) (delta >> 31));
  *previous = value;
}

static GByteArray *
write_body (const Level  *level,
            const gint32 *origin)
{
  GByteArray *body = g_byte_array_new ();
  gint32 x = origin[0], y = origin[1];

  for (guint p = 0; p < level->parts->len; p++)
    {
      const Part *part = &g_array_index (level->parts, Part, p);

      put_varint (body, part->rings->len);
      for (guint r = 0; r < part->rings->len; r++)
        {
          const Ring *ring = &g_array_index (part->rings, Ring, r);

          put_varint (body, ring->n);
          for (guint i = 0; i < ring->n; i++)
            {
              put_delta (body, ring->xy[2 * i], &x);
              put_delta (body, ring->xy[2 * i + 1], &y);
            }
        }
    }
  return body;
}

static void
clear_level (Level *level)
{
  g_clear_pointer (&level->parts, g_array_unref);
}

/* The box of the full shape; holes too, in case one lies outside its
 * outer ring. */
static void
compute_box (const Level *full,
             gint32      *box)
{
  box[0] = box[1] = G_MAXINT32;
  box[2] = box[3] = G_MININT32;
  for (guint p = 0; p < full->parts->len; p++)
    {
      GArray *rings = g_array_index (full->parts, Part, p).rings;

      for (guint r = 0; r < rings->len; r++)
        extend_box (box, &g_array_index (rings, Ring, r));
    }
}

/* Appends the coarser levels to levels (which holds the full one), each
 * unless it equals the level before it. */
static void
add_coarser_levels (GArray       *levels,
                    const gint32 *box)
{
  const Level *full = &g_array_index (levels, Level, 0);
  double k = MAX (cos ((box[1] + box[3]) / 2.0 / QUANTA_PER_DEGREE * G_PI / 180), 0.01);
  double largest_area = -1;
  guint largest = 0;

  for (guint p = 0; p < full->parts->len; p++)
    {
      double area = fabs (g_array_index (g_array_index (full->parts, Part, p).rings, Ring, 0).area);

      if (area > largest_area)
        {
          largest_area = area;
          largest = p;
        }
    }
  for (guint t = 0; t < G_N_ELEMENTS (tolerances); t++)
    {
      /* Appending moves the array: look the levels up each time. */
      Level level = simplify_level (&g_array_index (levels, Level, 0), tolerances[t], k, largest);
      const Level *previous = &g_array_index (levels, Level, levels->len - 1);

      if (level.n_points == previous->n_points && level.n_rings == previous->n_rings
          && level.parts->len == previous->parts->len)
        clear_level (&level);
      else
        g_array_append_val (levels, level);
    }
}

static GByteArray *
write_blob (GArray       *levels,
            const gint32 *box)
{
  GByteArray *out = g_byte_array_new ();
  g_autoptr (GPtrArray) bodies = g_ptr_array_new_with_free_func (
    (GDestroyNotify) g_byte_array_unref);
  const guint8 version[4] = { WEP_GEOMETRY_VERSION, levels->len, 0, 0 };  /* and flags */

  g_byte_array_append (out, (const guint8 *) WEP_GEOMETRY_MAGIC, 4);
  g_byte_array_append (out, version, sizeof version);
  for (guint i = 0; i < 4; i++)
    put_u32 (out, (guint32) box[i]);
  for (guint l = 0; l < levels->len; l++)
    {
      const Level *level = &g_array_index (levels, Level, l);
      GByteArray *body = write_body (level, box);

      put_u32 (out, level->tolerance);
      put_u32 (out, level->parts->len);
      put_u32 (out, level->n_rings);
      put_u32 (out, level->n_points);
      put_u32 (out, body->len);
      g_ptr_array_add (bodies, body);
    }
  for (guint l = 0; l < bodies->len; l++)
    {
      const GByteArray *body = g_ptr_array_index (bodies, l);

      g_byte_array_append (out, body->data, body->len);
    }
  return out;
}

GBytes *
wep_geometry_encode (OGRGeometryH   geometry_wgs84,
                     GError       **error)
{
  g_autoptr (GArray) levels = g_array_new (FALSE, TRUE, sizeof (Level));
  g_autoptr (GByteArray) out = NULL;
  OGRGeometryH linear = NULL;
  Level full = { 0, new_parts (), 0, 0 };
  guint max_points = MAX_POINTS / (G_N_ELEMENTS (tolerances) + 1);
  gint32 box[4];
  gboolean ok;

  g_return_val_if_fail (geometry_wgs84 != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_array_set_clear_func (levels, (GDestroyNotify) clear_level);
  if (OGR_G_HasCurveGeometry (geometry_wgs84, TRUE))
    linear = OGR_G_GetLinearGeometry (geometry_wgs84, 0, NULL);
  ok = read_shape (linear != NULL ? linear : geometry_wgs84, full.parts, error);
  g_clear_pointer (&linear, OGR_G_DestroyGeometry);
  count_level (&full);
  g_array_append_val (levels, full);
  if (!ok)
    return NULL;
  if (full.parts->len == 0)
    {
      g_set_error (error, WEP_GEOMETRY_ERROR, WEP_GEOMETRY_ERROR_EMPTY,
                   _("Nothing is left of the geometry: no ring has three distinct points and an "
                     "area."));
      return NULL;
    }
  /* No level has more points than the full one: the decoder's limit holds. */
  if (full.n_points > max_points)
    {
      g_set_error (error, WEP_GEOMETRY_ERROR, WEP_GEOMETRY_ERROR_LIMIT,
                   _("The geometry has %u points; a boundary in a plan may have at most %u."),
                   full.n_points, max_points);
      return NULL;
    }

  compute_box (&full, box);
  add_coarser_levels (levels, box);
  out = write_blob (levels, box);
  if (out->len > WEP_MAX_BLOB_BYTES)
    {
      g_autofree char *size = g_format_size (out->len);

      g_set_error (error, WEP_GEOMETRY_ERROR, WEP_GEOMETRY_ERROR_LIMIT,
                   _("The geometry takes %s; a boundary in a plan may take at most 16 MiB."),
                   size);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* ---- decoding ------------------------------------------------------------ */

typedef struct
{
  const guint8 *data;
  gsize         pos;
  gsize         end;
} Reader;

static guint32
get_u32 (const guint8 *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

/* An unsigned LEB128 of at most 32 bits; FALSE past the end. */
static gboolean
read_varint (Reader  *reader,
             guint32 *value)
{
  guint32 v = 0;

  for (guint i = 0; i < 5; i++)
    {
      guint8 byte;

      if (reader->pos >= reader->end)
        return FALSE;
      byte = reader->data[reader->pos++];
      if (i == 4 && byte > 0x0f)
        return FALSE;
      v |= (guint32) (byte & 0x7f) << (7 * i);
      if ((byte & 0x80) == 0)
        {
          *value = v;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
read_delta (Reader *reader,
            gint64 *coordinate)
{
  guint32 v;

  if (!read_varint (reader, &v))
    return FALSE;
  *coordinate += (gint32) ((v >> 1) ^ (~(v & 1) + 1));
  return TRUE;
}

static gboolean
fail_damaged (gsize    at,
              GError **error)
{
  g_set_error (error, WEP_GEOMETRY_ERROR, WEP_GEOMETRY_ERROR_INVALID,
               _("The stored boundary is damaged (at byte %lu)."), (gulong) at);
  return FALSE;
}

/* The rings of a level are one array (polygons[0].rings) and its
 * coordinates another (rings[0].coords); both are set before anything is
 * read, so that a level that fails half-way is freed like any other. */
static void
clear_geometry_level (WepGeometryLevel *level)
{
  if (level->polygons != NULL)
    {
      if (level->polygons[0].rings != NULL)
        g_free (level->polygons[0].rings[0].coords);
      g_free (level->polygons[0].rings);
      g_clear_pointer (&level->polygons, g_free);
    }
}

void
wep_geometry_free (WepGeometry *geometry)
{
  if (geometry == NULL)
    return;
  for (guint l = 0; l < geometry->n_levels; l++)
    clear_geometry_level (&geometry->levels[l]);
  g_free (geometry->levels);
  g_free (geometry);
}

/* One level's body in reader; entry is its row of the level table. */
static gboolean
decode_level (Reader           *reader,
              const guint8     *entry,
              const gint32     *box,
              WepGeometryLevel *level,
              GError          **error)
{
  guint32 n_polygons = get_u32 (entry + 4), n_rings = get_u32 (entry + 8);
  guint32 n_points = get_u32 (entry + 12);
  WepGeometryRing *rings;
  double *coords, *c;
  gint64 x = box[0], y = box[1];
  guint ring_at = 0, point_at = 0;

  /* The caller has checked the counts against the body's length. */
  level->tolerance = get_u32 (entry) / QUANTA_PER_DEGREE;
  level->polygons = g_new0 (WepGeometryPolygon, n_polygons);
  level->polygons[0].rings = rings = g_new0 (WepGeometryRing, n_rings);
  rings[0].coords = c = coords = g_new (double, 2 * ((gsize) n_points + n_rings));
  level->n_polygons = n_polygons;
  level->n_rings = n_rings;
  level->n_points = n_points + n_rings;

  for (guint p = 0; p < n_polygons; p++)
    {
      guint32 n;

      if (!read_varint (reader, &n) || n < 1 || n > n_rings - ring_at)
        return fail_damaged (reader->pos, error);
      level->polygons[p].rings = rings + ring_at;
      level->polygons[p].n_rings = n;
      for (guint r = 0; r < level->polygons[p].n_rings; r++)
        {
          WepGeometryRing *ring = &rings[ring_at++];

          if (!read_varint (reader, &n) || n < 3 || n > n_points - point_at)
            return fail_damaged (reader->pos, error);
          point_at += n;
          ring->coords = c;
          ring->n_points = n + 1;
          for (guint i = 0; i < n; i++)
            {
              if (!read_delta (reader, &x) || !read_delta (reader, &y)
                  || x < box[0] || x > box[2] || y < box[1] || y > box[3])
                return fail_damaged (reader->pos, error);
              *c++ = x / QUANTA_PER_DEGREE;
              *c++ = y / QUANTA_PER_DEGREE;
            }
          *c++ = ring->coords[0];
          *c++ = ring->coords[1];
        }
    }
  if (ring_at != n_rings || point_at != n_points || reader->pos != reader->end)
    return fail_damaged (reader->pos, error);
  return TRUE;
}

WepGeometry *
wep_geometry_decode (GBytes  *blob,
                     GError **error)
{
  g_autoptr (WepGeometry) geometry = NULL;
  const guint8 *data;
  gsize size, offset;
  gint32 box[4];
  guint n_levels, total_points = 0;
  guint32 previous_tolerance = 0;

  g_return_val_if_fail (blob != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (blob, &size);
  if (size < HEADER_BYTES || memcmp (data, WEP_GEOMETRY_MAGIC, 4) != 0)
    {
      g_set_error (error, WEP_GEOMETRY_ERROR, WEP_GEOMETRY_ERROR_INVALID,
                   _("The stored boundary is not in the form this program writes."));
      return NULL;
    }
  if (data[4] > WEP_GEOMETRY_VERSION)
    {
      g_set_error (error, WEP_GEOMETRY_ERROR, WEP_GEOMETRY_ERROR_NEWER,
                   _("The stored boundary is of layout version %u; this version of the program "
                     "reads up to version %u. Update the program."),
                   data[4], WEP_GEOMETRY_VERSION);
      return NULL;
    }
  n_levels = data[5];
  if (data[4] == 0 || n_levels < 1 || n_levels > WEP_GEOMETRY_MAX_LEVELS
      || data[6] != 0 || data[7] != 0)
    {
      fail_damaged (4, error);
      return NULL;
    }
  if (size > WEP_MAX_BLOB_BYTES)
    {
      fail_damaged (WEP_MAX_BLOB_BYTES, error);
      return NULL;
    }
  for (guint i = 0; i < 4; i++)
    box[i] = (gint32) get_u32 (data + 8 + 4 * i);
  if (box[0] < -LON_LIMIT || box[2] > LON_LIMIT || box[1] < -LAT_LIMIT || box[3] > LAT_LIMIT
      || box[0] > box[2] || box[1] > box[3])
    {
      fail_damaged (8, error);
      return NULL;
    }

  offset = HEADER_BYTES + (gsize) LEVEL_BYTES * n_levels;
  if (size < offset)
    {
      fail_damaged (size, error);
      return NULL;
    }
  geometry = g_new0 (WepGeometry, 1);
  geometry->min_lon = box[0] / QUANTA_PER_DEGREE;
  geometry->min_lat = box[1] / QUANTA_PER_DEGREE;
  geometry->max_lon = box[2] / QUANTA_PER_DEGREE;
  geometry->max_lat = box[3] / QUANTA_PER_DEGREE;
  geometry->levels = g_new0 (WepGeometryLevel, n_levels);

  for (guint l = 0; l < n_levels; l++)
    {
      const guint8 *entry = data + HEADER_BYTES + LEVEL_BYTES * l;
      guint32 tolerance = get_u32 (entry), n_polygons = get_u32 (entry + 4);
      guint32 n_rings = get_u32 (entry + 8), n_points = get_u32 (entry + 12);
      guint32 n_bytes = get_u32 (entry + 16);
      Reader reader = { data, offset, offset + n_bytes };

      /* Every point takes at least two bytes: the counts cannot ask for
       * more memory than the blob's size justifies. */
      if ((l == 0 ? tolerance != 0 : tolerance <= previous_tolerance)
          || tolerance > MAX_TOLERANCE || n_polygons < 1 || n_rings < n_polygons
          || n_points / 3 < n_rings || n_bytes > size - offset || n_points > n_bytes / 2
          || n_points > MAX_POINTS - total_points)
        {
          fail_damaged (entry - data, error);
          return NULL;
        }
      geometry->n_levels = l + 1;
      if (!decode_level (&reader, entry, box, &geometry->levels[l], error))
        return NULL;
      previous_tolerance = tolerance;
      total_points += n_points;
      offset += n_bytes;
    }
  if (offset != size)
    {
      fail_damaged (offset, error);
      return NULL;
    }
  return g_steal_pointer (&geometry);
}

int
wep_geometry_level_for_tolerance (const WepGeometry *geometry,
                                  double             degrees)
{
  int level = 0;

  g_return_val_if_fail (geometry != NULL, 0);

  /* Tolerances are stored to 1e-6 degrees: compare with half of that. */
  for (guint l = 1; l < geometry->n_levels; l++)
    if (geometry->levels[l].tolerance <= degrees + 0.5e-6)
      level = l;
  return level;
}

OGRGeometryH
wep_geometry_to_ogr (const WepGeometry *geometry,
                     int                level)
{
  const WepGeometryLevel *lv;
  OGRGeometryH multi;

  g_return_val_if_fail (geometry != NULL, NULL);
  g_return_val_if_fail (level >= 0 && (guint) level < geometry->n_levels, NULL);

  lv = &geometry->levels[level];
  multi = OGR_G_CreateGeometry (wkbMultiPolygon);
  for (guint p = 0; p < lv->n_polygons; p++)
    {
      const WepGeometryPolygon *polygon = &lv->polygons[p];
      OGRGeometryH ogr_polygon = OGR_G_CreateGeometry (wkbPolygon);

      for (guint r = 0; r < polygon->n_rings; r++)
        {
          const WepGeometryRing *ring = &polygon->rings[r];
          OGRGeometryH ogr_ring = OGR_G_CreateGeometry (wkbLinearRing);

          OGR_G_SetPoints (ogr_ring, ring->n_points, ring->coords, 2 * sizeof (double),
                           ring->coords + 1, 2 * sizeof (double), NULL, 0);
          OGR_G_AddGeometryDirectly (ogr_polygon, ogr_ring);
        }
      OGR_G_AddGeometryDirectly (multi, ogr_polygon);
    }
  return multi;
}
