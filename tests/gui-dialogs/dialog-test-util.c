/* dialog-test-util.c: what the tests of the dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dialog-test-util.h"
#include "gui-test-util.h"
#include "wep-test-util.h"

/* How long GTK gets to lay out and draw what changed. */
#define SETTLE_MS 400

gboolean
dialog_test_init (int          *argc,
                  char       ***argv,
                  const char   *name)
{
  /* The downloads' cache, the settings and the files the tests write go
   * into a folder of our own. */
  wep_test_tmp_init (name);
  /* The test server is on 127.0.0.1: no system proxy (GNOME's resolver
   * would also need the desktop's settings schemas). */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);

  if (!gui_test_init (argc, argv, wep_test_tmp_dir ()))
    {
      wep_test_tmp_remove ();
      return FALSE;
    }
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
idle_cb (gpointer data)
{
  gboolean busy = TRUE;

  g_object_get (data, "busy", &busy, NULL);
  return !busy;
}

void
dialog_test_wait_idle (gpointer object)
{
  gui_test_wait_until (idle_cb, object, "the dialog is no longer busy");
}

GtkWindow *
dialog_test_parent (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 1024, 768);
  gtk_window_present (window);
  return window;
}

/* Lets window settle and saves what it shows as FILE in the build folder. */
static void
save_png (GtkWindow  *window,
          const char *file)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file, NULL);

  gui_test_settle (SETTLE_MS);
  gui_test_save_png (GTK_WIDGET (window), NULL, path);
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
  gui_test_wait_until_drawn (GTK_WIDGET (window), "the dialog is shown");
  save_png (window, light_file);
  if (dark)
    {
      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
      save_png (window, dark_file);
      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
      gui_test_settle (SETTLE_MS);
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
