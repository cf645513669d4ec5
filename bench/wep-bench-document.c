/* wep-bench-document.c: opening and saving a large plan file
 *
 * A plan with the 342 municipalities of 2025 and their boundaries (the
 * reference geography in ../shared/data/reference, read with GDAL, stored
 * as WKB; used here only, never committed), 12 regions, plans and lettings for ten
 * years, and 10 scenarios. Measures wep_document_open () and
 * wep_document_save (), median of 15, and prints the file size.
 * Exits 77 when the reference geography is absent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gdal.h>
#include <glib/gstdio.h>
#include <ogr_api.h>
#include <stdlib.h>

#include "wep-document-private.h"
#include "wep-example.h"

#define REPEATS 15

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

static void
check (gboolean   ok,
       GError   **error)
{
  /* error is read only now: the call that set it has run. */
  if (!ok)
    g_error ("%s", (*error)->message);
}

/* Adds every municipality of the reference file with its boundary. */
static guint
add_reference_geography (WepDocument *doc,
                         const char  *geojson,
                         gint64       prov)
{
  GDALDatasetH ds = GDALOpenEx (geojson, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL);
  OGRLayerH layer;
  OGRFeatureH feature;
  g_autoptr (GError) error = NULL;
  guint n = 0;

  if (ds == NULL)
    g_error ("GDAL cannot read %s", geojson);
  layer = GDALDatasetGetLayer (ds, 0);
  while ((feature = OGR_L_GetNextFeature (layer)) != NULL)
    {
      const char *code = OGR_F_GetFieldAsString (feature, OGR_F_GetFieldIndex (feature, "statcode"));
      const char *name = OGR_F_GetFieldAsString (feature, OGR_F_GetFieldIndex (feature, "statnaam"));
      OGRGeometryH geometry = OGR_F_GetGeometryRef (feature);
      gsize size = OGR_G_WkbSize (geometry);
      g_autofree guchar *wkb = g_malloc (size);
      g_autoptr (GBytes) bytes = NULL;
      WepMunicipality m = { code, name, "", 10000 + n, 4500, 1100 };

      OGR_G_ExportToWkb (geometry, wkbNDR, wkb);
      bytes = g_bytes_new_take (g_steal_pointer (&wkb), size);
      check (wep_document_add_municipality (doc, &m, prov, &error)
             && wep_document_set_boundary (doc, code, bytes, "CBS / PDOK", 2025, prov, &error), &error);
      for (int year = 2026; year < 2036; year++)
        {
          WepPlan plan = { code, year, "hf", 2 + n % 5, "gepland", "Woonzorgvisie", "2025-01-01",
                           "" };

          check (wep_document_add_plan (doc, &plan, prov, &error)
                 && wep_document_set_lettings (doc, code, year, 100 + n % 300, prov, &error), &error);
        }
      OGR_F_Destroy (feature);
      n++;
    }
  GDALClose (ds);
  return n;
}

/* Twelve regions, each municipality in one. */
static void
add_regions (WepDocument *doc,
             gint64       prov)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  guint i = 0;

  for (guint r = 0; r < 12; r++)
    {
      g_autofree char *code = g_strdup_printf ("R%02u", r);
      g_autofree char *name = g_strdup_printf ("Regio %u", r + 1);

      check (wep_document_add_region (doc, code, name, "centrumgemeente", prov, &error), &error);
    }
  stmt = _wep_sqlite_prepare (_wep_document_get_db (doc), "SELECT code FROM municipalities", &error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *code = g_strdup_printf ("R%02u", i++ % 12);

      check (wep_document_add_region_member (doc, code, (const char *) sqlite3_column_text (stmt, 0),
                                             prov, &error), &error);
    }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *geojson = g_build_filename (SHARED_DIR, "data", "reference",
                                               "gemeenten-2025.geojson", NULL);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "wep-bench-plan.weplan", NULL);
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepModelInput) input = wep_example_input ();
  g_autoptr (GError) error = NULL;
  double open_ms[REPEATS], save_ms[REPEATS];
  GStatBuf st;
  gint64 prov;
  guint n;

  if (!g_file_test (geojson, G_FILE_TEST_EXISTS))
    {
      g_printerr ("%s is absent: skipped\n", geojson);
      return 77;
    }
  GDALAllRegister ();

  doc = wep_document_new ();
  prov = wep_document_add_provenance (doc, "file", "gemeenten-2025.geojson", "CBS / PDOK", &error);
  check (prov >= 0, &error);
  n = add_reference_geography (doc, geojson, prov);
  add_regions (doc, prov);
  for (guint s = 0; s < 10; s++)
    {
      g_autofree char *name = g_strdup_printf ("Variant %u", s + 1);

      wep_model_input_region (input, 0)->yearly[WEP_Y_PREVENTION][0] = 0.01 * s;
      input->seed = s;
      check (wep_document_store_scenario (doc, name, input, prov, &error), &error);
    }
  check (wep_document_save_as (doc, path, &error), &error);

  for (guint i = 0; i < REPEATS; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr (WepDocument) opened = wep_document_open (path, WEP_OPEN_DEFAULT, &error);
      gint64 t1;

      check (opened != NULL, &error);
      t1 = g_get_monotonic_time ();
      check (wep_document_save (opened, &error), &error);
      open_ms[i] = (t1 - t0) / 1000.0;
      save_ms[i] = (g_get_monotonic_time () - t1) / 1000.0;
      wep_document_close (opened);
    }

  g_stat (path, &st);
  g_print ("plan: %u municipalities with boundaries, 10 scenarios, file %.1f MiB\n", n,
           st.st_size / (1024.0 * 1024.0));
  g_print ("open: %.1f ms (median of %d; target < 50)\n", median (open_ms), REPEATS);
  g_print ("save: %.1f ms (median of %d; target < 150)\n", median (save_ms), REPEATS);
  wep_document_close (doc);
  g_unlink (path);
  return 0;
}
