/* test-map-view.c: the "Kaart" page under a display
 *
 * Puts a WepMapView on a WepSession in a 1024 × 768 window (Xvfb in CI;
 * exits with 77, skipped, when there is no display), offline
 * (WEP_OFFLINE=1: no test touches the network) and in Dutch. The built-in
 * example has no boundaries: the page offers to import or download them.
 * Given the boundaries of its eleven municipalities from the reference
 * geography in ../shared (those cases are skipped when it is absent; it is
 * read, never copied into the project), a click selects a municipality and
 * its region, another indicator changes the legend, Ctrl+click makes a
 * custom region and undo takes it away, and the map exports. Screenshots
 * of every indicator at regional zoom (the example) and at national zoom
 * (an illustrative plan of all 342 municipalities in 12 regions), light
 * and dark, are saved as map-*.png in the build folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "map/wep-map-flat-source.h"
#include "map/wep-map-view.h"
#include "test-map-plans.h"
#include "wep-custom-region.h"
#include "wep-example.h"

#define WAIT_SECONDS 30

static struct
{
  char *tmpdir;
} fixture;

typedef struct
{
  WepDocument *doc;
  WepSession  *session;
  GtkWindow   *window;
  WepMapView  *view;
} Page;

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets GTK lay out and draw what changed. */
static void
settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (400, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
wait_until_idle (WepSession *session)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (WAIT_SECONDS, timeout_cb, &timed_out);

  while (wep_session_get_busy (session) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    g_error ("Timed out after %d s waiting for the session", WAIT_SECONDS);
  g_source_remove (id);
}

static void
page_open (Page        *page,
           WepDocument *doc)
{
  page->doc = doc;
  page->session = wep_session_new (doc);
  page->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (page->window, 1024, 768);
  page->view = WEP_MAP_VIEW (wep_map_view_new (page->session));
  gtk_window_set_child (page->window, GTK_WIDGET (page->view));
  gtk_window_present (page->window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (page->view))
         || gtk_widget_get_width (GTK_WIDGET (page->view)) < 1000)
    g_main_context_iteration (NULL, TRUE);
  settle ();
}

static void
page_close (Page *page)
{
  wait_until_idle (page->session);
  gtk_window_destroy (page->window);
  g_clear_object (&page->session);
  g_clear_object (&page->doc);
}

static gpointer
template_child (Page       *page,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (page->view), WEP_TYPE_MAP_VIEW,
                                                  name);

  g_assert_nonnull (child);
  return child;
}

static void
save_screenshot (Page       *page,
                 const char *name)
{
  GtkWidget *widget = GTK_WIDGET (page->window);
  g_autoptr (GdkPaintable) paintable = NULL;
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *file = g_strconcat ("map-", name, ".png", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file, NULL);
  int width, height;

  settle ();
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (page->window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

static gboolean
have_reference (void)
{
  g_autofree char *path = wep_test_map_reference_path ("gemeenten-2025.geojson");

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  g_test_skip ("the reference geography in ../shared/data/reference is absent");
  return FALSE;
}

/* The label point of a municipality, as latitude and longitude. */
static void
point_of (Page       *page,
          const char *code,
          double     *latitude,
          double     *longitude)
{
  WepMapData *data = wep_map_scene_get_data (wep_map_view_get_scene (page->view));
  int m = wep_map_data_find_municipality (data, code);
  const WepMapShape *shape;

  g_assert_cmpint (m, >=, 0);
  shape = wep_map_data_municipality (data, m)->shape;
  g_assert_nonnull (shape);
  wep_map_world_to_lonlat (shape->label_x, shape->label_y, longitude, latitude);
}

/* ---- tests -------------------------------------------------------------- */

static void
test_no_boundaries (void)
{
  Page page = { 0 };
  const char *description;

  page_open (&page, wep_example_document ());
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (&page, "stack")), ==,
                   "empty");
  description = adw_status_page_get_description (template_child (&page, "empty_page"));
  g_assert_nonnull (strstr (description, "11"));
  g_assert_false (wep_map_view_get_online (page.view));
  /* Nothing to export, and the reason. */
  {
    g_autoptr (GError) error = NULL;
    g_autofree char *path = g_build_filename (fixture.tmpdir, "none.png", NULL);

    g_assert_false (wep_map_view_export (page.view, path, WEP_MAP_FORMAT_PNG, 800, 600, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  }
  save_screenshot (&page, "no-boundaries");
  page_close (&page);
}

static void
tile_filled_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (shumate_map_source_fill_tile_finish (SHUMATE_MAP_SOURCE (source), result,
                                                      &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
test_offline_base (void)
{
  Page page = { 0 };
  ShumateMapSource *source;
  g_autoptr (ShumateTile) tile = shumate_tile_new_full (131, 84, 256, 8);
  WepColor base, got;
  gboolean done = FALSE;
  guint8 pixel[4];
  GdkTexture *texture;

  if (!have_reference ())
    return;
  page_open (&page, wep_test_map_example_with_boundaries (fixture.tmpdir));
  /* WEP_OFFLINE=1: the flat base, no tiles from the network. */
  g_assert_false (wep_map_view_get_online (page.view));
  source = shumate_simple_map_get_map_source (template_child (&page, "map"));
  g_assert_true (WEP_IS_MAP_FLAT_SOURCE (source));
  base = wep_map_scene_get_base_color (wep_map_view_get_scene (page.view));
  g_assert_true (wep_color_equal (wep_map_flat_source_get_color (WEP_MAP_FLAT_SOURCE (source)),
                                  base));
  shumate_map_source_fill_tile_async (source, tile, NULL, tile_filled_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (shumate_tile_get_state (tile), ==, SHUMATE_STATE_DONE);
  texture = GDK_TEXTURE (shumate_tile_get_paintable (tile));
  g_assert_nonnull (texture);
  gdk_texture_download (texture, pixel, 4);
  /* GDK_MEMORY_DEFAULT: B, G, R, A. */
  got = (WepColor) { pixel[2] / 255.0, pixel[1] / 255.0, pixel[0] / 255.0 };
  g_assert_cmpfloat (fabs (got.red - base.red) + fabs (got.green - base.green)
                       + fabs (got.blue - base.blue), <, 0.02);
  g_assert_cmpint (pixel[3], ==, 255);
  page_close (&page);
}

/* Without WEP_OFFLINE, the setting keeps the map off the network. (Only
 * the setting off is tried: on, the map would ask OpenStreetMap for tiles.) */
static void
test_online_setting (void)
{
  Page page = { 0 };
  g_autoptr (GSettings) settings = NULL;
  g_autofree char *offline = g_strdup (g_getenv ("WEP_OFFLINE"));
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = source != NULL
                                         ? g_settings_schema_source_lookup (source, APP_ID, TRUE)
                                         : NULL;

  if (schema == NULL || !have_reference ())
    {
      if (schema == NULL)
        g_test_skip ("the settings schema is not installed");
      return;
    }
  settings = g_settings_new (APP_ID);
  g_settings_set_boolean (settings, "online-map", FALSE);
  g_unsetenv ("WEP_OFFLINE");
  page_open (&page, wep_test_map_example_with_boundaries (fixture.tmpdir));
  g_assert_false (wep_map_view_get_online (page.view));
  g_assert_true (WEP_IS_MAP_FLAT_SOURCE (shumate_simple_map_get_map_source (
    template_child (&page, "map"))));
  page_close (&page);
  g_setenv ("WEP_OFFLINE", offline != NULL ? offline : "1", TRUE);
  g_settings_reset (settings, "online-map");
}

static void
test_click_selects (void)
{
  Page page = { 0 };
  g_autoptr (GtkWidget) follower = g_object_ref_sink (gtk_label_new (NULL));
  double latitude, longitude, x, y, px, py;
  WepMapArea area;
  ShumateViewport *viewport;

  if (!have_reference ())
    return;
  page_open (&page, wep_test_map_example_with_boundaries (fixture.tmpdir));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (&page, "stack")), ==, "map");
  g_assert_false (gtk_revealer_get_reveal_child (template_child (&page, "missing_revealer")));

  /* The page draws where the map is: its projection is the viewport's. */
  viewport = wep_map_view_get_viewport (page.view);
  point_of (&page, "GM0166", &latitude, &longitude);
  wep_map_view_get_area (page.view, &area);
  wep_map_lonlat_to_world (longitude, latitude, &x, &y);
  wep_map_area_from_world (&area, x, y, &px, &py);
  {
    double sx, sy;

    shumate_viewport_location_to_widget_coords (viewport,
                                                GTK_WIDGET (shumate_simple_map_get_map (
                                                  template_child (&page, "map"))),
                                                latitude, longitude, &sx, &sy);
    g_assert_cmpfloat (fabs (sx - px), <, 0.5);
    g_assert_cmpfloat (fabs (sy - py), <, 0.5);
  }

  /* What is bound to the page's region follows it (as the window is). */
  g_object_bind_property (page.view, "selected-region", follower, "tooltip-text",
                          G_BINDING_DEFAULT);

  wep_map_view_click (page.view, latitude, longitude, FALSE);
  g_assert_cmpstr (wep_map_view_get_selected_municipality (page.view), ==, "GM0166");
  g_assert_cmpstr (wep_map_view_get_selected_region (page.view), ==, WEP_EXAMPLE_REGION_NAME);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (follower), ==, WEP_EXAMPLE_REGION_NAME);
  g_assert_cmpstr (gtk_label_get_text (template_child (&page, "panel_title")), ==, "Kampen");
  g_assert_true (gtk_widget_get_visible (template_child (&page, "figures_list")));
  g_assert_true (gtk_widget_get_visible (template_child (&page, "items_list")));
  {
    g_autofree char *tooltip = wep_map_view_describe_location (page.view, latitude, longitude);

    g_assert_nonnull (tooltip);
    g_assert_true (g_str_has_prefix (tooltip, "Kampen\n"));
  }
  save_screenshot (&page, "selected-municipality");

  /* The North Sea: nothing. */
  wep_map_view_click (page.view, 52.8, 4.0, FALSE);
  g_assert_null (wep_map_view_get_selected_municipality (page.view));
  g_assert_null (wep_map_view_get_selected_region (page.view));
  g_assert_null (wep_map_view_describe_location (page.view, 52.8, 4.0));

  /* Coloured by region, a click selects the region. */
  wep_map_view_set_level (page.view, WEP_MAP_REGIONS);
  point_of (&page, "GM0193", &latitude, &longitude);
  wep_map_view_click (page.view, latitude, longitude, FALSE);
  g_assert_null (wep_map_view_get_selected_municipality (page.view));
  g_assert_cmpstr (wep_map_view_get_selected_region (page.view), ==, WEP_EXAMPLE_REGION_NAME);
  g_assert_cmpstr (gtk_label_get_text (template_child (&page, "panel_title")), ==,
                   WEP_EXAMPLE_REGION_NAME);
  save_screenshot (&page, "selected-region");

  /* Set from outside (the overview): the page follows. */
  wep_map_view_set_selected_region (page.view, NULL);
  g_assert_cmpstr (gtk_label_get_text (template_child (&page, "panel_title")), !=,
                   WEP_EXAMPLE_REGION_NAME);
  page_close (&page);
}

static void
test_indicator_legend (void)
{
  Page page = { 0 };
  g_autofree char *need_title = NULL;
  const WepLegend *legend;
  GtkWidget *rows;

  if (!have_reference ())
    return;
  page_open (&page, wep_test_map_example_with_boundaries (fixture.tmpdir));
  wait_until_idle (page.session);

  legend = wep_map_view_get_legend (page.view);
  g_assert_nonnull (legend);
  g_assert_cmpint (wep_map_view_get_indicator (page.view), ==, WEP_MAP_NEED_PER_10K);
  need_title = g_strdup (legend->title);
  g_assert_nonnull (strstr (need_title, "2030"));
  g_assert_cmpstr (gtk_label_get_text (template_child (&page, "legend_title")), ==, need_title);
  g_assert_false (legend->diverging);

  /* The gap: another title and unit, a diverging legend, new rows. */
  wep_map_view_set_indicator (page.view, WEP_MAP_GAP_PER_10K);
  legend = wep_map_view_get_legend (page.view);
  g_assert_cmpstr (legend->title, !=, need_title);
  g_assert_true (legend->diverging);
  g_assert_cmpstr (gtk_label_get_text (template_child (&page, "legend_title")), ==,
                   legend->title);
  rows = template_child (&page, "legend_rows");
  g_assert_nonnull (gtk_widget_get_first_child (rows));
  g_assert_true (gtk_widget_get_visible (template_child (&page, "key_box")));

  /* Waiting time: no fair share, months. */
  wep_map_view_set_indicator (page.view, WEP_MAP_WAIT);
  g_assert_false (gtk_widget_get_visible (template_child (&page, "key_box")));
  g_assert_cmpstr (wep_map_view_get_legend (page.view)->unit, ==,
                   wep_map_indicator_unit (WEP_MAP_WAIT));

  /* Another year, in the title. */
  wep_map_view_set_year (page.view, 2033);
  g_assert_nonnull (strstr (wep_map_view_get_legend (page.view)->title, "2033"));
  g_assert_cmpint (wep_map_view_get_year (page.view), ==, 2033);

  /* The fair-share key is the session's: chosen here, the overview has it. */
  wep_map_view_set_indicator (page.view, WEP_MAP_NEED_PER_10K);
  gtk_drop_down_set_selected (template_child (&page, "key_dropdown"), WEP_FAIR_SHARE_EQUAL);
  g_assert_cmpint (wep_session_get_fair_share_key (page.session), ==, WEP_FAIR_SHARE_EQUAL);
  /* By an equal share, small municipalities need more per inhabitant. */
  g_assert_cmpuint (wep_map_view_get_legend (page.view)->classes->len, >, 1);
  g_object_set (page.session, "fair-share-key", "population", NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (template_child (&page, "key_dropdown")), ==,
                    WEP_FAIR_SHARE_POPULATION);
  page_close (&page);
}

/* The custom regions of the plan, and their members together. */
static void
assert_custom (WepDocument *doc,
               guint        n_regions,
               guint        n_members)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WepMapData) data = wep_map_data_load (doc, &error);
  guint regions = 0, members = 0;

  g_assert_no_error (error);
  for (guint r = 0; r < data->regions->len; r++)
    if (g_str_equal (wep_map_data_region (data, r)->kind, WEP_CUSTOM_REGION_KIND))
      {
        regions++;
        members += wep_map_data_region (data, r)->members->len;
      }
  g_assert_cmpuint (regions, ==, n_regions);
  g_assert_cmpuint (members, ==, n_members);
}

static void
test_custom_region (void)
{
  Page page = { 0 };
  g_autoptr (GError) error = NULL;
  g_autofree char *custom = NULL;
  double latitude, longitude;

  if (!have_reference ())
    return;
  page_open (&page, wep_test_map_example_with_boundaries (fixture.tmpdir));
  assert_custom (page.doc, 0, 0);

  /* Ctrl+click on Kampen: a custom region of one. */
  point_of (&page, "GM0166", &latitude, &longitude);
  wep_map_view_click (page.view, latitude, longitude, TRUE);
  assert_custom (page.doc, 1, 1);
  custom = g_strdup (wep_map_view_get_selected_region (page.view));
  g_assert_nonnull (custom);
  g_assert_cmpstr (custom, !=, WEP_EXAMPLE_REGION_NAME);
  g_assert_null (wep_map_view_get_selected_municipality (page.view));
  g_assert_cmpstr (gtk_label_get_text (template_child (&page, "panel_title")), ==, custom);

  /* Ctrl+click on Zwolle: the region being edited grows. */
  point_of (&page, "GM0193", &latitude, &longitude);
  wep_map_view_click (page.view, latitude, longitude, TRUE);
  assert_custom (page.doc, 1, 2);
  g_assert_cmpstr (wep_map_view_get_selected_region (page.view), ==, custom);
  save_screenshot (&page, "custom-region");

  /* Undo, step by step: Zwolle out, then the region is gone. */
  g_assert_true (wep_document_undo (page.doc, &error));
  g_assert_no_error (error);
  assert_custom (page.doc, 1, 1);
  g_assert_true (wep_document_undo (page.doc, &error));
  assert_custom (page.doc, 0, 0);
  g_assert_null (wep_map_view_get_selected_region (page.view));
  g_assert_null (wep_document_get_undo_label (page.doc));

  /* A Ctrl+click on the sea changes nothing. */
  wep_map_view_click (page.view, 52.8, 4.0, TRUE);
  assert_custom (page.doc, 0, 0);
  page_close (&page);
}

/* Whether bytes (a binary file) hold text anywhere, past any zero byte. */
static gboolean
bytes_contain (const char *bytes,
               gsize       length,
               const char *text)
{
  gsize n = strlen (text);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (bytes + i, text, n) == 0)
      return TRUE;
  return FALSE;
}

static void
test_export (void)
{
  Page page = { 0 };
  g_autoptr (GError) error = NULL;
  g_autofree char *png = g_build_filename (fixture.tmpdir, "kaart.png", NULL);
  g_autofree char *pdf = g_build_filename (fixture.tmpdir, "kaart.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  cairo_surface_t *image;

  if (!have_reference ())
    return;
  page_open (&page, wep_test_map_example_with_boundaries (fixture.tmpdir));
  g_assert_true (wep_map_view_export (page.view, png, WEP_MAP_FORMAT_PNG, 1754, 1240, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1754);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 1240);
  cairo_surface_destroy (image);
  /* Kept in the build folder, to look at: the gap at A4 landscape. */
  {
    g_autofree char *kept = g_test_build_filename (G_TEST_BUILT, "map-export-a4.png", NULL);

    wep_map_view_set_indicator (page.view, WEP_MAP_GAP_PER_10K);
    g_assert_true (wep_map_view_export (page.view, kept, WEP_MAP_FORMAT_PNG, 1754, 1240,
                                        &error));
    g_assert_no_error (error);
  }
  g_assert_true (wep_map_view_export (page.view, pdf, WEP_MAP_FORMAT_PDF, 595, 842, &error));
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (bytes_contain (contents, length, "/MediaBox [ 0 0 595 842 ]"));
  page_close (&page);
}

/* Every indicator, light and dark, as the page shows it. */
static void
screenshots_of (Page       *page,
                const char *zoom)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  wait_until_idle (page->session);
  for (guint dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);
      for (guint i = 0; i < WEP_N_MAP_INDICATORS; i++)
        {
          g_autofree char *name = g_strdup_printf ("%s-%s-%s", zoom, wep_map_indicator_key (i),
                                                   dark ? "dark" : "light");

          /* Realisation in the year after the first, where the plans
           * have some realised and some not; the others in the goal's. */
          wep_map_view_set_year (page->view, i == WEP_MAP_REALISATION ? 2027 : 2030);
          wep_map_view_set_indicator (page->view, i);
          save_screenshot (page, name);
        }
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_screenshots_regional (void)
{
  Page page = { 0 };

  if (!have_reference ())
    return;
  page_open (&page, wep_test_map_example_with_boundaries (fixture.tmpdir));
  screenshots_of (&page, "regional");
  page_close (&page);
}

static void
test_screenshots_national (void)
{
  Page page = { 0 };

  if (!have_reference ())
    return;
  page_open (&page, wep_test_map_national_plan ());
  g_assert_cmpuint (wep_map_scene_get_data (wep_map_view_get_scene (page.view))->n_with_shape, ==,
                    342);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (wep_map_view_get_viewport (page.view)), <,
                     8.0);
  screenshots_of (&page, "national");
  wep_map_view_set_level (page.view, WEP_MAP_REGIONS);
  wep_map_view_set_indicator (page.view, WEP_MAP_GAP_PER_10K);
  save_screenshot (&page, "national-regions-gap_per_10k-light");
  page_close (&page);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  const char *localedir = g_getenv ("WEP_TEST_LOCALEDIR");
  int status;

  /* Not G_TEST_OPTION_ISOLATE_DIRS: it hides the icon theme in
   * /usr/share (XDG_DATA_DIRS). */
  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!gtk_init_check ())
    {
      g_printerr ("No display; skipping.\n");
      return 77;
    }
  adw_init ();
  fixture.tmpdir = g_dir_make_tmp ("wep-map-view-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/map-view/no-boundaries", test_no_boundaries);
  g_test_add_func ("/map-view/offline-base", test_offline_base);
  g_test_add_func ("/map-view/online-setting", test_online_setting);
  g_test_add_func ("/map-view/click-selects", test_click_selects);
  g_test_add_func ("/map-view/indicator-legend", test_indicator_legend);
  g_test_add_func ("/map-view/custom-region", test_custom_region);
  g_test_add_func ("/map-view/export", test_export);
  g_test_add_func ("/map-view/screenshots-regional", test_screenshots_regional);
  g_test_add_func ("/map-view/screenshots-national", test_screenshots_national);

  status = g_test_run ();
  wep_test_map_remove_tree (fixture.tmpdir);
  g_free (fixture.tmpdir);
  return status;
}
