/* test-suppress.c: small counts of persons hidden, and not to be worked
 * out again
 *
 * The rule for one count (1 to threshold − 1 hidden, 0 and NAN shown), a
 * row with its total (the second cell hidden is the one that brings the
 * hidden parts up to the threshold; "< 10" for the small one, "×" for the
 * one protecting it), a table with row and column totals
 * (one small cell hides a rectangle of four and every total stays), rows
 * of 0 that are not hidden to protect another, a total that is small
 * itself, a wait derived from a hidden queue, and
 * random tables in which an independent check (elimination over the
 * rationals, written here again) finds no hidden small count that the
 * shown figures pin down.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "wep-suppress.h"

static void
test_rule (void)
{
  g_autofree char *text = wep_privacy_hidden_text (10);

  g_assert_false (wep_privacy_hides (0.0, 10));
  g_assert_false (wep_privacy_hides (0.4, 10));
  g_assert_true (wep_privacy_hides (0.5, 10));
  g_assert_true (wep_privacy_hides (1.0, 10));
  g_assert_true (wep_privacy_hides (9.49, 10));
  g_assert_false (wep_privacy_hides (9.5, 10));
  g_assert_false (wep_privacy_hides (10.0, 10));
  g_assert_false (wep_privacy_hides (2500.0, 10));
  g_assert_false (wep_privacy_hides (NAN, 10));
  g_assert_false (wep_privacy_hides (-3.0, 10));
  g_assert_false (wep_privacy_hides (5.0, 0));
  g_assert_false (wep_privacy_hides (5.0, 1));
  g_assert_true (wep_privacy_hides (4.0, 5));
  g_assert_false (wep_privacy_hides (5.0, 5));
  g_assert_cmpstr (text, ==, "< 10");
}

/* One row, its total last: [3, 25, 40, 12 | 80]. */
static void
test_row (void)
{
  const double values[] = { 3, 25, 40, 12, 80 };
  const guint parts[] = { 0, 1, 2, 3 };
  g_autoptr (WepSuppression) s = wep_suppression_new (values, 5, 10);

  wep_suppression_add_sum (s, 4, parts, 4);
  g_assert_cmpuint (wep_suppression_apply (s), ==, 2);
  g_assert_true (wep_suppression_is_primary (s, 0));
  /* 3 + 12 ≥ 10: the smallest part that protects enough. */
  g_assert_true (wep_suppression_is_hidden (s, 3));
  g_assert_false (wep_suppression_is_primary (s, 3));
  g_assert_false (wep_suppression_is_hidden (s, 1));
  g_assert_false (wep_suppression_is_hidden (s, 2));
  /* The total, computed before suppression, stays. */
  g_assert_false (wep_suppression_is_hidden (s, 4));

  /* What each shows: the small one "< 10", the one protecting it "×". */
  {
    g_autofree char *small = wep_suppression_dup_text (s, 0);
    g_autofree char *protecting = wep_suppression_dup_text (s, 3);
    g_autofree char *shown = wep_suppression_dup_text (s, 4);

    g_assert_cmpstr (small, ==, "< 10");
    g_assert_cmpstr (protecting, ==, "×");
    g_assert_null (shown);
  }
}

/* The second hidden cell must bring the hidden parts to the threshold
 * where a part can: 2 + 0 would tell the reader "at most 2". */
static void
test_row_enough (void)
{
  const double values[] = { 2, 0, 30, 14, 46 };
  const guint parts[] = { 0, 1, 2, 3 };
  g_autoptr (WepSuppression) s = wep_suppression_new (values, 5, 10);

  wep_suppression_add_sum (s, 4, parts, 4);
  wep_suppression_apply (s);
  g_assert_true (wep_suppression_is_hidden (s, 0));
  g_assert_false (wep_suppression_is_hidden (s, 1));
  g_assert_true (wep_suppression_is_hidden (s, 3));
  g_assert_false (wep_suppression_is_hidden (s, 2));
}

/* Nothing small, nothing hidden; a threshold of 0 hides nothing at all. */
static void
test_nothing (void)
{
  const double values[] = { 3, 25, 40, 12, 80 };
  const guint parts[] = { 0, 1, 2, 3 };
  g_autoptr (WepSuppression) off = wep_suppression_new (values, 5, 0);
  g_autoptr (WepSuppression) low = wep_suppression_new (values, 5, 3);

  wep_suppression_add_sum (off, 4, parts, 4);
  g_assert_cmpuint (wep_suppression_apply (off), ==, 0);
  wep_suppression_add_sum (low, 4, parts, 4);
  g_assert_cmpuint (wep_suppression_apply (low), ==, 0);
}

/* ---- tables with margins ------------------------------------------------ */

typedef struct
{
  guint   n_rows;
  guint   n_columns;
  double *values;   /* (n_rows + 1) × (n_columns + 1): the last row and column are totals */
} Grid;

static guint
grid_cell (const Grid *grid,
           guint       row,
           guint       column)
{
  return row * (grid->n_columns + 1) + column;
}

static void
grid_fill_totals (Grid *grid)
{
  for (guint r = 0; r <= grid->n_rows; r++)
    grid->values[grid_cell (grid, r, grid->n_columns)] = 0.0;
  for (guint c = 0; c <= grid->n_columns; c++)
    grid->values[grid_cell (grid, grid->n_rows, c)] = 0.0;
  for (guint r = 0; r < grid->n_rows; r++)
    for (guint c = 0; c < grid->n_columns; c++)
      {
        double v = grid->values[grid_cell (grid, r, c)];

        grid->values[grid_cell (grid, r, grid->n_columns)] += v;
        grid->values[grid_cell (grid, grid->n_rows, c)] += v;
        grid->values[grid_cell (grid, grid->n_rows, grid->n_columns)] += v;
      }
}

/* Every row and every column (totals too) as a sum. */
static WepSuppression *
grid_suppress (const Grid *grid,
               int         threshold)
{
  guint n = (grid->n_rows + 1) * (grid->n_columns + 1);
  WepSuppression *s = wep_suppression_new (grid->values, n, threshold);
  g_autofree guint *parts = g_new (guint, MAX (grid->n_rows, grid->n_columns));

  for (guint r = 0; r <= grid->n_rows; r++)
    {
      for (guint c = 0; c < grid->n_columns; c++)
        parts[c] = grid_cell (grid, r, c);
      wep_suppression_add_sum (s, grid_cell (grid, r, grid->n_columns), parts, grid->n_columns);
    }
  for (guint c = 0; c <= grid->n_columns; c++)
    {
      for (guint r = 0; r < grid->n_rows; r++)
        parts[r] = grid_cell (grid, r, c);
      wep_suppression_add_sum (s, grid_cell (grid, grid->n_rows, c), parts, grid->n_rows);
    }
  wep_suppression_apply (s);
  return s;
}

/* What a reader can do with the published grid: the rows and columns are
 * equations, the shown cells known. A hidden cell is pinned down when the
 * equations over the hidden cells imply its value: elimination over exact
 * rationals (numerator/denominator pairs would be overkill: the
 * coefficients are small integers, so doubles with a tolerance are exact
 * enough here), then a row with one non-zero entry. Written apart from
 * the library's own audit on purpose. */
static gboolean
grid_pins_down (const Grid           *grid,
                const WepSuppression *s,
                guint                *pinned)
{
  guint n = (grid->n_rows + 1) * (grid->n_columns + 1);
  g_autofree int *index = g_new (int, n);
  guint n_unknown = 0, n_equations = grid->n_rows + 1 + grid->n_columns + 1, rank = 0;
  g_autofree double *m = NULL;
  g_autofree guint *cell_of = g_new (guint, n);

  for (guint c = 0; c < n; c++)
    {
      index[c] = wep_suppression_is_hidden (s, c) ? (int) n_unknown : -1;
      if (index[c] >= 0)
        cell_of[n_unknown++] = c;
    }
  if (n_unknown == 0)
    return FALSE;
  m = g_new0 (double, n_equations * n_unknown);
  for (guint r = 0; r <= grid->n_rows; r++)
    for (guint c = 0; c <= grid->n_columns; c++)
      {
        int u = index[grid_cell (grid, r, c)];
        double sign = c == grid->n_columns ? -1.0 : 1.0;

        if (u >= 0)
          m[r * n_unknown + u] += sign;
      }
  for (guint c = 0; c <= grid->n_columns; c++)
    for (guint r = 0; r <= grid->n_rows; r++)
      {
        int u = index[grid_cell (grid, r, c)];
        double sign = r == grid->n_rows ? -1.0 : 1.0;

        if (u >= 0)
          m[(grid->n_rows + 1 + c) * n_unknown + u] += sign;
      }

  for (guint col = 0; col < n_unknown && rank < n_equations; col++)
    {
      guint p = rank;

      while (p < n_equations && fabs (m[p * n_unknown + col]) < 1e-9)
        p++;
      if (p == n_equations)
        continue;
      for (guint j = 0; j < n_unknown; j++)
        {
          double t = m[p * n_unknown + j];

          m[p * n_unknown + j] = m[rank * n_unknown + j];
          m[rank * n_unknown + j] = t;
        }
      for (guint j = n_unknown; j-- > 0;)
        m[rank * n_unknown + j] /= m[rank * n_unknown + col];
      for (guint r = 0; r < n_equations; r++)
        if (r != rank && fabs (m[r * n_unknown + col]) > 1e-9)
          {
            double f = m[r * n_unknown + col];

            for (guint j = 0; j < n_unknown; j++)
              m[r * n_unknown + j] -= f * m[rank * n_unknown + j];
          }
      rank++;
    }
  for (guint r = 0; r < rank; r++)
    {
      guint nonzero = 0, last = 0;

      for (guint j = 0; j < n_unknown; j++)
        if (fabs (m[r * n_unknown + j]) > 1e-9)
          {
            nonzero++;
            last = j;
          }
      if (nonzero == 1 && wep_suppression_is_primary (s, cell_of[last]))
        {
          *pinned = cell_of[last];
          return TRUE;
        }
    }
  return FALSE;
}

static void
assert_sums_hide_none_or_two (const Grid           *grid,
                              const WepSuppression *s)
{
  for (guint r = 0; r <= grid->n_rows; r++)
    {
      guint hidden = 0;

      for (guint c = 0; c <= grid->n_columns; c++)
        hidden += wep_suppression_is_hidden (s, grid_cell (grid, r, c));
      g_assert_true (hidden == 0 || hidden >= 2);
    }
  for (guint c = 0; c <= grid->n_columns; c++)
    {
      guint hidden = 0;

      for (guint r = 0; r <= grid->n_rows; r++)
        hidden += wep_suppression_is_hidden (s, grid_cell (grid, r, c));
      g_assert_true (hidden == 0 || hidden >= 2);
    }
}

/* Allocations of four municipalities over three years; one small count. */
static void
test_grid_rectangle (void)
{
  double values[5 * 4] = { 0 };
  Grid grid = { 4, 3, values };
  const double cells[4][3] = { { 40, 35, 52 }, { 20, 4, 26 }, { 61, 58, 70 }, { 15, 22, 18 } };
  g_autoptr (WepSuppression) s = NULL;
  guint pinned, n_hidden = 0;

  for (guint r = 0; r < 4; r++)
    for (guint c = 0; c < 3; c++)
      values[grid_cell (&grid, r, c)] = cells[r][c];
  grid_fill_totals (&grid);
  s = grid_suppress (&grid, 10);

  g_assert_true (wep_suppression_is_primary (s, grid_cell (&grid, 1, 1)));
  for (guint c = 0; c < 20; c++)
    n_hidden += wep_suppression_is_hidden (s, c);
  /* A rectangle: the small cell, one more in its row, one more in its
   * column and the fourth corner. */
  g_assert_cmpuint (n_hidden, ==, 4);
  /* Every total stays. */
  for (guint r = 0; r <= 4; r++)
    g_assert_false (wep_suppression_is_hidden (s, grid_cell (&grid, r, 3)));
  for (guint c = 0; c <= 3; c++)
    g_assert_false (wep_suppression_is_hidden (s, grid_cell (&grid, 4, c)));
  assert_sums_hide_none_or_two (&grid, s);
  g_assert_false (grid_pins_down (&grid, s, &pinned));
}

/* Municipalities without allocations (0) are not hidden to protect
 * another: a hidden 0 protects little. */
static void
test_grid_zeros (void)
{
  double values[5 * 3] = { 0 };
  Grid grid = { 4, 2, values };
  const double cells[4][2] = { { 23, 3 }, { 19, 12 }, { 41, 37 }, { 0, 0 } };
  g_autoptr (WepSuppression) s = NULL;
  guint pinned;

  for (guint r = 0; r < 4; r++)
    for (guint c = 0; c < 2; c++)
      values[grid_cell (&grid, r, c)] = cells[r][c];
  grid_fill_totals (&grid);
  s = grid_suppress (&grid, 10);

  g_assert_true (wep_suppression_is_primary (s, grid_cell (&grid, 0, 1)));
  g_assert_true (wep_suppression_is_hidden (s, grid_cell (&grid, 0, 0)));
  g_assert_true (wep_suppression_is_hidden (s, grid_cell (&grid, 1, 0)));
  g_assert_true (wep_suppression_is_hidden (s, grid_cell (&grid, 1, 1)));
  for (guint c = 0; c <= 2; c++)
    {
      g_assert_false (wep_suppression_is_hidden (s, grid_cell (&grid, 2, c)));
      g_assert_false (wep_suppression_is_hidden (s, grid_cell (&grid, 3, c)));
      g_assert_false (wep_suppression_is_hidden (s, grid_cell (&grid, 4, c)));
    }
  assert_sums_hide_none_or_two (&grid, s);
  g_assert_false (grid_pins_down (&grid, s, &pinned));
}

/* A total that is small itself hides with its parts. */
static void
test_small_total (void)
{
  double values[3 * 3] = { 0 };
  Grid grid = { 2, 2, values };
  g_autoptr (WepSuppression) s = NULL;
  guint pinned;

  values[grid_cell (&grid, 0, 0)] = 3;
  values[grid_cell (&grid, 0, 1)] = 4;
  values[grid_cell (&grid, 1, 0)] = 30;
  values[grid_cell (&grid, 1, 1)] = 44;
  grid_fill_totals (&grid);
  s = grid_suppress (&grid, 10);
  g_assert_true (wep_suppression_is_primary (s, grid_cell (&grid, 0, 2)));
  g_assert_true (wep_suppression_is_hidden (s, grid_cell (&grid, 0, 0)));
  g_assert_true (wep_suppression_is_hidden (s, grid_cell (&grid, 0, 1)));
  assert_sums_hide_none_or_two (&grid, s);
  g_assert_false (grid_pins_down (&grid, s, &pinned));
}

/* A wait is a queue divided by its moves: when the queue is hidden, so is
 * the wait. */
static void
test_derived (void)
{
  /* queue, moves, wait, and a second row that hides nothing */
  const double values[] = { 6, 120, 0.6, 60, 120, 6 };
  const guint sources0[] = { 0, 1 };
  const guint sources1[] = { 3, 4 };
  g_autoptr (WepSuppression) s = wep_suppression_new (values, 6, 10);

  wep_suppression_add_derived (s, 2, sources0, 2);
  wep_suppression_add_derived (s, 5, sources1, 2);
  g_assert_cmpuint (wep_suppression_apply (s), ==, 2);
  g_assert_true (wep_suppression_is_primary (s, 0));
  g_assert_true (wep_suppression_is_hidden (s, 2));
  g_assert_false (wep_suppression_is_primary (s, 2));
  g_assert_false (wep_suppression_is_hidden (s, 1));
  /* A wait of 6 months is no count: shown. */
  g_assert_false (wep_suppression_is_hidden (s, 5));
}

/* Random tables of small and large counts: no sum with exactly one hidden
 * cell, and no hidden small count that the reader can work out. */
static void
test_grid_random (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20260101);

  for (guint round = 0; round < 400; round++)
    {
      guint n_rows = g_rand_int_range (rand, 1, 9);
      guint n_columns = g_rand_int_range (rand, 1, 7);
      g_autofree double *values = g_new0 (double, (n_rows + 1) * (n_columns + 1));
      Grid grid = { n_rows, n_columns, values };
      g_autoptr (WepSuppression) s = NULL;
      guint pinned;

      for (guint r = 0; r < n_rows; r++)
        for (guint c = 0; c < n_columns; c++)
          {
            double p = g_rand_double (rand);

            values[grid_cell (&grid, r, c)] = p < 0.15 ? 0 : p < 0.45 ? g_rand_int_range (rand, 1, 10)
                                                               : g_rand_int_range (rand, 10, 300);
          }
      grid_fill_totals (&grid);
      s = grid_suppress (&grid, 10);

      for (guint c = 0; c < (n_rows + 1) * (n_columns + 1); c++)
        if (wep_privacy_hides (values[c], 10))
          g_assert_true (wep_suppression_is_primary (s, c));
      assert_sums_hide_none_or_two (&grid, s);
      if (grid_pins_down (&grid, s, &pinned))
        g_error ("round %u: a %u × %u table gives its hidden cell %u away", round, n_rows,
                 n_columns, pinned);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/suppress/rule", test_rule);
  g_test_add_func ("/suppress/row", test_row);
  g_test_add_func ("/suppress/row-enough", test_row_enough);
  g_test_add_func ("/suppress/nothing", test_nothing);
  g_test_add_func ("/suppress/grid-rectangle", test_grid_rectangle);
  g_test_add_func ("/suppress/grid-zeros", test_grid_zeros);
  g_test_add_func ("/suppress/small-total", test_small_total);
  g_test_add_func ("/suppress/derived", test_derived);
  g_test_add_func ("/suppress/grid-random", test_grid_random);
  return g_test_run ();
}
