/* wep-chart-export.c: a chart into a PNG, SVG or PDF file, or an image
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "wep-chart.h"
#include "wep-picture.h"

static const char *const extensions[WEP_N_CHART_FORMATS] = { ".png", ".svg", ".pdf" };

gboolean
wep_chart_format_from_path (const char     *path,
                            WepChartFormat *format)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL && format != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  for (guint i = 0; i < WEP_N_CHART_FORMATS; i++)
    if (g_str_has_suffix (lower, extensions[i]))
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

const char *
wep_chart_format_extension (WepChartFormat format)
{
  g_return_val_if_fail (format < WEP_N_CHART_FORMATS, NULL);
  return extensions[format];
}

double
wep_chart_export_scale (double width,
                        double height)
{
  /* A chart on screen is about 760 × 440. */
  return CLAMP (MIN (width / 760.0, height / 440.0), 0.8, 4.0);
}

cairo_surface_t *
wep_chart_render_image (const WepChartData  *data,
                        const WepChartStyle *style,
                        int                  width,
                        int                  height)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (data != NULL && style != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  wep_chart_draw (cr, width, height, style, data, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

typedef struct
{
  const WepChartData  *data;
  const WepChartStyle *style;
} ChartPage;

static void
draw_chart_cb (cairo_t  *cr,
               double    width,
               double    height,
               gpointer  user_data)
{
  ChartPage *page = user_data;

  wep_chart_draw (cr, width, height, page->style, page->data, NULL);
}

G_STATIC_ASSERT ((int) WEP_CHART_FORMAT_PNG == (int) WEP_PICTURE_PNG);
G_STATIC_ASSERT ((int) WEP_CHART_FORMAT_SVG == (int) WEP_PICTURE_SVG);
G_STATIC_ASSERT ((int) WEP_CHART_FORMAT_PDF == (int) WEP_PICTURE_PDF);

gboolean
wep_chart_export (const WepChartData  *data,
                  const char          *path,
                  WepChartFormat       format,
                  double               width,
                  double               height,
                  GError             **error)
{
  WepChartStyle style;
  ChartPage page;

  g_return_val_if_fail (data != NULL && path != NULL, FALSE);
  g_return_val_if_fail (format < WEP_N_CHART_FORMATS, FALSE);

  if (!(width >= WEP_CHART_EXPORT_MIN_SIZE && width <= WEP_CHART_EXPORT_MAX_SIZE
        && height >= WEP_CHART_EXPORT_MIN_SIZE && height <= WEP_CHART_EXPORT_MAX_SIZE))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A chart of %g × %g cannot be exported: width and height must each be "
                     "from %d to %d."), width, height, WEP_CHART_EXPORT_MIN_SIZE,
                   WEP_CHART_EXPORT_MAX_SIZE);
      return FALSE;
    }

  /* Paper: the light style, text as large as the picture asks. */
  wep_chart_style_init_light (&style);
  style.scale = wep_chart_export_scale (width, height);
  page = (ChartPage) { data, &style };
  if (!wep_picture_write (path, (WepPictureFormat) format, width, height, data->title,
                          draw_chart_cb, &page, error))
    {
      g_prefix_error (error, _("Could not export the chart: "));
      return FALSE;
    }
  return TRUE;
}
