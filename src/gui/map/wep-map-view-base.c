/* wep-map-view-base.c: what the map lies on, and its dark style
 *
 * Online, OpenStreetMap's standard tiles lie under the municipalities, as a
 * layer over the flat base (wep-map-flat-source.h): a tile that does not
 * come shows the base, never an error. The tile policy of OpenStreetMap
 * asks for a user agent that names the application, and for the
 * attribution to stay visible (the map's licence line shows it, with the
 * boundaries' sources). Offline — no network, WEP_OFFLINE=1 (the tests),
 * or the setting "online-map" off — the map paints its own flat base.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wep-map-view-private.h"
#include "wep-settings.h"

#define MAX_ZOOM 16

static gboolean
want_online (WepMapView *self)
{
  const char *offline = g_getenv ("WEP_OFFLINE");

  if (offline != NULL && *offline != '\0' && !g_str_equal (offline, "0"))
    return FALSE;
  if (self->settings != NULL && !g_settings_get_boolean (self->settings, "online-map"))
    return FALSE;
  return g_network_monitor_get_network_available (self->network);
}

static ShumateMapSource *
osm_source (void)
{
  static ShumateMapSourceRegistry *registry = NULL;

  if (registry == NULL)
    {
      /* "WonenEerstPlanner/0.1.0 (+https://…)", as the tile policy asks. */
      shumate_set_user_agent ("WonenEerstPlanner/" PACKAGE_VERSION " (+" PACKAGE_URL ")");
      registry = shumate_map_source_registry_new_with_defaults ();
    }
  return shumate_map_source_registry_get_by_id (registry, SHUMATE_MAP_SOURCE_OSM_MAPNIK);
}

/* The flat base in the style's colour: the map's base layer, and its
 * viewport's reference source. */
static void
set_flat_base (WepMapView *self,
               gboolean    dark)
{
  WepColor base;

  self->dark = dark;
  if (self->scene != NULL)
    wep_map_scene_set_dark (self->scene, dark);
  base = self->scene != NULL ? wep_map_scene_get_base_color (self->scene)
                             : wep_color_from_rgb24 (dark ? 0x303034 : 0xeceae6);
  g_clear_object (&self->flat_source);
  self->flat_source = wep_map_flat_source_new (base, MAX_ZOOM);
  /* A new base goes behind the old one, so under every other layer. */
  shumate_simple_map_set_map_source (self->map, SHUMATE_MAP_SOURCE (self->flat_source));
  shumate_viewport_set_max_zoom_level (shumate_simple_map_get_viewport (self->map), MAX_ZOOM);
}

static void
update_base (WepMapView *self)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  ShumateLicense *license = shumate_simple_map_get_license (self->map);
  gboolean online = want_online (self);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  if (dark != self->dark)
    {
      set_flat_base (self, dark);
      /* The "no data" swatch follows the style. */
      if (self->legend != NULL)
        _wep_map_view_update_legend (self);
    }

  if (online && self->tile_layer == NULL)
    {
      self->tile_source = g_object_ref (osm_source ());
      self->tile_layer = shumate_map_layer_new (self->tile_source, viewport);
      /* Under the municipalities. (libshumate 1.0.3 declares, but does not
       * export, shumate_simple_map_insert_overlay_layer ().) */
      shumate_map_insert_layer_behind (shumate_simple_map_get_map (self->map),
                                       SHUMATE_LAYER (self->tile_layer),
                                       SHUMATE_LAYER (self->layer));
      shumate_license_append_map_source (license, self->tile_source);
    }
  else if (!online && self->tile_layer != NULL)
    {
      shumate_license_remove_map_source (license, self->tile_source);
      shumate_map_remove_layer (shumate_simple_map_get_map (self->map),
                                SHUMATE_LAYER (self->tile_layer));
      self->tile_layer = NULL;
      g_clear_object (&self->tile_source);
    }
  /* Light tiles would glare in the dark style. */
  if (self->tile_layer != NULL)
    gtk_widget_set_opacity (GTK_WIDGET (self->tile_layer), dark ? 0.55 : 1.0);

  self->online = online;
  if (self->scene != NULL)
    wep_map_scene_set_draw_base (self->scene, !online);
  if (self->layer != NULL)
    gtk_widget_queue_draw (GTK_WIDGET (self->layer));
}

void
_wep_map_view_setup_base (WepMapView *self)
{
  ShumateViewport *viewport;

  self->settings = wep_settings_new ();
  self->network = g_object_ref (g_network_monitor_get_default ());
  /* The base first: libshumate puts the first base layer above all. */
  set_flat_base (self, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  shumate_scale_set_unit (shumate_simple_map_get_scale (self->map), SHUMATE_UNIT_METRIC);
  viewport = shumate_simple_map_get_viewport (self->map);
  self->layer = wep_map_layer_new (viewport);
  shumate_simple_map_add_overlay_layer (self->map, SHUMATE_LAYER (self->layer));
  update_base (self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_base), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->network, "notify::network-available", G_CALLBACK (update_base),
                           self, G_CONNECT_SWAPPED);
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::online-map", G_CALLBACK (update_base),
                             self, G_CONNECT_SWAPPED);
}

void
_wep_map_view_teardown_base (WepMapView *self)
{
  g_clear_object (&self->settings);
  g_clear_object (&self->network);
  g_clear_object (&self->tile_source);
  g_clear_object (&self->flat_source);
  self->tile_layer = NULL;
  self->layer = NULL;
}
