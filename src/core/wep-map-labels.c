/* wep-map-labels.c: the names on the map
 *
 * Region names first (bold), where the region is wider than its name;
 * then, from zoom 8 on, the municipalities' names, the largest first, with
 * their value on a second line where there is room. A label is drawn only
 * where it fits inside its area and overlaps no label drawn before it,
 * always on a halo of the base colour so it reads on every fill.
 *
 * On a raster target each label is kept as an image with its halo, drawn
 * once and then only painted, as the map is redrawn on every step of a
 * pan or zoom; PDF and SVG get real text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <pango/pangocairo.h>

#include "wep-map-draw-private.h"

/* From this zoom on municipalities get a name where it fits. */
#define LABEL_MIN_ZOOM  8.0
#define LABEL_FONT      "Cantarell, Sans"
/* The halo's width, and the room kept around a label. */
#define HALO            1.5
#define MAX_CACHED      2000

typedef struct
{
  cairo_t          *cr;
  WepMapScene      *scene;
  const WepMapArea *view;
  WepMapFrame       frame;
  GArray           *placed;     /* of cairo_rectangle_t */
  WepColor          text;
  WepColor          halo;
  gboolean          raster;     /* an image target: labels come from the cache */
  double            device_scale;
} Labels;

static gboolean
overlaps_placed (Labels                  *labels,
                 const cairo_rectangle_t *box)
{
  if (box->x < 0 || box->y < 0 || box->x + box->width > labels->view->width
      || box->y + box->height > labels->view->height)
    return TRUE;
  for (guint i = 0; i < labels->placed->len; i++)
    {
      const cairo_rectangle_t *p = &g_array_index (labels->placed, cairo_rectangle_t, i);

      if (box->x < p->x + p->width && p->x < box->x + box->width
          && box->y < p->y + p->height && p->y < box->y + box->height)
        return TRUE;
    }
  return FALSE;
}

static PangoLayout *
make_layout (cairo_t          *cr,
             const WepMapArea *view,
             const char       *markup,
             double            size,
             gboolean          bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (LABEL_FONT);

  pango_font_description_set_absolute_size (font, size * view->scale * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

/* The text with its halo, its top left corner at (x, y): the text eight
 * times around its place in the halo's colour (glyphs come from the font
 * cache; stroking their outlines costs far more), then itself. */
static void
show_with_halo (cairo_t          *cr,
                PangoLayout      *layout,
                const WepMapArea *view,
                double            x,
                double            y,
                WepColor          text,
                WepColor          halo)
{
  wep_cairo_set_color (cr, halo, 0.85);
  for (guint i = 0; i < 8; i++)
    {
      double angle = i * G_PI / 4, r = HALO * view->scale;

      cairo_move_to (cr, x + r * cos (angle), y + r * sin (angle));
      pango_cairo_show_layout (cr, layout);
    }
  cairo_move_to (cr, x, y);
  wep_cairo_set_color (cr, text, 1.0);
  pango_cairo_show_layout (cr, layout);
}

/* A label as an image: its size in the user units of the target, the
 * image at the target's device scale, the halo inside its margin. */
typedef struct
{
  cairo_surface_t *image;
  int              width;
  int              height;
} LabelImage;

static void
label_image_free (gpointer data)
{
  LabelImage *label = data;

  cairo_surface_destroy (label->image);
  g_free (label);
}

GHashTable *
_wep_map_label_cache_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, label_image_free);
}

static LabelImage *
cached_label (Labels     *labels,
              const char *markup,
              double      size,
              gboolean    bold)
{
  GHashTable *cache = labels->scene->label_cache;
  g_autofree char *key = g_strdup_printf ("%d|%g|%g|%g|%d|%s", labels->scene->dark, size,
                                          labels->view->scale, labels->device_scale, bold,
                                          markup);
  LabelImage *label = g_hash_table_lookup (cache, key);
  g_autoptr (PangoLayout) layout = NULL;
  double margin = ceil (HALO * labels->view->scale) + 1;
  cairo_t *cr;

  if (label != NULL)
    return label;
  if (g_hash_table_size (cache) >= MAX_CACHED)
    g_hash_table_remove_all (cache);

  label = g_new0 (LabelImage, 1);
  layout = make_layout (labels->cr, labels->view, markup, size, bold);
  pango_layout_get_pixel_size (layout, &label->width, &label->height);
  label->image = cairo_surface_create_similar_image (cairo_get_target (labels->cr),
                                                     CAIRO_FORMAT_ARGB32,
                                                     (int) ceil ((label->width + 2 * margin)
                                                                 * labels->device_scale),
                                                     (int) ceil ((label->height + 2 * margin)
                                                                 * labels->device_scale));
  cairo_surface_set_device_scale (label->image, labels->device_scale, labels->device_scale);
  cr = cairo_create (label->image);
  pango_cairo_update_layout (cr, layout);
  show_with_halo (cr, layout, labels->view, margin, margin, labels->text, labels->halo);
  cairo_destroy (cr);
  g_hash_table_insert (cache, g_steal_pointer (&key), label);
  return label;
}

/* Places text centred on (x, y) when it fits in max_width and overlaps no
 * label placed before; TRUE when it did. */
static gboolean
place_label (Labels     *labels,
             const char *markup,
             double      x,
             double      y,
             double      max_width,
             double      size,
             gboolean    bold)
{
  g_autoptr (PangoLayout) layout = NULL;
  LabelImage *image = NULL;
  cairo_rectangle_t box;
  int width, height;

  if (labels->raster)
    {
      image = cached_label (labels, markup, size, bold);
      width = image->width;
      height = image->height;
    }
  else
    {
      layout = make_layout (labels->cr, labels->view, markup, size, bold);
      pango_layout_get_pixel_size (layout, &width, &height);
    }
  if (width > max_width)
    return FALSE;

  box.x = x - width / 2.0 - 2;
  box.y = y - height / 2.0 - 1;
  box.width = width + 4;
  box.height = height + 2;
  if (overlaps_placed (labels, &box))
    return FALSE;
  g_array_append_val (labels->placed, box);

  if (image != NULL)
    {
      double margin = ceil (HALO * labels->view->scale) + 1;

      /* Whole pixels: an image between pixels would be blurred. */
      cairo_set_source_surface (labels->cr, image->image,
                                round ((x - width / 2.0 - margin) * labels->device_scale)
                                  / labels->device_scale,
                                round ((y - height / 2.0 - margin) * labels->device_scale)
                                  / labels->device_scale);
      cairo_paint (labels->cr);
    }
  else
    show_with_halo (labels->cr, layout, labels->view, x - width / 2.0, y - height / 2.0,
                    labels->text, labels->halo);
  return TRUE;
}

static int
compare_population (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const WepMapData *data = user_data;
  gint64 pa = wep_map_data_municipality (data, *(const guint *) a)->population;
  gint64 pb = wep_map_data_municipality (data, *(const guint *) b)->population;

  return (pb > pa) - (pb < pa);
}

static void
place_region_labels (Labels *labels,
                     double  estimate)
{
  WepMapScene *scene = labels->scene;

  for (guint i = 0; i < scene->regions->len; i++)
    {
      guint r = g_array_index (scene->regions, guint, i);
      const WepMapRegion *region = wep_map_data_region (scene->data, r);
      const double *box = region->bounds;
      g_autofree char *markup = NULL;
      double x, y, width;

      if (!region->has_shape || box[2] < labels->frame.visible[0]
          || box[0] > labels->frame.visible[2] || box[3] < labels->frame.visible[1]
          || box[1] > labels->frame.visible[3])
        continue;
      width = (box[2] - box[0]) * labels->frame.scale;
      if (width < g_utf8_strlen (region->name, -1) * estimate)
        continue;
      _wep_map_frame_point (&labels->frame, region->label_x, region->label_y, &x, &y);
      markup = g_markup_escape_text (region->name, -1);
      place_label (labels, markup, x, y, width, 13.0, TRUE);
    }
}

static void
place_municipality_labels (Labels *labels,
                           double  estimate)
{
  WepMapScene *scene = labels->scene;
  WepMapData *data = scene->data;
  g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < data->municipalities->len; i++)
    {
      const WepMapShape *shape = wep_map_data_municipality (data, i)->shape;

      if (shape != NULL && _wep_map_frame_sees (&labels->frame, shape))
        g_array_append_val (order, i);
    }
  g_array_sort_with_data (order, compare_population, data);
  for (guint k = 0; k < order->len; k++)
    {
      guint i = g_array_index (order, guint, k);
      const WepMapMunicipality *m = wep_map_data_municipality (data, i);
      const WepMapShape *shape = m->shape;
      double width = (shape->max_x - shape->min_x) * labels->frame.scale;
      double height = (shape->max_y - shape->min_y) * labels->frame.scale;
      g_autofree char *name = NULL;
      double x, y;

      if (width < g_utf8_strlen (m->name, -1) * estimate)
        continue;
      name = g_markup_escape_text (m->name, -1);
      _wep_map_frame_point (&labels->frame, shape->label_x, shape->label_y, &x, &y);
      if (scene->legend != NULL && !isnan (scene->values[i]) && height > 48 * labels->view->scale)
        {
          g_autofree char *number = wep_legend_format_value (scene->legend, scene->values[i]);
          g_autofree char *markup = g_strdup_printf ("%s\n<b>%s</b>", name, number);

          if (place_label (labels, markup, x, y, width, 11.5, FALSE))
            continue;
        }
      place_label (labels, name, x, y, width, 11.5, FALSE);
    }
}

void
_wep_map_draw_labels (cairo_t          *cr,
                      WepMapScene      *scene,
                      const WepMapArea *view,
                      WepColor          text,
                      WepColor          halo)
{
  cairo_surface_t *target = cairo_get_target (cr);
  Labels labels = { cr, scene, view, { 0 }, NULL, text, halo, FALSE, 1.0 };
  double estimate = 6.5 * view->scale;   /* the width of an average character */
  double sx = 1.0, sy = 1.0;

  _wep_map_frame_init (&labels.frame, view);
  labels.placed = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  labels.raster = cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_IMAGE;
  cairo_surface_get_device_scale (target, &sx, &sy);
  labels.device_scale = sx;

  place_region_labels (&labels, estimate);
  if (view->zoom >= LABEL_MIN_ZOOM)
    place_municipality_labels (&labels, estimate);
  g_array_unref (labels.placed);
}
