/* wep-cli-report.c: `wep report`: the council report of a plan as a PDF,
 * without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-cli.h"
#include "wep-report.h"
#include "wep-suppress.h"

int
wep_cli_report (int    argc,
                char **argv)
{
  static char *scenario = NULL;
  static char *region = NULL;
  static char *compare = NULL;
  static char *output = NULL;
  static char *key_name = NULL;
  static char *date = NULL;
  static int threshold = WEP_PRIVACY_DEFAULT_THRESHOLD;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The PDF file to write (required)"), "REPORT.pdf" },
    { "scenario", 0, 0, G_OPTION_ARG_STRING, &scenario,
      N_("The scenario of a plan file to use (needed when it has several)"), "NAME" },
    { "region", 0, 0, G_OPTION_ARG_STRING, &region,
      N_("Only this region of the scenario, by code or name (default: all its regions)"),
      "CODE" },
    { "compare", 0, 0, G_OPTION_ARG_STRING, &compare,
      N_("Set another scenario beside it"), "OTHER_SCENARIO" },
    { "threshold", 0, 0, G_OPTION_ARG_INT, &threshold,
      N_("Counts of persons below N show as “< N” (default 10; 0 shows every count)"), "N" },
    { "key", 0, 0, G_OPTION_ARG_STRING, &key_name,
      N_("Fair-share key: population (default), social-rental-stock, lettings or equal"),
      "KEY" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      N_("The date on the title page, YYYY-MM-DD (default: today)"), "DATE" },
    { NULL }
  };
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepReport) report = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  WepReportOptions options;
  int status;

  if (!wep_cli_parse (wep_cli_find_verb ("report"), entries, &argc, &argv, 1, &status))
    return status;
  if (output == NULL)
    return wep_cli_fail (WEP_EXIT_USAGE, _("Say where the report goes: -o REPORT.pdf."));
  if (!g_str_has_suffix (output, ".pdf") && !g_str_has_suffix (output, ".PDF"))
    return wep_cli_fail (WEP_EXIT_USAGE, _("%s: a report is written as PDF; the file name ends "
                                           "in .pdf."), output);
  if (threshold < 0 || threshold > WEP_PRIVACY_MAX_THRESHOLD)
    return wep_cli_fail (WEP_EXIT_USAGE, _("--threshold must be a whole number from 0 to %d."),
                         WEP_PRIVACY_MAX_THRESHOLD);

  wep_report_options_init (&options);
  if (key_name != NULL && !wep_fair_share_key_from_string (key_name, &options.key))
    return wep_cli_fail (WEP_EXIT_USAGE, _("unknown --key “%s”: use population, "
                                           "social-rental-stock, lettings or equal."),
                         key_name);
  if ((doc = wep_document_open (argv[1], WEP_OPEN_READ_ONLY, &error)) == NULL)
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);

  /* The plan's only scenario, or the one named: as every verb chooses. */
  if ((name = wep_cli_choose_scenario (doc, argv[1], scenario, &status)) == NULL)
    return status;
  options.scenario = name;
  options.region = region;
  options.compare = compare;
  options.privacy_threshold = threshold;
  options.date = date;
  if ((report = wep_report_new (doc, &options, NULL, &error)) == NULL)
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s: %s", argv[1], error->message);
  if (!wep_report_write_pdf (report, output, NULL, &error))
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);
  return WEP_EXIT_OK;
}
