/* wep-map-draw.c: drawing the map of a plan with cairo
 *
 * Per frame: the municipalities in view (bounding boxes against the
 * view), each at the coarsest level of its boundary that is exact to
 * about a pixel, filled even-odd with its class colour; the borders
 * between them, each once (wep-map-borders.c), at a constant pixel width;
 * the region outlines on top, which are the border lines where the region
 * changes; the selection and the hovered municipality, outlined the same
 * way; then the labels, regions first, each only where it fits and
 * overlaps no other.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "wep-map-draw-private.h"

/* Points closer than this (pixels) to the one before are skipped. */
#define MIN_STEP_PX       0.35


/* ---- the view ----------------------------------------------------------- */

void
wep_map_area_from_world (const WepMapArea *view,
                         double            x,
                         double            y,
                         double           *px,
                         double           *py)
{
  double s = _wep_map_world_scale (view);
  double dx = (x - view->center_x) * s, dy = (y - view->center_y) * s;
  double c = cos (view->rotation), n = sin (view->rotation);

  *px = view->width / 2 + dx * c - dy * n;
  *py = view->height / 2 + dx * n + dy * c;
}

void
wep_map_area_to_world (const WepMapArea *view,
                       double            px,
                       double            py,
                       double           *x,
                       double           *y)
{
  double s = _wep_map_world_scale (view);
  double dx = px - view->width / 2, dy = py - view->height / 2;
  double c = cos (view->rotation), n = sin (view->rotation);

  *x = view->center_x + (dx * c + dy * n) / s;
  *y = view->center_y + (-dx * n + dy * c) / s;
}

void
wep_map_area_fit (WepMapArea   *view,
                  const double *bounds,
                  double        margin)
{
  double w, h, bw, bh;

  g_return_if_fail (view != NULL && bounds != NULL);

  w = MAX (1.0, view->width - 2 * margin);
  h = MAX (1.0, view->height - 2 * margin);
  bw = MAX (bounds[2] - bounds[0], 1e-9);
  bh = MAX (bounds[3] - bounds[1], 1e-9);
  view->center_x = (bounds[0] + bounds[2]) / 2;
  view->center_y = (bounds[1] + bounds[3]) / 2;
  view->zoom = log2 (MIN (w / bw, h / bh) / 256.0);
  view->rotation = 0.0;
}

/* ---- the scene ---------------------------------------------------------- */

WepMapScene *
wep_map_scene_new (WepMapData *data)
{
  WepMapScene *scene;
  guint n;

  g_return_val_if_fail (data != NULL, NULL);

  n = MAX (data->municipalities->len, 1);
  scene = g_new0 (WepMapScene, 1);
  scene->data = data;
  scene->values = g_new (double, n);
  scene->colors = g_new (WepColor, n);
  scene->regions = g_array_new (FALSE, FALSE, sizeof (guint));
  scene->custom_masks = g_ptr_array_new_with_free_func (g_free);
  scene->selected_municipality = scene->selected_region = scene->hover = -1;
  scene->draw_base = TRUE;
  scene->show_labels = TRUE;
  scene->label_cache = _wep_map_label_cache_new ();
  wep_map_scene_set_values (scene, NULL, NULL);
  return scene;
}

void
wep_map_scene_free (WepMapScene *scene)
{
  if (scene == NULL)
    return;
  g_free (scene->values);
  g_free (scene->colors);
  g_clear_pointer (&scene->legend, wep_legend_free);
  g_clear_pointer (&scene->regions, g_array_unref);
  g_clear_pointer (&scene->custom_masks, g_ptr_array_unref);
  g_clear_pointer (&scene->region_of, g_free);
  g_clear_pointer (&scene->selected_mask, g_free);
  g_clear_pointer (&scene->label_cache, g_hash_table_unref);
  g_free (scene);
}

WepMapData *
wep_map_scene_get_data (const WepMapScene *scene)
{
  g_return_val_if_fail (scene != NULL, NULL);
  return scene->data;
}

void
wep_map_scene_set_values (WepMapScene     *scene,
                          const double    *values,
                          const WepLegend *legend)
{
  WepColor none = wep_color_from_rgb24 (0xd4d7dc);

  g_return_if_fail (scene != NULL);

  g_clear_pointer (&scene->legend, wep_legend_free);
  if (legend != NULL)
    {
      scene->legend = wep_legend_copy (legend);
      none = legend->no_data_color;
    }
  for (guint i = 0; i < scene->data->municipalities->len; i++)
    {
      scene->values[i] = values != NULL ? values[i] : NAN;
      scene->colors[i] = legend != NULL ? wep_legend_color (legend, scene->values[i]) : none;
    }
}

const WepLegend *
wep_map_scene_get_legend (const WepMapScene *scene)
{
  g_return_val_if_fail (scene != NULL, NULL);
  return scene->legend;
}

double
wep_map_scene_get_value (const WepMapScene *scene,
                         guint              municipality)
{
  g_return_val_if_fail (scene != NULL, NAN);
  g_return_val_if_fail (municipality < scene->data->municipalities->len, NAN);
  return scene->values[municipality];
}

void
wep_map_scene_set_regions (WepMapScene *scene,
                           const guint *regions,
                           guint        n_regions)
{
  WepMapData *data;

  g_return_if_fail (scene != NULL);

  data = scene->data;
  g_array_set_size (scene->regions, 0);
  g_ptr_array_set_size (scene->custom_masks, 0);
  g_clear_pointer (&scene->region_of, g_free);
  for (guint i = 0; i < n_regions; i++)
    {
      const WepMapRegion *region;

      if (regions[i] >= data->regions->len)
        continue;
      g_array_append_val (scene->regions, regions[i]);
      region = wep_map_data_region (data, regions[i]);
      /* Custom regions may overlap the others: each its own dashed line. */
      if (g_str_equal (region->kind, "eigen"))
        {
          g_ptr_array_add (scene->custom_masks, wep_map_data_region_mask (data, regions[i]));
          continue;
        }
      /* The others all at once: a border where the region changes. A
       * municipality in two of them counts for the first. */
      if (scene->region_of == NULL)
        {
          scene->region_of = g_new (int, MAX (data->municipalities->len, 1));
          for (guint m = 0; m < data->municipalities->len; m++)
            scene->region_of[m] = -1;
        }
      for (guint k = 0; k < region->members->len; k++)
        {
          guint m = g_array_index (region->members, guint, k);

          if (scene->region_of[m] < 0)
            scene->region_of[m] = (int) regions[i];
        }
    }
}

void
wep_map_scene_set_selection (WepMapScene *scene,
                             int          municipality,
                             int          region)
{
  g_return_if_fail (scene != NULL);

  scene->selected_municipality = municipality < (int) scene->data->municipalities->len
                                   ? municipality : -1;
  region = region < (int) scene->data->regions->len ? region : -1;
  if (region != scene->selected_region)
    {
      g_clear_pointer (&scene->selected_mask, g_free);
      if (region >= 0)
        scene->selected_mask = wep_map_data_region_mask (scene->data, region);
    }
  scene->selected_region = region;
}

void
wep_map_scene_set_hover (WepMapScene *scene,
                         int          municipality)
{
  g_return_if_fail (scene != NULL);
  scene->hover = municipality < (int) scene->data->municipalities->len ? municipality : -1;
}

void
wep_map_scene_set_dark (WepMapScene *scene,
                        gboolean     dark)
{
  g_return_if_fail (scene != NULL);
  scene->dark = dark;
}

void
wep_map_scene_set_draw_base (WepMapScene *scene,
                             gboolean     draw_base)
{
  g_return_if_fail (scene != NULL);
  scene->draw_base = draw_base;
}

void
wep_map_scene_set_show_labels (WepMapScene *scene,
                               gboolean     show_labels)
{
  g_return_if_fail (scene != NULL);
  scene->show_labels = show_labels;
}

WepColor
wep_map_scene_get_no_data_color (const WepMapScene *scene)
{
  g_return_val_if_fail (scene != NULL, wep_color_from_rgb24 (0xd4d7dc));

  if (scene->dark)
    return wep_color_from_rgb24 (0x58585e);
  return scene->legend != NULL ? scene->legend->no_data_color : wep_color_from_rgb24 (0xd4d7dc);
}

WepColor
wep_map_scene_get_base_color (const WepMapScene *scene)
{
  g_return_val_if_fail (scene != NULL, wep_color_from_rgb24 (0xeceae6));
  return wep_color_from_rgb24 (scene->dark ? 0x303034 : 0xeceae6);
}

gboolean
wep_map_scene_get_bounds (const WepMapScene *scene,
                          double            *bounds)
{
  g_return_val_if_fail (scene != NULL && bounds != NULL, FALSE);

  if (scene->data->n_with_shape == 0)
    return FALSE;
  bounds[0] = scene->data->min_x;
  bounds[1] = scene->data->min_y;
  bounds[2] = scene->data->max_x;
  bounds[3] = scene->data->max_y;
  return TRUE;
}

/* ---- paths -------------------------------------------------------------- */

static const WepMapShapeLevel *
frame_level (const WepMapFrame *f,
             const WepMapShape *shape)
{
  return &shape->levels[wep_map_shape_level_for_pixel (shape, 1.0 / f->scale)];
}

/* Adds points start to end (exclusive) of xy to the current path, leaving
 * out those closer than a fraction of a pixel to the one before. */
static void
append_points (cairo_t           *cr,
               const WepMapFrame *f,
               const double      *xy,
               guint              start,
               guint              end)
{
  double last_x = 0.0, last_y = 0.0;

  for (guint i = start; i < end; i++)
    {
      double px, py;

      _wep_map_frame_point (f, xy[2 * i], xy[2 * i + 1], &px, &py);
      if (i == start)
        cairo_move_to (cr, px, py);
      else if (fabs (px - last_x) + fabs (py - last_y) >= MIN_STEP_PX || i + 1 == end)
        cairo_line_to (cr, px, py);
      else
        continue;
      last_x = px;
      last_y = py;
    }
}

/* Adds a shape's rings to the current path. */
static void
append_shape (cairo_t           *cr,
              const WepMapFrame *f,
              const WepMapShape *shape)
{
  const WepMapShapeLevel *level = frame_level (f, shape);
  guint start = 0;

  for (guint r = 0; r < level->n_rings; r++)
    {
      append_points (cr, f, level->xy, start, level->ring_ends[r]);
      cairo_close_path (cr);
      start = level->ring_ends[r];
    }
}

/* Which border lines a stroke takes. */
typedef enum
{
  LINES_ALL,          /* every border */
  LINES_MASK,         /* the outline of the municipalities in mask */
  LINES_REGIONS,      /* where region_of differs: the outlines of all regions at once */
  LINES_MUNICIPALITY, /* the outline of one municipality */
} LineKind;

typedef struct
{
  LineKind        kind;
  const gboolean *mask;
  const int      *region_of;
  int             municipality;
} LineFilter;

static gboolean
line_passes (const WepMapBorderLevel *level,
             guint                    line,
             const LineFilter        *filter)
{
  int a = level->sides[2 * line], b = level->sides[2 * line + 1];

  switch (filter->kind)
    {
    case LINES_MASK:
      return wep_map_border_separates (level, line, filter->mask);
    case LINES_REGIONS:
      return (a >= 0 ? filter->region_of[a] : -1) != (b >= 0 ? filter->region_of[b] : -1);
    case LINES_MUNICIPALITY:
      return (a == filter->municipality) != (b == filter->municipality);
    case LINES_ALL:
    default:
      return TRUE;
    }
}

/* Adds the border lines in view that pass filter to the current path. */
static void
append_borders (cairo_t           *cr,
                const WepMapFrame *f,
                const WepMapData  *data,
                const LineFilter  *filter)
{
  const WepMapBorderLevel *level;
  guint start = 0;

  if (data->borders == NULL)
    return;
  level = wep_map_borders_level_for_pixel (data->borders, 1.0 / f->scale);
  for (guint l = 0; l < level->n_lines; l++)
    {
      const double *box = &level->boxes[4 * l];

      if (box[2] >= f->visible[0] && box[0] <= f->visible[2] && box[3] >= f->visible[1]
          && box[1] <= f->visible[3] && line_passes (level, l, filter))
        append_points (cr, f, level->xy, start, level->line_ends[l]);
      start = level->line_ends[l];
    }
}

/* ---- drawing ------------------------------------------------------------ */

typedef struct
{
  WepColor base;
  WepColor border;
  double   border_alpha;
  WepColor outline;
  WepColor halo;
  WepColor text;
  WepColor custom;
} Style;

static void
get_style (const WepMapScene *scene,
           Style             *style)
{
  style->base = wep_map_scene_get_base_color (scene);
  if (scene->dark)
    {
      style->border = wep_color_from_rgb24 (0x1e1e20);
      style->border_alpha = 0.75;
      style->outline = wep_color_from_rgb24 (0xf6f5f4);
      style->halo = wep_color_from_rgb24 (0x1e1e20);
      style->text = wep_color_from_rgb24 (0xffffff);
      style->custom = wep_color_from_rgb24 (0xffbe6f);
    }
  else
    {
      style->border = wep_color_from_rgb24 (0xffffff);
      style->border_alpha = 0.9;
      style->outline = wep_color_from_rgb24 (0x26262a);
      style->halo = wep_color_from_rgb24 (0xffffff);
      style->text = wep_color_from_rgb24 (0x1e1e20);
      style->custom = wep_color_from_rgb24 (0xa34b00);
    }
}

/* Strokes the border lines that pass filter. */
static void
stroke_lines (cairo_t           *cr,
              const WepMapFrame *f,
              const WepMapData  *data,
              const LineFilter  *filter,
              WepColor           color,
              double             alpha,
              double             width)
{
  append_borders (cr, f, data, filter);
  cairo_set_line_width (cr, width * f->view->scale);
  wep_cairo_set_color (cr, color, alpha);
  cairo_stroke (cr);
}

/* A line with a halo under it, so that it shows on every fill colour. */
static void
stroke_highlight (cairo_t           *cr,
                  const WepMapFrame *f,
                  const WepMapData  *data,
                  const LineFilter  *filter,
                  const Style       *style,
                  double             width)
{
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  stroke_lines (cr, f, data, filter, style->halo, 0.9, width + 4.0);
  stroke_lines (cr, f, data, filter, style->outline, 1.0, width);
}

static void
draw_municipalities (cairo_t           *cr,
                     const WepMapScene *scene,
                     const WepMapFrame *f,
                     const Style       *style)
{
  const WepMapData *data = scene->data;
  WepColor no_data = wep_map_scene_get_no_data_color (scene);
  double alpha = scene->draw_base ? 1.0 : 0.82;
  /* Borders thin out as the map zooms out, so a national map stays light. */
  double border = f->view->zoom >= 9 ? 1.0 : f->view->zoom >= 7.5 ? 0.7 : 0.5;
  LineFilter all = { LINES_ALL };

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  for (guint i = 0; i < data->municipalities->len; i++)
    {
      const WepMapShape *shape = wep_map_data_municipality (data, i)->shape;

      if (shape == NULL || !_wep_map_frame_sees (f, shape))
        continue;
      append_shape (cr, f, shape);
      wep_cairo_set_color (cr, isnan (scene->values[i]) ? no_data : scene->colors[i], alpha);
      cairo_fill (cr);
    }
  /* Thin lines join the same whatever the join; bevels cost least. */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  stroke_lines (cr, f, data, &all, style->border, style->border_alpha, border);
}

static void
draw_regions (cairo_t           *cr,
              const WepMapScene *scene,
              const WepMapFrame *f,
              const Style       *style)
{
  LineFilter regions = { LINES_REGIONS, NULL, scene->region_of, -1 };
  double dashes[] = { 6.0 * f->view->scale, 4.0 * f->view->scale };

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (scene->region_of != NULL)
    stroke_lines (cr, f, scene->data, &regions, style->outline, 0.85, 1.6);

  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0.0);
  for (guint i = 0; i < scene->custom_masks->len; i++)
    {
      LineFilter custom = { LINES_MASK, g_ptr_array_index (scene->custom_masks, i), NULL, -1 };

      stroke_lines (cr, f, scene->data, &custom, style->custom, 1.0, 2.2);
    }
  cairo_set_dash (cr, NULL, 0, 0.0);
}

static void
draw_selection (cairo_t           *cr,
                const WepMapScene *scene,
                const WepMapFrame *f,
                const Style       *style)
{
  if (scene->hover >= 0 && scene->hover != scene->selected_municipality)
    {
      LineFilter hover = { LINES_MUNICIPALITY, NULL, NULL, scene->hover };

      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      stroke_lines (cr, f, scene->data, &hover, style->outline, 0.6, 2.0);
    }
  if (scene->selected_mask != NULL)
    {
      LineFilter region = { LINES_MASK, scene->selected_mask, NULL, -1 };

      stroke_highlight (cr, f, scene->data, &region, style, 2.5);
    }
  if (scene->selected_municipality >= 0)
    {
      LineFilter municipality = { LINES_MUNICIPALITY, NULL, NULL,
                                  scene->selected_municipality };

      stroke_highlight (cr, f, scene->data, &municipality, style, 3.0);
    }
}

void
wep_map_draw (cairo_t          *cr,
              WepMapScene      *scene,
              const WepMapArea *area)
{
  WepMapFrame f;
  Style style;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (scene != NULL);
  g_return_if_fail (area != NULL);

  _wep_map_frame_init (&f, area);
  get_style (scene, &style);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, area->width, area->height);
  cairo_clip (cr);
  if (scene->draw_base)
    {
      wep_cairo_set_color (cr, style.base, 1.0);
      cairo_paint (cr);
    }
  /* Cairo's fast antialiasing looks the same on these thin lines and flat
   * fills, and takes about half the time of its best. */
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  draw_municipalities (cr, scene, &f, &style);
  draw_regions (cr, scene, &f, &style);
  draw_selection (cr, scene, &f, &style);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
  if (scene->show_labels)
    _wep_map_draw_labels (cr, scene, area, style.text, style.halo);
  cairo_restore (cr);
}
