/* assumptions-fixture.c: a WepAssumptionsView in a window, for the tests
 * of the "Aannames" page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "assumptions-fixture.h"

#define WAIT_SECONDS 30

gboolean
fixture_init (int    *argc,
              char ***argv)
{
  const char *localedir = g_getenv ("WEP_TEST_LOCALEDIR");

  /* Not G_TEST_OPTION_ISOLATE_DIRS: it hides the icon theme in
   * /usr/share (XDG_DATA_DIRS). The plan files go to a folder of the
   * test's own. */
  g_test_init (argc, argv, NULL);
  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!gtk_init_check ())
    return FALSE;
  adw_init ();
  return TRUE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

void
settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (300, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
wait_until_drawn (GtkWidget *widget)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (WAIT_SECONDS, timeout_cb, &timed_out);

  while (!(gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    g_error ("Timed out after %d s waiting for the page to be shown", WAIT_SECONDS);
  g_source_remove (id);
}

void
fixture_set_up (Fixture     *f,
                WepDocument *doc)
{
  f->doc = doc;
  f->session = wep_session_new (f->doc);
  f->view = WEP_ASSUMPTIONS_VIEW (wep_assumptions_view_new (f->session));
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1024, 768);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  wait_until_drawn (GTK_WIDGET (f->view));
}

void
fixture_tear_down (Fixture *f)
{
  gpointer view = f->view;

  /* The page goes with its window: nothing keeps it alive. */
  g_object_add_weak_pointer (view, &view);
  gtk_window_destroy (f->window);
  g_assert_null (view);
  g_clear_object (&f->session);
  g_clear_object (&f->doc);
}

const WepRegionInput *
session_region (Fixture    *f,
                const char *name)
{
  const WepModelInput *input = wep_session_get_input (f->session);

  g_assert_nonnull (input);
  return name != NULL ? wep_model_input_find_region (input, name)
                      : wep_model_input_region (input, 0);
}

AssumptionField *
field (Fixture    *f,
       const char *key,
       int         year)
{
  AssumptionField *found = _wep_assumptions_find_field (f->view, key, year, NULL);

  g_assert_nonnull (found);
  return found;
}

const char *
field_text (Fixture    *f,
            const char *key,
            int         year)
{
  return gtk_editable_get_text (GTK_EDITABLE (field (f, key, year)->entry));
}

void
assert_results_current (Fixture *f)
{
  g_autoptr (WepResults) expected = wep_model_run (wep_session_get_input (f->session));
  const WepResults *results = wep_session_get_results (f->session);

  g_assert_nonnull (results);
  g_assert_cmpuint (results->regions->len, ==, expected->regions->len);
  for (guint i = 0; i < results->regions->len; i++)
    {
      const WepRegionResult *a = g_ptr_array_index (results->regions, i);
      const WepRegionResult *b = g_ptr_array_index (expected->regions, i);

      g_assert_cmpmem (a->values, sizeof (double) * a->n_years * WEP_N_COLUMNS,
                       b->values, sizeof (double) * b->n_years * WEP_N_COLUMNS);
    }
}

void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL
                                            ? g_getenv ("G_TEST_BUILDDIR") : ".", name, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (widget));
  int width, height;

  settle ();
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

WepDocument *
document_with_regions (guint n_regions)
{
  WepDocument *doc = wep_example_document ();
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (GError) error = NULL;
  const WepRegionInput *first;
  gint64 provenance;

  input = wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);
  first = wep_model_input_region (input, 0);
  for (guint i = 1; i < n_regions; i++)
    {
      g_autofree char *name = i == 1 ? g_strdup (SECOND_REGION)
                                     : g_strdup_printf ("Regio %u (illustratief)", i + 1);
      WepRegionInput *region = wep_model_input_add_region (input, name);

      memcpy (region->scalar, first->scalar, sizeof region->scalar);
      for (int k = 0; k < WEP_N_YEARLY; k++)
        for (int y = 0; y < input->horizon_years; y++)
          region->yearly[k][y] = first->yearly[k][y] * (k == WEP_Y_INFLOW ? 1.0 + i / 10.0 : 1.0);
    }
  provenance = wep_document_add_provenance (doc, "handmatig", "test-assumptions", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (wep_document_store_scenario (doc, WEP_EXAMPLE_SCENARIO_NAME, input, provenance,
                                              &error));
  g_assert_no_error (error);
  return doc;
}
