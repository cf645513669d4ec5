/* assumptions-fixture.h: a WepAssumptionsView in a window, for the tests
 * of the "Aannames" page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gui-test-util.h"

#include "assumptions/wep-assumptions-view-private.h"
#include "wep-error.h"
#include "wep-example.h"
#include "wep-format.h"
#include "wep-test-util.h"

G_BEGIN_DECLS

#define SECOND_REGION "Tweede regio (illustratief)"
/* How long GTK gets to lay out and draw what changed (gui_test_settle ()). */
#define SETTLE_MS 300

typedef struct
{
  WepDocument        *doc;
  WepSession         *session;
  GtkWindow          *window;
  WepAssumptionsView *view;
} Fixture;

/* The page on a session of doc (taken over), in a 1024×768 window. */
void                   fixture_set_up         (Fixture      *f,
                                               WepDocument  *doc);
void                   fixture_tear_down      (Fixture      *f);
/* A region of the session's input; NULL: the first. */
const WepRegionInput  *session_region         (Fixture      *f,
                                               const char   *name);
AssumptionField       *field                  (Fixture      *f,
                                               const char   *key,
                                               int           year);
const char            *field_text             (Fixture      *f,
                                               const char   *key,
                                               int           year);
/* The session's results are those of the model run on its input. */
void                   assert_results_current (Fixture      *f);
/* Lets widget (a window or a popover) settle and saves what it shows as
 * NAME in the build folder. */
void                   save_screenshot        (GtkWidget    *widget,
                                               const char   *name);
/* The example with a second region, and as many more as n_regions asks. */
WepDocument           *document_with_regions  (guint         n_regions);

G_END_DECLS
