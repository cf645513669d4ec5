/* test-map-plans.h: plans with boundaries for the map's GUI test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-document.h"

G_BEGIN_DECLS

/* ../shared/data/reference/NAME */
char        *wep_test_map_reference_path          (const char *name);
/* The built-in example with the boundaries of its eleven municipalities
 * from the reference geography (a file of those written into tmpdir). */
WepDocument *wep_test_map_example_with_boundaries (const char *tmpdir);
/* An illustrative plan of the 342 municipalities of 2025 in 12 regions
 * (the provinces), with made-up but plausible figures and a scenario
 * "Basis" from 2026: for the national screenshots. */
WepDocument *wep_test_map_national_plan           (void);
/* Removes tmpdir and the files in it. */
void         wep_test_map_remove_tree             (const char *tmpdir);

G_END_DECLS
