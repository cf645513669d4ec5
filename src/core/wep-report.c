/* wep-report.c: the council report of a plan: what it computes and in
 * which order it says it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "wep-report-layout-private.h"

G_DEFINE_QUARK (wep-report-error-quark, wep_report_error)

void
wep_report_options_init (WepReportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->privacy_threshold = WEP_PRIVACY_DEFAULT_THRESHOLD;
  options->key = WEP_FAIR_SHARE_POPULATION;
}

void
wep_report_free (WepReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->pages, _wep_report_pages_free);
  g_clear_pointer (&report->blocks, g_ptr_array_unref);
  g_clear_pointer (&report->map_scene, wep_map_scene_free);
  g_clear_pointer (&report->map_legend, wep_legend_free);
  g_clear_pointer (&report->map_data, wep_map_data_free);
  g_clear_pointer (&report->compare_needs, g_ptr_array_unref);
  g_clear_pointer (&report->compare_results, wep_results_free);
  g_clear_pointer (&report->compare_input, wep_model_input_free);
  g_clear_pointer (&report->fair_share, wep_fair_share_free);
  g_clear_pointer (&report->suppression, wep_suppression_free);
  g_clear_pointer (&report->start_suppression, wep_suppression_free);
  g_clear_pointer (&report->uncertainty, wep_uncertainty_free);
  g_clear_pointer (&report->with_needs, wep_results_free);
  g_clear_pointer (&report->needs, g_ptr_array_unref);
  g_clear_pointer (&report->results, wep_results_free);
  g_clear_pointer (&report->input, wep_model_input_free);
  g_free (report->fair_share_problem);
  g_free (report->title);
  g_free (report->description);
  g_free (report->organisation);
  g_free (report->plan_file);
  g_free (report->scenario);
  g_free (report->compare);
  g_free (report->region_code);
  g_free (report->region_name);
  g_free (report->date_text);
  g_free (report);
}

/* ---- choosing what the report is about ------------------------------------- */

static char *
choose_scenario (WepDocument  *doc,
                 const char   *scenario,
                 GError      **error)
{
  g_auto (GStrv) names = wep_document_list_scenarios (doc);
  g_autofree char *list = g_strjoinv (", ", names);

  if (scenario != NULL)
    {
      if (g_strv_contains ((const char *const *) names, scenario))
        return g_strdup (scenario);
      g_set_error (error, WEP_REPORT_ERROR, WEP_REPORT_ERROR_NOT_FOUND,
                   _("The plan has no scenario “%s”; its scenarios are: %s."), scenario, list);
      return NULL;
    }
  if (g_strv_length (names) == 1)
    return g_strdup (names[0]);
  if (names[0] == NULL)
    g_set_error (error, WEP_REPORT_ERROR, WEP_REPORT_ERROR_NOT_FOUND,
                 _("The plan has no scenario yet: a report shows a scenario."));
  else
    g_set_error (error, WEP_REPORT_ERROR, WEP_REPORT_ERROR_NOT_FOUND,
                 _("The plan has several scenarios (%s): choose one for the report."), list);
  return NULL;
}

/* The region's name in the input, from a code or a name. */
static char *
find_region (WepDocument         *doc,
             const WepModelInput *input,
             const char          *wanted,
             const char          *scenario,
             char               **code,
             GError             **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GString) names = g_string_new (NULL);
  g_autofree char *name = NULL;

  stmt = _wep_sqlite_prepare (_wep_document_get_db (doc),
                              "SELECT code, name FROM regions WHERE code = ?1 OR name = ?1 "
                              "ORDER BY code = ?1 DESC LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, wanted, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  if (name != NULL && wep_model_input_find_region (input, name) != NULL)
    return g_steal_pointer (&name);

  g_clear_pointer (code, g_free);
  for (guint i = 0; i < input->regions->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                            wep_model_input_region (input, i)->name);
  g_set_error (error, WEP_REPORT_ERROR, WEP_REPORT_ERROR_NOT_FOUND,
               _("“%s” is not a region of scenario “%s”; its regions are: %s."), wanted, scenario,
               names->str);
  return NULL;
}

/* The input of one region only. */
static WepModelInput *
input_of_region (const WepModelInput *input,
                 const char          *name)
{
  WepModelInput *one = wep_model_input_copy (input);

  for (guint i = one->regions->len; i-- > 0;)
    if (g_strcmp0 (wep_model_input_region (one, i)->name, name) != 0)
      g_ptr_array_remove_index (one->regions, i);
  return one;
}

static WepModelInput *
load_input (WepDocument  *doc,
            const char   *scenario,
            const char   *region,
            GError      **error)
{
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (GError) local = NULL;

  input = wep_document_scenario_input (doc, scenario, &local);
  if (input != NULL && !wep_model_input_validate (input, &local))
    g_clear_pointer (&input, wep_model_input_free);
  if (input == NULL)
    {
      g_set_error (error, WEP_REPORT_ERROR, WEP_REPORT_ERROR_NO_RESULTS,
                   _("Scenario “%s” cannot be run: %s"), scenario, local->message);
      return NULL;
    }
  if (region != NULL)
    {
      if (wep_model_input_find_region (input, region) == NULL)
        {
          g_set_error (error, WEP_REPORT_ERROR, WEP_REPORT_ERROR_NOT_FOUND,
                       _("Region “%s” is not part of scenario “%s”."), region, scenario);
          return NULL;
        }
      return input_of_region (input, region);
    }
  return g_steal_pointer (&input);
}

/* The compared scenario, for the report's regions only: two scenarios
 * side by side are about the same people. (Totals of different regions
 * would also give a small region away: the one the other lacks.) */
static WepModelInput *
load_compared (WepDocument          *doc,
               const char           *scenario,
               const WepModelInput  *report_input,
               gboolean             *more_regions,
               GError              **error)
{
  g_autoptr (WepModelInput) all = load_input (doc, scenario, NULL, error);
  WepModelInput *same;

  if (all == NULL)
    return NULL;
  for (guint i = 0; i < report_input->regions->len; i++)
    {
      const char *name = wep_model_input_region (report_input, i)->name;

      if (wep_model_input_find_region (all, name) == NULL)
        {
          g_set_error (error, WEP_REPORT_ERROR, WEP_REPORT_ERROR_NOT_FOUND,
                       _("Scenario “%s” has no region “%s”: a comparison sets the same regions "
                         "side by side."), scenario, name);
          return NULL;
        }
    }
  *more_regions = all->regions->len > report_input->regions->len;
  same = wep_model_input_copy (all);
  for (guint i = same->regions->len; i-- > 0;)
    if (wep_model_input_find_region (report_input,
                                     wep_model_input_region (same, i)->name) == NULL)
      g_ptr_array_remove_index (same->regions, i);
  return same;
}

static GPtrArray *
compute_needs (const WepModelInput *input)
{
  GPtrArray *needs = g_ptr_array_new_with_free_func ((GDestroyNotify) wep_region_needs_free);

  for (guint i = 0; i < input->regions->len; i++)
    g_ptr_array_add (needs, wep_region_needs_compute (input, wep_model_input_region (input, i)));
  return needs;
}

/* The results when the homes needed are built: x_k more a year up to the
 * target year on every pathway where the goal can be reached. */
static WepResults *
run_with_needs (const WepModelInput *input,
                GPtrArray           *needs)
{
  g_autoptr (WepModelInput) built = wep_model_input_copy (input);

  for (guint i = 0; i < built->regions->len; i++)
    {
      WepRegionInput *region = wep_model_input_region (built, i);
      const WepRegionNeeds *need = g_ptr_array_index (needs, i);

      for (guint k = 0; k < WEP_N_HOUSING; k++)
        for (int y = 0; y < built->horizon_years; y++)
          if (need->need[k].reachable && built->base_year + y <= need->target_year)
            region->yearly[WEP_Y_NEW_UNITS_HF + k][y] += need->need[k].extra_per_year;
    }
  return wep_model_run (built);
}

/* The counts of the starting position: per region (and, last, all
 * together) homeless0, exit_ready0, housed0_* and the housed together;
 * each region's housed a sum of its pathways', and with several regions
 * every count of all together a sum of the regions'. */
static WepSuppression *
suppress_start (WepReport *report)
{
  guint n = report->input->regions->len;
  g_autofree double *values = g_new (double, (n + 1) * WEP_REPORT_N_START);
  g_autofree guint *parts = g_new (guint, MAX (n, WEP_N_HOUSING));
  WepSuppression *suppression;

  for (guint i = 0; i <= n; i++)
    for (guint s = 0; s < WEP_REPORT_N_START; s++)
      values[i * WEP_REPORT_N_START + s] = _wep_report_start_value (report, i, s);
  suppression = wep_suppression_new (values, (n + 1) * WEP_REPORT_N_START, report->threshold);
  for (guint i = 0; i <= n; i++)
    {
      for (guint k = 0; k < WEP_N_HOUSING; k++)
        parts[k] = i * WEP_REPORT_N_START + WEP_REPORT_START_HOUSED_HF + k;
      wep_suppression_add_sum (suppression, i * WEP_REPORT_N_START + WEP_REPORT_START_HOUSED,
                               parts, WEP_N_HOUSING);
    }
  if (n > 1)
    for (guint s = 0; s < WEP_REPORT_N_START; s++)
      {
        for (guint i = 0; i < n; i++)
          parts[i] = i * WEP_REPORT_N_START + s;
        wep_suppression_add_sum (suppression, n * WEP_REPORT_N_START + s, parts, n);
      }
  wep_suppression_apply (suppression);
  return suppression;
}

static gboolean
any_ranges (const WepModelInput *input)
{
  for (guint i = 0; i < input->regions->len; i++)
    if (wep_region_input_has_ranges (wep_model_input_region (input, i), input->horizon_years))
      return TRUE;
  return FALSE;
}

static char *
format_date (const char  *date,
             GError     **error)
{
  g_autoptr (GDateTime) when = NULL;
  int year, month, day;

  if (date == NULL)
    when = g_date_time_new_now_local ();
  else if (strlen (date) == 10 && date[4] == '-' && date[7] == '-'
           && sscanf (date, "%4d-%2d-%2d", &year, &month, &day) == 3
           && g_date_valid_dmy (day, month, year))
    when = g_date_time_new_local (year, month, day, 12, 0, 0);
  if (when == NULL)
    {
      g_set_error (error, WEP_REPORT_ERROR, WEP_REPORT_ERROR_NOT_FOUND,
                   _("The report's date “%s” is not a date YYYY-MM-DD."), date);
      return NULL;
    }
  /* Translators: the date on a report, strftime format: "27 november 2026" */
  return g_date_time_format (when, _("%-d %B %Y"));
}

static char *
describe_regions (const WepModelInput *input)
{
  if (input->regions->len == 1)
    return g_strdup (wep_model_input_region (input, 0)->name);
  /* Translators: what a report of several regions is about */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u region", "%u regions",
                                       input->regions->len),
                          input->regions->len);
}

static gboolean
compute (WepReport               *report,
         WepDocument             *doc,
         const WepReportOptions  *options,
         GCancellable            *cancellable,
         GError                 **error)
{
  g_autofree char *region = NULL;
  g_autoptr (GError) local = NULL;

  report->input = wep_document_scenario_input (doc, report->scenario, NULL);
  if (options->region != NULL && report->input != NULL)
    {
      region = find_region (doc, report->input, options->region, report->scenario,
                            &report->region_code, error);
      if (region == NULL)
        return FALSE;
    }
  g_clear_pointer (&report->input, wep_model_input_free);
  if ((report->input = load_input (doc, report->scenario, region, error)) == NULL)
    return FALSE;
  report->region_name = describe_regions (report->input);

  report->results = wep_model_run (report->input);
  report->suppression = wep_results_suppression_new (report->results, report->threshold);
  report->start_suppression = suppress_start (report);
  report->needs = compute_needs (report->input);
  report->with_needs = run_with_needs (report->input, report->needs);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (any_ranges (report->input))
    {
      WepUncertaintyOptions uncertainty = { options->n_runs, 0, FALSE, 0 };

      report->uncertainty = wep_uncertainty_run (report->input, &uncertainty, NULL, cancellable,
                                                 error);
      if (report->uncertainty == NULL)
        return FALSE;
    }

  report->fair_share = wep_fair_share_compute (doc, report->scenario, report->key, &local);
  if (report->fair_share == NULL)
    report->fair_share_problem = g_strdup (local->message);

  if (report->compare != NULL)
    {
      report->compare_input = load_compared (doc, report->compare, report->input,
                                             &report->compare_has_more, error);
      if (report->compare_input == NULL)
        return FALSE;
      report->compare_results = wep_model_run (report->compare_input);
      report->compare_needs = compute_needs (report->compare_input);
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  _wep_report_prepare_map (report, doc);
  return TRUE;
}

static char *
meta_or (WepDocument *doc,
         const char  *key,
         const char  *fallback)
{
  g_autofree char *value = wep_document_get_meta (doc, key);

  if (value != NULL && *value != '\0')
    return g_steal_pointer (&value);
  return g_strdup (fallback);
}

WepReport *
wep_report_new (WepDocument             *doc,
                const WepReportOptions  *options,
                GCancellable            *cancellable,
                GError                 **error)
{
  g_autoptr (WepReport) report = NULL;
  const char *path;

  g_return_val_if_fail (WEP_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (options->key < WEP_N_FAIR_SHARE_KEYS, NULL);
  g_return_val_if_fail (options->privacy_threshold >= 0, NULL);

  report = g_new0 (WepReport, 1);
  report->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) _wep_report_block_free);
  report->threshold = options->privacy_threshold;
  report->key = options->key;
  if ((report->date_text = format_date (options->date, error)) == NULL)
    return NULL;
  if ((report->scenario = choose_scenario (doc, options->scenario, error)) == NULL)
    return NULL;
  if (options->compare != NULL)
    {
      if ((report->compare = choose_scenario (doc, options->compare, error)) == NULL)
        return NULL;
    }

  path = wep_document_get_path (doc);
  report->plan_file = path != NULL ? g_path_get_basename (path) : NULL;
  report->title = meta_or (doc, "title", report->plan_file != NULL ? report->plan_file
                                                                   : _("Plan"));
  report->description = meta_or (doc, "description", "");
  report->organisation = options->organisation != NULL && *options->organisation != '\0'
                           ? g_strdup (options->organisation)
                           : meta_or (doc, "organisation", "");

  if (!compute (report, doc, options, cancellable, error))
    return NULL;

  report->doc = doc;
  _wep_report_add_summary (report);
  _wep_report_add_needs (report);
  _wep_report_add_map (report);
  _wep_report_add_results (report);
  _wep_report_add_municipalities (report, doc);
  _wep_report_add_uncertainty (report);
  if (report->compare != NULL)
    _wep_report_add_comparison (report);
  _wep_report_add_assumptions (report, doc);
  _wep_report_add_method (report);
  _wep_report_add_provenance (report, doc);
  report->doc = NULL;
  return g_steal_pointer (&report);
}

const char *
wep_report_get_scenario (WepReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);
  return report->scenario;
}

const char *
wep_report_get_region_name (WepReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);
  return report->region_name;
}

/* ---- pages ------------------------------------------------------------------ */

guint
wep_report_paginate (WepReport *report,
                     double     width,
                     double     height)
{
  g_return_val_if_fail (report != NULL, 0);
  g_return_val_if_fail (width >= 200.0 && height >= 200.0, 0);

  g_clear_pointer (&report->pages, _wep_report_pages_free);
  report->pages = _wep_report_pages_new (report, width, height);
  return _wep_report_pages_count (report->pages);
}

guint
wep_report_get_n_pages (WepReport *report)
{
  g_return_val_if_fail (report != NULL, 0);
  return report->pages != NULL ? _wep_report_pages_count (report->pages) : 0;
}

void
wep_report_draw_page (WepReport *report,
                      cairo_t   *cr,
                      guint      page)
{
  g_return_if_fail (report != NULL && report->pages != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < _wep_report_pages_count (report->pages));

  cairo_save (cr);
  _wep_report_pages_draw (report->pages, report, cr, page);
  cairo_restore (cr);
}

gboolean
wep_report_write_pdf (WepReport     *report,
                      const char    *path,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  wep_report_paginate (report, WEP_REPORT_A4_WIDTH, WEP_REPORT_A4_HEIGHT);
  return _wep_report_pages_write_pdf (report, report->pages, path, cancellable, error);
}

/* ---- what the sections share -------------------------------------------------- */

WepScalar
_wep_report_start_scalar (guint i)
{
  static const WepScalar start[WEP_REPORT_START_HOUSED] = {
    WEP_S_HOMELESS0, WEP_S_EXIT_READY0, WEP_S_HOUSED0_HF, WEP_S_HOUSED0_IND, WEP_S_HOUSED0_GRP,
  };

  g_assert (i < WEP_REPORT_START_HOUSED);
  return start[i];
}

double
_wep_report_start_value (WepReport *report,
                         guint      region,
                         guint      i)
{
  guint n = report->input->regions->len;
  double value = 0.0;

  for (guint r = region < n ? region : 0; r < (region < n ? region + 1 : n); r++)
    {
      const WepRegionInput *input = wep_model_input_region (report->input, r);

      if (i == WEP_REPORT_START_HOUSED)
        value += input->scalar[WEP_S_HOUSED0_HF] + input->scalar[WEP_S_HOUSED0_IND]
                 + input->scalar[WEP_S_HOUSED0_GRP];
      else
        value += input->scalar[_wep_report_start_scalar (i)];
    }
  return value;
}

char *
_wep_report_start (WepReport *report,
                   guint      region,
                   guint      i)
{
  guint cell = MIN (region, report->input->regions->len) * WEP_REPORT_N_START + i;

  return _wep_report_count (report->start_suppression, cell,
                            _wep_report_start_value (report, region, i));
}

guint
_wep_report_main_row (WepReport *report)
{
  return report->results->total != NULL ? report->results->regions->len : 0;
}

const WepRegionResult *
_wep_report_main_result (WepReport  *report,
                         WepResults *results)
{
  return results->total != NULL ? results->total : g_ptr_array_index (results->regions, 0);
}

int
_wep_report_target_year (WepReport *report)
{
  return (int) wep_model_input_region (report->input, 0)->scalar[WEP_S_TARGET_YEAR];
}

gboolean
_wep_report_common_target (WepReport *report)
{
  for (guint i = 1; i < report->input->regions->len; i++)
    if (wep_model_input_region (report->input, i)->scalar[WEP_S_TARGET_YEAR]
        != wep_model_input_region (report->input, 0)->scalar[WEP_S_TARGET_YEAR])
      return FALSE;
  return TRUE;
}

double
_wep_report_value (WepReport *report,
                   guint      region,
                   int        year_index,
                   guint      cell)
{
  const WepRegionResult *row = region < report->results->regions->len
                               ? g_ptr_array_index (report->results->regions, region)
                               : report->results->total;

  if (cell == WEP_RESULTS_QUEUES || cell == WEP_RESULTS_HOUSED)
    {
      WepColumn first = cell == WEP_RESULTS_QUEUES ? WEP_C_QUEUE_HF : WEP_C_HOUSED_HF;

      return wep_region_result_get (row, year_index, first)
             + wep_region_result_get (row, year_index, first + 1)
             + wep_region_result_get (row, year_index, first + 2);
    }
  return wep_region_result_get (row, year_index, cell);
}

char *
_wep_report_result (WepReport *report,
                    guint      region,
                    int        year_index,
                    guint      cell)
{
  double value = _wep_report_value (report, region, year_index, cell);
  guint index = wep_results_cell (report->results, region, year_index, cell);

  if (cell < WEP_N_COLUMNS && wep_column_is_wait (cell))
    return wep_suppression_is_hidden (report->suppression, index)
             ? g_strdup (WEP_PRIVACY_PROTECTING_TEXT) : _wep_report_months (value);
  if (cell == WEP_C_COST)
    return _wep_report_millions (value);
  return _wep_report_count (report->suppression, index, value);
}

gboolean
_wep_report_any_hidden (WepReport *report)
{
  for (guint c = 0; c < wep_suppression_get_n_cells (report->suppression); c++)
    if (wep_suppression_is_hidden (report->suppression, c))
      return TRUE;
  for (guint c = 0; c < wep_suppression_get_n_cells (report->start_suppression); c++)
    if (wep_suppression_is_hidden (report->start_suppression, c))
      return TRUE;
  return FALSE;
}
