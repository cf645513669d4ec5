/* wep-map-flat-source.h: a map base of one flat colour, without a network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <shumate/shumate.h>

#include "wep-palette.h"

G_BEGIN_DECLS

#define WEP_TYPE_MAP_FLAT_SOURCE (wep_map_flat_source_get_type ())
G_DECLARE_FINAL_TYPE (WepMapFlatSource, wep_map_flat_source, WEP, MAP_FLAT_SOURCE,
                      ShumateMapSource)

/* A source whose every tile is color: the offline base, and the reference
 * source of the map's viewport (Web Mercator, 256-pixel tiles, zoom 0 to
 * max_zoom). */
WepMapFlatSource *wep_map_flat_source_new (WepColor color,
                                           guint    max_zoom);
WepColor          wep_map_flat_source_get_color (WepMapFlatSource *self);

G_END_DECLS
