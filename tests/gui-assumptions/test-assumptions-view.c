/* test-assumptions-view.c: the "Aannames" page follows the region, the
 * plan's size, a read-only plan and a plan without scenario, and looks
 * right
 *
 * Puts a WepAssumptionsView on a WepSession in a window (Xvfb in CI; exits
 * with 77, skipped, when there is none), in Dutch. Saves screenshots of the
 * page in light and dark style in the build folder: the values per year
 * (assumptions-light.png, assumptions-dark.png), those for the whole period
 * (assumptions-whole-light.png, assumptions-whole-dark.png), a refused value
 * (assumptions-whole-refused-light.png), the range popover
 * (assumptions-range-popover-light.png) and a read-only plan
 * (assumptions-read-only-light.png).
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

static void
notified_cb (GObject    *object,
             GParamSpec *pspec,
             guint      *count)
{
  (*count)++;
}

static void
test_regions (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr (GError) error = NULL;
  guint notified = 0;

  fixture_set_up (f, document_with_regions (2));
  g_signal_connect (f->view, "notify::selected-region", G_CALLBACK (notified_cb), &notified);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->view->region_names)), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (f->view->region_dropdown), ==, 0);
  g_assert_cmpstr (field_text (f, "inflow", 2026), ==, "580");

  /* Choosing the region shows its values; the property follows. */
  gtk_drop_down_set_selected (f->view->region_dropdown, 1);
  g_assert_cmpstr (wep_assumptions_view_get_selected_region (f->view), ==, SECOND_REGION);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (field_text (f, "inflow", 2026), ==, "638");

  /* An edit for a region goes to that region only. */
  wep_assumptions_view_set_selected_region (f->view, NULL);
  g_assert_cmpstr (field_text (f, "inflow", 2026), ==, "580");
  g_assert_true (wep_assumptions_view_edit (f->view, SECOND_REGION, "relapse_grp", 0, "0,12",
                                            &error));
  g_assert_no_error (error);
  g_assert_cmpstr (wep_assumptions_view_get_selected_region (f->view), ==, SECOND_REGION);
  g_assert_cmpfloat (session_region (f, SECOND_REGION)->scalar[WEP_S_RELAPSE_GRP], ==, 0.12);
  g_assert_cmpfloat (session_region (f, NULL)->scalar[WEP_S_RELAPSE_GRP], ==, 0.08);
  assert_results_current (f);

  /* A region the scenario lacks: the first, and an edit names it. */
  wep_assumptions_view_set_selected_region (f->view, "Bestaat niet");
  g_assert_cmpuint (gtk_drop_down_get_selected (f->view->region_dropdown), ==, 0);
  g_assert_false (wep_assumptions_view_edit (f->view, "Bestaat niet", "relapse_grp", 0, "0,1",
                                             &error));
  g_assert_nonnull (strstr (error->message, "Bestaat niet"));

  fixture_tear_down (f);
}

/* Another scenario of the example, of three years. */
static void
add_short_scenario (WepDocument *doc)
{
  g_autoptr (WepModelInput) input = wep_document_scenario_input (doc, WEP_EXAMPLE_SCENARIO_NAME,
                                                                 NULL);
  g_autoptr (WepModelInput) short_input = wep_model_input_new (input->base_year, 3);
  const WepRegionInput *from = wep_model_input_region (input, 0);
  WepRegionInput *to = wep_model_input_add_region (short_input, from->name);
  g_autoptr (GError) error = NULL;
  gint64 provenance;

  memcpy (to->scalar, from->scalar, sizeof to->scalar);
  to->scalar[WEP_S_TARGET_YEAR] = input->base_year + 2;
  for (int k = 0; k < WEP_N_YEARLY; k++)
    for (int y = 0; y < 3; y++)
      to->yearly[k][y] = from->yearly[k][y];
  provenance = wep_document_add_provenance (doc, "handmatig", "test-assumptions", NULL, &error);
  g_assert_true (wep_document_store_scenario (doc, "Kort", short_input, provenance, &error));
  g_assert_no_error (error);
}

static void
test_scenarios (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr (GError) error = NULL;

  fixture_set_up (f, wep_example_document ());
  add_short_scenario (f->doc);
  gtk_stack_set_visible_child_name (f->view->sections, "years");
  gui_test_settle (SETTLE_MS);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (field (f, "inflow", 2035)->entry)));

  /* Other model years: the grid follows, and so does the panel. */
  wep_session_set_scenario (f->session, "Kort");
  g_assert_cmpint (f->view->n_years, ==, 3);
  g_assert_null (_wep_assumptions_find_field (f->view, "inflow", 2029, &error));
  g_assert_nonnull (strstr (error->message, "2029"));
  g_clear_error (&error);
  g_assert_cmpstr (gtk_label_get_text (f->view->scenario_label), ==, "Scenario “Kort”, 2026–2028");
  g_assert_true (f->view->current_cell == field (f, "inflow", 2026));
  g_assert_true (wep_assumptions_view_edit (f->view, NULL, "inflow", 2028, "612", &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (session_region (f, NULL)->yearly[WEP_Y_INFLOW][2], ==, 612);
  gui_test_settle (SETTLE_MS);

  /* Back: ten years, and "Basis" as it was. */
  wep_session_set_scenario (f->session, WEP_EXAMPLE_SCENARIO_NAME);
  g_assert_cmpint (f->view->n_years, ==, 10);
  g_assert_cmpstr (field_text (f, "inflow", 2028), ==, "590");
  g_assert_cmpstr (field_text (f, "inflow", 2035), ==, "625");
  gui_test_settle (SETTLE_MS);

  fixture_tear_down (f);
}

static void
test_many_regions (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr (GError) error = NULL;
  GtkWidget *cell;
  gint64 start;

  /* 43 regions, as the centrumgemeenten: the page shows one at a time and
   * updates values in place. */
  fixture_set_up (f, document_with_regions (43));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->view->region_names)), ==, 43);
  cell = GTK_WIDGET (field (f, "inflow", 2030)->entry);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *text = g_strdup_printf ("0,%u", 10 + i);

      g_assert_true (wep_assumptions_view_edit (f->view, "Regio 43 (illustratief)", "relapse_hf",
                                                0, text, &error));
      g_assert_no_error (error);
    }
  g_test_message ("10 edits of a 43-region plan: %.1f ms each",
                  (g_get_monotonic_time () - start) / 10000.0);
  g_assert_true (GTK_WIDGET (field (f, "inflow", 2030)->entry) == cell);
  g_assert_cmpfloat (session_region (f, "Regio 43 (illustratief)")->scalar[WEP_S_RELAPSE_HF], ==,
                     0.19);
  assert_results_current (f);

  fixture_tear_down (f);
}

static void
test_read_only (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr (WepDocument) example = wep_example_document ();
  g_autofree char *path = wep_test_tmp_path ("alleen-lezen.weplan");
  g_autoptr (GError) error = NULL;
  WepDocument *doc;

  g_assert_true (wep_document_save_as (example, path, &error));
  g_assert_no_error (error);
  doc = wep_document_open (path, WEP_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  fixture_set_up (f, doc);

  /* Everything shown, nothing editable. */
  g_assert_cmpstr (field_text (f, "relapse_hf", 0), ==, "0,17");
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (field (f, "relapse_hf", 0)->entry)));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (field (f, "inflow", 2026)->entry)));
  g_assert_true (gtk_widget_get_visible (f->view->read_only_label));
  g_assert_false (wep_assumptions_view_edit (f->view, NULL, "relapse_hf", 0, "0,2", &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (wep_assumptions_view_set_range (f->view, NULL, "relapse_ind", 0, "0,05", "0,1",
                                                  "0,2", &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpfloat (session_region (f, NULL)->scalar[WEP_S_RELAPSE_HF], ==, 0.17);
  g_assert_null (wep_document_get_undo_label (doc));
  save_screenshot (GTK_WIDGET (f->window), "assumptions-read-only-light.png");

  fixture_tear_down (f);
  wep_document_close (example);
}

static void
test_no_scenario (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr (GError) error = NULL;

  fixture_set_up (f, wep_document_new ());
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->view->stack), ==, "problem");
  g_assert_cmpstr (adw_status_page_get_title (f->view->problem_page), ==,
                   g_dgettext (GETTEXT_PACKAGE, "No Scenario Yet"));
  g_assert_false (wep_assumptions_view_edit (f->view, NULL, "relapse_hf", 0, "0,2", &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND);

  fixture_tear_down (f);
}

static void
test_screenshots (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr (GError) error = NULL;
  AssumptionField *relapse;
  GtkPopover *popover;

  fixture_set_up (f, document_with_regions (2));
  /* Something of everything: an own value, a range, a refused value. */
  g_assert_true (wep_assumptions_view_edit (f->view, NULL, "homeless0", 0, "950", &error));
  g_assert_true (wep_assumptions_view_edit (f->view, NULL, "inflow", 2027, "600", &error));
  g_assert_true (wep_assumptions_view_set_range (f->view, NULL, "prevention", 2028, "0,06", "0,11",
                                                 "0,16", &error));
  g_assert_no_error (error);
  g_assert_false (wep_assumptions_view_edit (f->view, NULL, "relapse_hf", 0, "1,5", NULL));
  g_assert_false (wep_assumptions_view_edit (f->view, NULL, "quota_hf", 2030, "-0,1", NULL));

  /* The values for the whole period; then the years, with the panel of a
   * cell that has a range. */
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  save_screenshot (GTK_WIDGET (f->window), "assumptions-whole-light.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  save_screenshot (GTK_WIDGET (f->window), "assumptions-whole-dark.png");
  gtk_stack_set_visible_child_name (f->view->sections, "years");
  gui_test_settle (SETTLE_MS);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (field (f, "prevention", 2028)->entry)));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  save_screenshot (GTK_WIDGET (f->window), "assumptions-light.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  save_screenshot (GTK_WIDGET (f->window), "assumptions-dark.png");

  /* The refused value in its row, and the range of a scalar in its
   * popover. */
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_stack_set_visible_child_name (f->view->sections, "whole");
  gui_test_settle (SETTLE_MS);
  relapse = field (f, "relapse_hf", 0);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (relapse->entry)));
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (relapse->entry),
                                                   GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    graphene_point_t point;

    gui_test_settle (SETTLE_MS);
    /* In the coordinates of the scrolled content. */
    g_assert_true (gtk_widget_compute_point (GTK_WIDGET (relapse->entry),
                                             gtk_widget_get_ancestor (GTK_WIDGET (relapse->entry),
                                                                      ADW_TYPE_CLAMP),
                                             &GRAPHENE_POINT_INIT (0, 0), &point));
    gtk_adjustment_set_value (adjustment, point.y - 200);
  }
  save_screenshot (GTK_WIDGET (f->window), "assumptions-whole-refused-light.png");
  gtk_menu_button_popup (field (f, "relapse_grp", 0)->range_button);
  gui_test_settle (SETTLE_MS);
  popover = gtk_menu_button_get_popover (field (f, "relapse_grp", 0)->range_button);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "relapse_grp", 0)
                                                          ->range_editor->entries[0])), ==, "");
  save_screenshot (GTK_WIDGET (popover), "assumptions-range-popover-light.png");
  gtk_menu_button_popdown (field (f, "relapse_grp", 0)->range_button);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  fixture_tear_down (f);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The plan files go to a folder of the test's own. */
  if (!gui_test_init (&argc, &argv, NULL))
    return 77;
  wep_test_tmp_init ("wep-gui-assumptions");

  g_test_add_func ("/assumptions-view/regions", test_regions);
  g_test_add_func ("/assumptions-view/scenarios", test_scenarios);
  g_test_add_func ("/assumptions-view/many-regions", test_many_regions);
  g_test_add_func ("/assumptions-view/read-only", test_read_only);
  g_test_add_func ("/assumptions-view/no-scenario", test_no_scenario);
  g_test_add_func ("/assumptions-view/screenshots", test_screenshots);

  status = g_test_run ();
  wep_test_tmp_remove ();
  return status;
}
