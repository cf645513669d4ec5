/* wep-suppress.c: small counts of persons kept out of what leaves the
 * office
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-suppress.h"

gboolean
wep_privacy_hides (double value,
                   int    threshold)
{
  double shown;

  if (isnan (value) || threshold <= 1)
    return FALSE;
  shown = round (value);
  return shown >= 1.0 && shown < threshold;
}

char *
wep_privacy_hidden_text (int threshold)
{
  /* Translators: a count of persons too small to show, "< 10" */
  return g_strdup_printf (_("< %d"), threshold);
}

typedef struct
{
  guint  total;
  guint *parts;
  guint  n_parts;
} Sum;

typedef struct
{
  guint  derived;
  guint *sources;
  guint  n_sources;
} Derived;

struct _WepSuppression
{
  double   *values;
  guint     n_cells;
  int       threshold;
  guint8   *hidden;     /* 0 shown, 1 primary, 2 complementary */
  gboolean *not_count;  /* derived cells: hidden only with their sources */
  GArray   *sums;       /* of Sum */
  GArray   *derived;    /* of Derived */
};

enum
{
  SHOWN,
  PRIMARY,
  COMPLEMENTARY,
};

WepSuppression *
wep_suppression_new (const double *values,
                     guint         n_cells,
                     int           threshold)
{
  WepSuppression *self;

  g_return_val_if_fail (values != NULL || n_cells == 0, NULL);

  self = g_new0 (WepSuppression, 1);
  self->values = g_memdup2 (values, sizeof (double) * n_cells);
  self->n_cells = n_cells;
  self->threshold = threshold;
  self->hidden = g_new0 (guint8, MAX (n_cells, 1));
  self->not_count = g_new0 (gboolean, MAX (n_cells, 1));
  self->sums = g_array_new (FALSE, FALSE, sizeof (Sum));
  self->derived = g_array_new (FALSE, FALSE, sizeof (Derived));
  return self;
}

void
wep_suppression_free (WepSuppression *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->sums->len; i++)
    g_free (g_array_index (self->sums, Sum, i).parts);
  for (guint i = 0; i < self->derived->len; i++)
    g_free (g_array_index (self->derived, Derived, i).sources);
  g_array_unref (self->sums);
  g_array_unref (self->derived);
  g_free (self->hidden);
  g_free (self->not_count);
  g_free (self->values);
  g_free (self);
}

void
wep_suppression_add_sum (WepSuppression *self,
                         guint           total,
                         const guint    *parts,
                         guint           n_parts)
{
  Sum sum;

  g_return_if_fail (self != NULL);
  g_return_if_fail (total < self->n_cells);
  g_return_if_fail (parts != NULL || n_parts == 0);
  for (guint i = 0; i < n_parts; i++)
    g_return_if_fail (parts[i] < self->n_cells && parts[i] != total);

  sum.total = total;
  sum.parts = g_memdup2 (parts, sizeof (guint) * n_parts);
  sum.n_parts = n_parts;
  g_array_append_val (self->sums, sum);
}

void
wep_suppression_add_derived (WepSuppression *self,
                             guint           derived,
                             const guint    *sources,
                             guint           n_sources)
{
  Derived rule;

  g_return_if_fail (self != NULL);
  g_return_if_fail (derived < self->n_cells);
  g_return_if_fail (sources != NULL || n_sources == 0);
  for (guint i = 0; i < n_sources; i++)
    g_return_if_fail (sources[i] < self->n_cells);

  rule.derived = derived;
  rule.sources = g_memdup2 (sources, sizeof (guint) * n_sources);
  rule.n_sources = n_sources;
  g_array_append_val (self->derived, rule);
  self->not_count[derived] = TRUE;
}

/* Unknown to the reader: hidden, or no value at all. */
static gboolean
is_unknown (const WepSuppression *self,
            guint                 cell)
{
  return self->hidden[cell] != SHOWN || isnan (self->values[cell]);
}

static guint
sum_cell (const Sum *sum,
          guint      i)
{
  return i < sum->n_parts ? sum->parts[i] : sum->total;
}

static guint
count_unknown (const WepSuppression *self,
               const Sum            *sum,
               double               *hidden_value)
{
  guint n = 0;

  *hidden_value = 0.0;
  for (guint i = 0; i <= sum->n_parts; i++)
    if (is_unknown (self, sum_cell (sum, i)))
      {
        n++;
        /* The total's own value is not added: what matters is how much the
         * hidden parts together could be. */
        if (i < sum->n_parts && !isnan (self->values[sum->parts[i]]))
          *hidden_value += round (self->values[sum->parts[i]]);
      }
  return n;
}

/* How many other sums with a single unknown cell hiding cell would mend. */
static guint
count_mended (const WepSuppression *self,
              const Sum            *except,
              guint                 cell)
{
  guint n = 0;

  for (guint s = 0; s < self->sums->len; s++)
    {
      const Sum *sum = &g_array_index (self->sums, Sum, s);
      double ignored;
      gboolean member = FALSE;

      if (sum == except)
        continue;
      for (guint i = 0; i <= sum->n_parts && !member; i++)
        member = sum_cell (sum, i) == cell;
      if (member && count_unknown (self, sum, &ignored) == 1)
        n++;
    }
  return n;
}

/* The second cell to hide in a sum whose only unknown cell would give
 * itself away: a part, never the total while a part is left; first one
 * that brings the hidden parts up to the threshold, then one that is not
 * 0 (a hidden 0 protects little), then one that mends another sum as
 * well, then the smallest. */
static int
choose_complement (const WepSuppression *self,
                   const Sum            *sum,
                   double                hidden_value)
{
  int best = -1;
  guint best_score = 0;
  double best_value = 0.0;

  for (guint i = 0; i < sum->n_parts; i++)
    {
      guint cell = sum->parts[i];
      double value = round (self->values[cell]);
      guint score;

      if (is_unknown (self, cell))
        continue;
      score = (hidden_value + value >= self->threshold ? 1u << 30 : 0)
              + (value != 0.0 ? 1u << 29 : 0)
              + MIN (count_mended (self, sum, cell), (1u << 29) - 1);
      if (best < 0 || score > best_score || (score == best_score && value < best_value))
        {
          best = cell;
          best_score = score;
          best_value = value;
        }
    }
  if (best < 0 && !is_unknown (self, sum->total))
    best = sum->total;
  return best;
}

static gboolean
apply_derived (WepSuppression *self)
{
  gboolean changed = FALSE;

  for (guint d = 0; d < self->derived->len; d++)
    {
      const Derived *rule = &g_array_index (self->derived, Derived, d);

      if (self->hidden[rule->derived] != SHOWN)
        continue;
      for (guint i = 0; i < rule->n_sources; i++)
        if (self->hidden[rule->sources[i]] != SHOWN)
          {
            self->hidden[rule->derived] = COMPLEMENTARY;
            changed = TRUE;
            break;
          }
    }
  return changed;
}

/* Complementary suppression sum by sum until nothing changes: every sum
 * with a hidden cell hides another. Hiding only ever grows, so this ends. */
static void
complete_sums (WepSuppression *self)
{
  gboolean changed = TRUE;

  while (changed)
    {
      changed = apply_derived (self);
      for (guint s = 0; s < self->sums->len; s++)
        {
          const Sum *sum = &g_array_index (self->sums, Sum, s);
          double hidden_value;
          int cell;

          /* A value that is missing protects as a hidden one does, but
           * asks for nothing: only a hidden cell needs company. */
          if (count_unknown (self, sum, &hidden_value) != 1)
            continue;
          cell = -1;
          for (guint i = 0; i <= sum->n_parts && cell < 0; i++)
            if (self->hidden[sum_cell (sum, i)] != SHOWN)
              cell = sum_cell (sum, i);
          if (cell < 0)
            continue;
          cell = choose_complement (self, sum, hidden_value);
          if (cell >= 0)
            {
              self->hidden[cell] = COMPLEMENTARY;
              changed = TRUE;
            }
        }
    }
}

/* ---- the audit -----------------------------------------------------------
 *
 * Two hidden cells in every sum is not always enough: sums that share
 * cells can together still pin one down (two cycles of a table joined by a
 * single hidden cell give that cell away). A hidden cell can be worked out
 * exactly when the sums, with the shown cells filled in, leave it only one
 * value: when its unit vector lies in the row space of the sums' matrix
 * over the unknown cells. Gaussian elimination to reduced row echelon form
 * shows that: a row with a single non-zero entry pins its cell down. */

#define EPSILON 1e-9

/* The first primary cell the sums pin down, or -1. */
static int
find_determined (const WepSuppression *self)
{
  g_autofree int *column_of = g_new (int, MAX (self->n_cells, 1));
  g_autoptr (GArray) cells = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree double *matrix = NULL;
  guint n_rows = 0, n_columns, rank = 0;
  int found = -1;

  for (guint c = 0; c < self->n_cells; c++)
    {
      column_of[c] = -1;
      if (is_unknown (self, c))
        {
          column_of[c] = cells->len;
          g_array_append_val (cells, c);
        }
    }
  n_columns = cells->len;
  if (n_columns == 0)
    return -1;

  matrix = g_new0 (double, (gsize) MAX (self->sums->len, 1) * n_columns);
  for (guint s = 0; s < self->sums->len; s++)
    {
      const Sum *sum = &g_array_index (self->sums, Sum, s);
      double *row = &matrix[(gsize) n_rows * n_columns];
      gboolean any = FALSE;

      for (guint i = 0; i <= sum->n_parts; i++)
        {
          int column = column_of[sum_cell (sum, i)];

          if (column >= 0)
            {
              row[column] += i < sum->n_parts ? 1.0 : -1.0;
              any = TRUE;
            }
        }
      if (any)
        n_rows++;
    }

  for (guint column = 0; column < n_columns && rank < n_rows; column++)
    {
      guint pivot = rank;
      double *pivot_row;

      for (guint r = rank + 1; r < n_rows; r++)
        if (fabs (matrix[(gsize) r * n_columns + column])
            > fabs (matrix[(gsize) pivot * n_columns + column]))
          pivot = r;
      if (fabs (matrix[(gsize) pivot * n_columns + column]) < EPSILON)
        continue;
      for (guint j = 0; j < n_columns; j++)
        {
          double swap = matrix[(gsize) pivot * n_columns + j];

          matrix[(gsize) pivot * n_columns + j] = matrix[(gsize) rank * n_columns + j];
          matrix[(gsize) rank * n_columns + j] = swap;
        }
      pivot_row = &matrix[(gsize) rank * n_columns];
      for (guint j = n_columns; j-- > column;)
        pivot_row[j] /= pivot_row[column];
      for (guint r = 0; r < n_rows; r++)
        {
          double *row = &matrix[(gsize) r * n_columns];
          double factor = row[column];

          if (r == rank || fabs (factor) < EPSILON)
            continue;
          for (guint j = column; j < n_columns; j++)
            row[j] -= factor * pivot_row[j];
        }
      rank++;
    }

  for (guint r = 0; r < rank && found < 0; r++)
    {
      const double *row = &matrix[(gsize) r * n_columns];
      int only = -1;
      guint n_nonzero = 0;

      for (guint j = 0; j < n_columns; j++)
        if (fabs (row[j]) > EPSILON)
          {
            n_nonzero++;
            only = j;
          }
      if (n_nonzero == 1 && self->hidden[g_array_index (cells, guint, only)] == PRIMARY)
        found = g_array_index (cells, guint, only);
    }
  return found;
}

/* Hides one more cell in a sum of cell that still shows a part; FALSE when
 * every sum of cell is hidden throughout. */
static gboolean
protect (WepSuppression *self,
         guint           cell)
{
  for (guint s = 0; s < self->sums->len; s++)
    {
      const Sum *sum = &g_array_index (self->sums, Sum, s);
      double hidden_value;
      gboolean member = FALSE;
      int complement;

      for (guint i = 0; i <= sum->n_parts && !member; i++)
        member = sum_cell (sum, i) == cell;
      if (!member)
        continue;
      count_unknown (self, sum, &hidden_value);
      complement = choose_complement (self, sum, hidden_value);
      if (complement >= 0)
        {
          self->hidden[complement] = COMPLEMENTARY;
          return TRUE;
        }
    }
  return FALSE;
}

guint
wep_suppression_apply (WepSuppression *self)
{
  guint n_hidden = 0;
  int determined;

  g_return_val_if_fail (self != NULL, 0);

  for (guint c = 0; c < self->n_cells; c++)
    if (self->hidden[c] == SHOWN && !self->not_count[c]
        && wep_privacy_hides (self->values[c], self->threshold))
      self->hidden[c] = PRIMARY;

  complete_sums (self);
  while ((determined = find_determined (self)) >= 0 && protect (self, determined))
    complete_sums (self);

  for (guint c = 0; c < self->n_cells; c++)
    if (self->hidden[c] != SHOWN)
      n_hidden++;
  return n_hidden;
}

gboolean
wep_suppression_is_hidden (const WepSuppression *self,
                           guint                 cell)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (cell < self->n_cells, FALSE);
  return self->hidden[cell] != SHOWN;
}

gboolean
wep_suppression_is_primary (const WepSuppression *self,
                            guint                 cell)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (cell < self->n_cells, FALSE);
  return self->hidden[cell] == PRIMARY;
}

guint
wep_suppression_get_n_cells (const WepSuppression *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_cells;
}

char *
wep_suppression_dup_text (const WepSuppression *self,
                          guint                 cell)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (cell < self->n_cells, NULL);

  switch (self->hidden[cell])
    {
    case PRIMARY:
      return wep_privacy_hidden_text (self->threshold);
    case COMPLEMENTARY:
      return g_strdup (WEP_PRIVACY_PROTECTING_TEXT);
    case SHOWN:
    default:
      return NULL;
    }
}

/* ---- yearly results ------------------------------------------------------ */

gboolean
wep_column_counts_persons (WepColumn column)
{
  return column < WEP_N_COLUMNS && !wep_column_is_wait (column) && column != WEP_C_COST;
}

static const WepRegionResult *
results_row (const WepResults *results,
             guint             region)
{
  return region < results->regions->len ? g_ptr_array_index (results->regions, region)
                                        : results->total;
}

WepSuppression *
wep_results_suppression_new (const WepResults *results,
                             int               threshold)
{
  guint n_rows, n_regions;
  g_autofree double *values = NULL;
  g_autofree guint *parts = NULL;
  WepSuppression *self;

  g_return_val_if_fail (results != NULL, NULL);

  n_regions = results->regions->len;
  n_rows = n_regions + (results->total != NULL ? 1 : 0);
  values = g_new (double, MAX ((gsize) n_rows * results->n_years * WEP_RESULTS_N_CELLS, 1));
  parts = g_new (guint, MAX (n_regions, 3));

  for (guint r = 0; r < n_rows; r++)
    for (int y = 0; y < results->n_years; y++)
      {
        const WepRegionResult *row = results_row (results, r);

        for (guint c = 0; c < WEP_N_COLUMNS; c++)
          values[wep_results_cell (results, r, y, c)] = wep_region_result_get (row, y, c);
        values[wep_results_cell (results, r, y, WEP_RESULTS_QUEUES)] =
          wep_region_result_get (row, y, WEP_C_QUEUE_HF)
          + wep_region_result_get (row, y, WEP_C_QUEUE_IND)
          + wep_region_result_get (row, y, WEP_C_QUEUE_GRP);
        values[wep_results_cell (results, r, y, WEP_RESULTS_HOUSED)] =
          wep_region_result_get (row, y, WEP_C_HOUSED_HF)
          + wep_region_result_get (row, y, WEP_C_HOUSED_IND)
          + wep_region_result_get (row, y, WEP_C_HOUSED_GRP);
      }
  self = wep_suppression_new (values, n_rows * results->n_years * WEP_RESULTS_N_CELLS, threshold);

  for (guint r = 0; r < n_rows; r++)
    for (int y = 0; y < results->n_years; y++)
      {
        for (guint k = 0; k < WEP_N_HOUSING; k++)
          parts[k] = wep_results_cell (results, r, y, WEP_C_QUEUE_HF + k);
        wep_suppression_add_sum (self, wep_results_cell (results, r, y, WEP_RESULTS_QUEUES),
                                 parts, WEP_N_HOUSING);
        for (guint k = 0; k < WEP_N_HOUSING; k++)
          parts[k] = wep_results_cell (results, r, y, WEP_C_HOUSED_HF + k);
        wep_suppression_add_sum (self, wep_results_cell (results, r, y, WEP_RESULTS_HOUSED),
                                 parts, WEP_N_HOUSING);
        parts[0] = wep_results_cell (results, r, y, WEP_C_SHELTERED);
        parts[1] = wep_results_cell (results, r, y, WEP_C_UNSHELTERED);
        wep_suppression_add_sum (self, wep_results_cell (results, r, y, WEP_C_HOMELESS), parts, 2);
        for (guint k = 0; k < WEP_N_HOUSING; k++)
          {
            parts[0] = wep_results_cell (results, r, y, WEP_C_QUEUE_HF + k);
            parts[1] = wep_results_cell (results, r, y, WEP_C_MOVES_HF + k);
            wep_suppression_add_derived (self, wep_results_cell (results, r, y, WEP_C_WAIT_HF + k),
                                         parts, 2);
          }
        /* The cost is no count and no sum of the cells shown. */
        wep_suppression_add_derived (self, wep_results_cell (results, r, y, WEP_C_COST), NULL, 0);
      }

  if (results->total != NULL)
    for (int y = 0; y < results->n_years; y++)
      for (guint c = 0; c < WEP_RESULTS_N_CELLS; c++)
        {
          if (c < WEP_N_COLUMNS && !wep_column_counts_persons (c))
            continue;
          for (guint r = 0; r < n_regions; r++)
            parts[r] = wep_results_cell (results, r, y, c);
          wep_suppression_add_sum (self, wep_results_cell (results, n_regions, y, c), parts,
                                   n_regions);
        }

  wep_suppression_apply (self);
  return self;
}
