/* wep-picture.c: a drawing written to a PNG, SVG or PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "wep-picture.h"

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *bytes,
          unsigned int         length)
{
  g_byte_array_append (closure, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
wep_picture_write (const char          *path,
                   WepPictureFormat     format,
                   double               width,
                   double               height,
                   const char          *title,
                   WepPictureDrawFunc   draw,
                   gpointer             user_data,
                   GError             **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (path != NULL && draw != NULL, FALSE);
  g_return_val_if_fail (format < WEP_N_PICTURE_FORMATS, FALSE);

  switch (format)
    {
    case WEP_PICTURE_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) round (width),
                                            (int) round (height));
      break;
    case WEP_PICTURE_SVG:
      surface = cairo_svg_surface_create_for_stream (write_cb, bytes, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
      break;
    case WEP_PICTURE_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_cb, bytes, width, height);
      if (title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                      "Wonen Eerst Planner " PACKAGE_VERSION);
      break;
    case WEP_N_PICTURE_FORMATS:
    default:
      g_return_val_if_reached (FALSE);
    }

  cr = cairo_create (surface);
  draw (cr, width, height, user_data);
  cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && format == WEP_PICTURE_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_cb, bytes);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      /* Translators: %s is a file, then what went wrong in drawing it */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw %s: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return g_file_set_contents (path, (const char *) bytes->data, bytes->len, error);
}
