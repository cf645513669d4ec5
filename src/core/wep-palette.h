/* wep-palette.h: colours for maps and charts
 *
 * Colour-blind-safe ramps for data: sequential ones (more is darker) and
 * diverging ones (two hues that meet in a light neutral at a centre value),
 * taken from ColorBrewer (Cynthia Brewer, Penn State; Apache 2.0) and
 * viridis (van der Walt and Smith; CC0), interpolated in CIELAB so that
 * equal steps look equal. A categorical set for chart series (Okabe and
 * Ito, "Color Universal Design") completes it. The map (wep-map-draw.h)
 * and the charts draw with the same colours.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* sRGB, each channel 0 to 1. */
typedef struct
{
  double red;
  double green;
  double blue;
} WepColor;

typedef enum
{
  /* sequential */
  WEP_PALETTE_BLUES,
  WEP_PALETTE_YELLOW_GREEN_BLUE,
  WEP_PALETTE_YELLOW_ORANGE_RED,
  WEP_PALETTE_GREENS,
  WEP_PALETTE_VIRIDIS,
  /* diverging: the low end first */
  WEP_PALETTE_ORANGE_PURPLE,
  WEP_PALETTE_BROWN_TEAL,
  WEP_PALETTE_RED_BLUE,
  WEP_N_PALETTES
} WepPalette;

/* "blues", "yellow-green-blue", "yellow-orange-red", "greens", "viridis",
 * "orange-purple", "brown-teal", "red-blue". */
const char *wep_palette_key           (WepPalette  palette);
gboolean    wep_palette_from_key      (const char *key,
                                       WepPalette *palette);
/* For display, translated ("Blues", "Orange to purple" …). */
const char *wep_palette_label         (WepPalette  palette);
gboolean    wep_palette_is_diverging  (WepPalette  palette);

/* The colour at t (0 to 1) along the ramp; for a diverging palette 0.5
 * is the neutral middle. */
WepColor    wep_palette_sample        (WepPalette  palette,
                                       double      t);
/* n_classes colours of a sequential reading of the palette, light to
 * dark (a diverging palette is read from its low end to its high end). */
void        wep_palette_classes       (WepPalette  palette,
                                       guint       n_classes,
                                       WepColor   *colors);
/* The colour of a class of a diverging palette: steps classes away from
 * the centre (1 = next to it) out of max_steps, below (negative) or above
 * (positive) the centre; 0 gives the neutral middle. */
WepColor    wep_palette_diverging_step (WepPalette palette,
                                        int        steps,
                                        guint      max_steps);

/* Series colours for charts: eight colours that stay apart for every kind
 * of colour vision (Okabe–Ito), then repeating. */
WepColor    wep_palette_series        (guint       index);

WepColor    wep_color_from_rgb24      (guint32     rgb);
/* Relative luminance (WCAG 2), 0 black to 1 white. */
double      wep_color_luminance       (WepColor    color);
/* Black or white, whichever reads better on top of color. */
WepColor    wep_color_text_on         (WepColor    color);
gboolean    wep_color_equal           (WepColor    a,
                                       WepColor    b);
void        wep_cairo_set_color       (cairo_t    *cr,
                                       WepColor    color,
                                       double      alpha);

G_END_DECLS
