/* gui-test-util.c: what the window's tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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

