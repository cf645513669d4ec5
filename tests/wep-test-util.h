/* wep-test-util.h: helpers shared by the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "wep-input.h"
#include "wep-model.h"

G_BEGIN_DECLS

/* A random input that passes validation: every key drawn inside its valid
 * range, shaped like a plausible region (and sometimes at the edges). */
WepModelInput *wep_test_random_input (GRand *rand,
                                      guint  n_regions);

/* tests/data/NAME, from the source tree. */
char          *wep_test_data_path    (const char *name);

/* The test vector's input as a JSON object node (the "input" member). */
JsonNode      *wep_test_vector_input_node (void);
char          *wep_test_node_to_json (JsonNode *node);

/* Relative difference, with an absolute floor for values near zero. */
double         wep_test_rel_diff     (double a,
                                      double b);

/* The test program's own folder under g_get_tmp_dir (), so that two runs
 * (a plain and a sanitizer build) never share files: made by
 * wep_test_tmp_init (), removed with all it holds by wep_test_tmp_remove (). */
void           wep_test_tmp_init     (const char *prefix);
const char    *wep_test_tmp_dir      (void);
char          *wep_test_tmp_path     (const char *name);
void           wep_test_tmp_remove   (void);

/* `wep` (the binary named by $WEP) run to the end: exit status and output.
 * The child gets the test's own cache folder (GLib gives children of an
 * isolated test /dev/null for the XDG folders). */
typedef struct
{
  int   status;
  char *out;
  char *err;
} WepTestRun;

void           wep_test_run_clear    (WepTestRun *run);
void           wep_test_run_wep      (WepTestRun *run,
                                      const char *first,
                                      ...) G_GNUC_NULL_TERMINATED;
void           wep_test_run_wep_valist (WepTestRun *run,
                                        const char *first,
                                        va_list     args);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (WepTestRun, wep_test_run_clear)

G_END_DECLS
