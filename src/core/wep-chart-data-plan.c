/* wep-chart-data-plan.c: the charts of what the plan needs and costs —
 * homes needed against planned, the fair share, the costs — and the
 * comparison of two scenarios
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "wep-chart-data-private.h"
#include "wep-chart-format.h"
#include "wep-model-private.h"
#include "wep-plan-rows.h"

static gboolean
in_selection (const WepChartRegion *region,
              guint                 i)
{
  return region->index < 0 || (int) i == region->index;
}

/* ---- 2. homes needed against planned ----------------------------------- */

WepChartData *
_wep_chart_build_needs (const WepChartSources   *sources,
                        const WepChartSelection *selection)
{
  const WepModelInput *input = sources->input;
  WepChartRegion region = _wep_chart_region (sources, selection);
  g_autoptr (GString) note = g_string_new (NULL);
  WepChartData *data;
  int target;

  if (sources->needs == NULL || sources->needs->len != input->regions->len)
    return _wep_chart_message (WEP_CHART_NEEDS, _wep_chart_subtitle (sources, &region, NULL),
                               sources->busy ? _("Computing the homes needed…")
                                             : _("The homes needed are not known for this "
                                                 "scenario."));

  data = _wep_chart_years (WEP_CHART_NEEDS, input, selection);
  target = _wep_chart_target_year (input, region.index);
  if (target != 0)
    {
      g_autofree char *goal = g_strdup_printf (_("goal reached by the end of %d"), target);

      data->subtitle = _wep_chart_subtitle (sources, &region, goal);
    }
  else
    data->subtitle = _wep_chart_subtitle (sources, &region, NULL);
  data->unit = WEP_CHART_UNIT_UNITS;
  /* Translators: the value axis of the chart of homes needed */
  data->value_label = g_strdup (_("New dedicated units per year (homes or places)"));
  data->value_labels = TRUE;
  data->n_panels = WEP_N_HOUSING;
  _wep_chart_mark_target_year (data, input, region.index);

  for (guint k = 0; k < WEP_N_HOUSING; k++)
    {
      WepChartSeries *needed, *planned, *extra;
      guint unreachable = 0, taking_part = 0;

      data->panel_titles[k] = g_strdup (wep_plan_pathway_label (wep_pathway_key (k)));
      needed = wep_chart_data_add_series (data, _("Needed"), wep_palette_series (7),
                                          WEP_CHART_MARK_NONE);
      planned = wep_chart_data_add_series (data, _("Planned"), wep_palette_series (0),
                                           WEP_CHART_MARK_BAR);
      extra = wep_chart_data_add_series (data, _("Extra needed for the goal"),
                                         wep_palette_series (5), WEP_CHART_MARK_BAR_HATCHED);
      needed->panel = planned->panel = extra->panel = k;

      for (int y = 0; y < input->horizon_years; y++)
        planned->values[y] = needed->values[y] = 0.0;
      for (guint i = 0; i < input->regions->len; i++)
        {
          const WepRegionInput *r = wep_model_input_region (input, i);
          const WepRegionNeeds *needs = g_ptr_array_index (sources->needs, i);
          const WepNeed *need = &needs->need[k];

          if (!in_selection (&region, i))
            continue;
          taking_part++;
          if (!need->reachable)
            unreachable++;
          for (int y = 0; y < input->horizon_years; y++)
            {
              planned->values[y] += r->yearly[WEP_Y_NEW_UNITS_HF + k][y];
              needed->values[y] += need->reachable ? need->needed[y]
                                                   : r->yearly[WEP_Y_NEW_UNITS_HF + k][y];
            }
          if (!need->reachable && region.index >= 0)
            g_string_append_printf (note, _("%s: the goal cannot be reached (%s). "),
                                    wep_plan_pathway_label (wep_pathway_key (k)), need->reason);
        }
      if (unreachable > 0 && region.index < 0)
        g_string_append_printf (note, ngettext ("%s: the goal cannot be reached in %u region; "
                                                "there the planned units count as needed. ",
                                                "%s: the goal cannot be reached in %u regions; "
                                                "there the planned units count as needed. ",
                                                unreachable),
                                wep_plan_pathway_label (wep_pathway_key (k)), unreachable);
      for (int y = 0; y < input->horizon_years; y++)
        {
          if (unreachable == taking_part)
            needed->values[y] = NAN;
          else
            extra->values[y] = MAX (needed->values[y] - planned->values[y], 0.0);
        }
    }
  g_string_append (note, _("Extra needed: the smallest whole number of units a year, up to the "
                           "target year, with which nobody waits longer than the goal allows."));
  data->note = g_string_free (g_steal_pointer (&note), FALSE);
  return data;
}

/* ---- 5. the fair share ------------------------------------------------- */

/* Short of the share orange, beyond it purple: as the map's default. */
#define FAIR_SHARE_PALETTE WEP_PALETTE_ORANGE_PURPLE

typedef struct
{
  const char *name;
  double      planned;
  double      share;
} ShareGroup;

static int
compare_gaps (const void *a,
              const void *b)
{
  const ShareGroup *x = a, *y = b;
  double gx = x->planned - x->share, gy = y->planned - y->share;

  if (gx != gy)
    return gx < gy ? -1 : 1;
  return g_strcmp0 (x->name, y->name);
}

static int
fair_share_target (const WepFairShare *fs,
                   const char         *region)
{
  for (guint i = 0; i < fs->regions->len; i++)
    {
      const WepFairShareRegion *r = &g_array_index (fs->regions, WepFairShareRegion, i);

      if (g_str_equal (r->name, region))
        return r->target_year;
    }
  return fs->base_year + fs->n_years - 1;
}

WepChartData *
_wep_chart_build_fair_share (const WepChartSources   *sources,
                             const WepChartSelection *selection)
{
  const WepFairShare *fs = sources->fair_share;
  WepChartRegion region = _wep_chart_region (sources, selection);
  g_autoptr (GArray) groups = g_array_new (FALSE, FALSE, sizeof (ShareGroup));
  g_autoptr (GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GString) note = g_string_new (NULL);
  g_autofree char *period = NULL;
  const char *only = NULL;
  gboolean by_region, one_year;
  WepChartSeries *short_of, *beyond, *planned, *share;
  WepChartData *data;
  int first = 0, last = 0;

  if (fs == NULL)
    return _wep_chart_message (WEP_CHART_FAIR_SHARE, _wep_chart_subtitle (sources, &region, NULL),
                               sources->fair_share_problem != NULL
                                 ? sources->fair_share_problem
                                 : sources->document == NULL
                                     ? _("The fair share needs the plan's municipalities: open "
                                         "the scenario from a plan.")
                                     : _("Computing the fair share…"));

  if (region.index >= 0)
    only = region.label;
  by_region = only == NULL && fs->regions->len > 1;
  one_year = selection->year >= fs->base_year && selection->year < fs->base_year + fs->n_years;
  for (guint i = 0; i < fs->rows->len; i++)
    {
      const WepFairShareRow *row = wep_fair_share_row (fs, i);
      const char *name = by_region ? row->region : row->name;
      int until = one_year ? selection->year : fair_share_target (fs, row->region);
      int from = one_year ? selection->year : fs->base_year;
      ShareGroup *group;
      gpointer found;

      if ((only != NULL && !g_str_equal (row->region, only))
          || row->year < from || row->year > until)
        continue;
      first = first == 0 ? from : MIN (first, from);
      last = MAX (last, until);
      if (!g_hash_table_lookup_extended (index, name, NULL, &found))
        {
          ShareGroup empty = { name, 0.0, 0.0 };

          found = GUINT_TO_POINTER (groups->len);
          g_array_append_val (groups, empty);
          g_hash_table_insert (index, (gpointer) name, found);
        }
      group = &g_array_index (groups, ShareGroup, GPOINTER_TO_UINT (found));
      group->planned += row->planned;
      group->share += row->share;
    }

  period = first == last ? g_strdup_printf ("%d", first) : g_strdup_printf ("%d–%d", first, last);
  if (groups->len == 0)
    return _wep_chart_message (WEP_CHART_FAIR_SHARE, _wep_chart_subtitle (sources, &region, NULL),
                               _("No municipality of this region takes part in the fair share: "
                                 "add the region's member municipalities to the plan."));
  g_array_sort (groups, compare_gaps);

  data = wep_chart_data_new (WEP_CHART_FAIR_SHARE, groups->len);
  {
    /* Translators: what the fair share chart adds up: %s is the key
     * ("population"), then the years ("2026–2030") */
    g_autofree char *extra = g_strdup_printf (_("key: %s · %s"),
                                              wep_fair_share_key_label (fs->key), period);

    data->subtitle = _wep_chart_subtitle (sources, &region, extra);
  }
  data->horizontal = TRUE;
  data->value_labels = TRUE;
  data->unit = WEP_CHART_UNIT_UNITS;
  /* Translators: the value axis of the fair share chart */
  data->value_label = g_strdup (_("Planned minus fair share (homes or places)"));
  short_of = wep_chart_data_add_series (data, _("Plans short of the fair share"),
                                        wep_palette_diverging_step (FAIR_SHARE_PALETTE, -4, 5),
                                        WEP_CHART_MARK_BAR);
  beyond = wep_chart_data_add_series (data, _("Plans beyond the fair share"),
                                      wep_palette_diverging_step (FAIR_SHARE_PALETTE, 4, 5),
                                      WEP_CHART_MARK_BAR);
  planned = wep_chart_data_add_series (data, _("Planned"), wep_palette_series (7),
                                       WEP_CHART_MARK_NONE);
  share = wep_chart_data_add_series (data, _("Fair share"), wep_palette_series (7),
                                     WEP_CHART_MARK_NONE);
  for (guint i = 0; i < groups->len; i++)
    {
      const ShareGroup *group = &g_array_index (groups, ShareGroup, i);
      double difference = group->planned - group->share;

      data->categories[i] = g_strdup (group->name);
      planned->values[i] = group->planned;
      share->values[i] = group->share;
      if (difference < 0.0)
        short_of->values[i] = difference;
      else
        beyond->values[i] = difference;
    }

  if (by_region)
    g_string_append_printf (note, _("Per region: its plans against the homes it needs, from %d "
                                    "up to its target year. "), fs->base_year);
  else
    g_string_append_printf (note, _("The homes the region needs (planned and the extra for the "
                                    "goal) shared out over its municipalities by %s. "),
                            wep_fair_share_key_label (fs->key));
  for (guint i = 0; i < fs->notes->len; i++)
    if (only == NULL || strstr (g_ptr_array_index (fs->notes, i), only) != NULL)
      g_string_append_printf (note, "%s ", (const char *) g_ptr_array_index (fs->notes, i));
  g_strchomp (note->str);
  data->note = g_string_free (g_steal_pointer (&note), FALSE);
  return data;
}

/* ---- 7. costs ---------------------------------------------------------- */

typedef struct
{
  const WepRegionParams *params;
  double                *costs;
  int                    n_years;
} CostSums;

static void
cost_month_cb (int                  month,
               const WepState      *before,
               const WepState      *after,
               const WepMonthFlows *flows,
               gpointer             user_data)
{
  CostSums *sums = user_data;
  const WepRegionParams *p = sums->params;
  int y = month / 12;
  double homeless = 0.0, sheltered, shelter_places = p->yearly[WEP_Y_SHELTER_CAPACITY][y];

  for (guint k = 0; k < WEP_N_PATHWAYS; k++)
    homeless += after->prep[k];
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    homeless += after->queue[k];
  /* As step 7 of the model: the same sums, split by kind. */
  sheltered = MIN (homeless, shelter_places);
  sums->costs[WEP_COST_SHELTER * sums->n_years + y] +=
    sheltered * p->cost_shelter / 12.0 + (homeless - sheltered) * p->cost_unsheltered / 12.0;
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    {
      sums->costs[WEP_COST_SUPPORT * sums->n_years + y] +=
        after->housed[k] * p->cost_support[k] / 12.0;
      sums->costs[WEP_COST_INVESTMENT * sums->n_years + y] +=
        p->yearly[WEP_Y_NEW_UNITS_HF + k][y] / 12.0 * p->cost_unit[k];
    }
}

void
wep_chart_region_costs (const WepModelInput  *input,
                        const WepRegionInput *region,
                        double               *costs)
{
  g_autofree double *rows = NULL;
  WepRegionParams params;
  CostSums sums;

  g_return_if_fail (input != NULL && region != NULL && costs != NULL);

  rows = g_new (double, (gsize) input->horizon_years * WEP_N_COLUMNS);
  for (guint i = 0; i < WEP_N_COST_KINDS * (guint) input->horizon_years; i++)
    costs[i] = 0.0;
  wep_region_params_init (&params, region->scalar, region->yearly);
  sums = (CostSums) { &params, costs, input->horizon_years };
  wep_simulate_region (&params, input->base_year, input->horizon_years, NULL, rows, NULL,
                       cost_month_cb, &sums);
}

WepChartData *
_wep_chart_build_costs (const WepChartSources   *sources,
                        const WepChartSelection *selection)
{
  const WepModelInput *input = sources->input;
  WepChartRegion region = _wep_chart_region (sources, selection);
  int n = input->horizon_years;
  g_autofree double *costs = g_new0 (double, (gsize) WEP_N_COST_KINDS * n);
  g_autofree double *one = g_new (double, (gsize) WEP_N_COST_KINDS * n);
  static const guint colors[WEP_N_COST_KINDS] = { 1, 0, 2 };
  const char *labels[WEP_N_COST_KINDS] = { _("Shelter and sleeping rough"),
                                           _("Support with the home"),
                                           _("New dedicated units (one-off)") };
  WepChartData *data = _wep_chart_years (WEP_CHART_COSTS, input, selection);

  for (guint i = 0; i < input->regions->len; i++)
    if (in_selection (&region, i))
      {
        wep_chart_region_costs (input, wep_model_input_region (input, i), one);
        for (int j = 0; j < WEP_N_COST_KINDS * n; j++)
          costs[j] += one[j];
      }

  data->subtitle = _wep_chart_subtitle (sources, &region, NULL);
  data->unit = WEP_CHART_UNIT_EUROS;
  /* Translators: the value axis of the costs chart; the unit follows */
  data->value_label = g_strdup (_("Costs"));
  data->value_labels = TRUE;
  data->n_panels = 2;
  data->shared_scale = FALSE;
  data->panel_titles[0] = g_strdup (_("Per year"));
  data->panel_titles[1] = g_strdup_printf (_("Added up since the start of %d"), input->base_year);
  for (guint p = 0; p < 2; p++)
    {
      WepChartSeries *total = wep_chart_data_add_series (data, p == 0 ? _("Total of the year")
                                                                      : _("Total added up"),
                                                         wep_palette_series (7),
                                                         WEP_CHART_MARK_NONE);

      total->panel = p;
      for (int y = 0; y < n; y++)
        total->values[y] = 0.0;
      for (guint kind = 0; kind < WEP_N_COST_KINDS; kind++)
        {
          WepChartSeries *series = wep_chart_data_add_series (data, labels[kind],
                                                              wep_palette_series (colors[kind]),
                                                              WEP_CHART_MARK_BAR);
          double sum = 0.0;

          series->panel = p;
          for (int y = 0; y < n; y++)
            {
              sum += costs[kind * n + y];
              series->values[y] = p == 0 ? costs[kind * n + y] : sum;
              total->values[y] += series->values[y];
            }
        }
    }
  data->note = g_strdup (_("Shelter and sleeping rough: the homeless at the cost of a year in "
                           "the shelter or outside it. Support: the housed with support. New "
                           "units: the one-off cost of the planned dedicated units; the extra "
                           "units the goal needs are not in it."));
  return data;
}

/* ---- 6. two scenarios -------------------------------------------------- */

static const WepRegionResult *
find_result (const WepResults *results,
             const char       *region)
{
  if (region == NULL)
    return results->total != NULL ? results->total : g_ptr_array_index (results->regions, 0);
  for (guint i = 0; i < results->regions->len; i++)
    {
      const WepRegionResult *result = g_ptr_array_index (results->regions, i);

      if (g_str_equal (result->region, region))
        return result;
    }
  return NULL;
}

static char *
pick_other (const WepChartSources   *sources,
            const WepChartSelection *selection)
{
  g_auto (GStrv) names = wep_document_list_scenarios (sources->document);

  if (selection->other_scenario != NULL
      && g_strcmp0 (selection->other_scenario, sources->scenario) != 0
      && g_strv_contains ((const char *const *) names, selection->other_scenario))
    return g_strdup (selection->other_scenario);
  for (guint i = 0; names[i] != NULL; i++)
    if (g_strcmp0 (names[i], sources->scenario) != 0)
      return g_strdup (names[i]);
  return NULL;
}

WepChartData *
_wep_chart_build_compare (const WepChartSources   *sources,
                          const WepChartSelection *selection)
{
  WepChartRegion region = _wep_chart_region (sources, selection);
  WepColumn column = selection->column < WEP_N_COLUMNS ? selection->column : WEP_C_HOMELESS;
  const char *label = _(wep_column_info (column)->label);
  g_autofree char *other = NULL, *title = NULL, *what = NULL, *difference = NULL;
  g_autoptr (WepModelInput) other_input = NULL;
  g_autoptr (WepResults) other_results = NULL;
  g_autoptr (GError) error = NULL;
  const WepRegionResult *a, *b;
  WepChartSeries *band, *line_a, *line_b, *diff;
  WepChartData *data;
  int first, last;

  /* Translators: the title of the comparison chart, %s is what it shows */
  title = g_strdup_printf (_("Two scenarios compared: %s"), label);
  if (sources->document == NULL || (other = pick_other (sources, selection)) == NULL)
    {
      data = _wep_chart_message (WEP_CHART_COMPARE, _wep_chart_subtitle (sources, &region, NULL),
                                 _("The plan has one scenario. Make a second one (on the "
                                   "Scenarios page) to compare the two."));
      g_free (data->title);
      data->title = g_steal_pointer (&title);
      return data;
    }
  other_input = wep_document_scenario_input (sources->document, other, &error);
  if (other_input != NULL)
    other_results = wep_model_run (other_input);
  a = _wep_chart_region_result (sources->results, &region);
  b = other_results != NULL ? find_result (other_results, selection->region) : NULL;
  if (b == NULL)
    {
      g_autofree char *message =
        error != NULL ? g_strdup_printf (_("Scenario “%s” cannot be computed: %s"), other,
                                         error->message)
                      : g_strdup_printf (_("Scenario “%s” has no region “%s”."), other,
                                         selection->region);

      data = _wep_chart_message (WEP_CHART_COMPARE, _wep_chart_subtitle (sources, &region, NULL),
                                 message);
      g_free (data->title);
      data->title = g_steal_pointer (&title);
      return data;
    }

  first = MIN (a->base_year, b->base_year);
  last = MAX (a->base_year + a->n_years, b->base_year + b->n_years) - 1;
  data = wep_chart_data_new (WEP_CHART_COMPARE, last - first + 1);
  wep_chart_data_set_years (data, first);
  data->highlight = wep_chart_data_year_index (data, selection->year);
  data->category_label = _wep_chart_year_axis (_wep_chart_column_is_stock (column));
  g_free (data->title);
  data->title = g_steal_pointer (&title);
  /* Translators: the two scenarios compared in a chart's subtitle */
  what = g_strdup_printf (_("“%s” against “%s”"), sources->scenario, other);
  data->subtitle = g_strdup_printf (_("%s · %s"), region.label, what);
  data->unit = _wep_chart_column_unit (column);
  data->value_label = _wep_chart_column_axis_title (column);

  band = wep_chart_data_add_series (data, _("Difference"), wep_palette_series (7),
                                    WEP_CHART_MARK_BAND);
  band->quiet = TRUE;
  line_a = wep_chart_data_add_series (data, sources->scenario, wep_palette_series (0),
                                      WEP_CHART_MARK_LINE);
  line_b = wep_chart_data_add_series (data, other, wep_palette_series (1), WEP_CHART_MARK_LINE);
  line_b->dashed = TRUE;
  /* Translators: the difference of two scenarios, second minus first */
  difference = g_strdup_printf (_("Difference (“%s” − “%s”)"), other, sources->scenario);
  diff = wep_chart_data_add_series (data, difference, wep_palette_series (7), WEP_CHART_MARK_NONE);
  for (int y = first; y <= last; y++)
    {
      int c = y - first, ia = y - a->base_year, ib = y - b->base_year;

      if (ia >= 0 && ia < a->n_years)
        line_a->values[c] = band->values[c] = wep_region_result_get (a, ia, column);
      if (ib >= 0 && ib < b->n_years)
        line_b->values[c] = band->high[c] = wep_region_result_get (b, ib, column);
      diff->values[c] = line_b->values[c] - line_a->values[c];
    }
  data->note = g_strdup (_("The shaded area is the difference between the two scenarios."));
  return data;
}
