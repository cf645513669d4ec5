/* wep-report.h: the council report of a plan, for print and PDF
 *
 * A report carries a scenario of a plan to a council meeting: a title
 * page, a summary in plain language, the homes needed against the plans,
 * the map, the results per year, the share of every municipality, the
 * plans and allocations per municipality, the uncertainty, the
 * assumptions with their sources, the method in brief, where the data
 * came from and the attributions (docs/report.md).
 *
 * Making one is two steps. wep_report_new () computes everything from the
 * plan (the model, the homes needed, the uncertainty runs, the fair share,
 * the map's data): it may take a second and touches no font, so it can
 * run in a worker thread on a copy of the document. wep_report_paginate ()
 * then lays the report out on pages with Pango, and
 * wep_report_draw_page () draws a page with cairo: the same code draws a
 * page of the system's print dialog (GtkPrintOperation gives the cairo
 * context) and a page of a PDF file (wep_report_write_pdf ()). Paginating
 * and drawing belong to one thread (Pango's font map is per thread).
 *
 * Counts of persons below the privacy threshold show as "< 10", with the
 * complementary cells hidden too (wep-suppress.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "wep-document.h"
#include "wep-fair-share.h"

G_BEGIN_DECLS

/* A4 portrait, in points (1/72 inch). */
#define WEP_REPORT_A4_WIDTH  595.2756
#define WEP_REPORT_A4_HEIGHT 841.8898

#define WEP_REPORT_ERROR (wep_report_error_quark ())

typedef enum
{
  WEP_REPORT_ERROR_NOT_FOUND,   /* no such scenario or region */
  WEP_REPORT_ERROR_NO_RESULTS,  /* the scenario cannot be run */
  WEP_REPORT_ERROR_IO,          /* the PDF could not be written */
} WepReportError;

GQuark wep_report_error_quark (void);

typedef struct
{
  /* The scenario; NULL: the plan's only one (an error when it has several). */
  const char      *scenario;
  /* A region of the scenario by code (or name); NULL: all its regions. */
  const char      *region;
  /* A second scenario to set beside it; NULL: none. */
  const char      *compare;
  /* Counts of persons from 1 to privacy_threshold − 1 show as "< N"; 0
   * shows every count. */
  int              privacy_threshold;
  /* Shown on the title page; NULL or "": the plan's "organisation". */
  const char      *organisation;
  WepFairShareKey  key;
  /* The date on the title page, YYYY-MM-DD; NULL: today. */
  const char      *date;
  /* Uncertainty runs; 0: WEP_DEFAULT_RUNS. */
  guint            n_runs;
} WepReportOptions;

/* The options of a report with the defaults: threshold 10, population. */
void            wep_report_options_init   (WepReportOptions  *options);

typedef struct _WepReport WepReport;

/* Computes what the report says. Fails, naming it, for a scenario or
 * region that is not there, or a scenario that cannot be run
 * (G_IO_ERROR_CANCELLED when cancellable is cancelled); a fair share that
 * cannot be made or a plan without boundaries is said in the report
 * itself. */
WepReport      *wep_report_new            (WepDocument             *doc,
                                           const WepReportOptions  *options,
                                           GCancellable            *cancellable,
                                           GError                 **error);
void            wep_report_free           (WepReport               *report);

/* The scenario and region the report is about, for a file name or a
 * window title ("Basis", "Voorbeeldregio (illustratief)"). */
const char     *wep_report_get_scenario   (WepReport               *report);
const char     *wep_report_get_region_name (WepReport              *report);

/* Lays the report out on pages of width × height points (cairo units of
 * the pages drawn later); returns the number of pages. A table of
 * contents follows the title page when the report is longer than four
 * pages. */
guint           wep_report_paginate       (WepReport               *report,
                                           double                   width,
                                           double                   height);
guint           wep_report_get_n_pages    (WepReport               *report);
/* Draws page (from 0) of the last layout into cr, whose units are points
 * with the page's top left corner at the origin. */
void            wep_report_draw_page      (WepReport               *report,
                                           cairo_t                 *cr,
                                           guint                    page);
/* Lays the report out on A4 portrait and writes it as a PDF (fonts
 * embedded), under a temporary name first, so that a failure or a
 * cancellation (between pages) leaves no file. */
gboolean        wep_report_write_pdf      (WepReport               *report,
                                           const char              *path,
                                           GCancellable            *cancellable,
                                           GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepReport, wep_report_free)

G_END_DECLS
