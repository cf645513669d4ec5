/* wep-report-summary.c: the report's summary in plain language, its key
 * figures, and the homes needed against the homes planned
 *
 * The summary's sentences are made from the numbers, each one a point a
 * councillor can quote as it stands: how many people are homeless and
 * waiting, how that changes with the plans, whether the goal is met in
 * the target year, how many homes are needed against how many are
 * planned, and what it costs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-report-private.h"

/* A translated sentence with the figures in bold: format is plain text
 * (escaped here), the arguments are markup. */
static char *
sentence (const char *format,
          ...) G_GNUC_PRINTF (1, 2);

static char *
sentence (const char *format,
          ...)
{
  g_autofree char *escaped = g_markup_escape_text (format, -1);
  va_list args;
  char *text;

  va_start (args, format);
  text = g_strdup_vprintf (escaped, args);
  va_end (args);
  return text;
}

/* Figures in bold, kept until the section is written. */
static const char *
bold (GPtrArray  *pool,
      char       *text)
{
  char *markup = g_markup_printf_escaped ("<b>%s</b>", text);

  g_free (text);
  g_ptr_array_add (pool, markup);
  return markup;
}

static const char *
plain (GPtrArray  *pool,
       char       *text)
{
  char *markup = g_markup_escape_text (text, -1);

  g_free (text);
  g_ptr_array_add (pool, markup);
  return markup;
}

static void
bullet (WepReport *report,
        char      *markup)
{
  _wep_report_add_paragraph (report, WEP_TEXT_BULLET, markup);
  g_free (markup);
}

/* A count of persons for ngettext: what "< 10" stands for. */
static gulong
plural_of (WepReport *report,
           double     value)
{
  if (wep_privacy_hides (value, report->threshold))
    return (gulong) report->threshold;
  return (gulong) MAX (round (value), 0.0);
}

static gboolean
goal_met (const WepRegionNeeds *needs)
{
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    if (!needs->need[k].reachable || needs->need[k].extra_per_year > 0)
      return FALSE;
  return TRUE;
}

static gboolean
all_reachable (const WepRegionNeeds *needs)
{
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    if (!needs->need[k].reachable)
      return FALSE;
  return TRUE;
}

/* The units planned (input) and needed (the goal seek) of pathway k
 * (WEP_N_HOUSING: all three) in year index y, over the report's regions. */
static void
planned_and_needed (WepReport *report,
                    guint      k,
                    int        y,
                    double    *planned,
                    double    *needed)
{
  *planned = 0.0;
  *needed = 0.0;
  for (guint i = 0; i < report->input->regions->len; i++)
    {
      const WepRegionInput *region = wep_model_input_region (report->input, i);
      const WepRegionNeeds *needs = g_ptr_array_index (report->needs, i);

      for (guint p = k < WEP_N_HOUSING ? k : 0; p < (k < WEP_N_HOUSING ? k + 1 : WEP_N_HOUSING);
           p++)
        {
          double units = region->yearly[WEP_Y_NEW_UNITS_HF + p][y];

          *planned += units;
          *needed += needs->need[p].reachable ? needs->need[p].needed[y] : units;
        }
    }
}

/* The longest acceptable wait: whole months without decimals. */
static char *
max_wait_text (const WepRegionInput *region)
{
  double months = region->scalar[WEP_S_MAX_WAIT_MONTHS];

  return _wep_report_number (months, months == floor (months) ? 0 : 1);
}

static double
total_cost (const WepRegionResult *result)
{
  double cost = 0.0;

  for (int y = 0; y < result->n_years; y++)
    cost += wep_region_result_get (result, y, WEP_C_COST);
  return cost;
}

/* ---- the summary -------------------------------------------------------------- */

static void
add_position (WepReport *report,
              GPtrArray *pool)
{
  guint main = _wep_report_main_row (report);
  int base = report->input->base_year, target = _wep_report_target_year (report);
  int last = base + report->input->horizon_years - 1;
  double start = _wep_report_start_value (report, main, WEP_REPORT_START_HOMELESS);
  double at_target = _wep_report_value (report, main, target - base, WEP_C_HOMELESS);
  double rough = _wep_report_value (report, main, target - base, WEP_C_UNSHELTERED);
  const char *region = plain (pool, g_strdup (report->region_name));
  const char *n_start = bold (pool, _wep_report_start (report, main, WEP_REPORT_START_HOMELESS));
  const char *n_ready = bold (pool, _wep_report_start (report, main, WEP_REPORT_START_EXIT_READY));
  const char *n_target = bold (pool, _wep_report_result (report, main, target - base,
                                                         WEP_C_HOMELESS));
  const char *n_end = bold (pool, _wep_report_result (report, main, last - base, WEP_C_HOMELESS));

  bullet (report, report->input->regions->len == 1
            ? sentence (g_dngettext (GETTEXT_PACKAGE,
                                     "On 1 January %d, %s person in %s is homeless; %s of them "
                                     "are ready to move on and waiting for a home.",
                                     "On 1 January %d, %s people in %s are homeless; %s of them "
                                     "are ready to move on and waiting for a home.",
                                     plural_of (report, start)),
                        base, n_start, region, n_ready)
            : sentence (g_dngettext (GETTEXT_PACKAGE,
                                     "On 1 January %d, %s person in the %s together is "
                                     "homeless; %s of them are ready to move on and waiting for "
                                     "a home.",
                                     "On 1 January %d, %s people in the %s together are "
                                     "homeless; %s of them are ready to move on and waiting for "
                                     "a home.",
                                     plural_of (report, start)),
                        base, n_start, region, n_ready));

  if (!_wep_report_common_target (report))
    bullet (report, at_target <= start
              ? sentence (_("With the current plans this number falls to %s at the end of %d "
                            "and is %s at the end of %d."), n_target, target, n_end, last)
              : sentence (_("With the current plans this number rises to %s at the end of %d "
                            "and is %s at the end of %d."), n_target, target, n_end, last));
  else if (at_target <= start)
    bullet (report, sentence (_("With the current plans this number falls to %s at the end of "
                                "%d, the target year, and is %s at the end of %d."),
                              n_target, target, n_end, last));
  else
    bullet (report, sentence (_("With the current plans this number rises to %s at the end of "
                                "%d, the target year, and is %s at the end of %d."),
                              n_target, target, n_end, last));

  if (round (rough) >= 1.0)
    bullet (report, sentence (_("At the end of %d, %s of them have no place in the shelter."),
                              target,
                              bold (pool, _wep_report_result (report, main, target - base,
                                                              WEP_C_UNSHELTERED))));
  else
    bullet (report, sentence (_("At the end of %d everyone who is homeless has a place in the "
                                "shelter."), target));
}

static void
add_waiting (WepReport *report,
             GPtrArray *pool)
{
  guint main = _wep_report_main_row (report);
  int base = report->input->base_year, target = _wep_report_target_year (report);
  const char *waiting = bold (pool, _wep_report_result (report, main, target - base,
                                                        WEP_RESULTS_QUEUES));
  const char *waits[WEP_N_HOUSING];
  gboolean shown = TRUE;

  for (guint k = 0; k < WEP_N_HOUSING; k++)
    {
      waits[k] = bold (pool, _wep_report_result (report, main, target - base, WEP_C_WAIT_HF + k));
      shown = shown && !wep_suppression_is_hidden (report->suppression,
                                                   wep_results_cell (report->results, main,
                                                                     target - base,
                                                                     WEP_C_WAIT_HF + k))
              && !isnan (_wep_report_value (report, main, target - base, WEP_C_WAIT_HF + k));
    }
  if (shown)
    bullet (report, sentence (_("At the end of %d, %s people are still waiting for a home or a "
                                "place. The average wait is then %s months for Housing First, "
                                "%s months for independent living with support and %s months "
                                "for clustered housing."),
                              target, waiting, waits[0], waits[1], waits[2]));
  else
    bullet (report, sentence (_("At the end of %d, %s people are still waiting for a home or a "
                                "place."), target, waiting));
}

static void
add_goal (WepReport *report,
          GPtrArray *pool)
{
  const WepRegionInput *first = wep_model_input_region (report->input, 0);
  int base = report->input->base_year, target = _wep_report_target_year (report);
  const char *max_wait = bold (pool, max_wait_text (first));
  guint n = report->input->regions->len, n_met = 0;
  double extra[WEP_N_HOUSING] = { 0 }, extra_all = 0.0, planned = 0.0, needed = 0.0;

  for (guint i = 0; i < n; i++)
    {
      const WepRegionNeeds *needs = g_ptr_array_index (report->needs, i);

      n_met += goal_met (needs);
      for (guint k = 0; k < WEP_N_HOUSING; k++)
        if (needs->need[k].reachable)
          {
            extra[k] += needs->need[k].extra_per_year;
            extra_all += needs->need[k].extra_per_year;
          }
    }

  if (n == 1 && n_met == 1)
    bullet (report, sentence (_("The goal, that by the end of %d nobody waits longer than %s "
                                "months for a home, is met with the current plans."),
                              target, max_wait));
  else if (n == 1)
    bullet (report, sentence (_("The goal, that by the end of %d nobody waits longer than %s "
                                "months for a home, is not met with the current plans."),
                              target, max_wait));
  else
    bullet (report, sentence (g_dngettext (GETTEXT_PACKAGE,
                                           "With the current plans %s of the %u regions meets "
                                           "its goal for the target year.",
                                           "With the current plans %s of the %u regions meet "
                                           "their goal for the target year.",
                                           n_met),
                              bold (pool, g_strdup_printf ("%u", n_met)), n));

  if (extra_all > 0)
    {
      int n_years = target - base + 1;

      if (n == 1)
        bullet (report,
                sentence (_("To meet it, %s homes and places a year more than planned are needed "
                            "from %d up to and including %d: %s for Housing First, %s for "
                            "independent living with support and %s clustered places. Over "
                            "those %d years that is %s more."),
                          bold (pool, _wep_report_number (extra_all, 0)), base, target,
                          bold (pool, _wep_report_number (extra[0], 0)),
                          bold (pool, _wep_report_number (extra[1], 0)),
                          bold (pool, _wep_report_number (extra[2], 0)), n_years,
                          bold (pool, _wep_report_number (extra_all * n_years, 0))));
      else
        bullet (report,
                sentence (_("To meet the goal everywhere, the regions together need %s homes and "
                            "places a year more than planned up to their target year: %s for "
                            "Housing First, %s for independent living with support and %s "
                            "clustered places."),
                          bold (pool, _wep_report_number (extra_all, 0)),
                          bold (pool, _wep_report_number (extra[0], 0)),
                          bold (pool, _wep_report_number (extra[1], 0)),
                          bold (pool, _wep_report_number (extra[2], 0))));
    }

  for (int y = 0; y <= target - base; y++)
    {
      double p, q;

      planned_and_needed (report, WEP_N_HOUSING, y, &p, &q);
      planned += p;
      needed += q;
    }
  bullet (report, sentence (_("From %d to %d the municipalities plan %s dedicated homes and "
                              "places; %s are needed to meet the goal."),
                            base, target, bold (pool, _wep_report_number (planned, 0)),
                            bold (pool, _wep_report_number (needed, 0))));

  for (guint i = 0; i < n; i++)
    {
      const WepRegionNeeds *needs = g_ptr_array_index (report->needs, i);

      for (guint k = 0; k < WEP_N_HOUSING; k++)
        if (!needs->need[k].reachable)
          bullet (report, n == 1
                    ? sentence (_("On %s more homes do not help: %s."),
                                plain (pool, g_strdup (wep_pathway_label (k))),
                                plain (pool, g_strdup (needs->need[k].reason)))
                    : sentence (_("In %s, on %s, more homes do not help: %s."),
                                plain (pool, g_strdup (needs->region)),
                                plain (pool, g_strdup (wep_pathway_label (k))),
                                plain (pool, g_strdup (needs->need[k].reason))));
    }
}

static void
add_cost (WepReport *report,
          GPtrArray *pool)
{
  const WepRegionResult *plans = _wep_report_main_result (report, report->results);
  const WepRegionResult *built = _wep_report_main_result (report, report->with_needs);
  int base = report->input->base_year, target = _wep_report_target_year (report);
  int last = base + report->input->horizon_years - 1;
  double cost = total_cost (plans), cost_built = total_cost (built);

  bullet (report, sentence (_("With the current plans the costs are %s in %d and %s over %d–%d."),
                            bold (pool, _wep_report_millions (wep_region_result_get (plans,
                                                                                     target - base,
                                                                                     WEP_C_COST))),
                            target, bold (pool, _wep_report_millions (cost)), base, last));
  if (fabs (cost_built - cost) >= 0.5e5)
    bullet (report, cost_built < cost
              ? sentence (_("With the homes needed the costs over %d–%d are %s: %s less, as "
                            "fewer people stay in the shelter or on the street."),
                          base, last, bold (pool, _wep_report_millions (cost_built)),
                          bold (pool, _wep_report_millions (cost - cost_built)))
              : sentence (_("With the homes needed the costs over %d–%d are %s: %s more."),
                          base, last, bold (pool, _wep_report_millions (cost_built)),
                          bold (pool, _wep_report_millions (cost_built - cost))));
}

static void
add_chance (WepReport *report,
            GPtrArray *pool)
{
  const WepRegionSpread *spread;

  if (report->uncertainty == NULL || report->input->regions->len != 1)
    return;
  spread = g_ptr_array_index (report->uncertainty->regions, 0);
  bullet (report, sentence (g_dngettext (GETTEXT_PACKAGE,
                                         "Allowing for the uncertainty in the assumptions, the "
                                         "goal is met with the current plans in %s of %s "
                                         "calculation.",
                                         "Allowing for the uncertainty in the assumptions, the "
                                         "goal is met with the current plans in %s of %s "
                                         "calculations.",
                                         report->uncertainty->n_runs),
                            bold (pool, _wep_report_percent (spread->goal_share[WEP_GOAL_ALL])),
                            plain (pool, _wep_report_number (report->uncertainty->n_runs, 0))));
}

static void
add_key_figures (WepReport *report)
{
  guint main = _wep_report_main_row (report);
  int base = report->input->base_year, target = _wep_report_target_year (report);
  int last = base + report->input->horizon_years - 1;
  g_autofree char *start = g_strdup_printf (_("1 January %d"), base);
  g_autofree char *at_target = g_strdup_printf (_("End of %d"), target);
  g_autofree char *at_end = g_strdup_printf (_("End of %d"), last);
  WepReportBlock *table = _wep_report_add_table (report, _("Key figures"));
  struct
  {
    const char *label;
    guint       cell;
    int         start;   /* a WEP_REPORT_START_* or -1 */
  } rows[] = {
    { N_("Homeless"), WEP_C_HOMELESS, WEP_REPORT_START_HOMELESS },
    { N_("of whom in the shelter"), WEP_C_SHELTERED, -1 },
    { N_("of whom without a place in the shelter"), WEP_C_UNSHELTERED, -1 },
    { N_("Waiting for a home or place"), WEP_RESULTS_QUEUES, WEP_REPORT_START_EXIT_READY },
    { N_("Living in a home with support"), WEP_RESULTS_HOUSED, WEP_REPORT_START_HOUSED },
    { N_("Average wait, Housing First (months)"), WEP_C_WAIT_HF, -1 },
    { N_("Average wait, independent (months)"), WEP_C_WAIT_IND, -1 },
    { N_("Average wait, clustered (months)"), WEP_C_WAIT_GRP, -1 },
    { N_("Cost in the year"), WEP_C_COST, -1 },
  };

  _wep_report_table_column (table, "", 3.2, PANGO_ALIGN_LEFT);
  _wep_report_table_column (table, start, 1.3, PANGO_ALIGN_RIGHT);
  _wep_report_table_column (table, at_target, 1.3, PANGO_ALIGN_RIGHT);
  if (last != target)
    _wep_report_table_column (table, at_end, 1.3, PANGO_ALIGN_RIGHT);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *a = rows[i].start >= 0 ? _wep_report_start (report, main, rows[i].start)
                                              : g_strdup ("—");
      g_autofree char *b = _wep_report_result (report, main, target - base, rows[i].cell);
      g_autofree char *c = _wep_report_result (report, main, last - base, rows[i].cell);
      g_autofree char *label = g_str_has_prefix (rows[i].label, "of whom")
                                 ? g_strconcat ("   ", _(rows[i].label), NULL)
                                 : g_strdup (_(rows[i].label));
      const char *cells[] = { label, a, b, c };

      _wep_report_table_row (table, WEP_ROW_PLAIN, cells);
    }
  _wep_report_table_note (table, _("Persons on 1 January and at the end of the year; cost over "
                                   "the year. The model's averages, rounded."));
}

void
_wep_report_add_summary (WepReport *report)
{
  g_autoptr (GPtrArray) pool = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *intro = NULL;

  _wep_report_add_heading (report, 1, _("Summary"));
  intro = sentence (_("This report shows what the plans for supported housing in %s achieve in "
                      "scenario “%s”, and how many homes and places are needed so that people "
                      "leaving the shelter can move on to a home of their own quickly. The "
                      "figures are calculated with the Wonen Eerst Planner; chapter “Method in "
                      "brief” explains how."),
                    plain (pool, g_strdup (report->region_name)),
                    plain (pool, g_strdup (report->scenario)));
  _wep_report_add_paragraph (report, WEP_TEXT_LEAD, intro);

  add_position (report, pool);
  add_waiting (report, pool);
  add_goal (report, pool);
  add_cost (report, pool);
  add_chance (report, pool);
  add_key_figures (report);
}

/* ---- homes needed and planned -------------------------------------------------- */

static void
add_needs_by_year (WepReport *report)
{
  int base = report->input->base_year;
  WepReportBlock *table = _wep_report_add_table (report, _("Dedicated homes and places per year: "
                                                           "planned and needed"));
  double sums[2 * (WEP_N_HOUSING + 1)] = { 0 };
  g_autofree char *period = g_strdup_printf ("%d–%d", base,
                                             base + report->input->horizon_years - 1);

  _wep_report_table_span (table, "", 1);
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    _wep_report_table_span (table, wep_pathway_label (k), 2);
  _wep_report_table_span (table, _("All pathways"), 2);
  _wep_report_table_column (table, _("Year"), 1.0, PANGO_ALIGN_LEFT);
  for (guint k = 0; k <= WEP_N_HOUSING; k++)
    {
      _wep_report_table_column (table, _("planned"), 1.0, PANGO_ALIGN_RIGHT);
      _wep_report_table_column (table, _("needed"), 1.0, PANGO_ALIGN_RIGHT);
    }

  for (int y = 0; y <= report->input->horizon_years; y++)
    {
      char *cells[1 + 2 * (WEP_N_HOUSING + 1) + 1] = { NULL };
      gboolean total = y == report->input->horizon_years;

      cells[0] = total ? g_strdup (period) : g_strdup_printf ("%d", base + y);
      for (guint k = 0; k <= WEP_N_HOUSING; k++)
        {
          double planned, needed;

          if (total)
            {
              planned = sums[2 * k];
              needed = sums[2 * k + 1];
            }
          else
            {
              planned_and_needed (report, k, y, &planned, &needed);
              sums[2 * k] += planned;
              sums[2 * k + 1] += needed;
            }
          cells[1 + 2 * k] = _wep_report_number (planned, 0);
          cells[2 + 2 * k] = _wep_report_number (needed, 0);
        }
      _wep_report_table_row (table, total ? WEP_ROW_TOTAL : WEP_ROW_PLAIN,
                             (const char *const *) cells);
      for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
        g_free (cells[i]);
    }
  _wep_report_table_note (table, _("Planned: the new dedicated units of the scenario, from the "
                                   "municipalities’ plans. Needed: planned plus the extra units "
                                   "a year of the goal seek, up to and including the target "
                                   "year. Homes for Housing First and independent living, "
                                   "places for clustered housing."));
}

static void
add_needs_by_region (WepReport *report)
{
  WepReportBlock *table = _wep_report_add_table (report, _("Extra homes and places a year needed "
                                                           "per region"));
  double sums[WEP_N_HOUSING] = { 0 };
  guint n_met = 0;

  _wep_report_table_column (table, _("Region"), 3.0, PANGO_ALIGN_LEFT);
  _wep_report_table_column (table, _("Target year"), 1.0, PANGO_ALIGN_RIGHT);
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    _wep_report_table_column (table, wep_pathway_key (k), 0.9, PANGO_ALIGN_RIGHT);
  _wep_report_table_column (table, _("Goal met with the plans"), 1.4, PANGO_ALIGN_RIGHT);

  for (guint i = 0; i <= report->needs->len; i++)
    {
      gboolean total = i == report->needs->len;
      const WepRegionNeeds *needs = total ? NULL : g_ptr_array_index (report->needs, i);
      char *cells[6] = { NULL };

      cells[0] = g_strdup (total ? _("All regions") : needs->region);
      cells[1] = total ? g_strdup ("") : g_strdup_printf ("%d", needs->target_year);
      for (guint k = 0; k < WEP_N_HOUSING; k++)
        {
          if (total)
            cells[2 + k] = _wep_report_number (sums[k], 0);
          else if (needs->need[k].reachable)
            {
              cells[2 + k] = _wep_report_number (needs->need[k].extra_per_year, 0);
              sums[k] += needs->need[k].extra_per_year;
            }
          else
            cells[2 + k] = g_strdup (_("not reachable"));
        }
      if (total)
        cells[5] = g_strdup_printf (_("%u of %u"), n_met, report->needs->len);
      else
        {
          n_met += goal_met (needs);
          cells[5] = g_strdup (goal_met (needs) ? _("yes") : _("no"));
        }
      _wep_report_table_row (table, total ? WEP_ROW_TOTAL : WEP_ROW_PLAIN,
                             (const char *const *) cells);
      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        g_free (cells[c]);
    }
  _wep_report_table_note (table, _("hf: Housing First; ind: independent living with ambulant "
                                   "support; grp: clustered supported housing. Extra units a "
                                   "year on top of the plans, from the first year up to and "
                                   "including the target year."));
}

void
_wep_report_add_needs (WepReport *report)
{
  g_autoptr (GPtrArray) pool = g_ptr_array_new_with_free_func (g_free);
  const WepRegionInput *first = wep_model_input_region (report->input, 0);
  g_autofree char *text = NULL;

  _wep_report_add_heading (report, 1, _("Homes needed and homes planned"));
  text = sentence (_("The goal is met on a pathway when at the end of the target year the "
                     "people waiting are no more than %s months’ worth of the people who became "
                     "ready to move on in that year. For each pathway the planner looks for the "
                     "smallest number of extra dedicated homes a year, built on top of the plans "
                     "from the first year up to and including the target year, that meets the "
                     "goal."),
                   plain (pool, max_wait_text (first)));
  _wep_report_add_paragraph (report, WEP_TEXT_BODY, text);
  if (report->input->regions->len > 1)
    add_needs_by_region (report);
  add_needs_by_year (report);
  _wep_report_add_chart (report, WEP_CHART_NEEDS, WEP_C_HOMELESS);
  for (guint i = 0; i < report->needs->len; i++)
    if (!all_reachable (g_ptr_array_index (report->needs, i)))
      {
        _wep_report_add_paragraph (report, WEP_TEXT_NOTE,
                                   _("“Not reachable”: even very many extra homes do not meet "
                                     "the goal, because something else binds, in this model the "
                                     "support caseload. Those pathways count their planned units "
                                     "as needed."));
        break;
      }
}
