/* wep-welcome-page.h: what a window without a plan shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define WEP_TYPE_WELCOME_PAGE (wep_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (WepWelcomePage, wep_welcome_page, WEP, WELCOME_PAGE, GtkWidget)

#define WEP_WELCOME_MAX_RECENT 5

GtkWidget *wep_welcome_page_new     (void);
/* Reads the recent plans and the autosaves left behind again. */
void       wep_welcome_page_refresh (WepWelcomePage *self);

G_END_DECLS
