/* wep-map-private.h: what the parts of the map's core share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-map-data.h"

G_BEGIN_DECLS

/* For g_array_sort () of doubles. */
int          _wep_map_compare_doubles (gconstpointer  a,
                                       gconstpointer  b);

/* The borders of shapes (of WepMapShape, each the municipality owners
 * says, of int) drawn once (wep-map-borders.c); latitude: where the
 * tolerances in degrees are turned into world units. */
WepMapBorders *_wep_map_borders_build (GPtrArray     *shapes,
                                       GArray        *owners,
                                       double         latitude);
void           _wep_map_borders_free  (WepMapBorders *borders);

G_END_DECLS
