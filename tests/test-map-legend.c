/* test-map-legend.c: the map's indicators, class breaks, legends and
 * palettes
 *
 * Legends of a known set of values by quantiles, equal intervals and
 * breaks by hand, a diverging legend centred on 0, breaks typed in Dutch
 * and English and refused when wrong; palettes that get darker as they
 * should; and every indicator of the built-in example checked against the
 * model's results and the fair share computed on their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wep-custom-region.h"
#include "wep-example.h"
#include "wep-map-indicator.h"
#include "wep-plan-rows.h"

static WepLegend *
legend_of (const double      *values,
           guint              n,
           WepClassifyMethod  method,
           guint              n_classes,
           WepPalette         palette)
{
  WepLegendOptions options = { method, n_classes, NULL, 0, palette, -1, "Test", "units" };
  g_autoptr (GError) error = NULL;
  WepLegend *legend = wep_legend_new (values, n, &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (legend);
  return legend;
}

static void
assert_labels (const WepLegend    *legend,
               const char * const *labels)
{
  g_assert_cmpuint (legend->classes->len, ==, g_strv_length ((char **) labels));
  for (guint i = 0; labels[i] != NULL; i++)
    g_assert_cmpstr (wep_legend_class (legend, i)->label, ==, labels[i]);
}

static void
test_quantiles (void)
{
  const double values[] = { 7, 1, 10, 3, NAN, 2, 5, 9, 4, 8, 6 };
  const char *labels[] = { "< 2.5", "2.5 – 4.5", "4.5 – 6.5", "6.5 – 8.5", "≥ 8.5", NULL };
  g_autoptr (WepLegend) legend = legend_of (values, G_N_ELEMENTS (values),
                                            WEP_CLASSIFY_QUANTILES, 5, WEP_PALETTE_BLUES);

  assert_labels (legend, labels);
  g_assert_cmpstr (legend->title, ==, "Test");
  g_assert_cmpstr (legend->unit, ==, "units");
  g_assert_cmpint (legend->decimals, ==, 1);
  g_assert_cmpuint (legend->n_no_data, ==, 1);
  for (guint i = 0; i < legend->classes->len; i++)
    g_assert_cmpuint (wep_legend_class (legend, i)->n_values, ==, 2);
  /* A value on a break belongs to the class above it. */
  g_assert_cmpint (wep_legend_classify (legend, 2.5), ==, 1);
  g_assert_cmpint (wep_legend_classify (legend, 2.49), ==, 0);
  g_assert_cmpint (wep_legend_classify (legend, 100), ==, 4);
  g_assert_cmpint (wep_legend_classify (legend, NAN), ==, -1);
  g_assert_true (wep_color_equal (wep_legend_color (legend, NAN), legend->no_data_color));
  /* Sequential: each class darker than the one before. */
  for (guint i = 1; i < legend->classes->len; i++)
    g_assert_cmpfloat (wep_color_luminance (wep_legend_class (legend, i)->color), <,
                       wep_color_luminance (wep_legend_class (legend, i - 1)->color));
}

static void
test_equal_intervals (void)
{
  const double values[] = { 0, 30, 60, 90, 12, 45 };
  const char *labels[] = { "< 30", "30 – 60", "≥ 60", NULL };
  g_autoptr (WepLegend) legend = legend_of (values, G_N_ELEMENTS (values),
                                            WEP_CLASSIFY_EQUAL_INTERVALS, 3, WEP_PALETTE_GREENS);

  assert_labels (legend, labels);
  g_assert_cmpuint (wep_legend_class (legend, 0)->n_values, ==, 2);
  g_assert_cmpuint (wep_legend_class (legend, 1)->n_values, ==, 2);
  g_assert_cmpuint (wep_legend_class (legend, 2)->n_values, ==, 2);
}

static void
test_manual_breaks (void)
{
  const double values[] = { -1, 0.5, 2, 3, 40 };
  g_autoptr (GError) error = NULL;
  g_autofree double *breaks = NULL;
  g_autofree double *english = NULL;
  g_autoptr (WepLegend) legend = NULL;
  WepLegendOptions options = { WEP_CLASSIFY_MANUAL, 0, NULL, 0, WEP_PALETTE_BLUES, 1, "", NULL };
  guint n = 0;
  const char *labels[] = { "< 0.0", "0.0 – 2.5", "2.5 – 1000.0", "≥ 1000.0", NULL };

  /* Dutch (decimal comma, points grouping thousands) and English. */
  breaks = wep_class_breaks_parse ("0; 2,5;  1.000,0", &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpfloat (breaks[1], ==, 2.5);
  g_assert_cmpfloat (breaks[2], ==, 1000.0);
  english = wep_class_breaks_parse ("\xe2\x88\x92" "1.5 0 2.25", &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpfloat (english[0], ==, -1.5);
  g_assert_cmpfloat (english[2], ==, 2.25);

  g_assert_null (wep_class_breaks_parse ("1; twee", &n, &error));
  g_assert_error (error, WEP_CLASSIFY_ERROR, WEP_CLASSIFY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“twee”"));
  g_clear_error (&error);
  g_assert_null (wep_class_breaks_parse ("5; 3", &n, &error));
  g_assert_error (error, WEP_CLASSIFY_ERROR, WEP_CLASSIFY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“3”"));
  g_clear_error (&error);
  g_assert_null (wep_class_breaks_parse (" ", &n, &error));
  g_assert_error (error, WEP_CLASSIFY_ERROR, WEP_CLASSIFY_ERROR_INVALID);
  g_clear_error (&error);

  options.breaks = breaks;
  options.n_breaks = 3;
  legend = wep_legend_new (values, G_N_ELEMENTS (values), &options, &error);
  g_assert_no_error (error);
  assert_labels (legend, labels);
  g_assert_cmpuint (wep_legend_class (legend, 0)->n_values, ==, 1);
  g_assert_cmpuint (wep_legend_class (legend, 1)->n_values, ==, 2);
  g_assert_cmpuint (wep_legend_class (legend, 2)->n_values, ==, 2);
  g_assert_cmpuint (wep_legend_class (legend, 3)->n_values, ==, 0);

  /* Breaks that do not increase are refused, naming the break. */
  breaks[1] = -5;
  g_assert_null (wep_legend_new (values, G_N_ELEMENTS (values), &options, &error));
  g_assert_error (error, WEP_CLASSIFY_ERROR, WEP_CLASSIFY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "−5"));
}

static void
test_diverging (void)
{
  const double values[] = { -3.2, -2.5, -1.9, -0.4, 0.3, 0.8, 1.1, 4.0 };
  g_autoptr (WepLegend) legend = legend_of (values, G_N_ELEMENTS (values),
                                            WEP_CLASSIFY_QUANTILES, 4, WEP_PALETTE_ORANGE_PURPLE);
  WepColor neutral = wep_palette_sample (WEP_PALETTE_ORANGE_PURPLE, 0.5);
  gboolean zero_is_break = FALSE;

  g_assert_true (legend->diverging);
  for (guint i = 0; i + 1 < legend->classes->len; i++)
    zero_is_break |= wep_legend_class (legend, i)->upper == 0.0;
  g_assert_true (zero_is_break);
  /* Below 0 orange (red over blue), above purple (blue over green),
   * the strongest at the ends, none the neutral middle. */
  for (guint i = 0; i < legend->classes->len; i++)
    {
      const WepLegendClass *klass = wep_legend_class (legend, i);

      g_assert_false (wep_color_equal (klass->color, neutral));
      if (klass->upper <= 0.0)
        g_assert_cmpfloat (klass->color.red, >, klass->color.blue);
      else
        g_assert_cmpfloat (klass->color.blue, >, klass->color.green);
    }
  g_assert_cmpfloat (wep_color_luminance (wep_legend_class (legend, 0)->color), <,
                     wep_color_luminance (wep_legend_class (legend, 1)->color));
  /* Labels use a true minus sign. */
  g_assert_nonnull (strstr (wep_legend_class (legend, 0)->label, "−"));

  /* All values on one side: no 0 break is forced, the classes take that
   * side's hue. */
  {
    const double positive[] = { 1, 2, 3, 4 };
    g_autoptr (WepLegend) one_side = legend_of (positive, 4, WEP_CLASSIFY_EQUAL_INTERVALS, 2,
                                                WEP_PALETTE_ORANGE_PURPLE);

    g_assert_cmpfloat (wep_legend_class (one_side, 0)->upper, ==, 2.5);
    for (guint i = 0; i < one_side->classes->len; i++)
      g_assert_cmpfloat (wep_legend_class (one_side, i)->color.blue, >,
                         wep_legend_class (one_side, i)->color.green);
  }
}

static void
test_few_values (void)
{
  const double same[] = { 4, 4, 4, NAN };
  const double none[] = { NAN, NAN };
  g_autoptr (WepLegend) one = legend_of (same, 4, WEP_CLASSIFY_QUANTILES, 5, WEP_PALETTE_BLUES);
  g_autoptr (WepLegend) empty = legend_of (none, 2, WEP_CLASSIFY_QUANTILES, 5, WEP_PALETTE_BLUES);
  g_autoptr (WepLegend) copy = wep_legend_copy (one);

  /* One distinct value: one class that is that value. */
  g_assert_cmpuint (one->classes->len, ==, 1);
  g_assert_cmpstr (wep_legend_class (one, 0)->label, ==, "4.0");
  g_assert_cmpuint (wep_legend_class (one, 0)->n_values, ==, 3);
  g_assert_cmpuint (one->n_no_data, ==, 1);
  g_assert_cmpstr (wep_legend_class (copy, 0)->label, ==, "4.0");
  /* One value (one region): one class, by either method. */
  for (guint method = 0; method < WEP_CLASSIFY_MANUAL; method++)
    {
      g_autoptr (WepLegend) single = legend_of (same, 1, method, 5, WEP_PALETTE_BLUES);

      g_assert_cmpuint (single->classes->len, ==, 1);
      g_assert_cmpuint (wep_legend_class (single, 0)->n_values, ==, 1);
    }
  /* No value at all: no classes, only "no data". */
  g_assert_cmpuint (empty->classes->len, ==, 0);
  g_assert_cmpuint (empty->n_no_data, ==, 2);
  g_assert_cmpint (wep_legend_classify (empty, 3), ==, -1);
}

static void
test_palettes (void)
{
  for (guint p = 0; p < WEP_N_PALETTES; p++)
    {
      WepPalette palette;
      WepColor colors[7];

      g_assert_true (wep_palette_from_key (wep_palette_key (p), &palette));
      g_assert_cmpint (palette, ==, p);
      g_assert_nonnull (wep_palette_label (p));
      wep_palette_classes (p, 7, colors);
      if (!wep_palette_is_diverging (p))
        for (guint i = 1; i < 7; i++)
          g_assert_cmpfloat (wep_color_luminance (colors[i]), <, wep_color_luminance (colors[i - 1]));
      else
        {
          /* The middle is light and grey; the ends are darker. */
          WepColor middle = wep_palette_sample (p, 0.5);

          g_assert_cmpfloat (wep_color_luminance (middle), >, 0.8);
          g_assert_cmpfloat (fabs (middle.red - middle.blue), <, 0.05);
          g_assert_cmpfloat (wep_color_luminance (wep_palette_sample (p, 0.0)), <, 0.2);
          g_assert_cmpfloat (wep_color_luminance (wep_palette_sample (p, 1.0)), <, 0.2);
        }
      /* Anchors come back exactly: the interpolation goes through them. */
      g_assert_true (wep_color_equal (wep_palette_sample (p, 0.0), wep_palette_sample (p, -1.0)));
    }
  g_assert_false (wep_palette_from_key ("rainbow", &(WepPalette) { 0 }));
  /* Series colours: eight different ones, then again. */
  for (guint i = 0; i < 8; i++)
    for (guint j = i + 1; j < 8; j++)
      g_assert_false (wep_color_equal (wep_palette_series (i), wep_palette_series (j)));
  g_assert_true (wep_color_equal (wep_palette_series (0), wep_palette_series (8)));
  g_assert_cmpfloat (wep_color_text_on (wep_color_from_rgb24 (0x08306b)).red, ==, 1.0);
  g_assert_cmpfloat (wep_color_text_on (wep_color_from_rgb24 (0xf7fbff)).red, ==, 0.0);
}

/* ---- indicators of the example ------------------------------------------ */

typedef struct
{
  WepDocument   *doc;
  WepModelInput *input;
  WepResults    *results;
  WepFairShare  *fair_share;
  WepMapData    *data;
} Example;

static void
example_load (Example *e)
{
  g_autoptr (GError) error = NULL;

  e->input = wep_document_scenario_input (e->doc, WEP_EXAMPLE_SCENARIO_NAME, &error);
  g_assert_no_error (error);
  e->results = wep_model_run (e->input);
  e->fair_share = wep_fair_share_compute (e->doc, WEP_EXAMPLE_SCENARIO_NAME,
                                          WEP_FAIR_SHARE_POPULATION, &error);
  g_assert_no_error (error);
  e->data = wep_map_data_load (e->doc, &error);
  g_assert_no_error (error);
}

static void
example_clear (Example *e)
{
  g_clear_pointer (&e->input, wep_model_input_free);
  g_clear_pointer (&e->results, wep_results_free);
  g_clear_pointer (&e->fair_share, wep_fair_share_free);
  g_clear_pointer (&e->data, wep_map_data_free);
}

static void
test_indicators (void)
{
  Example e = { wep_example_document () };
  WepMapSources sources = { 0 };
  g_autoptr (WepMapValues) values = NULL;
  const WepRegionResult *result;
  int region, zwolle, first = 0, last = 0, y;
  double need = 0.0, gap = 0.0, population = 0.0, queue = 0.0, moves = 0.0;
  g_autofree double *by_region = NULL;
  g_autofree double *regions = NULL;

  example_load (&e);
  sources = (WepMapSources) { e.input, e.results, e.fair_share, NULL };
  g_assert_cmpuint (e.data->municipalities->len, ==, 11);
  g_assert_cmpuint (e.data->n_with_shape, ==, 0);
  g_assert_cmpstr (e.data->attribution, ==, "");
  g_assert_true (wep_map_years (e.data, &sources, &first, &last));
  g_assert_cmpint (first, ==, 2026);
  g_assert_cmpint (last, ==, 2035);

  values = wep_map_values_compute (e.data, &sources, 2030, WEP_N_HOUSING);
  region = wep_map_data_find_region (e.data, WEP_EXAMPLE_REGION_CODE);
  zwolle = wep_map_data_find_municipality (e.data, "GM0193");
  g_assert_cmpint (region, >=, 0);
  g_assert_true (values->in_scenario[region]);
  g_assert_cmpint (values->municipalities[zwolle].region, ==, region);

  /* The fair share on its own: the region's need and the members' gaps. */
  for (guint i = 0; i < e.fair_share->rows->len; i++)
    {
      const WepFairShareRow *row = wep_fair_share_row (e.fair_share, i);

      if (row->year != 2030)
        continue;
      gap += row->gap;
      if (g_str_equal (row->municipality, "GM0193"))
        need += row->need;
    }
  for (guint i = 0; i < 11; i++)
    population += values->municipalities[i].population;
  g_assert_cmpfloat_with_epsilon (values->regions[region].need, need, 1e-9);
  g_assert_cmpfloat_with_epsilon (values->regions[region].gap, gap, 1e-9);
  g_assert_cmpfloat_with_epsilon (values->regions[region].population, population, 1e-9);
  /* By population, every member needs the same per 10,000 inhabitants. */
  g_assert_cmpfloat_with_epsilon (wep_map_figures_get (&values->municipalities[zwolle],
                                                       WEP_MAP_NEED_PER_10K),
                                  need / population * 10000.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (wep_map_figures_get (&values->regions[region],
                                                       WEP_MAP_GAP_PER_10K),
                                  gap / population * 10000.0, 1e-9);
  g_assert_cmpfloat (gap, <, 0.0);

  /* Waits and homelessness are the region's, from the model. */
  result = g_ptr_array_index (e.results->regions, 0);
  y = 2030 - result->base_year;
  for (int k = 0; k < WEP_N_HOUSING; k++)
    {
      queue += wep_region_result_get (result, y, WEP_C_QUEUE_HF + k);
      moves += wep_region_result_get (result, y, WEP_C_MOVES_HF + k);
    }
  g_assert_cmpfloat_with_epsilon (wep_map_figures_get (&values->municipalities[zwolle],
                                                       WEP_MAP_WAIT),
                                  queue / (moves / 12.0), 1e-9);
  g_assert_cmpfloat_with_epsilon (wep_map_figures_get (&values->regions[region],
                                                       WEP_MAP_HOMELESS_PER_1K),
                                  wep_region_result_get (result, y, WEP_C_HOMELESS)
                                    / population * 1000.0, 1e-9);
  /* Nothing is realised in the example. */
  g_assert_cmpfloat (wep_map_figures_get (&values->municipalities[zwolle], WEP_MAP_REALISATION),
                     ==, 0.0);

  /* A custom region of two members needs what they need together. */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (WepMapData) custom_data = NULL;
    g_autoptr (WepMapValues) custom_values = NULL;
    g_autofree char *code = NULL;
    int custom, kampen;

    g_assert_true (wep_document_toggle_custom_member (e.doc, NULL, "GM0193", &code, NULL, &error)
                   && wep_document_toggle_custom_member (e.doc, code, "GM0166", NULL, NULL,
                                                         &error));
    g_assert_no_error (error);
    custom_data = wep_map_data_load (e.doc, &error);
    custom_values = wep_map_values_compute (custom_data, &sources, 2030, WEP_N_HOUSING);
    custom = wep_map_data_find_region (custom_data, code);
    kampen = wep_map_data_find_municipality (custom_data, "GM0166");
    g_assert_false (custom_values->in_scenario[custom]);
    g_assert_cmpfloat_with_epsilon (custom_values->regions[custom].need,
                                    custom_values->municipalities[zwolle].need
                                      + custom_values->municipalities[kampen].need, 1e-9);
    g_assert_cmpfloat_with_epsilon (custom_values->regions[custom].gap,
                                    custom_values->municipalities[zwolle].gap
                                      + custom_values->municipalities[kampen].gap, 1e-9);
    /* The model does not run for it: no wait of its own. */
    g_assert_true (isnan (custom_values->regions[custom].wait));
  }

  /* One pathway: that pathway's wait. */
  g_clear_pointer (&values, wep_map_values_free);
  values = wep_map_values_compute (e.data, &sources, 2030, WEP_PATHWAY_HF);
  g_assert_cmpfloat_with_epsilon (values->regions[region].wait,
                                  wep_region_result_get (result, y, WEP_C_WAIT_HF), 1e-12);
  /* One region: the whole scenario is that region. */
  g_assert_cmpfloat_with_epsilon (values->total.wait, values->regions[region].wait, 1e-12);
  g_assert_cmpfloat_with_epsilon (values->total.need, values->regions[region].need, 1e-9);
  g_assert_cmpfloat_with_epsilon (values->total.gap, values->regions[region].gap, 1e-9);
  g_assert_cmpfloat (values->total.population, ==, population);
  g_assert_cmpfloat (values->total.homeless, ==,
                     wep_region_result_get (result, y, WEP_C_HOMELESS));

  /* Colouring by region gives every member the region's value. */
  by_region = wep_map_values_for_municipalities (values, WEP_MAP_GAP_PER_10K, WEP_MAP_REGIONS);
  regions = wep_map_values_for_regions (values, WEP_MAP_GAP_PER_10K);
  g_assert_cmpfloat (by_region[zwolle], ==, regions[region]);

  example_clear (&e);
  g_object_unref (e.doc);
}

static void
test_realisation (void)
{
  Example e = { wep_example_document () };
  WepMapSources sources = { 0 };
  g_autoptr (GPtrArray) plans = wep_document_list_plans (e.doc);
  g_autoptr (WepMapValues) values = NULL;
  g_autoptr (GError) error = NULL;
  GValue status = G_VALUE_INIT;
  double planned = 0.0, realised = 0.0;
  int kampen;

  /* Kampen realises its Housing First units of 2027. */
  g_value_init (&status, G_TYPE_STRING);
  g_value_set_static_string (&status, "gerealiseerd");
  for (guint i = 0; i < plans->len; i++)
    {
      WepPlanRow *row = g_ptr_array_index (plans, i);

      if (g_str_equal (row->municipality, "GM0166") && row->year == 2027)
        {
          planned += row->units;
          if (g_str_equal (row->pathway, "hf"))
            {
              realised += row->units;
              g_assert_true (wep_document_update_plan (e.doc, row->id, WEP_PLAN_FIELD_STATUS,
                                                       &status, &error));
              g_assert_no_error (error);
            }
        }
    }
  g_value_unset (&status);
  g_assert_cmpfloat (realised, >, 0.0);

  example_load (&e);
  sources = (WepMapSources) { NULL, NULL, NULL, "no scenario" };
  values = wep_map_values_compute (e.data, &sources, 2027, WEP_N_HOUSING);
  kampen = wep_map_data_find_municipality (e.data, "GM0166");
  g_assert_cmpfloat_with_epsilon (wep_map_figures_get (&values->municipalities[kampen],
                                                       WEP_MAP_REALISATION),
                                  realised / planned * 100.0, 1e-9);
  /* Without results and fair share, those indicators are unknown. */
  g_assert_true (isnan (wep_map_figures_get (&values->municipalities[kampen], WEP_MAP_WAIT)));
  g_assert_true (isnan (wep_map_figures_get (&values->municipalities[kampen],
                                             WEP_MAP_NEED_PER_10K)));
  g_clear_pointer (&values, wep_map_values_free);
  values = wep_map_values_compute (e.data, &sources, 2027, WEP_PATHWAY_HF);
  g_assert_cmpfloat (wep_map_figures_get (&values->municipalities[kampen], WEP_MAP_REALISATION),
                     ==, 100.0);

  example_clear (&e);
  g_object_unref (e.doc);
}

static void
test_indicator_keys (void)
{
  for (guint i = 0; i < WEP_N_MAP_INDICATORS; i++)
    {
      WepMapIndicator indicator;

      g_assert_true (wep_map_indicator_from_key (wep_map_indicator_key (i), &indicator));
      g_assert_cmpint (indicator, ==, i);
      g_assert_nonnull (wep_map_indicator_label (i));
      g_assert_nonnull (wep_map_indicator_unit (i));
    }
  g_assert_cmpstr (wep_map_indicator_key (WEP_MAP_GAP_PER_10K), ==, "gap_per_10k");
  g_assert_true (wep_palette_is_diverging (wep_map_indicator_palette (WEP_MAP_GAP_PER_10K)));
  g_assert_false (wep_map_indicator_has_pathways (WEP_MAP_HOMELESS_PER_1K));
  g_assert_true (wep_map_indicator_uses_fair_share (WEP_MAP_NEED_PER_10K));
  g_assert_true (wep_map_indicator_is_regional (WEP_MAP_WAIT));
  g_assert_false (wep_map_indicator_is_regional (WEP_MAP_REALISATION));
  g_assert_false (wep_map_indicator_from_key ("needed", &(WepMapIndicator) { 0 }));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/map-legend/quantiles", test_quantiles);
  g_test_add_func ("/map-legend/equal-intervals", test_equal_intervals);
  g_test_add_func ("/map-legend/manual-breaks", test_manual_breaks);
  g_test_add_func ("/map-legend/diverging", test_diverging);
  g_test_add_func ("/map-legend/few-values", test_few_values);
  g_test_add_func ("/map-legend/palettes", test_palettes);
  g_test_add_func ("/map-legend/indicator-keys", test_indicator_keys);
  g_test_add_func ("/map-legend/indicators", test_indicators);
  g_test_add_func ("/map-legend/realisation", test_realisation);

  return g_test_run ();
}
