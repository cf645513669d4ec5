/* wep-cli-document.c: the plan-file verbs of `wep`: new, info, check,
 * export-json, import-json and merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-cli.h"
#include "wep-document.h"
#include "wep-merge.h"

static gboolean
is_plan_file (const char *path)
{
  return g_str_has_suffix (path, WEP_DOCUMENT_EXTENSION);
}

WepModelInput *
wep_cli_load_model_input (const char *path,
                          const char *scenario,
                          int        *status)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WepDocument) doc = NULL;
  g_autofree char *name = NULL;
  WepModelInput *input;

  if (!is_plan_file (path))
    {
      if (scenario != NULL)
        {
          *status = wep_cli_fail (WEP_EXIT_USAGE, _("--scenario goes with a plan file (%s)."),
                                  WEP_DOCUMENT_EXTENSION);
          return NULL;
        }
      if ((input = wep_model_input_load_json (path, &error)) == NULL)
        *status = wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);
      return input;
    }

  if ((doc = wep_cli_open_plan (path, WEP_OPEN_READ_ONLY, status)) == NULL
      || (name = wep_cli_choose_scenario (doc, path, scenario, status)) == NULL)
    return NULL;
  if ((input = wep_document_scenario_input (doc, name, &error)) == NULL)
    *status = wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s: %s", path, error->message);
  return input;
}

int
wep_cli_new (int    argc,
             char **argv)
{
  static char *title = NULL;
  static char *organisation = NULL;
  GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Title of the plan"), "TEXT" },
    { "organisation", 0, 0, G_OPTION_ARG_STRING, &organisation,
      N_("Organisation that owns the plan"), "NAME" },
    { NULL }
  };
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (!wep_cli_parse (wep_cli_find_verb ("new"), entries, &argc, &argv, 1, &status))
    return status;
  if (!is_plan_file (argv[1]))
    return wep_cli_fail (WEP_EXIT_USAGE, _("A plan file's name ends in %s."),
                         WEP_DOCUMENT_EXTENSION);
  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, _("%s already exists."), argv[1]);

  doc = wep_document_new ();
  if ((title != NULL && !wep_document_set_meta (doc, "title", title, &error))
      || (organisation != NULL
          && !wep_document_set_meta (doc, "organisation", organisation, &error))
      || !wep_document_save_as (doc, argv[1], &error))
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);
  wep_document_close (doc);
  return WEP_EXIT_OK;
}

int
wep_cli_info (int    argc,
              char **argv)
{
  static const char *meta_keys[] = { "title", "description", "organisation", "created",
                                     "modified", "app_version", "division_year" };
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepDocumentInfo) info = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  g_auto (GStrv) scenarios = NULL;
  int status;

  if (!wep_cli_parse (wep_cli_find_verb ("info"), NULL, &argc, &argv, 1, &status)
      || (doc = wep_cli_open_plan (argv[1], WEP_OPEN_READ_ONLY, &status)) == NULL)
    return status;

  info = wep_document_get_info (doc);
  g_string_append_printf (out, "%-22s %d\n", _("Format version:"), info->format_version);
  for (guint i = 0; i < G_N_ELEMENTS (meta_keys); i++)
    {
      g_autofree char *value = wep_document_get_meta (doc, meta_keys[i]);

      if (value != NULL && *value != '\0')
        g_string_append_printf (out, "%-22s %s\n", meta_keys[i], value);
    }
  g_string_append_printf (out, "%-22s %u\n", _("Municipalities:"), info->n_municipalities);
  g_string_append_printf (out, "%-22s %u\n", _("With boundaries:"), info->n_boundaries);
  g_string_append_printf (out, "%-22s %u\n", _("Regions:"), info->n_regions);
  g_string_append_printf (out, "%-22s %u\n", _("Plan rows:"), info->n_plans);
  g_string_append_printf (out, "%-22s %u\n", _("Region figures:"), info->n_region_figures);
  g_string_append_printf (out, "%-22s %u\n", _("Allocation rows:"), info->n_allocations);
  scenarios = wep_document_list_scenarios (doc);
  g_string_append_printf (out, "%-22s %u", _("Scenarios:"), info->n_scenarios);
  for (guint i = 0; scenarios[i] != NULL; i++)
    g_string_append_printf (out, "%s%s", i == 0 ? " (" : ", ", scenarios[i]);
  g_string_append (out, scenarios[0] != NULL ? ")\n" : "\n");
  g_string_append_printf (out, "%s\n", _("Provenance (kind: source, date: rows):"));
  for (guint i = 0; info->provenance[i] != NULL; i++)
    g_string_append_printf (out, "  %s\n", info->provenance[i]);

  wep_cli_write (out->str, &status);
  return status;
}

int
wep_cli_check (int    argc,
               char **argv)
{
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  int status;

  if (!wep_cli_parse (wep_cli_find_verb ("check"), NULL, &argc, &argv, 1, &status)
      || (doc = wep_cli_open_plan (argv[1], WEP_OPEN_READ_ONLY, &status)) == NULL)
    return status;

  problems = wep_document_check (doc);
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("wep: %s: %s\n", argv[1], (const char *) g_ptr_array_index (problems, i));
  if (problems->len > 0)
    return WEP_EXIT_BAD_INPUT;
  g_print (_("%s: the plan is in order.\n"), argv[1]);
  return WEP_EXIT_OK;
}

int
wep_cli_export_json (int    argc,
                     char **argv)
{
  static char *scenario = NULL;
  GOptionEntry entries[] = {
    { "scenario", 0, 0, G_OPTION_ARG_STRING, &scenario, N_("The scenario to write"), "NAME" },
    { NULL }
  };
  g_autoptr (WepModelInput) input = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  int status;

  if (!wep_cli_parse (wep_cli_find_verb ("export-json"), entries, &argc, &argv, 1, &status))
    return status;
  if (!is_plan_file (argv[1]))
    return wep_cli_fail (WEP_EXIT_USAGE, _("A plan file's name ends in %s."),
                         WEP_DOCUMENT_EXTENSION);
  if ((input = wep_cli_load_model_input (argv[1], scenario, &status)) == NULL)
    return status;

  json = wep_model_input_to_json (input);
  text = g_strconcat (json, "\n", NULL);
  wep_cli_write (text, &status);
  return status;
}

int
wep_cli_import_json (int    argc,
                     char **argv)
{
  static char *scenario = NULL;
  GOptionEntry entries[] = {
    { "scenario", 0, 0, G_OPTION_ARG_STRING, &scenario,
      N_("Name of the scenario to store it as (required; replaces one of that name)"), "NAME" },
    { NULL }
  };
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *source = NULL;
  gint64 provenance;
  int status;

  if (!wep_cli_parse (wep_cli_find_verb ("import-json"), entries, &argc, &argv, 2, &status))
    return status;
  if (scenario == NULL)
    return wep_cli_fail (WEP_EXIT_USAGE, _("import-json needs --scenario NAME."));
  if ((input = wep_model_input_load_json (argv[2], &error)) == NULL)
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);
  if ((doc = wep_cli_open_plan (argv[1], WEP_OPEN_DEFAULT, &status)) == NULL)
    return status;

  source = g_path_get_basename (argv[2]);
  provenance = wep_document_add_provenance (doc, "file", source, NULL, &error);
  if (provenance < 0
      || !wep_document_store_scenario (doc, scenario, input, provenance, &error)
      || !wep_document_save (doc, &error))
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);
  wep_document_close (doc);
  return WEP_EXIT_OK;
}

static gboolean
parse_choice (const char     *name,
              WepMergeChoice *choice)
{
  if (g_strcmp0 (name, "ours") == 0)
    *choice = WEP_MERGE_OURS;
  else if (g_strcmp0 (name, "theirs") == 0)
    *choice = WEP_MERGE_THEIRS;
  else if (g_strcmp0 (name, "both") == 0)
    *choice = WEP_MERGE_BOTH;
  else
    return FALSE;
  return TRUE;
}

static void
print_conflicts (GPtrArray *conflicts)
{
  for (guint i = 0; i < conflicts->len; i++)
    {
      const WepMergeConflict *c = g_ptr_array_index (conflicts, i);

      g_printerr (_("conflict in %s, %s:\n  ours:   %s  (%s)\n  theirs: %s  (%s)\n"), c->table,
                  c->what, c->ours, c->ours_source, c->theirs, c->theirs_source);
    }
}

int
wep_cli_merge (int    argc,
               char **argv)
{
  static char **municipalities = NULL;
  static char **scenarios = NULL;
  static char *on_conflict = NULL;
  GOptionEntry entries[] = {
    { "municipality", 0, 0, G_OPTION_ARG_STRING_ARRAY, &municipalities,
      N_("Take only this municipality's rows (CBS code; may be repeated)"), "CODE" },
    { "scenario", 0, 0, G_OPTION_ARG_STRING_ARRAY, &scenarios,
      N_("Take only this scenario (may be repeated)"), "NAME" },
    { "on-conflict", 0, 0, G_OPTION_ARG_STRING, &on_conflict,
      N_("Settle every conflict: ours, theirs or both (without it, conflicts stop the merge)"),
      "CHOICE" },
    { NULL }
  };
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepMerge) merge = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *summary = NULL;
  WepMergeFilter filter;
  WepMergeChoice choice = WEP_MERGE_UNDECIDED;
  GPtrArray *conflicts;
  int status;

  if (!wep_cli_parse (wep_cli_find_verb ("merge"), entries, &argc, &argv, 2, &status))
    return status;
  if (on_conflict != NULL && !parse_choice (on_conflict, &choice))
    return wep_cli_fail (WEP_EXIT_USAGE, _("--on-conflict takes ours, theirs or both, not “%s”."),
                         on_conflict);
  if ((doc = wep_cli_open_plan (argv[1], WEP_OPEN_DEFAULT, &status)) == NULL)
    return status;

  filter.municipalities = (const char *const *) municipalities;
  filter.scenarios = (const char *const *) scenarios;
  if ((merge = wep_merge_prepare (doc, argv[2], &filter, &error)) == NULL)
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);

  conflicts = wep_merge_get_conflicts (merge);
  if (conflicts->len > 0 && choice == WEP_MERGE_UNDECIDED)
    {
      print_conflicts (conflicts);
      return wep_cli_fail (WEP_EXIT_BAD_INPUT,
                           ngettext ("%u conflict; nothing was merged. Choose with "
                                     "--on-conflict ours|theirs|both.",
                                     "%u conflicts; nothing was merged. Choose with "
                                     "--on-conflict ours|theirs|both.",
                                     conflicts->len),
                           conflicts->len);
    }
  wep_merge_choose_all (merge, choice);
  summary = wep_merge_describe (merge);
  if (!wep_merge_apply (merge, &error) || !wep_document_save (doc, &error))
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);
  g_print ("%s\n", summary);
  wep_document_close (doc);
  return WEP_EXIT_OK;
}
