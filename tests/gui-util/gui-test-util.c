/* gui-test-util.c: what the GUI test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "gui-test-util.h"

gboolean
gui_test_init (int          *argc,
               char       ***argv,
               const char   *home)
{
  static const char *xdg_dirs[] = { "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME" };
  const char *localedir = g_getenv ("WEP_TEST_LOCALEDIR");

  /* Before anything asks GLib for these folders: it keeps the first answer. */
  for (guint i = 0; home != NULL && i < G_N_ELEMENTS (xdg_dirs); i++)
    {
      g_autofree char *dir = g_build_filename (home, xdg_dirs[i] + 4, NULL);

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
      return FALSE;
    }
  adw_init ();
  return TRUE;
}

char *
gui_test_make_tmp_dir (const char *prefix)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
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

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

void
gui_test_wait_until (GuiTestCheck  check,
                     gpointer      data,
                     const char   *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (GUI_TEST_WAIT_SECONDS, timeout_cb, &timed_out);

  while (!check (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    g_error ("Timed out after %d s waiting until %s", GUI_TEST_WAIT_SECONDS, what);
  g_source_remove (id);
}

void
gui_test_settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

gboolean
gui_test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

gboolean
gui_test_is_drawn (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

void
gui_test_wait_until_drawn (GtkWidget  *widget,
                           const char *what)
{
  gui_test_wait_until (gui_test_is_drawn, widget, what);
}

AdwMessageDialog *
gui_test_find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
message_dialog_shown_cb (gpointer data)
{
  AdwMessageDialog **dialog = data;

  *dialog = gui_test_find_message_dialog ();
  return *dialog != NULL;
}

AdwMessageDialog *
gui_test_wait_for_message_dialog (const char *what)
{
  AdwMessageDialog *dialog = NULL;

  gui_test_wait_until (message_dialog_shown_cb, &dialog, what);
  return dialog;
}

void
gui_test_save_png (GtkWidget     *widget,
                   const GdkRGBA *background,
                   const char    *path)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer;

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  if (background != NULL)
    gtk_snapshot_append_color (snapshot, background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

void
gui_test_save_screenshot (GtkWidget  *widget,
                          const char *name)
{
  g_autofree char *file = g_strconcat ("screenshot-", name, ".png", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file, NULL);

  gui_test_settle (1000);
  gui_test_save_png (widget, NULL, path);
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
  gui_test_wait_until (gui_test_is_mapped, window, "the window is mapped");
  return app;
}

void
gui_test_stop_app (WepApplication *app,
                   WepWindow      *window)
{
  wep_window_set_document (window, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_object_unref (app);
}
