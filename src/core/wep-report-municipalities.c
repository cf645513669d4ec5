/* wep-report-municipalities.c: the report's map and its tables per
 * municipality: the fair share and the gap, and the plans (the homes
 * allocated to people leaving the shelter: wep-report-allocations.c)
 *
 * The map is drawn by the map's own page function (wep_map_draw_page ()),
 * the one "Export Map…" uses: every municipality's plans minus its fair
 * share per 10,000 inhabitants in the target year, on the flat light base
 * (no map tiles), fitted to the report's regions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wep-map-indicator.h"
#include "wep-report-private.h"

#define YEARS_PER_TABLE 10

/* ---- the map -------------------------------------------------------------------- */

typedef struct
{
  WepMapScene *scene;
  char        *title;
  char        *subtitle;
  double       bounds[4];
  gboolean     has_bounds;
} MapFigure;

static void
map_figure_free (gpointer data)
{
  MapFigure *figure = data;

  g_free (figure->title);
  g_free (figure->subtitle);
  g_free (figure);
}

static void
draw_map (cairo_t  *cr,
          double    width,
          double    height,
          gpointer  data)
{
  MapFigure *figure = data;
  WepMapPageOptions options = { figure->title, figure->subtitle, NULL,
                                figure->has_bounds ? figure->bounds : NULL };

  wep_map_draw_page (cr, figure->scene, width, height, &options);
}

void
_wep_report_prepare_map (WepReport   *report,
                         WepDocument *doc)
{
  WepMapIndicator indicator = report->fair_share != NULL ? WEP_MAP_GAP_PER_10K
                                                         : WEP_MAP_HOMELESS_PER_1K;
  WepMapSources sources = { report->input, report->results, report->fair_share,
                            report->fair_share_problem };
  g_autoptr (WepMapValues) values = NULL;
  g_autoptr (GArray) outlined = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree double *colours = NULL;
  g_autofree double *classified = NULL;
  WepLegendOptions options = { 0 };
  guint n_classified = 0;
  int target = _wep_report_target_year (report);

  report->map_data = wep_map_data_load (doc, NULL);
  if (report->map_data == NULL || report->map_data->n_with_shape == 0)
    return;

  values = wep_map_values_compute (report->map_data, &sources, target, WEP_N_HOUSING);
  colours = wep_map_values_for_municipalities (values, indicator, WEP_MAP_MUNICIPALITIES);
  classified = g_new (double, MAX (values->n_municipalities, 1));
  for (guint i = 0; i < values->n_municipalities; i++)
    if (wep_map_data_municipality (report->map_data, i)->shape != NULL && !isnan (colours[i]))
      classified[n_classified++] = colours[i];

  options.method = WEP_CLASSIFY_QUANTILES;
  options.n_classes = 5;
  options.palette = wep_map_indicator_palette (indicator);
  options.decimals = -1;
  report->map_legend = wep_map_legend_new (indicator, WEP_N_HOUSING, target, classified,
                                           n_classified, &options, NULL);
  report->map_scene = wep_map_scene_new (report->map_data);
  wep_map_scene_set_values (report->map_scene, colours, report->map_legend);
  for (guint r = 0; r < values->n_regions; r++)
    if (values->in_scenario[r])
      g_array_append_val (outlined, r);
  wep_map_scene_set_regions (report->map_scene, (const guint *) outlined->data, outlined->len);
  wep_map_scene_set_draw_base (report->map_scene, TRUE);
  wep_map_scene_set_show_labels (report->map_scene, TRUE);
}

/* The box around the report's regions: the map shows them, not every
 * municipality the plan holds. */
static gboolean
scenario_bounds (WepReport *report,
                 double    *bounds)
{
  gboolean any = FALSE;

  for (guint i = 0; i < report->input->regions->len; i++)
    {
      const char *name = wep_model_input_region (report->input, i)->name;
      int r = wep_map_data_find_region_by_name (report->map_data, name);
      double box[4];

      if (r < 0 || !wep_map_data_region_bounds (report->map_data, r, box))
        continue;
      if (!any)
        memcpy (bounds, box, sizeof box);
      bounds[0] = MIN (bounds[0], box[0]);
      bounds[1] = MIN (bounds[1], box[1]);
      bounds[2] = MAX (bounds[2], box[2]);
      bounds[3] = MAX (bounds[3], box[3]);
      any = TRUE;
    }
  return any;
}

void
_wep_report_add_map (WepReport *report)
{
  MapFigure *figure;

  _wep_report_add_heading (report, 1, _("The map"));
  if (report->map_scene == NULL)
    {
      _wep_report_add_paragraph (report, WEP_TEXT_BODY,
                                 _("The plan holds no municipal boundaries, so this report has "
                                   "no map. Download them in the planner (Download "
                                   "Boundaries… in the main menu) or with “wep "
                                   "fetch-boundaries”, and make the report again."));
      return;
    }

  _wep_report_add_paragraph (report, WEP_TEXT_BODY,
                             report->fair_share != NULL
                               ? _("Each municipality coloured by how far its plans fall short "
                                   "of, or go beyond, its fair share of the homes needed in the "
                                   "target year, per 10,000 inhabitants. Orange: fewer homes "
                                   "planned than its share; purple: more.")
                               : _("Each municipality coloured by its region’s homeless people "
                                   "per 1,000 inhabitants at the end of the target year. The "
                                   "fair share could not be made (see chapter “Municipalities”)."));
  figure = g_new0 (MapFigure, 1);
  figure->scene = report->map_scene;
  figure->title = g_strdup (report->map_legend->title);
  if (report->fair_share != NULL)
    /* Translators: the subtitle of the report's map: scenario, fair-share key */
    figure->subtitle = g_strdup_printf (_("Scenario “%s” · fair share by %s"), report->scenario,
                                        wep_fair_share_key_label (report->key));
  else
    figure->subtitle = g_strdup_printf (_("Scenario “%s”"), report->scenario);
  figure->has_bounds = scenario_bounds (report, figure->bounds);
  _wep_report_add_figure (report, 1.12, draw_map, figure, map_figure_free);
}

/* ---- who is in the report ----------------------------------------------------------- */

static gint
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  return g_utf8_collate (wep_map_data_municipality (data, *(const guint *) a)->name,
                         wep_map_data_municipality (data, *(const guint *) b)->name);
}

/* The members of the report's regions (indices of the map data's
 * municipalities), by region. */
static GPtrArray *
members_by_region (WepReport *report)
{
  GPtrArray *regions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint i = 0; i < report->input->regions->len; i++)
    {
      const char *name = wep_model_input_region (report->input, i)->name;
      int r = wep_map_data_find_region_by_name (report->map_data, name);
      GArray *members = g_array_new (FALSE, FALSE, sizeof (guint));

      if (r >= 0)
        g_array_append_vals (members, wep_map_data_region (report->map_data, r)->members->data,
                             wep_map_data_region (report->map_data, r)->members->len);
      /* As a reader looks them up: by name. */
      g_array_sort_with_data (members, compare_names, report->map_data);
      g_ptr_array_add (regions, members);
    }
  return regions;
}

static const char *
name_of (WepReport *report,
         guint      municipality)
{
  return wep_map_data_municipality (report->map_data, municipality)->name;
}

/* ---- fair share --------------------------------------------------------------------- */

typedef struct
{
  double key_value;
  double share[WEP_N_HOUSING];
  double planned[WEP_N_HOUSING];
  double population;
} ShareSum;

/* The shares of the region's members summed from the first year up to and
 * including the target year, in the order of members. */
static ShareSum *
sum_shares (WepReport  *report,
            const char *region,
            int         target,
            GArray     *members)
{
  ShareSum *sums = g_new0 (ShareSum, MAX (members->len, 1));

  for (guint i = 0; i < report->fair_share->rows->len; i++)
    {
      const WepFairShareRow *row = wep_fair_share_row (report->fair_share, i);

      if (g_strcmp0 (row->region, region) != 0 || row->year > target)
        continue;
      for (guint m = 0; m < members->len; m++)
        {
          const WepMapMunicipality *municipality =
            wep_map_data_municipality (report->map_data, g_array_index (members, guint, m));

          if (g_strcmp0 (municipality->code, row->municipality) != 0)
            continue;
          sums[m].key_value = row->key_value;
          sums[m].share[row->pathway] += row->share;
          sums[m].planned[row->pathway] += row->planned;
          sums[m].population = municipality->population;
        }
    }
  return sums;
}

static double
all_pathways (const double *values)
{
  return values[0] + values[1] + values[2];
}

static void
add_share_row (WepReportBlock *table,
               const char     *name,
               const ShareSum *sum,
               WepRowFlags     flags)
{
  double share = all_pathways (sum->share), planned = all_pathways (sum->planned);
  double per_10k = sum->population > 0 ? (planned - share) / sum->population * 1e4 : NAN;
  char *cells[6] = { g_strdup (name),
                     sum->population >= 0 ? _wep_report_number (sum->population, 0)
                                          : g_strdup ("—"),
                     _wep_report_number (share, 0), _wep_report_number (planned, 0),
                     _wep_report_number (planned - share, 0), _wep_report_number (per_10k, 1) };

  _wep_report_table_row (table, flags, (const char *const *) cells);
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    g_free (cells[i]);
}

static void
add_pathway_row (WepReportBlock *table,
                 const char     *name,
                 const ShareSum *sum,
                 WepRowFlags     flags)
{
  char *cells[1 + 2 * WEP_N_HOUSING] = { g_strdup (name) };

  for (guint k = 0; k < WEP_N_HOUSING; k++)
    {
      cells[1 + 2 * k] = _wep_report_number (sum->share[k], 0);
      cells[2 + 2 * k] = _wep_report_number (sum->planned[k] - sum->share[k], 0);
    }
  _wep_report_table_row (table, flags, (const char *const *) cells);
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    g_free (cells[i]);
}

/* Whether a note of the fair share is about a region of the scenario that
 * the report leaves out (a report of one region). */
static gboolean
about_other_region (WepReport  *report,
                    const char *note)
{
  /* A note that names one of the report's own regions is about it. */
  for (guint r = 0; r < report->input->regions->len; r++)
    if (strstr (note, wep_model_input_region (report->input, r)->name) != NULL)
      return FALSE;
  for (guint r = 0; r < report->map_data->regions->len; r++)
    {
      const char *name = wep_map_data_region (report->map_data, r)->name;

      if (wep_model_input_find_region (report->input, name) == NULL && strstr (note, name) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
add_fair_share (WepReport *report,
                GPtrArray *members)
{
  int base = report->input->base_year;
  g_autofree char *caption = NULL;
  g_autofree char *caption2 = NULL;
  g_autofree char *text = NULL;
  WepReportBlock *table, *by_pathway;
  gboolean several = report->input->regions->len > 1;

  _wep_report_add_heading (report, 2, _("Fair share and gap"));
  text = g_markup_printf_escaped (_("The homes needed in a region are shared out over its "
                                    "municipalities by %s. A municipality’s gap is what it plans "
                                    "minus its share: below zero it plans fewer homes than its "
                                    "share. The tables add up the years from the first year up to "
                                    "and including the target year, when the extra homes are "
                                    "needed."),
                                  wep_fair_share_key_label (report->key));
  _wep_report_add_paragraph (report, WEP_TEXT_BODY, text);

  caption = g_strdup_printf (_("Fair share and plans per municipality, %d up to the target year, "
                               "all pathways"), base);
  table = _wep_report_add_table (report, caption);
  _wep_report_table_column (table, _("Municipality"), 2.6, PANGO_ALIGN_LEFT);
  _wep_report_table_column (table, _("Inhabitants"), 1.2, PANGO_ALIGN_RIGHT);
  _wep_report_table_column (table, _("Share"), 1.0, PANGO_ALIGN_RIGHT);
  _wep_report_table_column (table, C_("table column", "Planned"), 1.0, PANGO_ALIGN_RIGHT);
  _wep_report_table_column (table, _("Gap"), 1.0, PANGO_ALIGN_RIGHT);
  _wep_report_table_column (table, _("Gap per 10,000 inhabitants"), 1.5, PANGO_ALIGN_RIGHT);

  caption2 = g_strdup_printf (_("Share and gap per pathway, %d up to the target year"), base);
  by_pathway = NULL;

  for (guint pass = 0; pass < 2; pass++)
    {
      if (pass == 1)
        {
          by_pathway = _wep_report_add_table (report, caption2);
          _wep_report_table_span (by_pathway, "", 1);
          for (guint k = 0; k < WEP_N_HOUSING; k++)
            _wep_report_table_span (by_pathway, wep_pathway_label (k), 2);
          _wep_report_table_column (by_pathway, _("Municipality"), 2.4, PANGO_ALIGN_LEFT);
          for (guint k = 0; k < WEP_N_HOUSING; k++)
            {
              _wep_report_table_column (by_pathway, _("Share"), 1.0, PANGO_ALIGN_RIGHT);
              _wep_report_table_column (by_pathway, _("Gap"), 1.0, PANGO_ALIGN_RIGHT);
            }
        }
      for (guint i = 0; i < report->input->regions->len; i++)
        {
          const WepRegionInput *region = wep_model_input_region (report->input, i);
          GArray *list = g_ptr_array_index (members, i);
          g_autofree ShareSum *sums = NULL;
          ShareSum total = { 0 };
          g_autofree char *total_label = NULL;

          if (list->len == 0)
            continue;
          sums = sum_shares (report, region->name, (int) region->scalar[WEP_S_TARGET_YEAR], list);
          if (several)
            {
              const char *cells[] = { region->name };

              _wep_report_table_row (pass == 0 ? table : by_pathway, WEP_ROW_GROUP, cells);
            }
          for (guint m = 0; m < list->len; m++)
            {
              const char *name = name_of (report, g_array_index (list, guint, m));

              if (pass == 0)
                add_share_row (table, name, &sums[m], WEP_ROW_PLAIN);
              else
                add_pathway_row (by_pathway, name, &sums[m], WEP_ROW_PLAIN);
              total.population += MAX (sums[m].population, 0);
              for (guint k = 0; k < WEP_N_HOUSING; k++)
                {
                  total.share[k] += sums[m].share[k];
                  total.planned[k] += sums[m].planned[k];
                }
            }
          total_label = several ? g_strdup_printf (_("Total %s"), region->name)
                                : g_strdup (_("Total"));
          if (pass == 0)
            add_share_row (table, total_label, &total, WEP_ROW_TOTAL);
          else
            add_pathway_row (by_pathway, total_label, &total, WEP_ROW_TOTAL);
        }
    }
  _wep_report_table_note (table, _("Share, planned and gap in dedicated homes and places, "
                                   "rounded; the gap per 10,000 inhabitants compares small and "
                                   "large municipalities."));
  _wep_report_add_chart (report, WEP_CHART_FAIR_SHARE, WEP_C_HOMELESS);
  for (guint i = 0; i < report->fair_share->notes->len; i++)
    {
      const char *said = g_ptr_array_index (report->fair_share->notes, i);
      g_autofree char *note = NULL;

      if (about_other_region (report, said))
        continue;
      note = g_markup_escape_text (said, -1);
      _wep_report_add_paragraph (report, WEP_TEXT_NOTE, note);
    }
}

/* ---- plans -------------------------------------------------------------------------- */

static void
add_plans (WepReport *report,
           GPtrArray *members)
{
  int base = report->input->base_year, n_years = report->input->horizon_years;
  int n_tables = (n_years + YEARS_PER_TABLE - 1) / YEARS_PER_TABLE;
  gboolean several = report->input->regions->len > 1;

  _wep_report_add_heading (report, 2, _("Plans per municipality"));
  _wep_report_add_paragraph (report, WEP_TEXT_BODY,
                             _("The dedicated homes and places the municipalities plan, per "
                               "year of completion and all pathways together, whatever their "
                               "status (planned, under construction or completed)."));
  for (int t = 0; t < n_tables; t++)
    {
      int first = t * n_years / n_tables, last = (t + 1) * n_years / n_tables;
      WepReportBlock *table = _wep_report_add_table (report, _("Planned dedicated homes and "
                                                               "places per year"));

      _wep_report_table_column (table, _("Municipality"), 2.8, PANGO_ALIGN_LEFT);
      for (int y = first; y < last; y++)
        {
          g_autofree char *year = g_strdup_printf ("%d", base + y);

          _wep_report_table_column (table, year, 1.0, PANGO_ALIGN_RIGHT);
        }
      _wep_report_table_column (table, _("Total"), 1.2, PANGO_ALIGN_RIGHT);

      for (guint i = 0; i < members->len; i++)
        {
          GArray *list = g_ptr_array_index (members, i);
          g_autofree double *sums = g_new0 (double, last - first + 1);
          g_autoptr (GPtrArray) cells = NULL;

          if (list->len == 0)
            continue;
          if (several)
            {
              const char *group[] = { wep_model_input_region (report->input, i)->name };

              _wep_report_table_row (table, WEP_ROW_GROUP, group);
            }
          for (guint m = 0; m <= list->len; m++)
            {
              double row_total = 0.0;

              cells = g_ptr_array_new_with_free_func (g_free);
              g_ptr_array_add (cells, g_strdup (m < list->len ? name_of (report,
                                                                         g_array_index (list, guint,
                                                                                        m))
                                                               : _("Total")));
              for (int y = first; y < last; y++)
                {
                  double planned = 0.0, realised;

                  if (m < list->len)
                    {
                      wep_map_municipality_plans (wep_map_data_municipality (report->map_data,
                                                                             g_array_index (list, guint, m)),
                                                  base + y, WEP_N_HOUSING, &planned, &realised);
                      sums[y - first] += planned;
                    }
                  else
                    planned = sums[y - first];
                  row_total += planned;
                  g_ptr_array_add (cells, _wep_report_number (planned, 0));
                }
              g_ptr_array_add (cells, _wep_report_number (row_total, 0));
              _wep_report_table_row (table, m < list->len ? WEP_ROW_PLAIN : WEP_ROW_TOTAL,
                                     (const char *const *) cells->pdata);
              g_clear_pointer (&cells, g_ptr_array_unref);
            }
        }
      _wep_report_table_note (table, _("Counted plans of the plan file; a plan kept from a merge "
                                       "for reference only is not counted."));
    }
}

void
_wep_report_add_municipalities (WepReport   *report,
                                WepDocument *doc)
{
  g_autoptr (GPtrArray) members = NULL;

  _wep_report_add_heading (report, 1, _("Municipalities"));
  if (report->map_data == NULL)
    {
      _wep_report_add_paragraph (report, WEP_TEXT_BODY,
                                 _("The plan’s municipalities could not be read."));
      return;
    }
  members = members_by_region (report);
  if (report->fair_share != NULL)
    add_fair_share (report, members);
  else
    {
      g_autofree char *text = g_markup_printf_escaped (_("The fair share over the "
                                                         "municipalities could not be made: "
                                                         "%s"),
                                                       report->fair_share_problem);

      _wep_report_add_heading (report, 2, _("Fair share and gap"));
      _wep_report_add_paragraph (report, WEP_TEXT_BODY, text);
    }
  add_plans (report, members);
  _wep_report_add_allocations (report, doc, members);
}
