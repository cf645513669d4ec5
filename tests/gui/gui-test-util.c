/* gui-test-util.c: what the window's tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "gui-test-util.h"

#define WAIT_SECONDS 60

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

/* Iterates the main context until check (widget) holds, or fails. */
void
gui_test_iterate_until (GtkWidget *widget,
               gboolean (*check) (GtkWidget *widget),
               const char *what)
{
  gboolean timed_out = FALSE;
  guint id;

  id = g_timeout_add_seconds (WAIT_SECONDS, timeout_cb, &timed_out);
  while (!check (widget) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out after %d s waiting until %s", WAIT_SECONDS, what);
  g_source_remove (id);
}

/* Lets GTK lay out and draw for a moment. */
void
gui_test_settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (1000, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

gboolean
gui_test_is_mapped (GtkWidget *widget)
{
  return gtk_widget_get_mapped (widget);
}

/* Saves what widget shows as a PNG in the build folder. */
void
gui_test_save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = g_strconcat ("screenshot-", name, ".png", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file, NULL);
  int width, height;
  GskRenderer *renderer;

  gui_test_settle ();
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}


char *
gui_test_init (int    *argc,
               char ***argv)
{
  static const char *xdg_dirs[] = { "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME" };
  const char *localedir = g_getenv ("WEP_TEST_LOCALEDIR");
  g_autoptr (GError) error = NULL;
  g_autofree char *tmpdir = NULL;

  /* Our own home for the recent files, the autosaves and the settings,
   * for the whole run: G_TEST_OPTION_ISOLATE_DIRS gives each test case its
   * own and leaves /dev/null outside them, while the window lives across
   * the cases. */
  tmpdir = g_dir_make_tmp ("wep-gui-XXXXXX", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (xdg_dirs); i++)
    {
      g_autofree char *dir = g_build_filename (tmpdir, xdg_dirs[i] + 4, NULL);

      g_setenv (xdg_dirs[i], dir, TRUE);
    }

  g_test_init (argc, argv, NULL);

  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!gtk_init_check ())
    {
      g_printerr ("No display: skipping the GUI tests\n");
      g_rmdir (tmpdir);
      return NULL;
    }
  return g_steal_pointer (&tmpdir);
}

WepApplication *
gui_test_start_app (void)
{
  g_autoptr (GError) error = NULL;
  WepApplication *app = wep_application_new ();
  GtkWindow *window;

  /* Never hand the window over to an instance that is already running. */
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("Could not register the application: %s", error->message);
  g_application_activate (G_APPLICATION (app));

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (WEP_IS_WINDOW (window));
  gui_test_iterate_until (GTK_WIDGET (window), gui_test_is_mapped, "the window is mapped");
  return app;
}

static void
remove_file_tree (GFile *dir)
{
  g_autoptr (GFileEnumerator) children = NULL;
  GFileInfo *info;
  GFile *child;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && g_file_enumerator_iterate (children, &info, &child, NULL, NULL)
         && info != NULL)
    remove_file_tree (child);
  g_file_delete (dir, NULL, NULL);
}

void
gui_test_remove_tree (const char *path)
{
  g_autoptr (GFile) dir = g_file_new_for_path (path);

  remove_file_tree (dir);
}
