/* wep-cli-model.c: the model verbs of `wep`: run, needed, uncertainty and
 * example
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-cli.h"
#include "wep-example.h"
#include "wep-model.h"
#include "wep-results-format.h"
#include "wep-uncertainty.h"

static char *format_name = NULL;
static char *scenario_name = NULL;

#define FORMAT_ENTRY \
  { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, \
    N_("Output format: table (default), csv or json"), "FORMAT" }
#define SCENARIO_ENTRY \
  { "scenario", 0, 0, G_OPTION_ARG_STRING, &scenario_name, \
    N_("The scenario of a plan file to use (needed when it has several)"), "NAME" }

static gboolean
parse_format (WepFormat *format,
              int       *status)
{
  *format = WEP_FORMAT_TABLE;
  if (format_name != NULL && !wep_format_parse (format_name, format))
    {
      *status = wep_cli_fail (WEP_EXIT_USAGE, _("unknown format “%s”: use table, csv or json."),
                              format_name);
      return FALSE;
    }
  return TRUE;
}

/* A verb's options, its one argument (a model-input JSON or a plan file)
 * and the output format; NULL with *status set when any of them fails. */
static WepModelInput *
parse_and_load (const char     *verb,
                GOptionEntry   *entries,
                int            *argc,
                char         ***argv,
                WepFormat      *format,
                int            *status)
{
  if (!wep_cli_parse (wep_cli_find_verb (verb), entries, argc, argv, 1, status)
      || !parse_format (format, status))
    return NULL;
  return wep_cli_load_model_input ((*argv)[1], scenario_name, status);
}

int
wep_cli_run (int    argc,
             char **argv)
{
  GOptionEntry entries[] = { FORMAT_ENTRY, SCENARIO_ENTRY, { NULL } };
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (WepResults) results = NULL;
  g_autofree char *text = NULL;
  WepFormat format;
  int status;

  if ((input = parse_and_load ("run", entries, &argc, &argv, &format, &status)) == NULL)
    return status;

  results = wep_model_run (input);
  text = wep_results_format (results, format);
  wep_cli_write (text, &status);
  return status;
}

int
wep_cli_needed (int    argc,
                char **argv)
{
  GOptionEntry entries[] = { FORMAT_ENTRY, SCENARIO_ENTRY, { NULL } };
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (GPtrArray) needs = NULL;
  g_autofree char *text = NULL;
  WepFormat format;
  int status;

  if ((input = parse_and_load ("needed", entries, &argc, &argv, &format, &status)) == NULL)
    return status;

  needs = g_ptr_array_new_with_free_func ((GDestroyNotify) wep_region_needs_free);
  for (guint i = 0; i < input->regions->len; i++)
    g_ptr_array_add (needs, wep_region_needs_compute (input, wep_model_input_region (input, i)));
  text = wep_needs_format (needs, format);
  wep_cli_write (text, &status);
  return status;
}

int
wep_cli_uncertainty (int    argc,
                     char **argv)
{
  static int runs = WEP_DEFAULT_RUNS;
  static gint64 seed = -1;
  static int threads = 0;
  GOptionEntry entries[] = {
    FORMAT_ENTRY,
    SCENARIO_ENTRY,
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs,
      N_("Number of Monte Carlo runs (default 1000)"), "N" },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed,
      N_("Seed of the random draws (default: the input's seed, else 20260101)"), "S" },
    { "threads", 't', 0, G_OPTION_ARG_INT, &threads,
      N_("Threads to use (default: one per processor); the results do not depend on it"), "T" },
    { NULL }
  };
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (WepUncertainty) uncertainty = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  WepUncertaintyOptions options = { 0 };
  WepFormat format;
  int status;

  if ((input = parse_and_load ("uncertainty", entries, &argc, &argv, &format, &status)) == NULL)
    return status;
  if (runs < 1 || runs > WEP_MAX_RUNS)
    return wep_cli_fail (WEP_EXIT_USAGE, _("--runs must be a whole number from 1 to %d."),
                         WEP_MAX_RUNS);
  if (threads < 0 || threads > 1024)
    return wep_cli_fail (WEP_EXIT_USAGE, _("--threads must be a whole number from 0 to 1024."));
  if (seed < -1)
    return wep_cli_fail (WEP_EXIT_USAGE, _("--seed must be 0 or more."));

  options.n_runs = runs;
  options.n_threads = threads;
  options.has_seed = seed >= 0;
  options.seed = seed >= 0 ? (guint64) seed : 0;
  uncertainty = wep_uncertainty_run (input, &options, NULL, NULL, &error);
  if (uncertainty == NULL)
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);
  text = wep_uncertainty_format (uncertainty, format);
  wep_cli_write (text, &status);
  return status;
}

int
wep_cli_example (int    argc,
                 char **argv)
{
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (!wep_cli_parse (wep_cli_find_verb ("example"), NULL, &argc, &argv, 1, &status))
    return status;

  if (g_str_has_suffix (argv[1], WEP_DOCUMENT_EXTENSION))
    {
      g_autoptr (WepDocument) doc = NULL;

      if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
        return wep_cli_fail (WEP_EXIT_BAD_INPUT,
                             _("%s already exists; the example does not overwrite a plan."),
                             argv[1]);
      doc = wep_example_document ();
      if (!wep_document_save_as (doc, argv[1], &error))
        return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);
      wep_document_close (doc);
      return WEP_EXIT_OK;
    }

  input = wep_example_input ();
  if (!wep_model_input_save_json (input, argv[1], &error))
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);
  return WEP_EXIT_OK;
}
