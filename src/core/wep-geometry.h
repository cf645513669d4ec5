/* wep-geometry.h: the compact stored form of a boundary (the geometry blob
 * of the boundaries table)
 *
 * A municipality's boundary is kept as a (multi)polygon with holes in
 * WGS84 longitude/latitude, at a few levels of simplification: the full
 * shape, and coarser ones for maps drawn at lower zoom. Coordinates are
 * quantised to 1e-6 degrees (about 0.1 m) and stored as zig-zag varint
 * deltas behind a small header; docs/file-format.md describes the layout.
 *
 * Blobs come from other people's plan files: wep_geometry_decode () treats
 * them as untrusted and checks every count, length and coordinate.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <ogr_api.h>

G_BEGIN_DECLS

#define WEP_GEOMETRY_ERROR (wep_geometry_error_quark ())

typedef enum
{
  WEP_GEOMETRY_ERROR_INVALID,      /* not a geometry blob, or a damaged one */
  WEP_GEOMETRY_ERROR_NEWER,        /* a layout version this program does not know */
  WEP_GEOMETRY_ERROR_UNSUPPORTED,  /* not a polygon, coordinates outside lon/lat */
  WEP_GEOMETRY_ERROR_EMPTY,        /* nothing left of the shape */
  WEP_GEOMETRY_ERROR_LIMIT,        /* too many points for a plan file */
} WepGeometryError;

GQuark wep_geometry_error_quark (void);

/* "WEPG" and the layout version written */
#define WEP_GEOMETRY_MAGIC       "WEPG"
#define WEP_GEOMETRY_VERSION     1
/* Coordinates are whole multiples of this many degrees. */
#define WEP_GEOMETRY_QUANTUM     1e-6
#define WEP_GEOMETRY_MAX_LEVELS  8

typedef struct
{
  double *coords;      /* n_points (lon, lat) pairs; closed: the last equals the first */
  guint   n_points;    /* >= 4 */
} WepGeometryRing;

typedef struct
{
  WepGeometryRing *rings;   /* rings[0] the outer ring, then the holes */
  guint            n_rings; /* >= 1 */
} WepGeometryPolygon;

typedef struct
{
  /* Douglas-Peucker tolerance in degrees of latitude (longitudes scaled by
   * the cosine of the latitude of the box's centre); 0 for the full shape. */
  double              tolerance;
  WepGeometryPolygon *polygons;
  guint               n_polygons;  /* >= 1 */
  guint               n_rings;     /* all polygons together */
  guint               n_points;    /* all rings together, closing points included */
} WepGeometryLevel;

typedef struct
{
  double            min_lon, min_lat, max_lon, max_lat;  /* of the full shape */
  WepGeometryLevel *levels;      /* levels[0] the full shape, then coarser */
  guint             n_levels;    /* 1 .. WEP_GEOMETRY_MAX_LEVELS */
} WepGeometry;

/* The tolerances (degrees of latitude) the encoder simplifies with after
 * the full shape: about 50 m, 250 m and 1 km. A level that would be the same
 * as the one before it is left out. */
const double *wep_geometry_tolerances (guint *n_tolerances);

/* Encodes a Polygon or MultiPolygon (holes allowed, Z and M ignored) in
 * WGS84 with longitude first. Fails on other types, on coordinates outside
 * [-180, 180] x [-90, 90], on a shape with nothing left after removing
 * degenerate rings, and beyond the 16 MiB a plan file allows for a blob. */
GBytes       *wep_geometry_encode  (OGRGeometryH   geometry_wgs84,
                                    GError       **error);
/* Decodes a blob; any damage is an error, never a crash. */
WepGeometry  *wep_geometry_decode  (GBytes        *blob,
                                    GError       **error);
void          wep_geometry_free    (WepGeometry   *geometry);

/* The coarsest level whose tolerance is at most degrees (0: the full
 * shape). For a map, pass the size of a pixel in degrees of latitude: at
 * Web Mercator zoom z (256-pixel tiles) and latitude φ that is
 * 360 · cos φ / (256 · 2^z), about 0.0034 at zoom 8 over the Netherlands,
 * which picks the 250 m level for the whole country. */
int           wep_geometry_level_for_tolerance (const WepGeometry *geometry,
                                                double             degrees);

/* A level as a new OGR MultiPolygon in WGS84 (EPSG:4326, longitude first);
 * free it with OGR_G_DestroyGeometry (). */
OGRGeometryH  wep_geometry_to_ogr  (const WepGeometry *geometry,
                                    int                level);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepGeometry, wep_geometry_free)

G_END_DECLS
