/* wep-map-flat-source.c: a map base of one flat colour, without a network
 *
 * Offline, and in the tests, the map lies on this: every tile is the same
 * colour, at once, so the map is never an error wall. It is also the
 * viewport's reference source (the projection and tile size the layers
 * follow) when OpenStreetMap's tiles are shown as a layer over it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wep-map-flat-source.h"

struct _WepMapFlatSource
{
  ShumateMapSource  parent_instance;

  WepColor          color;
  GdkTexture       *texture;
};

G_DEFINE_FINAL_TYPE (WepMapFlatSource, wep_map_flat_source, SHUMATE_TYPE_MAP_SOURCE)

static void
wep_map_flat_source_fill_tile_async (ShumateMapSource    *source,
                                     ShumateTile         *tile,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  WepMapFlatSource *self = WEP_MAP_FLAT_SOURCE (source);
  g_autoptr (GTask) task = g_task_new (source, cancellable, callback, user_data);

  g_task_set_source_tag (task, wep_map_flat_source_fill_tile_async);
  shumate_tile_set_paintable (tile, GDK_PAINTABLE (self->texture));
  shumate_tile_set_fade_in (tile, FALSE);
  shumate_tile_set_state (tile, SHUMATE_STATE_DONE);
  g_task_return_boolean (task, TRUE);
}

static gboolean
wep_map_flat_source_fill_tile_finish (ShumateMapSource  *source,
                                      GAsyncResult      *result,
                                      GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
wep_map_flat_source_finalize (GObject *object)
{
  WepMapFlatSource *self = WEP_MAP_FLAT_SOURCE (object);

  g_clear_object (&self->texture);

  G_OBJECT_CLASS (wep_map_flat_source_parent_class)->finalize (object);
}

static void
wep_map_flat_source_class_init (WepMapFlatSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  object_class->finalize = wep_map_flat_source_finalize;
  source_class->fill_tile_async = wep_map_flat_source_fill_tile_async;
  source_class->fill_tile_finish = wep_map_flat_source_fill_tile_finish;
}

static void
wep_map_flat_source_init (WepMapFlatSource *self)
{
}

WepMapFlatSource *
wep_map_flat_source_new (WepColor color,
                         guint    max_zoom)
{
  WepMapFlatSource *self = g_object_new (WEP_TYPE_MAP_FLAT_SOURCE,
                                         "id", "wep-flat",
                                         "name", "Wonen Eerst Planner",
                                         "license", "",
                                         "min-zoom-level", 0,
                                         "max-zoom-level", max_zoom,
                                         "tile-size", 256,
                                         "projection", SHUMATE_MAP_PROJECTION_MERCATOR,
                                         NULL);
  /* One pixel, stretched over every tile: a flat colour. */
  guint8 pixel[4] = { (guint8) (color.red * 255 + 0.5), (guint8) (color.green * 255 + 0.5),
                      (guint8) (color.blue * 255 + 0.5), 255 };
  g_autoptr (GBytes) bytes = g_bytes_new (pixel, sizeof pixel);

  self->color = color;
  self->texture = gdk_memory_texture_new (1, 1, GDK_MEMORY_R8G8B8A8, bytes, 4);
  return self;
}

WepColor
wep_map_flat_source_get_color (WepMapFlatSource *self)
{
  g_return_val_if_fail (WEP_IS_MAP_FLAT_SOURCE (self), (WepColor) { 0 });
  return self->color;
}
