/* test-map-plans.c: plans with boundaries for the map's GUI test
 *
 * The boundaries come from the reference geography in ../shared (read
 * here, never copied into the project). The national plan's figures are
 * made up from each municipality's code, so they vary from place to place
 * in a plausible range; its title says they are illustrative.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "test-map-plans.h"
#include "wep-example.h"
#include "wep-import.h"
#include "wep-scenario-edit.h"

static const char *const example_codes[] = {
  "GM0193", "GM0166", "GM0177", "GM0148", "GM0269", "GM0230", "GM1896", "GM0246", "GM1773",
  "GM0180", "GM0244", NULL,
};

char *
wep_test_map_reference_path (const char *name)
{
  return g_build_filename (SHARED_DIR, "data", "reference", name, NULL);
}

static void
import_boundaries (WepDocument *doc,
                   const char  *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WepImportPreview) preview = wep_import_boundaries_preview (doc, path, NULL, NULL,
                                                                        &error);

  g_assert_no_error (error);
  g_assert_cmpuint (preview->rejected->len, ==, 0);
  g_assert_true (wep_import_apply (doc, preview, &error));
  g_assert_no_error (error);
}

WepDocument *
wep_test_map_example_with_boundaries (const char *tmpdir)
{
  WepDocument *doc = wep_example_document ();
  g_autofree char *reference = wep_test_map_reference_path ("gemeenten-2025.geojson");
  g_autofree char *path = g_build_filename (tmpdir, "voorbeeld.geojson", NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (GError) error = NULL;
  JsonObject *root;
  JsonArray *features, *kept = json_array_new ();

  g_assert_true (json_parser_load_from_file (parser, reference, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  features = json_object_get_array_member (root, "features");
  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      JsonObject *feature = json_array_get_object_element (features, i);
      const char *code = json_object_get_string_member (json_object_get_object_member (feature,
                                                                                       "properties"),
                                                        "statcode");

      if (g_strv_contains (example_codes, code))
        json_array_add_element (kept, json_node_copy (json_array_get_element (features, i)));
    }
  g_assert_cmpuint (json_array_get_length (kept), ==, 11);
  json_object_set_array_member (root, "features", kept);
  json_generator_set_root (generator, json_parser_get_root (parser));
  g_assert_true (json_generator_to_file (generator, path, &error));
  import_boundaries (doc, path);
  return doc;
}

/* A number from 0 to 1 that stays the same for a code and a purpose. */
static double
spread (const char *code,
        guint       purpose)
{
  guint hash = g_str_hash (code) * 2654435761u + purpose * 40503u;

  hash ^= hash >> 15;
  hash *= 2246822519u;
  hash ^= hash >> 13;
  return (hash % 10000) / 10000.0;
}

static void
check (gboolean  ok,
       GError   *error)
{
  if (!ok)
    g_error ("The national test plan: %s", error != NULL ? error->message : "failed");
}

WepDocument *
wep_test_map_national_plan (void)
{
  WepDocument *doc = wep_document_new ();
  g_autofree char *csv_path = wep_test_map_reference_path ("gemeenten-2025.csv");
  g_autofree char *geojson = wep_test_map_reference_path ("gemeenten-2025.geojson");
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GHashTable) population = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                             NULL);
  g_autoptr (GHashTable) regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GError *error = NULL;
  gint64 prov;

  check (wep_document_set_meta (doc, "title", "Nederland (illustratief)", &error), error);
  prov = wep_document_add_provenance (doc, "handmatig", "Testplan, illustratieve cijfers", "",
                                      &error);
  check (prov >= 0, error);
  check (g_file_get_contents (csv_path, &contents, NULL, &error), error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto (GStrv) cells = g_strsplit (lines[i], ",", -1);
      guint n = g_strv_length (cells);
      g_autofree char *name = NULL;
      const char *code, *region, *region_name;
      gint64 inhabitants;

      if (n < 4)
        continue;
      /* A name may hold a comma (in quotes): the province is at the end. */
      code = cells[0];
      region = cells[n - 2];
      region_name = g_strchomp (cells[n - 1]);
      {
        g_auto (GStrv) parts = g_new0 (char *, n - 2);

        for (guint k = 1; k + 2 < n; k++)
          parts[k - 1] = g_strdup (cells[k]);
        name = g_strjoinv (",", parts);
        g_strdelimit (name, "\"", ' ');
        g_strstrip (name);
      }
      /* 10,000 to 160,000 inhabitants, most of them small. */
      inhabitants = 10000 + (gint64) (150000 * pow (spread (code, 1), 3));
      g_hash_table_insert (population, g_strdup (code), GINT_TO_POINTER ((int) inhabitants));
      {
        WepMunicipality m = { code, name, region_name, inhabitants, inhabitants * 10 / 22,
                              inhabitants * 10 / 22 * (15 + (gint64) (20 * spread (code, 2)))
                                / 100 };

        check (wep_document_add_municipality (doc, &m, prov, &error), error);
      }
      if (!g_hash_table_contains (regions, region))
        {
          check (wep_document_add_region (doc, region, region_name, "centrumgemeente", prov,
                                          &error), error);
          g_hash_table_add (regions, g_strdup (region));
        }
      check (wep_document_add_region_member (doc, region, code, prov, &error), error);
      for (int year = 2026; year < 2036; year++)
        {
          double factor = 0.3 + 1.4 * spread (code, 3);

          check (wep_document_set_lettings (doc, code, year, round (inhabitants * 0.008), prov,
                                            &error), error);
          for (int k = 0; k < 3; k++)
            {
              const char *pathways[] = { "hf", "ind", "grp" };
              double rates[] = { 0.00005, 0.00004, 0.00003 };
              double units = round (inhabitants * rates[k] * factor * (1 + 0.05 * (year - 2026)));
              gboolean realised = year == 2026 || (year == 2027 && spread (code, 4 + k) < 0.6);
              WepPlan plan = { code, year, pathways[k], units,
                               realised ? "gerealiseerd" : year == 2027 ? "in_aanbouw" : "gepland",
                               "Woonzorgvisie (illustratief)", "2025-06-30", "" };

              if (units > 0)
                check (wep_document_add_plan (doc, &plan, prov, &error), error);
            }
        }
    }
  import_boundaries (doc, geojson);

  /* The regions' figures, from their inhabitants. */
  {
    g_autoptr (GHashTable) totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

    for (guint i = 1; lines[i] != NULL; i++)
      {
        g_auto (GStrv) cells = g_strsplit (lines[i], ",", -1);
        guint n = g_strv_length (cells);
        double *total;

        if (n < 4)
          continue;
        if ((total = g_hash_table_lookup (totals, cells[n - 2])) == NULL)
          {
            total = g_new0 (double, 1);
            g_hash_table_insert (totals, g_strdup (cells[n - 2]), total);
          }
        *total += GPOINTER_TO_INT (g_hash_table_lookup (population, cells[0]));
      }
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, totals);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          const char *region = key;
          double people = *(double *) value, rate = 0.7 + 0.7 * spread (region, 9);
          double homeless = round (people * 0.002 * rate);
          const char *keys[] = { "homeless", "exit_ready", "housed_hf", "housed_ind", "housed_grp",
                                 "grp_places" };
          double start[] = { homeless, round (homeless * 0.45), round (people * 0.0003),
                             round (people * 0.0008), round (people * 0.0004),
                             round (people * 0.00042) };

          for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
            check (wep_document_set_region_figure (doc, region, 2026, keys[k], start[k], prov,
                                                   &error), error);
          for (int year = 2026; year < 2036; year++)
            check (wep_document_set_region_figure (doc, region, year, "inflow",
                                                   round (people * 0.0013 * rate
                                                          * (1 + 0.01 * (year - 2026))), prov,
                                                   &error)
                     && wep_document_set_region_figure (doc, region, year, "shelter_capacity",
                                                        round (homeless * 0.65
                                                               * (1 - 0.03 * (year - 2026))),
                                                        prov, &error), error);
        }
    }
  }
  check (wep_document_new_scenario (doc, "Basis", 2026, 10, &error), error);
  return doc;
}

void
wep_test_map_remove_tree (const char *tmpdir)
{
  g_autoptr (GDir) dir = g_dir_open (tmpdir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmpdir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (tmpdir);
}
