/* test-reference.c: the example plan's municipalities are real: their CBS
 * codes and names are those of the 2025 division. Reads the reference
 * table from ../shared/data/reference (never part of the project) and
 * skips (77) where it is absent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wep-document-private.h"
#include "wep-example.h"

int
main (int    argc,
      char **argv)
{
  g_autofree char *csv_path = g_build_filename (SHARED_DIR, "data", "reference",
                                                "gemeenten-2025.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_auto (GStrv) lines = NULL;
  guint checked = 0;

  if (!g_file_get_contents (csv_path, &contents, NULL, NULL))
    {
      g_printerr ("%s is absent: skipped\n", csv_path);
      return 77;
    }

  lines = g_strsplit (contents, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "gemeentecode,gemeentenaam"));
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto (GStrv) cells = g_strsplit (g_strchomp (lines[i]), ",", 3);

      if (g_strv_length (cells) >= 2)
        g_hash_table_insert (names, g_strdup (cells[0]), g_strdup (cells[1]));
    }
  g_assert_cmpuint (g_hash_table_size (names), ==, 342);

  doc = wep_example_document ();
  stmt = _wep_sqlite_prepare (_wep_document_get_db (doc),
                              "SELECT code, name FROM municipalities ORDER BY code", NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      const char *official = g_hash_table_lookup (names, code);

      if (official == NULL)
        g_error ("%s (%s) is not a municipality of 2025", code, name);
      if (g_strcmp0 (official, name) != 0)
        g_error ("%s is called “%s”, not “%s”", code, official, name);
      checked++;
    }
  g_assert_cmpuint (checked, >=, 8);
  g_assert_cmpuint (checked, <=, 15);
  g_print ("%u municipalities of the example checked against %s\n", checked, csv_path);
  return 0;
}
