/* wep-map-page.c: the map on a page, and "Export Map…" to PNG, SVG or PDF
 *
 * A page: the title and subtitle at the top, the map fitted to what it
 * should show, the legend beside it (landscape) or under it (portrait), a
 * scale bar in the map's corner and the attribution at the bottom. All
 * sizes follow the page's size, so a large PNG and an A4 PDF look alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "wep-map-draw-private.h"
#include "wep-picture.h"

#define PAGE_FONT "Cantarell, Sans"

static PangoLayout *
make_layout (cairo_t    *cr,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (PAGE_FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

/* Shows text at (x, y), or only measures it when rgb is -1; returns its
 * height. */
static double
show_text (cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      size,
           gboolean    bold,
           double      width,
           gint64      rgb)
{
  g_autoptr (PangoLayout) layout = NULL;
  int height;

  if (text == NULL || *text == '\0')
    return 0.0;
  layout = make_layout (cr, text, size, bold, width);
  pango_layout_get_pixel_size (layout, NULL, &height);
  if (rgb >= 0)
    {
      cairo_move_to (cr, x, y);
      wep_cairo_set_color (cr, wep_color_from_rgb24 ((guint32) rgb), 1.0);
      pango_cairo_show_layout (cr, layout);
    }
  return height;
}

static double
text_height (cairo_t    *cr,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  return show_text (cr, text, 0, 0, size, bold, width, -1);
}

/* ---- the legend --------------------------------------------------------- */

typedef struct
{
  double k;          /* the page's size factor */
  double width;
} LegendBox;

static guint
legend_rows (const WepLegend *legend)
{
  return legend->classes->len + (legend->n_no_data > 0 ? 1 : 0);
}

static double
legend_height (cairo_t         *cr,
               const WepLegend *legend,
               const LegendBox *box)
{
  double k = box->k;

  return text_height (cr, legend->title, 12.5 * k, TRUE, box->width)
         + text_height (cr, legend->unit, 11 * k, FALSE, box->width) + 6 * k
         + legend_rows (legend) * 19 * k;
}

static void
draw_swatch_row (cairo_t    *cr,
                 WepColor    color,
                 const char *label,
                 double      x,
                 double      y,
                 double      k,
                 double      width)
{
  cairo_rectangle (cr, x, y + 2 * k, 22 * k, 13 * k);
  wep_cairo_set_color (cr, color, 1.0);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 0.6 * k);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.35);
  cairo_stroke (cr);
  show_text (cr, label, x + 30 * k, y, 11 * k, FALSE, width - 30 * k, 0x241f31);
}

static void
draw_legend (cairo_t         *cr,
             const WepLegend *legend,
             const LegendBox *box,
             double           x,
             double           y)
{
  double k = box->k;

  y += show_text (cr, legend->title, x, y, 12.5 * k, TRUE, box->width, 0x241f31);
  y += show_text (cr, legend->unit, x, y, 11 * k, FALSE, box->width, 0x5e5c64);
  y += 6 * k;
  /* High values on top, as the eye reads "more" upwards. */
  for (guint i = legend->classes->len; i-- > 0;)
    {
      const WepLegendClass *klass = wep_legend_class (legend, i);

      draw_swatch_row (cr, klass->color, klass->label, x, y, k, box->width);
      y += 19 * k;
    }
  if (legend->n_no_data > 0)
    draw_swatch_row (cr, legend->no_data_color, legend->no_data_label, x, y, k, box->width);
}

/* ---- the scale bar ------------------------------------------------------ */

static void
draw_scale_bar (cairo_t          *cr,
                const WepMapArea *view,
                double            x,
                double            y,
                double            k)
{
  double lon, lat, metres_per_px, target, length, step;
  g_autofree char *label = NULL;
  g_autoptr (PangoLayout) layout = NULL;
  int text_w, text_h;

  wep_map_world_to_lonlat (view->center_x, view->center_y, &lon, &lat);
  metres_per_px = wep_map_metres_per_world (lat) / (256.0 * exp2 (view->zoom));
  target = view->width / 5 * metres_per_px;
  step = pow (10.0, floor (log10 (target)));
  length = target >= 5 * step ? 5 * step : target >= 2 * step ? 2 * step : step;
  if (length >= 1000)
    /* Translators: a scale bar's length in kilometres */
    label = g_strdup_printf (_("%g km"), length / 1000);
  else
    /* Translators: a scale bar's length in metres */
    label = g_strdup_printf (_("%g m"), length);

  layout = make_layout (cr, label, 10 * k, FALSE, 0);
  pango_layout_get_pixel_size (layout, &text_w, &text_h);
  length /= metres_per_px;

  cairo_rectangle (cr, x - 4 * k, y - text_h - 10 * k, MAX (length, text_w) + 8 * k,
                   text_h + 14 * k);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.8);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.14, 0.12, 0.19);
  cairo_set_line_width (cr, 1.5 * k);
  cairo_move_to (cr, x, y - 6 * k);
  cairo_line_to (cr, x, y);
  cairo_line_to (cr, x + length, y);
  cairo_line_to (cr, x + length, y - 6 * k);
  cairo_stroke (cr);
  cairo_move_to (cr, x, y - text_h - 6 * k);
  pango_cairo_show_layout (cr, layout);
}

/* ---- the page ----------------------------------------------------------- */

void
wep_map_draw_page (cairo_t                 *cr,
                   WepMapScene             *scene,
                   double                   width,
                   double                   height,
                   const WepMapPageOptions *options)
{
  const WepLegend *legend;
  WepMapData *data;
  double k, margin, top, bottom, map_x, map_y, map_w, map_h;
  double bounds[4] = { 0.0, 0.0, 1.0, 1.0 };
  const char *attribution;
  gboolean landscape, was_dark;
  LegendBox box;
  WepMapArea view = { 0 };

  g_return_if_fail (cr != NULL && scene != NULL && options != NULL);

  data = wep_map_scene_get_data (scene);
  legend = wep_map_scene_get_legend (scene);
  k = CLAMP (MIN (width, height) / 600.0, 0.5, 8.0);
  margin = 24 * k;
  landscape = width >= 1.15 * height;
  attribution = options->attribution != NULL ? options->attribution : data->attribution;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  top = margin;
  top += show_text (cr, options->title, margin, top, 20 * k, TRUE, width - 2 * margin, 0x241f31);
  top += show_text (cr, options->subtitle, margin, top + 2 * k, 12.5 * k, FALSE,
                    width - 2 * margin, 0x5e5c64) + 12 * k;
  bottom = height - margin - text_height (cr, attribution, 9 * k, FALSE, width - 2 * margin);
  show_text (cr, attribution, margin, bottom, 9 * k, FALSE, width - 2 * margin, 0x77767b);
  bottom -= 8 * k;

  map_x = margin;
  map_y = top;
  map_w = width - 2 * margin;
  map_h = bottom - top;
  box.k = k;
  if (legend != NULL)
    {
      if (landscape)
        {
          box.width = MIN (0.28 * width, 240 * k);
          map_w -= box.width + margin;
          draw_legend (cr, legend, &box, map_x + map_w + margin, map_y);
        }
      else
        {
          double lh;

          box.width = map_w;
          lh = legend_height (cr, legend, &box);
          map_h -= lh + margin / 2;
          draw_legend (cr, legend, &box, map_x, map_y + map_h + margin / 2);
        }
    }
  map_w = MAX (map_w, 10.0);
  map_h = MAX (map_h, 10.0);

  view.width = map_w;
  view.height = map_h;
  view.scale = k;
  if (options->bounds != NULL)
    memcpy (bounds, options->bounds, sizeof bounds);
  else
    wep_map_scene_get_bounds (scene, bounds);
  wep_map_area_fit (&view, bounds, 12 * k);

  /* Pages are always light, with the map's own base. */
  was_dark = scene->dark;
  wep_map_scene_set_dark (scene, FALSE);
  cairo_save (cr);
  cairo_translate (cr, map_x, map_y);
  wep_map_draw (cr, scene, &view);
  draw_scale_bar (cr, &view, 12 * k, map_h - 12 * k, k);
  cairo_rectangle (cr, 0, 0, map_w, map_h);
  cairo_set_line_width (cr, 0.75 * k);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.3);
  cairo_stroke (cr);
  cairo_restore (cr);
  wep_map_scene_set_dark (scene, was_dark);
  cairo_restore (cr);
}

/* ---- files -------------------------------------------------------------- */

gboolean
wep_map_format_from_path (const char   *path,
                          WepMapFormat *format)
{
  static const char *const extensions[WEP_N_MAP_FORMATS] = { ".png", ".svg", ".pdf" };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL && format != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  for (guint i = 0; i < WEP_N_MAP_FORMATS; i++)
    if (g_str_has_suffix (lower, extensions[i]))
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

typedef struct
{
  WepMapScene             *scene;
  const WepMapPageOptions *options;
} MapPage;

static void
draw_map_cb (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  user_data)
{
  MapPage *page = user_data;

  wep_map_draw_page (cr, page->scene, width, height, page->options);
}

G_STATIC_ASSERT ((int) WEP_MAP_FORMAT_PNG == (int) WEP_PICTURE_PNG);
G_STATIC_ASSERT ((int) WEP_MAP_FORMAT_SVG == (int) WEP_PICTURE_SVG);
G_STATIC_ASSERT ((int) WEP_MAP_FORMAT_PDF == (int) WEP_PICTURE_PDF);

gboolean
wep_map_export (WepMapScene              *scene,
                const WepMapPageOptions  *options,
                const char               *path,
                WepMapFormat              format,
                double                    width,
                double                    height,
                GError                  **error)
{
  MapPage page;

  g_return_val_if_fail (scene != NULL && options != NULL && path != NULL, FALSE);
  g_return_val_if_fail (format < WEP_N_MAP_FORMATS, FALSE);

  if (!(width >= WEP_MAP_EXPORT_MIN_SIZE && width <= WEP_MAP_EXPORT_MAX_SIZE
        && height >= WEP_MAP_EXPORT_MIN_SIZE && height <= WEP_MAP_EXPORT_MAX_SIZE))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A map of %g × %g cannot be exported: width and height must each be "
                     "from %d to %d."), width, height, WEP_MAP_EXPORT_MIN_SIZE,
                   WEP_MAP_EXPORT_MAX_SIZE);
      return FALSE;
    }

  page = (MapPage) { scene, options };
  if (!wep_picture_write (path, (WepPictureFormat) format, width, height, options->title,
                          draw_map_cb, &page, error))
    {
      g_prefix_error (error, _("Could not export the map: "));
      return FALSE;
    }
  return TRUE;
}
