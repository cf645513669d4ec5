/* test-charts.c: the charts' numbers, data and drawing
 *
 * Round axes and Dutch numbers; each chart's data against the model
 * (needs, costs, fair share, monitoring, two scenarios); drawings into
 * image surfaces checked pixel by pixel: a bar ends at the row its value
 * gives, the axis covers the data, no bar is NaN or upside down, the
 * legend lists every series, the P10–P90 band encloses the median; hover
 * finds the category under the pointer; descriptions name the values.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "chart-test-plan.h"
#include "wep-chart-format.h"
#include "wep-example.h"
#include "wep-test-util.h"

#define WIDTH  900
#define HEIGHT 460

/* ---- numbers ----------------------------------------------------------- */

static gboolean
is_round (double step)
{
  double mantissa = step / pow (10.0, floor (log10 (step)));

  return fabs (mantissa - 1.0) < 1e-9 || fabs (mantissa - 2.0) < 1e-9
         || fabs (mantissa - 5.0) < 1e-9;
}

static void
test_ticks (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (7);
  double lo, hi, step;

  wep_chart_axis_range (0, 1234, 5, &lo, &hi, &step);
  g_assert_cmpfloat (lo, ==, 0);
  g_assert_cmpfloat (step, ==, 500);
  g_assert_cmpfloat (hi, ==, 1500);
  wep_chart_axis_range (0, 783, 6, &lo, &hi, &step);
  g_assert_cmpfloat (step, ==, 200);
  g_assert_cmpfloat (hi, ==, 800);
  wep_chart_axis_range (-23.4, 0, 6, &lo, &hi, &step);
  g_assert_cmpfloat (step, ==, 5);
  g_assert_cmpfloat (lo, ==, -25);
  g_assert_cmpfloat (hi, ==, 0);
  /* Nothing to show still gives an axis. */
  wep_chart_axis_range (0, 0, 5, &lo, &hi, &step);
  g_assert_cmpfloat (lo, ==, 0);
  g_assert_cmpfloat (hi, ==, 1);
  g_assert_cmpint (wep_chart_step_decimals (0.5), ==, 1);
  g_assert_cmpint (wep_chart_step_decimals (0.05), ==, 2);
  g_assert_cmpint (wep_chart_step_decimals (200), ==, 0);

  /* Any range: round steps, both ends multiples of the step, the data
   * inside, 0 included, at most max_ticks steps. */
  for (int i = 0; i < 2000; i++)
    {
      double scale_a = pow (10.0, g_rand_int_range (rand, -6, 1));
      double scale_b = pow (10.0, g_rand_int_range (rand, -6, 1));
      double a = g_rand_double_range (rand, -1e7, 1e7) * scale_a;
      double b = a + g_rand_double_range (rand, 0, 1e7) * scale_b;
      guint max_ticks = g_rand_int_range (rand, 2, 9);

      wep_chart_axis_range (a, b, max_ticks, &lo, &hi, &step);
      g_assert_true (is_round (step));
      g_assert_cmpfloat (lo, <=, MIN (a, 0.0));
      g_assert_cmpfloat (hi, >=, MAX (b, 0.0));
      g_assert_cmpfloat (fabs (lo / step - round (lo / step)), <, 1e-6);
      g_assert_cmpfloat (fabs (hi / step - round (hi / step)), <, 1e-6);
      g_assert_cmpfloat ((hi - lo) / step, <=, max_ticks + 1e-6);
    }
}

static void
test_dutch_numbers (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autofree char *count = NULL, *decimal = NULL, *minus = NULL, *none = NULL, *plus = NULL;
  g_autofree char *units = NULL, *euros = NULL;

  if (setlocale (LC_NUMERIC, "nl_NL.UTF-8") == NULL)
    {
      g_test_skip ("The nl_NL.UTF-8 locale is not installed");
      return;
    }
  count = wep_chart_format_number (1234.4, 0);
  decimal = wep_chart_format_number (13.46, 1);
  minus = wep_chart_format_number (-3.26, 1);
  none = wep_chart_format_number (NAN, 0);
  plus = wep_chart_format_signed (8.0, WEP_CHART_UNIT_UNITS);
  units = wep_chart_format_plain (3.44, WEP_CHART_UNIT_UNITS);
  euros = wep_chart_format_value (1234567.4, WEP_CHART_UNIT_EUROS);
  g_assert_cmpstr (count, ==, "1.234");
  g_assert_cmpstr (decimal, ==, "13,5");
  g_assert_cmpstr (minus, ==, "\xe2\x88\x92" "3,3");
  g_assert_cmpstr (none, ==, "—");
  g_assert_cmpstr (plus, ==, "+8");
  g_assert_cmpstr (units, ==, "3,4");
  g_assert_cmpstr (euros, ==, "€ 1.234.567");
  setlocale (LC_NUMERIC, saved);
}

/* ---- drawing ----------------------------------------------------------- */

static guint32
pixel (cairo_surface_t *image,
       double           x,
       double           y)
{
  int stride = cairo_image_surface_get_stride (image);
  const guchar *row = cairo_image_surface_get_data (image) + (gsize) stride * (int) floor (y);

  return ((const guint32 *) row)[(int) floor (x)] & 0xffffff;
}

static guint32
rgb24 (WepColor color)
{
  return ((guint32) round (color.red * 255) << 16) | ((guint32) round (color.green * 255) << 8)
         | (guint32) round (color.blue * 255);
}

static gboolean
rect_inside (const WepChartRect *inner,
             const WepChartRect *outer,
             double              slack)
{
  return inner->x >= outer->x - slack && inner->y >= outer->y - slack
         && inner->x + inner->width <= outer->x + outer->width + slack
         && inner->y + inner->height <= outer->y + outer->height + slack;
}

static gboolean
rects_overlap (const WepChartRect *a,
               const WepChartRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Draws data and checks what every chart must hold. */
static cairo_surface_t *
draw_checked (const WepChartData *data,
              gboolean            dark,
              WepChartLayout     *layout)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  WepChartRect page = { 0, 0, WIDTH, HEIGHT };
  WepChartStyle style;
  cairo_t *cr = cairo_create (image);

  chart_test_style (&style, dark);
  wep_chart_draw (cr, WIDTH, HEIGHT, &style, data, layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (image);

  g_assert_true (rect_inside (&layout->title, &page, 0));
  if (data->message != NULL)
    return image;
  g_assert_cmpuint (layout->n_panels, ==, data->n_panels);

  for (guint p = 0; p < layout->n_panels; p++)
    {
      double low = 0, high = 0;

      g_assert_true (rect_inside (&layout->plot[p], &page, 0));
      g_assert_cmpfloat (layout->plot[p].width, >, 50);
      g_assert_cmpfloat (layout->plot[p].height, >, 50);
      /* The axis covers every value drawn in the panel. */
      for (guint i = 0; i < data->series->len; i++)
        {
          const WepChartSeries *series = wep_chart_data_series (data, i);

          if (series->panel != p || series->mark == WEP_CHART_MARK_NONE)
            continue;
          for (guint c = 0; c < data->n_categories; c++)
            {
              if (isfinite (series->values[c]))
                {
                  low = MIN (low, series->values[c]);
                  high = MAX (high, series->values[c]);
                }
              if (series->high != NULL && isfinite (series->high[c]))
                high = MAX (high, series->high[c]);
            }
        }
      g_assert_cmpfloat (layout->axis_min[p], <=, low);
      g_assert_cmpfloat (layout->axis_max[p], >=, high);
      g_assert_true (is_round (layout->tick_step[p]));
    }

  /* Bars: real numbers, never upside down, inside their plot, their
   * stack's total at most the axis' end. */
  for (guint i = 0; i < layout->bars->len; i++)
    {
      const WepChartBar *bar = &g_array_index (layout->bars, WepChartBar, i);
      const WepChartSeries *series = wep_chart_data_series (data, bar->series);

      g_assert_true (isfinite (bar->rect.x) && isfinite (bar->rect.y));
      g_assert_true (isfinite (bar->rect.width) && isfinite (bar->rect.height));
      g_assert_cmpfloat (bar->rect.width, >=, 0);
      g_assert_cmpfloat (bar->rect.height, >=, 0);
      g_assert_true (rect_inside (&bar->rect, &layout->plot[series->panel], 0.5));
    }

  /* The legend: every drawn series by its label, on the page, clear of
   * the plots. */
  for (guint i = 0; i < data->series->len; i++)
    {
      const WepChartSeries *series = wep_chart_data_series (data, i);
      gboolean listed = FALSE;

      if (series->mark == WEP_CHART_MARK_NONE)
        continue;
      for (guint j = 0; j < layout->legend->len && !listed; j++)
        listed = g_str_equal (g_array_index (layout->legend, WepChartLegendItem, j).label,
                              series->label);
      g_assert_true (listed);
    }
  for (guint j = 0; j < layout->legend->len; j++)
    {
      const WepChartLegendItem *item = &g_array_index (layout->legend, WepChartLegendItem, j);

      g_assert_true (rect_inside (&item->rect, &page, 0));
      for (guint p = 0; p < layout->n_panels; p++)
        g_assert_false (rects_overlap (&item->rect, &layout->plot[p]));
    }
  return image;
}

static void
test_bar_pixels (void)
{
  g_autoptr (WepChartData) data = wep_chart_data_new (WEP_CHART_HOMELESS, 3);
  g_autoptr (WepChartLayout) layout = wep_chart_layout_new ();
  WepChartSeries *series;
  cairo_surface_t *image;
  const WepChartBar *bar = NULL;
  double expected, x;

  wep_chart_data_set_years (data, 2026);
  data->unit = WEP_CHART_UNIT_PERSONS;
  data->value_label = g_strdup ("Persons");
  series = wep_chart_data_add_series (data, "Known", wep_palette_series (0), WEP_CHART_MARK_BAR);
  series->values[0] = 120;
  series->values[1] = 345;
  series->values[2] = 0;

  for (int dark = 0; dark < 2; dark++)
    {
      image = draw_checked (data, dark, layout);
      /* 345 on an axis of round steps up to 400 at most. */
      g_assert_cmpfloat (layout->axis_min[0], ==, 0);
      g_assert_cmpfloat (layout->axis_max[0], >=, 345);
      g_assert_cmpfloat (layout->axis_max[0], <=, 400);
      for (guint i = 0; i < layout->bars->len; i++)
        if (g_array_index (layout->bars, WepChartBar, i).category == 1)
          bar = &g_array_index (layout->bars, WepChartBar, i);
      g_assert_nonnull (bar);
      /* The bar's top lies where 345 falls between the axis' ends, and it
       * stands on the axis' 0. */
      expected = layout->plot[0].y
                 + layout->plot[0].height * (1 - 345 / (layout->axis_max[0] - layout->axis_min[0]));
      g_assert_cmpfloat (fabs (bar->rect.y - expected), <, 1e-6);
      g_assert_cmpfloat (fabs (bar->rect.y + bar->rect.height
                               - (layout->plot[0].y + layout->plot[0].height)), <, 1e-6);
      /* And so do its pixels: the bar's colour just below its top, not
       * just above it. */
      x = bar->rect.x + bar->rect.width / 2;
      g_assert_cmphex (pixel (image, x, ceil (expected) + 1), ==, rgb24 (wep_palette_series (0)));
      g_assert_cmphex (pixel (image, x, floor (expected) - 2), !=,
                       rgb24 (wep_palette_series (0)));
      /* No bar for 0, none for NAN. */
      g_assert_cmpuint (layout->bars->len, ==, 2);
      cairo_surface_destroy (image);
      bar = NULL;
    }
}

static void
test_every_chart (void)
{
  g_autoptr (ChartTestPlan) plan = chart_test_plan_new ();
  g_autoptr (ChartTestPlan) regions = chart_test_plan_new_regions (3);
  ChartTestPlan *plans[] = { plan, regions };
  const char *region_names[] = { NULL, WEP_EXAMPLE_REGION_NAME };

  for (guint i = 0; i < G_N_ELEMENTS (plans); i++)
    for (guint r = 0; r < (i == 0 ? 2 : 1); r++)
      for (guint kind = 0; kind < WEP_N_CHART_KINDS; kind++)
        for (int dark = 0; dark < 2; dark++)
          {
            WepChartSelection selection = { region_names[r], 2027, WEP_C_WAIT_HF, NULL };
            g_autoptr (WepChartData) data = wep_chart_data_build (kind, &plans[i]->sources,
                                                                  &selection);
            g_autoptr (WepChartLayout) layout = wep_chart_layout_new ();
            g_autofree char *description = wep_chart_data_describe (data);

            g_test_message ("plan %u, region %s, %s, %s", i, region_names[r],
                            wep_chart_kind_key (kind), dark ? "dark" : "light");
            /* The example plan has everything every chart needs. */
            if (i == 0)
              g_assert_null (data->message);
            cairo_surface_destroy (draw_checked (data, dark, layout));
            g_assert_true (g_str_has_prefix (description, data->title));
          }
}

static void
test_band_encloses_median (void)
{
  g_autoptr (ChartTestPlan) plan = chart_test_plan_new ();
  g_autoptr (WepChartLayout) layout = wep_chart_layout_new ();

  for (WepColumn column = 0; column < WEP_N_COLUMNS; column++)
    {
      WepChartSelection selection = { NULL, 0, column, NULL };
      g_autoptr (WepChartData) data = wep_chart_data_build (WEP_CHART_UNCERTAINTY, &plan->sources,
                                                            &selection);
      const WepChartSeries *band = wep_chart_data_series (data, 0);
      const WepChartSeries *median = wep_chart_data_series (data, 1);
      cairo_surface_t *image;
      guint checked = 0;

      g_assert_cmpint (band->mark, ==, WEP_CHART_MARK_BAND);
      g_assert_cmpint (median->mark, ==, WEP_CHART_MARK_LINE);
      image = draw_checked (data, FALSE, layout);
      for (guint c = 0; c < data->n_categories; c++)
        {
          double low = band->values[c], high = band->high[c], mid = median->values[c];

          if (isnan (mid))
            continue;
          g_assert_cmpfloat (low, <=, mid);
          g_assert_cmpfloat (mid, <=, high);
          /* Drawn so: the median's point between the band's edges. */
          g_assert_cmpfloat (wep_chart_layout_value_position (layout, 0, high), <=,
                             wep_chart_layout_value_position (layout, 0, mid));
          g_assert_cmpfloat (wep_chart_layout_value_position (layout, 0, mid), <=,
                             wep_chart_layout_value_position (layout, 0, low));
          checked++;
        }
      g_assert_cmpuint (checked, >, 0);
      cairo_surface_destroy (image);
    }
}

/* ---- data against the model -------------------------------------------- */

static void
test_costs_add_up (void)
{
  g_autoptr (ChartTestPlan) plan = chart_test_plan_new_regions (4);
  WepChartSelection selection = { NULL, 0, WEP_C_HOMELESS, NULL };
  g_autoptr (WepChartData) data = wep_chart_data_build (WEP_CHART_COSTS, &plan->sources,
                                                        &selection);
  int n = plan->input->horizon_years;
  g_autofree double *costs = g_new (double, WEP_N_COST_KINDS * n);

  for (guint i = 0; i < plan->input->regions->len; i++)
    {
      const WepRegionResult *result = g_ptr_array_index (plan->results->regions, i);

      wep_chart_region_costs (plan->input, wep_model_input_region (plan->input, i), costs);
      for (int y = 0; y < n; y++)
        {
          double sum = costs[WEP_COST_SHELTER * n + y] + costs[WEP_COST_SUPPORT * n + y]
                       + costs[WEP_COST_INVESTMENT * n + y];

          g_assert_cmpfloat (wep_test_rel_diff (sum, wep_region_result_get (result, y, WEP_C_COST)),
                             <, 1e-9);
          for (guint k = 0; k < WEP_N_COST_KINDS; k++)
            g_assert_cmpfloat (costs[k * n + y], >=, 0);
        }
    }
  /* The chart's totals: the total's cost column per year, and added up. */
  {
    const WepChartSeries *year_total = wep_chart_data_series (data, 0);
    const WepChartSeries *added_up = wep_chart_data_series (data, 1 + WEP_N_COST_KINDS);
    double sum = 0;

    g_assert_cmpint (added_up->mark, ==, WEP_CHART_MARK_NONE);
    g_assert_cmpuint (added_up->panel, ==, 1);
    for (int y = 0; y < n; y++)
      {
        sum += wep_region_result_get (plan->results->total, y, WEP_C_COST);
        g_assert_cmpfloat (wep_test_rel_diff (year_total->values[y],
                                              wep_region_result_get (plan->results->total, y,
                                                                     WEP_C_COST)), <, 1e-9);
        g_assert_cmpfloat (wep_test_rel_diff (added_up->values[y], sum), <, 1e-9);
      }
  }
}

static void
test_needs (void)
{
  g_autoptr (ChartTestPlan) plan = chart_test_plan_new ();
  WepChartSelection selection = { NULL, 0, WEP_C_HOMELESS, NULL };
  g_autoptr (WepChartData) data = wep_chart_data_build (WEP_CHART_NEEDS, &plan->sources,
                                                        &selection);
  const WepRegionInput *region = wep_model_input_region (plan->input, 0);
  const WepRegionNeeds *needs = g_ptr_array_index (plan->needs, 0);

  g_assert_cmpuint (data->n_panels, ==, WEP_N_HOUSING);
  g_assert_cmpint (data->marker, ==, needs->target_year - plan->input->base_year);
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    {
      const WepChartSeries *needed = wep_chart_data_series (data, 3 * k);
      const WepChartSeries *planned = wep_chart_data_series (data, 3 * k + 1);
      const WepChartSeries *extra = wep_chart_data_series (data, 3 * k + 2);

      g_assert_true (needs->need[k].reachable);
      g_assert_cmpint (extra->mark, ==, WEP_CHART_MARK_BAR_HATCHED);
      for (int y = 0; y < plan->input->horizon_years; y++)
        {
          gboolean before_target = plan->input->base_year + y <= needs->target_year;

          g_assert_cmpfloat (planned->values[y], ==, region->yearly[WEP_Y_NEW_UNITS_HF + k][y]);
          g_assert_cmpfloat (needed->values[y], ==, needs->need[k].needed[y]);
          g_assert_cmpfloat (extra->values[y], ==,
                             before_target ? (double) needs->need[k].extra_per_year : 0.0);
        }
    }

  /* While the goal seek runs: a message, not a chart. */
  plan->sources.needs = NULL;
  plan->sources.busy = TRUE;
  {
    g_autoptr (WepChartData) waiting = wep_chart_data_build (WEP_CHART_NEEDS, &plan->sources,
                                                             &selection);
    g_assert_nonnull (waiting->message);
  }
}

static void
test_fair_share (void)
{
  g_autoptr (ChartTestPlan) plan = chart_test_plan_new ();
  WepChartSelection selection = { WEP_EXAMPLE_REGION_NAME, 0, WEP_C_HOMELESS, NULL };
  g_autoptr (WepChartData) data = wep_chart_data_build (WEP_CHART_FAIR_SHARE, &plan->sources,
                                                        &selection);
  const WepChartSeries *short_of = wep_chart_data_series (data, 0);
  const WepChartSeries *beyond = wep_chart_data_series (data, 1);
  const WepChartSeries *planned = wep_chart_data_series (data, 2);
  const WepChartSeries *share = wep_chart_data_series (data, 3);
  const WepRegionNeeds *needs = g_ptr_array_index (plan->needs, 0);
  const WepRegionInput *region = wep_model_input_region (plan->input, 0);
  double previous = -INFINITY, total_planned = 0, total_share = 0, need = 0, units = 0;

  g_assert_true (data->horizontal);
  g_assert_cmpuint (data->n_categories, ==, 11);
  for (guint c = 0; c < data->n_categories; c++)
    {
      double gap = isfinite (short_of->values[c]) ? short_of->values[c] : beyond->values[c];

      /* One bar per municipality, on its side of zero, sorted. */
      g_assert_true (isfinite (short_of->values[c]) != isfinite (beyond->values[c]));
      g_assert_cmpfloat (gap, >=, previous);
      g_assert_cmpfloat (fabs (gap - (planned->values[c] - share->values[c])), <, 1e-9);
      previous = gap;
      total_planned += planned->values[c];
      total_share += share->values[c];
    }
  /* Up to the target year: the shares add up to the region's need, the
   * plans to its planned units. */
  for (int y = 0; plan->input->base_year + y <= needs->target_year; y++)
    for (guint k = 0; k < WEP_N_HOUSING; k++)
      {
        need += needs->need[k].needed[y];
        units += region->yearly[WEP_Y_NEW_UNITS_HF + k][y];
      }
  g_assert_cmpfloat (wep_test_rel_diff (total_share, need), <, 1e-9);
  g_assert_cmpfloat (wep_test_rel_diff (total_planned, units), <, 1e-9);
}

static void
test_monitoring (void)
{
  g_autoptr (ChartTestPlan) plan = chart_test_plan_new ();
  WepChartSelection selection = { NULL, 0, WEP_C_HOMELESS, NULL };
  g_autoptr (WepChartData) data = wep_chart_data_build (WEP_CHART_MONITORING, &plan->sources,
                                                        &selection);
  const WepChartSeries *plans = wep_chart_data_series (data, 0);
  const WepChartSeries *allocated = wep_chart_data_series (data, 1);
  const WepChartSeries *completed = wep_chart_data_series (data, 2);
  const WepRegionInput *region = wep_model_input_region (plan->input, 0);
  int c2025 = wep_chart_data_year_index (data, 2025);

  /* From the example's 2025 allocations to its last plans. */
  g_assert_cmpint (data->first_year, ==, 2025);
  g_assert_cmpint (c2025, ==, 0);
  g_assert_cmpuint (data->n_categories, ==, plan->input->horizon_years + 1);
  /* 2025: the example's allocations, one per 4,000 inhabitants (rounded
   * up) in each of its municipalities; no plans. */
  g_assert_cmpfloat (allocated->values[c2025], ==, 33 + 14 + 10 + 8 + 6 + 6 + 6 + 5 + 5 + 5 + 4);
  g_assert_cmpfloat (plans->values[c2025], ==, 0);
  /* 2026, 2027: the allocations the test added; all plans of a year add
   * up to the model's new units. */
  g_assert_cmpfloat (allocated->values[1], ==, 30);
  g_assert_cmpfloat (allocated->values[2], ==, 37);
  for (int y = 0; y < plan->input->horizon_years; y++)
    g_assert_cmpfloat (plans->values[y + 1], ==,
                       region->yearly[WEP_Y_NEW_UNITS_HF][y]
                       + region->yearly[WEP_Y_NEW_UNITS_IND][y]
                       + region->yearly[WEP_Y_NEW_UNITS_GRP][y]);
  /* Completed plans in 2026 only: those of three municipalities. */
  g_assert_cmpfloat (completed->values[1], >, 0);
  g_assert_cmpfloat (completed->values[1], <, plans->values[1]);
  g_assert_true (isnan (completed->values[2]));
  /* The main target group first, the other after it. */
  g_assert_true (g_str_has_suffix (wep_chart_data_series (data, 5)->label,
                                   "leaving shelter or sheltered housing"));
  g_assert_true (g_str_has_suffix (wep_chart_data_series (data, 6)->label, "statushouders"));
}

static void
test_compare (void)
{
  g_autoptr (ChartTestPlan) plan = chart_test_plan_new ();
  WepChartSelection selection = { NULL, 2027, WEP_C_HOMELESS, NULL };
  g_autoptr (WepChartData) data = wep_chart_data_build (WEP_CHART_COMPARE, &plan->sources,
                                                        &selection);
  g_autoptr (GError) error = NULL;
  g_autoptr (WepModelInput) other = wep_document_scenario_input (plan->doc,
                                                                 CHART_TEST_OTHER_SCENARIO,
                                                                 &error);
  g_autoptr (WepResults) results = wep_model_run (other);
  const WepChartSeries *a = wep_chart_data_series (data, 1), *b = wep_chart_data_series (data, 2);
  const WepChartSeries *difference = wep_chart_data_series (data, 3);
  const WepRegionResult *ours = g_ptr_array_index (plan->results->regions, 0);
  const WepRegionResult *theirs = g_ptr_array_index (results->regions, 0);

  g_assert_null (data->message);
  g_assert_cmpstr (a->label, ==, WEP_EXAMPLE_SCENARIO_NAME);
  g_assert_cmpstr (b->label, ==, CHART_TEST_OTHER_SCENARIO);
  for (guint c = 0; c < data->n_categories; c++)
    {
      g_assert_cmpfloat (a->values[c], ==, wep_region_result_get (ours, c, WEP_C_HOMELESS));
      g_assert_cmpfloat (b->values[c], ==, wep_region_result_get (theirs, c, WEP_C_HOMELESS));
      g_assert_cmpfloat (difference->values[c], ==, b->values[c] - a->values[c]);
    }
  /* More prevention: fewer homeless by the last year. */
  g_assert_cmpfloat (difference->values[data->n_categories - 1], <, 0);

  /* Without a second scenario: a message that says what to do. */
  g_assert_true (wep_document_delete_scenario (plan->doc, CHART_TEST_OTHER_SCENARIO, &error));
  {
    g_autoptr (WepChartData) alone = wep_chart_data_build (WEP_CHART_COMPARE, &plan->sources,
                                                           &selection);
    g_assert_nonnull (alone->message);
  }
}

/* ---- words and hover --------------------------------------------------- */

static void
test_describe_and_hover (void)
{
  g_autoptr (ChartTestPlan) plan = chart_test_plan_new ();
  WepChartSelection selection = { NULL, 0, WEP_C_HOMELESS, NULL };
  g_autoptr (WepChartData) data = wep_chart_data_build (WEP_CHART_HOMELESS, &plan->sources,
                                                        &selection);
  g_autoptr (WepChartLayout) layout = wep_chart_layout_new ();
  const WepRegionResult *result = g_ptr_array_index (plan->results->regions, 0);
  g_autofree char *first = wep_chart_format_number (wep_region_result_get (result, 0,
                                                                           WEP_C_HOMELESS), 0);
  g_autofree char *last = wep_chart_format_number (wep_region_result_get (result, 9,
                                                                          WEP_C_HOMELESS), 0);
  g_autofree char *description = wep_chart_data_describe (data);
  g_autofree char *hover = NULL;
  cairo_surface_t *image = draw_checked (data, FALSE, layout);
  guint panel = 99;
  int category = -1;

  /* "… Homeless in total: from 783 in 2026 to 311 persons in 2035 …" */
  g_assert_nonnull (strstr (description, "Homeless in total: from "));
  g_assert_nonnull (strstr (description, first));
  g_assert_nonnull (strstr (description, last));
  g_assert_nonnull (strstr (description, "2035"));

  /* The pointer over the bar of 2029 finds 2029; its text names every
   * series with its exact value. */
  for (guint i = 0; i < layout->bars->len; i++)
    {
      const WepChartBar *bar = &g_array_index (layout->bars, WepChartBar, i);

      if (bar->category != 3)
        continue;
      g_assert_true (wep_chart_layout_find (layout, bar->rect.x + 1, bar->rect.y + 1, &panel,
                                            &category));
      g_assert_cmpint (category, ==, 3);
      g_assert_cmpuint (panel, ==, 0);
    }
  g_assert_false (wep_chart_layout_find (layout, 1, 1, &panel, &category));
  hover = wep_chart_data_describe_category (data, 0, 3);
  g_assert_true (g_str_has_prefix (hover, "2029\n"));
  for (guint i = 0; i < data->series->len; i++)
    g_assert_nonnull (strstr (hover, wep_chart_data_series (data, i)->label));
  g_assert_null (wep_chart_data_describe_category (data, 0, 99));
  cairo_surface_destroy (image);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/charts/ticks", test_ticks);
  g_test_add_func ("/charts/dutch-numbers", test_dutch_numbers);
  g_test_add_func ("/charts/bar-pixels", test_bar_pixels);
  g_test_add_func ("/charts/every-chart", test_every_chart);
  g_test_add_func ("/charts/band-encloses-median", test_band_encloses_median);
  g_test_add_func ("/charts/costs-add-up", test_costs_add_up);
  g_test_add_func ("/charts/needs", test_needs);
  g_test_add_func ("/charts/fair-share", test_fair_share);
  g_test_add_func ("/charts/monitoring", test_monitoring);
  g_test_add_func ("/charts/compare", test_compare);
  g_test_add_func ("/charts/describe-and-hover", test_describe_and_hover);
  return g_test_run ();
}
