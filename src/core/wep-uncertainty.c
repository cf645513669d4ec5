/* wep-uncertainty.c: the Monte Carlo layer (docs/model.md, "Uncertainty")
 *
 * Run i draws from its own xoshiro256** generator, seeded by splitmix64
 * from (seed, i), in a fixed order: regions in order, scalar keys in spec
 * order, then per-year keys in spec order with years ascending. The runs
 * are shared out over threads in blocks; each run writes only its own
 * slots, and the percentiles are computed per cell from all runs, so the
 * output is the same, byte for byte, whatever the number of threads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wep-error.h"
#include "wep-model-private.h"
#include "wep-uncertainty.h"

#define MAX_STORE_BYTES ((gsize) 4 * 1024 * 1024 * 1024)

typedef struct
{
  guint64 s[4];
} Rng;

static inline guint64
splitmix64 (guint64 *x)
{
  guint64 z = (*x += 0x9E3779B97F4A7C15ull);

  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

static inline guint64
rotl (guint64 x,
      int     k)
{
  return (x << k) | (x >> (64 - k));
}

static void
rng_init (Rng    *rng,
          guint64 seed,
          guint64 run)
{
  guint64 x = seed ^ (0xD1B54A32D192ED03ull * (run + 1));

  for (guint i = 0; i < 4; i++)
    rng->s[i] = splitmix64 (&x);
}

/* xoshiro256**, as a double in [0, 1). */
static inline double
rng_uniform (Rng *rng)
{
  guint64 *s = rng->s;
  guint64 result = rotl (s[1] * 5, 7) * 9;
  guint64 t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl (s[3], 45);
  return (double) (result >> 11) * 0x1.0p-53;
}

double
wep_triangle_sample (const WepTriangle *t,
                     double             u)
{
  double width, left;

  g_return_val_if_fail (t != NULL, NAN);

  width = t->high - t->low;
  if (width <= 0.0)
    return t->mode;
  left = t->mode - t->low;
  if (u * width < left)
    return t->low + sqrt (u * width * left);
  return t->high - sqrt ((1.0 - u) * width * (t->high - t->mode));
}

typedef struct
{
  const WepModelInput *input;
  guint                n_runs;
  guint64              seed;
  guint                n_regions;    /* input regions */
  guint                n_rows;       /* regions + total */
  int                  n_years;
  gsize                cells;        /* n_rows * n_years * WEP_N_COLUMNS */
  double              *store;        /* [run][cell] */
  guint8              *goal_met;     /* [run][region][WEP_N_HOUSING] */
  gint                *progress;
  GCancellable        *cancellable;
  gint                 cancelled;
  WepUncertainty      *out;
} Job;

typedef struct
{
  Job   *job;
  guint  first;
  guint  last;        /* exclusive: runs, or cells for the percentiles */
} Slice;

static void
run_one (Job    *job,
         guint   run,
         double *yearly_buf)
{
  const WepModelInput *input = job->input;
  double *cells = job->store + (gsize) run * job->cells;
  gsize region_cells = (gsize) job->n_years * WEP_N_COLUMNS;
  Rng rng;

  rng_init (&rng, job->seed, run);

  for (guint ri = 0; ri < job->n_regions; ri++)
    {
      const WepRegionInput *r = wep_model_input_region (input, ri);
      double scalar[WEP_N_SCALARS];
      double *yearly[WEP_N_YEARLY];
      WepRegionParams params;
      double *rows = cells + ri * region_cells;
      const double *target;
      int target_index;

      memcpy (scalar, r->scalar, sizeof scalar);
      for (guint k = 0; k < WEP_N_SCALARS; k++)
        if (r->has_range[k])
          scalar[k] = wep_triangle_sample (&r->range[k], rng_uniform (&rng));

      for (guint k = 0; k < WEP_N_YEARLY; k++)
        {
          if (r->yearly_range[k] == NULL)
            {
              yearly[k] = r->yearly[k];
              continue;
            }
          yearly[k] = yearly_buf + (gsize) k * job->n_years;
          for (int y = 0; y < job->n_years; y++)
            {
              const WepTriangle *t = &r->yearly_range[k][y];

              yearly[k][y] = isnan (t->low) ? r->yearly[k][y]
                                            : wep_triangle_sample (t, rng_uniform (&rng));
            }
        }

      wep_region_params_init (&params, scalar, yearly);
      wep_simulate_region (&params, input->base_year, job->n_years, NULL, rows, NULL, NULL, NULL);

      target_index = (int) scalar[WEP_S_TARGET_YEAR] - input->base_year;
      target = rows + (gsize) target_index * WEP_N_COLUMNS;
      for (guint k = 0; k < WEP_N_HOUSING; k++)
        job->goal_met[((gsize) run * job->n_regions + ri) * WEP_N_HOUSING + k] =
          target[WEP_C_QUEUE_HF + k]
          <= scalar[WEP_S_MAX_WAIT_MONTHS] * target[WEP_C_READY_HF + k] / 12.0;
    }

  if (job->n_rows > job->n_regions)
    {
      double *total = cells + job->n_regions * region_cells;

      memset (total, 0, region_cells * sizeof (double));
      for (guint ri = 0; ri < job->n_regions; ri++)
        for (gsize v = 0; v < region_cells; v++)
          total[v] += cells[ri * region_cells + v];
      for (int y = 0; y < job->n_years; y++)
        wep_result_row_set_waits (total + (gsize) y * WEP_N_COLUMNS);
    }
}

static gpointer
run_slice_thread (gpointer data)
{
  Slice *slice = data;
  Job *job = slice->job;
  g_autofree double *yearly_buf = g_new (double, (gsize) WEP_N_YEARLY * job->n_years);

  for (guint run = slice->first; run < slice->last; run++)
    {
      if (g_atomic_int_get (&job->cancelled))
        break;
      if (job->cancellable != NULL && g_cancellable_is_cancelled (job->cancellable))
        {
          g_atomic_int_set (&job->cancelled, TRUE);
          break;
        }
      run_one (job, run, yearly_buf);
      if (job->progress != NULL)
        g_atomic_int_inc (job->progress);
    }
  return NULL;
}

/* The k-th smallest of v[0..n) moved to v[k] (Hoare's selection); v holds
 * no NaN. */
static void
select_nth (double *v,
            gssize  n,
            gssize  k)
{
  gssize lo = 0, hi = n - 1;

  while (hi > lo)
    {
      double pivot = v[lo + (hi - lo) / 2];
      gssize i = lo, j = hi;

      while (i <= j)
        {
          while (v[i] < pivot)
            i++;
          while (v[j] > pivot)
            j--;
          if (i <= j)
            {
              double tmp = v[i];

              v[i] = v[j];
              v[j] = tmp;
              i++;
              j--;
            }
        }
      if (k <= j)
        hi = j;
      else if (k >= i)
        lo = i;
      else
        return;
    }
}

/* PERCENTILE.INC: linear between order statistics at h = (n - 1) p.
 * Endless waits (+inf) sort last; a percentile touching one is NAN. */
static double
percentile (double *v,
            gsize   n,
            double  p)
{
  double h = (double) (n - 1) * p;
  gsize lo = (gsize) floor (h);
  double frac = h - (double) lo, a, b;

  select_nth (v, (gssize) n, (gssize) lo);
  a = v[lo];
  if (frac == 0.0 || lo + 1 >= n)
    return isinf (a) ? NAN : a;
  b = v[lo + 1];
  for (gsize i = lo + 2; i < n; i++)
    if (v[i] < b)
      b = v[i];
  if (isinf (a) || isinf (b))
    return NAN;
  return a + frac * (b - a);
}

static gpointer
percentile_slice_thread (gpointer data)
{
  static const double ps[WEP_N_PERCENTILES] = { 0.10, 0.50, 0.90 };
  Slice *slice = data;
  Job *job = slice->job;
  g_autofree double *column = g_new (double, job->n_runs);
  gsize region_cells = (gsize) job->n_years * WEP_N_COLUMNS;

  for (gsize cell = slice->first; cell < slice->last; cell++)
    {
      guint row = cell / region_cells;
      WepRegionSpread *spread = row < job->n_regions ? g_ptr_array_index (job->out->regions, row)
                                                     : job->out->total;

      for (guint run = 0; run < job->n_runs; run++)
        {
          double v = job->store[(gsize) run * job->cells + cell];
          column[run] = isnan (v) ? INFINITY : v;
        }
      for (guint p = 0; p < WEP_N_PERCENTILES; p++)
        spread->percentile[p][cell % region_cells] = percentile (column, job->n_runs, ps[p]);
    }
  return NULL;
}

static void
run_threads (Job         *job,
             guint        n_threads,
             gsize        n_items,
             GThreadFunc  func)
{
  g_autofree Slice *slices = g_new0 (Slice, n_threads);
  g_autofree GThread **threads = g_new0 (GThread *, n_threads);

  for (guint t = 0; t < n_threads; t++)
    {
      slices[t].job = job;
      slices[t].first = (guint) (n_items * t / n_threads);
      slices[t].last = (guint) (n_items * (t + 1) / n_threads);
    }
  for (guint t = 1; t < n_threads; t++)
    threads[t] = g_thread_new ("wep-monte-carlo", func, &slices[t]);
  func (&slices[0]);
  for (guint t = 1; t < n_threads; t++)
    g_thread_join (threads[t]);
}

static WepRegionSpread *
spread_new (const char *name,
            gsize       n_values)
{
  WepRegionSpread *spread = g_new0 (WepRegionSpread, 1);

  spread->region = g_strdup (name);
  for (guint p = 0; p < WEP_N_PERCENTILES; p++)
    spread->percentile[p] = g_new0 (double, n_values);
  for (guint k = 0; k <= WEP_N_HOUSING; k++)
    spread->goal_share[k] = NAN;
  return spread;
}

static void
spread_free (WepRegionSpread *spread)
{
  for (guint p = 0; p < WEP_N_PERCENTILES; p++)
    g_free (spread->percentile[p]);
  g_free (spread->region);
  g_free (spread);
}

void
wep_uncertainty_free (WepUncertainty *uncertainty)
{
  if (uncertainty == NULL)
    return;
  g_clear_pointer (&uncertainty->regions, g_ptr_array_unref);
  g_clear_pointer (&uncertainty->total, spread_free);
  g_free (uncertainty);
}

static void
count_goal_shares (Job *job)
{
  for (guint ri = 0; ri < job->n_regions; ri++)
    {
      WepRegionSpread *spread = g_ptr_array_index (job->out->regions, ri);
      guint met[WEP_N_HOUSING + 1] = { 0 };

      for (guint run = 0; run < job->n_runs; run++)
        {
          const guint8 *g = job->goal_met + ((gsize) run * job->n_regions + ri) * WEP_N_HOUSING;
          gboolean all = TRUE;

          for (guint k = 0; k < WEP_N_HOUSING; k++)
            {
              met[k] += g[k];
              all = all && g[k];
            }
          met[WEP_GOAL_ALL] += all;
        }
      for (guint k = 0; k <= WEP_N_HOUSING; k++)
        spread->goal_share[k] = (double) met[k] / job->n_runs;
    }
}

WepUncertainty *
wep_uncertainty_run (const WepModelInput          *input,
                     const WepUncertaintyOptions  *options,
                     gint                         *progress,
                     GCancellable                 *cancellable,
                     GError                      **error)
{
  g_autoptr (WepUncertainty) out = NULL;
  g_autofree double *store = NULL;
  g_autofree guint8 *goal_met = NULL;
  WepUncertaintyOptions defaults = { 0 };
  Job job = { 0 };
  guint n_threads;
  gsize region_cells;

  g_return_val_if_fail (input != NULL, NULL);

  if (options == NULL)
    options = &defaults;
  if (!wep_model_input_validate (input, error))
    return NULL;

  job.input = input;
  job.n_runs = options->n_runs != 0 ? options->n_runs : WEP_DEFAULT_RUNS;
  job.seed = options->has_seed ? options->seed
             : input->has_seed ? input->seed : WEP_DEFAULT_SEED;
  job.n_regions = input->regions->len;
  job.n_rows = job.n_regions + (job.n_regions > 1 ? 1 : 0);
  job.n_years = input->horizon_years;
  region_cells = (gsize) job.n_years * WEP_N_COLUMNS;
  job.cells = job.n_rows * region_cells;
  job.progress = progress;
  job.cancellable = cancellable;

  if (job.n_runs > WEP_MAX_RUNS)
    {
      g_set_error (error, WEP_INPUT_ERROR, WEP_INPUT_ERROR_LIMIT,
                   _("%u runs is more than the %d this planner does at once."), job.n_runs,
                   WEP_MAX_RUNS);
      return NULL;
    }
  if ((double) job.cells * job.n_runs * sizeof (double) > (double) MAX_STORE_BYTES)
    {
      g_set_error (error, WEP_INPUT_ERROR, WEP_INPUT_ERROR_LIMIT,
                   _("%u runs of %u regions over %d years need more memory than this planner "
                     "uses; choose fewer runs."),
                   job.n_runs, job.n_regions, job.n_years);
      return NULL;
    }

  store = g_try_new (double, job.cells * job.n_runs);
  goal_met = g_try_new0 (guint8, (gsize) job.n_runs * job.n_regions * WEP_N_HOUSING);
  if (store == NULL || goal_met == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   _("Not enough memory for %u runs; choose fewer runs."), job.n_runs);
      return NULL;
    }
  job.store = store;
  job.goal_met = goal_met;

  out = g_new0 (WepUncertainty, 1);
  out->base_year = input->base_year;
  out->n_years = job.n_years;
  out->n_runs = job.n_runs;
  out->seed = job.seed;
  out->regions = g_ptr_array_new_with_free_func ((GDestroyNotify) spread_free);
  for (guint ri = 0; ri < job.n_regions; ri++)
    g_ptr_array_add (out->regions,
                     spread_new (wep_model_input_region (input, ri)->name, region_cells));
  if (job.n_rows > job.n_regions)
    out->total = spread_new (WEP_TOTAL_REGION_NAME, region_cells);
  job.out = out;

  n_threads = options->n_threads != 0 ? options->n_threads : g_get_num_processors ();
  n_threads = CLAMP (n_threads, 1, MAX (1u, job.n_runs));

  run_threads (&job, n_threads, job.n_runs, run_slice_thread);
  if (job.cancelled)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("The uncertainty calculation was cancelled."));
      return NULL;
    }
  run_threads (&job, MIN (n_threads, MAX (1u, (guint) job.cells)), job.cells,
               percentile_slice_thread);
  count_goal_shares (&job);

  return g_steal_pointer (&out);
}
