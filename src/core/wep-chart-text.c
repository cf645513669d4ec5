/* wep-chart-text.c: the frame of a chart — background, title, legend,
 * note, the message of a chart without data — and its text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wep-chart-private.h"

#define PAD 12.0

/* ---- text -------------------------------------------------------------- */

static void
set_font (WepChartCanvas *canvas,
          double          size,
          gboolean        bold)
{
  g_assert (canvas != NULL);

  pango_font_description_set_absolute_size (canvas->font, size * canvas->k * PANGO_SCALE);
  pango_font_description_set_weight (canvas->font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (canvas->text, canvas->font);
}

static void
measure (WepChartCanvas *canvas,
         double         *w,
         double         *h)
{
  PangoRectangle logical;

  pango_layout_get_extents (canvas->text, NULL, &logical);
  if (w != NULL)
    *w = (double) logical.width / PANGO_SCALE;
  if (h != NULL)
    *h = (double) logical.height / PANGO_SCALE;
}

void
_wep_chart_text_set (WepChartCanvas *canvas,
                     const char     *text,
                     double          size,
                     gboolean        bold,
                     double          wrap_width,
                     double         *w,
                     double         *h)
{
  g_assert (canvas != NULL);
  g_assert (text != NULL);

  set_font (canvas, size, bold);
  pango_layout_set_ellipsize (canvas->text, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_wrap (canvas->text, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (canvas->text, wrap_width > 0.0 ? (int) (wrap_width * PANGO_SCALE) : -1);
  pango_layout_set_text (canvas->text, text, -1);
  measure (canvas, w, h);
}

void
_wep_chart_text_set_ellipsized (WepChartCanvas *canvas,
                                const char     *text,
                                double          size,
                                double          max_width,
                                double         *w,
                                double         *h)
{
  g_assert (canvas != NULL);
  g_assert (text != NULL);

  set_font (canvas, size, FALSE);
  pango_layout_set_width (canvas->text, (int) (MAX (max_width, 1.0) * PANGO_SCALE));
  pango_layout_set_ellipsize (canvas->text, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (canvas->text, text, -1);
  measure (canvas, w, h);
  /* Measure the text itself, not the width it may take. */
  if (w != NULL)
    {
      PangoRectangle ink;

      pango_layout_get_pixel_extents (canvas->text, NULL, &ink);
      *w = MIN (*w, ink.width);
    }
}

void
_wep_chart_text_show (WepChartCanvas *canvas,
                      double          x,
                      double          y,
                      WepColor        color,
                      double          alpha)
{
  g_assert (canvas != NULL);

  /* On whole pixels: crisp text, the same glyphs wherever it lands. */
  cairo_user_to_device (canvas->cr, &x, &y);
  x = round (x);
  y = round (y);
  cairo_device_to_user (canvas->cr, &x, &y);
  cairo_move_to (canvas->cr, x, y);
  wep_cairo_set_color (canvas->cr, color, alpha);
  pango_cairo_show_layout (canvas->cr, canvas->text);
  cairo_new_path (canvas->cr);
}

void
_wep_chart_text_show_halo (WepChartCanvas *canvas,
                           double          x,
                           double          y,
                           WepColor        color,
                           double          alpha)
{
  cairo_t *cr = canvas->cr;

  g_assert (canvas != NULL);

  /* A rim of the background keeps the text readable over lines and bars. */
  cairo_save (cr);
  cairo_user_to_device (cr, &x, &y);
  x = round (x);
  y = round (y);
  cairo_device_to_user (cr, &x, &y);
  cairo_move_to (cr, x, y);
  pango_cairo_layout_path (cr, canvas->text);
  cairo_set_line_width (cr, 3.0 * canvas->k);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  wep_cairo_set_color (cr, canvas->style->background, 0.9);
  cairo_stroke (cr);
  cairo_restore (cr);
  _wep_chart_text_show (canvas, x, y, color, alpha);
}

/* ---- swatches ---------------------------------------------------------- */

void
_wep_chart_hatch (WepChartCanvas *canvas,
                  double          x,
                  double          y,
                  double          w,
                  double          h,
                  WepColor        color)
{
  cairo_t *cr = canvas->cr;
  double spacing = 5.0 * canvas->k;

  g_assert (canvas != NULL);

  if (w <= 0.0 || h <= 0.0)
    return;
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  wep_cairo_set_color (cr, color, 0.16);
  cairo_paint (cr);
  /* Lines from the bottom left upwards, at a fixed phase so that stacked
   * pieces line up. */
  for (double d = floor ((x - (y + h)) / spacing) * spacing; d < x + w - y; d += spacing)
    {
      cairo_move_to (cr, d + y, y + h);
      cairo_line_to (cr, d + y + h, y);
    }
  cairo_set_line_width (cr, 1.4 * canvas->k);
  wep_cairo_set_color (cr, color, 1.0);
  cairo_stroke (cr);
  cairo_rectangle (cr, x + 0.5 * canvas->k, y + 0.5 * canvas->k, w - canvas->k, h - canvas->k);
  cairo_set_line_width (cr, 1.0 * canvas->k);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
_wep_chart_swatch (WepChartCanvas       *canvas,
                   const WepChartSeries *series,
                   double                x,
                   double                y,
                   double                w,
                   double                h)
{
  cairo_t *cr = canvas->cr;
  double k = canvas->k;

  g_assert (canvas != NULL);

  cairo_save (cr);
  switch (series != NULL ? series->mark : WEP_CHART_MARK_STEP)
    {
    case WEP_CHART_MARK_BAR:
      cairo_rectangle (cr, x, y, w, h);
      wep_cairo_set_color (cr, series->color, 1.0);
      cairo_fill (cr);
      break;
    case WEP_CHART_MARK_BAR_HATCHED:
      _wep_chart_hatch (canvas, x, y, w, h, series->color);
      break;
    case WEP_CHART_MARK_BAND:
      cairo_rectangle (cr, x, y, w, h);
      wep_cairo_set_color (cr, series->color, 0.3);
      cairo_fill (cr);
      break;
    case WEP_CHART_MARK_LINE:
      cairo_move_to (cr, x, y + h / 2);
      cairo_line_to (cr, x + w, y + h / 2);
      cairo_set_line_width (cr, 2.25 * k);
      if (series->dashed)
        cairo_set_dash (cr, (double[]) { 5 * k, 3 * k }, 2, 0);
      wep_cairo_set_color (cr, series->color, 1.0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_arc (cr, x + w / 2, y + h / 2, 3.0 * k, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case WEP_CHART_MARK_STEP:
    case WEP_CHART_MARK_NONE:
    default:
      /* A capacity, or (series NULL) the goal line. */
      cairo_move_to (cr, x, y + h / 2);
      cairo_line_to (cr, x + w, y + h / 2);
      cairo_set_line_width (cr, 2.0 * k);
      cairo_set_dash (cr, (double[]) { 5 * k, 3 * k }, 2, 0);
      wep_cairo_set_color (cr, series != NULL ? series->color : wep_palette_series (5), 1.0);
      cairo_stroke (cr);
      break;
    }
  cairo_restore (cr);
}

/* ---- the legend -------------------------------------------------------- */

void
_wep_chart_legend (WepChartCanvas *canvas,
                   double          x0,
                   double          y0,
                   double          width,
                   gboolean        draw,
                   double         *height)
{
  const WepChartData *data = canvas->data;
  g_autoptr (GPtrArray) entries = g_ptr_array_new ();
  double k = canvas->k, x = x0, y = y0, row_h = 0.0, swatch_w = 18.0 * k;
  double gap = 16.0 * k;
  gboolean goal = isfinite (data->goal) && data->goal_label != NULL;

  g_assert (canvas != NULL);

  /* Each label once, in the order of the series. */
  for (guint i = 0; i < data->series->len; i++)
    {
      const WepChartSeries *series = wep_chart_data_series (data, i);
      gboolean seen = FALSE;

      if (series->mark == WEP_CHART_MARK_NONE)
        continue;
      for (guint j = 0; j < entries->len && !seen; j++)
        seen = g_str_equal (((const WepChartSeries *) g_ptr_array_index (entries, j))->label,
                            series->label);
      if (!seen)
        g_ptr_array_add (entries, (gpointer) series);
    }

  for (guint i = 0; i < entries->len + (goal ? 1 : 0); i++)
    {
      const WepChartSeries *series = i < entries->len ? g_ptr_array_index (entries, i) : NULL;
      const char *label = series != NULL ? series->label : data->goal_label;
      double tw, th, item_w;

      _wep_chart_text_set (canvas, label, WEP_CHART_LABEL_SIZE, FALSE, -1, &tw, &th);
      item_w = swatch_w + 6.0 * k + tw;
      if (x > x0 && x + item_w > x0 + width)
        {
          x = x0;
          y += row_h + 4.0 * k;
          row_h = 0.0;
        }
      if (item_w > width)
        {
          /* Too long for a line of its own: wrap it. */
          _wep_chart_text_set (canvas, label, WEP_CHART_LABEL_SIZE, FALSE,
                               width - swatch_w - 6.0 * k, &tw, &th);
          item_w = width;
        }
      if (draw)
        {
          WepChartLegendItem item = { g_strdup (label), { x, y, item_w, th } };

          _wep_chart_text_show (canvas, x + swatch_w + 6.0 * k, y, canvas->style->foreground, 1.0);
          _wep_chart_swatch (canvas, series, x, y + th / 2 - 5.0 * k, swatch_w, 10.0 * k);
          g_array_append_val (canvas->layout->legend, item);
        }
      row_h = MAX (row_h, th);
      x += item_w + gap;
    }
  if (height != NULL)
    *height = entries->len + (goal ? 1 : 0) > 0 ? y + row_h - y0 : 0.0;
}

/* ---- the frame --------------------------------------------------------- */

gboolean
_wep_chart_begin (WepChartCanvas      *canvas,
                  cairo_t             *cr,
                  double               width,
                  double               height,
                  const WepChartStyle *style,
                  const WepChartData  *data,
                  WepChartLayout      *layout)
{
  double k = style->scale > 0.0 ? style->scale : 1.0;
  double pad = PAD * k, inner_w = MAX (width - 2 * pad, 1.0);
  double y = pad, w, h, bottom = height - pad, title_w;

  g_assert (canvas != NULL);
  g_assert (cr != NULL && style != NULL && data != NULL);

  memset (canvas, 0, sizeof *canvas);
  canvas->cr = cr;
  canvas->style = style;
  canvas->data = data;
  canvas->own_layout = layout == NULL ? wep_chart_layout_new () : NULL;
  canvas->layout = layout != NULL ? layout : canvas->own_layout;
  wep_chart_layout_clear (canvas->layout);
  canvas->layout->horizontal = data->horizontal;
  canvas->layout->n_categories = data->n_categories;
  canvas->k = k;
  canvas->width = width;
  canvas->height = height;
  for (guint p = 0; p < WEP_CHART_MAX_PANELS; p++)
    canvas->divisor[p] = 1.0;

  cairo_save (cr);
  /* The same text on screen, on paper and in files: grey antialiasing
   * (the chart may lie on a transparent surface) and metrics unhinted. */
  {
    cairo_font_options_t *options = cairo_font_options_create ();

    cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
    cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
    cairo_set_font_options (cr, options);
    cairo_font_options_destroy (options);
  }
  canvas->text = pango_cairo_create_layout (cr);
  canvas->font = pango_font_description_from_string (style->font_family != NULL
                                                      ? style->font_family : "Sans");

  if (style->fill_background)
    {
      wep_cairo_set_color (cr, style->background, 1.0);
      cairo_paint (cr);
    }

  title_w = MAX (inner_w - style->title_reserve, inner_w / 2);
  _wep_chart_text_set (canvas, data->title, WEP_CHART_TITLE_SIZE, TRUE, title_w, &w, &h);
  _wep_chart_text_show (canvas, pad, y, style->foreground, 1.0);
  canvas->layout->title = (WepChartRect) { pad, y, w, h };
  y += h + 2.0 * k;
  if (data->subtitle != NULL)
    {
      _wep_chart_text_set (canvas, data->subtitle, WEP_CHART_SUBTITLE_SIZE, FALSE, title_w, &w,
                           &h);
      _wep_chart_text_show (canvas, pad, y, style->foreground, 0.72);
      y += h;
    }
  y += 10.0 * k;

  if (data->message != NULL)
    {
      double wrap = MIN (inner_w, 520.0 * k);

      _wep_chart_text_set (canvas, data->message, 13.0, FALSE, wrap, &w, &h);
      pango_layout_set_alignment (canvas->text, PANGO_ALIGN_CENTER);
      canvas->layout->message = (WepChartRect) { (width - wrap) / 2, MAX (y, (height - h) / 2),
                                                 wrap, h };
      _wep_chart_text_show (canvas, canvas->layout->message.x, canvas->layout->message.y,
                            style->foreground, 0.72);
      pango_layout_set_alignment (canvas->text, PANGO_ALIGN_LEFT);
      return FALSE;
    }

  _wep_chart_legend (canvas, pad, y, inner_w, TRUE, &h);
  if (h > 0.0)
    y += h + 10.0 * k;

  if (data->note != NULL)
    {
      _wep_chart_text_set (canvas, data->note, WEP_CHART_NOTE_SIZE, FALSE, inner_w, &w, &h);
      bottom -= h;
      _wep_chart_text_show (canvas, pad, bottom, style->foreground, 0.72);
      bottom -= 8.0 * k;
    }
  canvas->area = (WepChartRect) { pad, y, inner_w, MAX (bottom - y, 1.0) };
  return TRUE;
}

void
_wep_chart_end (WepChartCanvas *canvas)
{
  g_assert (canvas != NULL);

  cairo_restore (canvas->cr);
  g_clear_object (&canvas->text);
  g_clear_pointer (&canvas->font, pango_font_description_free);
  g_clear_pointer (&canvas->own_layout, wep_chart_layout_free);
}
