/* dialog-test-util.h: what the tests of the dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gui-test-util.h"

G_BEGIN_DECLS

/* Gives the test a home of its own (cache for downloads, settings) in a
 * temporary folder (wep_test_tmp_dir ()), then gui_test_init (): FALSE
 * without a display (the test then exits 77). */
gboolean   dialog_test_init       (int          *argc,
                                   char       ***argv,
                                   const char   *name);
/* Removes the temporary folder. */
void       dialog_test_finish     (void);

/* Until object's boolean property "busy" is FALSE. */
void       dialog_test_wait_idle  (gpointer      object);
/* A window standing in for the main window, shown. */
GtkWindow *dialog_test_parent     (void);
/* Shows window, waits until it is drawn, saves it as NAME.png in the
 * build folder and, with dark, NAME-dark.png in the dark style too. */
void       dialog_test_screenshot (GtkWindow    *window,
                                   const char   *name,
                                   gboolean      dark);
/* Whether a label on screen (mapped) under widget shows text. */
gboolean   dialog_test_shows_text (GtkWidget    *widget,
                                   const char   *text);

G_END_DECLS
