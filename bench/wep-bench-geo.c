/* wep-bench-geo.c: importing the 342 municipal boundaries of 2025
 *
 * The reference geography (../shared/data/reference/gemeenten-2025.geojson,
 * used here only, never committed) imported into a new, empty plan: the
 * preview (GDAL reads the file; every boundary is checked, made valid where
 * needed, simplified at every level and encoded) and the import itself
 * (342 municipalities and boundaries in one transaction). Median of 7,
 * after one run that is not counted (GDAL's drivers, PROJ's database).
 * The same once more from a GeoPackage in RD New (EPSG:28992), written by
 * this program into a temporary folder, as GIS colleagues hand them over;
 * and the 12 provinces imported after the municipalities.
 * Exits 77 when the reference geography is absent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gdal.h>
#include <gdal_utils.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "wep-document-private.h"
#include "wep-import.h"

#define REPEATS 7

typedef struct
{
  double preview_ms;
  double apply_ms;
  gsize  stored_bytes;
} Timing;

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *v)
{
  qsort (v, REPEATS, sizeof (double), compare_doubles);
  return v[REPEATS / 2];
}

static Timing
import_once (const char *path)
{
  g_autoptr (WepDocument) doc = wep_document_new ();
  g_autoptr (WepImportPreview) preview = NULL;
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time (), middle;
  Timing timing;

  preview = wep_import_boundaries_preview (doc, path, NULL, NULL, &error);
  middle = g_get_monotonic_time ();
  if (preview == NULL)
    g_error ("%s", error->message);
  if (preview->understood->len != 342 || preview->rejected->len != 0)
    g_error ("%s: %u understood, %u rejected; expected 342 and 0", path,
             preview->understood->len, preview->rejected->len);
  if (!wep_import_apply (doc, preview, &error))
    g_error ("%s", error->message);
  timing.preview_ms = (middle - start) / 1000.0;
  timing.apply_ms = (g_get_monotonic_time () - middle) / 1000.0;
  timing.stored_bytes = _wep_sqlite_count (_wep_document_get_db (doc),
                                           "SELECT sum(length(geometry)) FROM boundaries");
  return timing;
}

/* Median of REPEATS imports of path, printed. */
static void
measure (const char *label,
         const char *path)
{
  double total[REPEATS], preview[REPEATS], apply[REPEATS];
  Timing timing = import_once (path);

  for (guint i = 0; i < REPEATS; i++)
    {
      timing = import_once (path);
      preview[i] = timing.preview_ms;
      apply[i] = timing.apply_ms;
      total[i] = timing.preview_ms + timing.apply_ms;
    }
  g_print ("%s: %.1f ms (median of %d; target < 1000)\n"
           "  preview %.1f ms, import %.1f ms; boundaries stored in %.0f KiB\n",
           label, median (total), REPEATS, median (preview), median (apply),
           timing.stored_bytes / 1024.0);
}

/* The provinces after the municipalities: placing 342 municipalities in
 * 12 provinces (point on surface, point in polygon). */
static void
measure_provinces (const char *municipalities,
                   const char *provinces)
{
  double total[REPEATS];

  for (guint i = 0; i < REPEATS; i++)
    {
      g_autoptr (WepDocument) doc = wep_document_new ();
      g_autoptr (WepImportPreview) first = NULL, preview = NULL;
      g_autoptr (GError) error = NULL;
      gint64 start;

      first = wep_import_boundaries_preview (doc, municipalities, NULL, NULL, &error);
      if (first == NULL || !wep_import_apply (doc, first, &error))
        g_error ("%s", error->message);
      start = g_get_monotonic_time ();
      preview = wep_import_boundaries_preview (doc, provinces, NULL, NULL, &error);
      if (preview == NULL || !wep_import_apply (doc, preview, &error))
        g_error ("%s", error->message);
      total[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  g_print ("12 provinces, 342 municipalities placed: %.1f ms (median of %d)\n", median (total),
           REPEATS);
}

static char *
write_rd_geopackage (const char *source,
                     const char *dir)
{
  char *path = g_build_filename (dir, "gemeenten-rd.gpkg", NULL);
  char *argv[] = { (char *) "-f", (char *) "GPKG", (char *) "-t_srs", (char *) "EPSG:28992",
                   (char *) "-nlt", (char *) "PROMOTE_TO_MULTI", NULL };
  GDALVectorTranslateOptions *options = GDALVectorTranslateOptionsNew (argv, NULL);
  GDALDatasetH in = GDALOpenEx (source, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL);
  GDALDatasetH out;

  if (in == NULL)
    g_error ("GDAL cannot read %s", source);
  out = GDALVectorTranslate (path, NULL, 1, &in, options, NULL);
  if (out == NULL)
    g_error ("GDAL cannot write %s", path);
  GDALClose (out);
  GDALClose (in);
  GDALVectorTranslateOptionsFree (options);
  return path;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *geojson = g_build_filename (SHARED_DIR, "data", "reference",
                                               "gemeenten-2025.geojson", NULL);
  g_autofree char *provinces = g_build_filename (SHARED_DIR, "data", "reference",
                                                 "provincies-2025.geojson", NULL);
  g_autofree char *dir = NULL, *gpkg = NULL;

  if (!g_file_test (geojson, G_FILE_TEST_EXISTS))
    {
      g_printerr ("%s is absent: skipped\n", geojson);
      return 77;
    }

  measure ("import of 342 boundaries, GeoJSON (WGS84)", geojson);

  GDALAllRegister ();
  dir = g_dir_make_tmp ("wep-bench-geo-XXXXXX", NULL);
  gpkg = write_rd_geopackage (geojson, dir);
  measure ("the same from a GeoPackage in RD New", gpkg);
  g_unlink (gpkg);
  g_rmdir (dir);
  measure_provinces (geojson, provinces);

  return 0;
}
