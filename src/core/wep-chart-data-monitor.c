/* wep-chart-data-monitor.c: the monitoring chart — per year, the homes
 * actually allocated (the allocations table) against the municipalities'
 * plans by how far they are (gepland, in aanbouw, gerealiseerd)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-chart-data-private.h"
#include "wep-document-private.h"
#include "wep-plan-rows.h"

/* At most this many years back from the latest. */
#define MAX_YEARS 30

/* The member municipalities of the scenario's regions, or of those of
 * them named ?2 (NULL: all). */
#define MEMBERS \
  "SELECT m.municipality FROM scenarios c " \
  "JOIN scenario_regions s ON s.scenario = c.id " \
  "JOIN regions r ON r.code = s.region " \
  "JOIN region_members m ON m.region = r.code " \
  "WHERE c.name = ?1 AND (?2 IS NULL OR r.name = ?2)"

typedef struct
{
  int    year;
  char  *key;       /* a status or a target group */
  double amount;
} Sum;

static void
sum_clear (gpointer data)
{
  g_free (((Sum *) data)->key);
}

static GArray *
load_sums (WepDocument  *doc,
           const char   *sql,
           const char   *scenario,
           const char   *region,
           GError      **error)
{
  g_autoptr (GArray) sums = g_array_new (FALSE, FALSE, sizeof (Sum));
  g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (_wep_document_get_db (doc), sql, error);
  int rc;

  g_array_set_clear_func (sums, sum_clear);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, scenario, -1, SQLITE_STATIC);
  if (region != NULL)
    sqlite3_bind_text (stmt, 2, region, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Sum sum = { sqlite3_column_int (stmt, 0),
                  g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
                  sqlite3_column_double (stmt, 2) };

      g_array_append_val (sums, sum);
    }
  if (rc != SQLITE_DONE)
    {
      _wep_sqlite_fail (_wep_document_get_db (doc), _("Reading the monitoring figures"), error);
      return NULL;
    }
  return g_steal_pointer (&sums);
}

static char *
target_group_label (const char *group)
{
  g_autofree char *plain = NULL;

  if (g_strcmp0 (group, "uitstroom_mo_bw") == 0)
    return g_strdup (_("leaving shelter or sheltered housing"));
  plain = g_strdup (group);
  g_strdelimit (plain, "_", ' ');
  return g_steal_pointer (&plain);
}

WepChartData *
_wep_chart_build_monitoring (const WepChartSources   *sources,
                             const WepChartSelection *selection)
{
  static const char *const statuses[] = { "gerealiseerd", "in_aanbouw", "gepland" };
  static const guint status_colors[] = { 0, 4, 7 };
  static const guint group_colors[] = { 1, 3, 6, 5 };
  WepChartRegion region = _wep_chart_region (sources, selection);
  const char *name = region.index >= 0 ? region.label : NULL;
  g_autoptr (GArray) plans = NULL, allocations = NULL;
  g_autoptr (GPtrArray) groups = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  WepChartSeries *plan_total, *allocated_total;
  WepChartData *data;
  int first = G_MAXINT, last = G_MININT;

  if (sources->document == NULL || sources->scenario == NULL)
    return _wep_chart_message (WEP_CHART_MONITORING, NULL,
                               _("Monitoring needs a plan with a scenario."));
  plans = load_sums (sources->document,
                     "SELECT year, status, sum(units) FROM plans WHERE counted = 1 "
                     "AND municipality IN (" MEMBERS ") GROUP BY year, status",
                     sources->scenario, name, &error);
  if (plans != NULL)
    allocations = load_sums (sources->document,
                             "SELECT year, target_group, sum(homes) FROM allocations "
                             "WHERE counted = 1 AND municipality IN (" MEMBERS ") "
                             "GROUP BY year, target_group "
                             "ORDER BY target_group <> 'uitstroom_mo_bw', target_group, year",
                             sources->scenario, name, &error);
  if (allocations == NULL)
    return _wep_chart_message (WEP_CHART_MONITORING, _wep_chart_subtitle (sources, &region, NULL),
                               error->message);

  for (guint i = 0; i < plans->len + allocations->len; i++)
    {
      const Sum *sum = i < plans->len ? &g_array_index (plans, Sum, i)
                                      : &g_array_index (allocations, Sum, i - plans->len);

      first = MIN (first, sum->year);
      last = MAX (last, sum->year);
    }
  if (allocations->len == 0)
    return _wep_chart_message (WEP_CHART_MONITORING, _wep_chart_subtitle (sources, &region, NULL),
                               _("There are no allocations for this region yet. Import the "
                                 "homes allocated per municipality, year and target group to "
                                 "set them against the plans."));
  first = MAX (first, last - MAX_YEARS + 1);

  data = wep_chart_data_new (WEP_CHART_MONITORING, last - first + 1);
  wep_chart_data_set_years (data, first);
  data->highlight = wep_chart_data_year_index (data, selection->year);
  data->category_label = g_strdup (_("Year"));
  data->subtitle = _wep_chart_subtitle (sources, &region, NULL);
  data->unit = WEP_CHART_UNIT_UNITS;
  /* Translators: the value axis of the monitoring chart */
  data->value_label = g_strdup (_("Homes and places per year"));
  data->value_labels = TRUE;

  plan_total = wep_chart_data_add_series (data, _("Plans in total"), wep_palette_series (7),
                                          WEP_CHART_MARK_NONE);
  allocated_total = wep_chart_data_add_series (data, _("Allocated in total"),
                                               wep_palette_series (7), WEP_CHART_MARK_NONE);
  for (guint c = 0; c < data->n_categories; c++)
    plan_total->values[c] = allocated_total->values[c] = 0.0;

  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    {
      /* Translators: a part of the plans in the monitoring chart, %s is
       * its status ("Completed") */
      g_autofree char *label = g_strdup_printf (_("Plans: %s"),
                                                wep_plan_status_label (statuses[s]));
      WepChartSeries *series = wep_chart_data_add_series (data, label,
                                                          wep_palette_series (status_colors[s]),
                                                          WEP_CHART_MARK_BAR);

      for (guint i = 0; i < plans->len; i++)
        {
          const Sum *sum = &g_array_index (plans, Sum, i);
          int c = wep_chart_data_year_index (data, sum->year);

          if (c < 0 || !g_str_equal (sum->key, statuses[s]))
            continue;
          series->values[c] = sum->amount;
          plan_total->values[c] += sum->amount;
        }
    }

  for (guint i = 0; i < allocations->len; i++)
    {
      const Sum *sum = &g_array_index (allocations, Sum, i);
      int c = wep_chart_data_year_index (data, sum->year);
      WepChartSeries *series;

      if (groups->len == 0 || !g_str_equal (sum->key, g_ptr_array_index (groups, groups->len - 1)))
        {
          g_autofree char *group = target_group_label (sum->key);
          /* Translators: homes allocated to a target group, %s is the group */
          g_autofree char *label = g_strdup_printf (_("Allocated: %s"), group);

          g_ptr_array_add (groups, sum->key);
          series = wep_chart_data_add_series (data, label,
                                              wep_palette_series (group_colors[(groups->len - 1)
                                                                  % G_N_ELEMENTS (group_colors)]),
                                              WEP_CHART_MARK_BAR);
          series->stack = 1;
        }
      series = wep_chart_data_series (data, data->series->len - 1);
      if (c < 0)
        continue;
      series->values[c] = sum->amount;
      allocated_total->values[c] += sum->amount;
    }
  data->note = g_strdup (_("Plans: the dedicated units the municipalities plan to finish in the "
                           "year, by how far they are. Allocated: the homes let to a target "
                           "group in the year (monitoring figures)."));
  return data;
}
