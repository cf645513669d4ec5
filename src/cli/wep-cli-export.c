/* wep-cli-export.c: `wep export`: results, plans, fair shares and
 * boundaries of a plan file to CSV, XLSX, ODS, GeoPackage or GeoJSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-cli.h"
#include "wep-document.h"
#include "wep-export.h"
#include "wep-suppress.h"

/* --what, --key and the output's extension, checked before anything is
 * opened; FALSE with *status set (a usage error) when they do not fit. */
static gboolean
parse_choices (const char      *output,
               const char      *what_name,
               const char      *key_name,
               const char      *scenario,
               WepExportWhat   *what,
               WepFairShareKey *key,
               int             *status)
{
  g_autoptr (GError) error = NULL;
  WepExportFormat format;

  if (!wep_export_format_from_path (output, &format, &error))
    {
      *status = wep_cli_fail (WEP_EXIT_USAGE, "%s", error->message);
      return FALSE;
    }
  *what = wep_export_default_what (format);
  if (what_name != NULL && !wep_export_what_from_string (what_name, what))
    {
      *status = wep_cli_fail (WEP_EXIT_USAGE, _("unknown --what “%s”: use results, plans, "
                                                "fair-share or boundaries."),
                              what_name);
      return FALSE;
    }
  if (!wep_export_supports (format, *what))
    {
      *status = wep_cli_fail (WEP_EXIT_USAGE, _("%s cannot be written to %s: results, plans "
                                                "and fair-share go to .csv, .xlsx or .ods, "
                                                "boundaries to .gpkg or .geojson."),
                              wep_export_what_to_string (*what), output);
      return FALSE;
    }

  *key = WEP_FAIR_SHARE_POPULATION;
  if (key_name != NULL && *what != WEP_EXPORT_FAIR_SHARE && *what != WEP_EXPORT_BOUNDARIES)
    {
      *status = wep_cli_fail (WEP_EXIT_USAGE,
                              _("--key goes with --what fair-share or boundaries."));
      return FALSE;
    }
  if (key_name != NULL && !wep_fair_share_key_from_string (key_name, key))
    {
      *status = wep_cli_fail (WEP_EXIT_USAGE, _("unknown --key “%s”: use population, "
                                                "social-rental-stock, lettings or equal."),
                              key_name);
      return FALSE;
    }
  if (scenario != NULL && *what == WEP_EXPORT_PLANS)
    {
      *status = wep_cli_fail (WEP_EXIT_USAGE, _("--scenario does not go with --what plans: the "
                                                "plans are the plan file's own."));
      return FALSE;
    }
  return TRUE;
}

int
wep_cli_export (int    argc,
                char **argv)
{
  static char *what_name = NULL;
  static char *scenario = NULL;
  static char *key_name = NULL;
  static int threshold = 0;
  GOptionEntry entries[] = {
    { "what", 0, 0, G_OPTION_ARG_STRING, &what_name,
      N_("What to write: results, plans, fair-share or boundaries (default: boundaries for "
         ".gpkg and .geojson, results otherwise)"), "WHAT" },
    { "scenario", 0, 0, G_OPTION_ARG_STRING, &scenario,
      N_("The scenario of a plan file to use (needed when it has several)"), "NAME" },
    { "key", 0, 0, G_OPTION_ARG_STRING, &key_name,
      N_("Fair-share key: population (default), social-rental-stock, lettings or equal"),
      "KEY" },
    { "threshold", 0, 0, G_OPTION_ARG_INT, &threshold,
      N_("For a file that leaves the office: counts of persons below N are written as “< N” "
         "(with a second count where a total would give one away) and every count of persons "
         "whole; 0 (default) writes every figure as it is"), "N" },
    { NULL }
  };
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_auto (GStrv) notes = NULL;
  WepExportOptions options = { 0 };
  WepExportWhat what;
  WepFairShareKey key;
  int status;

  if (!wep_cli_parse (wep_cli_find_verb ("export"), entries, &argc, &argv, 2, &status))
    return status;
  if (!g_str_has_suffix (argv[1], WEP_DOCUMENT_EXTENSION))
    return wep_cli_fail (WEP_EXIT_USAGE, _("A plan file's name ends in %s."),
                         WEP_DOCUMENT_EXTENSION);
  if (!parse_choices (argv[2], what_name, key_name, scenario, &what, &key, &status))
    return status;
  if (threshold < 0 || threshold > WEP_PRIVACY_MAX_THRESHOLD)
    return wep_cli_fail (WEP_EXIT_USAGE, _("--threshold must be a whole number from 0 to %d."),
                         WEP_PRIVACY_MAX_THRESHOLD);
  options.key = key;
  options.privacy_threshold = threshold;

  if ((doc = wep_document_open (argv[1], WEP_OPEN_READ_ONLY, &error)) == NULL)
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);
  if (what != WEP_EXPORT_PLANS
      && (name = wep_cli_choose_scenario (doc, argv[1], scenario, &status)) == NULL)
    return status;

  if (!wep_export_with_options (doc, name, what, &options, argv[2], &notes, &error))
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s: %s", argv[1], error->message);
  for (guint i = 0; notes[i] != NULL; i++)
    g_printerr ("wep: %s\n", notes[i]);
  return WEP_EXIT_OK;
}
