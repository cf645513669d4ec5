/* wep-report-results.c: the report's results per year, per region, with
 * their uncertainty, and beside a second scenario
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-report-private.h"

/* At most this many years side by side on a portrait page. */
#define YEARS_PER_TABLE 10

typedef struct
{
  const char *label;
  guint       cell;
  gboolean    group;   /* a heading row before it */
} ResultRow;

static const ResultRow result_rows[] = {
  { N_("Newly homeless in the year"), WEP_C_ENTRANTS, FALSE },
  { N_("Homeless at the end of the year"), WEP_C_HOMELESS, FALSE },
  { N_("of whom in the shelter"), WEP_C_SHELTERED, FALSE },
  { N_("of whom without a place in the shelter"), WEP_C_UNSHELTERED, FALSE },
  { N_("Waiting for a home or place"), WEP_RESULTS_QUEUES, TRUE },
  { N_("Housing First"), WEP_C_QUEUE_HF, FALSE },
  { N_("independent with support"), WEP_C_QUEUE_IND, FALSE },
  { N_("clustered"), WEP_C_QUEUE_GRP, FALSE },
  { N_("Average wait in months"), G_MAXUINT, TRUE },
  { N_("Housing First"), WEP_C_WAIT_HF, FALSE },
  { N_("independent with support"), WEP_C_WAIT_IND, FALSE },
  { N_("clustered"), WEP_C_WAIT_GRP, FALSE },
  { N_("Moved into a home or place in the year"), G_MAXUINT, TRUE },
  { N_("Housing First"), WEP_C_MOVES_HF, FALSE },
  { N_("independent with support"), WEP_C_MOVES_IND, FALSE },
  { N_("clustered"), WEP_C_MOVES_GRP, FALSE },
  { N_("Living in a home with support"), WEP_RESULTS_HOUSED, TRUE },
  { N_("Lost the home again in the year"), WEP_C_RELAPSES, FALSE },
  { N_("Cost in the year (€ million)"), WEP_C_COST, TRUE },
};

static char *
hidden_note (WepReport *report)
{
  g_autofree char *hidden = wep_privacy_hidden_text (report->threshold);

  /* Translators: under a table; %s is "< 10", %d the threshold */
  return g_markup_printf_escaped (_("%s: fewer than %d persons; ×: not shown, so that a small "
                                    "count cannot be worked out from the totals or from a "
                                    "wait."),
                                  hidden, report->threshold);
}

/* The yearly results of one row (a region, or the total) in tables of at
 * most YEARS_PER_TABLE years. */
static void
add_years_table (WepReport  *report,
                 guint       region,
                 const char *caption)
{
  int n_years = report->results->n_years, base = report->results->base_year;
  int n_tables = (n_years + YEARS_PER_TABLE - 1) / YEARS_PER_TABLE;

  for (int t = 0; t < n_tables; t++)
    {
      int first = t * n_years / n_tables, last = (t + 1) * n_years / n_tables;
      WepReportBlock *table = _wep_report_add_table (report, caption);
      g_autofree char *note = NULL;

      _wep_report_table_column (table, "", 4.3, PANGO_ALIGN_LEFT);
      for (int y = first; y < last; y++)
        {
          g_autofree char *year = g_strdup_printf ("%d", base + y);

          _wep_report_table_column (table, year, 1.0, PANGO_ALIGN_RIGHT);
        }
      for (guint r = 0; r < G_N_ELEMENTS (result_rows); r++)
        {
          const ResultRow *row = &result_rows[r];
          g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
          gboolean indented = !row->group && r > 0 && result_rows[r].cell != WEP_C_ENTRANTS
                              && result_rows[r].cell != WEP_C_HOMELESS
                              && result_rows[r].cell != WEP_C_RELAPSES;

          g_ptr_array_add (cells, indented ? g_strconcat ("   ", _(row->label), NULL)
                                           : g_strdup (_(row->label)));
          for (int y = first; y < last; y++)
            if (row->cell == G_MAXUINT)
              g_ptr_array_add (cells, g_strdup (""));
            else if (row->cell == WEP_C_COST)
              g_ptr_array_add (cells, _wep_report_number (_wep_report_value (report, region, y,
                                                                             WEP_C_COST) / 1e6, 1));
            else
              g_ptr_array_add (cells, _wep_report_result (report, region, y, row->cell));
          _wep_report_table_row (table, row->group ? WEP_ROW_TOTAL : WEP_ROW_PLAIN,
                                 (const char *const *) cells->pdata);
        }
      note = g_markup_escape_text (_("Persons at the end of the year unless it says “in the "
                                     "year”; the model’s averages, rounded. A wait is empty in a "
                                     "year without moves."), -1);
      if (_wep_report_any_hidden (report))
        {
          g_autofree char *hidden = hidden_note (report);
          g_autofree char *both = g_strconcat (note, " ", hidden, NULL);

          _wep_report_table_note (table, both);
        }
      else
        _wep_report_table_note (table, note);
    }
}

static void
add_regions_table (WepReport *report)
{
  int base = report->results->base_year;
  guint n = report->results->regions->len;
  WepReportBlock *table = _wep_report_add_table (report, _("Each region in its target year"));
  g_autofree char *note = hidden_note (report);

  _wep_report_table_column (table, _("Region"), 3.0, PANGO_ALIGN_LEFT);
  _wep_report_table_column (table, _("Year"), 0.8, PANGO_ALIGN_RIGHT);
  _wep_report_table_column (table, _("Homeless"), 1.1, PANGO_ALIGN_RIGHT);
  _wep_report_table_column (table, _("Without shelter place"), 1.3, PANGO_ALIGN_RIGHT);
  _wep_report_table_column (table, _("Waiting"), 1.0, PANGO_ALIGN_RIGHT);
  _wep_report_table_span (table, "", 5);
  _wep_report_table_span (table, _("Average wait (months)"), 3);
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    _wep_report_table_column (table, wep_pathway_key (k), 0.8, PANGO_ALIGN_RIGHT);

  for (guint i = 0; i < n; i++)
    {
      const WepRegionInput *region = wep_model_input_region (report->input, i);
      int y = (int) region->scalar[WEP_S_TARGET_YEAR] - base;
      g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (cells, g_strdup (region->name));
      g_ptr_array_add (cells, g_strdup_printf ("%d", base + y));
      g_ptr_array_add (cells, _wep_report_result (report, i, y, WEP_C_HOMELESS));
      g_ptr_array_add (cells, _wep_report_result (report, i, y, WEP_C_UNSHELTERED));
      g_ptr_array_add (cells, _wep_report_result (report, i, y, WEP_RESULTS_QUEUES));
      for (guint k = 0; k < WEP_N_HOUSING; k++)
        g_ptr_array_add (cells, _wep_report_result (report, i, y, WEP_C_WAIT_HF + k));
      _wep_report_table_row (table, WEP_ROW_PLAIN, (const char *const *) cells->pdata);
    }
  /* The total, in one year: the same target year for all, or none. */
  if (_wep_report_common_target (report))
    {
      int y = _wep_report_target_year (report) - base;
      g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (cells, g_strdup (_("All regions")));
      g_ptr_array_add (cells, g_strdup_printf ("%d", base + y));
      g_ptr_array_add (cells, _wep_report_result (report, n, y, WEP_C_HOMELESS));
      g_ptr_array_add (cells, _wep_report_result (report, n, y, WEP_C_UNSHELTERED));
      g_ptr_array_add (cells, _wep_report_result (report, n, y, WEP_RESULTS_QUEUES));
      for (guint k = 0; k < WEP_N_HOUSING; k++)
        g_ptr_array_add (cells, _wep_report_result (report, n, y, WEP_C_WAIT_HF + k));
      _wep_report_table_row (table, WEP_ROW_TOTAL, (const char *const *) cells->pdata);
    }
  _wep_report_table_note (table, note);
}

void
_wep_report_add_results (WepReport *report)
{
  g_autofree char *caption = NULL;

  _wep_report_add_heading (report, 1, _("Results per year"));
  _wep_report_add_paragraph (report, WEP_TEXT_BODY,
                             _("What the model expects year by year with the current plans: "
                               "how many people are homeless, how many wait for a home and for "
                               "how long, how many move into a home with support, and what it "
                               "costs."));
  if (report->results->total != NULL)
    {
      add_regions_table (report);
      caption = g_strdup (_("All regions together"));
    }
  else
    caption = g_strdup (report->region_name);
  _wep_report_add_chart (report, WEP_CHART_HOMELESS, WEP_C_HOMELESS);
  _wep_report_add_chart (report, WEP_CHART_WAIT, WEP_C_HOMELESS);
  add_years_table (report, _wep_report_main_row (report), caption);
  _wep_report_add_chart (report, WEP_CHART_COSTS, WEP_C_COST);
}

/* ---- uncertainty ------------------------------------------------------------------ */

static void
add_band_table (WepReport             *report,
                const WepRegionSpread *spread,
                int                    y,
                const char            *caption)
{
  static const guint columns[] = { WEP_C_HOMELESS, WEP_C_UNSHELTERED, WEP_C_QUEUE_HF,
                                   WEP_C_QUEUE_IND, WEP_C_QUEUE_GRP, WEP_C_WAIT_HF,
                                   WEP_C_WAIT_IND, WEP_C_WAIT_GRP, WEP_C_COST };
  static const char *const labels[] = {
    N_("Homeless"), N_("of whom without a place in the shelter"),
    N_("Waiting, Housing First"), N_("Waiting, independent with support"),
    N_("Waiting, clustered"), N_("Average wait, Housing First (months)"),
    N_("Average wait, independent (months)"), N_("Average wait, clustered (months)"),
    N_("Cost in the year"),
  };
  WepReportBlock *table = _wep_report_add_table (report, caption);

  _wep_report_table_column (table, "", 3.0, PANGO_ALIGN_LEFT);
  _wep_report_table_column (table, _("low (P10)"), 1.0, PANGO_ALIGN_RIGHT);
  _wep_report_table_column (table, _("median (P50)"), 1.0, PANGO_ALIGN_RIGHT);
  _wep_report_table_column (table, _("high (P90)"), 1.0, PANGO_ALIGN_RIGHT);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      guint c = columns[i];
      char *cells[5] = { NULL };

      cells[0] = c == WEP_C_UNSHELTERED ? g_strconcat ("   ", _(labels[i]), NULL)
                                        : g_strdup (_(labels[i]));
      for (guint p = 0; p < WEP_N_PERCENTILES; p++)
        {
          double v = spread->percentile[p][(gsize) y * WEP_N_COLUMNS + c];

          cells[1 + p] = wep_column_is_wait (c) ? _wep_report_months (v)
                         : c == WEP_C_COST ? _wep_report_millions (v)
                                           : _wep_report_persons (report, v);
        }
      _wep_report_table_row (table, WEP_ROW_PLAIN, (const char *const *) cells);
      for (guint j = 0; j < G_N_ELEMENTS (cells); j++)
        g_free (cells[j]);
    }
}

static void
add_goal_shares (WepReport *report)
{
  WepReportBlock *table = _wep_report_add_table (report, _("Chance of meeting the goal with the "
                                                           "current plans"));

  _wep_report_table_column (table, _("Region"), 3.0, PANGO_ALIGN_LEFT);
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    _wep_report_table_column (table, wep_pathway_key (k), 0.9, PANGO_ALIGN_RIGHT);
  _wep_report_table_column (table, _("all three"), 1.0, PANGO_ALIGN_RIGHT);
  for (guint i = 0; i < report->uncertainty->regions->len; i++)
    {
      const WepRegionSpread *spread = g_ptr_array_index (report->uncertainty->regions, i);
      char *cells[5] = { NULL };

      cells[0] = g_strdup (spread->region);
      for (guint k = 0; k <= WEP_N_HOUSING; k++)
        cells[1 + k] = _wep_report_percent (spread->goal_share[k]);
      _wep_report_table_row (table, WEP_ROW_PLAIN, (const char *const *) cells);
      for (guint j = 0; j < G_N_ELEMENTS (cells); j++)
        g_free (cells[j]);
    }
  _wep_report_table_note (table, _("The share of the calculations in which nobody on the pathway "
                                   "waits longer than the longest acceptable wait at the end of "
                                   "the target year."));
}

void
_wep_report_add_uncertainty (WepReport *report)
{
  const WepRegionSpread *spread;
  g_autofree char *text = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *runs = NULL;
  g_autofree char *seed = NULL;
  int target = _wep_report_target_year (report);

  _wep_report_add_heading (report, 1, _("Uncertainty"));
  if (report->uncertainty == NULL)
    {
      _wep_report_add_paragraph (report, WEP_TEXT_BODY,
                                 _("No input of this scenario has a range (low, most likely, "
                                   "high), so the report shows no spread: the figures are those "
                                   "of the most likely values."));
      return;
    }

  runs = _wep_report_number (report->uncertainty->n_runs, 0);
  seed = g_strdup_printf ("%" G_GUINT64_FORMAT, report->uncertainty->seed);
  text = g_markup_printf_escaped (_("Many inputs are estimates. Those with a range were drawn at "
                                    "random from it, %s times (seed %s). In eight of ten "
                                    "calculations an outcome lies between the low (P10) and the "
                                    "high (P90) value; the median (P50) is the middle one."),
                                  runs, seed);
  _wep_report_add_paragraph (report, WEP_TEXT_BODY, text);

  spread = report->uncertainty->total != NULL ? report->uncertainty->total
                                              : g_ptr_array_index (report->uncertainty->regions, 0);
  /* Translators: a table's caption: the spread of the outcomes in a year */
  caption = g_strdup_printf (_("Spread of the outcomes at the end of %d"), target);
  _wep_report_add_chart (report, WEP_CHART_UNCERTAINTY, WEP_C_HOMELESS);
  if (_wep_report_common_target (report))
    add_band_table (report, spread, target - report->uncertainty->base_year, caption);
  add_goal_shares (report);
}

/* ---- two scenarios ----------------------------------------------------------------- */

static double
sum_extra (GPtrArray *needs)
{
  double extra = 0.0;

  for (guint i = 0; i < needs->len; i++)
    for (guint k = 0; k < WEP_N_HOUSING; k++)
      {
        const WepNeed *need = &((WepRegionNeeds *) g_ptr_array_index (needs, i))->need[k];

        extra += need->reachable ? need->extra_per_year : 0.0;
      }
  return extra;
}

void
_wep_report_add_comparison (WepReport *report)
{
  g_autoptr (WepSuppression) other = wep_results_suppression_new (report->compare_results,
                                                                   report->threshold);
  const WepResults *a = report->results, *b = report->compare_results;
  int target = _wep_report_target_year (report);
  int ya = target - a->base_year, yb = target - b->base_year;
  guint ra = _wep_report_main_row (report);
  guint rb = b->total != NULL ? b->regions->len : 0;
  g_autofree char *caption = g_strdup_printf (_("At the end of %d"), target);
  g_autofree char *text = NULL;
  WepReportBlock *table;
  static const guint cells[] = { WEP_C_HOMELESS, WEP_C_UNSHELTERED, WEP_RESULTS_QUEUES,
                                 WEP_C_WAIT_HF, WEP_C_WAIT_IND, WEP_C_WAIT_GRP, WEP_C_COST };
  static const char *const labels[] = { N_("Homeless"), N_("Without a place in the shelter"),
                                        N_("Waiting for a home or place"),
                                        N_("Average wait, Housing First (months)"),
                                        N_("Average wait, independent (months)"),
                                        N_("Average wait, clustered (months)"),
                                        N_("Cost in the year") };

  _wep_report_add_heading (report, 1, _("Two scenarios side by side"));
  text = g_markup_printf_escaped (_("Scenario “%s” set beside scenario “%s”, for the same "
                                    "regions. The difference is the second minus the first."),
                                  report->scenario, report->compare);
  _wep_report_add_paragraph (report, WEP_TEXT_BODY, text);
  if (yb < 0 || yb >= b->n_years)
    {
      g_autofree char *missing = g_markup_printf_escaped (_("Scenario “%s” does not cover %d, "
                                                            "so the two cannot be set side by "
                                                            "side in that year."),
                                                          report->compare, target);

      _wep_report_add_paragraph (report, WEP_TEXT_BODY, missing);
      return;
    }

  /* The chart of the whole plan runs the compared scenario whole: only
   * when that is the report's regions too. */
  if (report->region_code != NULL || !report->compare_has_more)
    _wep_report_add_chart (report, WEP_CHART_COMPARE, WEP_C_HOMELESS);
  table = _wep_report_add_table (report, caption);
  _wep_report_table_column (table, "", 3.0, PANGO_ALIGN_LEFT);
  _wep_report_table_column (table, report->scenario, 1.2, PANGO_ALIGN_RIGHT);
  _wep_report_table_column (table, report->compare, 1.2, PANGO_ALIGN_RIGHT);
  _wep_report_table_column (table, _("Difference"), 1.2, PANGO_ALIGN_RIGHT);
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      guint c = cells[i];
      const WepRegionResult *row_b = rb < b->regions->len ? g_ptr_array_index (b->regions, rb)
                                                          : b->total;
      double va = _wep_report_value (report, ra, ya, c);
      double vb = c == WEP_RESULTS_QUEUES
                    ? wep_region_result_get (row_b, yb, WEP_C_QUEUE_HF)
                        + wep_region_result_get (row_b, yb, WEP_C_QUEUE_IND)
                        + wep_region_result_get (row_b, yb, WEP_C_QUEUE_GRP)
                    : wep_region_result_get (row_b, yb, c);
      gboolean hidden_a = wep_suppression_is_hidden (report->suppression,
                                                     wep_results_cell (a, ra, ya, c));
      gboolean hidden_b = wep_suppression_is_hidden (other, wep_results_cell (b, rb, yb, c));
      char *row[4] = { NULL };

      row[0] = g_strdup (_(labels[i]));
      row[1] = _wep_report_result (report, ra, ya, c);
      if (c == WEP_C_COST)
        {
          row[2] = _wep_report_millions (vb);
          row[3] = _wep_report_millions (vb - va);
        }
      else if (wep_column_is_wait (c < WEP_N_COLUMNS ? c : 0) && c < WEP_N_COLUMNS)
        {
          row[2] = hidden_b ? g_strdup (WEP_PRIVACY_PROTECTING_TEXT) : _wep_report_months (vb);
          row[3] = hidden_a || hidden_b ? g_strdup (WEP_PRIVACY_PROTECTING_TEXT)
                                        : _wep_report_months (vb - va);
        }
      else
        {
          row[2] = _wep_report_count (other, wep_results_cell (b, rb, yb, c), vb);
          /* A difference with a hidden count would give it away. */
          row[3] = hidden_a || hidden_b ? g_strdup (WEP_PRIVACY_PROTECTING_TEXT)
                                        : _wep_report_number (vb - va, 0);
        }
      _wep_report_table_row (table, WEP_ROW_PLAIN, (const char *const *) row);
      for (guint j = 0; j < G_N_ELEMENTS (row); j++)
        g_free (row[j]);
    }
  {
    char *row[4] = { g_strdup (_("Extra homes and places a year needed")),
                     _wep_report_number (sum_extra (report->needs), 0),
                     _wep_report_number (sum_extra (report->compare_needs), 0),
                     _wep_report_number (sum_extra (report->compare_needs)
                                         - sum_extra (report->needs), 0) };

    _wep_report_table_row (table, WEP_ROW_TOTAL, (const char *const *) row);
    for (guint j = 0; j < G_N_ELEMENTS (row); j++)
      g_free (row[j]);
  }
}
