/* dialog-test-util.c: what the tests of the dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dialog-test-util.h"
#include "wep-test-util.h"

#define WAIT_SECONDS 60

gboolean
dialog_test_init (int          *argc,
                  char       ***argv,
                  const char   *name)
{
  static const char *xdg_dirs[] = { "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME" };
  const char *localedir = g_getenv ("WEP_TEST_LOCALEDIR");

  /* Not G_TEST_OPTION_ISOLATE_DIRS: it hides the icon theme in
   * /usr/share (XDG_DATA_DIRS). The downloads' cache, the settings and
   * the files the tests write go into a folder of our own instead. */
  wep_test_tmp_init (name);
  for (guint i = 0; i < G_N_ELEMENTS (xdg_dirs); i++)
    {
      g_autofree char *dir = g_build_filename (wep_test_tmp_dir (), xdg_dirs[i] + 4, NULL);

      g_setenv (xdg_dirs[i], dir, TRUE);
    }
  /* The test server is on 127.0.0.1: no system proxy (GNOME's resolver
   * would also need the desktop's settings schemas). */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);

  g_test_init (argc, argv, NULL);
  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!gtk_init_check ())
    {
      g_printerr ("No display: skipping the dialog tests\n");
      wep_test_tmp_remove ();
      return FALSE;
    }
  adw_init ();
  return TRUE;
}

void
dialog_test_finish (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  wep_test_tmp_remove ();
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

void
dialog_test_iterate_until (gboolean   (*check) (gpointer data),
                           gpointer     data,
                           const char  *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (WAIT_SECONDS, timeout_cb, &timed_out);

  while (!check (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    g_error ("Timed out after %d s waiting until %s", WAIT_SECONDS, what);
  g_source_remove (id);
}

static gboolean
idle_cb (gpointer data)
{
  gboolean busy = TRUE;

  g_object_get (data, "busy", &busy, NULL);
  return !busy;
}

void
dialog_test_wait_idle (gpointer object)
{
  dialog_test_iterate_until (idle_cb, object, "the dialog is no longer busy");
}

void
dialog_test_settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (400, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

GtkWindow *
dialog_test_parent (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 1024, 768);
  gtk_window_present (window);
  return window;
}

static gboolean
drawn_cb (gpointer data)
{
  GtkWidget *widget = data;

  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static void
save_png (GtkWindow  *window,
          const char *file)
{
  GtkWidget *widget = GTK_WIDGET (window);
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL
                                            ? g_getenv ("G_TEST_BUILDDIR") : ".", file, NULL);
  int width, height;

  dialog_test_settle ();
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

void
dialog_test_screenshot (GtkWindow  *window,
                        const char *name,
                        gboolean    dark)
{
  g_autofree char *light_file = g_strconcat (name, ".png", NULL);
  g_autofree char *dark_file = g_strconcat (name, "-dark.png", NULL);
  AdwStyleManager *style = adw_style_manager_get_default ();

  gtk_window_present (window);
  dialog_test_iterate_until (drawn_cb, window, "the dialog is shown");
  save_png (window, light_file);
  if (dark)
    {
      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
      save_png (window, dark_file);
      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
      dialog_test_settle ();
    }
}

gboolean
dialog_test_shows_text (GtkWidget  *widget,
                        const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
      && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (dialog_test_shows_text (child, text))
      return TRUE;
  return FALSE;
}
