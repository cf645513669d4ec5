/* wep-chart-export.c: a chart into a PNG, SVG or PDF file, or an image
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-chart.h"

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

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *bytes,
          unsigned int         length)
{
  g_byte_array_append (closure, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
wep_chart_export (const WepChartData  *data,
                  const char          *path,
                  WepChartFormat       format,
                  double               width,
                  double               height,
                  GError             **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  WepChartStyle style;
  cairo_t *cr;

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

  switch (format)
    {
    case WEP_CHART_FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) round (width),
                                            (int) round (height));
      break;
    case WEP_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (write_cb, bytes, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
      break;
    case WEP_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_cb, bytes, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, data->title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                      "Wonen Eerst Planner " PACKAGE_VERSION);
      break;
    case WEP_N_CHART_FORMATS:
    default:
      g_return_val_if_reached (FALSE);
    }

  /* Paper: the light style, text as large as the picture asks. */
  wep_chart_style_init_light (&style);
  style.scale = wep_chart_export_scale (width, height);
  cr = cairo_create (surface);
  wep_chart_draw (cr, width, height, &style, data, NULL);
  cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && format == WEP_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_cb, bytes);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the chart for %s: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  if (!g_file_set_contents (path, (const char *) bytes->data, bytes->len, error))
    {
      g_prefix_error (error, _("Could not export the chart: "));
      return FALSE;
    }
  return TRUE;
}
