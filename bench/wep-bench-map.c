/* wep-bench-map.c: drawing the map of the 342 municipalities, and
 * hit-testing it
 *
 * The reference geography (../shared/data/reference/gemeenten-2025.geojson,
 * used here only, never committed) imported into a plan in memory, with
 * the 12 provinces (from gemeenten-2025.csv) as regions whose outlines and
 * names are drawn. One frame is wep_map_draw () of every municipality in
 * view (class colours, borders, outlines, labels) into a 1024 × 768 image
 * surface, as the map widget's layer draws it: at national zoom (the
 * country fitted) and at regional zoom (the province of Utrecht fitted).
 * Median of 51 frames, after one that makes the region outlines (kept from
 * then on). A hit-test: wep_map_data_hit_test () at one of 100,000 random
 * points over the country: the mean, and the 99.9th percentile of
 * the calls timed one by one (to the microsecond). Exits 77 when the
 * reference geography is absent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "wep-import.h"
#include "wep-map-draw.h"

#define FRAMES    51
#define HITS      100000
#define WIDTH     1024
#define HEIGHT    768

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static char *
reference_path (const char *name)
{
  return g_build_filename (SHARED_DIR, "data", "reference", name, NULL);
}

static void
add_provinces (WepDocument *doc)
{
  g_autofree char *path = reference_path ("gemeenten-2025.csv");
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GHashTable) added = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GError) error = NULL;
  gint64 prov = wep_document_add_provenance (doc, "file", "gemeenten-2025.csv", "", &error);

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("%s", error->message);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto (GStrv) cells = g_strsplit (lines[i], ",", -1);
      guint n = g_strv_length (cells);
      const char *code, *name;

      /* The province is in the last two cells (a name may hold a comma). */
      if (n < 4)
        continue;
      code = cells[n - 2];
      name = g_strchomp (cells[n - 1]);
      if (!g_hash_table_contains (added, code))
        {
          if (!wep_document_add_region (doc, code, name, "provincie", prov, &error))
            g_error ("%s", error->message);
          g_hash_table_add (added, g_strdup (code));
        }
      if (!wep_document_add_region_member (doc, code, cells[0], prov, &error))
        g_error ("%s", error->message);
    }
}

/* Milliseconds of processor time this thread used: on a machine shared
 * with other work, the wall clock also counts the waits for a core. */
static double
cpu_ms (void)
{
  struct timespec t;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* Median milliseconds of a frame of view: wall clock, and processor time
 * in *cpu. */
static double
time_frames (WepMapScene      *scene,
             const WepMapArea *view,
             double           *cpu)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  double times[FRAMES], cpu_times[FRAMES];

  for (int i = -1; i < FRAMES; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();

      wep_map_draw (cr, scene, view);
      cairo_surface_flush (surface);
      if (i >= 0)
        {
          times[i] = (g_get_monotonic_time () - start) / 1000.0;
          cpu_times[i] = cpu_ms () - cpu_start;
        }
      cairo_destroy (cr);
    }
  cairo_surface_destroy (surface);
  qsort (times, FRAMES, sizeof (double), compare_doubles);
  qsort (cpu_times, FRAMES, sizeof (double), compare_doubles);
  *cpu = cpu_times[FRAMES / 2];
  return times[FRAMES / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = reference_path ("gemeenten-2025.geojson");
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepImportPreview) preview = NULL;
  g_autoptr (WepMapData) data = NULL;
  g_autoptr (WepMapScene) scene = NULL;
  g_autoptr (WepLegend) legend = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) regions = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree double *values = NULL;
  g_autoptr (GRand) rand = g_rand_new_with_seed (20260101);
  WepLegendOptions options = { WEP_CLASSIFY_QUANTILES, 5, NULL, 0, WEP_PALETTE_BLUES, -1,
                               "Index", NULL };
  WepMapArea view = { 0, 0, 0, 0, WIDTH, HEIGHT, 1.0 };
  double bounds[4], national, regional, cpu, hit_total = 0.0, hit_max = 0.0;
  guint n_points = 0, n_found = 0;
  g_autofree double *points = NULL;
  g_autofree double *hit_times = NULL;
  gint64 start;
  int utrecht;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_printerr ("The reference geography (%s) is absent: skipping.\n", path);
      return 77;
    }
  doc = wep_document_new ();
  preview = wep_import_boundaries_preview (doc, path, NULL, NULL, &error);
  if (preview == NULL || !wep_import_apply (doc, preview, &error))
    g_error ("%s", error->message);
  add_provinces (doc);
  if ((data = wep_map_data_load (doc, &error)) == NULL)
    g_error ("%s", error->message);

  values = g_new (double, data->municipalities->len);
  for (guint i = 0; i < data->municipalities->len; i++)
    {
      values[i] = g_rand_double_range (rand, -5, 5);
      n_points += wep_map_data_municipality (data, i)->shape->levels[0].n_points;
    }
  legend = wep_legend_new (values, data->municipalities->len, &options, &error);
  scene = wep_map_scene_new (data);
  wep_map_scene_set_values (scene, values, legend);
  for (guint r = 0; r < data->regions->len; r++)
    g_array_append_val (regions, r);
  wep_map_scene_set_regions (scene, (guint *) regions->data, regions->len);

  g_print ("map: %u municipalities (%u points in full), %u regions outlined, %d x %d\n",
           data->municipalities->len, n_points, data->regions->len, WIDTH, HEIGHT);

  wep_map_scene_get_bounds (scene, bounds);
  wep_map_area_fit (&view, bounds, 16);
  national = time_frames (scene, &view, &cpu);
  g_print ("frame, national zoom %.1f: %.2f ms, processor %.2f ms (medians of %d; target < 8)\n",
           view.zoom, national, cpu, FRAMES);

  utrecht = wep_map_data_find_region (data, "PV26");
  wep_map_data_region_bounds (data, utrecht, bounds);
  wep_map_area_fit (&view, bounds, 16);
  wep_map_scene_set_selection (scene, -1, utrecht);
  regional = time_frames (scene, &view, &cpu);
  g_print ("frame, regional zoom %.1f (province of Utrecht): %.2f ms, processor %.2f ms "
           "(medians of %d; target < 8)\n", view.zoom, regional, cpu, FRAMES);

  /* The mean from one timed batch (the clock ticks in microseconds),
   * the slowest from timing each call. */
  points = g_new (double, 2 * HITS);
  for (int i = 0; i < HITS; i++)
    {
      points[2 * i] = g_rand_double_range (rand, data->min_x, data->max_x);
      points[2 * i + 1] = g_rand_double_range (rand, data->min_y, data->max_y);
    }
  start = g_get_monotonic_time ();
  for (int i = 0; i < HITS; i++)
    n_found += wep_map_data_hit_test (data, points[2 * i], points[2 * i + 1]) >= 0;
  hit_total = (double) (g_get_monotonic_time () - start);
  hit_times = g_new (double, HITS);
  for (int i = 0; i < HITS; i++)
    {
      start = g_get_monotonic_time ();
      wep_map_data_hit_test (data, points[2 * i], points[2 * i + 1]);
      hit_times[i] = (double) (g_get_monotonic_time () - start);
    }
  qsort (hit_times, HITS, sizeof (double), compare_doubles);
  hit_max = hit_times[HITS - HITS / 1000];
  g_print ("hit-test: %.4f ms mean, %.3f ms at the 99.9th percentile, over %d points "
           "(%u in a municipality; target < 0.1)\n", hit_total / HITS / 1000.0,
           hit_max / 1000.0, HITS, n_found);
  return 0;
}
