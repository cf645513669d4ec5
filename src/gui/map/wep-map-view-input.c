/* wep-map-view-input.c: clicks, hover, tooltips, custom regions and
 * zooming on the map
 *
 * Layers of libshumate 1.0 get no pointer events, so the page listens on
 * the map itself: a click (not a drag, not the second click of the map's
 * double-click zoom) selects the municipality under the pointer, found by
 * hit-testing its boundaries (wep-map-data.h); Ctrl+click adds it to the
 * custom region being edited, or takes it out; hovering outlines it and
 * its tooltip gives its name and value.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "wep-custom-region.h"
#include "wep-map-view-private.h"

/* A press and a release further apart than this (pixels) are a drag. */
#define CLICK_SLOP 6.0
/* The height of the year's card at the map's bottom, with its margin. */
#define YEAR_ROOM  84.0

static int
municipality_at (WepMapView *self,
                 double      latitude,
                 double      longitude)
{
  double x, y;

  if (self->data == NULL)
    return -1;
  wep_map_lonlat_to_world (longitude, latitude, &x, &y);
  return wep_map_data_hit_test (self->data, x, y);
}

static void
location_at (WepMapView *self,
             double      x,
             double      y,
             double     *latitude,
             double     *longitude)
{
  shumate_viewport_widget_coords_to_location (shumate_simple_map_get_viewport (self->map),
                                              GTK_WIDGET (shumate_simple_map_get_map (self->map)),
                                              x, y, latitude, longitude);
}

void
_wep_map_view_show_toast (WepMapView *self,
                          const char *text)
{
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* ---- custom regions ----------------------------------------------------- */

static void
toggle_custom (WepMapView *self,
               int         municipality)
{
  WepDocument *doc = wep_session_get_document (self->session);
  const WepMapMunicipality *m = wep_map_data_municipality (self->data, municipality);
  int selected = wep_map_data_find_region_by_name (self->data, self->selected_region);
  g_autofree char *code = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *name = g_strdup (m->name);
  g_autofree char *message = NULL;
  g_autoptr (GError) error = NULL;
  gboolean removing = FALSE, added = FALSE;
  int region;

  /* The custom region being edited is the one selected, if it is one. */
  if (selected >= 0
      && g_str_equal (wep_map_data_region (self->data, selected)->kind, WEP_CUSTOM_REGION_KIND))
    {
      code = g_strdup (wep_map_data_region (self->data, selected)->code);
      removing = wep_map_data_region_has_member (self->data, selected, municipality);
    }

  if (!wep_document_check_custom_member (doc, code, m->code, &error)
      || !wep_document_begin_change (doc, removing ? _("Remove from Custom Region")
                                                   : _("Add to Custom Region"), &error))
    {
      _wep_map_view_show_toast (self, error->message);
      return;
    }
  if (!wep_document_toggle_custom_member (doc, code, m->code, &changed, &added, &error))
    {
      wep_document_end_change (doc);
      _wep_map_view_show_toast (self, error->message);
      return;
    }
  /* The plan changed: the page has read it again (the data are new). */
  wep_document_end_change (doc);

  region = changed != NULL && self->data != NULL ? wep_map_data_find_region (self->data, changed)
                                                 : -1;
  if (region >= 0)
    {
      const char *region_name = wep_map_data_region (self->data, region)->name;

      /* Translators: after a Ctrl+click: "Kampen added to Custom region 1" */
      message = g_strdup_printf (added ? _("%s added to %s") : _("%s taken out of %s"), name,
                                 region_name);
      wep_map_view_set_selected_municipality (self, NULL);
      wep_map_view_set_selected_region (self, region_name);
    }
  else
    {
      /* Translators: after a Ctrl+click took out a region's last municipality */
      message = g_strdup_printf (_("%s taken out; the custom region had no other municipality "
                                   "and is gone"), name);
      wep_map_view_set_selected_municipality (self, NULL);
      wep_map_view_set_selected_region (self, NULL);
    }
  _wep_map_view_show_toast (self, message);
}

/* ---- clicks ------------------------------------------------------------- */

void
wep_map_view_click (WepMapView *self,
                    double      latitude,
                    double      longitude,
                    gboolean    toggle_custom_region)
{
  int m;

  g_return_if_fail (WEP_IS_MAP_VIEW (self));

  m = municipality_at (self, latitude, longitude);
  if (toggle_custom_region)
    {
      if (m >= 0)
        toggle_custom (self, m);
      return;
    }
  if (m < 0)
    {
      /* The sea, or a place outside the plan: nothing is selected. */
      wep_map_view_set_selected_municipality (self, NULL);
      wep_map_view_set_selected_region (self, NULL);
    }
  else if (wep_map_view_get_level (self) == WEP_MAP_REGIONS && self->values != NULL
           && self->values->municipalities[m].region >= 0)
    {
      /* Coloured by region: a click selects the region. */
      wep_map_view_set_selected_municipality (self, NULL);
      wep_map_view_set_selected_region (self, wep_map_data_region (self->data,
                                                                   self->values->municipalities[m]
                                                                     .region)->name);
    }
  else
    wep_map_view_set_selected_municipality (self, wep_map_data_municipality (self->data, m)->code);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            WepMapView      *self)
{
  g_assert (WEP_IS_MAP_VIEW (self));

  g_object_set_data_full (G_OBJECT (gesture), "press",
                          g_memdup2 ((double[2]) { x, y }, 2 * sizeof (double)), g_free);
}

static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             WepMapView      *self)
{
  const double *press = g_object_get_data (G_OBJECT (gesture), "press");
  GdkModifierType state;
  double latitude, longitude;

  g_assert (WEP_IS_MAP_VIEW (self));

  /* The second click of a double-click zooms the map; a drag pans it. */
  if (n_press != 1 || press == NULL || hypot (x - press[0], y - press[1]) > CLICK_SLOP)
    return;
  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  location_at (self, x, y, &latitude, &longitude);
  wep_map_view_click (self, latitude, longitude, (state & GDK_CONTROL_MASK) != 0);
}

/* ---- hover and tooltips ------------------------------------------------- */

char *
wep_map_view_describe_location (WepMapView *self,
                                double      latitude,
                                double      longitude)
{
  WepMapIndicator indicator;
  g_autofree char *value = NULL;
  const char *name;
  int m;

  g_return_val_if_fail (WEP_IS_MAP_VIEW (self), NULL);

  m = municipality_at (self, latitude, longitude);
  if (m < 0 || self->values == NULL)
    return NULL;
  indicator = wep_map_view_get_indicator (self);
  name = wep_map_data_municipality (self->data, m)->name;
  value = _wep_map_view_format_value (self, wep_map_scene_get_value (self->scene, m));
  if (wep_map_view_get_level (self) == WEP_MAP_REGIONS && self->values->municipalities[m].region >= 0)
    /* Translators: a tooltip: region (municipality), then the indicator and its value */
    return g_strdup_printf (_("%s (%s)\n%s: %s"),
                            wep_map_data_region (self->data,
                                                 self->values->municipalities[m].region)->name,
                            name, wep_map_indicator_label (indicator), value);
  /* Translators: a tooltip: the municipality, then the indicator and its value */
  return g_strdup_printf (_("%s\n%s: %s"), name, wep_map_indicator_label (indicator), value);
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  WepMapView *self)
{
  g_autofree char *text = NULL;
  double latitude, longitude;

  g_assert (WEP_IS_MAP_VIEW (self));

  if (keyboard)
    return FALSE;
  location_at (self, x, y, &latitude, &longitude);
  text = wep_map_view_describe_location (self, latitude, longitude);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
set_hover (WepMapView *self,
           int         municipality)
{
  if (self->scene == NULL || self->hover == municipality)
    return;
  self->hover = municipality;
  wep_map_scene_set_hover (self->scene, municipality);
  gtk_widget_queue_draw (GTK_WIDGET (self->layer));
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           WepMapView               *self)
{
  double latitude, longitude;

  g_assert (WEP_IS_MAP_VIEW (self));

  location_at (self, x, y, &latitude, &longitude);
  set_hover (self, municipality_at (self, latitude, longitude));
}

static void
leave_cb (GtkEventControllerMotion *motion,
          WepMapView               *self)
{
  g_assert (WEP_IS_MAP_VIEW (self));
  set_hover (self, -1);
}

void
_wep_map_view_setup_input (WepMapView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->hover = -1;
  /* Before the map's own gestures see the press: they claim drags. */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, 0);
  g_signal_connect_object (click, "released", G_CALLBACK (released_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->map), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, 0);
  g_signal_connect_object (motion, "leave", G_CALLBACK (leave_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->map), motion);
  g_signal_connect_object (self->map, "query-tooltip", G_CALLBACK (query_tooltip_cb), self, 0);
}

/* ---- zooming ------------------------------------------------------------ */

static gboolean
fit_tick_cb (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data);

/* Shows bounds (world units) as large as the map allows. */
static void
show_bounds (WepMapView   *self,
             const double *bounds)
{
  GtkWidget *map = GTK_WIDGET (shumate_simple_map_get_map (self->map));
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  WepMapArea view = { 0 };
  double latitude, longitude, legend = 0.0, year = 0.0;

  view.width = gtk_widget_get_width (map);
  view.height = gtk_widget_get_height (map);
  if (view.width <= 0 || view.height <= 0)
    {
      /* Not laid out yet: once it is. */
      memcpy (self->pending_bounds, bounds, sizeof self->pending_bounds);
      if (self->fit_tick == 0)
        self->fit_tick = gtk_widget_add_tick_callback (map, fit_tick_cb, self, NULL);
      return;
    }
  /* Fitted beside the legend's card and above the year's, which float
   * over the map's left and bottom. */
  if (gtk_widget_get_visible (self->legend_box))
    legend = gtk_widget_get_width (self->legend_box) + 12.0;
  if (gtk_widget_get_visible (self->year_box))
    year = YEAR_ROOM;
  view.width = MAX (view.width - legend, 100.0);
  view.height = MAX (view.height - year, 100.0);
  wep_map_area_fit (&view, bounds, 24);
  view.center_x -= legend / 2.0 / (256.0 * exp2 (view.zoom));
  view.center_y += year / 2.0 / (256.0 * exp2 (view.zoom));
  wep_map_world_to_lonlat (view.center_x, view.center_y, &longitude, &latitude);
  shumate_viewport_set_rotation (viewport, 0.0);
  shumate_viewport_set_zoom_level (viewport,
                                   CLAMP (view.zoom, shumate_viewport_get_min_zoom_level (viewport),
                                          shumate_viewport_get_max_zoom_level (viewport)));
  shumate_map_center_on (shumate_simple_map_get_map (self->map), latitude, longitude);
}

static gboolean
fit_tick_cb (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  WepMapView *self = user_data;

  if (gtk_widget_get_width (widget) <= 0)
    return G_SOURCE_CONTINUE;
  self->fit_tick = 0;
  show_bounds (self, self->pending_bounds);
  return G_SOURCE_REMOVE;
}

void
wep_map_view_fit_all (WepMapView *self)
{
  double bounds[4];

  g_return_if_fail (WEP_IS_MAP_VIEW (self));

  if (self->scene != NULL && wep_map_scene_get_bounds (self->scene, bounds))
    show_bounds (self, bounds);
}

void
wep_map_view_zoom_to_selection (WepMapView *self)
{
  int m, r;
  double bounds[4];

  g_return_if_fail (WEP_IS_MAP_VIEW (self));

  if (self->data == NULL)
    return;
  m = wep_map_data_find_municipality (self->data, self->selected_municipality);
  r = wep_map_data_find_region_by_name (self->data, self->selected_region);
  if (m >= 0 && wep_map_data_municipality (self->data, m)->shape != NULL)
    {
      const WepMapShape *shape = wep_map_data_municipality (self->data, m)->shape;

      show_bounds (self, (double[4]) { shape->min_x, shape->min_y, shape->max_x, shape->max_y });
    }
  else if (r >= 0 && wep_map_data_region_bounds (self->data, r, bounds))
    show_bounds (self, bounds);
}
