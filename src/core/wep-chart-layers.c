/* wep-chart-layers.c: what is drawn on the axes — bars, their totals,
 * capacity steps, bands, lines, the goal and the target year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "wep-chart-format.h"
#include "wep-chart-private.h"

static gboolean
is_bar (const WepChartSeries *series)
{
  return series->mark == WEP_CHART_MARK_BAR || series->mark == WEP_CHART_MARK_BAR_HATCHED;
}

static guint
panel_stacks (const WepChartData *data,
              guint               panel)
{
  guint n = 0;

  for (guint i = 0; i < data->series->len; i++)
    {
      const WepChartSeries *series = wep_chart_data_series (data, i);

      if (is_bar (series) && series->panel == panel)
        n = MAX (n, series->stack + 1);
    }
  return n;
}

static double
category_band (const WepChartLayout *layout,
               guint                 panel)
{
  const WepChartRect *plot = &layout->plot[panel];

  if (layout->n_categories == 0)
    return 1.0;
  return (layout->horizontal ? plot->height : plot->width) / layout->n_categories;
}

/* Where the bar of a stack lies across its category. */
static void
bar_slot (WepChartCanvas *canvas,
          guint           panel,
          int             category,
          guint           stack,
          guint           stacks,
          double         *start,
          double         *thickness)
{
  double band = category_band (canvas->layout, panel), k = canvas->k;
  double group = MIN (band * (stacks > 1 ? 0.8 : 0.62), 64.0 * k * stacks);
  double slot = group / stacks;
  double center = wep_chart_layout_category_center (canvas->layout, panel, category);
  double gap = stacks > 1 ? MIN (2.0 * k, slot * 0.2) : 0.0;

  *start = center - group / 2 + stack * slot + gap / 2;
  *thickness = MAX (slot - gap, 1.0);
}

void
_wep_chart_bars (WepChartCanvas *canvas)
{
  const WepChartData *data = canvas->data;
  WepChartLayout *layout = canvas->layout;
  cairo_t *cr = canvas->cr;

  g_assert (canvas != NULL);

  for (guint p = 0; p < layout->n_panels; p++)
    {
      guint stacks = panel_stacks (data, p);

      for (guint c = 0; c < data->n_categories; c++)
        for (guint s = 0; s < stacks; s++)
          {
            double up = 0.0, down = 0.0, start, thickness;

            bar_slot (canvas, p, c, s, stacks, &start, &thickness);
            for (guint i = 0; i < data->series->len; i++)
              {
                const WepChartSeries *series = wep_chart_data_series (data, i);
                double v = series->values[c], from, to, a, b;
                WepChartBar bar;

                if (!is_bar (series) || series->panel != p || series->stack != s
                    || !isfinite (v) || v == 0.0)
                  continue;
                from = v > 0.0 ? up : down + v;
                to = v > 0.0 ? up + v : down;
                if (v > 0.0)
                  up += v;
                else
                  down += v;
                a = wep_chart_layout_value_position (layout, p, from);
                b = wep_chart_layout_value_position (layout, p, to);
                if (layout->horizontal)
                  bar.rect = (WepChartRect) { MIN (a, b), start, fabs (b - a), thickness };
                else
                  bar.rect = (WepChartRect) { start, MIN (a, b), thickness, fabs (b - a) };
                bar.series = i;
                bar.category = c;
                g_array_append_val (layout->bars, bar);

                if (series->mark == WEP_CHART_MARK_BAR_HATCHED)
                  _wep_chart_hatch (canvas, bar.rect.x, bar.rect.y, bar.rect.width,
                                    bar.rect.height, series->color);
                else
                  {
                    cairo_rectangle (cr, bar.rect.x, bar.rect.y, bar.rect.width, bar.rect.height);
                    wep_cairo_set_color (cr, series->color, 1.0);
                    cairo_fill (cr);
                  }
              }
          }
    }
}

/* The total of the bars of one stack, FALSE when it has none. */
static gboolean
stack_total (const WepChartData *data,
             guint               panel,
             guint               category,
             guint               stack,
             double             *total)
{
  gboolean any = FALSE;

  *total = 0.0;
  for (guint i = 0; i < data->series->len; i++)
    {
      const WepChartSeries *series = wep_chart_data_series (data, i);

      if (is_bar (series) && series->panel == panel && series->stack == stack
          && isfinite (series->values[category]))
        {
          *total += series->values[category];
          any = TRUE;
        }
    }
  return any;
}

static char *
total_text (WepChartCanvas *canvas,
            guint           panel,
            double          total)
{
  double shown = total / canvas->divisor[panel];

  if (canvas->layout->horizontal)
    return wep_chart_format_signed (total, canvas->data->unit);
  /* Millions with a decimal below a hundred. */
  if (canvas->divisor[panel] != 1.0)
    return wep_chart_format_number (shown, fabs (shown) < 100.0 ? 1 : 0);
  return wep_chart_format_plain (shown, canvas->data->unit);
}

void
_wep_chart_value_labels (WepChartCanvas *canvas)
{
  const WepChartData *data = canvas->data;
  WepChartLayout *layout = canvas->layout;
  double k = canvas->k;
  gboolean fits = TRUE;

  g_assert (canvas != NULL);

  if (!data->value_labels)
    return;
  /* All totals or none, so that none seems missing. */
  for (int pass = 0; pass < 2 && fits; pass++)
    for (guint p = 0; p < layout->n_panels && fits; p++)
      {
        guint stacks = panel_stacks (data, p);

        for (guint c = 0; c < data->n_categories && fits; c++)
          for (guint s = 0; s < stacks && fits; s++)
            {
              double total, start, thickness, w, h, pos;
              g_autofree char *text = NULL;

              if (!stack_total (data, p, c, s, &total))
                continue;
              bar_slot (canvas, p, c, s, stacks, &start, &thickness);
              text = total_text (canvas, p, total);
              _wep_chart_text_set (canvas, text, 10.0, FALSE, -1, &w, &h);
              if (pass == 0)
                {
                  fits = layout->horizontal ? h <= thickness / 0.62 * 1.05
                                            : w <= (stacks > 1 ? thickness + 2.0 * k
                                                               : category_band (layout, p) * 0.96);
                  continue;
                }
              pos = wep_chart_layout_value_position (layout, p, total);
              if (layout->horizontal)
                _wep_chart_text_show_halo (canvas, total >= 0.0 ? pos + 4.0 * k : pos - 4.0 * k - w,
                                           start + (thickness - h) / 2,
                                           canvas->style->foreground, 0.9);
              else
                _wep_chart_text_show_halo (canvas, start + (thickness - w) / 2,
                                           total >= 0.0 ? pos - h - 1.0 * k : pos + 1.0 * k,
                                           canvas->style->foreground, 0.9);
            }
      }
}

void
_wep_chart_steps (WepChartCanvas *canvas)
{
  const WepChartData *data = canvas->data;
  WepChartLayout *layout = canvas->layout;
  cairo_t *cr = canvas->cr;
  double k = canvas->k;

  g_assert (canvas != NULL);

  for (guint i = 0; i < data->series->len; i++)
    {
      const WepChartSeries *series = wep_chart_data_series (data, i);
      guint p = series->panel;
      double band;
      gboolean drawing = FALSE;

      if (series->mark != WEP_CHART_MARK_STEP || p >= layout->n_panels)
        continue;
      band = category_band (layout, p);
      for (guint c = 0; c < data->n_categories; c++)
        {
          double v = series->values[c];
          double x0 = layout->plot[p].x + c * band, y;

          if (!isfinite (v))
            {
              drawing = FALSE;
              continue;
            }
          y = wep_chart_layout_value_position (layout, p, v);
          if (drawing)
            cairo_line_to (cr, x0, y);
          else
            cairo_move_to (cr, x0, y);
          cairo_line_to (cr, x0 + band, y);
          drawing = TRUE;
        }
      cairo_set_line_width (cr, 2.25 * k);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
      cairo_set_dash (cr, (double[]) { 6.0 * k, 4.0 * k }, 2, 0);
      wep_cairo_set_color (cr, series->color, 1.0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

void
_wep_chart_bands (WepChartCanvas *canvas)
{
  const WepChartData *data = canvas->data;
  WepChartLayout *layout = canvas->layout;
  cairo_t *cr = canvas->cr;

  g_assert (canvas != NULL);

  for (guint i = 0; i < data->series->len; i++)
    {
      const WepChartSeries *series = wep_chart_data_series (data, i);
      guint p = series->panel;
      guint c = 0;

      if (series->mark != WEP_CHART_MARK_BAND || p >= layout->n_panels)
        continue;
      /* One shape per run of categories with both edges. */
      while (c < data->n_categories)
        {
          guint first, last;

          while (c < data->n_categories
                 && !(isfinite (series->values[c]) && isfinite (series->high[c])))
            c++;
          if (c >= data->n_categories)
            break;
          first = c;
          while (c < data->n_categories && isfinite (series->values[c])
                 && isfinite (series->high[c]))
            c++;
          last = c - 1;
          cairo_new_path (cr);
          for (guint j = first; j <= last; j++)
            cairo_line_to (cr, wep_chart_layout_category_center (layout, p, j),
                           wep_chart_layout_value_position (layout, p, series->high[j]));
          for (guint j = last + 1; j-- > first;)
            cairo_line_to (cr, wep_chart_layout_category_center (layout, p, j),
                           wep_chart_layout_value_position (layout, p, series->values[j]));
          cairo_close_path (cr);
          /* A single category: a short bar across it. */
          if (first == last)
            {
              double band = category_band (layout, p) * 0.3;
              double x = wep_chart_layout_category_center (layout, p, first);
              double y0 = wep_chart_layout_value_position (layout, p, series->high[first]);
              double y1 = wep_chart_layout_value_position (layout, p, series->values[first]);

              cairo_new_path (cr);
              cairo_rectangle (cr, x - band / 2, y0, band, y1 - y0);
            }
          wep_cairo_set_color (cr, series->color, 0.28);
          cairo_fill (cr);
        }
    }
}

void
_wep_chart_lines (WepChartCanvas *canvas)
{
  const WepChartData *data = canvas->data;
  WepChartLayout *layout = canvas->layout;
  cairo_t *cr = canvas->cr;
  double k = canvas->k;

  g_assert (canvas != NULL);

  for (guint i = 0; i < data->series->len; i++)
    {
      const WepChartSeries *series = wep_chart_data_series (data, i);
      guint p = series->panel;
      gboolean drawing = FALSE, dots;

      if (series->mark != WEP_CHART_MARK_LINE || p >= layout->n_panels)
        continue;
      dots = category_band (layout, p) >= 9.0 * k;
      for (guint c = 0; c < data->n_categories; c++)
        {
          double v = series->values[c];

          if (!isfinite (v))
            {
              drawing = FALSE;
              continue;
            }
          if (drawing)
            cairo_line_to (cr, wep_chart_layout_category_center (layout, p, c),
                           wep_chart_layout_value_position (layout, p, v));
          else
            cairo_move_to (cr, wep_chart_layout_category_center (layout, p, c),
                           wep_chart_layout_value_position (layout, p, v));
          drawing = TRUE;
        }
      cairo_set_line_width (cr, 2.5 * k);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      if (series->dashed)
        cairo_set_dash (cr, (double[]) { 7.0 * k, 4.0 * k }, 2, 0);
      wep_cairo_set_color (cr, series->color, 1.0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      for (guint c = 0; dots && c < data->n_categories; c++)
        {
          double v = series->values[c];

          if (!isfinite (v))
            continue;
          cairo_arc (cr, wep_chart_layout_category_center (layout, p, c),
                     wep_chart_layout_value_position (layout, p, v), 3.5 * k, 0, 2 * G_PI);
          wep_cairo_set_color (cr, series->color, 1.0);
          cairo_fill_preserve (cr);
          cairo_set_line_width (cr, 1.5 * k);
          wep_cairo_set_color (cr, canvas->style->background, 1.0);
          cairo_stroke (cr);
        }
    }
}

void
_wep_chart_goal (WepChartCanvas *canvas)
{
  const WepChartData *data = canvas->data;
  WepChartLayout *layout = canvas->layout;
  cairo_t *cr = canvas->cr;
  double k = canvas->k;

  g_assert (canvas != NULL);

  if (!isfinite (data->goal))
    return;
  for (guint p = 0; p < layout->n_panels; p++)
    {
      const WepChartRect *plot = &layout->plot[p];
      double y = wep_chart_layout_value_position (layout, p, data->goal);

      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
      cairo_set_line_width (cr, 2.0 * k);
      cairo_set_dash (cr, (double[]) { 5.0 * k, 3.0 * k }, 2, 0);
      wep_cairo_set_color (cr, wep_palette_series (5), 1.0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

void
_wep_chart_marker (WepChartCanvas *canvas)
{
  const WepChartData *data = canvas->data;
  WepChartLayout *layout = canvas->layout;
  cairo_t *cr = canvas->cr;
  double k = canvas->k;

  g_assert (canvas != NULL);

  if (data->marker < 0 || data->marker >= (int) data->n_categories || layout->horizontal)
    return;
  for (guint p = 0; p < layout->n_panels; p++)
    {
      const WepChartRect *plot = &layout->plot[p];
      double x = round (wep_chart_layout_category_center (layout, p, data->marker)) + 0.5, w, h;

      cairo_move_to (cr, x, plot->y);
      cairo_line_to (cr, x, plot->y + plot->height);
      cairo_set_line_width (cr, 1.5 * k);
      cairo_set_dash (cr, (double[]) { 2.0 * k, 3.0 * k }, 2, 0);
      wep_cairo_set_color (cr, canvas->style->foreground, 0.7);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      if (data->marker_label == NULL)
        continue;
      _wep_chart_text_set (canvas, data->marker_label, 10.0, FALSE, -1, &w, &h);
      /* Beside the line, inside the plot. */
      _wep_chart_text_show_halo (canvas, x + 4.0 * k + w > plot->x + plot->width ? x - 4.0 * k - w
                                                                             : x + 4.0 * k,
                            plot->y + 2.0 * k, canvas->style->foreground, 0.85);
    }
}
