/* wep-bench-scenario.h: the 43-region scenario the benchmarks share
 *
 * One region per centrumgemeente: the built-in example region scaled from
 * a third to three times its size, with the example's uncertainty ranges,
 * over the example's ten years.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-input.h"

G_BEGIN_DECLS

#define N_REGIONS 43

WepModelInput *wep_bench_scenario_43_regions (void);

G_END_DECLS
