/* wep-results-format.c: results as table, CSV and JSON text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "wep-input-private.h"
#include "wep-results-format.h"

gboolean
wep_format_parse (const char *name,
                  WepFormat  *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  if (g_strcmp0 (name, "table") == 0)
    *format = WEP_FORMAT_TABLE;
  else if (g_strcmp0 (name, "csv") == 0)
    *format = WEP_FORMAT_CSV;
  else if (g_strcmp0 (name, "json") == 0)
    *format = WEP_FORMAT_JSON;
  else
    return FALSE;
  return TRUE;
}

void
wep_append_number (GString *out,
                   double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (out != NULL);

  if (isfinite (value))
    g_string_append (out, _wep_number_text (value, buf));
}

static void
append_csv_text (GString    *out,
                 const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *c = text; *c != '\0'; c++)
    {
      if (*c == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *c);
    }
  g_string_append_c (out, '"');
}

/* Rounded for reading: waits to one decimal, the rest to whole units. */
static char *
display_number (WepColumn column,
                double    value)
{
  if (!isfinite (value))
    return g_strdup ("");
  if (wep_column_is_wait (column))
    return g_strdup_printf ("%.1f", value);
  return g_strdup_printf ("%.0f", value);
}

static char *
json_to_text (JsonBuilder *builder)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  return g_strconcat (text, "\n", NULL);
}

static void
json_add_number (JsonBuilder *builder,
                 const char  *member,
                 double       value)
{
  json_builder_set_member_name (builder, member);
  if (isfinite (value))
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* ---- yearly results ---------------------------------------------------- */

static void
results_csv_rows (GString               *out,
                  const WepRegionResult *r)
{
  for (int y = 0; y < r->n_years; y++)
    {
      append_csv_text (out, r->region);
      g_string_append_printf (out, ",%d", r->base_year + y);
      for (guint c = 0; c < WEP_N_COLUMNS; c++)
        {
          g_string_append_c (out, ',');
          wep_append_number (out, wep_region_result_get (r, y, c));
        }
      g_string_append_c (out, '\n');
    }
}

static void
results_table_block (GString               *out,
                     const WepRegionResult *r)
{
  g_string_append_printf (out, "%s\n%-14s", r->region, "");
  for (int y = 0; y < r->n_years; y++)
    g_string_append_printf (out, " %12d", r->base_year + y);
  g_string_append_c (out, '\n');
  for (guint c = 0; c < WEP_N_COLUMNS; c++)
    {
      g_string_append_printf (out, "%-14s", wep_column_info (c)->key);
      for (int y = 0; y < r->n_years; y++)
        {
          g_autofree char *text = display_number (c, wep_region_result_get (r, y, c));
          g_string_append_printf (out, " %12s", text);
        }
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

static void
results_json_region (JsonBuilder           *builder,
                     const WepRegionResult *r)
{
  json_builder_set_member_name (builder, r->region);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "years");
  json_builder_begin_array (builder);
  for (int y = 0; y < r->n_years; y++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, r->base_year + y);
      for (guint c = 0; c < WEP_N_COLUMNS; c++)
        json_add_number (builder, wep_column_info (c)->key, wep_region_result_get (r, y, c));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

char *
wep_results_format (const WepResults *results,
                    WepFormat         format)
{
  g_autoptr (GPtrArray) rows = NULL;
  GString *out;

  g_return_val_if_fail (results != NULL, NULL);

  rows = g_ptr_array_new ();
  for (guint i = 0; i < results->regions->len; i++)
    g_ptr_array_add (rows, g_ptr_array_index (results->regions, i));
  if (results->total != NULL)
    g_ptr_array_add (rows, results->total);

  if (format == WEP_FORMAT_JSON)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "base_year");
      json_builder_add_int_value (builder, results->base_year);
      json_builder_set_member_name (builder, "regions");
      json_builder_begin_object (builder);
      for (guint i = 0; i < rows->len; i++)
        results_json_region (builder, g_ptr_array_index (rows, i));
      json_builder_end_object (builder);
      json_builder_end_object (builder);
      return json_to_text (builder);
    }

  out = g_string_new (NULL);
  if (format == WEP_FORMAT_CSV)
    {
      g_string_append (out, "region,year");
      for (guint c = 0; c < WEP_N_COLUMNS; c++)
        g_string_append_printf (out, ",%s", wep_column_info (c)->key);
      g_string_append_c (out, '\n');
      for (guint i = 0; i < rows->len; i++)
        results_csv_rows (out, g_ptr_array_index (rows, i));
    }
  else
    for (guint i = 0; i < rows->len; i++)
      results_table_block (out, g_ptr_array_index (rows, i));
  return g_string_free (out, FALSE);
}

/* ---- homes needed ------------------------------------------------------ */

static void
needs_table_block (GString              *out,
                   const WepRegionNeeds *n)
{
  g_string_append_printf (out, _("%s — goal: by December %d nobody waits longer than %g "
                                 "months for a home"),
                          n->region, n->target_year, n->max_wait_months);
  g_string_append_c (out, '\n');
  g_string_append_printf (out, "%-8s %14s", _("pathway"), _("extra/year"));
  for (int y = 0; y < n->n_years; y++)
    g_string_append_printf (out, " %8d", n->base_year + y);
  g_string_append_c (out, '\n');
  for (guint k = 0; k < WEP_N_HOUSING; k++)
    {
      const WepNeed *need = &n->need[k];

      g_string_append_printf (out, "%-8s", wep_pathway_key (k));
      if (!need->reachable)
        {
          g_string_append_printf (out, " %s: %s\n", _("not reachable"), need->reason);
          continue;
        }
      g_string_append_printf (out, " %14" G_GINT64_FORMAT, need->extra_per_year);
      for (int y = 0; y < n->n_years; y++)
        g_string_append_printf (out, " %8.0f", need->needed[y]);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

char *
wep_needs_format (GPtrArray *needs,
                  WepFormat  format)
{
  GString *out;

  g_return_val_if_fail (needs != NULL, NULL);

  if (format == WEP_FORMAT_JSON)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      char year[16];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "regions");
      json_builder_begin_object (builder);
      for (guint i = 0; i < needs->len; i++)
        {
          const WepRegionNeeds *n = g_ptr_array_index (needs, i);

          json_builder_set_member_name (builder, n->region);
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "target_year");
          json_builder_add_int_value (builder, n->target_year);
          for (guint k = 0; k < WEP_N_HOUSING; k++)
            {
              const WepNeed *need = &n->need[k];

              json_builder_set_member_name (builder, wep_pathway_key (k));
              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "reachable");
              json_builder_add_boolean_value (builder, need->reachable);
              json_builder_set_member_name (builder, "extra_per_year");
              if (need->reachable)
                json_builder_add_int_value (builder, need->extra_per_year);
              else
                json_builder_add_null_value (builder);
              json_builder_set_member_name (builder, "reason");
              if (need->reachable)
                json_builder_add_null_value (builder);
              else
                json_builder_add_string_value (builder, need->reason);
              json_builder_set_member_name (builder, "needed_per_year");
              json_builder_begin_object (builder);
              for (int y = 0; need->reachable && y < n->n_years; y++)
                {
                  g_snprintf (year, sizeof year, "%d", n->base_year + y);
                  json_add_number (builder, year, need->needed[y]);
                }
              json_builder_end_object (builder);
              json_builder_end_object (builder);
            }
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
      return json_to_text (builder);
    }

  out = g_string_new (NULL);
  if (format == WEP_FORMAT_CSV)
    {
      g_string_append (out, "region,pathway,extra_per_year,reachable,reason\n");
      for (guint i = 0; i < needs->len; i++)
        {
          const WepRegionNeeds *n = g_ptr_array_index (needs, i);

          for (guint k = 0; k < WEP_N_HOUSING; k++)
            {
              const WepNeed *need = &n->need[k];

              append_csv_text (out, n->region);
              g_string_append_printf (out, ",%s,", wep_pathway_key (k));
              if (need->reachable)
                g_string_append_printf (out, "%" G_GINT64_FORMAT ",true,\n",
                                        need->extra_per_year);
              else
                {
                  g_string_append (out, ",false,");
                  append_csv_text (out, need->reason);
                  g_string_append_c (out, '\n');
                }
            }
        }
    }
  else
    for (guint i = 0; i < needs->len; i++)
      needs_table_block (out, g_ptr_array_index (needs, i));
  return g_string_free (out, FALSE);
}

/* ---- uncertainty ------------------------------------------------------- */

static const char *percentile_names[WEP_N_PERCENTILES] = { "P10", "P50", "P90" };
static const char *goal_share_keys[WEP_N_HOUSING + 1] = {
  "goal_share_hf", "goal_share_ind", "goal_share_grp", "goal_share_all"
};

static void
uncertainty_table_block (GString               *out,
                         const WepUncertainty  *u,
                         const WepRegionSpread *s)
{
  g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  glong width = 4;

  g_string_append_printf (out, "%s\n", s->region);
  if (!isnan (s->goal_share[WEP_GOAL_ALL]))
    {
      g_string_append_printf (out, "  %s", _("goal met in:"));
      for (guint k = 0; k < WEP_N_HOUSING; k++)
        g_string_append_printf (out, " %s %.0f%%,", wep_pathway_key (k),
                                100.0 * s->goal_share[k]);
      g_string_append_printf (out, " %s %.0f%% %s\n", _("all"), 100.0 * s->goal_share[WEP_GOAL_ALL],
                              _("of the runs"));
    }
  for (guint c = 0; c < WEP_N_COLUMNS; c++)
    for (int y = 0; y < u->n_years; y++)
      {
        gsize i = (gsize) y * WEP_N_COLUMNS + c;
        g_autofree char *p10 = display_number (c, s->percentile[WEP_PERCENTILE_P10][i]);
        g_autofree char *p50 = display_number (c, s->percentile[WEP_PERCENTILE_P50][i]);
        g_autofree char *p90 = display_number (c, s->percentile[WEP_PERCENTILE_P90][i]);
        char *cell = g_strdup_printf ("%s (%s–%s)", *p50 ? p50 : "–", *p10 ? p10 : "–",
                                      *p90 ? p90 : "–");

        width = MAX (width, g_utf8_strlen (cell, -1));
        g_ptr_array_add (cells, cell);
      }

  g_string_append (out, "P50 (P10–P90) ");
  for (int y = 0; y < u->n_years; y++)
    g_string_append_printf (out, " %*d", (int) width, u->base_year + y);
  g_string_append_c (out, '\n');
  for (guint c = 0; c < WEP_N_COLUMNS; c++)
    {
      g_string_append_printf (out, "%-14s", wep_column_info (c)->key);
      for (int y = 0; y < u->n_years; y++)
        {
          const char *cell = g_ptr_array_index (cells, c * u->n_years + y);

          /* Pad by characters, not bytes: the dash is three bytes. */
          for (glong pad = width - g_utf8_strlen (cell, -1); pad >= 0; pad--)
            g_string_append_c (out, ' ');
          g_string_append (out, cell);
        }
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

static void
uncertainty_csv_rows (GString               *out,
                      const WepUncertainty  *u,
                      const WepRegionSpread *s)
{
  for (int y = 0; y < u->n_years; y++)
    for (guint p = 0; p < WEP_N_PERCENTILES; p++)
      {
        append_csv_text (out, s->region);
        g_string_append_printf (out, ",%d,%s", u->base_year + y, percentile_names[p]);
        for (guint c = 0; c < WEP_N_COLUMNS; c++)
          {
            g_string_append_c (out, ',');
            wep_append_number (out, s->percentile[p][(gsize) y * WEP_N_COLUMNS + c]);
          }
        for (guint k = 0; k <= WEP_N_HOUSING; k++)
          {
            g_string_append_c (out, ',');
            wep_append_number (out, s->goal_share[k]);
          }
        g_string_append_c (out, '\n');
      }
}

static void
uncertainty_json_region (JsonBuilder           *builder,
                         const WepUncertainty  *u,
                         const WepRegionSpread *s)
{
  json_builder_set_member_name (builder, s->region);
  json_builder_begin_object (builder);
  if (!isnan (s->goal_share[WEP_GOAL_ALL]))
    {
      json_builder_set_member_name (builder, "goal_share");
      json_builder_begin_object (builder);
      for (guint k = 0; k < WEP_N_HOUSING; k++)
        json_add_number (builder, wep_pathway_key (k), s->goal_share[k]);
      json_add_number (builder, "all", s->goal_share[WEP_GOAL_ALL]);
      json_builder_end_object (builder);
    }
  json_builder_set_member_name (builder, "years");
  json_builder_begin_array (builder);
  for (int y = 0; y < u->n_years; y++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, u->base_year + y);
      for (guint c = 0; c < WEP_N_COLUMNS; c++)
        {
          json_builder_set_member_name (builder, wep_column_info (c)->key);
          json_builder_begin_object (builder);
          for (guint p = 0; p < WEP_N_PERCENTILES; p++)
            json_add_number (builder, percentile_names[p],
                             s->percentile[p][(gsize) y * WEP_N_COLUMNS + c]);
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

char *
wep_uncertainty_format (const WepUncertainty *u,
                        WepFormat             format)
{
  g_autoptr (GPtrArray) spreads = NULL;
  GString *out;

  g_return_val_if_fail (u != NULL, NULL);

  spreads = g_ptr_array_new ();
  for (guint i = 0; i < u->regions->len; i++)
    g_ptr_array_add (spreads, g_ptr_array_index (u->regions, i));
  if (u->total != NULL)
    g_ptr_array_add (spreads, u->total);

  if (format == WEP_FORMAT_JSON)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "runs");
      json_builder_add_int_value (builder, u->n_runs);
      json_builder_set_member_name (builder, "seed");
      json_builder_add_int_value (builder, (gint64) u->seed);
      json_builder_set_member_name (builder, "regions");
      json_builder_begin_object (builder);
      for (guint i = 0; i < spreads->len; i++)
        uncertainty_json_region (builder, u, g_ptr_array_index (spreads, i));
      json_builder_end_object (builder);
      json_builder_end_object (builder);
      return json_to_text (builder);
    }

  out = g_string_new (NULL);
  if (format == WEP_FORMAT_CSV)
    {
      g_string_append (out, "region,year,percentile");
      for (guint c = 0; c < WEP_N_COLUMNS; c++)
        g_string_append_printf (out, ",%s", wep_column_info (c)->key);
      for (guint k = 0; k <= WEP_N_HOUSING; k++)
        g_string_append_printf (out, ",%s", goal_share_keys[k]);
      g_string_append_c (out, '\n');
      for (guint i = 0; i < spreads->len; i++)
        uncertainty_csv_rows (out, u, g_ptr_array_index (spreads, i));
    }
  else
    {
      g_autofree char *seed = g_strdup_printf ("%" G_GUINT64_FORMAT, u->seed);

      g_string_append_printf (out, _("%u runs, seed %s"), u->n_runs, seed);
      g_string_append (out, "\n\n");
      for (guint i = 0; i < spreads->len; i++)
        uncertainty_table_block (out, u, g_ptr_array_index (spreads, i));
    }
  return g_string_free (out, FALSE);
}
