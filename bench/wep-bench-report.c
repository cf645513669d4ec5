/* wep-bench-report.c: how fast a council report is made
 *
 * What `wep report` does, timed: the report computed from the plan
 * (wep_report_new (): the model, the goal seek, 1000 uncertainty runs on
 * all processors, the fair share, the map's data, the tables and charts)
 * and laid out on A4 and written as PDF (wep_report_write_pdf ()). The
 * built-in example (one region, eleven municipalities), and the example
 * with the 43-region scenario of wep-bench-scenario.c stored in it,
 * reported for all 43 regions: once as it is (the 43 regions without
 * municipalities), and once, when the reference geography is there
 * (../shared/data/reference, never committed), with the 342 municipalities
 * of 2025 and their boundaries shared out over the 43 regions: the map of
 * the whole country and the tables of 342 municipalities (the fair share
 * by "equal", the reference giving no populations). Median of 5 rounds
 * after one that warms the font caches; targets: one region under 1 s, 43
 * regions under 3 s.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "wep-bench-scenario.h"
#include "wep-example.h"
#include "wep-import.h"
#include "wep-plan-rows.h"
#include "wep-report.h"

#define ROUNDS 5

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *v,
        guint   n)
{
  qsort (v, n, sizeof (double), compare_doubles);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

/* Seconds to make the report and to write it, median of ROUNDS each. */
static void
time_report (WepDocument     *doc,
             const char      *scenario,
             WepFairShareKey  key,
             const char      *path,
             double          *make,
             double          *write,
             guint           *n_pages)
{
  double made[ROUNDS], written[ROUNDS];

  for (guint r = 0; r <= ROUNDS; r++)
    {
      g_autoptr (WepReport) report = NULL;
      g_autoptr (GError) error = NULL;
      WepReportOptions options;
      gint64 start = g_get_monotonic_time (), computed;

      wep_report_options_init (&options);
      options.scenario = scenario;
      options.key = key;
      report = wep_report_new (doc, &options, NULL, &error);
      if (report == NULL)
        g_error ("%s", error->message);
      computed = g_get_monotonic_time ();
      if (!wep_report_write_pdf (report, path, NULL, &error))
        g_error ("%s", error->message);
      /* Round 0 warms the font caches and is not counted. */
      if (r > 0)
        {
          made[r - 1] = (computed - start) / 1e6;
          written[r - 1] = (g_get_monotonic_time () - computed) / 1e6;
        }
      *n_pages = wep_report_get_n_pages (report);
    }
  *make = median (made, ROUNDS);
  *write = median (written, ROUNDS);
}

/* The example plan with the 342 municipalities of the reference
 * geography, their boundaries, shared out over 43 regions of kind
 * centrumgemeente; NULL when the reference is absent. */
static WepDocument *
country_plan (const WepModelInput *many)
{
  g_autofree char *path = g_build_filename (SHARED_DIR, "data", "reference",
                                            "gemeenten-2025.geojson", NULL);
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepImportPreview) preview = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) codes = NULL;
  g_auto (GStrv) names = NULL;
  gint64 prov;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;
  doc = wep_example_document ();
  preview = wep_import_boundaries_preview (doc, path, NULL, NULL, &error);
  if (preview == NULL || !wep_import_apply (doc, preview, &error))
    g_error ("%s", error->message);
  prov = wep_document_add_provenance (doc, "handmatig", "wep-bench-report", "", &error);
  for (guint r = 0; r < many->regions->len; r++)
    {
      g_autofree char *code = g_strdup_printf ("CR%02u", r + 1);

      if (!wep_document_add_region (doc, code, wep_model_input_region (many, r)->name,
                                    "centrumgemeente", prov, &error))
        g_error ("%s", error->message);
    }
  /* The example's own eleven stay in its region; every other
   * municipality goes to one of the 43, in turn. */
  wep_document_list_municipalities (doc, &codes, &names);
  for (guint i = 0, n = 0; codes[i] != NULL; i++)
    {
      g_autofree char *region = g_strdup_printf ("CR%02u", n++ % many->regions->len + 1);

      if (!wep_document_add_region_member (doc, region, codes[i], prov, &error))
        g_clear_error (&error);
    }
  if (!wep_document_store_scenario (doc, "43 regio's", many, prov, &error))
    g_error ("%s", error->message);
  return g_steal_pointer (&doc);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepDocument) country = NULL;
  g_autoptr (WepModelInput) many = wep_bench_scenario_43_regions ();
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("wep-bench-report-XXXXXX", &error);
  g_autofree char *path = NULL;
  double make, write;
  guint n_pages;
  gint64 prov;
  int status = 0;

  setlocale (LC_ALL, "");
  if (folder == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (folder, "report.pdf", NULL);
  prov = wep_document_add_provenance (doc, "handmatig", "wep-bench-report", "", &error);
  if (prov < 0 || !wep_document_store_scenario (doc, "43 regio's", many, prov, &error))
    g_error ("%s", error->message);

  g_print ("report of the example (1 region, 11 municipalities), %u processors:\n",
           g_get_num_processors ());
  time_report (doc, WEP_EXAMPLE_SCENARIO_NAME, WEP_FAIR_SHARE_POPULATION, path, &make, &write,
               &n_pages);
  g_print ("  made %.3f s + laid out and written %.3f s = %.3f s, %u pages "
           "(median of %d; target < 1)\n", make, write, make + write, n_pages, ROUNDS);
  status |= make + write >= 1.0;

  g_print ("report of the 43-region scenario, regions without municipalities:\n");
  time_report (doc, "43 regio's", WEP_FAIR_SHARE_POPULATION, path, &make, &write, &n_pages);
  g_print ("  made %.3f s + laid out and written %.3f s = %.3f s, %u pages "
           "(median of %d; target < 3)\n", make, write, make + write, n_pages, ROUNDS);
  status |= make + write >= 3.0;

  if ((country = country_plan (many)) != NULL)
    {
      g_print ("report of the 43-region scenario, 342 municipalities with boundaries:\n");
      time_report (country, "43 regio's", WEP_FAIR_SHARE_EQUAL, path, &make, &write, &n_pages);
      g_print ("  made %.3f s + laid out and written %.3f s = %.3f s, %u pages "
               "(median of %d; target < 3)\n", make, write, make + write, n_pages, ROUNDS);
      status |= make + write >= 3.0;
    }
  else
    g_print ("(the reference geography is absent: no report of 342 municipalities)\n");

  g_unlink (path);
  g_rmdir (folder);
  return status;
}
