/* wep-map-view.h: the "Kaart" page — municipalities and regions coloured
 * by need, gap, waiting time, homelessness or plan realisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <shumate/shumate.h>

#include "wep-map-draw.h"
#include "wep-map-indicator.h"
#include "wep-session.h"

G_BEGIN_DECLS

#define WEP_TYPE_MAP_VIEW (wep_map_view_get_type ())
G_DECLARE_FINAL_TYPE (WepMapView, wep_map_view, WEP, MAP_VIEW, AdwBin)

GtkWidget       *wep_map_view_new                      (WepSession      *session);
WepSession      *wep_map_view_get_session              (WepMapView      *self);

/* The selected region by its name (as in the model input and results);
 * NULL for none. The window binds it to its own selection. */
const char      *wep_map_view_get_selected_region      (WepMapView      *self);
void             wep_map_view_set_selected_region      (WepMapView      *self,
                                                        const char      *region);
/* The selected municipality by its CBS code; NULL for none. */
const char      *wep_map_view_get_selected_municipality (WepMapView     *self);
void             wep_map_view_set_selected_municipality (WepMapView     *self,
                                                         const char     *code);

WepMapIndicator  wep_map_view_get_indicator            (WepMapView      *self);
void             wep_map_view_set_indicator            (WepMapView      *self,
                                                        WepMapIndicator  indicator);
WepMapLevel      wep_map_view_get_level                (WepMapView      *self);
void             wep_map_view_set_level                (WepMapView      *self,
                                                        WepMapLevel      level);
int              wep_map_view_get_year                 (WepMapView      *self);
void             wep_map_view_set_year                 (WepMapView      *self,
                                                        int              year);
/* The part of the world the map shows now, as wep_map_draw () takes it. */
void             wep_map_view_get_area                 (WepMapView      *self,
                                                        WepMapArea      *area);
/* The legend shown (NULL while there is nothing to colour). */
const WepLegend *wep_map_view_get_legend               (WepMapView      *self);
WepMapScene     *wep_map_view_get_scene                (WepMapView      *self);
ShumateViewport *wep_map_view_get_viewport             (WepMapView      *self);
/* Whether OpenStreetMap's tiles lie under the municipalities (online),
 * or the flat base (offline, WEP_OFFLINE=1, or the "online-map" setting
 * off). */
gboolean         wep_map_view_get_online               (WepMapView      *self);

/* What a click at a place does: selects the municipality there (and its
 * region of the scenario), or nothing; with toggle_custom (Ctrl+click) it
 * adds the municipality to the custom region being edited, or takes it
 * out, as one undoable change. */
void             wep_map_view_click                    (WepMapView      *self,
                                                        double           latitude,
                                                        double           longitude,
                                                        gboolean         toggle_custom);
/* The text of the tooltip at a place: the municipality's name and value;
 * NULL where there is none. */
char            *wep_map_view_describe_location        (WepMapView      *self,
                                                        double           latitude,
                                                        double           longitude);
void             wep_map_view_fit_all                  (WepMapView      *self);
void             wep_map_view_zoom_to_selection        (WepMapView      *self);
/* "Export Map…" without its dialog: the map as the page shows it now
 * (indicator, year, classes, selection), fitted to the selected region or
 * to all. */
gboolean         wep_map_view_export                   (WepMapView      *self,
                                                        const char      *path,
                                                        WepMapFormat     format,
                                                        double           width,
                                                        double           height,
                                                        GError         **error);

G_END_DECLS
