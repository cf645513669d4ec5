/* wep-report-assumptions.c: the report's assumptions with their sources
 *
 * Every input of the scenario with its value and where it comes from:
 *
 *   - an input the plan's data give (lettings, new units, inflow, shelter
 *     places, the starting position) names the data and the provenance of
 *     the rows it is made of;
 *   - an input the scenario sets itself and that equals the planner's
 *     default names the default's source (docs/model.md, "Defaults and the
 *     example": a published figure, or an illustrative assumption);
 *   - any other value the scenario sets names the scenario and who made it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-example.h"
#include "wep-report-private.h"

#define YEARS_PER_TABLE 10

/* ---- the defaults' sources -------------------------------------------------------- */

#define ILLUSTRATIVE N_("illustrative assumption")
#define LDH N_("the intended maximum stay in the shelter of 3 months (Leger des Heils, 2023)")

static const char *const scalar_sources[WEP_N_SCALARS] = {
  [WEP_S_MIX_HF] = ILLUSTRATIVE,
  [WEP_S_MIX_IND] = ILLUSTRATIVE,
  [WEP_S_MIX_GRP] = ILLUSTRATIVE,
  [WEP_S_MIX_OWN] = ILLUSTRATIVE,
  [WEP_S_READY_MONTHS_HF] = N_("illustrative assumption: a home first"),
  [WEP_S_READY_MONTHS_IND] = LDH,
  [WEP_S_READY_MONTHS_GRP] = ILLUSTRATIVE,
  [WEP_S_READY_MONTHS_OWN] = ILLUSTRATIVE,
  /* xgettext:no-c-format */
  [WEP_S_RELAPSE_HF] = N_("83% not homeless again among 600+ Housing First participants "
                          "(Trimbos-instituut), read as a yearly rate"),
  [WEP_S_RELAPSE_IND] = ILLUSTRATIVE,
  [WEP_S_RELAPSE_GRP] = ILLUSTRATIVE,
  [WEP_S_SUPPORT_END_HF] = ILLUSTRATIVE,
  [WEP_S_SUPPORT_END_IND] = ILLUSTRATIVE,
  [WEP_S_SUPPORT_END_GRP] = ILLUSTRATIVE,
  [WEP_S_HOMELESS0] = N_("2.0 per 1,000 inhabitants, the shelter registrations of the Den Haag "
                         "region (CBS Monitor Dakloosheid 2023), as an order of magnitude"),
  [WEP_S_EXIT_READY0] = ILLUSTRATIVE,
  [WEP_S_HOUSED0_HF] = ILLUSTRATIVE,
  [WEP_S_HOUSED0_IND] = ILLUSTRATIVE,
  [WEP_S_HOUSED0_GRP] = ILLUSTRATIVE,
  [WEP_S_GRP_PLACES0] = ILLUSTRATIVE,
  [WEP_S_COST_SHELTER] = N_("day and night shelter: Stichting Zwerfjongeren Nederland, “Van "
                            "kosten naar investering” (2018), after Cebeon; 2011 prices"),
  [WEP_S_COST_UNSHELTERED] = N_("shelter per rough sleeper: Stichting Zwerfjongeren Nederland, "
                                "“Van kosten naar investering” (2018), after Cebeon; 2011 "
                                "prices"),
  [WEP_S_COST_SUPPORT_HF] = N_("illustrative assumption, no price year"),
  [WEP_S_COST_SUPPORT_IND] = N_("illustrative assumption, no price year"),
  [WEP_S_COST_SUPPORT_GRP] = N_("intensive supported living: Stichting Zwerfjongeren Nederland, "
                                "“Van kosten naar investering” (2018), after Cebeon; 2011 "
                                "prices"),
  [WEP_S_COST_UNIT_HF] = N_("illustrative assumption, no price year"),
  [WEP_S_COST_UNIT_IND] = N_("illustrative assumption, no price year"),
  [WEP_S_COST_UNIT_GRP] = N_("illustrative assumption, no price year"),
  [WEP_S_TARGET_YEAR] = ILLUSTRATIVE,
  [WEP_S_MAX_WAIT_MONTHS] = LDH,
};

static const char *const yearly_sources[WEP_N_YEARLY] = {
  [WEP_Y_INFLOW] = ILLUSTRATIVE,
  [WEP_Y_PREVENTION] = ILLUSTRATIVE,
  [WEP_Y_LETTINGS] = ILLUSTRATIVE,
  /* xgettext:no-c-format */
  [WEP_Y_QUOTA_HF] = N_("illustrative assumption; for scale: Heusden let 10% of its homes to "
                        "all priority groups together and needed more than twice that (BD)"),
  /* xgettext:no-c-format */
  [WEP_Y_QUOTA_IND] = N_("illustrative assumption; for scale: Heusden let 10% of its homes to "
                         "all priority groups together and needed more than twice that (BD)"),
  [WEP_Y_NEW_UNITS_HF] = ILLUSTRATIVE,
  [WEP_Y_NEW_UNITS_IND] = ILLUSTRATIVE,
  [WEP_Y_NEW_UNITS_GRP] = ILLUSTRATIVE,
  [WEP_Y_SUPPORT_CAP_HF] = N_("illustrative assumption: unlimited"),
  [WEP_Y_SUPPORT_CAP_IND] = N_("illustrative assumption: unlimited"),
  [WEP_Y_SHELTER_CAPACITY] = ILLUSTRATIVE,
};

/* ---- where a value comes from ------------------------------------------------------- */

/* The inputs the plan's data give, and what gives them. */
typedef struct
{
  const char *key;
  const char *what;        /* N_() */
  const char *query;       /* provenance of the rows, ?1 the region's code */
} DataInput;

#define MEMBERS "SELECT municipality FROM region_members WHERE region = ?1"
#define FIGURE(key) \
  "SELECT DISTINCT provenance_id FROM region_figures WHERE counted = 1 AND region = ?1 " \
  "AND key = '" key "'"

static const DataInput data_inputs[] = {
  { "lettings", N_("lettings of the municipalities"),
    "SELECT DISTINCT provenance_id FROM municipality_lettings WHERE counted = 1 "
    "AND municipality IN (" MEMBERS ")" },
  { "new_units_hf", N_("plans of the municipalities"),
    "SELECT DISTINCT provenance_id FROM plans WHERE counted = 1 AND pathway = 'hf' "
    "AND municipality IN (" MEMBERS ")" },
  { "new_units_ind", N_("plans of the municipalities"),
    "SELECT DISTINCT provenance_id FROM plans WHERE counted = 1 AND pathway = 'ind' "
    "AND municipality IN (" MEMBERS ")" },
  { "new_units_grp", N_("plans of the municipalities"),
    "SELECT DISTINCT provenance_id FROM plans WHERE counted = 1 AND pathway = 'grp' "
    "AND municipality IN (" MEMBERS ")" },
  { "inflow", N_("figures of the region"), FIGURE ("inflow") },
  { "shelter_capacity", N_("figures of the region"), FIGURE ("shelter_capacity") },
  { "homeless0", N_("figures of the region"), FIGURE ("homeless") },
  { "exit_ready0", N_("figures of the region"), FIGURE ("exit_ready") },
  { "housed0_hf", N_("figures of the region"), FIGURE ("housed_hf") },
  { "housed0_ind", N_("figures of the region"), FIGURE ("housed_ind") },
  { "housed0_grp", N_("figures of the region"), FIGURE ("housed_grp") },
  { "grp_places0", N_("figures of the region"), FIGURE ("grp_places") },
};

typedef struct
{
  WepReport     *report;
  sqlite3       *db;
  gint64         scenario_id;
  char          *scenario_source;   /* "handmatig: … (organisation), date" */
  char         **codes;             /* per region of the input, its code; NULL when unknown */
  WepModelInput *defaults;
} Sources;

static char *
describe_provenance (sqlite3 *db,
                     gint64   id)
{
  g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (db, "SELECT source, organisation, date "
                                                           "FROM provenance WHERE id = ?", NULL);
  const char *source, *organisation, *date;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  source = (const char *) sqlite3_column_text (stmt, 0);
  organisation = (const char *) sqlite3_column_text (stmt, 1);
  date = (const char *) sqlite3_column_text (stmt, 2);
  /* The date part of an ISO timestamp. */
  if (*organisation != '\0')
    return g_strdup_printf ("%s (%s, %.10s)", source, organisation, date);
  return g_strdup_printf ("%s (%.10s)", source, date);
}

static void
sources_init (Sources     *sources,
              WepReport   *report,
              WepDocument *doc)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  guint n = report->input->regions->len;

  sources->report = report;
  sources->db = _wep_document_get_db (doc);
  sources->defaults = wep_example_input ();
  sources->codes = g_new0 (char *, n + 1);
  sources->scenario_id = -1;

  stmt = _wep_sqlite_prepare (sources->db, "SELECT id, provenance_id FROM scenarios "
                                           "WHERE name = ?", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, report->scenario, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          sources->scenario_id = sqlite3_column_int64 (stmt, 0);
          sources->scenario_source = describe_provenance (sources->db,
                                                          sqlite3_column_int64 (stmt, 1));
        }
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = _wep_sqlite_prepare (sources->db, "SELECT r.code FROM scenario_regions s JOIN regions r "
                                           "ON r.code = s.region WHERE s.scenario = ?1 "
                                           "AND r.name = ?2", NULL);
  for (guint i = 0; stmt != NULL && i < n; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, sources->scenario_id);
      sqlite3_bind_text (stmt, 2, wep_model_input_region (report->input, i)->name, -1,
                         SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        sources->codes[i] = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
}

static void
sources_clear (Sources *sources)
{
  g_clear_pointer (&sources->defaults, wep_model_input_free);
  g_clear_pointer (&sources->codes, g_strfreev);
  g_clear_pointer (&sources->scenario_source, g_free);
}

/* Whether the scenario sets a value of key for region i itself. */
static gboolean
scenario_sets (Sources    *sources,
               guint       i,
               const char *key)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;

  if (sources->codes[i] == NULL)
    return TRUE;
  stmt = _wep_sqlite_prepare (sources->db, "SELECT 1 FROM scenario_inputs WHERE scenario = ? "
                                           "AND region = ? AND key = ? AND value IS NOT NULL "
                                           "LIMIT 1", NULL);
  if (stmt == NULL)
    return TRUE;
  sqlite3_bind_int64 (stmt, 1, sources->scenario_id);
  sqlite3_bind_text (stmt, 2, sources->codes[i], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, key, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

static const DataInput *
data_input (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (data_inputs); i++)
    if (g_str_equal (data_inputs[i].key, key))
      return &data_inputs[i];
  return NULL;
}

/* "plans of the municipalities: source (organisation, date); …" */
static char *
data_source (Sources         *sources,
             guint            i,
             const DataInput *input)
{
  g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (sources->db, input->query, NULL);
  g_autoptr (GString) text = g_string_new (_(input->what));
  guint n = 0;

  if (stmt == NULL)
    return g_string_free (g_steal_pointer (&text), FALSE);
  sqlite3_bind_text (stmt, 1, sources->codes[i], -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *provenance = describe_provenance (sources->db,
                                                         sqlite3_column_int64 (stmt, 0));

      if (provenance != NULL)
        g_string_append_printf (text, "%s%s", n++ == 0 ? ": " : "; ", provenance);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Whether a value of region i equals the planner's default of key (a
 * scalar, or a per-year key in year index y). */
static gboolean
is_default (Sources  *sources,
            guint     i,
            gboolean  scalar,
            guint     key,
            int       y)
{
  const WepRegionInput *region = wep_model_input_region (sources->report->input, i);
  const WepRegionInput *example = wep_model_input_region (sources->defaults, 0);
  const WepModelInput *input = sources->report->input;

  if (scalar && key == WEP_S_TARGET_YEAR)
    return region->scalar[key] == CLAMP (example->scalar[key], input->base_year,
                                         input->base_year + input->horizon_years - 1);
  if (scalar)
    return region->scalar[key] == example->scalar[key];
  return region->yearly[key][y] == example->yearly[key][CLAMP (input->base_year + y
                                                               - sources->defaults->base_year,
                                                               0,
                                                               sources->defaults->horizon_years
                                                                 - 1)];
}

static char *
source_of (Sources  *sources,
           guint     i,
           gboolean  scalar,
           guint     key)
{
  const char *name = scalar ? wep_scalar_info (key)->key : wep_yearly_info (key)->key;
  const DataInput *data = data_input (name);
  gboolean all_default = TRUE;

  if (data != NULL && !scenario_sets (sources, i, name))
    return data_source (sources, i, data);
  for (int y = 0; y < (scalar ? 1 : sources->report->input->horizon_years); y++)
    all_default = all_default && is_default (sources, i, scalar, key, y);
  if (all_default)
    /* Translators: the source of an input that has the planner's default value */
    return g_strdup_printf (_("default: %s"),
                            _(scalar ? scalar_sources[key] : yearly_sources[key]));
  /* Translators: the source of an input the scenario sets itself */
  return g_strdup_printf (_("set in scenario “%s”: %s"), sources->report->scenario,
                          sources->scenario_source != NULL ? sources->scenario_source : "");
}

/* One source for all the report's regions: theirs when they agree. */
static char *
common_source (Sources  *sources,
               gboolean  scalar,
               guint     key)
{
  char *first = source_of (sources, 0, scalar, key);

  for (guint i = 1; i < sources->report->input->regions->len; i++)
    {
      g_autofree char *other = source_of (sources, i, scalar, key);

      if (g_strcmp0 (first, other) != 0)
        {
          g_free (first);
          return g_strdup (_("differs per region"));
        }
    }
  return first;
}

/* ---- values ---------------------------------------------------------------------------- */

static char *
format_value (double        value,
              const char   *unit,
              WepRangeKind  range)
{
  if (range == WEP_RANGE_YEAR)
    return g_strdup_printf ("%d", (int) value);
  if (range == WEP_RANGE_FRACTION || range == WEP_RANGE_FRACTION_OPEN)
    {
      /* 0.07 × 100 is 7.000000000000001: whole when it rounds to whole. */
      double percent = round (value * 1000.0) / 10.0;
      g_autofree char *number = _wep_report_number (percent, percent == round (percent) ? 0 : 1);

      return g_strdup_printf (_("%s%%"), number);
    }
  if (g_str_has_prefix (unit, "euro"))
    return _wep_report_euros (value);
  return _wep_report_number (value, value == round (value) ? 0 : 1);
}

/* A per-year value: "unlimited" for a support caseload of 0; the inflow,
 * a count of persons, by the privacy rule. */
static char *
format_yearly (WepReport *report,
               WepYearly  key,
               double     value)
{
  if ((key == WEP_Y_SUPPORT_CAP_HF || key == WEP_Y_SUPPORT_CAP_IND) && value == 0.0)
    return g_strdup ("∞");
  if (key == WEP_Y_INFLOW)
    return _wep_report_persons (report, value);
  return format_value (value, wep_yearly_info (key)->unit, wep_yearly_info (key)->range);
}

/* The regions' values of a scalar: one when they agree, else the range
 * they span. Counts of persons of a single region may be hidden. */
static char *
scalar_value (WepReport *report,
              WepScalar  key)
{
  const WepKeyInfo *info = wep_scalar_info (key);
  const WepModelInput *input = report->input;
  double low = INFINITY, high = -INFINITY;

  /* Counts of persons: the regions together, hidden where small. */
  for (guint s = 0; s < WEP_REPORT_START_HOUSED; s++)
    if (_wep_report_start_scalar (s) == key)
      return _wep_report_start (report, input->regions->len == 1 ? 0 : input->regions->len, s);
  for (guint i = 0; i < input->regions->len; i++)
    {
      low = MIN (low, wep_model_input_region (input, i)->scalar[key]);
      high = MAX (high, wep_model_input_region (input, i)->scalar[key]);
    }
  if (low == high)
    return format_value (low, info->unit, info->range);
  {
    g_autofree char *a = format_value (low, info->unit, info->range);
    g_autofree char *b = format_value (high, info->unit, info->range);

    /* Translators: the values of an input over several regions: "300 to 2.700" */
    return g_strdup_printf (_("%s to %s"), a, b);
  }
}

static char *
scalar_range (WepReport *report,
              WepScalar  key)
{
  const WepRegionInput *region = wep_model_input_region (report->input, 0);
  const WepKeyInfo *info = wep_scalar_info (key);
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  if (report->input->regions->len != 1 || !region->has_range[key])
    return g_strdup ("");
  /* A count of persons at the low end may be small. */
  low = g_str_equal (info->unit, "persons") ? _wep_report_persons (report, region->range[key].low)
                                            : format_value (region->range[key].low, info->unit,
                                                            info->range);
  high = g_str_equal (info->unit, "persons") ? _wep_report_persons (report,
                                                                    region->range[key].high)
                                             : format_value (region->range[key].high, info->unit,
                                                             info->range);
  return g_strdup_printf ("%s – %s", low, high);
}

static void
add_scalars (WepReport *report,
             Sources   *sources)
{
  WepReportBlock *table = _wep_report_add_table (report, _("Inputs that hold for every year"));

  _wep_report_table_column (table, _("Input"), 2.6, PANGO_ALIGN_LEFT);
  _wep_report_table_column (table, _("Value"), 1.1, PANGO_ALIGN_RIGHT);
  _wep_report_table_column (table, _("Range"), 1.2, PANGO_ALIGN_RIGHT);
  _wep_report_table_column (table, _("Source"), 4.0, PANGO_ALIGN_LEFT);
  for (guint k = 0; k < WEP_N_SCALARS; k++)
    {
      const WepKeyInfo *info = wep_scalar_info (k);
      g_autofree char *label = g_strdup_printf ("%s (%s)", _(info->label), info->key);
      g_autofree char *value = scalar_value (report, k);
      g_autofree char *range = scalar_range (report, k);
      g_autofree char *source = common_source (sources, TRUE, k);
      const char *cells[] = { label, value, range, source };

      _wep_report_table_row (table, WEP_ROW_PLAIN, cells);
    }
  _wep_report_table_note (table, _("Range: low and high of the uncertainty runs, the value "
                                   "being the most likely. Costs are not indexed: each is in "
                                   "the prices its source gives."));
}

/* A per-year value over the report's regions: summed for what adds up
 * (persons, homes, places), else one value or the range they span. */
static char *
yearly_value (WepReport *report,
              WepYearly  key,
              int        y)
{
  const WepModelInput *input = report->input;
  gboolean adds_up = wep_yearly_info (key)->range == WEP_RANGE_NON_NEGATIVE
                     && key != WEP_Y_SUPPORT_CAP_HF && key != WEP_Y_SUPPORT_CAP_IND;
  double low = INFINITY, high = -INFINITY, sum = 0.0;

  for (guint i = 0; i < input->regions->len; i++)
    {
      double v = wep_model_input_region (input, i)->yearly[key][y];

      low = MIN (low, v);
      high = MAX (high, v);
      sum += v;
    }
  if (adds_up)
    return format_yearly (report, key, sum);
  if (low == high)
    return format_yearly (report, key, low);
  {
    g_autofree char *a = format_yearly (report, key, low);
    g_autofree char *b = format_yearly (report, key, high);

    return g_strdup_printf ("%s–%s", a, b);
  }
}

/* The range of a per-year input of a single region: its first and last
 * year with one, "2026: 493 – 725 … 2035: 531 – 781". */
static char *
yearly_range (WepReport *report,
              WepYearly  key)
{
  const WepRegionInput *region = wep_model_input_region (report->input, 0);
  const WepTriangle *ranges = region->yearly_range[key];
  int first = -1, last = -1;
  g_autoptr (GString) text = g_string_new (NULL);

  if (report->input->regions->len != 1 || ranges == NULL)
    return g_strdup ("");
  for (int y = 0; y < report->input->horizon_years; y++)
    if (!isnan (ranges[y].low))
      {
        first = first < 0 ? y : first;
        last = y;
      }
  for (int y = first; y >= 0; y = y == last ? -1 : last)
    {
      g_autofree char *low = format_yearly (report, key, ranges[y].low);
      g_autofree char *high = format_yearly (report, key, ranges[y].high);

      g_string_append_printf (text, "%s%d: %s – %s", y == first ? "" : " … ",
                              report->input->base_year + y, low, high);
      if (first == last)
        break;
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_yearly (WepReport *report,
            Sources   *sources)
{
  int base = report->input->base_year, n_years = report->input->horizon_years;
  int n_tables = (n_years + YEARS_PER_TABLE - 1) / YEARS_PER_TABLE;
  WepReportBlock *table;

  for (int t = 0; t < n_tables; t++)
    {
      int first = t * n_years / n_tables, last = (t + 1) * n_years / n_tables;

      table = _wep_report_add_table (report, _("Inputs per year"));
      _wep_report_table_column (table, _("Input"), 3.4, PANGO_ALIGN_LEFT);
      for (int y = first; y < last; y++)
        {
          g_autofree char *year = g_strdup_printf ("%d", base + y);

          _wep_report_table_column (table, year, 1.0, PANGO_ALIGN_RIGHT);
        }
      for (guint k = 0; k < WEP_N_YEARLY; k++)
        {
          g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

          g_ptr_array_add (cells, g_strdup_printf ("%s (%s)", _(wep_yearly_info (k)->label),
                                                   wep_yearly_info (k)->key));
          for (int y = first; y < last; y++)
            g_ptr_array_add (cells, yearly_value (report, k, y));
          _wep_report_table_row (table, WEP_ROW_PLAIN, (const char *const *) cells->pdata);
        }
      _wep_report_table_note (table, report->input->regions->len > 1
                                       ? _("∞: no limit to the support caseload. Persons, homes "
                                           "and places: the regions together; shares: the value "
                                           "of every region, or the lowest and highest.")
                                       : _("∞: no limit to the support caseload."));
    }

  table = _wep_report_add_table (report, _("Sources of the inputs per year"));
  _wep_report_table_column (table, _("Input"), 2.6, PANGO_ALIGN_LEFT);
  _wep_report_table_column (table, _("Range"), 1.6, PANGO_ALIGN_LEFT);
  _wep_report_table_column (table, _("Source"), 4.0, PANGO_ALIGN_LEFT);
  for (guint k = 0; k < WEP_N_YEARLY; k++)
    {
      g_autofree char *label = g_strdup_printf ("%s (%s)", _(wep_yearly_info (k)->label),
                                                wep_yearly_info (k)->key);
      g_autofree char *range = yearly_range (report, k);
      g_autofree char *source = common_source (sources, FALSE, k);
      const char *cells[] = { label, range, source };

      _wep_report_table_row (table, WEP_ROW_PLAIN, cells);
    }
  _wep_report_table_note (table, _("Range: low and high of the uncertainty runs in the first "
                                   "and the last year that have one."));
}

void
_wep_report_add_assumptions (WepReport   *report,
                             WepDocument *doc)
{
  Sources sources = { 0 };

  sources_init (&sources, report, doc);
  _wep_report_add_heading (report, 1, _("Assumptions and their sources"));
  _wep_report_add_paragraph (report, WEP_TEXT_BODY,
                             _("Every input of the scenario, with its value and where it comes "
                               "from. Inputs the plan’s data give name the data and who "
                               "delivered them; a planner default names the published figure "
                               "behind it, or says it is an illustrative assumption that "
                               "should be replaced by the region’s own figure."));
  if (report->input->regions->len > 1)
    _wep_report_add_paragraph (report, WEP_TEXT_NOTE,
                               _("Several regions: one value where they agree, else the lowest "
                                 "and highest; the persons of the starting position and the "
                                 "figures per year of persons, homes and places are added "
                                 "up."));
  add_scalars (report, &sources);
  add_yearly (report, &sources);
  sources_clear (&sources);
}
