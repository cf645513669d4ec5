/* wep-cli-import.c: `wep import` (spreadsheets and GIS files into a plan)
 * and `wep template` (an empty spreadsheet of a kind)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-cli.h"
#include "wep-document.h"
#include "wep-import-table.h"
#include "wep-import.h"

#define TABLE_KINDS "plans, figures, regions, region-figures, allocations"

/* GIS files hold boundaries; the rest is a spreadsheet. */
static gboolean
is_geography (const char *path)
{
  static const char *const extensions[] = { ".geojson", ".topojson", ".gpkg", ".shp" };
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_str_has_suffix (lower, extensions[i]))
      return TRUE;
  return FALSE;
}

/* The kind asked for, or else the one the file shows. */
static gboolean
choose_kind (const char    *name,
             const char    *data,
             const char    *sheet,
             WepImportKind *kind,
             int           *status)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *note = NULL;

  if (name != NULL)
    {
      if (wep_import_kind_from_key (name, kind))
        return TRUE;
      *status = wep_cli_fail (WEP_EXIT_USAGE, _("--kind takes %s or boundaries, not “%s”."),
                              TABLE_KINDS, name);
      return FALSE;
    }
  if (is_geography (data))
    {
      *kind = WEP_IMPORT_BOUNDARIES;
      return TRUE;
    }
  if (!wep_import_table_guess_kind (data, sheet, kind, &error))
    {
      if (g_error_matches (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND))
        *status = wep_cli_fail (WEP_EXIT_USAGE, "%s %s", error->message,
                                _("Choose the kind with --kind."));
      else
        *status = wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);
      return FALSE;
    }
  display = g_path_get_basename (data);
  note = g_strdup_printf (_("%s holds %s, judging by its columns (choose another kind with "
                            "--kind)."), display, wep_import_kind_key (*kind));
  g_printerr ("wep: %s\n", note);
  return TRUE;
}

int
wep_cli_import (int    argc,
                char **argv)
{
  static char *kind_name = NULL;
  static char *sheet = NULL;
  static gboolean dry_run = FALSE;
  GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_name,
      N_("What the file holds: plans, figures, regions, region-figures, allocations or "
         "boundaries (without it, found from the columns or the file type)"), "KIND" },
    { "sheet", 0, 0, G_OPTION_ARG_STRING, &sheet,
      N_("The sheet (XLSX, ODS) or layer (GeoPackage) to read; the first without it"), "NAME" },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Only show what would be imported; change nothing"), NULL },
    { NULL }
  };
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepImportPreview) preview = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  WepImportKind kind;
  guint n_rejected;
  int status;

  if (!wep_cli_parse (wep_cli_find_verb ("import"), entries, &argc, &argv, 2, &status))
    return status;
  if (!g_str_has_suffix (argv[1], WEP_DOCUMENT_EXTENSION))
    return wep_cli_fail (WEP_EXIT_USAGE, _("A plan file's name ends in %s."),
                         WEP_DOCUMENT_EXTENSION);
  if (!choose_kind (kind_name, argv[2], sheet, &kind, &status)
      || (doc = wep_cli_open_plan (argv[1], dry_run ? WEP_OPEN_READ_ONLY : WEP_OPEN_DEFAULT,
                           &status)) == NULL)
    return status;

  if (kind == WEP_IMPORT_BOUNDARIES)
    preview = wep_import_boundaries_preview (doc, argv[2], sheet, NULL, &error);
  else
    preview = wep_import_table_preview (doc, argv[2], kind, sheet, &error);
  if (preview == NULL)
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);

  text = wep_import_preview_format (preview);
  if (!wep_cli_write (text, &status))
    return status;
  n_rejected = preview->rejected->len;
  if (n_rejected > 0)
    return wep_cli_fail (WEP_EXIT_BAD_INPUT,
                         ngettext ("%s: %u row is rejected, so nothing is imported; correct the "
                                   "file and try again.",
                                   "%s: %u rows are rejected, so nothing is imported; correct the "
                                   "file and try again.", n_rejected),
                         preview->source, n_rejected);
  if (dry_run)
    {
      g_print (_("Dry run: %s is unchanged.\n"), argv[1]);
      return WEP_EXIT_OK;
    }
  if (!wep_import_apply (doc, preview, &error) || !wep_document_save (doc, &error))
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);
  wep_document_close (doc);
  g_print (_("Imported into %s.\n"), argv[1]);
  return WEP_EXIT_OK;
}

int
wep_cli_template (int    argc,
                  char **argv)
{
  static char *output = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the template to FILE instead of the standard output"), "FILE" },
    { NULL }
  };
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  WepImportKind kind;
  int status;

  if (!wep_cli_parse (wep_cli_find_verb ("template"), entries, &argc, &argv, 1, &status))
    return status;
  if (!wep_import_kind_from_key (argv[1], &kind) || kind == WEP_IMPORT_BOUNDARIES)
    return wep_cli_fail (WEP_EXIT_USAGE, _("“%s” is not a kind of spreadsheet; choose one of %s."),
                         argv[1], TABLE_KINDS);

  text = wep_import_template (kind);
  if (output == NULL)
    {
      wep_cli_write (text, &status);
      return status;
    }
  if (!g_file_set_contents (output, text, -1, &error))
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);
  return WEP_EXIT_OK;
}
