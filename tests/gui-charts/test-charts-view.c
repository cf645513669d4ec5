/* test-charts-view.c: the charts and the "Grafieken" page in a window
 *
 * The page over the example plan (with a second scenario and monitoring
 * figures): every chart drawn once the goal seek, the uncertainty runs and
 * the fair share are done, each with a description in words; the region
 * and year chosen at the top reach every chart; hover gives the exact
 * values; the fair share follows the key; a change of the plan redraws;
 * export writes files of the size asked; Copy puts an image on the
 * clipboard. Screenshots at 1024×768, light and dark, and of the two
 * charts of the overview.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "chart-test-plan.h"
#include "gui-test-util.h"
#include "charts/wep-charts-view.h"
#include "wep-example.h"
#include "wep-test-util.h"

typedef struct
{
  ChartTestPlan *plan;
  WepSession    *session;
  GtkWindow     *window;
  WepChartsView *view;
} Fixture;

static gboolean
all_done (gpointer data)
{
  Fixture *f = data;

  if (wep_session_get_busy (f->session))
    return FALSE;
  for (guint kind = 0; kind < WEP_N_CHART_KINDS; kind++)
    if (wep_chart_get_busy (wep_charts_view_get_chart (f->view, kind)))
      return FALSE;
  return TRUE;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->plan = chart_test_plan_new ();
  f->session = wep_session_new (f->plan->doc);
  f->view = WEP_CHARTS_VIEW (wep_charts_view_new (f->session));
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->view));
  f->window = GTK_WINDOW (adw_window_new ());
  adw_window_set_content (ADW_WINDOW (f->window), overlay);
  gtk_window_set_default_size (f->window, 1024, 768);
  gtk_window_present (f->window);
  gui_test_wait_until_drawn (GTK_WIDGET (f->view), "the page is drawn");
  gui_test_wait_until (all_done, f, "the needs, uncertainty and fair share are computed");
  gui_test_settle (200);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (f->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->session);
  g_clear_pointer (&f->plan, chart_test_plan_free);
}

static void
test_page (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *scroller = gtk_widget_get_first_child (GTK_WIDGET (f->view));
  GtkAdjustment *adjustment;
  WepChart *homeless;

  g_assert_true (GTK_IS_SCROLLED_WINDOW (scroller));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  for (guint kind = 0; kind < WEP_N_CHART_KINDS; kind++)
    {
      WepChart *chart = wep_charts_view_get_chart (f->view, kind);
      const WepChartData *chart_data = wep_chart_get_data (chart);
      const char *description = wep_chart_get_description (chart);

      g_test_message ("%s: %s", wep_chart_kind_key (kind), description);
      /* Everything the example plan has to show. */
      g_assert_null (chart_data->message);
      g_assert_cmpint (wep_chart_get_kind (chart), ==, kind);
      g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (chart)));
      g_assert_true (g_str_has_prefix (description, chart_data->title));
      g_assert_cmpuint (strlen (description), >, strlen (chart_data->title) + 20);
    }
  /* In Dutch, with Dutch numbers: "… van 783 in 2026 naar 311 personen in 2035". */
  homeless = wep_charts_view_get_chart (f->view, WEP_CHART_HOMELESS);
  g_assert_nonnull (strstr (wep_chart_get_description (homeless), "783"));

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
  gui_test_save_screenshot (GTK_WIDGET (f->window), "charts-light");
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) * 0.42);
  gui_test_save_screenshot (GTK_WIDGET (f->window), "charts-middle-light");
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) * 0.66);
  gui_test_save_screenshot (GTK_WIDGET (f->window), "charts-choices-light");
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  gui_test_save_screenshot (GTK_WIDGET (f->window), "charts-bottom-light");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  gui_test_save_screenshot (GTK_WIDGET (f->window), "charts-bottom-dark");
  gtk_adjustment_set_value (adjustment, 0);
  gui_test_save_screenshot (GTK_WIDGET (f->window), "charts-dark");
}

static void
test_selection (Fixture       *f,
                gconstpointer  data)
{
  WepChart *homeless = wep_charts_view_get_chart (f->view, WEP_CHART_HOMELESS);
  WepChart *fair_share = wep_charts_view_get_chart (f->view, WEP_CHART_FAIR_SHARE);

  /* One region: the whole plan is that region. */
  g_assert_null (wep_charts_view_get_selected_region (f->view));
  wep_charts_view_set_selected_region (f->view, WEP_EXAMPLE_REGION_NAME);
  for (guint kind = 0; kind < WEP_N_CHART_KINDS; kind++)
    g_assert_cmpstr (wep_chart_get_selected_region (wep_charts_view_get_chart (f->view, kind)),
                     ==, WEP_EXAMPLE_REGION_NAME);
  g_assert_null (wep_chart_get_data (homeless)->message);

  /* A year: marked in the charts of years, the only year added up in the
   * fair share. */
  wep_charts_view_set_year (f->view, 2028);
  g_assert_cmpint (wep_chart_get_data (homeless)->highlight, ==, 2);
  g_assert_nonnull (strstr (wep_chart_get_data (fair_share)->subtitle, "2028"));
  wep_charts_view_set_year (f->view, 0);
  g_assert_cmpint (wep_chart_get_data (homeless)->highlight, ==, -1);
  g_assert_nonnull (strstr (wep_chart_get_data (fair_share)->subtitle, "2026–2030"));

  /* A region the plan does not have: said so, not drawn. */
  wep_charts_view_set_selected_region (f->view, "Nergensland");
  g_assert_nonnull (wep_chart_get_data (homeless)->message);
  g_assert_nonnull (strstr (wep_chart_get_data (homeless)->message, "Nergensland"));
}

static gboolean
chart_drawn (gpointer data)
{
  return wep_chart_get_layout (data)->n_panels > 0;
}

static void
test_hover (Fixture       *f,
            gconstpointer  data)
{
  WepChart *chart = wep_charts_view_get_chart (f->view, WEP_CHART_HOMELESS);
  const WepChartLayout *layout;
  g_autofree char *text = NULL, *outside = NULL;
  double x, y;

  gui_test_wait_until (chart_drawn, chart, "the chart of the homeless is drawn");
  layout = wep_chart_get_layout (chart);
  x = wep_chart_layout_category_center (layout, 0, 0);
  y = layout->plot[0].y + layout->plot[0].height - 2;
  text = wep_chart_get_value_text (chart, x, y);
  g_assert_nonnull (text);
  /* The year, then every series with its exact value, in Dutch. */
  g_assert_true (g_str_has_prefix (text, "2026\n"));
  g_assert_nonnull (strstr (text, "783"));
  g_assert_nonnull (strstr (text, "600"));
  outside = wep_chart_get_value_text (chart, 2, 2);
  g_assert_null (outside);

  /* The keyboard: focus, then the arrow keys' action walks the years; the
   * values show beside the year. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (chart)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chart), "chart.move", "i", 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chart), "chart.move", "i", 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chart), "chart.move", "i", 1));
  gui_test_save_screenshot (GTK_WIDGET (chart), "chart-keyboard");
}

static gboolean
fair_share_ready (gpointer data)
{
  WepChart *chart = data;

  return !wep_chart_get_busy (chart) && wep_chart_get_data (chart)->message == NULL;
}

static void
test_follows_session (Fixture       *f,
                      gconstpointer  data)
{
  WepChart *homeless = wep_charts_view_get_chart (f->view, WEP_CHART_HOMELESS);
  WepChart *fair_share = wep_charts_view_get_chart (f->view, WEP_CHART_FAIR_SHARE);
  WepChart *compare = wep_charts_view_get_chart (f->view, WEP_CHART_COMPARE);
  g_autoptr (WepModelInput) input = wep_model_input_copy (wep_session_get_input (f->session));
  g_autoptr (GError) error = NULL;
  double before = wep_chart_data_series (wep_chart_get_data (homeless), 0)->values[0];
  double after;

  /* The other scenario is the one compared with. */
  g_assert_cmpstr (wep_chart_get_other_scenario (compare), ==, CHART_TEST_OTHER_SCENARIO);

  /* Another key: the fair share is computed again and says by what. */
  wep_session_set_fair_share_key (f->session, WEP_FAIR_SHARE_EQUAL);
  gui_test_wait_until (fair_share_ready, fair_share, "the fair share by the equal key");
  g_assert_nonnull (strstr (wep_chart_get_data (fair_share)->subtitle,
                            wep_fair_share_key_label (WEP_FAIR_SHARE_EQUAL)));

  /* A change of the plan: twice the inflow of the first year. */
  wep_model_input_region (input, 0)->yearly[WEP_Y_INFLOW][0] *= 2;
  g_assert_true (wep_document_begin_change (f->plan->doc, "Change Plan", &error));
  g_assert_true (wep_document_store_scenario (f->plan->doc, WEP_EXAMPLE_SCENARIO_NAME, input,
                                              wep_document_add_provenance (f->plan->doc,
                                                                           "handmatig", "Test",
                                                                           "", &error),
                                              &error));
  g_assert_no_error (error);
  wep_document_end_change (f->plan->doc);
  after = wep_chart_data_series (wep_chart_get_data (homeless), 0)->values[0];
  g_assert_cmpfloat (after, >, before);
}

/* Whether bytes (which may hold NUL, as a PDF with fonts does) contain
 * the text. */
static gboolean
contains_text (const char *bytes,
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
check_png_size (const char *path,
                int         width,
                int         height)
{
  cairo_surface_t *image = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, height);
  cairo_surface_destroy (image);
}

static void
texture_read_cb (GObject      *clipboard,
                 GAsyncResult *result,
                 gpointer      data)
{
  GdkTexture **texture = data;
  g_autoptr (GError) error = NULL;

  *texture = gdk_clipboard_read_texture_finish (GDK_CLIPBOARD (clipboard), result, &error);
  g_assert_no_error (error);
}

static gboolean
pointer_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static void
test_export_and_copy (Fixture       *f,
                      gconstpointer  data)
{
  WepChart *chart = wep_charts_view_get_chart (f->view, WEP_CHART_NEEDS);
  g_autofree char *dir = gui_test_make_tmp_dir ("test-charts-view");
  g_autofree char *png = g_build_filename (dir, "nodig.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "nodig.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr (GdkTexture) texture = NULL;
  g_autoptr (GError) error = NULL;
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (chart));

  g_assert_true (wep_chart_export_file (chart, png, WEP_CHART_FORMAT_PNG, 1200, 675, &error));
  g_assert_no_error (error);
  check_png_size (png, 1200, 675);
  g_assert_true (wep_chart_export_file (chart, pdf, WEP_CHART_FORMAT_PDF, 842, 595, &error));
  g_assert_no_error (error);
  /* A page of A4 landscape (the file holds fonts: not a string). */
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_true (contains_text (contents, length, "/MediaBox [ 0 0 842 595 ]"));

  /* Copy: the chart as an image of twice its size on the clipboard. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chart), "chart.copy", NULL));
  gdk_clipboard_read_texture_async (clipboard, NULL, texture_read_cb, &texture);
  gui_test_wait_until (pointer_set, &texture, "the clipboard gives the chart back");
  g_assert_cmpint (gdk_texture_get_width (texture), ==,
                   2 * MAX (gtk_widget_get_width (GTK_WIDGET (chart)), 600));
  gui_test_remove_tree (dir);
}

/* The two charts the overview shows, as the lead embeds them: beside a
 * list of regions, in a narrower space. */
static void
test_overview_pair (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *window = adw_window_new ();
  GtkWidget *homeless = wep_chart_new (f->session, WEP_CHART_HOMELESS);
  GtkWidget *needs = wep_chart_new (f->session, WEP_CHART_NEEDS);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  wep_chart_set_year (WEP_CHART (homeless), 2030);
  wep_chart_set_year (WEP_CHART (needs), 2030);
  gtk_box_append (GTK_BOX (box), homeless);
  gtk_box_append (GTK_BOX (box), needs);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 768);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_until_drawn (needs, "the overview's charts are drawn");
  for (int dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                               : ADW_COLOR_SCHEME_FORCE_LIGHT);
      gui_test_save_screenshot (window, dark ? "overview-charts-dark" : "overview-charts-light");
    }
  g_assert_null (wep_chart_get_data (WEP_CHART (needs))->message);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = gui_test_make_tmp_dir ("test-charts-view-home");
  int status;

  if (!gui_test_init (&argc, &argv, home))
    return 77;

  g_test_add ("/charts-view/page", Fixture, NULL, fixture_set_up, test_page, fixture_tear_down);
  g_test_add ("/charts-view/selection", Fixture, NULL, fixture_set_up, test_selection,
              fixture_tear_down);
  g_test_add ("/charts-view/hover", Fixture, NULL, fixture_set_up, test_hover, fixture_tear_down);
  g_test_add ("/charts-view/follows-session", Fixture, NULL, fixture_set_up,
              test_follows_session, fixture_tear_down);
  g_test_add ("/charts-view/export-and-copy", Fixture, NULL, fixture_set_up,
              test_export_and_copy, fixture_tear_down);
  g_test_add ("/charts-view/overview-pair", Fixture, NULL, fixture_set_up, test_overview_pair,
              fixture_tear_down);
  status = g_test_run ();
  gui_test_remove_tree (home);
  return status;
}
