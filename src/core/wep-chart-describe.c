/* wep-chart-describe.c: a chart in words — what a screen reader says
 * about it, and the exact values shown on hover
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-chart-format.h"

static void
append_sentence (GString    *out,
                 const char *sentence)
{
  if (out->len > 0)
    g_string_append_c (out, ' ');
  g_string_append (out, sentence);
}

/* "Label: from A in 2026 to B in 2035." over the values a series has. */
static void
describe_series (GString              *out,
                 const WepChartData   *data,
                 const WepChartSeries *series)
{
  g_autofree char *label = NULL;
  int first = -1, last = -1;

  for (guint c = 0; c < data->n_categories; c++)
    if (isfinite (series->values[c]))
      {
        if (first < 0)
          first = (int) c;
        last = (int) c;
      }
  if (first < 0)
    return;
  label = data->n_panels > 1 && data->panel_titles[series->panel] != NULL
            /* Translators: a series of one panel of a chart: the panel, then the series */
            ? g_strdup_printf (_("%s, %s"), data->panel_titles[series->panel], series->label)
            : g_strdup (series->label);

  if (series->mark == WEP_CHART_MARK_BAND)
    {
      g_autofree char *low = wep_chart_format_plain (series->values[last], data->unit);
      g_autofree char *high = wep_chart_format_value (series->high[last], data->unit);
      /* Translators: a band in a chart: its label, its lower and upper edge, the year */
      g_autofree char *text = g_strdup_printf (_("%s: %s to %s in %s."), label, low, high,
                                               data->categories[last]);

      append_sentence (out, text);
    }
  else if (first == last)
    {
      g_autofree char *value = wep_chart_format_value (series->values[first], data->unit);
      /* Translators: one value of a chart: label, value, year */
      g_autofree char *text = g_strdup_printf (_("%s: %s in %s."), label, value,
                                               data->categories[first]);

      append_sentence (out, text);
    }
  else
    {
      g_autofree char *from = wep_chart_format_value (series->values[first], data->unit);
      g_autofree char *to = wep_chart_format_value (series->values[last], data->unit);
      /* Translators: a series of a chart over the years: label, first value,
       * first year, last value, last year */
      g_autofree char *text = g_strdup_printf (_("%s: from %s in %s to %s in %s."), label, from,
                                               data->categories[first], to,
                                               data->categories[last]);

      append_sentence (out, text);
    }
}

/* The fair share: how many plan short, the most short and the most beyond. */
static void
describe_across (GString            *out,
                 const WepChartData *data)
{
  guint n_short = 0;
  double first = NAN, last = NAN;

  for (guint c = 0; c < data->n_categories; c++)
    {
      double sum = 0.0;
      gboolean any = FALSE;

      for (guint i = 0; i < data->series->len; i++)
        {
          const WepChartSeries *series = wep_chart_data_series (data, i);

          if (series->mark == WEP_CHART_MARK_BAR && isfinite (series->values[c]))
            {
              sum += series->values[c];
              any = TRUE;
            }
        }
      if (!any)
        continue;
      n_short += sum < 0.0;
      if (c == 0)
        first = sum;
      if (c == data->n_categories - 1)
        last = sum;
    }
  {
    /* Translators: the fair share chart in words: how many of all plan
     * less than their share */
    g_autofree char *text = g_strdup_printf (ngettext ("%u of %u plans less than its fair share.",
                                                       "%u of %u plan less than their fair share.",
                                                       data->n_categories),
                                             n_short, data->n_categories);

    append_sentence (out, text);
  }
  if (data->n_categories > 0 && isfinite (first) && isfinite (last))
    {
      g_autofree char *low = wep_chart_format_signed (first, data->unit);
      g_autofree char *high = wep_chart_format_signed (last, data->unit);
      /* Translators: the ends of the sorted fair share chart: name and difference */
      g_autofree char *text = g_strdup_printf (_("Least: %s (%s); most: %s (%s)."),
                                               data->categories[0], low,
                                               data->categories[data->n_categories - 1], high);

      append_sentence (out, text);
    }
}

char *
wep_chart_data_describe (const WepChartData *data)
{
  g_autoptr (GString) out = g_string_new (NULL);

  g_return_val_if_fail (data != NULL, NULL);

  if (data->subtitle != NULL)
    /* Translators: the start of a chart's description: title, subtitle */
    g_string_append_printf (out, _("%s, %s."), data->title, data->subtitle);
  else
    g_string_append_printf (out, "%s.", data->title);
  if (data->message != NULL)
    {
      append_sentence (out, data->message);
      return g_string_free (g_steal_pointer (&out), FALSE);
    }
  if (data->horizontal)
    describe_across (out, data);
  else
    for (guint i = 0; i < data->series->len; i++)
      if (!wep_chart_data_series (data, i)->quiet)
        describe_series (out, data, wep_chart_data_series (data, i));
  if (isfinite (data->goal) && data->goal_label != NULL)
    {
      g_autofree char *goal = g_strdup_printf ("%s.", data->goal_label);

      append_sentence (out, goal);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
wep_chart_data_describe_category (const WepChartData *data,
                                  guint               panel,
                                  int                 category)
{
  g_autoptr (GString) out = g_string_new (NULL);

  g_return_val_if_fail (data != NULL, NULL);

  if (category < 0 || category >= (int) data->n_categories || data->message != NULL)
    return NULL;
  if (data->n_panels > 1 && data->panel_titles[panel] != NULL)
    g_string_append_printf (out, _("%s, %s"), data->panel_titles[panel],
                            data->categories[category]);
  else
    g_string_append (out, data->categories[category]);

  for (guint i = 0; i < data->series->len; i++)
    {
      const WepChartSeries *series = wep_chart_data_series (data, i);
      double v = series->values[category];

      if (series->panel != panel || series->quiet)
        continue;
      if (series->mark == WEP_CHART_MARK_BAND)
        {
          g_autofree char *low = NULL, *high = NULL;

          if (!isfinite (v) || !isfinite (series->high[category]))
            continue;
          low = wep_chart_format_plain (MIN (v, series->high[category]), data->unit);
          high = wep_chart_format_value (MAX (v, series->high[category]), data->unit);
          g_string_append_c (out, '\n');
          /* Translators: a band's value on hover: label, low, high */
          g_string_append_printf (out, _("%s: %s to %s"), series->label, low, high);
        }
      else if (isfinite (v))
        {
          g_autofree char *value = wep_chart_format_value (v, data->unit);

          g_string_append_c (out, '\n');
          /* Translators: a value on hover: label, value */
          g_string_append_printf (out, _("%s: %s"), series->label, value);
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
