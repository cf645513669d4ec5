/* wep-report-charts.c: the charts on the report's pages
 *
 * Each chart is the one the Grafieken page shows, made by the charts' own
 * data layer (wep_chart_data_build ()) and drawn by their own drawing
 * (wep_chart_draw ()) on the light style, for paper. A chart that would
 * show a count of persons the privacy rule hides is left out, and the
 * report says so: a bar or a line gives a small count away as surely as
 * a figure does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-chart-data.h"
#include "wep-report-private.h"

/* The width of a chart on an A4 page, for its proportions, and the most
 * height it takes: a page holds a chart and a table of twenty rows. */
#define CHART_WIDTH  (WEP_REPORT_A4_WIDTH - 2 * 62.0)
#define CHART_ASPECT 0.55

typedef struct
{
  WepChartData  *data;
  WepChartStyle  style;
} ChartFigure;

static void
chart_figure_free (gpointer data)
{
  ChartFigure *figure = data;

  wep_chart_data_free (figure->data);
  g_free (figure);
}

static void
draw_chart (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  data)
{
  ChartFigure *figure = data;

  wep_chart_draw (cr, width, height, &figure->style, figure->data, NULL);
}

/* Whether any cell of the results the chart draws is hidden. */
static gboolean
hides_results (WepReport *report,
               guint      first,
               guint      last)
{
  guint row = _wep_report_main_row (report);

  for (int y = 0; y < report->results->n_years; y++)
    for (guint c = first; c <= last; c++)
      if (wep_suppression_is_hidden (report->suppression,
                                     wep_results_cell (report->results, row, y, c)))
        return TRUE;
  return FALSE;
}

/* Whether a chart would show a count of persons that the report hides. */
static gboolean
shows_hidden (WepReport          *report,
              const WepChartData *data)
{
  switch (data->kind)
    {
    case WEP_CHART_HOMELESS:
      return hides_results (report, WEP_C_HOMELESS, WEP_C_UNSHELTERED);
    case WEP_CHART_WAIT:
      return hides_results (report, WEP_C_WAIT_HF, WEP_C_WAIT_GRP);
    case WEP_CHART_UNCERTAINTY:
    case WEP_CHART_COMPARE:
      /* Drawn from counts of their own (percentiles, a second scenario):
       * by the rule on every value. */
      for (guint s = 0; s < data->series->len; s++)
        {
          const WepChartSeries *series = wep_chart_data_series (data, s);

          for (guint c = 0; c < data->n_categories; c++)
            if (data->unit == WEP_CHART_UNIT_PERSONS
                && (wep_privacy_hides (series->values[c], report->threshold)
                    || (series->high != NULL
                        && wep_privacy_hides (series->high[c], report->threshold))))
              return TRUE;
        }
      return FALSE;
    case WEP_CHART_MONITORING:
      /* Allocations per municipality: the table hides what it must. */
      return report->threshold > 1;
    case WEP_CHART_NEEDS:
    case WEP_CHART_FAIR_SHARE:
    case WEP_CHART_COSTS:
    case WEP_N_CHART_KINDS:
    default:
      return FALSE;
    }
}

void
_wep_report_add_chart (WepReport    *report,
                       WepChartKind  kind,
                       WepColumn     column)
{
  WepChartSources sources = { 0 };
  WepChartSelection selection = { 0 };
  ChartFigure *figure;
  g_autoptr (WepChartData) data = NULL;

  g_assert (report->doc != NULL);

  sources.document = report->doc;
  sources.scenario = report->scenario;
  sources.input = report->input;
  sources.results = report->results;
  sources.needs = report->needs;
  sources.uncertainty = report->uncertainty;
  sources.fair_share = report->fair_share;
  sources.fair_share_problem = report->fair_share_problem;
  selection.region = report->region_code != NULL
                       ? wep_model_input_region (report->input, 0)->name : NULL;
  selection.year = _wep_report_target_year (report);
  selection.column = column;
  selection.other_scenario = report->compare;

  data = wep_chart_data_build (kind, &sources, &selection);
  /* A chart that has nothing to draw says why in its message; the
   * report's text says the same in its own place. */
  if (data->message != NULL)
    return;
  if (shows_hidden (report, data))
    {
      g_autofree char *hidden = wep_privacy_hidden_text (report->threshold);
      /* Translators: instead of a chart; %s is the chart's title, then "< 10" */
      g_autofree char *text = g_markup_printf_escaped (_("The chart “%s” is left out: it would "
                                                         "show counts of persons that the report "
                                                         "shows as “%s”."),
                                                       data->title, hidden);

      _wep_report_add_paragraph (report, WEP_TEXT_NOTE, text);
      return;
    }

  figure = g_new0 (ChartFigure, 1);
  wep_chart_style_init_light (&figure->style);
  figure->style.fill_background = FALSE;
  figure->style.font_family = "Cantarell";
  figure->style.scale = 0.85;
  figure->data = g_steal_pointer (&data);
  _wep_report_add_figure (report,
                          MIN (wep_chart_preferred_height (figure->data, CHART_WIDTH) / CHART_WIDTH,
                               CHART_ASPECT),
                          draw_chart, figure, chart_figure_free);
}
