/* wep-chart.c: the kinds of chart, their style, their data and layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wep-chart.h"

static const struct
{
  const char *key;
  const char *title;
  const char *file_stem;
} kinds[WEP_N_CHART_KINDS] = {
  [WEP_CHART_HOMELESS] = { "homeless", N_("Homeless persons"),
                           /* Translators: a file name, without spaces */
                           N_("homeless") },
  [WEP_CHART_NEEDS] = { "needs", N_("Homes needed against homes planned"),
                        /* Translators: a file name, without spaces */
                        N_("homes-needed") },
  [WEP_CHART_WAIT] = { "wait", N_("Waiting time for a home"),
                       /* Translators: a file name, without spaces */
                       N_("waiting-time") },
  [WEP_CHART_UNCERTAINTY] = { "uncertainty", N_("Uncertainty"),
                              /* Translators: a file name, without spaces */
                              N_("uncertainty") },
  [WEP_CHART_FAIR_SHARE] = { "fair-share", N_("Plans against the fair share"),
                             /* Translators: a file name, without spaces */
                             N_("fair-share") },
  [WEP_CHART_COMPARE] = { "compare", N_("Two scenarios compared"),
                          /* Translators: a file name, without spaces */
                          N_("scenarios-compared") },
  [WEP_CHART_COSTS] = { "costs", N_("Costs"),
                        /* Translators: a file name, without spaces */
                        N_("costs") },
  [WEP_CHART_MONITORING] = { "monitoring", N_("Monitoring: allocations against plans"),
                             /* Translators: a file name, without spaces */
                             N_("monitoring") },
};

const char *
wep_chart_kind_key (WepChartKind kind)
{
  g_return_val_if_fail (kind < WEP_N_CHART_KINDS, NULL);
  return kinds[kind].key;
}

gboolean
wep_chart_kind_from_key (const char   *key,
                         WepChartKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; key != NULL && i < WEP_N_CHART_KINDS; i++)
    if (g_str_equal (key, kinds[i].key))
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
wep_chart_kind_title (WepChartKind kind)
{
  g_return_val_if_fail (kind < WEP_N_CHART_KINDS, NULL);
  return _(kinds[kind].title);
}

const char *
wep_chart_kind_file_stem (WepChartKind kind)
{
  g_return_val_if_fail (kind < WEP_N_CHART_KINDS, NULL);
  return _(kinds[kind].file_stem);
}

/* ---- style ------------------------------------------------------------- */

void
wep_chart_style_init_light (WepChartStyle *style)
{
  g_return_if_fail (style != NULL);

  *style = (WepChartStyle) {
    .foreground = wep_color_from_rgb24 (0x1e1e1e),
    .background = wep_color_from_rgb24 (0xffffff),
    .grid = wep_color_from_rgb24 (0xdedede),
    .fill_background = TRUE,
    .scale = 1.0,
    .font_family = NULL,
  };
}

void
wep_chart_style_init_dark (WepChartStyle *style)
{
  g_return_if_fail (style != NULL);

  *style = (WepChartStyle) {
    .foreground = wep_color_from_rgb24 (0xffffff),
    .background = wep_color_from_rgb24 (0x1e1e1e),
    .grid = wep_color_from_rgb24 (0x3d3d3d),
    .fill_background = TRUE,
    .scale = 1.0,
    .font_family = NULL,
  };
}

/* ---- data -------------------------------------------------------------- */

static void
series_free (gpointer data)
{
  WepChartSeries *series = data;

  g_free (series->label);
  g_free (series->values);
  g_free (series->high);
  g_free (series);
}

WepChartData *
wep_chart_data_new (WepChartKind kind,
                    guint        n_categories)
{
  WepChartData *data;

  g_return_val_if_fail (kind < WEP_N_CHART_KINDS, NULL);

  data = g_new0 (WepChartData, 1);
  data->kind = kind;
  data->title = g_strdup (wep_chart_kind_title (kind));
  data->n_categories = n_categories;
  data->categories = g_new0 (char *, n_categories + 1);
  data->series = g_ptr_array_new_with_free_func (series_free);
  data->n_panels = 1;
  data->shared_scale = TRUE;
  data->highlight = -1;
  data->goal = NAN;
  data->marker = -1;
  return data;
}

void
wep_chart_data_free (WepChartData *data)
{
  if (data == NULL)
    return;
  g_free (data->title);
  g_free (data->subtitle);
  g_free (data->value_label);
  g_free (data->category_label);
  g_strfreev (data->categories);
  g_ptr_array_unref (data->series);
  for (guint i = 0; i < WEP_CHART_MAX_PANELS; i++)
    g_free (data->panel_titles[i]);
  g_free (data->goal_label);
  g_free (data->marker_label);
  g_free (data->message);
  g_free (data->note);
  g_free (data);
}

WepChartSeries *
wep_chart_data_add_series (WepChartData *data,
                           const char   *label,
                           WepColor      color,
                           WepChartMark  mark)
{
  WepChartSeries *series;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);

  series = g_new0 (WepChartSeries, 1);
  series->label = g_strdup (label);
  series->color = color;
  series->mark = mark;
  series->values = g_new (double, MAX (data->n_categories, 1));
  for (guint i = 0; i < data->n_categories; i++)
    series->values[i] = NAN;
  if (mark == WEP_CHART_MARK_BAND)
    {
      series->high = g_new (double, MAX (data->n_categories, 1));
      for (guint i = 0; i < data->n_categories; i++)
        series->high[i] = NAN;
    }
  g_ptr_array_add (data->series, series);
  return series;
}

void
wep_chart_data_set_years (WepChartData *data,
                          int           first_year)
{
  g_return_if_fail (data != NULL);

  data->first_year = first_year;
  for (guint i = 0; i < data->n_categories; i++)
    {
      g_free (data->categories[i]);
      data->categories[i] = g_strdup_printf ("%d", first_year + (int) i);
    }
}

int
wep_chart_data_year_index (const WepChartData *data,
                           int                 year)
{
  g_return_val_if_fail (data != NULL, -1);

  if (data->first_year == 0 || year < data->first_year
      || year >= data->first_year + (int) data->n_categories)
    return -1;
  return year - data->first_year;
}

/* ---- layout ------------------------------------------------------------ */

static void
legend_item_clear (gpointer data)
{
  WepChartLegendItem *item = data;

  g_clear_pointer (&item->label, g_free);
}

WepChartLayout *
wep_chart_layout_new (void)
{
  WepChartLayout *layout = g_new0 (WepChartLayout, 1);

  layout->bars = g_array_new (FALSE, FALSE, sizeof (WepChartBar));
  layout->legend = g_array_new (FALSE, FALSE, sizeof (WepChartLegendItem));
  g_array_set_clear_func (layout->legend, legend_item_clear);
  return layout;
}

void
wep_chart_layout_clear (WepChartLayout *layout)
{
  g_return_if_fail (layout != NULL);

  g_array_set_size (layout->bars, 0);
  g_array_set_size (layout->legend, 0);
  layout->n_panels = 0;
  layout->n_categories = 0;
  layout->horizontal = FALSE;
  memset (layout->plot, 0, sizeof layout->plot);
  memset (&layout->title, 0, sizeof layout->title);
  memset (&layout->message, 0, sizeof layout->message);
  for (guint i = 0; i < WEP_CHART_MAX_PANELS; i++)
    {
      layout->axis_min[i] = 0.0;
      layout->axis_max[i] = 1.0;
      layout->tick_step[i] = 1.0;
    }
}

void
wep_chart_layout_free (WepChartLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->bars);
  g_array_unref (layout->legend);
  g_free (layout);
}

double
wep_chart_layout_value_position (const WepChartLayout *layout,
                                 guint                 panel,
                                 double                value)
{
  const WepChartRect *plot;
  double t;

  g_return_val_if_fail (layout != NULL, 0.0);
  g_return_val_if_fail (panel < WEP_CHART_MAX_PANELS, 0.0);

  plot = &layout->plot[panel];
  t = (value - layout->axis_min[panel]) / (layout->axis_max[panel] - layout->axis_min[panel]);
  if (layout->horizontal)
    return plot->x + t * plot->width;
  return plot->y + plot->height - t * plot->height;
}

double
wep_chart_layout_category_center (const WepChartLayout *layout,
                                  guint                 panel,
                                  int                   category)
{
  const WepChartRect *plot;
  double band;

  g_return_val_if_fail (layout != NULL, 0.0);
  g_return_val_if_fail (panel < WEP_CHART_MAX_PANELS, 0.0);

  plot = &layout->plot[panel];
  if (layout->n_categories == 0)
    return layout->horizontal ? plot->y : plot->x;
  if (layout->horizontal)
    {
      band = plot->height / layout->n_categories;
      return plot->y + (category + 0.5) * band;
    }
  band = plot->width / layout->n_categories;
  return plot->x + (category + 0.5) * band;
}

gboolean
wep_chart_layout_find (const WepChartLayout *layout,
                       double                x,
                       double                y,
                       guint                *panel,
                       int                  *category)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  for (guint p = 0; p < layout->n_panels && layout->n_categories > 0; p++)
    {
      const WepChartRect *plot = &layout->plot[p];
      int c;

      if (x < plot->x || x >= plot->x + plot->width || y < plot->y || y >= plot->y + plot->height)
        continue;
      if (layout->horizontal)
        c = (int) floor ((y - plot->y) / (plot->height / layout->n_categories));
      else
        c = (int) floor ((x - plot->x) / (plot->width / layout->n_categories));
      c = CLAMP (c, 0, (int) layout->n_categories - 1);
      if (panel != NULL)
        *panel = p;
      if (category != NULL)
        *category = c;
      return TRUE;
    }
  return FALSE;
}
