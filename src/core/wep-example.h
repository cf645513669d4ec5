/* wep-example.h: the built-in demonstration region
 *
 * Figures are illustrative (labelled so wherever they are shown); where a
 * published Dutch figure exists, docs/model.md says which and where from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-document.h"
#include "wep-input.h"

G_BEGIN_DECLS

#define WEP_EXAMPLE_REGION_NAME "Voorbeeldregio (illustratief)"

#define WEP_EXAMPLE_REGION_CODE   "CG0193"
#define WEP_EXAMPLE_SCENARIO_NAME "Basis"

WepModelInput *wep_example_input    (void);

/* The same example as a plan: eleven real municipalities around Zwolle
 * (CBS codes and names of 2025) with illustrative figures, their plans and
 * lettings adding up to the example's, the region's figures, monitoring
 * rows and the scenario "Basis", whose model input equals
 * wep_example_input () exactly. */
WepDocument   *wep_example_document (void);

G_END_DECLS
