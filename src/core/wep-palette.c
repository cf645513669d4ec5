/* wep-palette.c: colours for maps and charts
 *
 * Each ramp is a list of anchor colours (ColorBrewer's 9-class sequential
 * and 11-class diverging schemes, viridis at ten points); a colour between
 * two anchors is interpolated in CIELAB (D65).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wep-palette.h"

#define MAX_ANCHORS 11

typedef struct
{
  const char *key;
  const char *label;
  gboolean    diverging;
  guint       n_anchors;
  guint32     anchors[MAX_ANCHORS];
} PaletteInfo;

static const PaletteInfo palettes[WEP_N_PALETTES] = {
  [WEP_PALETTE_BLUES] = { "blues", N_("Blues"), FALSE, 9,
    { 0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c,
      0x08306b } },
  [WEP_PALETTE_YELLOW_GREEN_BLUE] = { "yellow-green-blue", N_("Yellow, green, blue"), FALSE, 9,
    { 0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x253494,
      0x081d58 } },
  [WEP_PALETTE_YELLOW_ORANGE_RED] = { "yellow-orange-red", N_("Yellow, orange, red"), FALSE, 9,
    { 0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xbd0026,
      0x800026 } },
  [WEP_PALETTE_GREENS] = { "greens", N_("Greens"), FALSE, 9,
    { 0xf7fcf5, 0xe5f5e0, 0xc7e9c0, 0xa1d99b, 0x74c476, 0x41ab5d, 0x238b45, 0x006d2c,
      0x00441b } },
  [WEP_PALETTE_VIRIDIS] = { "viridis", N_("Viridis"), FALSE, 10,
    { 0xfde725, 0xb5de2b, 0x6ece58, 0x35b779, 0x1f9e89, 0x26828e, 0x31688e, 0x3e4989,
      0x482878, 0x440154 } },
  [WEP_PALETTE_ORANGE_PURPLE] = { "orange-purple", N_("Orange to purple"), TRUE, 11,
    { 0x7f3b08, 0xb35806, 0xe08214, 0xfdb863, 0xfee0b6, 0xf7f7f7, 0xd8daeb, 0xb2abd2,
      0x8073ac, 0x542788, 0x2d004b } },
  [WEP_PALETTE_BROWN_TEAL] = { "brown-teal", N_("Brown to teal"), TRUE, 11,
    { 0x543005, 0x8c510a, 0xbf812d, 0xdfc27d, 0xf6e8c3, 0xf5f5f5, 0xc7eae5, 0x80cdc1,
      0x35978f, 0x01665e, 0x003c30 } },
  [WEP_PALETTE_RED_BLUE] = { "red-blue", N_("Red to blue"), TRUE, 11,
    { 0x67001f, 0xb2182b, 0xd6604d, 0xf4a582, 0xfddbc7, 0xf7f7f7, 0xd1e5f0, 0x92c5de,
      0x4393c3, 0x2166ac, 0x053061 } },
};

/* Okabe & Ito (2008): black left out, it is the text colour. */
static const guint32 series[] = {
  0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7, 0x56b4e9, 0xd55e00, 0xf0e442, 0x999999,
};

const char *
wep_palette_key (WepPalette palette)
{
  g_return_val_if_fail (palette < WEP_N_PALETTES, NULL);
  return palettes[palette].key;
}

gboolean
wep_palette_from_key (const char *key,
                      WepPalette *palette)
{
  g_return_val_if_fail (palette != NULL, FALSE);

  for (guint i = 0; key != NULL && i < WEP_N_PALETTES; i++)
    if (g_ascii_strcasecmp (key, palettes[i].key) == 0)
      {
        *palette = i;
        return TRUE;
      }
  return FALSE;
}

const char *
wep_palette_label (WepPalette palette)
{
  g_return_val_if_fail (palette < WEP_N_PALETTES, NULL);
  return _(palettes[palette].label);
}

gboolean
wep_palette_is_diverging (WepPalette palette)
{
  g_return_val_if_fail (palette < WEP_N_PALETTES, FALSE);
  return palettes[palette].diverging;
}

/* ---- CIELAB ------------------------------------------------------------- */

typedef struct
{
  double l, a, b;
} Lab;

static double
to_linear (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
from_linear (double c)
{
  c = c <= 0.0031308 ? 12.92 * c : 1.055 * pow (c, 1.0 / 2.4) - 0.055;
  return CLAMP (c, 0.0, 1.0);
}

static double
lab_f (double t)
{
  return t > 216.0 / 24389.0 ? cbrt (t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
}

static double
lab_f_inverse (double t)
{
  return t * t * t > 216.0 / 24389.0 ? t * t * t : (116.0 * t - 16.0) * 27.0 / 24389.0;
}

/* D65 white */
#define WHITE_X 0.95047
#define WHITE_Z 1.08883

static Lab
color_to_lab (WepColor c)
{
  double r = to_linear (c.red), g = to_linear (c.green), b = to_linear (c.blue);
  double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
  double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
  double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;
  double fx = lab_f (x / WHITE_X), fy = lab_f (y), fz = lab_f (z / WHITE_Z);

  return (Lab) { 116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz) };
}

static WepColor
lab_to_color (Lab lab)
{
  double fy = (lab.l + 16.0) / 116.0;
  double fx = fy + lab.a / 500.0, fz = fy - lab.b / 200.0;
  double x = WHITE_X * lab_f_inverse (fx), y = lab_f_inverse (fy), z = WHITE_Z * lab_f_inverse (fz);
  double r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
  double g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z;
  double b = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;

  return (WepColor) { from_linear (r), from_linear (g), from_linear (b) };
}

/* ---- ramps -------------------------------------------------------------- */

WepColor
wep_color_from_rgb24 (guint32 rgb)
{
  return (WepColor) { ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                      (rgb & 0xff) / 255.0 };
}

WepColor
wep_palette_sample (WepPalette palette,
                    double     t)
{
  const PaletteInfo *info;
  double position, f;
  guint i;
  Lab a, b;

  g_return_val_if_fail (palette < WEP_N_PALETTES, wep_color_from_rgb24 (0x808080));

  info = &palettes[palette];
  if (isnan (t))
    t = 0.5;
  t = CLAMP (t, 0.0, 1.0);
  position = t * (info->n_anchors - 1);
  i = MIN ((guint) floor (position), info->n_anchors - 2);
  f = position - i;
  if (f <= 0.0)
    return wep_color_from_rgb24 (info->anchors[i]);
  if (f >= 1.0)
    return wep_color_from_rgb24 (info->anchors[i + 1]);
  a = color_to_lab (wep_color_from_rgb24 (info->anchors[i]));
  b = color_to_lab (wep_color_from_rgb24 (info->anchors[i + 1]));
  return lab_to_color ((Lab) { a.l + f * (b.l - a.l), a.a + f * (b.a - a.a),
                               a.b + f * (b.b - a.b) });
}

void
wep_palette_classes (WepPalette  palette,
                     guint       n_classes,
                     WepColor   *colors)
{
  g_return_if_fail (palette < WEP_N_PALETTES);
  g_return_if_fail (colors != NULL || n_classes == 0);

  /* The lightest and darkest ends are left out: a near-white class
   * vanishes against the base, a near-black one hides its borders. */
  for (guint i = 0; i < n_classes; i++)
    colors[i] = wep_palette_sample (palette, n_classes == 1
                                               ? 0.6 : 0.1 + 0.8 * i / (n_classes - 1));
}

WepColor
wep_palette_diverging_step (WepPalette palette,
                            int        steps,
                            guint      max_steps)
{
  double t;

  g_return_val_if_fail (palette < WEP_N_PALETTES, wep_color_from_rgb24 (0x808080));

  if (steps == 0 || max_steps == 0)
    return wep_palette_sample (palette, 0.5);
  steps = CLAMP (steps, -(int) max_steps, (int) max_steps);
  /* The step next to the centre is tinted, the outermost nearly the end. */
  t = 0.5 + 0.45 * (double) steps / max_steps;
  return wep_palette_sample (palette, t);
}

WepColor
wep_palette_series (guint index)
{
  return wep_color_from_rgb24 (series[index % G_N_ELEMENTS (series)]);
}

static double
channel_luminance (double c)
{
  return to_linear (c);
}

double
wep_color_luminance (WepColor color)
{
  return 0.2126 * channel_luminance (color.red) + 0.7152 * channel_luminance (color.green)
         + 0.0722 * channel_luminance (color.blue);
}

WepColor
wep_color_text_on (WepColor color)
{
  double l = wep_color_luminance (color);

  /* Contrast with black (l + 0.05) / 0.05 against white 1.05 / (l + 0.05). */
  return (l + 0.05) * (l + 0.05) > 0.0525 ? wep_color_from_rgb24 (0x000000)
                                          : wep_color_from_rgb24 (0xffffff);
}

gboolean
wep_color_equal (WepColor a,
                 WepColor b)
{
  return fabs (a.red - b.red) < 1e-9 && fabs (a.green - b.green) < 1e-9
         && fabs (a.blue - b.blue) < 1e-9;
}

void
wep_cairo_set_color (cairo_t  *cr,
                     WepColor  color,
                     double    alpha)
{
  g_return_if_fail (cr != NULL);

  if (alpha >= 1.0)
    cairo_set_source_rgb (cr, color.red, color.green, color.blue);
  else
    cairo_set_source_rgba (cr, color.red, color.green, color.blue, alpha);
}
