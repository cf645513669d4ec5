/* wep-cli.c: `wep`, the command line of Wonen Eerst Planner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "wep-cli.h"
#include "wep-document.h"

static const WepVerb verbs[] = {
  { "run", "INPUT", N_("Yearly results per region (and the total)"), wep_cli_run },
  { "needed", "INPUT", N_("Homes needed per region and pathway to meet the goal"), wep_cli_needed },
  { "uncertainty", "INPUT", N_("Percentiles and the chance of meeting the goal"), wep_cli_uncertainty },
  { "example", "OUTPUT.json|OUTPUT.weplan", N_("Write the built-in example, as model input or as a plan file"), wep_cli_example },
  { "new", "FILE.weplan", N_("Create an empty plan file"), wep_cli_new },
  { "info", "FILE.weplan", N_("What a plan file holds and where it came from"), wep_cli_info },
  { "check", "FILE.weplan", N_("Check a plan file; exit status 1 with the reasons when it is not usable"), wep_cli_check },
  { "export-json", "FILE.weplan", N_("Write a scenario's model input as JSON"), wep_cli_export_json },
  { "import-json", "FILE.weplan INPUT.json", N_("Store a model input as a scenario of the plan"), wep_cli_import_json },
  { "merge", "TARGET.weplan SOURCE.weplan", N_("Take plans, figures and scenarios from another plan file"), wep_cli_merge },
  { "import", "FILE.weplan DATA", N_("Import plans, figures, regions or boundaries from a spreadsheet or GIS file"), wep_cli_import },
  { "template", "KIND", N_("Write an empty spreadsheet of a kind: Dutch headers and an example row"), wep_cli_template },
  { "export", "FILE.weplan OUTPUT", N_("Write results, plans, fair shares or boundaries to CSV, XLSX, ODS, GeoPackage or GeoJSON"), wep_cli_export },
  { "fetch-boundaries", "FILE.weplan", N_("Download the official boundaries of a year from PDOK into a plan"), wep_cli_fetch_boundaries },
  { "report", "FILE.weplan -o REPORT.pdf", N_("Write the council report of a scenario as PDF: summary, map, tables, assumptions and sources"), wep_cli_report },
};

const WepVerb *
wep_cli_find_verb (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_strcmp0 (verbs[i].name, name) == 0)
      return &verbs[i];
  return NULL;
}

int
wep_cli_fail (WepExit     status,
              const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("wep: %s\n", message);
  return status;
}

gboolean
wep_cli_write (const char *text,
               int        *status)
{
  if (fputs (text, stdout) < 0 || fflush (stdout) != 0)
    {
      *status = wep_cli_fail (WEP_EXIT_BAD_INPUT, _("could not write the output: %s"),
                              g_strerror (errno));
      return FALSE;
    }
  *status = WEP_EXIT_OK;
  return TRUE;
}

gboolean
wep_cli_parse (const WepVerb   *verb,
               GOptionEntry    *entries,
               int             *argc,
               char          ***argv,
               int              n_args,
               int             *status)
{
  g_autofree char *parameter = g_strdup_printf ("%s %s", verb->name, verb->args);
  g_autoptr (GOptionContext) context = g_option_context_new (parameter);
  g_autoptr (GError) error = NULL;

  g_option_context_set_summary (context, _(verb->summary));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = wep_cli_fail (WEP_EXIT_USAGE, "%s\n%s", error->message,
                              _("Run “wep COMMAND --help” for the options."));
      return FALSE;
    }
  /* argv[0] is the verb itself. */
  if (*argc - 1 != n_args)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s", help);
      *status = wep_cli_fail (WEP_EXIT_USAGE, _("“%s” takes %s."), verb->name, verb->args);
      return FALSE;
    }
  return TRUE;
}

WepDocument *
wep_cli_open_plan (const char   *path,
                   WepOpenFlags  flags,
                   int          *status)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WepDocument) doc = wep_document_open (path, flags, &error);

  if (doc == NULL)
    {
      *status = wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);
      return NULL;
    }
  /* A plan to change: refused when someone else has it open. */
  if (!(flags & WEP_OPEN_READ_ONLY) && wep_document_get_read_only (doc))
    {
      *status = wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s: %s", path,
                              wep_document_get_read_only_reason (doc));
      return NULL;
    }
  return g_steal_pointer (&doc);
}

char *
wep_cli_choose_scenario (WepDocument *doc,
                         const char  *path,
                         const char  *scenario,
                         int         *status)
{
  g_auto (GStrv) names = NULL;
  g_autofree char *list = NULL;

  if (scenario != NULL)
    return g_strdup (scenario);
  names = wep_document_list_scenarios (doc);
  if (g_strv_length (names) == 1)
    return g_strdup (names[0]);
  list = g_strjoinv (", ", names);
  if (names[0] == NULL)
    *status = wep_cli_fail (WEP_EXIT_BAD_INPUT, _("%s: the plan has no scenario yet."), path);
  else
    *status = wep_cli_fail (WEP_EXIT_USAGE, _("%s has several scenarios (%s); choose one with "
                                              "--scenario NAME."),
                            path, list);
  return NULL;
}

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n", _("Usage: wep COMMAND [OPTION…] ARGUMENTS"));
  fprintf (stream, "%s\n\n", _("Plan supported homes against the outflow from the shelters "
                               "(Wonen Eerst)."));
  fprintf (stream, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    fprintf (stream, "  %-17s %-28s %s\n", verbs[i].name, verbs[i].args, _(verbs[i].summary));
  fprintf (stream, "\n%s\n", _("Run “wep COMMAND --help” for the options of a command."));
  fprintf (stream, "%s\n", _("Exit status: 0 ok, 1 bad input, 2 wrong use."));
}

int
main (int    argc,
      char **argv)
{
  const WepVerb *verb;

  setlocale (LC_ALL, "");
  /* WEP_LOCALEDIR: the build's translations, for running from the build
   * folder (build-aux/run-example); the installed ones otherwise. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("WEP_LOCALEDIR") != NULL ? g_getenv ("WEP_LOCALEDIR")
                                                                      : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_usage (stderr);
      return WEP_EXIT_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")
      || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return WEP_EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("wep (Wonen Eerst Planner) %s\n", PACKAGE_VERSION);
      return WEP_EXIT_OK;
    }

  verb = wep_cli_find_verb (argv[1]);
  if (verb == NULL)
    {
      print_usage (stderr);
      return wep_cli_fail (WEP_EXIT_USAGE, _("unknown command “%s”."), argv[1]);
    }
  return verb->run (argc - 1, argv + 1);
}
