/* wep-scenario-compare.h: what differs between two scenarios
 *
 * Two model inputs, or two sets of yearly results, compared value by
 * value: only what differs is listed, per region and year, with the keys of
 * the model specification (docs/model.md). A region or year that only one
 * side has is listed with NAN on the other side.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-document.h"
#include "wep-model.h"

G_BEGIN_DECLS

typedef enum
{
  WEP_DIFFERENCE_SETTING,   /* "base_year", "horizon_years" or "seed" of the whole input */
  WEP_DIFFERENCE_VALUE,     /* the value of an input (a scalar or a per-year key) */
  WEP_DIFFERENCE_RANGE,     /* the uncertainty range of an input */
  WEP_DIFFERENCE_RESULT,    /* a yearly result column */
} WepDifferenceKind;

typedef struct
{
  WepDifferenceKind  kind;
  /* The region's name; WEP_TOTAL_REGION_NAME for the results of the total;
   * NULL for a setting. */
  char              *region;
  /* The spec key: "seed", "mix_hf", "inflow" … or a result column
   * ("homeless", "wait_hf" …). */
  const char        *key;
  /* The model year; 0 for a scalar input and a setting. */
  int                year;
  /* The two values; NAN where that side does not have it (and for a
   * range). */
  double             a;
  double             b;
  /* For WEP_DIFFERENCE_RANGE: the ranges, low NAN where there is none. */
  WepTriangle        range_a;
  WepTriangle        range_b;
} WepDifference;

WepDifference *wep_difference_copy      (const WepDifference *difference);
void           wep_difference_free      (WepDifference       *difference);

/* The differences between the inputs a and b (of WepDifference): the
 * settings first, then per region (a's order, then the regions only b
 * has) its scalars, then year by year its per-year inputs, each value
 * before its range. Values are compared exactly. */
GPtrArray     *wep_compare_inputs       (const WepModelInput *a,
                                         const WepModelInput *b);
/* The differences between the results a and b (of WepDifference): per
 * region (then the total) and year, in the order of the columns. Values
 * closer than 1e-9 relative, the precision the specification asks of the
 * model, count as equal; two empty waits (NAN) are equal. */
GPtrArray     *wep_compare_results      (const WepResults    *a,
                                         const WepResults    *b);

/* Runs scenarios a and b of the plan and compares them: *inputs and
 * *results as above. Fails, naming the scenario, when one of them cannot
 * run. */
gboolean       wep_document_compare_scenarios (WepDocument  *self,
                                               const char   *a,
                                               const char   *b,
                                               GPtrArray   **inputs,
                                               GPtrArray   **results,
                                               GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepDifference, wep_difference_free)

G_END_DECLS
