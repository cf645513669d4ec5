/* wep-map-data.h: what a map of a plan draws, read once from the document
 *
 * The plan's municipalities (with the figures the map's indicators divide
 * by), their boundaries decoded from the stored blobs and projected once to
 * Web Mercator, the regions with their members, and the plans summed by
 * year, pathway and status. Coordinates are "world" units: zoom-0 Web
 * Mercator scaled to 0..1 (x east from 180° W, y south from 85.05° N), so
 * that at zoom z with 256-pixel tiles a world unit is 256 · 2^z pixels.
 *
 * Hit-testing (which municipality is at a point) is exact on the full
 * shape: bounding boxes first, then even-odd point-in-polygon over every
 * ring, so holes and islands count as they should.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-document.h"
#include "wep-geometry.h"

G_BEGIN_DECLS

/* Web Mercator's limit of latitude: the world is square. */
#define WEP_MAP_MAX_LATITUDE 85.05112878

void   wep_map_lonlat_to_world (double  longitude,
                                double  latitude,
                                double *x,
                                double *y);
void   wep_map_world_to_lonlat (double  x,
                                double  y,
                                double *longitude,
                                double *latitude);
/* Metres on the ground per world unit at latitude (the scale bar). */
double wep_map_metres_per_world (double latitude);

typedef struct
{
  double  tolerance;    /* of the simplification, world units (0: full shape) */
  double *xy;           /* n_points (x, y) pairs; rings are closed implicitly */
  guint  *ring_ends;    /* per ring, the index of the point after its last one */
  guint  *polygon_ends; /* per polygon, the index of the ring after its last one;
                         * a polygon's first ring is its outline, the others holes */
  guint   n_rings;
  guint   n_polygons;
  guint   n_points;
} WepMapShapeLevel;

typedef struct
{
  double            min_x, min_y, max_x, max_y;
  double            label_x, label_y;   /* inside the largest polygon */
  WepMapShapeLevel *levels;             /* levels[0] the full shape, then coarser */
  guint             n_levels;
} WepMapShape;

/* The shape of a decoded boundary; NULL (and error) when it has no ring
 * that can be drawn. */
WepMapShape *wep_map_shape_new_from_geometry (const WepGeometry *geometry,
                                              GError           **error);
void         wep_map_shape_free             (WepMapShape       *shape);
/* The coarsest level that is exact to about a pixel of pixel_size world
 * units. */
guint        wep_map_shape_level_for_pixel  (const WepMapShape *shape,
                                             double             pixel_size);
/* Even-odd: inside the shape's full outline, not in a hole. */
gboolean     wep_map_shape_contains         (const WepMapShape *shape,
                                             double             x,
                                             double             y);

/* The borders between the municipalities and their outer edges, each
 * once, as lines from one junction to the next, simplified per level. */
typedef struct
{
  double *xy;           /* n_points (x, y) pairs */
  guint  *line_ends;    /* per line, the index of the point after its last one */
  double *boxes;        /* per line: min x, min y, max x, max y */
  int    *sides;        /* per line: the municipalities on its two sides
                         * (indices, the smaller first; -1: none, the coast) */
  guint   n_lines;
  guint   n_points;
  double  tolerance;    /* world units (0: the full shapes) */
} WepMapBorderLevel;

typedef struct
{
  WepMapBorderLevel *levels;    /* levels[0] exact, then coarser */
  guint              n_levels;
  guint              n_edges;   /* distinct edges of the full shapes */
} WepMapBorders;

typedef struct
{
  int    year;
  int    pathway;       /* WepPathway of a housing pathway */
  double planned;       /* counted plans, every status */
  double realised;      /* of those, status "gerealiseerd" */
} WepMapPlanSum;

typedef struct
{
  char        *code;
  char        *name;
  char        *province;
  gint64       population;            /* -1: unknown */
  gint64       households;            /* -1: unknown */
  gint64       social_rental_stock;   /* -1: unknown */
  WepMapShape *shape;                 /* NULL: no (readable) boundary */
  GArray      *plans;                 /* of WepMapPlanSum, by year and pathway */
} WepMapMunicipality;

typedef struct
{
  char        *code;
  char        *name;
  char        *kind;       /* "centrumgemeente", "woningmarktregio", "provincie", "eigen" */
  GArray      *members;    /* of guint: indices of municipalities */
  gboolean     has_shape;  /* some member has a boundary */
  double       bounds[4];  /* around the members' boundaries (world units) */
  double       label_x;    /* inside one of its members, near their middle */
  double       label_y;
} WepMapRegion;

typedef struct
{
  GPtrArray  *municipalities;   /* of WepMapMunicipality, by code */
  GPtrArray  *regions;          /* of WepMapRegion, in the plan's order */
  guint       n_with_shape;
  WepMapBorders *borders;       /* of the municipalities with a shape */
  /* Of every municipality with a shape. */
  double      min_x, min_y, max_x, max_y;
  /* Where the boundaries come from, for the map's attribution ("" when
   * there are none), translated. */
  char       *attribution;
  /* What could not be read (a damaged boundary), translated. */
  GPtrArray  *problems;
  /* private */
  GHashTable *by_code;
} WepMapData;

/* Reads the plan. A damaged boundary blob is left out with a problem
 * naming the municipality, never an error; only the database failing is. */
WepMapData          *wep_map_data_load               (WepDocument   *doc,
                                                      GError       **error);
void                 wep_map_data_free               (WepMapData    *data);

static inline WepMapMunicipality *
wep_map_data_municipality (const WepMapData *data,
                           guint             i)
{
  return g_ptr_array_index (data->municipalities, i);
}

static inline WepMapRegion *
wep_map_data_region (const WepMapData *data,
                     guint             i)
{
  return g_ptr_array_index (data->regions, i);
}

/* Indices, or -1. */
int                  wep_map_data_find_municipality  (const WepMapData *data,
                                                      const char       *code);
int                  wep_map_data_find_region        (const WepMapData *data,
                                                      const char       *code);
int                  wep_map_data_find_region_by_name (const WepMapData *data,
                                                       const char       *name);
/* Whether municipality (an index) is a member of region (an index). */
gboolean             wep_map_data_region_has_member  (const WepMapData *data,
                                                      guint             region,
                                                      guint             municipality);
/* The municipality at a point (world units), or -1. */
int                  wep_map_data_hit_test           (const WepMapData *data,
                                                      double            x,
                                                      double            y);
/* Per municipality, whether it is a member of region: a new array. */
gboolean            *wep_map_data_region_mask        (const WepMapData *data,
                                                      guint             region);
/* The box around a region's members (world units); FALSE when none has a
 * shape. */
gboolean             wep_map_data_region_bounds      (const WepMapData *data,
                                                      guint             region,
                                                      double           *bounds);

/* Whether a border line has one side in mask (per municipality) and the
 * other not: a piece of the outline of mask's municipalities. */
static inline gboolean
wep_map_border_separates (const WepMapBorderLevel *level,
                          guint                    line,
                          const gboolean          *mask)
{
  int a = level->sides[2 * line], b = level->sides[2 * line + 1];

  return (a >= 0 && mask[a]) != (b >= 0 && mask[b]);
}

/* The coarsest level of the borders exact to about pixel_size. */
const WepMapBorderLevel *wep_map_borders_level_for_pixel (const WepMapBorders *borders,
                                                          double               pixel_size);

/* The sums of a municipality's plans in year for pathway (WEP_N_HOUSING:
 * all three together). */
void                 wep_map_municipality_plans      (const WepMapMunicipality *municipality,
                                                      int               year,
                                                      int               pathway,
                                                      double           *planned,
                                                      double           *realised);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepMapData, wep_map_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepMapShape, wep_map_shape_free)

G_END_DECLS
