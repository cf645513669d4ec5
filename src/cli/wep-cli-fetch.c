/* wep-cli-fetch.c: `wep fetch-boundaries`: the official boundaries of a
 * year from PDOK (or another OGC API Features service) into a plan
 *
 * The download comes first and is complete before anything is imported;
 * then the import is previewed, carried out in one transaction and saved.
 * Any failure on the way leaves the plan file as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "wep-cli.h"
#include "wep-document.h"
#include "wep-import.h"
#include "wep-pdok.h"

typedef struct
{
  gboolean terminal;   /* stderr is one: the count is rewritten in place */
  gboolean shown;
} FetchProgress;

static void
progress_cb (guint    n_features,
             gint64   n_matched,
             gpointer user_data)
{
  FetchProgress *progress = user_data;
  g_autofree char *text = NULL;

  if (n_matched >= 0)
    text = g_strdup_printf (ngettext ("%u of %u feature", "%u of %u features", (gulong) n_matched),
                            n_features, (guint) MIN (n_matched, G_MAXUINT));
  else
    text = g_strdup_printf (ngettext ("%u feature", "%u features", n_features), n_features);
  if (progress->terminal)
    g_printerr ("\r%s\033[K", text);
  else
    g_printerr ("%s\n", text);
  progress->shown = TRUE;
}

int
wep_cli_fetch_boundaries (int    argc,
                          char **argv)
{
  static int year = 0;
  static char *base_url = NULL;
  static gboolean provinces = FALSE;
  static gboolean refresh = FALSE;
  GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year,
      N_("Year of the municipal division (required)"), "YEAR" },
    { "base-url", 0, 0, G_OPTION_ARG_STRING, &base_url,
      N_("Address of the OGC API Features service (default: PDOK’s)"), "URL" },
    { "provinces", 0, 0, G_OPTION_ARG_NONE, &provinces,
      N_("Fetch the provinces (and each municipality’s province) instead of the municipalities"),
      NULL },
    { "refresh", 0, 0, G_OPTION_ARG_NONE, &refresh,
      N_("Download again, even when an earlier download is in the cache"), NULL },
    { NULL }
  };
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepImportPreview) preview = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *summary = NULL;
  FetchProgress progress = { 0 };
  WepPdokLevel level;
  int status;

  if (!wep_cli_parse (wep_cli_find_verb ("fetch-boundaries"), entries, &argc, &argv, 1, &status))
    return status;
  if (year == 0)
    return wep_cli_fail (WEP_EXIT_USAGE, _("fetch-boundaries needs --year YEAR."));
  if (!g_str_has_suffix (argv[1], WEP_DOCUMENT_EXTENSION))
    return wep_cli_fail (WEP_EXIT_USAGE, _("A plan file's name ends in %s."),
                         WEP_DOCUMENT_EXTENSION);
  /* Before the download: a plan that cannot be changed is said at once. */
  if ((doc = wep_cli_open_plan (argv[1], WEP_OPEN_DEFAULT, &status)) == NULL)
    return status;

  level = provinces ? WEP_PDOK_PROVINCES : WEP_PDOK_MUNICIPALITIES;
  progress.terminal = isatty (STDERR_FILENO);
  path = wep_pdok_fetch_sync (base_url, level, year, refresh ? WEP_PDOK_REFRESH : WEP_PDOK_DEFAULT,
                              0, progress_cb, &progress, NULL, &error);
  if (progress.terminal && progress.shown)
    g_printerr ("\n");
  if (path == NULL)
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, _("Nothing was imported: %s"), error->message);

  if ((preview = wep_pdok_import_preview (doc, path, base_url, level, year, &error)) == NULL)
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);

  summary = wep_import_preview_format (preview);
  if (!wep_cli_write (summary, &status))
    return status;
  if (!wep_import_apply (doc, preview, &error) || !wep_document_save (doc, &error))
    return wep_cli_fail (WEP_EXIT_BAD_INPUT, "%s", error->message);
  wep_document_close (doc);
  return WEP_EXIT_OK;
}
