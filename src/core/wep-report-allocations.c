/* wep-report-allocations.c: the homes allocated to people leaving the
 * shelter, per municipality and year, in the report
 *
 * What the municipalities reported (the plan's allocations table): counts
 * of households, so small ones are hidden, with the cells of the same row
 * or column that would give them away (wep-suppress.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "wep-report-private.h"

static const char *
name_of (WepReport *report,
         guint      municipality)
{
  return wep_map_data_municipality (report->map_data, municipality)->name;
}

typedef struct
{
  guint municipality;   /* index in the map data */
  int   year;
  double homes;
} Allocation;

static void
add_allocations_table (WepReport  *report,
                       const char *group,
                       GArray     *allocations,
                       GArray     *municipalities,
                       GArray     *years)
{
  guint n_rows = municipalities->len, n_columns = years->len;
  guint width = n_columns + 1;
  /* A total per municipality says something with two years or more. */
  gboolean row_totals = n_columns > 1;
  g_autofree double *values = g_new0 (double, (n_rows + 1) * width);
  g_autofree guint *parts = g_new (guint, MAX (n_rows, n_columns));
  g_autoptr (WepSuppression) suppression = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *note = NULL;
  g_autofree char *hidden = wep_privacy_hidden_text (report->threshold);
  WepReportBlock *table;

  for (guint i = 0; i < allocations->len; i++)
    {
      const Allocation *a = &g_array_index (allocations, Allocation, i);
      guint r = 0, c = 0;

      while (g_array_index (municipalities, guint, r) != a->municipality)
        r++;
      while (g_array_index (years, int, c) != a->year)
        c++;
      values[r * width + c] += a->homes;
      values[r * width + n_columns] += a->homes;
      values[n_rows * width + c] += a->homes;
      values[n_rows * width + n_columns] += a->homes;
    }
  /* Every row and column with its total, the totals too. */
  suppression = wep_suppression_new (values, (n_rows + 1) * width, report->threshold);
  for (guint r = 0; r <= n_rows && row_totals; r++)
    {
      for (guint c = 0; c < n_columns; c++)
        parts[c] = r * width + c;
      wep_suppression_add_sum (suppression, r * width + n_columns, parts, n_columns);
    }
  for (guint c = 0; c < n_columns + (row_totals ? 1 : 0); c++)
    {
      for (guint r = 0; r < n_rows; r++)
        parts[r] = r * width + c;
      wep_suppression_add_sum (suppression, n_rows * width + c, parts, n_rows);
    }
  wep_suppression_apply (suppression);

  /* Translators: a table's caption; %s is the target group, as the plan file has it */
  caption = g_strdup_printf (_("Homes allocated to people leaving the shelter (%s)"), group);
  table = _wep_report_add_table (report, caption);
  _wep_report_table_column (table, _("Municipality"), 2.8, PANGO_ALIGN_LEFT);
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *year = g_strdup_printf ("%d", g_array_index (years, int, c));

      _wep_report_table_column (table, year, 1.0, PANGO_ALIGN_RIGHT);
    }
  if (row_totals)
    _wep_report_table_column (table, _("Total"), 1.0, PANGO_ALIGN_RIGHT);
  for (guint r = 0; r <= n_rows; r++)
    {
      g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (cells, g_strdup (r < n_rows ? name_of (report,
                                                              g_array_index (municipalities,
                                                                             guint, r))
                                                   : _("Total")));
      for (guint c = 0; c < n_columns + (row_totals ? 1 : 0); c++)
        g_ptr_array_add (cells, _wep_report_count (suppression, r * width + c,
                                                   values[r * width + c]));
      _wep_report_table_row (table, r < n_rows ? WEP_ROW_PLAIN : WEP_ROW_TOTAL,
                             (const char *const *) cells->pdata);
    }
  if (report->threshold > 1)
    note = g_markup_printf_escaped (_("Homes let, one household each, as the municipalities "
                                      "reported them. %s: fewer than %d; ×: hidden so that a "
                                      "small count cannot be worked out from the totals."),
                                    hidden, report->threshold);
  else
    note = g_markup_escape_text (_("Homes let, one household each, as the municipalities "
                                   "reported them."), -1);
  _wep_report_table_note (table, note);
}

static gint
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* The members of the report's regions, in their order. */
static GArray *
all_members (GPtrArray *members)
{
  GArray *all = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint r = 0; r < members->len; r++)
    {
      GArray *list = g_ptr_array_index (members, r);

      g_array_append_vals (all, list->data, list->len);
    }
  return all;
}

/* The years of the allocations, in order. */
static GArray *
years_of (GArray *allocations)
{
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint a = 0; a < allocations->len; a++)
    {
      int year = g_array_index (allocations, Allocation, a).year;
      gboolean seen = FALSE;

      for (guint y = 0; y < years->len && !seen; y++)
        seen = g_array_index (years, int, y) == year;
      if (!seen)
        g_array_append_val (years, year);
    }
  g_array_sort (years, compare_ints);
  return years;
}

void
_wep_report_add_allocations (WepReport   *report,
                             WepDocument *doc,
                             GPtrArray   *members)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GHashTable) in_report = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) per_group = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr (GArray) municipalities = all_members (members);

  for (guint m = 0; m < municipalities->len; m++)
    {
      guint index = g_array_index (municipalities, guint, m);

      g_hash_table_insert (in_report, wep_map_data_municipality (report->map_data, index)->code,
                           GUINT_TO_POINTER (index + 1));
    }
  stmt = _wep_sqlite_prepare (_wep_document_get_db (doc),
                              "SELECT target_group, municipality, year, homes FROM allocations "
                              "WHERE counted = 1 ORDER BY target_group, year", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *group = (const char *) sqlite3_column_text (stmt, 0);
      gpointer index = g_hash_table_lookup (in_report, sqlite3_column_text (stmt, 1));
      Allocation a;

      if (index == NULL)
        continue;
      if (groups->len == 0 || g_strcmp0 (g_ptr_array_index (groups, groups->len - 1), group) != 0)
        {
          g_ptr_array_add (groups, g_strdup (group));
          g_ptr_array_add (per_group, g_array_new (FALSE, FALSE, sizeof (Allocation)));
        }
      a.municipality = GPOINTER_TO_UINT (index) - 1;
      a.year = sqlite3_column_int (stmt, 2);
      a.homes = sqlite3_column_double (stmt, 3);
      g_array_append_val (g_ptr_array_index (per_group, per_group->len - 1), a);
    }
  if (groups->len == 0)
    return;

  _wep_report_add_heading (report, 2, _("Homes allocated to people leaving the shelter"));
  _wep_report_add_paragraph (report, WEP_TEXT_BODY,
                             _("What the municipalities reported about the homes they let to "
                               "people leaving the shelter (monitoring). These are counts of "
                               "households: small numbers are hidden to protect the people "
                               "behind them."));
  for (guint g = 0; g < groups->len; g++)
    {
      g_autoptr (GArray) years = years_of (g_ptr_array_index (per_group, g));

      add_allocations_table (report, g_ptr_array_index (groups, g),
                             g_ptr_array_index (per_group, g), municipalities, years);
    }
}
