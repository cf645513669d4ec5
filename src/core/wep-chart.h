/* wep-chart.h: the charts of a plan, drawn with cairo
 *
 * Eight charts, each answering one question a council asks (docs/model.md,
 * "Charts"). What a chart shows is a WepChartData: categories along one
 * axis (years, or municipalities), series of values against them, and the
 * texts around them (title, units, legend, notes). wep-chart-data.h makes
 * them from the model's results, the homes needed, the uncertainty runs,
 * the fair share and the plan; the functions here only draw them, the same
 * way on screen (the chart widget), into PNG, SVG and PDF files and onto
 * the pages of a report. Drawing records where everything went in a
 * WepChartLayout, for hover and for tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "wep-palette.h"

G_BEGIN_DECLS

typedef enum
{
  WEP_CHART_HOMELESS,     /* homeless, sheltered, unsheltered against shelter places */
  WEP_CHART_NEEDS,        /* homes needed against planned, per year and pathway */
  WEP_CHART_WAIT,         /* waiting time per pathway against the goal */
  WEP_CHART_UNCERTAINTY,  /* P10–P90 band and median of a yearly column */
  WEP_CHART_FAIR_SHARE,   /* plans against the fair share, per municipality */
  WEP_CHART_COMPARE,      /* one yearly column in two scenarios */
  WEP_CHART_COSTS,        /* costs per year and added up */
  WEP_CHART_MONITORING,   /* allocations and realised plans against plans */
  WEP_N_CHART_KINDS
} WepChartKind;

/* "homeless", "needs", "wait", "uncertainty", "fair-share", "compare",
 * "costs", "monitoring". */
const char *wep_chart_kind_key        (WepChartKind  kind);
gboolean    wep_chart_kind_from_key   (const char   *key,
                                       WepChartKind *kind);
/* The chart's title, translated ("Homeless persons" …). */
const char *wep_chart_kind_title      (WepChartKind  kind);
/* A file name without extension for an exported chart, translated. */
const char *wep_chart_kind_file_stem  (WepChartKind  kind);

/* ---- style ------------------------------------------------------------- */

typedef struct
{
  WepColor    foreground;       /* text, axes */
  WepColor    background;       /* what the chart lies on */
  WepColor    grid;             /* grid lines, the highlighted year */
  gboolean    fill_background;  /* paint the background first (files) */
  double      scale;            /* text sizes and line widths; 1 on screen */
  const char *font_family;      /* NULL: "Sans" */
  double      title_reserve;    /* room kept free right of the title (a button) */
} WepChartStyle;

/* Dark text on white, for paper and files. */
void wep_chart_style_init_light (WepChartStyle *style);
/* Light text on a dark grey, as libadwaita's dark style. */
void wep_chart_style_init_dark  (WepChartStyle *style);

/* ---- what a chart shows ----------------------------------------------- */

typedef enum
{
  WEP_CHART_UNIT_PERSONS,   /* persons */
  WEP_CHART_UNIT_UNITS,     /* homes or places */
  WEP_CHART_UNIT_MONTHS,
  WEP_CHART_UNIT_EUROS,
} WepChartUnit;

typedef enum
{
  WEP_CHART_MARK_BAR,          /* a bar, on top of the bars of its stack before it */
  WEP_CHART_MARK_BAR_HATCHED,  /* the same, hatched: what is still missing */
  WEP_CHART_MARK_LINE,         /* a line with a dot at every value */
  WEP_CHART_MARK_STEP,         /* a dashed level across each category: a capacity */
  WEP_CHART_MARK_BAND,         /* shaded from values to high */
  WEP_CHART_MARK_NONE,         /* not drawn: one of the values shown on hover */
} WepChartMark;

#define WEP_CHART_MAX_PANELS 3

typedef struct
{
  char         *label;     /* in the legend and on hover */
  WepColor      color;
  WepChartMark  mark;
  gboolean      dashed;    /* a line drawn dashed */
  gboolean      quiet;     /* drawn, but left out of the values in words */
  guint         stack;     /* bars: which bar of a category (0, 1, 2 …) */
  guint         panel;     /* which panel it is drawn in */
  double       *values;    /* n_categories; NAN: none */
  double       *high;      /* a band's upper edge; NULL otherwise */
} WepChartSeries;

typedef struct
{
  WepChartKind  kind;
  char         *title;
  char         *subtitle;        /* region, scenario, what is compared */
  WepChartUnit  unit;
  char         *value_label;     /* the value axis, with its unit */
  char         *category_label;  /* the category axis ("Year, end of December") */
  guint         n_categories;
  char        **categories;      /* "2026" …, or names */
  int           first_year;      /* the year of category 0; 0 when not years */
  GPtrArray    *series;          /* of WepChartSeries */

  guint         n_panels;        /* 1 to WEP_CHART_MAX_PANELS, side by side */
  char         *panel_titles[WEP_CHART_MAX_PANELS];
  gboolean      shared_scale;    /* all panels on one value axis */
  gboolean      horizontal;      /* categories down, values across (bars) */
  gboolean      value_labels;    /* a bar stack's total above it (or beside it) */

  int           highlight;       /* the selected category, -1: none */
  double        goal;            /* a goal line at this value; NAN: none */
  char         *goal_label;
  int           marker;          /* a marked category (the target year), -1: none */
  char         *marker_label;

  char         *message;         /* set: no chart, this sentence instead */
  char         *note;            /* under the chart: what to keep in mind */
} WepChartData;

WepChartData   *wep_chart_data_new          (WepChartKind        kind,
                                             guint               n_categories);
void            wep_chart_data_free         (WepChartData       *data);
/* Adds a series of n_categories values (all NAN) and returns it. */
WepChartSeries *wep_chart_data_add_series   (WepChartData       *data,
                                             const char         *label,
                                             WepColor            color,
                                             WepChartMark        mark);
/* Categories that are the years first_year, first_year + 1 … */
void            wep_chart_data_set_years    (WepChartData       *data,
                                             int                 first_year);
/* The category of a year, or -1. */
int             wep_chart_data_year_index   (const WepChartData *data,
                                             int                 year);
static inline WepChartSeries *
wep_chart_data_series (const WepChartData *data,
                       guint               i)
{
  return g_ptr_array_index (data->series, i);
}

/* ---- where things went ------------------------------------------------- */

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} WepChartRect;

typedef struct
{
  guint        series;     /* index into the data's series */
  int          category;
  WepChartRect rect;
} WepChartBar;

typedef struct
{
  char        *label;
  WepChartRect rect;       /* swatch and text */
} WepChartLegendItem;

typedef struct
{
  guint        n_panels;
  WepChartRect plot[WEP_CHART_MAX_PANELS];        /* the plotting areas */
  double       axis_min[WEP_CHART_MAX_PANELS];    /* the value axis covers this */
  double       axis_max[WEP_CHART_MAX_PANELS];
  double       tick_step[WEP_CHART_MAX_PANELS];
  gboolean     horizontal;
  guint        n_categories;
  GArray      *bars;       /* of WepChartBar */
  GArray      *legend;     /* of WepChartLegendItem */
  WepChartRect title;
  WepChartRect message;    /* where the message went; empty without one */
} WepChartLayout;

WepChartLayout *wep_chart_layout_new            (void);
void            wep_chart_layout_free           (WepChartLayout       *layout);
/* Forgets a drawing, so the layout can record the next. */
void            wep_chart_layout_clear          (WepChartLayout       *layout);
/* Where value lies along the panel's value axis: a y (or, horizontal, an
 * x) in the drawing's units. */
double          wep_chart_layout_value_position (const WepChartLayout *layout,
                                                 guint                 panel,
                                                 double                value);
/* The panel and category under the point (x, y) of the drawing; FALSE
 * when it is outside every plot. */
gboolean        wep_chart_layout_find           (const WepChartLayout *layout,
                                                 double                x,
                                                 double                y,
                                                 guint                *panel,
                                                 int                  *category);
/* The middle of a category along the category axis. */
double          wep_chart_layout_category_center (const WepChartLayout *layout,
                                                  guint                 panel,
                                                  int                   category);

/* ---- drawing ----------------------------------------------------------- */

/* Each draws data of its kind into the area (0, 0, width, height) of cr;
 * layout, when not NULL, records where. A data with a message draws the
 * title and the message. */
void wep_chart_draw_homeless    (cairo_t *cr, double width, double height,
                                 const WepChartStyle *style, const WepChartData *data,
                                 WepChartLayout *layout);
void wep_chart_draw_needs       (cairo_t *cr, double width, double height,
                                 const WepChartStyle *style, const WepChartData *data,
                                 WepChartLayout *layout);
void wep_chart_draw_wait        (cairo_t *cr, double width, double height,
                                 const WepChartStyle *style, const WepChartData *data,
                                 WepChartLayout *layout);
void wep_chart_draw_uncertainty (cairo_t *cr, double width, double height,
                                 const WepChartStyle *style, const WepChartData *data,
                                 WepChartLayout *layout);
void wep_chart_draw_fair_share  (cairo_t *cr, double width, double height,
                                 const WepChartStyle *style, const WepChartData *data,
                                 WepChartLayout *layout);
void wep_chart_draw_compare     (cairo_t *cr, double width, double height,
                                 const WepChartStyle *style, const WepChartData *data,
                                 WepChartLayout *layout);
void wep_chart_draw_costs       (cairo_t *cr, double width, double height,
                                 const WepChartStyle *style, const WepChartData *data,
                                 WepChartLayout *layout);
void wep_chart_draw_monitoring  (cairo_t *cr, double width, double height,
                                 const WepChartStyle *style, const WepChartData *data,
                                 WepChartLayout *layout);
/* The one of the above that data->kind names. */
void wep_chart_draw             (cairo_t *cr, double width, double height,
                                 const WepChartStyle *style, const WepChartData *data,
                                 WepChartLayout *layout);

/* The height a chart wants at width: more for many categories drawn
 * across (the fair share of a region with many municipalities). */
double          wep_chart_preferred_height (const WepChartData *data,
                                            double              width);

/* ---- in words ---------------------------------------------------------- */

/* What the chart shows, in a sentence or two, for screen readers and
 * reports: "Homeless persons 2026–2035: from 1.200 to 800 …". */
char *wep_chart_data_describe          (const WepChartData *data);
/* The exact values of one category of a panel, one per line: the
 * category, then "label: value unit" for every series that has one. */
char *wep_chart_data_describe_category (const WepChartData *data,
                                        guint               panel,
                                        int                 category);

/* ---- files ------------------------------------------------------------- */

typedef enum
{
  WEP_CHART_FORMAT_PNG,   /* width × height pixels */
  WEP_CHART_FORMAT_SVG,   /* width × height points (1/72 inch) */
  WEP_CHART_FORMAT_PDF,   /* a page of width × height points */
  WEP_N_CHART_FORMATS
} WepChartFormat;

#define WEP_CHART_EXPORT_MIN_SIZE 200
#define WEP_CHART_EXPORT_MAX_SIZE 10000

/* From the file name's extension (.png, .svg, .pdf); FALSE for another. */
gboolean         wep_chart_format_from_path (const char          *path,
                                             WepChartFormat      *format);
const char      *wep_chart_format_extension (WepChartFormat       format);
/* The text size for a drawing of width × height: 1 at the size of a chart
 * on screen, larger for a larger picture, so that it reads the same. */
double           wep_chart_export_scale     (double               width,
                                             double               height);
/* Draws data into a file of width × height, on the light style (paper),
 * its text scaled by wep_chart_export_scale (). A size outside
 * WEP_CHART_EXPORT_MIN_SIZE to WEP_CHART_EXPORT_MAX_SIZE is refused,
 * naming it (G_IO_ERROR_INVALID_ARGUMENT), as is a file that cannot be
 * written. */
gboolean         wep_chart_export           (const WepChartData  *data,
                                             const char          *path,
                                             WepChartFormat       format,
                                             double               width,
                                             double               height,
                                             GError             **error);
/* The same into a new ARGB32 image surface of width × height pixels. */
cairo_surface_t *wep_chart_render_image     (const WepChartData  *data,
                                             const WepChartStyle *style,
                                             int                  width,
                                             int                  height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepChartData, wep_chart_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepChartLayout, wep_chart_layout_free)

G_END_DECLS
