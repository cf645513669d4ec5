/* wep-suppress.h: small counts of persons kept out of what leaves the
 * office
 *
 * In a small municipality a count of three people leaving the shelter can
 * point at the people themselves. Reports and exports meant to leave the
 * office therefore show a count of persons below a threshold (10 unless
 * the user sets another) as "< 10" (primary suppression).
 *
 * A hidden count must not come back by subtraction: when a table shows a
 * total and all but one of its parts, the one is the total minus the
 * others. So wherever a shown sum would give a hidden cell away, a second
 * cell of the same sum is hidden as well (complementary suppression): of
 * every sum the reader sees, either no cell or at least two are hidden.
 * The second cell is chosen so that the hidden cells of the sum add up to
 * at least the threshold where possible, then not a 0, then so that it
 * also protects another sum, then the smallest; a total is hidden only
 * when no part is left to hide. Sums that share cells can together still pin a hidden
 * cell down (two blocks of a table joined by one hidden cell): an exact
 * check of what the shown figures imply (elimination over the sums) finds
 * such a cell, and another one is hidden until none is left. Totals are
 * computed before any suppression and shown unchanged.
 *
 * docs/report.md, "Privacy", gives the rule as users read it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "wep-model.h"

G_BEGIN_DECLS

/* The threshold of the settings' default ("privacy-threshold"). */
#define WEP_PRIVACY_DEFAULT_THRESHOLD 10
#define WEP_PRIVACY_MAX_THRESHOLD     1000

/* Whether a count shown as round (value) is hidden: from 1 to threshold − 1
 * persons. 0 stays 0, NAN (no value) is never hidden, and a threshold of 0
 * or 1 hides nothing. */
gboolean    wep_privacy_hides        (double      value,
                                      int         threshold);
/* What a hidden count shows: "< 10". */
char       *wep_privacy_hidden_text  (int         threshold);
/* What a count hidden to protect another shows (it need not be small). */
#define WEP_PRIVACY_PROTECTING_TEXT "×"

typedef struct _WepSuppression WepSuppression;

/* A table of n_cells counts, referred to by index (values is copied). */
WepSuppression *wep_suppression_new       (const double         *values,
                                           guint                 n_cells,
                                           int                   threshold);
void            wep_suppression_free      (WepSuppression       *self);
/* The table shows cell total as the sum of the cells parts: the reader can
 * subtract. */
void            wep_suppression_add_sum   (WepSuppression       *self,
                                           guint                 total,
                                           const guint          *parts,
                                           guint                 n_parts);
/* The table shows cell derived as computed from the cells sources by
 * another rule than a sum (a wait, from a queue and its moves): when one
 * of the sources is hidden, derived is hidden too, or the reader could
 * solve the rule for it. derived is no count itself: it is hidden only
 * with its sources. */
void            wep_suppression_add_derived (WepSuppression     *self,
                                             guint               derived,
                                             const guint        *sources,
                                             guint               n_sources);
/* Primary suppression, then complementary suppression until every sum
 * hides no cell or at least two and every derived cell of a hidden one is
 * hidden. Returns the number of cells hidden. */
guint           wep_suppression_apply     (WepSuppression       *self);
gboolean        wep_suppression_is_hidden (const WepSuppression *self,
                                           guint                 cell);
/* Hidden for being small itself, not to protect another cell. */
gboolean        wep_suppression_is_primary (const WepSuppression *self,
                                            guint                 cell);
guint           wep_suppression_get_n_cells (const WepSuppression *self);
/* What a cell shows instead of its value: "< 10" when it is small itself,
 * WEP_PRIVACY_PROTECTING_TEXT when it protects another; NULL when it is
 * shown. */
char           *wep_suppression_dup_text  (const WepSuppression *self,
                                           guint                 cell);

/* ---- yearly results ------------------------------------------------------ */

/* Whether a result column counts persons: all but the waits and the cost. */
gboolean        wep_column_counts_persons (WepColumn             column);

/* The cells of a table of results: per region (in input order, then the
 * total when there is one) and year, every result column and, after them,
 * the three housing pathways together: the queues (what a report calls
 * "waiting") and the housed. */
#define WEP_RESULTS_QUEUES   WEP_N_COLUMNS
#define WEP_RESULTS_HOUSED   (WEP_N_COLUMNS + 1)
#define WEP_RESULTS_N_CELLS  (WEP_N_COLUMNS + 2)

static inline guint
wep_results_cell (const WepResults *results,
                  guint             region,      /* regions->len: the total */
                  int               year_index,
                  guint             cell)        /* a WepColumn, WEP_RESULTS_QUEUES or _HOUSED */
{
  return ((guint) region * (guint) results->n_years + (guint) year_index) * WEP_RESULTS_N_CELLS
         + cell;
}

/* The results' suppression, applied: the counts of persons, each row's
 * homeless as sheltered plus unsheltered, its queues and its housed
 * summed, every
 * count of the total as the sum of the regions' (when there is a total),
 * and each wait derived from its queue and moves. */
WepSuppression *wep_results_suppression_new (const WepResults    *results,
                                             int                  threshold);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepSuppression, wep_suppression_free)

G_END_DECLS
