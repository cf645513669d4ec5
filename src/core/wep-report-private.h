/* wep-report-private.h: what the parts of the report share
 *
 * The content (wep-report.c and the sections: wep-report-summary.c,
 * wep-report-municipalities.c, wep-report-assumptions.c) is a list of
 * blocks: headings, paragraphs, tables and figures. The paginator
 * (wep-report-layout.c) lays them out on pages with Pango, and
 * wep-report-draw.c draws the pages with cairo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "wep-chart.h"
#include "wep-document-private.h"
#include "wep-fair-share.h"
#include "wep-map-draw.h"
#include "wep-model.h"
#include "wep-report.h"
#include "wep-suppress.h"
#include "wep-uncertainty.h"

G_BEGIN_DECLS

/* ---- blocks ---------------------------------------------------------------- */

typedef enum
{
  WEP_BLOCK_HEADING,
  WEP_BLOCK_PARAGRAPH,
  WEP_BLOCK_TABLE,
  WEP_BLOCK_FIGURE,
  WEP_BLOCK_PAGE_BREAK,
} WepBlockKind;

typedef enum
{
  WEP_TEXT_BODY,
  WEP_TEXT_LEAD,      /* the summary's sentences: a little larger */
  WEP_TEXT_BULLET,    /* a point of a list */
  WEP_TEXT_NOTE,      /* small and grey: a source, a caveat */
} WepTextStyle;

typedef enum
{
  WEP_ROW_PLAIN = 0,
  WEP_ROW_TOTAL = 1 << 0,   /* bold, a rule above */
  WEP_ROW_GROUP = 1 << 1,   /* a heading across every column */
  WEP_ROW_MUTED = 1 << 2,   /* grey: a row that does not count */
} WepRowFlags;

typedef struct
{
  char           *title;
  double          weight;   /* share of the table's width */
  PangoAlignment  align;
} WepReportColumn;

typedef struct
{
  char        **cells;      /* one per column; one in all for a group row */
  WepRowFlags   flags;
} WepReportRow;

/* A heading over several columns, above the column titles. */
typedef struct
{
  char  *title;
  guint  span;
} WepReportSpan;

typedef void (*WepReportDrawFunc) (cairo_t  *cr,
                                   double    width,
                                   double    height,
                                   gpointer  data);

typedef struct
{
  WepBlockKind  kind;
  /* heading */
  int           level;      /* 1 or 2 */
  char         *number;     /* "3", "3.1"; NULL */
  /* heading, paragraph: Pango markup */
  char         *markup;
  WepTextStyle  style;
  /* table */
  char         *caption;    /* above it, with the heading's number style */
  GArray       *columns;    /* of WepReportColumn */
  GArray       *spans;      /* of WepReportSpan; NULL */
  GPtrArray    *rows;       /* of WepReportRow */
  char         *note;       /* under it, small: source, "< 10" */
  /* figure */
  double        aspect;     /* height / width */
  WepReportDrawFunc draw;
  gpointer      data;
  GDestroyNotify destroy;
} WepReportBlock;

void            _wep_report_block_free     (WepReportBlock *block);

/* Adds blocks to the report's list. Markup is Pango markup: escape what
 * comes from the plan (g_markup_printf_escaped). */
void            _wep_report_add_heading    (WepReport      *report,
                                            int             level,
                                            const char     *text);
void            _wep_report_add_paragraph  (WepReport      *report,
                                            WepTextStyle    style,
                                            const char     *markup);
void            _wep_report_add_page_break (WepReport      *report);
/* A table to fill with _wep_report_table_* ; added to the report. */
WepReportBlock *_wep_report_add_table      (WepReport      *report,
                                            const char     *caption);
void            _wep_report_table_column   (WepReportBlock *table,
                                            const char     *title,
                                            double          weight,
                                            PangoAlignment  align);
void            _wep_report_table_span     (WepReportBlock *table,
                                            const char     *title,
                                            guint           span);
/* A row of one cell per column (copied), or one for a group row. */
void            _wep_report_table_row      (WepReportBlock *table,
                                            WepRowFlags     flags,
                                            const char     *const *cells);
/* Sets the table's note (markup). */
void            _wep_report_table_note     (WepReportBlock *table,
                                            const char     *markup);
void            _wep_report_add_figure     (WepReport      *report,
                                            double          aspect,
                                            WepReportDrawFunc draw,
                                            gpointer        data,
                                            GDestroyNotify  destroy);

/* ---- numbers as the report writes them ------------------------------------ */

/* In the user's number format, a true minus sign, "—" for NAN. */
char *_wep_report_number   (double       value,
                            int          decimals);
/* A count of persons of a table: whole, "< 10" when small, "×" when
 * hidden to protect a small one. */
char *_wep_report_count    (const WepSuppression *suppression,
                            guint                 cell,
                            double                value);
/* A count of persons that no table shows: hidden by the rule alone. */
char *_wep_report_persons  (WepReport   *report,
                            double       value);
char *_wep_report_months   (double       value);
char *_wep_report_euros    (double       value);
/* "€ 31,7 million" */
char *_wep_report_millions (double       value);
char *_wep_report_percent  (double       share);

/* ---- the report ------------------------------------------------------------ */

typedef struct _WepReportPages WepReportPages;

struct _WepReport
{
  /* What it is about. */
  char              *title;          /* the plan's title */
  char              *description;
  char              *organisation;
  char              *plan_file;      /* the file's name, or NULL */
  char              *scenario;
  char              *compare;        /* NULL */
  char              *region_code;    /* NULL: every region of the scenario */
  char              *region_name;    /* the region, or a description of all */
  char              *date_text;      /* "27 November 2026", translated */
  int                threshold;
  WepFairShareKey    key;

  /* Computed. */
  WepModelInput     *input;          /* the region's, or the scenario's */
  WepResults        *results;
  GPtrArray         *needs;          /* of WepRegionNeeds, input order */
  WepResults        *with_needs;     /* the results with the homes needed built */
  WepUncertainty    *uncertainty;    /* NULL: no input has a range */
  WepSuppression    *suppression;    /* of results */
  WepSuppression    *start_suppression; /* of the starting position */
  WepFairShare      *fair_share;     /* NULL: fair_share_problem says why */
  char              *fair_share_problem;
  WepModelInput     *compare_input;  /* of the report's regions only */
  gboolean           compare_has_more; /* the compared scenario has more regions */
  WepResults        *compare_results;
  GPtrArray         *compare_needs;
  WepMapData        *map_data;
  WepMapScene       *map_scene;      /* NULL: no boundaries to draw */
  WepLegend         *map_legend;

  /* Content. */
  WepDocument       *doc;            /* while wep_report_new () makes it */
  GPtrArray         *blocks;         /* of WepReportBlock */
  int                n_chapters;
  int                n_sections;

  /* Layout. */
  WepReportPages    *pages;
};

/* The row of results the report is about: the region itself when there
 * is one, else the total. */
guint           _wep_report_main_row      (WepReport      *report);
const WepRegionResult *_wep_report_main_result (WepReport  *report,
                                                WepResults *results);
/* The target year of the report: of its first region; whether every
 * region has the same. */
int             _wep_report_target_year   (WepReport      *report);
gboolean        _wep_report_common_target (WepReport      *report);
/* A result (a WepColumn, WEP_RESULTS_QUEUES or _HOUSED) of a region
 * (regions->len: the total), and as the report shows it: whole persons,
 * "< 10" or "×" (hidden to protect a small count), months, millions of
 * euros; "×" for a wait that would give a hidden count away. */
double          _wep_report_value         (WepReport      *report,
                                           guint           region,
                                           int             year_index,
                                           guint           cell);
char           *_wep_report_result        (WepReport      *report,
                                           guint           region,
                                           int             year_index,
                                           guint           cell);
/* Whether anything in the report is hidden. */
gboolean        _wep_report_any_hidden    (WepReport      *report);

/* The counts of the starting position of a region (regions->len: all
 * together): homeless0, exit_ready0, housed0_* and the housed together,
 * as numbers and shown or hidden. */
enum
{
  WEP_REPORT_START_HOMELESS,
  WEP_REPORT_START_EXIT_READY,
  WEP_REPORT_START_HOUSED_HF,
  WEP_REPORT_START_HOUSED_IND,
  WEP_REPORT_START_HOUSED_GRP,
  WEP_REPORT_START_HOUSED,
  WEP_REPORT_N_START
};
WepScalar       _wep_report_start_scalar  (guint           i);
double          _wep_report_start_value   (WepReport      *report,
                                           guint           region,
                                           guint           i);
char           *_wep_report_start         (WepReport      *report,
                                           guint           region,
                                           guint           i);

/* The sections, in the order of the report. */
void _wep_report_add_summary        (WepReport   *report);
void _wep_report_add_needs          (WepReport   *report);
void _wep_report_add_results        (WepReport   *report);
void _wep_report_add_uncertainty    (WepReport   *report);
void _wep_report_add_comparison     (WepReport   *report);
void _wep_report_add_map            (WepReport   *report);
void _wep_report_add_municipalities (WepReport   *report,
                                     WepDocument *doc);
void _wep_report_add_assumptions    (WepReport   *report,
                                     WepDocument *doc);
void _wep_report_add_method         (WepReport   *report);
void _wep_report_add_provenance     (WepReport   *report,
                                     WepDocument *doc);

/* A chart of the Grafieken page, for the report's region and target year
 * (column: of the uncertainty and compare charts); left out, with a note,
 * when it would show a hidden count (wep-report-charts.c). */
void _wep_report_add_chart          (WepReport    *report,
                                     WepChartKind  kind,
                                     WepColumn     column);

/* The allocations to people leaving the shelter of the members (indices
 * of the map data's municipalities, per region of the report). */
void _wep_report_add_allocations    (WepReport   *report,
                                     WepDocument *doc,
                                     GPtrArray   *members);

/* The map's scene and legend for the report (wep-report-municipalities.c);
 * leaves map_scene NULL when the plan has no boundaries. */
void _wep_report_prepare_map        (WepReport   *report,
                                     WepDocument *doc);

/* ---- layout ----------------------------------------------------------------- */

void            _wep_report_pages_free    (WepReportPages *pages);
WepReportPages *_wep_report_pages_new     (WepReport      *report,
                                           double          width,
                                           double          height);
guint           _wep_report_pages_count   (WepReportPages *pages);
void            _wep_report_pages_draw    (WepReportPages *pages,
                                           WepReport      *report,
                                           cairo_t        *cr,
                                           guint           page);

G_END_DECLS
