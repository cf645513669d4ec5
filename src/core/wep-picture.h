/* wep-picture.h: a drawing written to a PNG, SVG or PDF file
 *
 * What the map and the charts share when they are exported: the surface
 * of the format, one page drawn by the caller, the file written whole (a
 * failed drawing leaves no half file behind).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* In the order of WepMapFormat and WepChartFormat. */
typedef enum
{
  WEP_PICTURE_PNG,
  WEP_PICTURE_SVG,
  WEP_PICTURE_PDF,
  WEP_N_PICTURE_FORMATS
} WepPictureFormat;

typedef void (*WepPictureDrawFunc) (cairo_t  *cr,
                                    double    width,
                                    double    height,
                                    gpointer  user_data);

/* Draws one page of width × height (pixels for PNG, points for SVG and
 * PDF) with draw and writes it to path; title (may be NULL) goes into the
 * PDF's metadata. */
gboolean wep_picture_write (const char          *path,
                            WepPictureFormat     format,
                            double               width,
                            double               height,
                            const char          *title,
                            WepPictureDrawFunc   draw,
                            gpointer             user_data,
                            GError             **error);

G_END_DECLS
