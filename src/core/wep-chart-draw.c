/* wep-chart-draw.c: the layers of a chart — axes, bands, bars, steps,
 * lines, the goal — on the canvas the frame (wep-chart-text.c) left
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "wep-chart-format.h"
#include "wep-chart-private.h"

#define PANEL_GAP 28.0

static gboolean
is_bar (const WepChartSeries *series)
{
  return series->mark == WEP_CHART_MARK_BAR || series->mark == WEP_CHART_MARK_BAR_HATCHED;
}

/* ---- value ranges ------------------------------------------------------ */

static guint
n_stacks (const WepChartData *data,
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

/* The lowest and highest value drawn in a panel (all panels: G_MAXUINT),
 * bars added up per stack. */
static void
panel_range (const WepChartData *data,
             guint               panel,
             double             *low,
             double             *high)
{
  *low = 0.0;
  *high = 0.0;
  for (guint p = 0; p < data->n_panels; p++)
    {
      guint stacks;

      if (panel != G_MAXUINT && p != panel)
        continue;
      stacks = n_stacks (data, p);
      for (guint c = 0; c < data->n_categories; c++)
        for (guint s = 0; s < stacks; s++)
          {
            double up = 0.0, down = 0.0;

            for (guint i = 0; i < data->series->len; i++)
              {
                const WepChartSeries *series = wep_chart_data_series (data, i);
                double v = series->values[c];

                if (!is_bar (series) || series->panel != p || series->stack != s || !isfinite (v))
                  continue;
                if (v >= 0.0)
                  up += v;
                else
                  down += v;
              }
            *low = MIN (*low, down);
            *high = MAX (*high, up);
          }
      for (guint i = 0; i < data->series->len; i++)
        {
          const WepChartSeries *series = wep_chart_data_series (data, i);

          if (series->panel != p || is_bar (series) || series->mark == WEP_CHART_MARK_NONE)
            continue;
          for (guint c = 0; c < data->n_categories; c++)
            {
              if (isfinite (series->values[c]))
                {
                  *low = MIN (*low, series->values[c]);
                  *high = MAX (*high, series->values[c]);
                }
              if (series->high != NULL && isfinite (series->high[c]))
                *high = MAX (*high, series->high[c]);
            }
        }
    }
  if (isfinite (data->goal))
    {
      *low = MIN (*low, data->goal);
      *high = MAX (*high, data->goal);
    }
  /* Room for the labels beside the bars. */
  if (data->value_labels)
    {
      double span = *high - *low;

      if (*high > 0.0)
        *high += span * (data->horizontal ? 0.16 : 0.08);
      if (*low < 0.0)
        *low -= span * (data->horizontal ? 0.16 : 0.08);
    }
}

static double
tick_labels_width (WepChartCanvas *canvas,
                   guint           panel)
{
  WepChartLayout *layout = canvas->layout;
  double widest = 0.0, step = layout->tick_step[panel];
  int decimals = wep_chart_step_decimals (step / canvas->divisor[panel]);

  for (double v = layout->axis_min[panel]; v <= layout->axis_max[panel] + step * 1e-6; v += step)
    {
      g_autofree char *text = wep_chart_format_number (v / canvas->divisor[panel], decimals);
      double w;

      _wep_chart_text_set (canvas, text, WEP_CHART_LABEL_SIZE, FALSE, -1, &w, NULL);
      widest = MAX (widest, w);
    }
  return widest;
}

static void
set_scales (WepChartCanvas *canvas,
            double          length,
            double          spacing)
{
  const WepChartData *data = canvas->data;
  WepChartLayout *layout = canvas->layout;
  guint max_ticks = (guint) CLAMP (length / (spacing * canvas->k), 2, 8);
  double overall = 0.0;

  for (guint p = 0; p < data->n_panels; p++)
    {
      double low, high;

      panel_range (data, data->shared_scale ? G_MAXUINT : p, &low, &high);
      wep_chart_axis_range (low, high, max_ticks, &layout->axis_min[p], &layout->axis_max[p],
                            &layout->tick_step[p]);
      overall = MAX (overall, MAX (fabs (layout->axis_min[p]), fabs (layout->axis_max[p])));
    }
  /* One unit for all panels (euros in millions everywhere), so one axis
   * title says it. */
  for (guint p = 0; p < data->n_panels; p++)
    canvas->divisor[p] = wep_chart_unit_divisor (data->unit, overall, &canvas->unit_name[p]);
}

static char *
value_axis_title (WepChartCanvas *canvas)
{
  const WepChartData *data = canvas->data;

  if (data->value_label == NULL)
    return g_strdup (canvas->unit_name[0]);
  /* Only euros change their unit with the size of the numbers; the others
   * say theirs in the label. */
  return wep_chart_axis_title (data->value_label,
                               data->unit == WEP_CHART_UNIT_EUROS ? canvas->unit_name[0] : NULL);
}

/* ---- grid and labels --------------------------------------------------- */

static void
draw_value_grid (WepChartCanvas *canvas,
                 guint           panel,
                 gboolean        labels)
{
  cairo_t *cr = canvas->cr;
  WepChartLayout *layout = canvas->layout;
  const WepChartRect *plot = &layout->plot[panel];
  double step = layout->tick_step[panel], k = canvas->k;
  int decimals = wep_chart_step_decimals (step / canvas->divisor[panel]);

  for (double v = layout->axis_min[panel]; v <= layout->axis_max[panel] + step * 1e-6; v += step)
    {
      double pos = round (wep_chart_layout_value_position (layout, panel, v)) + 0.5;
      g_autofree char *text = wep_chart_format_number (v / canvas->divisor[panel], decimals);
      double w, h;

      if (layout->horizontal)
        {
          cairo_move_to (cr, pos, plot->y);
          cairo_line_to (cr, pos, plot->y + plot->height);
        }
      else
        {
          cairo_move_to (cr, plot->x, pos);
          cairo_line_to (cr, plot->x + plot->width, pos);
        }
      cairo_set_line_width (cr, 1.0 * k);
      wep_cairo_set_color (cr, canvas->style->grid, 1.0);
      cairo_stroke (cr);
      if (!labels)
        continue;
      _wep_chart_text_set (canvas, text, WEP_CHART_LABEL_SIZE, FALSE, -1, &w, &h);
      if (layout->horizontal)
        _wep_chart_text_show (canvas, pos - w / 2, plot->y + plot->height + 4.0 * k,
                              canvas->style->foreground, 0.8);
      else
        _wep_chart_text_show (canvas, plot->x - 6.0 * k - w, pos - h / 2,
                              canvas->style->foreground, 0.8);
    }
}

static void
draw_highlight (WepChartCanvas *canvas,
                guint           panel)
{
  WepChartLayout *layout = canvas->layout;
  const WepChartRect *plot = &layout->plot[panel];
  int c = canvas->data->highlight;
  double band;

  if (c < 0 || c >= (int) canvas->data->n_categories)
    return;
  if (layout->horizontal)
    {
      band = plot->height / layout->n_categories;
      cairo_rectangle (canvas->cr, plot->x, plot->y + c * band, plot->width, band);
    }
  else
    {
      band = plot->width / layout->n_categories;
      cairo_rectangle (canvas->cr, plot->x + c * band, plot->y, band, plot->height);
    }
  wep_cairo_set_color (canvas->cr, canvas->style->grid, 0.55);
  cairo_fill (canvas->cr);
}

static void
draw_category_labels (WepChartCanvas *canvas,
                      guint           panel,
                      double          max_width)
{
  const WepChartData *data = canvas->data;
  WepChartLayout *layout = canvas->layout;
  const WepChartRect *plot = &layout->plot[panel];
  double k = canvas->k, widest = 0.0, line_h = 0.0, band;
  guint every;

  if (data->n_categories == 0)
    return;
  for (guint c = 0; c < data->n_categories; c++)
    {
      double w, h;

      _wep_chart_text_set_ellipsized (canvas, data->categories[c], WEP_CHART_LABEL_SIZE,
                                      max_width, &w, &h);
      widest = MAX (widest, w);
      line_h = MAX (line_h, h);
    }
  /* Every label where they fit; every second, fifth … where they do not. */
  band = layout->horizontal ? plot->height / data->n_categories : plot->width / data->n_categories;
  every = (guint) ceil ((layout->horizontal ? line_h : widest + 8.0 * k) / band);
  every = MAX (every, 1);
  if (every > 2 && every < 5)
    every = 5;
  for (guint c = 0; c < data->n_categories; c += every)
    {
      double center = wep_chart_layout_category_center (layout, panel, c), w, h;
      gboolean selected = (int) c == data->highlight;

      _wep_chart_text_set_ellipsized (canvas, data->categories[c], WEP_CHART_LABEL_SIZE,
                                      max_width, &w, &h);
      if (selected)
        {
          pango_font_description_set_weight (canvas->font, PANGO_WEIGHT_BOLD);
          pango_layout_set_font_description (canvas->text, canvas->font);
        }
      if (layout->horizontal)
        _wep_chart_text_show (canvas, plot->x - 8.0 * k - w, center - h / 2,
                              canvas->style->foreground, 1.0);
      else
        _wep_chart_text_show (canvas, center - w / 2, plot->y + plot->height + 4.0 * k,
                              canvas->style->foreground, selected ? 1.0 : 0.8);
    }
}

static void
vertical_axes (WepChartCanvas *canvas)
{
  const WepChartData *data = canvas->data;
  WepChartLayout *layout = canvas->layout;
  const WepChartRect *area = &canvas->area;
  g_autofree char *axis_title = NULL;
  double k = canvas->k, line_h, bold_h, top, bottom, x, used = 0.0, w, h;
  double label_w[WEP_CHART_MAX_PANELS] = { 0 };
  gboolean panel_titles = data->n_panels > 1 || data->panel_titles[0] != NULL;

  _wep_chart_text_set (canvas, "2026", WEP_CHART_LABEL_SIZE, FALSE, -1, NULL, &line_h);
  _wep_chart_text_set (canvas, "2026", 12.0, TRUE, -1, NULL, &bold_h);
  top = area->y + line_h + 8.0 * k + (panel_titles ? bold_h + 6.0 * k : 0.0);
  bottom = area->y + area->height - line_h - 6.0 * k
           - (data->category_label != NULL ? line_h + 6.0 * k : 0.0);
  set_scales (canvas, MAX (bottom - top, 20.0 * k), 42.0);

  for (guint p = 0; p < data->n_panels; p++)
    {
      label_w[p] = data->shared_scale && p > 0 ? 0.0 : tick_labels_width (canvas, p) + 8.0 * k;
      used += label_w[p];
    }
  w = (area->width - used - (data->n_panels - 1) * PANEL_GAP * k) / data->n_panels;
  x = area->x;
  layout->n_panels = data->n_panels;
  for (guint p = 0; p < data->n_panels; p++)
    {
      layout->plot[p] = (WepChartRect) { x + label_w[p], top, MAX (w, 10.0 * k),
                                         MAX (bottom - top, 20.0 * k) };
      x += label_w[p] + w + PANEL_GAP * k;
    }

  axis_title = value_axis_title (canvas);
  _wep_chart_text_set (canvas, axis_title, WEP_CHART_LABEL_SIZE, FALSE, area->width, NULL, NULL);
  _wep_chart_text_show (canvas, area->x, area->y, canvas->style->foreground, 0.8);

  for (guint p = 0; p < data->n_panels; p++)
    {
      const WepChartRect *plot = &layout->plot[p];

      draw_highlight (canvas, p);
      draw_value_grid (canvas, p, label_w[p] > 0.0);
      draw_category_labels (canvas, p, plot->width);
      if (data->panel_titles[p] != NULL)
        {
          _wep_chart_text_set_ellipsized (canvas, data->panel_titles[p], 12.0, plot->width, &w, &h);
          pango_font_description_set_weight (canvas->font, PANGO_WEIGHT_BOLD);
          pango_layout_set_font_description (canvas->text, canvas->font);
          _wep_chart_text_show (canvas, plot->x, plot->y - h - 6.0 * k,
                                canvas->style->foreground, 1.0);
        }
    }
  if (data->category_label != NULL)
    {
      const WepChartRect *first = &layout->plot[0], *last = &layout->plot[data->n_panels - 1];

      _wep_chart_text_set (canvas, data->category_label, WEP_CHART_LABEL_SIZE, FALSE, -1, &w, &h);
      _wep_chart_text_show (canvas, (first->x + last->x + last->width - w) / 2,
                            area->y + area->height - h, canvas->style->foreground, 0.8);
    }
}

static void
horizontal_axes (WepChartCanvas *canvas)
{
  const WepChartData *data = canvas->data;
  WepChartLayout *layout = canvas->layout;
  const WepChartRect *area = &canvas->area;
  g_autofree char *axis_title = NULL;
  double k = canvas->k, line_h, names_w = 0.0, max_names = area->width * 0.34, w, h, bottom;

  _wep_chart_text_set (canvas, "2026", WEP_CHART_LABEL_SIZE, FALSE, -1, NULL, &line_h);
  for (guint c = 0; c < data->n_categories; c++)
    {
      _wep_chart_text_set_ellipsized (canvas, data->categories[c], WEP_CHART_LABEL_SIZE, max_names,
                                      &w, NULL);
      names_w = MAX (names_w, w);
    }
  bottom = area->y + area->height - 2 * line_h - 10.0 * k;
  layout->n_panels = 1;
  layout->plot[0] = (WepChartRect) { area->x + names_w + 10.0 * k, area->y + 2.0 * k, 0, 0 };
  layout->plot[0].width = MAX (area->x + area->width - layout->plot[0].x - 8.0 * k, 20.0 * k);
  layout->plot[0].height = MAX (bottom - layout->plot[0].y, 20.0 * k);
  set_scales (canvas, layout->plot[0].width, 90.0);

  draw_highlight (canvas, 0);
  draw_value_grid (canvas, 0, TRUE);
  draw_category_labels (canvas, 0, max_names);
  axis_title = value_axis_title (canvas);
  _wep_chart_text_set (canvas, axis_title, WEP_CHART_LABEL_SIZE, FALSE, -1, &w, &h);
  _wep_chart_text_show (canvas, layout->plot[0].x + (layout->plot[0].width - w) / 2,
                        area->y + area->height - h, canvas->style->foreground, 0.8);
}

void
_wep_chart_axes (WepChartCanvas *canvas)
{
  g_assert (canvas != NULL);

  if (canvas->data->horizontal)
    horizontal_axes (canvas);
  else
    vertical_axes (canvas);
}

void
_wep_chart_zero_line (WepChartCanvas *canvas)
{
  WepChartLayout *layout = canvas->layout;

  g_assert (canvas != NULL);

  for (guint p = 0; p < layout->n_panels; p++)
    {
      const WepChartRect *plot = &layout->plot[p];
      double pos = round (wep_chart_layout_value_position (layout, p, 0.0)) + 0.5;

      if (layout->horizontal)
        {
          cairo_move_to (canvas->cr, pos, plot->y);
          cairo_line_to (canvas->cr, pos, plot->y + plot->height);
        }
      else
        {
          cairo_move_to (canvas->cr, plot->x, pos);
          cairo_line_to (canvas->cr, plot->x + plot->width, pos);
        }
      cairo_set_line_width (canvas->cr, 1.25 * canvas->k);
      wep_cairo_set_color (canvas->cr, canvas->style->foreground, 0.6);
      cairo_stroke (canvas->cr);
    }
}
