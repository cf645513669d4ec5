/* wep-map-borders.c: the borders between municipalities, each drawn once
 *
 * Neighbouring municipalities share their border: in the full shapes the
 * same points, so every edge of a border appears twice (once in each
 * ring) and a map that strokes every ring strokes every border twice. Here
 * the edges of all full shapes are collected, each kept once with the one
 * or two municipalities on its sides, and chained into lines from one
 * junction (where three or more municipalities meet, or a border reaches
 * the coast) to the next, so each line has the same two municipalities
 * along all of it. Each line is then simplified on its own with
 * Douglas-Peucker, its ends fixed, at the tolerances of the stored levels:
 * at every zoom the map strokes half the edges, neighbours always get the
 * same border, and the outline of any set of municipalities (a region,
 * the selection) is the lines with one side in it and the other not.
 * Shapes whose borders do not share their points (from files that were
 * simplified municipality by municipality) keep every edge, each with one
 * side.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wep-map-private.h"

typedef struct
{
  guint a, b;        /* vertex ids, a < b */
  int   left, right; /* the municipalities on its sides; -1: none */
} Edge;

static int
compare_edges (gconstpointer pa,
               gconstpointer pb)
{
  const Edge *a = pa, *b = pb;

  if (a->a != b->a)
    return (a->a > b->a) - (a->a < b->a);
  return (a->b > b->b) - (a->b < b->b);
}

static gboolean
same_sides (const Edge *a,
            const Edge *b)
{
  return a->left == b->left && a->right == b->right;
}

static guint
point_hash (gconstpointer key)
{
  const double *p = key;
  guint64 x, y;

  memcpy (&x, &p[0], sizeof x);
  memcpy (&y, &p[1], sizeof y);
  return (guint) (x ^ (x >> 32) ^ (y * 0x9e3779b97f4a7c15ULL) ^ (y >> 29));
}

static gboolean
point_equal (gconstpointer a,
             gconstpointer b)
{
  const double *p = a, *q = b;

  return p[0] == q[0] && p[1] == q[1];
}

/* ---- simplification ----------------------------------------------------- */

static double
segment_distance2 (const double *p,
                   const double *a,
                   const double *b)
{
  double dx = b[0] - a[0], dy = b[1] - a[1];
  double len2 = dx * dx + dy * dy, t, x, y;

  if (len2 == 0.0)
    t = 0.0;
  else
    t = CLAMP (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2, 0.0, 1.0);
  x = a[0] + t * dx - p[0];
  y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

static void
douglas_peucker (const double *xy,
                 guint         first,
                 guint         last,
                 double        tolerance2,
                 gboolean     *keep)
{
  double worst = 0.0;
  guint index = first;

  if (last <= first + 1)
    return;
  for (guint i = first + 1; i < last; i++)
    {
      double d = segment_distance2 (&xy[2 * i], &xy[2 * first], &xy[2 * last]);

      if (d > worst)
        {
          worst = d;
          index = i;
        }
    }
  if (worst <= tolerance2)
    return;
  keep[index] = TRUE;
  douglas_peucker (xy, first, index, tolerance2, keep);
  douglas_peucker (xy, index, last, tolerance2, keep);
}

/* Appends line (n points) simplified to tolerance; a closed line (first
 * point = last) is split at its point furthest from the first. */
static void
append_simplified (WepMapBorderLevel *level,
                   GArray            *xy,
                   GArray            *ends,
                   GArray            *boxes,
                   const double      *line,
                   guint              n)
{
  g_autofree gboolean *keep = g_new0 (gboolean, n);
  double box[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  guint end;

  keep[0] = keep[n - 1] = TRUE;
  if (level->tolerance > 0.0)
    {
      double t2 = level->tolerance * level->tolerance;

      if (line[0] == line[2 * (n - 1)] && line[1] == line[2 * (n - 1) + 1])
        {
          guint far = 0;
          double furthest = -1.0;

          for (guint i = 1; i + 1 < n; i++)
            {
              double dx = line[2 * i] - line[0], dy = line[2 * i + 1] - line[1];

              if (dx * dx + dy * dy > furthest)
                {
                  furthest = dx * dx + dy * dy;
                  far = i;
                }
            }
          keep[far] = TRUE;
          douglas_peucker (line, 0, far, t2, keep);
          douglas_peucker (line, far, n - 1, t2, keep);
        }
      else
        douglas_peucker (line, 0, n - 1, t2, keep);
    }
  else
    memset (keep, TRUE, n * sizeof (gboolean));

  for (guint i = 0; i < n; i++)
    if (keep[i])
      {
        g_array_append_vals (xy, &line[2 * i], 2);
        box[0] = MIN (box[0], line[2 * i]);
        box[1] = MIN (box[1], line[2 * i + 1]);
        box[2] = MAX (box[2], line[2 * i]);
        box[3] = MAX (box[3], line[2 * i + 1]);
      }
  end = xy->len / 2;
  g_array_append_val (ends, end);
  g_array_append_vals (boxes, box, 4);
}

/* ---- building ----------------------------------------------------------- */

typedef struct
{
  GArray     *points;      /* of double pairs: the vertices */
  GHashTable *ids;         /* point → id + 1 */
  GArray     *edges;       /* of Edge */
} Graph;

static guint
vertex_id (Graph        *g,
           const double *p)
{
  gpointer found = g_hash_table_lookup (g->ids, p);
  guint id;

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;
  id = g->points->len / 2;
  g_array_append_vals (g->points, p, 2);
  /* The key must stay where it is: points may move when the array grows,
   * so the table keeps a copy. */
  g_hash_table_insert (g->ids, g_memdup2 (p, 2 * sizeof (double)), GUINT_TO_POINTER (id + 1));
  return id;
}

static void
collect_edges (Graph                  *g,
               const WepMapShapeLevel *level,
               int                     owner)
{
  guint start = 0;

  for (guint r = 0; r < level->n_rings; r++)
    {
      guint end = level->ring_ends[r];
      guint first = vertex_id (g, &level->xy[2 * start]), previous = first;

      for (guint i = start + 1; i <= end; i++)
        {
          guint id = i < end ? vertex_id (g, &level->xy[2 * i]) : first;

          if (id != previous)
            {
              Edge e = { MIN (id, previous), MAX (id, previous), owner, -1 };

              g_array_append_val (g->edges, e);
            }
          previous = id;
        }
      start = end;
    }
}

WepMapBorders *
_wep_map_borders_build (GPtrArray *shapes,
                        GArray    *owners,
                        double     latitude)
{
  Graph g;
  WepMapBorders *borders;
  g_autofree guint *degree = NULL, *offsets = NULL, *adjacent = NULL, *fill = NULL;
  g_autofree gboolean *used = NULL, *junction = NULL;
  g_autoptr (GArray) lines = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) line_ends = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) line_sides = g_array_new (FALSE, FALSE, sizeof (int));
  guint n_vertices, n_edges = 0, n_tolerances = 0;
  const double *tolerances = wep_geometry_tolerances (&n_tolerances);

  g.points = g_array_new (FALSE, FALSE, sizeof (double));
  g.ids = g_hash_table_new_full (point_hash, point_equal, g_free, NULL);
  g.edges = g_array_new (FALSE, FALSE, sizeof (Edge));
  for (guint i = 0; i < shapes->len; i++)
    collect_edges (&g, &((const WepMapShape *) g_ptr_array_index (shapes, i))->levels[0],
                   g_array_index (owners, int, i));

  /* Each edge once, with the municipality on its other side. */
  g_array_sort (g.edges, compare_edges);
  for (guint i = 0; i < g.edges->len; i++)
    {
      const Edge *e = &g_array_index (g.edges, Edge, i);
      Edge *last = n_edges > 0 ? &g_array_index (g.edges, Edge, n_edges - 1) : NULL;

      if (last != NULL && compare_edges (e, last) == 0)
        {
          if (last->right < 0 && e->left != last->left)
            {
              last->right = MAX (last->left, e->left);
              last->left = MIN (last->left, e->left);
            }
          continue;
        }
      g_array_index (g.edges, Edge, n_edges++) = *e;
    }
  g_array_set_size (g.edges, n_edges);

  /* Adjacency: for each vertex its edges. */
  n_vertices = g.points->len / 2;
  degree = g_new0 (guint, n_vertices + 1);
  offsets = g_new0 (guint, n_vertices + 1);
  fill = g_new0 (guint, n_vertices + 1);
  adjacent = g_new (guint, 2 * (gsize) MAX (n_edges, 1));
  used = g_new0 (gboolean, MAX (n_edges, 1));
  for (guint e = 0; e < n_edges; e++)
    {
      degree[g_array_index (g.edges, Edge, e).a]++;
      degree[g_array_index (g.edges, Edge, e).b]++;
    }
  for (guint v = 0; v < n_vertices; v++)
    offsets[v + 1] = offsets[v] + degree[v];
  for (guint e = 0; e < n_edges; e++)
    {
      const Edge *edge = &g_array_index (g.edges, Edge, e);

      adjacent[offsets[edge->a] + fill[edge->a]++] = e;
      adjacent[offsets[edge->b] + fill[edge->b]++] = e;
    }
  /* A line ends where three or more borders meet, and where the
   * municipalities along it change (a border reaching the coast). */
  junction = g_new0 (gboolean, n_vertices + 1);
  for (guint v = 0; v < n_vertices; v++)
    junction[v] = degree[v] != 2
                  || !same_sides (&g_array_index (g.edges, Edge, adjacent[offsets[v]]),
                                  &g_array_index (g.edges, Edge, adjacent[offsets[v] + 1]));

  /* Chains from junction to junction first, then the rings left over
   * (islands, and whole borders that meet no other). */
  for (guint pass = 0; pass < 2; pass++)
    for (guint v = 0; v < n_vertices; v++)
      {
        if (pass == 0 && !junction[v])
          continue;
        for (guint k = offsets[v]; k < offsets[v + 1]; k++)
          {
            guint e = adjacent[k], current = v, end;

            if (used[e])
              continue;
            g_array_append_vals (lines, &g_array_index (g.points, double, 2 * v), 2);
            g_array_append_val (line_sides, g_array_index (g.edges, Edge, e).left);
            g_array_append_val (line_sides, g_array_index (g.edges, Edge, e).right);
            for (;;)
              {
                const Edge *edge = &g_array_index (g.edges, Edge, e);
                guint next = edge->a == current ? edge->b : edge->a;

                used[e] = TRUE;
                g_array_append_vals (lines, &g_array_index (g.points, double, 2 * next), 2);
                current = next;
                if (next == v || junction[next])
                  break;
                e = adjacent[offsets[next]] == e ? adjacent[offsets[next] + 1]
                                                 : adjacent[offsets[next]];
                if (used[e])
                  break;
              }
            end = lines->len / 2;
            g_array_append_val (line_ends, end);
          }
      }

  borders = g_new0 (WepMapBorders, 1);
  borders->n_edges = n_edges;
  borders->levels = g_new0 (WepMapBorderLevel, n_tolerances + 1);
  for (guint l = 0; l <= n_tolerances; l++)
    {
      WepMapBorderLevel *level = &borders->levels[borders->n_levels++];
      GArray *xy = g_array_new (FALSE, FALSE, sizeof (double));
      GArray *ends = g_array_new (FALSE, FALSE, sizeof (guint));
      GArray *boxes = g_array_new (FALSE, FALSE, sizeof (double));
      guint start = 0;

      /* Degrees of latitude in world units (wep-map-shape.c). */
      level->tolerance = l == 0 ? 0.0
                                : tolerances[l - 1] / (360.0 * cos (latitude * G_PI / 180.0));
      for (guint i = 0; i < line_ends->len; i++)
        {
          guint end = g_array_index (line_ends, guint, i);

          append_simplified (level, xy, ends, boxes, &g_array_index (lines, double, 2 * start),
                             end - start);
          start = end;
        }
      level->n_lines = ends->len;
      level->n_points = xy->len / 2;
      level->sides = g_memdup2 (line_sides->data, line_sides->len * sizeof (int));
      level->xy = (double *) g_array_free (xy, FALSE);
      level->line_ends = (guint *) g_array_free (ends, FALSE);
      level->boxes = (double *) g_array_free (boxes, FALSE);
    }

  g_array_unref (g.points);
  g_hash_table_unref (g.ids);
  g_array_unref (g.edges);
  return borders;
}

void
_wep_map_borders_free (WepMapBorders *borders)
{
  if (borders == NULL)
    return;
  for (guint l = 0; l < borders->n_levels; l++)
    {
      g_free (borders->levels[l].xy);
      g_free (borders->levels[l].line_ends);
      g_free (borders->levels[l].boxes);
      g_free (borders->levels[l].sides);
    }
  g_free (borders->levels);
  g_free (borders);
}
