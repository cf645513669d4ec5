/* wep-report-layout-private.h: a report laid out on pages
 *
 * wep-report-layout.c measures every block with Pango and cuts the list
 * into pages; wep-report-draw.c draws them. Sizes are points.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-report-private.h"

G_BEGIN_DECLS

#define WEP_REPORT_FONT "Cantarell"

/* Colours, sober: near-black text, a dark blue-grey for headings. */
#define WEP_REPORT_INK      0x1c1c1c
#define WEP_REPORT_ACCENT   0x1f3b57
#define WEP_REPORT_GREY     0x5a6068
#define WEP_REPORT_RULE     0xb9c0c8
#define WEP_REPORT_HAIRLINE 0xdde1e6
#define WEP_REPORT_SHADE    0xeaeef2
#define WEP_REPORT_TOTAL    0xf3f5f7

typedef struct
{
  double left, right, top, bottom;   /* the text area */
  double width, height;              /* of the page */
} WepPageFrame;

/* A block with its Pango layouts. */
typedef struct
{
  WepReportBlock *block;
  double          space_before;
  double          space_after;
  /* heading, paragraph */
  PangoLayout    *layout;
  double          indent;
  guint           n_lines;
  double         *line_top;      /* per line, from the layout's top */
  double         *line_bottom;
  double         *line_x;
  double         *baseline;
  /* table */
  double         *column_x;      /* from the text area's left */
  double         *column_width;
  PangoLayout    *caption;
  PangoLayout    *continued;     /* the caption with "(continued)" */
  double          caption_height;
  PangoLayout   **spans;
  double          span_height;
  PangoLayout   **header;
  double          header_height;
  PangoLayout  ***cells;         /* per row, per column */
  double         *row_height;
  PangoLayout    *note;
  double          note_height;
  /* figure */
  double          figure_height;
} WepMeasured;

/* A block, or part of one, on a page. */
typedef struct
{
  WepMeasured *measured;
  double       y;          /* top */
  double       height;
  guint        first;      /* lines or rows [first, last) */
  guint        last;
  gboolean     continued;  /* a table's caption says "(continued)" */
  gboolean     with_note;  /* a table's last part */
} WepPlaced;

typedef struct
{
  char  *number;
  char  *title;
  int    level;
  guint  page;             /* from 0, the title page */
} WepTocEntry;

struct _WepReportPages
{
  WepPageFrame  frame;
  PangoContext *context;
  GPtrArray    *measured;  /* of WepMeasured, one per block */
  GPtrArray    *pages;     /* of GArray of WepPlaced: the content pages */
  GArray       *toc;       /* of WepTocEntry */
  guint         n_toc_pages;
  guint         toc_per_page;
};

/* The first content page (after the title page and the contents). */
static inline guint
wep_report_pages_first_content (const WepReportPages *pages)
{
  return 1 + pages->n_toc_pages;
}

/* The measures of a block for a page's text area. */
WepMeasured *_wep_report_measure      (WepReportBlock     *block,
                                       PangoContext       *context,
                                       const WepPageFrame *frame);
void         _wep_report_measured_free (gpointer          measured);

PangoLayout *_wep_report_layout_new   (PangoContext *context,
                                       const char   *markup,
                                       double        size,
                                       gboolean      bold,
                                       double        width);
void         _wep_report_set_rgb      (cairo_t      *cr,
                                       guint32       rgb);

void         _wep_report_draw_title_page (WepReport      *report,
                                          WepReportPages *pages,
                                          cairo_t        *cr);
void         _wep_report_draw_contents   (WepReport      *report,
                                          WepReportPages *pages,
                                          cairo_t        *cr,
                                          guint           page);
void         _wep_report_draw_placed     (WepReportPages *pages,
                                          const WepPlaced *placed,
                                          cairo_t        *cr);
void         _wep_report_draw_frame      (WepReport      *report,
                                          WepReportPages *pages,
                                          cairo_t        *cr,
                                          guint           page);

gboolean     _wep_report_pages_write_pdf (WepReport      *report,
                                          WepReportPages *pages,
                                          const char     *path,
                                          GCancellable   *cancellable,
                                          GError        **error);

G_END_DECLS
