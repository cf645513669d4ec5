/* wep-map-draw-private.h: what the map's drawing and its pages share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-map-draw.h"

G_BEGIN_DECLS

gboolean _wep_map_scene_get_dark (const WepMapScene *scene);
/* The names of regions and municipalities where they fit, text on a halo. */
void     _wep_map_draw_labels    (cairo_t           *cr,
                                  WepMapScene       *scene,
                                  const WepMapView  *view,
                                  WepColor           text,
                                  WepColor           halo);

G_END_DECLS
