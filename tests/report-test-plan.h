/* report-test-plan.h: plans the report tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-document.h"

G_BEGIN_DECLS

#define REPORT_TEST_SMALL_SCENARIO "Klein en groot"
#define REPORT_TEST_SMALL_REGION   "Kleine regio"
#define REPORT_TEST_LARGE_REGION   "Grote regio"
#define REPORT_TEST_MANY_SCENARIO  "43 regio's"

/* The built-in example with, besides "Basis":
 *
 *   - REPORT_TEST_SMALL_SCENARIO: two regions, the example at 1.2 % of its
 *     size (a handful of people: small counts everywhere) and the example
 *     itself, so that the total of the two is a sum a reader could
 *     subtract from;
 *   - REPORT_TEST_MANY_SCENARIO: 43 regions, the example scaled from a
 *     third to three times its size (bench/wep-bench-scenario.c does the
 *     same).
 *
 * Allocations of 2024 and 2025: Kampen 23 and 3, Raalte 19 and 12, Zwolle
 * 41 and 37 (the 3 is a small count; the example's own allocations of
 * 2025 are replaced). */
WepDocument *report_test_plan_new (void);

G_END_DECLS
