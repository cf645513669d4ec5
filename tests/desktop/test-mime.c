/* test-mime.c: a plan is known by its content, not only by its name
 *
 * Builds a MIME database from data/io.github.woneneerst.Planner.mime.xml in
 * a temporary XDG data folder (update-mime-database, as installing does)
 * and asks GIO what a plan file is: renamed, without its extension, a
 * plan is still a plan; another SQLite database is not; and the desktop
 * file offers the app for the type. Skips (77) without
 * update-mime-database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "wep-example.h"
#include "wep-test-util.h"

#define PLAN_TYPE "application/x-wonen-eerst-plan"

static char *
guess (const char *path)
{
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  /* As file managers do: the name and the first 4 KiB. */
  return g_content_type_guess (name, (const guchar *) data, MIN (length, 4096), NULL);
}

static void
test_renamed_plan (void)
{
  g_autoptr (WepDocument) plan = wep_example_document ();
  g_autofree char *path = wep_test_tmp_path ("van-zwolle.dat");
  g_autofree char *type = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (wep_document_save_as (plan, path, &error));
  g_assert_no_error (error);
  wep_document_close (plan);
  type = guess (path);
  g_assert_cmpstr (type, ==, PLAN_TYPE);
  g_assert_true (g_content_type_is_a (type, "application/vnd.sqlite3"));
}

static void
test_other_sqlite (void)
{
  g_autofree char *path = wep_test_tmp_path ("iets-anders.dat");
  g_autofree char *type = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);", NULL, NULL,
                                 NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  type = guess (path);
  g_assert_cmpstr (type, !=, PLAN_TYPE);
  g_assert_true (g_content_type_is_a (type, "application/vnd.sqlite3"));
}

static void
test_extension (void)
{
  g_autofree char *type = g_content_type_guess ("regioplan.weplan", NULL, 0, NULL);
  g_autofree char *description = NULL;

  g_assert_cmpstr (type, ==, PLAN_TYPE);
  description = g_content_type_get_description (type);
  g_assert_cmpstr (description, ==, "Wonen Eerst plan");
}

static void
test_desktop_file (void)
{
  g_autoptr (GKeyFile) desktop = g_key_file_new ();
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) types = NULL;
  g_autofree char *exec = NULL;

  /* Read as a key file: GDesktopAppInfo wants the program on PATH. */
  g_key_file_load_from_file (desktop, g_getenv ("WEP_DESKTOP_FILE"), G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  types = g_key_file_get_string_list (desktop, G_KEY_FILE_DESKTOP_GROUP,
                                      G_KEY_FILE_DESKTOP_KEY_MIME_TYPE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains ((const char *const *) types, PLAN_TYPE));
  /* A double-click hands the file over. */
  exec = g_key_file_get_string (desktop, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC,
                                &error);
  g_assert_no_error (error);
  g_assert_true (strstr (exec, "%U") != NULL || strstr (exec, "%F") != NULL);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *update = g_find_program_in_path ("update-mime-database");
  g_autofree char *home = NULL;
  g_autofree char *packages = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *mime = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;
  int ret;

  if (update == NULL)
    {
      g_printerr ("update-mime-database is not installed: skipping\n");
      return 77;
    }
  wep_test_tmp_init ("wep-mime");
  home = wep_test_tmp_path ("xdg-data");
  mime = g_build_filename (home, "mime", NULL);
  packages = g_build_filename (mime, "packages", NULL);
  g_assert_cmpint (g_mkdir_with_parents (packages, 0700), ==, 0);
  xml = g_build_filename (packages, APP_ID ".xml", NULL);
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_file_get_contents (g_getenv ("WEP_MIME_XML"), &contents, &length, &error);
    g_assert_no_error (error);
    g_file_set_contents (xml, contents, (gssize) length, &error);
    g_assert_no_error (error);
  }
  g_spawn_sync (NULL, (char *[]) { update, mime, NULL }, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* Before GIO reads the database: ours first, then the system's. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_DATA_DIRS", "/usr/local/share:/usr/share", TRUE);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/mime/renamed-plan", test_renamed_plan);
  g_test_add_func ("/mime/other-sqlite", test_other_sqlite);
  g_test_add_func ("/mime/extension", test_extension);
  g_test_add_func ("/mime/desktop-file", test_desktop_file);
  ret = g_test_run ();

  /* With the database update-mime-database wrote. */
  wep_test_tmp_remove ();
  return ret;
}
