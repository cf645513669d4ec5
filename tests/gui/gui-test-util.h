/* gui-test-util.h: what the window's tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "wep-application.h"
#include "wep-window.h"

G_BEGIN_DECLS

/* Iterates the main context until check (widget) holds, or fails after a
 * minute naming what it waited for. */
void     gui_test_iterate_until   (GtkWidget   *widget,
                                   gboolean   (*check) (GtkWidget *widget),
                                   const char  *what);
/* Lets GTK lay out and draw for a moment. */
void     gui_test_settle          (void);
gboolean gui_test_is_mapped       (GtkWidget   *widget);
/* Saves what widget shows as screenshot-NAME.png in the test's build
 * folder, for review. */
void     gui_test_save_screenshot (GtkWidget   *widget,
                                   const char  *name);

/* Sets up a GUI test program: a temporary XDG home for the whole run (its
 * folder returned), g_test_init (), the Dutch catalogue of the build
 * (WEP_TEST_LOCALEDIR), GTK. NULL when there is no display: skip. */
char           *gui_test_init            (int          *argc,
                                          char       ***argv);
/* The application, registered (never handing over to a running one) and
 * activated, its window mapped. */
WepApplication *gui_test_start_app       (void);
/* Removes a folder and everything in it. */
void            gui_test_remove_tree     (const char    *path);

G_END_DECLS
