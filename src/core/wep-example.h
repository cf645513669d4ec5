/* wep-example.h: the built-in demonstration region
 *
 * Figures are illustrative (labelled so wherever they are shown); where a
 * published Dutch figure exists, docs/model.md says which and where from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-input.h"

G_BEGIN_DECLS

#define WEP_EXAMPLE_REGION_NAME "Voorbeeldregio (illustratief)"

WepModelInput *wep_example_input (void);

G_END_DECLS
