/* assumptions-fixture.c: a WepAssumptionsView in a window, for the tests
 * of the "Aannames" page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>

#include "assumptions-fixture.h"

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
  gui_test_wait_until_drawn (GTK_WIDGET (f->view), "the page is shown");
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
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

  gui_test_settle (SETTLE_MS);
  gui_test_save_png (widget, NULL, path);
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
