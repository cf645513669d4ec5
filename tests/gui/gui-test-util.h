/* gui-test-util.h: what the window's tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

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

G_END_DECLS
