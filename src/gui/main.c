/* main.c: the entry point of the desktop application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "wep-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WepApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* WEP_LOCALEDIR: the build's translations, for running from the build
   * folder (build-aux/run-example); the installed ones otherwise. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("WEP_LOCALEDIR") != NULL ? g_getenv ("WEP_LOCALEDIR")
                                                                      : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = wep_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
