/* wep-map-indicator.h: the figures a map colours municipalities and
 * regions by
 *
 * For one year and one housing pathway (or all three), per municipality
 * and per region of the scenario:
 *
 *   need_per_10k     homes needed per 10,000 inhabitants: a municipality's
 *                    fair share of its region's need, a region's need
 *   gap_per_10k      planned minus fair share per 10,000 inhabitants
 *   wait             months an exit-ready person waits for a home (the
 *                    region's, Little's law; all pathways: from the summed
 *                    queues and moves)
 *   homeless_per_1k  homeless persons at the end of the year per 1,000
 *                    inhabitants (the region's)
 *   realisation      realised units as a percentage of the planned units
 *                    of the year (from the plans' status)
 *
 * The model runs per region, so a municipality shows its region's wait
 * and homelessness. docs/model.md, "The map", gives the definitions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-classify.h"
#include "wep-fair-share.h"
#include "wep-map-data.h"
#include "wep-model.h"

G_BEGIN_DECLS

typedef enum
{
  WEP_MAP_NEED_PER_10K,
  WEP_MAP_GAP_PER_10K,
  WEP_MAP_WAIT,
  WEP_MAP_HOMELESS_PER_1K,
  WEP_MAP_REALISATION,
  WEP_N_MAP_INDICATORS
} WepMapIndicator;

/* What a map colours: municipalities one by one, or each region as one. */
typedef enum
{
  WEP_MAP_MUNICIPALITIES,
  WEP_MAP_REGIONS,
} WepMapLevel;

/* "need_per_10k", "gap_per_10k", "wait", "homeless_per_1k", "realisation" */
const char *wep_map_indicator_key           (WepMapIndicator  indicator);
gboolean    wep_map_indicator_from_key      (const char      *key,
                                             WepMapIndicator *indicator);
/* Translated: "Homes needed per 10,000 inhabitants" … */
const char *wep_map_indicator_label         (WepMapIndicator  indicator);
/* Translated: "per 10,000 inhabitants", "months", "%" … */
const char *wep_map_indicator_unit          (WepMapIndicator  indicator);
/* Whether it can be shown for one pathway (all but homeless_per_1k). */
gboolean    wep_map_indicator_has_pathways  (WepMapIndicator  indicator);
/* Whether it is a figure of the region, the same for all its members
 * (wait, homeless_per_1k): classified over the regions, never over the
 * municipalities. */
gboolean    wep_map_indicator_is_regional  (WepMapIndicator  indicator);
/* Whether it needs the fair share (need_per_10k, gap_per_10k). */
gboolean    wep_map_indicator_uses_fair_share (WepMapIndicator indicator);
/* The palette it is drawn with unless the user picks another: diverging
 * (orange below 0) for the gap, sequential for the others. */
WepPalette  wep_map_indicator_palette       (WepMapIndicator  indicator);

/* What the session holds: the scenario's input and results, and the fair
 * share by the chosen key (NULL with a problem when it cannot be made). */
typedef struct
{
  const WepModelInput *input;
  const WepResults    *results;
  const WepFairShare  *fair_share;
  const char          *problem;      /* why there are no results or fair share */
} WepMapSources;

/* The figures of one municipality or region in a year, for a pathway or
 * all three; NAN when unknown. */
typedef struct
{
  double population;
  double need;        /* fair share (municipality) or homes needed (region) */
  double planned;     /* counted plans of the year, every status */
  double realised;    /* of those, realised */
  double gap;         /* planned − need */
  double wait;        /* months; the region's */
  double homeless;    /* persons at the end of the year; the region's */
  int    region;      /* a municipality's region of the scenario (index), or -1 */
} WepMapFigures;

typedef struct
{
  int            year;
  int            pathway;        /* WepPathway of a housing pathway, or WEP_N_HOUSING */
  WepMapFigures *municipalities; /* per municipality of the data */
  WepMapFigures *regions;        /* per region of the data */
  gboolean      *in_scenario;    /* per region: one of the scenario's */
  WepMapFigures  total;          /* the scenario's regions together (the model's
                                  * total for the wait and the homeless) */
  guint          n_municipalities;
  guint          n_regions;
} WepMapValues;

/* The figures of every municipality and region. */
WepMapValues *wep_map_values_compute (const WepMapData    *data,
                                      const WepMapSources *sources,
                                      int                  year,
                                      int                  pathway);
void          wep_map_values_free    (WepMapValues        *values);
/* An indicator of one set of figures (NAN when unknown). */
double        wep_map_figures_get    (const WepMapFigures *figures,
                                      WepMapIndicator      indicator);
/* The indicator of every municipality (level MUNICIPALITIES) or of each
 * municipality's region (REGIONS), as a new array of n_municipalities. */
double       *wep_map_values_for_municipalities (const WepMapValues *values,
                                                 WepMapIndicator     indicator,
                                                 WepMapLevel         level);
/* The indicator of the regions of the scenario, as a new array of
 * n_regions (NAN for the others): what a legend of regions classifies. */
double       *wep_map_values_for_regions (const WepMapValues *values,
                                          WepMapIndicator     indicator);

/* The years a map can show: the scenario's, else those of the plans;
 * FALSE when there are none. */
gboolean      wep_map_years          (const WepMapData    *data,
                                      const WepMapSources *sources,
                                      int                 *first,
                                      int                 *last);

/* The legend of an indicator: its title (with the year and, where it
 * applies, the pathway), its unit, and classes of values. */
WepLegend    *wep_map_legend_new     (WepMapIndicator          indicator,
                                      int                      pathway,
                                      int                      year,
                                      const double            *values,
                                      guint                    n_values,
                                      const WepLegendOptions  *options,
                                      GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepMapValues, wep_map_values_free)

G_END_DECLS
