/* wep-map-layer.c: the plan's municipalities as a layer of a ShumateMap
 *
 * libshumate 1.0's path layer draws one ring per layer from GObject
 * points, without holes or hit-testing; this layer draws the whole
 * WepMapScene with wep_map_draw (), the function the exported maps and the
 * reports use, into an image at the widget's scale, on every change of
 * the viewport.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wep-map-layer.h"

struct _WepMapLayer
{
  ShumateLayer  parent_instance;

  WepMapScene  *scene;
};

G_DEFINE_FINAL_TYPE (WepMapLayer, wep_map_layer, SHUMATE_TYPE_LAYER)

void
wep_map_layer_get_view (WepMapLayer *self,
                        WepMapArea  *view)
{
  ShumateViewport *viewport;

  g_return_if_fail (WEP_IS_MAP_LAYER (self));
  g_return_if_fail (view != NULL);

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  wep_map_lonlat_to_world (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                           shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                           &view->center_x, &view->center_y);
  view->zoom = shumate_viewport_get_zoom_level (viewport);
  view->rotation = shumate_viewport_get_rotation (viewport);
  view->width = gtk_widget_get_width (GTK_WIDGET (self));
  view->height = gtk_widget_get_height (GTK_WIDGET (self));
  view->scale = 1.0;
}

static void
wep_map_layer_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  WepMapLayer *self = WEP_MAP_LAYER (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr (GdkTexture) texture = NULL;
  g_autoptr (GBytes) bytes = NULL;
  cairo_surface_t *surface;
  WepMapArea view;
  cairo_t *cr;

  if (self->scene == NULL || width <= 0 || height <= 0)
    return;

  wep_map_layer_get_view (self, &view);
  /* An image of our own at the screen's scale rather than a cairo node:
   * the labels are drawn from images kept between frames (wep-map-labels.c). */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  wep_map_draw (cr, self->scene, &view);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface)
                                        * height * scale,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (width * scale, height * scale, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  gtk_snapshot_append_texture (snapshot, texture, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
viewport_changed_cb (WepMapLayer *self)
{
  g_assert (WEP_IS_MAP_LAYER (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
wep_map_layer_constructed (GObject *object)
{
  WepMapLayer *self = WEP_MAP_LAYER (object);

  G_OBJECT_CLASS (wep_map_layer_parent_class)->constructed (object);

  /* libshumate 1.0 has no "changed" signal: every property of the
   * viewport (centre, zoom, rotation) notifies. */
  g_signal_connect_object (shumate_layer_get_viewport (SHUMATE_LAYER (self)), "notify",
                           G_CALLBACK (viewport_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
wep_map_layer_class_init (WepMapLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = wep_map_layer_constructed;
  widget_class->snapshot = wep_map_layer_snapshot;
}

static void
wep_map_layer_init (WepMapLayer *self)
{
}

WepMapLayer *
wep_map_layer_new (ShumateViewport *viewport)
{
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);

  return g_object_new (WEP_TYPE_MAP_LAYER, "viewport", viewport, NULL);
}

void
wep_map_layer_set_scene (WepMapLayer *self,
                         WepMapScene *scene)
{
  g_return_if_fail (WEP_IS_MAP_LAYER (self));

  self->scene = scene;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
