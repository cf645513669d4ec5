/* test-assumptions-edit.c: the "Aannames" page checks and stores what is
 * typed into it, and follows undo
 *
 * Puts a WepAssumptionsView on a WepSession of the built-in example in a
 * window (Xvfb in CI; exits with 77, skipped, when there is none), in
 * Dutch, edits it the way the user does and through its public edit
 * functions, and checks the document, the session's input and results and
 * what the page shows after each step.
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
test_numbers (void)
{
  static const struct { const char *text; double value; } good[] = {
    { "1.234,5", 1234.5 }, { "1234,5", 1234.5 }, { "1234.5", 1234.5 }, { "0,17", 0.17 },
    { "0.17", 0.17 }, { "1.234", 1234 }, { "1.234.567", 1234567 }, { "0.170", 0.17 },
    { "12.5", 12.5 }, { " -5 ", -5 }, { "+3", 3 }, { ",5", 0.5 }, { "2030", 2030 },
    { "\u2212" "2,5", -2.5 },
  };
  static const char *bad[] = {
    "", "  ", "abc", "1,2,3", "1.23.4", "1,234.5", "nan", "inf", "1e3", "12a", "-", ",", "1.2.3,4",
    "0x10", "1 234",
  };
  static const struct { double value; const char *text; } shown[] = {
    { 1234.5, "1.234,5" }, { 0.055, "0,055" }, { 20642, "20.642" }, { 0.17, "0,17" },
    { 1e6, "1.000.000" }, { -0.0, "0" }, { 900, "900" }, { -1234.25, "-1.234,25" },
  };
  g_autoptr (GRand) rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      double value = NAN;

      if (!wep_parse_number (good[i].text, &value))
        g_error ("“%s” is not read as %g", good[i].text, good[i].value);
      g_assert_cmpfloat (value, ==, good[i].value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      double value = 42;

      if (wep_parse_number (bad[i], &value))
        g_error ("“%s” is read as %g", bad[i], value);
      g_assert_cmpfloat (value, ==, 42);
    }
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      g_autofree char *text = wep_format_input (shown[i].value);

      g_assert_cmpstr (text, ==, shown[i].text);
    }
  /* Without grouping (the C locale) a comma is a decimal separator too. */
  {
    g_autofree char *numeric = g_strdup (setlocale (LC_NUMERIC, NULL));
    double value = NAN;

    g_assert_nonnull (setlocale (LC_NUMERIC, "C.UTF-8"));
    g_assert_true (wep_parse_number ("1234,5", &value));
    g_assert_cmpfloat (value, ==, 1234.5);
    g_assert_true (wep_parse_number ("1234.5", &value));
    g_assert_cmpfloat (value, ==, 1234.5);
    g_assert_false (wep_parse_number ("1.234,5", &value));
    setlocale (LC_NUMERIC, numeric);
  }

  /* What the page shows reads back as the same value. */
  for (guint i = 0; i < 2000; i++)
    {
      double value = g_rand_int_range (rand, -2000000, 2000000)
                     / pow (10, g_rand_int_range (rand, 0, 7));
      g_autofree char *text = wep_format_input (value);
      double back = NAN;

      g_assert_true (wep_parse_number (text, &back));
      g_assert_cmpfloat (back, ==, value);
    }
}

static void
test_edit_undo (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) expected = NULL;
  g_autoptr (WepModelInput) invalid = NULL;
  AssumptionField *relapse;
  const char *undo_label;
  GtkWidget *first_cell;

  fixture_set_up (f, wep_example_document ());
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->view->stack), ==, "input");
  g_assert_cmpstr (field_text (f, "relapse_hf", 0), ==, "0,17");
  g_assert_cmpstr (field_text (f, "cost_shelter", 0), ==, "20.642");
  g_assert_cmpstr (field_text (f, "target_year", 0), ==, "2030");
  g_assert_cmpstr (field_text (f, "inflow", 2027), ==, "585");
  g_assert_null (wep_assumptions_view_get_selected_region (f->view));
  first_cell = GTK_WIDGET (field (f, "inflow", 2026)->entry);

  /* A valid value is stored as one named change, and the results are
   * those of the model on the changed input. */
  g_assert_true (wep_assumptions_view_edit (f->view, NULL, "relapse_hf", 0, "0,2", &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (session_region (f, NULL)->scalar[WEP_S_RELAPSE_HF], ==, 0.2);
  assert_results_current (f);
  g_assert_cmpstr (wep_document_get_undo_label (f->doc), ==,
                   g_dgettext (GETTEXT_PACKAGE, "Change Assumption"));
  g_assert_cmpstr (field_text (f, "relapse_hf", 0), ==, "0,2");
  /* Values in place: the grid was not made again. */
  g_assert_true (GTK_WIDGET (field (f, "inflow", 2026)->entry) == first_cell);

  /* An invalid value is refused with the model's own message, shown next
   * to the field, and nothing is stored, not even an undo step. */
  undo_label = wep_document_get_undo_label (f->doc);
  invalid = wep_model_input_copy (wep_session_get_input (f->session));
  wep_model_input_region (invalid, 0)->scalar[WEP_S_RELAPSE_HF] = 1.5;
  g_assert_false (wep_model_input_validate (invalid, &expected));
  g_assert_false (wep_assumptions_view_edit (f->view, NULL, "relapse_hf", 0, "1,5", &error));
  g_assert_error (error, WEP_INPUT_ERROR, WEP_INPUT_ERROR_RANGE);
  g_assert_cmpstr (error->message, ==, expected->message);
  relapse = field (f, "relapse_hf", 0);
  g_assert_cmpstr (relapse->problem, ==, expected->message);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (relapse->error_label)));
  g_assert_cmpstr (gtk_label_get_text (relapse->error_label), ==, expected->message);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (relapse->entry), "error"));
  g_assert_cmpstr (field_text (f, "relapse_hf", 0), ==, "1,5");
  g_assert_cmpfloat (session_region (f, NULL)->scalar[WEP_S_RELAPSE_HF], ==, 0.2);
  g_assert_true (wep_document_get_undo_label (f->doc) == undo_label);
  g_clear_error (&error);

  /* Not a number: the message names the key and what was typed. */
  g_assert_false (wep_assumptions_view_edit (f->view, NULL, "relapse_hf", 0, "twee", &error));
  g_assert_nonnull (strstr (error->message, "relapse_hf"));
  g_assert_nonnull (strstr (error->message, "twee"));
  g_clear_error (&error);

  /* Typing: checked at every change, stored only on Enter. */
  gtk_editable_set_text (GTK_EDITABLE (relapse->entry), "0,9");
  g_assert_null (relapse->problem);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (relapse->error_label)));
  gtk_editable_set_text (GTK_EDITABLE (relapse->entry), "1");
  g_assert_nonnull (relapse->problem);
  gtk_editable_set_text (GTK_EDITABLE (relapse->entry), "0.25");
  g_assert_null (relapse->problem);
  g_assert_cmpfloat (session_region (f, NULL)->scalar[WEP_S_RELAPSE_HF], ==, 0.2);
  g_signal_emit_by_name (relapse->entry, "activate");
  g_assert_cmpfloat (session_region (f, NULL)->scalar[WEP_S_RELAPSE_HF], ==, 0.25);
  g_assert_cmpstr (field_text (f, "relapse_hf", 0), ==, "0,25");
  assert_results_current (f);

  /* Undo, twice: back to the example, shown in the field. */
  g_assert_true (wep_document_undo (f->doc, &error));
  g_assert_true (wep_document_undo (f->doc, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (session_region (f, NULL)->scalar[WEP_S_RELAPSE_HF], ==, 0.17);
  g_assert_cmpstr (field_text (f, "relapse_hf", 0), ==, "0,17");
  g_assert_null (relapse->problem);
  assert_results_current (f);

  /* A per-year value, in the plain form; a year outside the model is an
   * error that names it. */
  g_assert_true (wep_assumptions_view_edit (f->view, NULL, "prevention", 2028, "0.2", &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (session_region (f, NULL)->yearly[WEP_Y_PREVENTION][2], ==, 0.2);
  g_assert_cmpstr (field_text (f, "prevention", 2028), ==, "0,2");
  g_assert_false (wep_assumptions_view_edit (f->view, NULL, "prevention", 2099, "0,2", &error));
  g_assert_nonnull (strstr (error->message, "2099"));
  g_clear_error (&error);
  g_assert_false (wep_assumptions_view_edit (f->view, NULL, "geen_sleutel", 0, "1", &error));
  g_assert_nonnull (strstr (error->message, "geen_sleutel"));
  g_clear_error (&error);

  fixture_tear_down (f);
}

static void
test_linked_inputs (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr (GError) error = NULL;
  const char *undo_label;

  fixture_set_up (f, wep_example_document ());

  /* More on Housing First: refused until another share makes room, then
   * both are stored as one change. */
  undo_label = wep_document_get_undo_label (f->doc);
  g_assert_false (wep_assumptions_view_edit (f->view, NULL, "mix_hf", 0, "0,3", &error));
  g_assert_nonnull (strstr (error->message, "mix_own"));
  g_clear_error (&error);
  g_assert_true (wep_document_get_undo_label (f->doc) == undo_label);
  g_assert_true (wep_assumptions_view_edit (f->view, NULL, "mix_own", 0, "0,2", &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (session_region (f, NULL)->scalar[WEP_S_MIX_HF], ==, 0.3);
  g_assert_cmpfloat (session_region (f, NULL)->scalar[WEP_S_MIX_OWN], ==, 0.2);
  g_assert_null (field (f, "mix_hf", 0)->problem);
  g_assert_cmpstr (field_text (f, "mix_hf", 0), ==, "0,3");
  assert_results_current (f);
  g_assert_true (wep_document_undo (f->doc, &error));
  g_assert_cmpfloat (session_region (f, NULL)->scalar[WEP_S_MIX_HF], ==, 0.25);
  g_assert_cmpfloat (session_region (f, NULL)->scalar[WEP_S_MIX_OWN], ==, 0.25);

  /* A refused value elsewhere does not hold up an edit it is not linked
   * to, and stays in its field. */
  g_assert_false (wep_assumptions_view_edit (f->view, NULL, "mix_hf", 0, "0,3", &error));
  g_clear_error (&error);
  g_assert_true (wep_assumptions_view_edit (f->view, NULL, "cost_shelter", 0, "21.000", &error));
  g_assert_cmpfloat (session_region (f, NULL)->scalar[WEP_S_COST_SHELTER], ==, 21000);
  g_assert_cmpstr (field_text (f, "mix_hf", 0), ==, "0,3");
  g_assert_nonnull (field (f, "mix_hf", 0)->problem);
  g_assert_cmpfloat (session_region (f, NULL)->scalar[WEP_S_MIX_HF], ==, 0.25);

  /* The quotas of a year together. */
  g_assert_false (wep_assumptions_view_edit (f->view, NULL, "quota_hf", 2027, "0,95", &error));
  g_assert_nonnull (strstr (error->message, "2027"));
  g_clear_error (&error);
  g_assert_true (wep_assumptions_view_edit (f->view, NULL, "quota_ind", 2027, "0,05", &error));
  g_assert_cmpfloat (session_region (f, NULL)->yearly[WEP_Y_QUOTA_HF][1], ==, 0.95);
  g_assert_cmpfloat (session_region (f, NULL)->yearly[WEP_Y_QUOTA_IND][1], ==, 0.05);

  fixture_tear_down (f);
}

static void
test_derived (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr (GError) error = NULL;
  AssumptionField *homeless, *inflow;

  fixture_set_up (f, wep_example_document ());
  homeless = field (f, "homeless0", 0);
  inflow = field (f, "inflow", 2027);
  g_assert_cmpstr (gtk_label_get_text (homeless->source_label), ==,
                   g_dgettext (GETTEXT_PACKAGE, "From the data"));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (homeless->reset_button)));
  /* The data give nothing for relapse: no reset there. */
  g_assert_null (field (f, "relapse_hf", 0)->reset_button);
  g_assert_false (wep_assumptions_view_reset (f->view, NULL, "relapse_hf", 0, &error));
  g_assert_nonnull (strstr (error->message, "relapse_hf"));
  g_clear_error (&error);

  /* An own value, in the Dutch form, is marked as such. */
  g_assert_true (wep_assumptions_view_edit (f->view, NULL, "homeless0", 0, "1.000", &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (session_region (f, NULL)->scalar[WEP_S_HOMELESS0], ==, 1000);
  g_assert_cmpstr (gtk_label_get_text (homeless->source_label), ==,
                   g_dgettext (GETTEXT_PACKAGE, "Own value"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (homeless->source_label), "wep-own-tag"));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (homeless->reset_button)));
  g_assert_true (wep_assumptions_view_edit (f->view, NULL, "inflow", 2027, "700", &error));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (inflow->entry), "wep-own"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (field (f, "inflow", 2026)->entry),
                                            "wep-own"));
  gtk_stack_set_visible_child_name (f->view->sections, "years");
  gui_test_settle (SETTLE_MS);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (inflow->entry)));
  g_assert_true (f->view->current_cell == inflow);
  g_assert_true (gtk_widget_get_visible (f->view->cell_reset));

  /* Back to the data's value: stored as no own value at all. */
  g_assert_true (wep_assumptions_view_reset (f->view, NULL, "homeless0", 0, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (session_region (f, NULL)->scalar[WEP_S_HOMELESS0], ==, 900);
  g_assert_cmpstr (field_text (f, "homeless0", 0), ==, "900");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (homeless->reset_button)));
  g_assert_true (wep_assumptions_view_reset (f->view, NULL, "inflow", 2027, &error));
  g_assert_cmpfloat (session_region (f, NULL)->yearly[WEP_Y_INFLOW][1], ==, 585);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (inflow->entry), "wep-own"));
  g_assert_false (gtk_widget_get_visible (f->view->cell_reset));
  {
    g_autoptr (WepModelInput) example = wep_example_input ();
    g_autofree char *a = wep_model_input_to_json (example);
    g_autofree char *b = wep_model_input_to_json (wep_session_get_input (f->session));

    g_assert_cmpstr (a, ==, b);
  }
  assert_results_current (f);

  /* A reset that the model refuses (fewer homeless than exit-ready) is
   * refused with its message. */
  g_assert_true (wep_assumptions_view_set_range (f->view, NULL, "homeless0", 0, NULL, NULL, NULL,
                                                 &error));
  g_assert_true (wep_assumptions_view_edit (f->view, NULL, "homeless0", 0, "1200", &error));
  g_assert_true (wep_assumptions_view_edit (f->view, NULL, "exit_ready0", 0, "1100", &error));
  g_assert_no_error (error);
  g_assert_false (wep_assumptions_view_reset (f->view, NULL, "homeless0", 0, &error));
  g_assert_nonnull (strstr (error->message, "exit_ready0"));
  g_assert_cmpfloat (session_region (f, NULL)->scalar[WEP_S_HOMELESS0], ==, 1200);

  fixture_tear_down (f);
}

static void
test_ranges (void)
{
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr (GError) error = NULL;
  const WepRegionInput *region;
  const WepTriangle *t;

  fixture_set_up (f, wep_example_document ());

  /* The example's range of relapse_hf shows in the row. */
  g_assert_nonnull (strstr (gtk_label_get_text (field (f, "relapse_hf", 0)->subtitle),
                            "0,1 – 0,17 – 0,27"));

  g_assert_true (wep_assumptions_view_set_range (f->view, NULL, "relapse_ind", 0, "0,05", "0,1",
                                                 "0,2", &error));
  g_assert_no_error (error);
  region = session_region (f, NULL);
  g_assert_true (region->has_range[WEP_S_RELAPSE_IND]);
  g_assert_cmpfloat (region->range[WEP_S_RELAPSE_IND].low, ==, 0.05);
  g_assert_cmpfloat (region->range[WEP_S_RELAPSE_IND].mode, ==, 0.1);
  g_assert_cmpfloat (region->range[WEP_S_RELAPSE_IND].high, ==, 0.2);
  g_assert_nonnull (strstr (gtk_label_get_text (field (f, "relapse_ind", 0)->subtitle),
                            "0,05 – 0,1 – 0,2"));

  g_assert_true (wep_assumptions_view_set_range (f->view, NULL, "lettings", 2029, "3.000",
                                                 "3.500", "3.900", &error));
  g_assert_no_error (error);
  region = session_region (f, NULL);
  t = &region->yearly_range[WEP_Y_LETTINGS][3];
  g_assert_cmpfloat (t->low, ==, 3000);
  g_assert_cmpfloat (t->high, ==, 3900);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (field (f, "lettings", 2029)->entry),
                                           "wep-range"));
  /* A range on a value from the data keeps the value the data's. */
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (field (f, "lettings", 2029)->entry),
                                            "wep-own"));

  /* The document holds what the page shows. */
  {
    g_autoptr (WepModelInput) stored = wep_document_scenario_input (f->doc,
                                                                    WEP_EXAMPLE_SCENARIO_NAME,
                                                                    &error);
    g_autofree char *a = wep_model_input_to_json (stored);
    g_autofree char *b = wep_model_input_to_json (wep_session_get_input (f->session));

    g_assert_no_error (error);
    g_assert_cmpstr (a, ==, b);
  }

  /* Refused: out of order, a key without ranges, a missing end. */
  g_assert_false (wep_assumptions_view_set_range (f->view, NULL, "relapse_ind", 0, "0,3", "0,2",
                                                  "0,1", &error));
  g_assert_error (error, WEP_INPUT_ERROR, WEP_INPUT_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_false (wep_assumptions_view_set_range (f->view, NULL, "mix_hf", 0, "0,2", "0,25",
                                                  "0,3", &error));
  g_assert_nonnull (strstr (error->message, "mix_hf"));
  g_clear_error (&error);
  g_assert_false (wep_assumptions_view_set_range (f->view, NULL, "relapse_ind", 0, "0,1", "",
                                                  "0,3", &error));
  g_clear_error (&error);
  g_assert_cmpfloat (session_region (f, NULL)->range[WEP_S_RELAPSE_IND].high, ==, 0.2);

  /* The panel of a cell edits its range as typed. */
  gtk_stack_set_visible_child_name (f->view->sections, "years");
  gui_test_settle (SETTLE_MS);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (field (f, "lettings", 2029)->entry)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->view->cell_range->entries[0])), ==,
                   "3.000");
  gtk_editable_set_text (GTK_EDITABLE (f->view->cell_range->entries[0]), "3.950");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->view->cell_range->error_label)));
  gtk_editable_set_text (GTK_EDITABLE (f->view->cell_range->entries[0]), "3.100");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->view->cell_range->error_label)));
  g_signal_emit_by_name (f->view->cell_range->entries[0], "activate");
  g_assert_cmpfloat (session_region (f, NULL)->yearly_range[WEP_Y_LETTINGS][3].low, ==, 3100);

  /* Removed: the input has no range there any more. */
  g_assert_true (wep_assumptions_view_set_range (f->view, NULL, "relapse_ind", 0, NULL, NULL,
                                                 NULL, &error));
  g_assert_true (wep_assumptions_view_set_range (f->view, NULL, "lettings", 2029, "", "", "",
                                                 &error));
  g_assert_no_error (error);
  region = session_region (f, NULL);
  g_assert_false (region->has_range[WEP_S_RELAPSE_IND]);
  g_assert_true (region->yearly_range[WEP_Y_LETTINGS] == NULL
                 || isnan (region->yearly_range[WEP_Y_LETTINGS][3].low));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (field (f, "lettings", 2029)->entry),
                                            "wep-range"));
  assert_results_current (f);

  fixture_tear_down (f);
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv, NULL))
    return 77;

  g_test_add_func ("/assumptions/numbers", test_numbers);
  g_test_add_func ("/assumptions/edit-undo", test_edit_undo);
  g_test_add_func ("/assumptions/linked-inputs", test_linked_inputs);
  g_test_add_func ("/assumptions/derived", test_derived);
  g_test_add_func ("/assumptions/ranges", test_ranges);

  return g_test_run ();
}
