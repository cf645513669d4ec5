/* wep-custom-region.h: regions the planner draws on the map
 *
 * A custom region (kind "eigen", docs/file-format.md) is a set of
 * municipalities the plan defines itself. On the map, Ctrl+click adds a
 * municipality to the custom region being edited or takes it out again.
 * Callers that edit for the user wrap each call in
 * wep_document_begin_change () / wep_document_end_change ().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-document.h"

G_BEGIN_DECLS

#define WEP_CUSTOM_REGION_KIND "eigen"

/* Adds municipality to the custom region with code region, or takes it
 * out when it is a member; region NULL makes a new custom region (the
 * first free "Custom region N", code "eigen-N") with municipality as its
 * first member. A municipality can be in one custom region only, so one
 * that is in another moves. A custom region that loses its last member is
 * deleted, unless a scenario models it. On success, *region_out (when not
 * NULL) is the code of the region changed, or NULL when it was deleted,
 * and *added whether the municipality is now a member.
 * Refused, naming them, for a region that is not custom, a municipality or
 * region that does not exist, and a read-only plan. */
gboolean wep_document_toggle_custom_member (WepDocument  *self,
                                           const char   *region,
                                           const char   *municipality,
                                           char        **region_out,
                                           gboolean     *added,
                                           GError      **error);
/* The same checks without changing the plan. */
gboolean wep_document_check_custom_member  (WepDocument  *self,
                                           const char   *region,
                                           const char   *municipality,
                                           GError      **error);

G_END_DECLS
