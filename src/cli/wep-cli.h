/* wep-cli.h: the `wep` command line, a thin layer over the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "wep-document.h"
#include "wep-input.h"

G_BEGIN_DECLS

/* Exit status of every verb. */
typedef enum
{
  WEP_EXIT_OK = 0,
  WEP_EXIT_BAD_INPUT = 1,
  WEP_EXIT_USAGE = 2,
} WepExit;

typedef int (*WepVerbFunc) (int    argc,
                            char **argv);

typedef struct
{
  const char  *name;
  const char  *args;      /* e.g. "INPUT" */
  const char  *summary;   /* N_() */
  WepVerbFunc  run;
} WepVerb;

/* Parses a verb's options; on --help prints and returns FALSE with
 * *status = 0, on a usage error prints it and returns FALSE with
 * *status = 2. n_args is the number of positional arguments required. */
gboolean wep_cli_parse      (const WepVerb   *verb,
                             GOptionEntry    *entries,
                             int             *argc,
                             char          ***argv,
                             int              n_args,
                             int             *status);
int      wep_cli_fail       (WepExit          status,
                             const char      *format,
                             ...) G_GNUC_PRINTF (2, 3);
gboolean wep_cli_write      (const char      *text,
                             int             *status);

int wep_cli_run         (int argc, char **argv);
int wep_cli_needed      (int argc, char **argv);
int wep_cli_uncertainty (int argc, char **argv);
int wep_cli_example     (int argc, char **argv);
int wep_cli_new         (int argc, char **argv);
int wep_cli_info        (int argc, char **argv);
int wep_cli_check       (int argc, char **argv);
int wep_cli_export_json (int argc, char **argv);
int wep_cli_import_json (int argc, char **argv);
int wep_cli_merge       (int argc, char **argv);
int wep_cli_import      (int argc, char **argv);
int wep_cli_template    (int argc, char **argv);
int wep_cli_export      (int argc, char **argv);
int wep_cli_fetch_boundaries (int argc, char **argv);
int wep_cli_report      (int argc, char **argv);

/* Opens a plan; without WEP_OPEN_READ_ONLY it must be writable (someone
 * else having it open is an error). NULL with *status set on failure. */
WepDocument   *wep_cli_open_plan        (const char   *path,
                                         WepOpenFlags  flags,
                                         int          *status);
/* The scenario a verb works on: the one named, or the plan's only one. */
char          *wep_cli_choose_scenario  (WepDocument  *doc,
                                         const char   *path,
                                         const char   *scenario,
                                         int          *status);

/* The model input of a JSON file, or of a scenario of a plan file (the
 * only one when scenario is NULL). NULL with *status set on failure. */
WepModelInput *wep_cli_load_model_input (const char *path,
                                         const char *scenario,
                                         int        *status);

const WepVerb *wep_cli_find_verb (const char *name);

G_END_DECLS
