/* wep-map-layer.h: the plan's municipalities as a layer of a ShumateMap
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <shumate/shumate.h>

#include "wep-map-draw.h"

G_BEGIN_DECLS

#define WEP_TYPE_MAP_LAYER (wep_map_layer_get_type ())
G_DECLARE_FINAL_TYPE (WepMapLayer, wep_map_layer, WEP, MAP_LAYER, ShumateLayer)

WepMapLayer *wep_map_layer_new       (ShumateViewport  *viewport);
/* The scene drawn (not owned; NULL: nothing). Call again, or
 * gtk_widget_queue_draw (), after changing it. */
void         wep_map_layer_set_scene (WepMapLayer      *self,
                                      WepMapScene      *scene);
/* The part of the world the layer shows now, as wep_map_draw () takes it. */
void         wep_map_layer_get_view  (WepMapLayer      *self,
                                      WepMapArea       *view);

G_END_DECLS
