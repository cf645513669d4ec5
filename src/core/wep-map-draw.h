/* wep-map-draw.h: drawing the map of a plan with cairo
 *
 * One function draws the map (wep_map_draw ()): on screen inside the map
 * widget's layer, into the PNG, SVG and PDF files of "Export Map…" and
 * onto the pages of a report (wep_map_draw_page () adds the title, the
 * legend, a scale bar and the attribution). A WepMapScene says what to
 * draw: the municipalities' colours, which region outlines, what is
 * selected; a WepMapArea says where: the part of the world, the zoom and
 * the size of the area.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "wep-classify.h"
#include "wep-map-data.h"

G_BEGIN_DECLS

/* The part of the world shown, Web Mercator with 256-pixel tiles. */
typedef struct
{
  double center_x;   /* world units (wep-map-data.h) */
  double center_y;
  double zoom;       /* a world unit is 256 · 2^zoom units of the area */
  double rotation;   /* radians, clockwise */
  double width;      /* of the area, in the cairo context's units */
  double height;
  double scale;      /* line widths and text sizes: 1 on screen */
} WepMapArea;

/* Centres and zooms area so that bounds (min x, min y, max x, max y in
 * world units) fill its area but for margin on every side. */
void wep_map_area_fit        (WepMapArea       *area,
                              const double     *bounds,
                              double            margin);
void wep_map_area_to_world   (const WepMapArea *area,
                              double            px,
                              double            py,
                              double           *x,
                              double           *y);
void wep_map_area_from_world (const WepMapArea *area,
                              double            x,
                              double            y,
                              double           *px,
                              double           *py);

typedef struct _WepMapScene WepMapScene;

/* A scene of data, which must outlive it. Everything is grey and nothing
 * is outlined until the setters below say otherwise. */
WepMapScene     *wep_map_scene_new               (WepMapData         *data);
void             wep_map_scene_free              (WepMapScene        *scene);
WepMapData      *wep_map_scene_get_data          (const WepMapScene  *scene);
/* A value per municipality (NAN: none), coloured by legend (copied). */
void             wep_map_scene_set_values        (WepMapScene        *scene,
                                                  const double       *values,
                                                  const WepLegend    *legend);
const WepLegend *wep_map_scene_get_legend        (const WepMapScene  *scene);
double           wep_map_scene_get_value         (const WepMapScene  *scene,
                                                  guint               municipality);
/* The regions drawn with an outline (indices of data's regions). */
void             wep_map_scene_set_regions       (WepMapScene        *scene,
                                                  const guint        *regions,
                                                  guint               n_regions);
/* Municipality and region indices, or -1. */
void             wep_map_scene_set_selection     (WepMapScene        *scene,
                                                  int                 municipality,
                                                  int                 region);
void             wep_map_scene_set_hover         (WepMapScene        *scene,
                                                  int                 municipality);
/* Dark: a dark base and light lines and labels. */
void             wep_map_scene_set_dark          (WepMapScene        *scene,
                                                  gboolean            dark);
/* Whether the map paints its own flat base (offline, files, reports) or
 * lies over map tiles, with slightly see-through fills. */
void             wep_map_scene_set_draw_base     (WepMapScene        *scene,
                                                  gboolean            draw_base);
void             wep_map_scene_set_show_labels   (WepMapScene        *scene,
                                                  gboolean            show_labels);
/* The colour of a municipality without a value ("no data"): a light grey,
 * a dark one in the dark style. */
WepColor         wep_map_scene_get_no_data_color (const WepMapScene  *scene);
/* The colour of the flat base. */
WepColor         wep_map_scene_get_base_color    (const WepMapScene  *scene);
/* The box (world units) a drawing of the whole plan shows: its
 * municipalities with a boundary. FALSE when none has one. */
gboolean         wep_map_scene_get_bounds        (const WepMapScene  *scene,
                                                  double             *bounds);

/* Draws the map into the rectangle (0, 0, area->width, area->height) of cr. */
void             wep_map_draw                    (cairo_t            *cr,
                                                  WepMapScene        *scene,
                                                  const WepMapArea   *area);

/* ---- pages and files ---------------------------------------------------- */

typedef struct
{
  const char   *title;        /* at the top, large */
  const char   *subtitle;     /* under it: scenario, year, key */
  const char   *attribution;  /* at the bottom, small; NULL: the data's */
  const double *bounds;       /* what the map shows (world units); NULL: all */
} WepMapPageOptions;

/* A page of width × height (cr's units): title, the map fitted to the
 * bounds, its legend with the classes and unit, a scale bar and the
 * attribution, always on a light base. */
void             wep_map_draw_page               (cairo_t                  *cr,
                                                  WepMapScene              *scene,
                                                  double                    width,
                                                  double                    height,
                                                  const WepMapPageOptions  *options);

typedef enum
{
  WEP_MAP_FORMAT_PNG,   /* width × height pixels */
  WEP_MAP_FORMAT_SVG,   /* width × height points (1/72 inch) */
  WEP_MAP_FORMAT_PDF,   /* a page of width × height points */
  WEP_N_MAP_FORMATS
} WepMapFormat;

#define WEP_MAP_EXPORT_MIN_SIZE 200
#define WEP_MAP_EXPORT_MAX_SIZE 10000

/* From the file name's extension (.png, .svg, .pdf); FALSE for another. */
gboolean         wep_map_format_from_path        (const char               *path,
                                                  WepMapFormat             *format);
/* Writes wep_map_draw_page () into a file; a size outside
 * WEP_MAP_EXPORT_MIN_SIZE to WEP_MAP_EXPORT_MAX_SIZE is refused, naming
 * it (G_IO_ERROR_INVALID_ARGUMENT), as is a file that cannot be written. */
gboolean         wep_map_export                  (WepMapScene              *scene,
                                                  const WepMapPageOptions  *options,
                                                  const char               *path,
                                                  WepMapFormat              format,
                                                  double                    width,
                                                  double                    height,
                                                  GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepMapScene, wep_map_scene_free)

G_END_DECLS
