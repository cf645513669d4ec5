/* wep-window.h: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wep-overview-view.h"
#include "wep-session.h"

G_BEGIN_DECLS

#define WEP_TYPE_WINDOW (wep_window_get_type ())

G_DECLARE_FINAL_TYPE (WepWindow, wep_window, WEP, WINDOW, AdwApplicationWindow)

WepWindow       *wep_window_new                 (AdwApplication *application);

/* The plan the window shows; NULL on the welcome page. */
WepSession      *wep_window_get_session         (WepWindow      *self);
WepDocument     *wep_window_get_document        (WepWindow      *self);
/* Shows document at once, closing the plan shown before (no question). */
void             wep_window_set_document        (WepWindow      *self,
                                                 WepDocument    *document);
/* Opens file here, after asking to save unsaved changes; a file another
 * window shows is presented there instead. Errors show in a dialog. */
void             wep_window_open_file           (WepWindow      *self,
                                                 GFile          *file);
/* Saves the plan as file (what Save As does with the chosen file); errors
 * show in a dialog. */
gboolean         wep_window_save_to             (WepWindow      *self,
                                                 GFile          *file);
/* The region all views follow; NULL for the whole plan. */
const char      *wep_window_get_selected_region (WepWindow      *self);
void             wep_window_set_selected_region (WepWindow      *self,
                                                 const char     *region);

WepOverviewView *wep_window_get_overview        (WepWindow      *self);
/* The view of the page called name ("plans" …), made now if it was not
 * yet; NULL without a plan or for an unknown name. */
GtkWidget       *wep_window_get_page            (WepWindow      *self,
                                                 const char     *name);
AdwViewStack    *wep_window_get_view_stack      (WepWindow      *self);
/* The strip that says why the plan is read-only. */
GtkRevealer     *wep_window_get_banner          (WepWindow      *self);
GtkLabel        *wep_window_get_banner_label    (WepWindow      *self);
/* The undo/redo section of the main menu, labelled with what they do. */
GMenuModel      *wep_window_get_undo_menu       (WepWindow      *self);

G_END_DECLS
