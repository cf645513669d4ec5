/* wep-map-draw-private.h: what the map's drawing, its labels and its
 * pages share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>

#include "wep-map-draw.h"

G_BEGIN_DECLS

struct _WepMapScene
{
  WepMapData *data;
  double     *values;
  WepColor   *colors;
  WepLegend  *legend;
  GArray     *regions;
  int        *region_of;     /* per municipality: its outlined region (not custom), or -1 */
  GPtrArray  *custom_masks;  /* per outlined custom region: its members (gboolean *) */
  gboolean   *selected_mask; /* the selected region's members */
  int         selected_municipality;
  int         selected_region;
  int         hover;
  gboolean    dark;
  gboolean    draw_base;
  gboolean    show_labels;
  /* Labels drawn before, as images with their halo (raster targets). */
  GHashTable *label_cache;
};

static inline double
_wep_map_world_scale (const WepMapArea *view)
{
  return 256.0 * exp2 (view->zoom);
}

/* A view ready for drawing. */
typedef struct
{
  const WepMapArea *view;
  double            scale;       /* world units to pixels */
  double            cos_r, sin_r;
  double            visible[4];  /* world box that can be seen */
} WepMapFrame;

static inline void
_wep_map_frame_init (WepMapFrame      *f,
                     const WepMapArea *view)
{
  double radius;

  f->view = view;
  f->scale = _wep_map_world_scale (view);
  f->cos_r = cos (view->rotation);
  f->sin_r = sin (view->rotation);
  /* Half the diagonal: whatever the rotation, nothing further can show. */
  radius = hypot (view->width, view->height) / 2 / f->scale;
  f->visible[0] = view->center_x - radius;
  f->visible[1] = view->center_y - radius;
  f->visible[2] = view->center_x + radius;
  f->visible[3] = view->center_y + radius;
}

static inline gboolean
_wep_map_frame_sees (const WepMapFrame *f,
                     const WepMapShape *shape)
{
  return shape->max_x >= f->visible[0] && shape->min_x <= f->visible[2]
         && shape->max_y >= f->visible[1] && shape->min_y <= f->visible[3];
}

static inline void
_wep_map_frame_point (const WepMapFrame *f,
                      double       x,
                      double       y,
                      double      *px,
                      double      *py)
{
  double dx = (x - f->view->center_x) * f->scale, dy = (y - f->view->center_y) * f->scale;

  *px = f->view->width / 2 + dx * f->cos_r - dy * f->sin_r;
  *py = f->view->height / 2 + dx * f->sin_r + dy * f->cos_r;
}

/* For scene->label_cache. */
GHashTable *_wep_map_label_cache_new (void);
/* The names of regions and municipalities where they fit, text on a halo
 * (wep-map-labels.c). */
void     _wep_map_draw_labels    (cairo_t           *cr,
                                  WepMapScene       *scene,
                                  const WepMapArea  *view,
                                  WepColor           text,
                                  WepColor           halo);

G_END_DECLS
