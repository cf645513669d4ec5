/* gui-test-util.h: what the GUI test programs share (tests/gui,
 * tests/gui-plans, tests/gui-scenarios, tests/gui-dialogs,
 * tests/gui-assumptions)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wep-application.h"
#include "wep-window.h"

G_BEGIN_DECLS

/* How long gui_test_wait_until () waits before it fails the test. */
#define GUI_TEST_WAIT_SECONDS 60

/* Sets up a GUI test program: with home, XDG_DATA_HOME, XDG_CACHE_HOME and
 * XDG_CONFIG_HOME in that folder for the whole run (recent files,
 * autosaves, settings, the downloads' cache; NULL leaves them as they
 * are); g_test_init (); the locale, with the catalogue the build made when
 * WEP_TEST_LOCALEDIR names it; GTK and libadwaita. FALSE when there is no
 * display: the program then exits 77 (skipped).
 *
 * Not G_TEST_OPTION_ISOLATE_DIRS: it hides the icon theme in /usr/share
 * (XDG_DATA_DIRS), gives each test case a home of its own while a window
 * lives across the cases, and leaves /dev/null outside them. */
gboolean        gui_test_init             (int          *argc,
                                           char       ***argv,
                                           const char   *home);
/* A new temporary folder PREFIX-XXXXXX; remove it with
 * gui_test_remove_tree (). */
char           *gui_test_make_tmp_dir     (const char   *prefix);
/* Removes a folder and everything in it. */
void            gui_test_remove_tree      (const char   *path);

typedef gboolean (*GuiTestCheck) (gpointer data);

/* Iterates the main context until check (data) holds, or fails after
 * GUI_TEST_WAIT_SECONDS naming what it waited for ("until WHAT"). */
void            gui_test_wait_until       (GuiTestCheck  check,
                                           gpointer      data,
                                           const char   *what);
/* Lets GTK lay out and draw for ms milliseconds. */
void            gui_test_settle           (guint         ms);
/* Checks for gui_test_wait_until (): the widget is mapped; the widget is
 * mapped and has been given its width (laid out, drawn). */
gboolean        gui_test_is_mapped        (gpointer      widget);
gboolean        gui_test_is_drawn         (gpointer      widget);
/* Until widget is mapped and laid out, or fails naming what. */
void            gui_test_wait_until_drawn (GtkWidget    *widget,
                                           const char   *what);

/* The first AdwMessageDialog shown among the toplevels, or NULL. */
AdwMessageDialog *gui_test_find_message_dialog     (void);
/* Until an AdwMessageDialog is shown, or fails naming what; the dialog. */
AdwMessageDialog *gui_test_wait_for_message_dialog (const char *what);

/* Renders what widget shows now (let it settle first) into a PNG file at
 * path, over background when not NULL. */
void            gui_test_save_png         (GtkWidget     *widget,
                                           const GdkRGBA *background,
                                           const char    *path);
/* Lets widget settle, then saves what it shows as screenshot-NAME.png in
 * the test's build folder, for review. */
void            gui_test_save_screenshot  (GtkWidget    *widget,
                                           const char   *name);

/* The application, registered (never handing over to a running one) and
 * activated, its window mapped. */
WepApplication *gui_test_start_app        (void);
/* Closes window (the application's, its document dropped without asking),
 * lets GTK finish and drops app. */
void            gui_test_stop_app         (WepApplication *app,
                                           WepWindow      *window);

G_END_DECLS
