/* wep-map-view-private.h: what the parts of WepMapView share
 *
 * wep-map-view.c: the page, the selection and following the session;
 * wep-map-view-values.c: the choices and the values and legend they give;
 * wep-map-view-panel.c: the legend and the side panel of the selection;
 * wep-map-view-input.c: clicks, hover, tooltips, custom regions, zooming;
 * wep-map-view-base.c: what the map lies on (OpenStreetMap or the flat
 * base) and the dark style; wep-map-view-export.c: "Export Map…".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-fair-share.h"
#include "wep-map-flat-source.h"
#include "wep-map-layer.h"
#include "wep-map-view.h"

G_BEGIN_DECLS

struct _WepMapView
{
  AdwBin               parent_instance;

  WepSession          *session;
  char                *selected_region;        /* a region's name */
  char                *selected_municipality;  /* a CBS code */

  /* What is drawn: read from the plan on every change of it. */
  WepMapData          *data;
  WepMapScene         *scene;
  WepFairShare        *fair_share;
  char                *problem;                /* why there is no fair share or results */
  WepMapValues        *values;
  WepLegend           *legend;
  int                  first_year;
  int                  last_year;
  int                  year;
  gboolean             fitted;                 /* the first view of a plan is fitted */
  int                  hover;                  /* the municipality under the pointer */
  double               pending_bounds[4];      /* to show once the map has a size */
  guint                fit_tick;
  gboolean             updating;               /* choices set by the code, not the user */

  /* What the map lies on. */
  gboolean             online;
  gboolean             dark;
  WepMapFlatSource    *flat_source;
  ShumateMapSource    *tile_source;
  ShumateMapLayer     *tile_layer;
  WepMapLayer         *layer;
  GSettings           *settings;
  GNetworkMonitor     *network;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  AdwStatusPage       *empty_page;
  GtkDropDown         *indicator_dropdown;
  GtkStringList       *indicators;
  GtkDropDown         *pathway_dropdown;
  GtkToggleButton     *municipalities_toggle;
  GtkToggleButton     *regions_toggle;
  GtkWidget           *key_box;
  GtkDropDown         *key_dropdown;
  GtkStringList       *keys;
  GtkDropDown         *method_dropdown;
  GtkStringList       *methods;
  GtkSpinButton       *classes_spin;
  GtkEntry            *breaks_entry;
  GtkLabel            *breaks_error;
  GtkDropDown         *palette_dropdown;
  GtkStringList       *palettes;
  GtkCheckButton      *labels_check;
  GtkRevealer         *missing_revealer;
  GtkLabel            *missing_label;
  ShumateSimpleMap    *map;
  GtkWidget           *legend_box;
  GtkLabel            *legend_title;
  GtkLabel            *legend_unit;
  GtkBox              *legend_rows;
  GtkWidget           *year_box;
  GtkLabel            *year_label;
  GtkScale            *year_scale;
  GtkAdjustment       *year_adjustment;
  GtkLabel            *panel_title;
  GtkLabel            *panel_subtitle;
  GtkListBox          *figures_list;
  GtkLabel            *items_heading;
  GtkListBox          *items_list;
  GtkLabel            *panel_hint;
  GtkLabel            *notes_label;
};

/* wep-map-view-values.c; the callbacks are the template's. */
void         _wep_map_view_choice_changed_cb     (WepMapView *self);
void         _wep_map_view_indicator_selected_cb (WepMapView *self);
void         _wep_map_view_palette_selected_cb   (WepMapView *self);
void         _wep_map_view_key_selected_cb       (WepMapView *self);
/* The fair share by the session's key, or the problem that stops it. */
void         _wep_map_view_compute_fair_share    (WepMapView *self);
/* The year slider over the scenario's years (else the plans'). */
void         _wep_map_view_update_years          (WepMapView *self);
/* The notice of municipalities without a boundary. */
void         _wep_map_view_update_missing        (WepMapView *self);
/* The pathway chosen: WepPathway of a housing pathway or WEP_N_HOUSING. */
int          _wep_map_view_get_pathway       (WepMapView *self);
/* Colours the map again after a change of year, indicator or classes. */
void         _wep_map_view_update_values     (WepMapView *self);
/* The selection (municipality and region) into the scene and the panel. */
void         _wep_map_view_update_selection  (WepMapView *self);
/* A value of the indicator shown, with its unit ("3,2 per 10.000 inwoners"). */
char        *_wep_map_view_format_value      (WepMapView *self,
                                              double      value);

/* wep-map-view-panel.c */
void         _wep_map_view_update_legend     (WepMapView    *self);
void         _wep_map_view_update_panel      (WepMapView    *self);
/* A row of the panel's list: a municipality of the region shown. */
void         _wep_map_view_item_activated_cb (WepMapView    *self,
                                              GtkListBoxRow *row);

/* wep-map-view-input.c */
void         _wep_map_view_setup_input       (WepMapView *self);
void         _wep_map_view_show_toast        (WepMapView *self,
                                              const char *text);

/* wep-map-view-base.c */
void         _wep_map_view_setup_base        (WepMapView *self);
void         _wep_map_view_teardown_base     (WepMapView *self);

/* wep-map-view-export.c */
void         _wep_map_view_export_dialog     (WepMapView *self);

G_END_DECLS
