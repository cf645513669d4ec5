/* wep-map-view.c: the "Kaart" page — municipalities and regions coloured
 * by need, gap, waiting time, homelessness or plan realisation
 *
 * The page follows the session: on every change of the plan or of the
 * scenario (WepSession::results-changed) it reads the map's data from the
 * document (wep-map-data.h), computes the fair share by the key the
 * session holds, and colours the municipalities by the indicator, year and
 * pathway chosen, in classes (wep-classify.h) drawn by the one drawing
 * function of the map (wep-map-draw.h) as a layer of a ShumateSimpleMap.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wep-custom-region.h"
#include "wep-map-view-private.h"

G_DEFINE_FINAL_TYPE (WepMapView, wep_map_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_SELECTED_REGION,
  PROP_SELECTED_MUNICIPALITY,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- the selection ------------------------------------------------------ */

void
_wep_map_view_update_selection (WepMapView *self)
{
  int municipality, region;

  if (self->data == NULL)
    return;
  municipality = wep_map_data_find_municipality (self->data, self->selected_municipality);
  region = wep_map_data_find_region_by_name (self->data, self->selected_region);
  wep_map_scene_set_selection (self->scene, municipality, region);
  wep_map_layer_set_scene (self->layer, self->scene);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.zoom-selection",
                                 municipality >= 0 || region >= 0);
  _wep_map_view_update_panel (self);
}

const char *
wep_map_view_get_selected_region (WepMapView *self)
{
  g_return_val_if_fail (WEP_IS_MAP_VIEW (self), NULL);
  return self->selected_region;
}

void
wep_map_view_set_selected_region (WepMapView *self,
                                  const char *region)
{
  g_return_if_fail (WEP_IS_MAP_VIEW (self));

  if (g_strcmp0 (self->selected_region, region) == 0)
    return;
  g_free (self->selected_region);
  self->selected_region = g_strdup (region);

  /* A municipality outside the region is no longer selected. */
  if (self->selected_municipality != NULL && self->data != NULL)
    {
      int m = wep_map_data_find_municipality (self->data, self->selected_municipality);
      int r = wep_map_data_find_region_by_name (self->data, region);

      if (region == NULL || r < 0 || m < 0 || !wep_map_data_region_has_member (self->data, r, m))
        {
          g_clear_pointer (&self->selected_municipality, g_free);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_MUNICIPALITY]);
        }
    }
  _wep_map_view_update_selection (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_REGION]);
}

const char *
wep_map_view_get_selected_municipality (WepMapView *self)
{
  g_return_val_if_fail (WEP_IS_MAP_VIEW (self), NULL);
  return self->selected_municipality;
}

void
wep_map_view_set_selected_municipality (WepMapView *self,
                                        const char *code)
{
  int m, current;

  g_return_if_fail (WEP_IS_MAP_VIEW (self));

  if (g_strcmp0 (self->selected_municipality, code) == 0)
    return;
  g_free (self->selected_municipality);
  self->selected_municipality = g_strdup (code);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_MUNICIPALITY]);

  /* The region follows: the one selected when the municipality is in it,
   * else its region of the scenario, the one the tables and charts show. */
  m = self->data != NULL ? wep_map_data_find_municipality (self->data, code) : -1;
  current = self->data != NULL ? wep_map_data_find_region_by_name (self->data,
                                                                   self->selected_region) : -1;
  if (m >= 0 && !(current >= 0 && wep_map_data_region_has_member (self->data, current, m)))
    {
      int r = self->values != NULL ? self->values->municipalities[m].region : -1;
      const char *name = r >= 0 ? wep_map_data_region (self->data, r)->name : NULL;

      if (g_strcmp0 (name, self->selected_region) != 0)
        {
          g_free (self->selected_region);
          self->selected_region = g_strdup (name);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_REGION]);
        }
    }
  _wep_map_view_update_selection (self);
}

/* ---- following the plan ------------------------------------------------- */

static void
refresh (WepMapView *self)
{
  WepDocument *doc = wep_session_get_document (self->session);
  g_autoptr (GError) error = NULL;
  WepMapData *data;

  g_assert (WEP_IS_MAP_VIEW (self));

  if ((data = wep_map_data_load (doc, &error)) == NULL)
    {
      g_warning ("Could not read the map of the plan: %s", error->message);
      return;
    }
  /* The layer draws the scene, the scene refers to the data: replace the
   * three together. */
  wep_map_layer_set_scene (self->layer, NULL);
  g_clear_pointer (&self->scene, wep_map_scene_free);
  g_clear_pointer (&self->data, wep_map_data_free);
  self->data = data;
  self->scene = wep_map_scene_new (data);
  wep_map_scene_set_dark (self->scene, self->dark);
  wep_map_scene_set_draw_base (self->scene, !self->online);
  shumate_license_set_extra_text (shumate_simple_map_get_license (self->map),
                                  data->attribution);

  if (data->n_with_shape == 0)
    {
      g_autofree char *description =
        g_strdup_printf (ngettext (
                                      "The plan has %u municipality, but no boundary for it, and "
                                      "the plan file keeps no other location. Import boundaries "
                                      "from a file, or download the official ones from PDOK.",
                                      "The plan has %u municipalities, but no boundaries for "
                                      "them, and the plan file keeps no other location. Import "
                                      "boundaries from a file, or download the official ones "
                                      "from PDOK.", data->municipalities->len),
                         data->municipalities->len);

      adw_status_page_set_description (self->empty_page, description);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "map");

  /* What was selected may be gone (an undo took a custom region away). */
  self->hover = -1;
  if (self->selected_municipality != NULL
      && wep_map_data_find_municipality (data, self->selected_municipality) < 0)
    {
      g_clear_pointer (&self->selected_municipality, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_MUNICIPALITY]);
    }
  if (self->selected_region != NULL
      && wep_map_data_find_region_by_name (data, self->selected_region) < 0)
    {
      g_clear_pointer (&self->selected_region, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_REGION]);
    }

  _wep_map_view_compute_fair_share (self);
  _wep_map_view_update_years (self);
  _wep_map_view_update_missing (self);
  _wep_map_view_update_values (self);
  if (!self->fitted && data->n_with_shape > 0)
    {
      self->fitted = TRUE;
      wep_map_view_fit_all (self);
    }
}

static void
fair_share_key_cb (WepMapView *self)
{
  g_assert (WEP_IS_MAP_VIEW (self));

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->key_dropdown, wep_session_get_fair_share_key (self->session));
  self->updating = FALSE;
  if (self->data == NULL)
    return;
  _wep_map_view_compute_fair_share (self);
  _wep_map_view_update_values (self);
}

/* ---- the year ----------------------------------------------------------- */

int
wep_map_view_get_year (WepMapView *self)
{
  g_return_val_if_fail (WEP_IS_MAP_VIEW (self), 0);
  return self->year;
}

void
wep_map_view_set_year (WepMapView *self,
                       int         year)
{
  g_autofree char *text = NULL;

  g_return_if_fail (WEP_IS_MAP_VIEW (self));

  year = CLAMP (year, self->first_year, self->last_year);
  if (year == self->year)
    return;
  self->year = year;
  text = g_strdup_printf ("%d", year);
  gtk_label_set_text (self->year_label, text);
  self->updating = TRUE;
  gtk_adjustment_set_value (self->year_adjustment, year);
  self->updating = FALSE;
  _wep_map_view_update_values (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

static void
year_changed_cb (WepMapView *self)
{
  g_assert (WEP_IS_MAP_VIEW (self));

  if (!self->updating)
    wep_map_view_set_year (self, (int) round (gtk_adjustment_get_value (self->year_adjustment)));
}

/* ---- actions ------------------------------------------------------------ */

static void
fit_all_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  wep_map_view_fit_all (WEP_MAP_VIEW (widget));
}

static void
zoom_selection_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  wep_map_view_zoom_to_selection (WEP_MAP_VIEW (widget));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _wep_map_view_export_dialog (WEP_MAP_VIEW (widget));
}

/* ---- the object --------------------------------------------------------- */

static void
fill_choices (WepMapView *self)
{
  for (guint i = 0; i < WEP_N_MAP_INDICATORS; i++)
    gtk_string_list_append (self->indicators, wep_map_indicator_label (i));
  for (guint i = 0; i < WEP_N_FAIR_SHARE_KEYS; i++)
    gtk_string_list_append (self->keys, wep_fair_share_key_label (i));
  for (guint i = 0; i < WEP_N_CLASSIFY_METHODS; i++)
    gtk_string_list_append (self->methods, wep_classify_method_label (i));
  for (guint i = 0; i < WEP_N_PALETTES; i++)
    gtk_string_list_append (self->palettes, wep_palette_label (i));
  gtk_drop_down_set_selected (self->palette_dropdown,
                              wep_map_indicator_palette (WEP_MAP_NEED_PER_10K));
  gtk_drop_down_set_selected (self->key_dropdown, wep_session_get_fair_share_key (self->session));
}

static void
wep_map_view_constructed (GObject *object)
{
  WepMapView *self = WEP_MAP_VIEW (object);

  G_OBJECT_CLASS (wep_map_view_parent_class)->constructed (object);

  g_assert (WEP_IS_SESSION (self->session));

  self->updating = TRUE;
  fill_choices (self);
  self->updating = FALSE;
  _wep_map_view_setup_base (self);
  _wep_map_view_setup_input (self);

  g_signal_connect_object (self->session, "results-changed", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::fair-share-key",
                           G_CALLBACK (fair_share_key_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->year_adjustment, "value-changed", G_CALLBACK (year_changed_cb),
                           self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
wep_map_view_dispose (GObject *object)
{
  WepMapView *self = WEP_MAP_VIEW (object);

  if (self->layer != NULL)
    wep_map_layer_set_scene (self->layer, NULL);
  if (self->fit_tick != 0 && self->map != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (shumate_simple_map_get_map (self->map)),
                                     self->fit_tick);
  self->fit_tick = 0;
  _wep_map_view_teardown_base (self);
  /* The bin lets go of its child (the toast overlay, a template child)
   * before the template's children are cleared. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), WEP_TYPE_MAP_VIEW);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (wep_map_view_parent_class)->dispose (object);
}

static void
wep_map_view_finalize (GObject *object)
{
  WepMapView *self = WEP_MAP_VIEW (object);

  g_free (self->selected_region);
  g_free (self->selected_municipality);
  g_free (self->problem);
  g_clear_pointer (&self->scene, wep_map_scene_free);
  g_clear_pointer (&self->data, wep_map_data_free);
  g_clear_pointer (&self->fair_share, wep_fair_share_free);
  g_clear_pointer (&self->values, wep_map_values_free);
  g_clear_pointer (&self->legend, wep_legend_free);

  G_OBJECT_CLASS (wep_map_view_parent_class)->finalize (object);
}

static void
wep_map_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  WepMapView *self = WEP_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_SELECTED_REGION:
      g_value_set_string (value, self->selected_region);
      break;
    case PROP_SELECTED_MUNICIPALITY:
      g_value_set_string (value, self->selected_municipality);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_map_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  WepMapView *self = WEP_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_SELECTED_REGION:
      wep_map_view_set_selected_region (self, g_value_get_string (value));
      break;
    case PROP_SELECTED_MUNICIPALITY:
      wep_map_view_set_selected_municipality (self, g_value_get_string (value));
      break;
    case PROP_YEAR:
      wep_map_view_set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_map_view_class_init (WepMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = wep_map_view_constructed;
  object_class->dispose = wep_map_view_dispose;
  object_class->finalize = wep_map_view_finalize;
  object_class->get_property = wep_map_view_get_property;
  object_class->set_property = wep_map_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, WEP_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * WepMapView:selected-region:
   *
   * The selected region by its name, as in the scenario's model input and
   * results; NULL for none.
   */
  properties[PROP_SELECTED_REGION] =
    g_param_spec_string ("selected-region", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_MUNICIPALITY] =
    g_param_spec_string ("selected-municipality", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SHUMATE_TYPE_SIMPLE_MAP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/woneneerst/Planner/map/"
                                               "wep-map-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WepMapView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, stack);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, indicator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, indicators);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, pathway_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, municipalities_toggle);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, regions_toggle);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, key_box);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, key_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, keys);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, method_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, methods);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, classes_spin);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, breaks_entry);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, breaks_error);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, palette_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, palettes);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, labels_check);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, missing_revealer);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, missing_label);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, map);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, legend_box);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, legend_title);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, legend_unit);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, legend_rows);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, year_box);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, year_label);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, year_scale);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, year_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, panel_title);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, panel_subtitle);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, figures_list);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, items_heading);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, items_list);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, panel_hint);
  gtk_widget_class_bind_template_child (widget_class, WepMapView, notes_label);
  gtk_widget_class_bind_template_callback_full (widget_class, "indicator_selected_cb",
                                                G_CALLBACK (_wep_map_view_indicator_selected_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "choice_changed_cb",
                                                G_CALLBACK (_wep_map_view_choice_changed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "key_selected_cb",
                                                G_CALLBACK (_wep_map_view_key_selected_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "palette_selected_cb",
                                                G_CALLBACK (_wep_map_view_palette_selected_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "item_activated_cb",
                                                G_CALLBACK (_wep_map_view_item_activated_cb));

  gtk_widget_class_install_action (widget_class, "map.fit-all", NULL, fit_all_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-selection", NULL,
                                   zoom_selection_action);
  gtk_widget_class_install_action (widget_class, "map.export", NULL, export_action);
}

static void
wep_map_view_init (WepMapView *self)
{
  static gsize css_loaded = 0;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The page's own few style rules (wep-map-view.css). */
  if (g_once_init_enter (&css_loaded))
    {
      g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, "/io/github/woneneerst/Planner/map/"
                                                     "wep-map-view.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_once_init_leave (&css_loaded, 1);
    }
}

GtkWidget *
wep_map_view_new (WepSession *session)
{
  g_return_val_if_fail (WEP_IS_SESSION (session), NULL);

  return g_object_new (WEP_TYPE_MAP_VIEW, "session", session, NULL);
}

WepSession *
wep_map_view_get_session (WepMapView *self)
{
  g_return_val_if_fail (WEP_IS_MAP_VIEW (self), NULL);
  return self->session;
}

const WepLegend *
wep_map_view_get_legend (WepMapView *self)
{
  g_return_val_if_fail (WEP_IS_MAP_VIEW (self), NULL);
  return self->legend;
}

WepMapScene *
wep_map_view_get_scene (WepMapView *self)
{
  g_return_val_if_fail (WEP_IS_MAP_VIEW (self), NULL);
  return self->scene;
}

void
wep_map_view_get_area (WepMapView *self,
                       WepMapArea *area)
{
  g_return_if_fail (WEP_IS_MAP_VIEW (self));
  wep_map_layer_get_view (self->layer, area);
}

ShumateViewport *
wep_map_view_get_viewport (WepMapView *self)
{
  g_return_val_if_fail (WEP_IS_MAP_VIEW (self), NULL);
  return shumate_simple_map_get_viewport (self->map);
}

gboolean
wep_map_view_get_online (WepMapView *self)
{
  g_return_val_if_fail (WEP_IS_MAP_VIEW (self), FALSE);
  return self->online;
}
